"""A news heading inside a layout table (issue 8, corpus C5 cause B): hand-written
homepages in the style of Jon Barron's put every heading in a ``<td>`` of its own
table (``<h2>News</h2>``, or the older ``<heading>News</heading>``), and the news in a
later row, a scroll ``<div>`` or a table of its own. A heading is a heading wherever the
table puts it: the section runs to the next heading of the same or a higher level.

Every page is written here in our own words; ``feeds list --json`` is read back with
``json`` and ``feeds build`` with feedparser; expectations are written from the input.
"""

from __future__ import annotations

import json
from pathlib import Path

import feedparser
import pytest

from .cli_run import succeeded

NOW = "2026-11-26"
URL = "https://me.example.org/"


def run(*args: str) -> str:
    return succeeded(*args, "--now", NOW, "--site-url", URL)


def page(folder: Path, body: str) -> Path:
    path = folder / "index.html"
    path.write_text(
        "<!DOCTYPE html>\n<html><head><title>Ada Toy</title></head><body>\n"
        "<table><tbody><tr><td><h2>About</h2><p>I build toy robots.</p></td>"
        '<td><img src="me.jpg" alt="me"></td></tr></tbody></table>\n'
        f"{body}\n"
        "<table><tbody><tr><td><h2>Publications</h2></td></tr></tbody></table>\n"
        "<table><tbody><tr><td>Mar 2021</td><td>A toy paper, Example Conf.</td></tr>\n"
        "</tbody></table>\n</body></html>\n",
        encoding="utf-8",
    )
    return path


def heading_table(heading: str = "<h2>News</h2>") -> str:
    cell = f'<td style="padding:16px">{heading}</td>'
    return f'<table style="width:100%"><tbody><tr>{cell}</tr>\n</tbody></table>'


ROWS = (
    '<tr><td style="color:#888">Mar 2026</td><td>Our toy paper was accepted at '
    '<a href="https://conf.example.org/">Example Conf 2026</a>!</td></tr>\n'
    '<tr><td style="color:#888">Jan 2026</td><td>Gave an invited talk on toy robots at '
    "the Example Workshop.</td></tr>\n"
)
EXPECTED = [("2026-03", "paper"), ("2026-01", "talk")]

FORMS = {
    "a scroll box of a news table": heading_table()
    + f'\n<div class="news-scroll"><table class="news-table"><tbody>\n{ROWS}</tbody></table></div>',
    "the old <heading> tag, then a news table": heading_table("<heading>News</heading>")
    + f'\n<table class="news"><tbody>\n{ROWS}</tbody></table>',
    "a list in a later row of the same table": "<table><tbody>\n<tr><td><h2>News</h2></td></tr>\n"
    "<tr><td><ul>\n<li><b>Mar 2026:</b> Our toy paper was accepted at Example Conf 2026!</li>\n"
    "<li><b>Jan 2026:</b> Gave an invited talk on toy robots at the Example Workshop.</li>\n"
    "</ul></td></tr>\n</tbody></table>",
    "dated paragraphs in a scroll div": heading_table("<h2>Recent News</h2>")
    + '\n<div style="height:200px;overflow-y:auto">\n'
    "<p><b>Mar 2026</b> Our toy paper was accepted at Example Conf 2026!</p>\n"
    "<p><b>Jan 2026</b> Gave an invited talk on toy robots at the Example Workshop.</p>\n</div>",
    "the heading and an introduction in one cell": "<table><tbody><tr><td>"
    "<h2>News</h2><p>What happened lately.</p></td></tr></tbody></table>\n"
    f"<table><tbody>\n{ROWS}</tbody></table>",
}


@pytest.mark.parametrize("body", FORMS.values(), ids=FORMS.keys())
def test_a_news_heading_in_a_table_cell_opens_the_news(tmp_path, body):
    items = json.loads(run("list", "--json", "--content", str(page(tmp_path, body))))
    assert [(i["start"], i["precision"], i["type"]) for i in items] == [
        (start, "month", kind) for start, kind in EXPECTED
    ]
    assert items[0]["title"].startswith("Our toy paper was accepted")
    assert items[1]["title"].startswith("Gave an invited talk on toy robots")


def test_the_section_ends_at_the_next_heading_in_a_table(tmp_path):
    out = tmp_path / "out"
    path = page(tmp_path, FORMS["a scroll box of a news table"])
    run("build", "--content", str(path), "--out", str(out))
    entries = feedparser.parse((out / "atom.xml").read_bytes()).entries
    assert [e.published[:7] for e in entries] == ["2026-03", "2026-01"]  # not Mar 2021
    assert all("A toy paper" not in e.title for e in entries)


def test_a_news_row_with_a_minor_heading_stays_one_item(tmp_path):
    body = heading_table() + (
        "\n<table><tbody><tr><td>Mar 2026</td><td><h4>Toy paper accepted</h4>"
        "Our toy paper was accepted at Example Conf 2026.</td></tr></tbody></table>"
    )
    (item,) = json.loads(run("list", "--json", "--content", str(page(tmp_path, body))))
    assert (item["start"], item["type"]) == ("2026-03", "paper")


def test_a_year_heading_in_a_table_row_dates_the_rows_after_it(tmp_path):
    body = heading_table() + (
        "\n<table><tbody>\n<tr><td><h3>2025</h3></td></tr>\n"
        "<tr><td>Mar 12</td><td>Gave an invited talk on toy robots at Example U.</td></tr>\n"
        "<tr><td><h3>2024</h3></td></tr>\n"
        "<tr><td>Nov 3</td><td>Our toy paper was accepted at Example Conf.</td></tr>\n"
        "</tbody></table>"
    )
    items = json.loads(run("list", "--json", "--content", str(page(tmp_path, body))))
    assert [(i["start"], i["type"]) for i in items] == [
        ("2025-03-12", "talk"),
        ("2024-11-03", "paper"),
    ]
