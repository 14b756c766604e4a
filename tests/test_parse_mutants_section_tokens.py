"""The Markdown forms the news-section collector looks for (feeds/parse/section_tokens.py):
a paragraph that is only a short bold label. A news section in, each item's title, date,
section and HTML out.

Written for the mutants a mutation run of ``section_tokens.py`` left alive (issue 14); the
expectations are written here from the page: a bold paragraph of one to four words is a
label that names the section of the items below it (and ends the prose a month heading
dates); a bold run of colons is no label; a heading in bold is a heading, its item keeps
the bold.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page


def read(news: str) -> list[tuple[str, str | None, str, str]]:
    """(title, start, section, html) of the items of a page whose news section is ``news``."""
    page = f"# Ada\n\n## News\n\n{news}\n"
    _, events = parse_page(
        Path("index.md"), site_root="https://me.example.org/", reporter=Reporter(quiet=True),
        text=page,
    )  # fmt: skip
    return [(e.title, e.span.start_iso if e.span else None, e.section, e.html) for e in events]


FORMS = [
    # a dated heading in bold is an item; its HTML keeps the bold
    ("### **May 2024: MIT talk**", [
        ("MIT talk", "2024-05", "news", "<p><strong>May 2024: MIT talk</strong></p>"),
    ]),
    # a bold run of colons is no label: the month heading still dates the prose after it
    ("### March 2026\n\n**::**\n\nGave a talk.", [
        ("Gave a talk", "2026-03", "news", "<p><strong>March 2026</strong> Gave a talk.</p>"),
    ]),
    # a label names the section, its words as written (an X is a letter like any other)
    ("**X-ray talks:**\n\n- Gave a talk (Jun 2024).", [
        ("Gave a talk", "2024-06", "x-ray-talks", "Gave a talk (Jun 2024)."),
    ]),
    ("**X**\n\n- Gave a talk (Jun 2024).", [
        ("Gave a talk", "2024-06", "x", "Gave a talk (Jun 2024)."),
    ]),
]  # fmt: skip


@pytest.mark.parametrize(("news", "items"), FORMS)
def test_bold_labels_and_bold_headings(news, items):
    assert read(news) == items
