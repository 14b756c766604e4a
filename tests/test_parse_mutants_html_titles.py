"""Bold lines and styled blocks that title the news of a hand-written HTML page, read
in-process (mutation run, issue 14; bench/mutation_parse.md; tests/test_html_title_blocks.py
runs the CLI): a ``<br>`` line only bold opens the news; a bold date stays a date line.
Pages in our own words."""

from __future__ import annotations

from pathlib import Path

from feeds.parse import parse_page


def items(body: str) -> list[tuple[str, str | None]]:
    text = f"<!DOCTYPE html>\n<html><head><title>Ana</title></head><body>\n{body}\n</body></html>\n"
    _, events = parse_page(Path("index.html"), site_root="https://example.org/", text=text)
    return [(e.title, e.span.start_iso if e.span else None) for e in events]


def test_a_bold_line_over_br_lines_opens_the_news():
    body = (
        "<p><b>About</b><br>I study rivers.</p>\n"
        "<p><b>News</b><br>\nMar 2026: Gave a talk at ExConf.<br>\n"
        "Feb 2026: Paper accepted at ExJournal.<br>\n</p>\n"
        "<p><b>Teaching</b><br>\nMar 2026: A course on rivers.</p>\n"
    )
    assert items(body) == [
        ("Gave a talk at ExConf", "2026-03"),
        ("Paper accepted at ExJournal", "2026-02"),
    ]
