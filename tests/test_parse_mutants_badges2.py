"""A "new" badge opening a Markdown item (feeds/parse/badges.py), second part (issue 14,
session 21): the entry in, the item's title, label (kind), date and HTML out.

Written for the mutants of ``badges.py`` that two mutation runs left open. From the
module: a badge is dropped only where nothing but a date (or marks) stands before it,
within the entry's first sixty characters, a line break counting as one (a space); a
badge in inline HTML is a tag opening, the word, and the closing tag right after it.
Every expectation is written here from the entry.
"""

from __future__ import annotations

from pathlib import Path

from feeds.diagnostics import Reporter
from feeds.parse import parse_page

TALK = "Gave a talk."
MARKS = "·" * 60


def read(entry: str) -> list[tuple[str, str, str | None, str]]:
    """(title, kind, start, html) of the items of a page whose news list holds ``entry``."""
    page = f"# Ada\n\n## News\n\n- {entry}\n"
    _, events = parse_page(
        Path("index.md"), site_root="https://me.example.org/", reporter=Reporter(quiet=True),
        text=page,
    )  # fmt: skip
    return [(e.title, e.kind, e.span.start_iso if e.span else None, e.html) for e in events]


def test_a_line_break_counts_towards_the_sixty_characters() -> None:
    """Sixty marks and a line break: the badge stands past the sixty characters and is
    kept (as a bold label); fifty-nine marks and a line break: it is dropped."""
    assert read(f"{MARKS}\n  **NEW** Jun 2025: {TALK}") == [
        ("Gave a talk", "NEW", "2025-06", f"{MARKS}\n<strong>NEW</strong> Jun 2025: {TALK}")
    ]
    assert read(f"{MARKS}\\\n  **NEW** Jun 2025: {TALK}") == [
        ("Gave a talk", "NEW", "2025-06",
         f"{MARKS}<br>\n<strong>NEW</strong> Jun 2025: {TALK}")
    ]  # fmt: skip
    assert read(f"{MARKS[1:]}\n  **NEW** Jun 2025: {TALK}") == [
        ("Gave a talk", "News", "2025-06", f"{MARKS[1:]}\n Jun 2025: {TALK}")
    ]


def test_a_bold_date_then_its_year_before_the_badge() -> None:
    """``**Mar 3**, 2025`` is a date whole: the badge after it goes."""
    assert read(f"**Mar 3**, 2025 **NEW** {TALK}") == [
        ("Gave a talk", "News", "2025-03-03", f"<strong>Mar 3</strong>, 2025  {TALK}")
    ]


def test_a_badge_in_html_keeps_the_tags_around_it() -> None:
    """The badge word goes; a closing tag before it opens no badge, and a tag after it
    that closes nothing (a line break) is no end of one: both tags stay."""
    assert read(f"<b><i>Jun 2025</i> NEW</b> {TALK}") == [
        ("Gave a talk", "News", "2025-06", f"<b><i>Jun 2025</i> </b> {TALK}")
    ]
    assert read(f"<b>NEW<br></b>Jun 2025: {TALK}") == [
        ("Gave a talk", "News", "2025-06", f"<b><br></b>Jun 2025: {TALK}")
    ]


def test_a_badge_on_an_entry_whose_words_hold_every_badge_mark() -> None:
    """The quick check before the badge rules looks for any one of the marks a badge
    has (``new``, ``neu``, ``nuev``, ``nouv``, ``nov``, ``nuov``, ``🆕``); an entry holding
    all of them is still looked at, and its badge dropped."""
    words = "Novel neural nets, in Spanish nuevo, in French nouveau, in Italian nuovo 🆕"
    assert read(f"**NEW** Jun 2025: {words}") == [(words, "News", "2025-06", f"Jun 2025: {words}")]
