"""A role or place in brackets right after an item's date (``(Nov 18, 2022)-(invited)``,
``[Mar 2024] [keynote]``, ``**May 2023** (Oral)``, ``… (Nov 18, 2022) – (virtual)``) is
the item's role, note or place, as ``(Nov 18, 2022, invited)`` is, never its title's
first or last words."""

from __future__ import annotations

import json

import pytest

from tests.cli_run import feeds

TITLE = "Talk at the toy seminar"


@pytest.mark.parametrize(
    ("entry", "start", "role", "note", "location"),
    [
        (f"(Nov 18, 2022)-(invited) {TITLE}.", "2022-11-18", "invited", None, None),
        (f"(Nov 18, 2022) (invited) {TITLE}.", "2022-11-18", "invited", None, None),
        (f"(Nov 18, 2022) – (Invited): {TITLE}.", "2022-11-18", "Invited", None, None),
        (f"[Nov 18, 2022] [keynote] {TITLE}.", "2022-11-18", "keynote", None, None),
        (f"**Nov 18, 2022** (plenary) {TITLE}.", "2022-11-18", "plenary", None, None),
        (f"**Nov 2022** (Oral) {TITLE}.", "2022-11", None, "Oral", None),
        (f"[Nov 2022] (poster) {TITLE}.", "2022-11", None, "poster", None),
        (f"Nov 18, 2022 - (online) {TITLE}.", "2022-11-18", None, None, "Online"),
        (f"(Nov 2022)-(virtual): {TITLE}.", "2022-11", None, None, "Virtual"),
        (f"[Apr 2026, Korea] (invited) {TITLE}.", "2026-04", "invited", None, "Korea"),
        (f"{TITLE} (Nov 18, 2022)-(invited)", "2022-11-18", "invited", None, None),
        (f"{TITLE} (Nov 18, 2022) – (virtual)", "2022-11-18", None, None, "Virtual"),
        (f"{TITLE} (Nov 18, 2022)—(keynote)", "2022-11-18", "keynote", None, None),
    ],
)
def test_a_role_after_the_date_is_no_part_of_the_title(
    tmp_path, entry, start, role, note, location
):
    page = tmp_path / "news.md"
    page.write_text(f"## News\n\n- {entry}\n", encoding="utf-8")
    ran = feeds("list", "--json", "--now", "2024-05-01", "--content", str(page))
    assert ran.returncode == 0, ran.stderr
    (item,) = json.loads(ran.stdout)
    assert item["title"] == TITLE
    assert (item["start"], item["role"], item["note"], item["location"]) == (
        start, role, note, location
    )  # fmt: skip
    assert item["type"] == "talk"


@pytest.mark.parametrize(
    ("entry", "title"),
    [
        ("(Nov 18, 2022) (Invited Talk) at the toy seminar.", "(Invited Talk) at the toy seminar"),
        ("(Nov 2022) (poster)", "(poster)"),  # the bracket is all the item says
        ("[Nov 2022] (Toy workshop) Gave a talk.", "(Toy workshop) Gave a talk"),
    ],
)
def test_other_brackets_after_the_date_stay_words(tmp_path, entry, title):
    page = tmp_path / "news.md"
    page.write_text(f"## News\n\n- {entry}\n", encoding="utf-8")
    ran = feeds("list", "--json", "--now", "2024-05-01", "--content", str(page))
    assert ran.returncode == 0, ran.stderr
    (item,) = json.loads(ran.stdout)
    assert item["title"] == title
