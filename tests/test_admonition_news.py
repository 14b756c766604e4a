"""News kept in MkDocs boxes (issue 8, corpus C22 cause B): a list indented under an
admonition (``!!! success "2025 News"``), a fold (``??? note``, ``???+ note``) or a
content tab (``=== "2024"``) is Markdown a reader sees as a list, its items read with
their dates, types and lines; eight-space lines under an item continue it. Pages
written here in our own words, read back through ``feeds list --json``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main

ITEMS = [  # (indented line of the box, title starts, start, type)
    ("- [May 2025] Our survey appeared in **Journal of Brains**!!  ",
     "Our survey appeared in", "2025-05", "paper"),
    ("    [https://doi.org/10.1/xyz](https://doi.org/10.1/xyz)", None, None, None),
    ("- [March 2025] Registration for our symposium opens!",
     "Registration for our symposium", "2025-03", "event"),
    ("- [January 2025] Nadia gave an invited talk at the Brain Club.",
     "Nadia gave an invited talk", "2025-01", "talk"),
]  # fmt: skip


def boxed(marker: str, indent: str = "    ") -> list[str]:
    return [marker, *(indent + line for line, *_ in ITEMS)]


FORMS = {  # name: the page's lines after "# News" and a blank line
    "an admonition with a title": boxed('!!! success "2025 News"'),
    "an admonition without a title": boxed("!!! note"),
    "an admonition with extra classes": boxed('!!! note inline end "Latest"'),
    "a closed fold": boxed('??? note "Older news"'),
    "an open fold": boxed('???+ info "2025"'),
    "a content tab": boxed('=== "2025"'),
    "a tab-indented body": boxed('!!! tip "News"', "\t"),
    "a fold inside an admonition": [
        '!!! info "News"',
        "    The newest first.",
        "",
        *("    " + line for line in boxed('??? note "2025"')),
    ],
    "a blank line inside the box": [
        *boxed('!!! success "2025 News"')[:3],
        "",
        *boxed('!!! success "2025 News"')[3:],
    ],
}


def listed(page: Path) -> list[dict]:
    result = CliRunner().invoke(
        main,
        ["list", "--json", "--content", str(page), "--now", "2026-11-26"]
        + ["--site-url", "https://lab.example.org/", "--cache", "off", "-q"],
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize("body", FORMS.values(), ids=FORMS.keys())
def test_a_list_in_a_box_is_read(tmp_path: Path, body: list[str]) -> None:
    lines = ["# News", "", *body, "", "## Contact", "", "Write to us."]
    page = tmp_path / "news.md"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = listed(page)
    wanted = [(t, s, k) for _, t, s, k in ITEMS if t]
    assert len(items) == len(wanted), items
    for item, (title, start, kind) in zip(items, wanted, strict=True):
        assert item["title"].startswith(title), (item["title"], title)
        assert (item["start"], item["precision"], item["type"]) == (start, "month", kind)
        assert lines[item["line"] - 1].lstrip(" \t").startswith("- ["), item["line"]
    paper = items[0]
    assert "https://doi.org/10.1/xyz" in [link["url"] for link in paper["links"]]


def test_code_stays_code(tmp_path: Path) -> None:
    """A marker inside fenced code is code: the list after the fence is the only news."""
    lines = [
        "# News",
        "",
        "```",
        '!!! note "2025"',
        "    - [May 2025] Not news: an example of the syntax.",
        "```",
        "",
        "- [June 2025] Nadia joins the lab as a postdoc!",
    ]
    page = tmp_path / "news.md"
    page.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert [(i["title"][:10], i["start"]) for i in listed(page)] == [("Nadia join", "2025-06")]
