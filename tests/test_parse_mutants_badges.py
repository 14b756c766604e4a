"""A "new" badge opening a Markdown item (feeds/parse/badges.py), read in-process: the
entry in, the item's title, label (kind), date and HTML out.

Written for the mutants a mutation run of ``badges.py`` left alive (issue 14); each
expectation is written here from the entry: a badge standing first, or right after the
leading date, is dropped (with the ``:``/dash that sets it apart); anything else stays.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page

TALK = "Gave a talk."


def read(entry: str) -> list[tuple[str, str, str | None, str]]:
    """(title, kind, start, html) of the items of a page whose news list holds ``entry``."""
    page = f"# Ada\n\n## News\n\n- {entry}\n"
    _, events = parse_page(
        Path("index.md"), site_root="https://me.example.org/", reporter=Reporter(quiet=True),
        text=page,
    )  # fmt: skip
    return [(e.title, e.kind, e.span.start_iso if e.span else None, e.html) for e in events]


# The badge goes: the title is the talk, the label the section's ("News"), and the
# HTML is the entry without the badge.
DROPPED = [
    (f"**NEW** Jun 2025: {TALK}", f"Jun 2025: {TALK}"),
    (f"**Neu!** Jun 2025: {TALK}", f"Jun 2025: {TALK}"),
    (f"**[Nuevo]** Jun 2025: {TALK}", f"Jun 2025: {TALK}"),
    (f"**( nueva ! )** Jun 2025: {TALK}", f"Jun 2025: {TALK}"),
    (f"_Nouveau_ Jun 2025: {TALK}", f"Jun 2025: {TALK}"),
    (f"<em>nouvelle</em> Jun 2025: {TALK}", f"Jun 2025: {TALK}"),
    (f"**Novo** Jun 2025: {TALK}", f"Jun 2025: {TALK}"),
    (f"**nova** Jun 2025: {TALK}", f"Jun 2025: {TALK}"),
    (f"**nuovo** Jun 2025: {TALK}", f"Jun 2025: {TALK}"),
    (f"**Nuova** Jun 2025: {TALK}", f"Jun 2025: {TALK}"),
    (f'<span class="badge">NEW</span> Jun 2025: {TALK}', f"Jun 2025: {TALK}"),
    (f"[new] Jun 2025: {TALK}", f"Jun 2025: {TALK}"),
    (f"(NEW) Jun 2025: {TALK}", f"Jun 2025: {TALK}"),
    (f"( New ! ) Jun 2025: {TALK}", f"Jun 2025: {TALK}"),
    (f"NEW!! Jun 2025: {TALK}", f"Jun 2025: {TALK}"),
    (f"New! Jun 2025: {TALK}", f"Jun 2025: {TALK}"),
    (f"🆕\ufe0f Jun 2025: {TALK}", f"Jun 2025: {TALK}"),
    # after the leading date, with what sets it apart
    (f"Jun 2025 🆕 | {TALK}", f"Jun 2025 {TALK}"),
    (f"Jun 2025 NEW: {TALK}", f"Jun 2025 {TALK}"),
    (f"Jun 2025 New!! – {TALK}", f"Jun 2025 {TALK}"),
    (f"Jun 2025 (New!!) {TALK}", f"Jun 2025 {TALK}"),
    (f"Jun 2025: NEW {TALK}", f"Jun 2025: {TALK}"),
    (f"Jun 2025 *NEW* {TALK}", f"Jun 2025  {TALK}"),
    (f"Jun 2025 <b>NEW</b>: {TALK}", f"Jun 2025  {TALK}"),
    (f"Jun 2025 <b class=x>NEW!</b> — {TALK}", f"Jun 2025  {TALK}"),
    (f"Jun 2025 <B>NEW</B>: {TALK}", f"Jun 2025  {TALK}"),
    (f"**Jun 2025** **NEW** - {TALK}", f"<strong>Jun 2025</strong>  {TALK}"),
    (f"`Jun 2025` **NEW** {TALK}", f"<code>Jun 2025</code>  {TALK}"),
    (f"Jun 2025\n  **NEW** {TALK}", f"Jun 2025\n {TALK}"),
    (f"**NEW**\n  Jun 2025: {TALK}", f"Jun 2025: {TALK}"),
    # pictures: a "new" file name or alt text
    (f"![](img/new_icon.png) Jun 2025: {TALK}", f"Jun 2025: {TALK}"),
    (f"![new](x.png) Jun 2025: {TALK}", f"Jun 2025: {TALK}"),
    (f"![ NEW! ](x.png) Jun 2025: {TALK}", f"Jun 2025: {TALK}"),
    (f'<img src="icons/new.gif"> Jun 2025: {TALK}', f"Jun 2025: {TALK}"),
    (f'<IMG src="x.png" alt="New"> Jun 2025: {TALK}', f"Jun 2025: {TALK}"),
    (f"<img src=x.png alt = new> Jun 2025: {TALK}", f"Jun 2025: {TALK}"),
]


@pytest.mark.parametrize(("entry", "html"), DROPPED)
def test_a_new_badge_is_dropped(entry, html):
    assert read(entry) == [("Gave a talk", "News", "2025-06", html)]


# Not a badge, or not where a badge stands: the entry is read as written.
KEPT = [
    (f"**Renew** Jun 2025: {TALK}", "Renew", f"<strong>Renew</strong> Jun 2025: {TALK}"),
    (f"**Newer** Jun 2025: {TALK}", "Newer", f"<strong>Newer</strong> Jun 2025: {TALK}"),
    (f"**NEW** **Talk** Jun 2025: {TALK}", "Talk", f"<strong>Talk</strong> Jun 2025: {TALK}"),
    (
        f"![](img/renew.gif) Jun 2025: {TALK}",
        "News",
        f'<img src="https://me.example.org/img/renew.gif" alt=""> Jun 2025: {TALK}',
    ),
    (
        f"![](img/news_photo.png) Jun 2025: {TALK}",
        "News",
        f'<img src="https://me.example.org/img/news_photo.png" alt=""> Jun 2025: {TALK}',
    ),
    (
        f'<img src="x.png" alt="News"> Jun 2025: {TALK}',
        "News",
        f'<img src="x.png" alt="News"> Jun 2025: {TALK}',
    ),
]


@pytest.mark.parametrize(("entry", "kind", "html"), KEPT)
def test_what_is_no_badge_stays(entry, kind, html):
    assert read(entry) == [("Gave a talk", kind, "2025-06", html)]


# A badge word inside the item's text, or past its first characters, stays in the title.
IN_THE_TEXT = [
    ("Jun 2025 Newton visited us.", "Newton visited us"),
    ("NEW ICML paper out. Jun 2025", "NEW ICML paper out"),
    ("A talk. Jun 2025 **NEW** robots", "A talk. Jun 2025 NEW robots"),
    ("Jun 2025 NEW: NEW robots", "NEW robots"),
    ("`feeds` **NEW**: a tool (Jun 2025)", "Feeds NEW: a tool"),
    ("Talk at Rice **Jun 2025** NEW: robots", "Talk at Rice Jun 2025 NEW: robots"),
    ("Talk at Rice\n  Jun 2025 NEW: robots", "Talk at Rice Jun 2025 NEW: robots"),
    ("Talk at Rice\\\n  Jun 2025 NEW: robots", "Talk at Rice Jun 2025 NEW: robots"),
    ("Jun 2025\n  A talk **NEW**", "A talk NEW"),
    ("Jun 2025: A talk at the Example University workshop on robots **NEW** again",
     "A talk at the Example University workshop on robots NEW again"),
    ("Jun 2025: A talk at the Example University workshop on robots, NEW again",
     "A talk at the Example University workshop on robots, NEW again"),
    ("Jun 2025: A talk at the Example University workshop on robots today 🆕",
     "A talk at the Example University workshop on robots today 🆕"),
]  # fmt: skip


@pytest.mark.parametrize(("entry", "title"), IN_THE_TEXT)
def test_a_badge_word_in_the_text_stays(entry, title):
    ((found, _, start, _),) = read(entry)
    assert (found, start) == (title, "2025-06")


def test_an_empty_entry_among_badged_items():
    """An empty list entry (``-`` alone, or holding only a comment) has no text to drop a
    badge from: it is no item, and the items around it are read."""
    entry = f"**NEW** Jun 2025: {TALK}\n-\n- <!-- later -->\n- May 2025: A paper."
    assert read(entry) == [
        ("Gave a talk", "News", "2025-06", f"Jun 2025: {TALK}"),
        ("A paper", "News", "2025-05", "May 2025: A paper."),
    ]


def test_a_badge_stands_within_the_first_sixty_characters():
    """Marks before the badge count towards the sixty characters it must stand within."""
    marks = "·" * 60
    assert read(f"{marks}**NEW** Jun 2025: {TALK}") == [
        ("Gave a talk", "News", "2025-06", f"{marks} Jun 2025: {TALK}")
    ]
    assert read(f"{marks}·**NEW** Jun 2025: {TALK}") == [
        ("Gave a talk", "NEW", "2025-06", f"{marks}·<strong>NEW</strong> Jun 2025: {TALK}")
    ]
    assert read(f"{marks[:-5]}NEW: Jun 2025 {TALK}") == [
        ("Gave a talk", "News", "2025-06", f"{marks[:-5]}Jun 2025 {TALK}")
    ]
    assert read(f"{marks}NEW: Jun 2025 {TALK}") == [
        ("NEW: Jun 2025 Gave a talk", "News", "2025-06", f"{marks}NEW: Jun 2025 {TALK}")
    ]


def test_a_badged_item_of_two_paragraphs_keeps_both():
    assert read(f"**NEW** Jun 2025: {TALK}\n\n  With friends.") == [
        ("Gave a talk", "News", "2025-06", f"<p> Jun 2025: {TALK}</p>\n<p>With friends.</p>")
    ]


def test_a_badge_ending_the_entry_and_an_unclosed_tag():
    """A badge may end the entry (after its date); an inline tag left open at the end of
    an entry is no badge, and the entry is read."""
    assert read("Jun 2025 **NEW**") == [("Jun 2025", "News", "2025-06", "Jun 2025")]
    assert read("Jun 2025 <b>NEW</b>") == [("Jun 2025", "News", "2025-06", "Jun 2025")]
    assert read("Jun 2025: A talk at <i>Rice") == [
        ("A talk at Rice", "News", "2025-06", "Jun 2025: A talk at <i>Rice</i>")
    ]


@pytest.mark.parametrize(
    "badge", ["🆕", "![new](x.png)", '<img src="new.gif">', "**NEW**", "<b>NEW</b>"]
)
def test_what_follows_a_badge_is_kept(badge):
    assert read(f"{badge} Jun 2025: A talk at **Rice** U.") == [
        ("A talk at Rice U", "News", "2025-06", "Jun 2025: A talk at <strong>Rice</strong> U.")
    ]
