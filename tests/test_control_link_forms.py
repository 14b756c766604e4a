"""A link that works the page (``#…``, ``javascript:``) is a control in every link form
(feeds/parse/html_inline.py ``is_control_link``, reading the address with ``link_target``):
``<a href>``, and link components ``<RouterLink to>``, ``<router-link to>``, ``<NuxtLink
to>``, ``<my-link href>``. It checked only ``href``, so ``<RouterLink to="#top">`` was a
link to a page. Expectations written from each element."""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page
from feeds.parse.html_inline import is_control_link
from feeds.parse.html_tree import Element


@pytest.mark.parametrize(
    ("tag", "attrs", "control"),
    [
        ("a", {"href": "#news"}, True),
        ("a", {"href": " javascript:void(0)"}, True),
        ("a", {"href": "/news/"}, False),
        ("a", {}, False),
        ("a", {"onclick": "more()"}, True),
        ("button", {}, True),
        ("routerlink", {"to": "#x"}, True),  # the parser lowers tag names
        ("router-link", {"to": "javascript:void(0)"}, True),
        ("router-link", {"to": "JavaScript:go()"}, True),
        ("nuxtlink", {"to": "#top"}, True),
        ("nuxt-link", {"to": "  #top"}, True),
        ("my-link", {"href": "#more"}, True),
        ("routerlink", {"to": "/blog/post/"}, False),
        ("nuxtlink", {"to": "https://x.org/#part"}, False),
        ("span", {"to": "#x"}, False),  # no link form: its attributes say nothing
        ("span", {"href": "#x"}, False),
    ],
)
def test_control_links(tag: str, attrs: dict[str, str], control: bool) -> None:
    assert is_control_link(Element(tag, attrs, 1)) is control


def read(entries: str) -> list[tuple[str, list[str]]]:
    page = f"<h2>News</h2>\n<ul>\n{entries}</ul>\n"
    _, events = parse_page(
        Path("home.html"), site_root="https://example.org/", reporter=Reporter(quiet=True),
        text=page,
    )  # fmt: skip
    return [(e.title, [link.url for link in e.links]) for e in events]


@pytest.mark.parametrize(
    ("entries", "expected"),
    [
        (  # an in-page anchor of a link component: its words stay, no link
            '<li>Mar 2026: <RouterLink to="#sorting">Our sorting paper</RouterLink> is out</li>\n',
            [("Our sorting paper is out", [])],
        ),
        (  # a page's address: a link
            '<li>Mar 2026: <RouterLink to="/sorting/">Our sorting paper</RouterLink> is out</li>\n',
            [("Our sorting paper is out", ["https://example.org/sorting/"])],
        ),
        (  # an entry that is only a control ("Show more") is no item
            '<li>Mar 2026: Talk at MIT</li>\n<li><NuxtLink to="#all">Show more</NuxtLink></li>\n',
            [("Talk at MIT", [])],
        ),
    ],
)
def test_link_components_that_work_the_page(
    entries: str, expected: list[tuple[str, list[str]]]
) -> None:
    assert read(entries) == expected
