"""A "new" badge before an item is neither its kind nor its title (issue 8, corpus C5):
``<span class="badge">NEW</span>``, ``**NEW**``, ``**New!**``, ``🆕``, ``[NEW]``, a
``new.gif``, first in the item or right after its leading date. A badge that names a
kind (``<span class="badge">Talk</span>``) stays the label, and "New" inside a sentence
stays in the title.

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


def listed(path: Path) -> list[dict]:
    return json.loads(run("list", "--json", "--content", str(path)))


def markdown_page(folder: Path, entry: str) -> Path:
    path = folder / "index.md"
    path.write_text(f"---\ntitle: Ada\n---\n\n## News\n\n- {entry}\n", encoding="utf-8")
    return path


def html_page(folder: Path, entry: str) -> Path:
    path = folder / "index.html"
    path.write_text(
        f"<html><body><h2>News</h2>\n<ul>\n<li>{entry}</li>\n</ul>\n</body></html>\n",
        encoding="utf-8",
    )
    return path


TALK = "Gave a talk on toy robots at Example U."
# (page maker, entry) → the item is a talk of June 2025 (or June 24) without a label
FORMS = [
    (markdown_page, f'<span class="badge">NEW</span> Jun 2025: {TALK}'),
    (markdown_page, f"**NEW** Jun 2025: {TALK}"),
    (markdown_page, f"**New!** [Jun 2025] {TALK}"),
    (markdown_page, f"**NEW**: {TALK} (Jun 2025)"),
    (markdown_page, f"🆕 Jun 2025: {TALK}"),
    (markdown_page, f"[NEW] Jun 2025: {TALK}"),
    (markdown_page, f"![new](img/new.gif) **Jun 2025**: {TALK}"),
    (markdown_page, f'Jun 2025 <span class="badge badge-danger">New!</span> {TALK}'),
    (markdown_page, f"**[Jun 2025]** 🆕 {TALK}"),
    (markdown_page, f"**Jun 2025** NEW! {TALK}"),
    (markdown_page, f"*Jun 2025* [NEW] {TALK}"),
    (html_page, f'<span class="badge badge-danger">NEW</span> <b>Jun 2025</b>: {TALK}'),
    (html_page, f'<b>Jun 2025</b> <span class="label">New!</span> {TALK}'),
    (html_page, f"<strong>NEW</strong> <b>Jun 2025</b>: {TALK}"),
    (html_page, f'<img src="icons/new.gif" alt="new"> Jun 2025: {TALK}'),
]


@pytest.mark.parametrize(("make", "entry"), FORMS)
def test_a_new_badge_is_no_label_and_no_title(tmp_path, make, entry):
    (item,) = listed(make(tmp_path, entry))
    assert (item["start"], item["precision"], item["type"]) == ("2025-06", "month", "talk")
    assert item["kind"] is None
    assert item["title"] == TALK.rstrip(".")


def test_the_badge_is_not_in_the_feed(tmp_path):
    out = tmp_path / "out"
    path = markdown_page(tmp_path, f'<span class="badge">NEW</span> Jun 2025: {TALK}')
    run("build", "--content", str(path), "--out", str(out))
    (entry,) = feedparser.parse((out / "atom.xml").read_bytes()).entries
    assert "NEW" not in entry.title and "NEW" not in entry.content[0].value
    assert "toy robots" in entry.content[0].value


# Not badges: a label naming a kind, "New" opening a sentence, NEW later in the item.
KEPT = [
    (html_page, '<span class="badge">Talk</span> Jun 2025: Toy robots at Example U.', "Talk",
     "Toy robots at Example U"),
    (markdown_page, "**Talk** Jun 2025: Toy robots at Example U.", "Talk",
     "Toy robots at Example U"),
    (markdown_page, "Jun 2025: New paper on toy robots accepted at Example Conf.", None,
     "New paper on toy robots accepted at Example Conf"),
    (markdown_page, "Jun 2025: Our toy robot is NEW at Example Conf.", None,
     "Our toy robot is NEW at Example Conf"),
]  # fmt: skip


@pytest.mark.parametrize(("make", "entry", "kind", "title"), KEPT)
def test_what_is_no_new_badge_stays(tmp_path, make, entry, kind, title):
    (item,) = listed(make(tmp_path, entry))
    assert (item["kind"], item["title"]) == (kind, title)
