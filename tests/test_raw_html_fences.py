"""Pandoc raw blocks in a Quarto or R Markdown page: ```` ```{=html} ```` … ```` ``` ````
is HTML Pandoc passes to the page untouched, so a reader sees it as HTML (its news list is
read as an ``.html`` page's), not as a code sample. A raw block for another format
(``{=latex}``) and a code sample of HTML (```` ```html ````) are never shown as HTML: no
news. Pages written here in our own words, read in-process.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page

BODY = """\
<div class="news-box">
  <h2>News</h2>
  <ul>
    <li>2026-03-02: Gave a talk at ExConf in Lyon.</li>

        <li>2026-01-15: Paper accepted at ExJournal.</li>
  </ul>
</div>
"""
EXPECTED = [
    ("Gave a talk at ExConf in Lyon", "2026-03-02", "talk", 11),  # the lines of the page
    ("Paper accepted at ExJournal", "2026-01-15", "paper", 13),
]


def page(opening: str, closing: str = "```") -> str:
    head = '---\ntitle: "Lab"\n---\n\nWelcome to the lab.\n\n'
    return f"{head}{opening}\n{BODY}{closing}\n\nMore text.\n"


SHOWN = {
    "{=html}": page("```{=html}"),
    "{=html5}": page("```{=html5}"),
    "a space before the attribute": page("``` {=html}"),
    "tildes": page("~~~{=html}", "~~~"),
    "four backticks": page("````{=html}", "````"),
    "never closed (to the page's end)": page("```{=html}", ""),
}
NOT_SHOWN = {
    "{=latex}": page("```{=latex}"),
    "a code sample of HTML": page("```html"),
    "a plain code fence": page("```"),
}


def _read(text: str) -> tuple[list[tuple[str, str | None, str, int]], Reporter]:
    reporter = Reporter(quiet=True)
    _, items = parse_page(
        Path("news.qmd"), text=text, site_root="https://lab.example/", reporter=reporter
    )
    got = [(i.title, i.span.start_iso if i.span else None, i.type, i.line) for i in items]
    return got, reporter


@pytest.mark.parametrize("case", SHOWN, ids=list(SHOWN))
def test_a_raw_html_fence_is_read_as_html(case: str) -> None:
    assert _read(SHOWN[case])[0] == EXPECTED


@pytest.mark.parametrize("case", NOT_SHOWN, ids=list(NOT_SHOWN))
def test_other_fences_stay_code(case: str) -> None:
    items, reporter = _read(NOT_SHOWN[case])
    assert items == []
    assert any("no news section found" in p.message for p in reporter.problems)


def test_html_split_over_two_raw_fences_is_one_region() -> None:
    text = (
        '---\ntitle: Lab\n---\n\n```{=html}\n<div class="box"><h2>News</h2>\n<ul>\n```\n\n'
        "```{=html}\n<li>2026-03-02: Gave a talk at ExConf.</li>\n</ul></div>\n```\n"
    )
    assert _read(text)[0] == [("Gave a talk at ExConf", "2026-03-02", "talk", 11)]
