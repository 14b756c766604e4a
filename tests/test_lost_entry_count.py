"""The "list entries not read" warning counts only entries a reader takes as items
(feeds/parse/lost_entries.py, called by ``Collector.finish``) and names the first one not
read, at its own line. It said "18 list entries but only 6 read" of a news list whose
items each had two sub-bullets, every item read; so of a section whose list of links, of
publications under their own subheading, or of "more news" lines came after the news.
Each row is a page written here; the expected line is counted in its text."""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun")
THREE = "- Jan 2025: Talk at MIT\n- Feb 2025: Award\n- Mar 2025: Joined Acme\n"  # lines 2-4


def lost(page: str, name: str = "home.md") -> tuple[int, list[tuple[int | None, str]]]:
    reporter = Reporter(quiet=True)
    _, events = parse_page(
        Path(name), site_root="https://example.org/", reporter=reporter, text=page
    )
    said = [(p.line, p.message) for p in reporter.problems if p.code == "lost"]
    return len(events), said


def md_sub_bullets() -> str:
    return "".join(
        f"- **{m} 2025** Paper {m} accepted\n  - code released\n  - slides online\n" for m in MONTHS
    )


def html_sub_bullets(dated: bool) -> str:
    subs = "".join(f"<li>{f'{{m}} {k}, 2025: ' if dated else ''}detail {k}</li>\n" for k in (3, 9))
    return (
        "<ul>\n"
        + "".join(
            f"<li>{m} 2025: Paper {m} accepted\n<ul>\n{subs.replace('{m}', m)}</ul>\n</li>\n"
            for m in MONTHS
        )
        + "</ul>\n"
    )


def html_groups(years: range = range(2018, 2024), one: bool = False) -> str:
    return (
        "<ul>\n"
        + "".join(
            f"<li>{y}\n<ul>\n<li>Mar {y}: talk at MIT</li>\n"
            + ("" if one else f"<li>May {y}: paper out</li>\n")
            + "</ul>\n</li>\n"
            for y in years
        )
        + "</ul>\n"
    )


def boxed(rows: list[str]) -> str:  # CommonMark shows a Markdown list in raw HTML as text
    return '<div class="box">\n' + "".join(f"{row}\n" for row in rows) + "</div>\n"


# (page, items read, expected warnings: (line, count of entries not read, count read))
NOT_LOST = [
    pytest.param(f"## News\n{md_sub_bullets()}", 6, id="markdown-sub-bullets"),
    pytest.param(f"## News\n{html_sub_bullets(False)}", 6, id="html-sub-bullets"),
    pytest.param(f"## News\n{html_sub_bullets(True)}", 6, id="html-dated-sub-bullets"),
    pytest.param(f"## News\n{html_groups()}", 12, id="html-year-groups"),
    pytest.param(
        f"## News\n{THREE}\n" + boxed([f"- [Lab site {k}](https://lab{k}.org)" for k in range(8)]),
        3,
        id="a-list-of-links",
    ),
    pytest.param(
        f"## News\n{THREE}\n### Selected publications\n"
        + boxed([f"- Paper {k}. Conference 20{10 + k}." for k in range(8)]),
        3,
        id="publications-under-their-subheading",
    ),
    pytest.param(
        f"## News\n{THREE}\n<p><b>Links</b></p>\n"
        + boxed([f"- Resource {k}: a tool" for k in range(8)]),
        3,
        id="a-list-under-a-bold-subheading",
    ),
    pytest.param(  # an archive subsection's list: walked for its links, no items
        f"## News\n{THREE}\n### Archive\n" + "".join(f"- {y}\n" for y in range(2014, 2020)),
        3,
        id="an-archive-list",
    ),
    pytest.param(
        f"## News\n{md_sub_bullets()}\n" + boxed(["- [More news](/news/)"]),
        6,
        id="sub-bullets-and-a-more-news-line",
    ),
    pytest.param(
        f"## News\n{THREE}\n"
        + boxed([f"- [Older news, {y}](/news/{y}/)" for y in range(2015, 2021)]),
        3,
        id="older-news-links",
    ),
]


@pytest.mark.parametrize(("page", "items"), NOT_LOST)
def test_entries_a_reader_takes_for_no_items_are_no_loss(page: str, items: int) -> None:
    assert lost(page) == (items, [])


LOST = [
    pytest.param(  # six dated entries in raw HTML, first on line 7
        f"## News\n{THREE}\n" + boxed([f"- Entry {k} (Jan {k}, 2020)" for k in range(1, 7)]),
        3,
        (7, 6, 3),
        id="dated-entries-in-raw-html",
    ),
    pytest.param(  # a group under a year: its text read as one item, its five entries lost
        "## News\n- Jan 2025: Talk at MIT\n\n"
        + boxed(["- 2024"] + [f"  - Mar {k}, 2024: talk {k}" for k in range(1, 6)]),
        2,
        (6, 5, 2),
        id="a-group-in-raw-html",
    ),
    pytest.param(  # a <pre> of entries: read as one item (its first line), the five after it lost
        "<h2>News</h2>\n<ul><li>Jan 2025: Talk at MIT</li></ul>\n<pre>\n"
        + "".join(f"- Feb {k}, 2025: note {k}\n" for k in range(1, 7))
        + "</pre>\n",
        2,
        (5, 5, 2),
        id="entries-in-an-html-pre",
    ),
    pytest.param(  # the sub-bullets of an item are no loss, the lost entries after them are
        f"## News\n{md_sub_bullets()}\n"
        + boxed([f"- Entry {k} (Jan {k}, 2020)" for k in range(1, 8)]),
        6,
        (22, 7, 6),
        id="sub-bullets-then-lost-entries",
    ),
]


LOST += [
    pytest.param(  # the heads of groups whose entries were read are no loss (7, not 13)
        f"## News\n{html_groups(one=True)}\n"
        + boxed([f"- Entry {k} (Jan {k}, 2020)" for k in range(1, 8)]),
        6,
        (36, 7, 6),
        id="year-groups-then-lost-entries",
    ),
    pytest.param(  # entries with undated sub-bullets, lost: the entries count (5, not 15)
        "## News\n- Jan 2025: Talk at MIT\n\n"
        + boxed([f"- Feb {k}, 2025: talk {k}\n  - slides\n  - video" for k in range(1, 7)]),
        2,
        (8, 5, 2),
        id="lost-entries-with-sub-bullets",
    ),
]


@pytest.mark.parametrize(("page", "items", "said"), LOST)
def test_entries_not_read_are_counted_and_the_first_named(
    page: str, items: int, said: tuple[int, int, int]
) -> None:
    line, unread, read = said
    found, warnings = lost(page)
    assert found == items
    assert warnings == [
        (
            line,
            f"{unread} list entries of the news section were not read as items ({read} were), "
            'the first on this line (raw HTML around a Markdown list needs markdown="1")',
        )
    ]
