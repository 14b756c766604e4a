"""A ``<details>`` fold holding a list, in the news list (issue 8, c12 cause A): older
news folded away behind "More…", often inside the last ``<li>``. The fold is a container:
its ``<summary>`` is no item, each ``<li>`` inside it is an item of the news list, in HTML
pages and in Markdown lists with raw HTML. Pages are written in our own words;
``feeds list --json`` is read back with ``json``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main

NOW = "2026-11-26"
NEWER = "<li><p><strong>2025.03</strong>: Our paper on widget sorting is accepted by SODA!</p></li>"
OLD_TALK = (
    "<li><strong>2024.11</strong>: Gave an invited talk on toy boats at Example University.</li>"
)
OLD_PAPER = "<li><strong>2024.06</strong>: One paper on graph colouring accepted by ICALP!</li>"
NEWER_ROW = ("2025-03", "month", "paper", "Our paper on widget sorting is accepted by SODA")
OLD_ROWS = [
    ("2024-11", "month", "talk", "Gave an invited talk on toy boats at Example University"),
    ("2024-06", "month", "paper", "One paper on graph colouring accepted by ICALP"),
]


def html_page(news: str) -> str:
    return f"<html><body>\n<h4>News</h4>\n{news}\n<h4>Teaching</h4><p>A course.</p>\n</body></html>"


CASES = [
    (  # the fold in the last <li>, all on one line
        "index.html",
        html_page(
            f"<ul>\n  {NEWER}\n  <li><details><summary>More…</summary><ul>{OLD_TALK}{OLD_PAPER}"
            "</ul></details></li>\n</ul>"
        ),
        [NEWER_ROW, *OLD_ROWS],
    ),
    (  # on several lines, an open fold, an ordered list, a summary naming years
        "index.html",
        html_page(
            f"<ol>\n  {NEWER}\n  <li>\n    <details open>\n"
            "      <summary><b>Older news (2023 and before)</b></summary>\n"
            f"      <ol>\n        {OLD_TALK}\n        {OLD_PAPER}\n      </ol>\n"
            "    </details>\n  </li>\n</ol>"
        ),
        [NEWER_ROW, *OLD_ROWS],
    ),
    (  # the fold after the list, not inside it
        "index.html",
        html_page(
            f"<ul>{NEWER}</ul>\n<details><summary>Show older news</summary>\n"
            f"<ul>{OLD_TALK}\n{OLD_PAPER}</ul>\n</details>"
        ),
        [NEWER_ROW, *OLD_ROWS],
    ),
    (  # an item with a fold after its own text: the text is an item too
        "index.html",
        html_page(
            "<ul>\n  <li><strong>2025.03</strong>: Our paper on widget sorting is accepted by "
            f"SODA! <details><summary>Earlier</summary><ul>{OLD_TALK}{OLD_PAPER}</ul></details>"
            "</li>\n</ul>"
        ),
        [NEWER_ROW, *OLD_ROWS],
    ),
    (  # a fold without a list (an abstract) stays part of its item
        "index.html",
        html_page(
            "<ul>\n  <li><strong>2025.03</strong>: Our paper on widget sorting is accepted by "
            "SODA! <details><summary>Abstract</summary><p>We sort widgets.</p></details></li>\n"
            f"  {OLD_PAPER}\n</ul>"
        ),
        [NEWER_ROW, OLD_ROWS[1]],
    ),
    (  # a Markdown list whose last bullet is raw HTML: the fold
        "index.md",
        "## News\n\n- **2025.03**: Our paper on widget sorting is accepted by SODA!\n"
        "- <details><summary>Older news</summary>\n  <ul>\n"
        "  <li><b>2024.11</b>: Gave an invited talk on toy boats at Example University.</li>\n"
        "  <li><b>2024.06</b>: One paper on graph colouring accepted by ICALP!</li>\n"
        "  </ul>\n  </details>\n\n## Teaching\n\nA course.\n",
        [NEWER_ROW, *OLD_ROWS],
    ),
    (  # a Markdown news list, then a fold of raw HTML lines between blank lines
        "index.md",
        "## News\n\n- **2025.03**: Our paper on widget sorting is accepted by SODA!\n\n"
        "<details>\n<summary>More…</summary>\n\n<ul>\n"
        "<li>[2024.11] Gave an invited talk on toy boats at Example University.</li>\n"
        "<li>[2024.06] One paper on graph colouring accepted by ICALP!</li>\n"
        "</ul>\n\n</details>\n\n## Teaching\n\nA course.\n",
        [NEWER_ROW, *OLD_ROWS],
    ),
]


@pytest.mark.parametrize(("name", "text", "expected"), CASES)
def test_a_fold_holding_a_list_is_more_of_the_news_list(
    tmp_path: Path, name: str, text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["list", "--json", "--content", str(path), "--now", NOW])
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    got = [(i["start"], i["precision"], i["type"], i["title"]) for i in items]
    assert [g[:3] for g in got] == [e[:3] for e in expected], got
    for (*_, title), (*_, want) in zip(got, expected, strict=True):
        assert title.startswith(want), title
    assert not any(word in i["title"] for i in items for word in ("More…", "Older", "Earlier"))


# A news list of disclosures (issue 8, c39): each <details> is one item, its <summary> a
# date and a title, its body the item's words, which may hold a list of its own points.
DISCLOSURE_CASES = [
    (  # the date in a <time>, the title in a <span>; the second body holds a list
        html_page(
            '<details class="news-entry"><summary><time datetime="2025-03-02">Mar 2025</time>\n'
            "<span>Our paper on widget sorting is accepted by SODA</span></summary>\n"
            "<div><p>It sorts widgets fast.</p></div></details>"
            '<details class="news-entry"><summary><time datetime="2024-11-20">Nov 2024</time>\n'
            "<span>Two teaching notes finished</span></summary>\n"
            "<div><p>I wrote two notes:</p><ul><li>The first note is on marking.</li>"
            "<li>The second note is on feedback.</li></ul></div></details>"
        ),
        [
            ("2025-03", "month", "Our paper on widget sorting is accepted by SODA"),
            ("2024-11", "month", "Two teaching notes finished"),
        ],
    ),
    (  # the date and the title as the summary's own words, a day, a list of links under it
        html_page(
            "<details><summary>12 May 2025 - Gave a talk on toy boats at Example University"
            '</summary><ul><li><a href="/slides.pdf">Slides</a> of the talk</li>'
            '<li><a href="/video.html">Video</a> of the talk</li></ul></details>'
        ),
        [("2025-05-12", "day", "Gave a talk on toy boats at Example University")],
    ),
    (  # a dated summary over dated entries is a fold of more news, not one item
        html_page(
            f"<details><summary>2024: older news</summary><ul>{OLD_TALK}{OLD_PAPER}</ul></details>"
        ),
        [(start, precision, title) for start, precision, _, title in OLD_ROWS],
    ),
    (  # a summary that is a year alone is still a fold: each <li> inside is an item
        html_page(f"<details><summary>2024</summary><ul>{OLD_TALK}{OLD_PAPER}</ul></details>"),
        [(start, precision, title) for start, precision, _, title in OLD_ROWS],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DISCLOSURE_CASES)
def test_a_disclosure_whose_summary_is_dated_is_one_item(
    tmp_path: Path, text: str, expected: list[tuple[str, str, str]]
) -> None:
    path = tmp_path / "index.html"
    path.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["list", "--json", "--content", str(path), "--now", NOW])
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    got = [(i["start"], i["precision"], i["title"]) for i in items]
    assert [g[:2] for g in got] == [e[:2] for e in expected], got
    for (*_, title), (*_, want) in zip(got, expected, strict=True):
        assert title.startswith(want), title
