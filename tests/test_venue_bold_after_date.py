"""A bold venue right after an item's date (``**[2025년 10월]** 📄 **WIDGETCONF 2026** (Lyon)
논문 게재 승인``) is no kind label: it stays in the title (issue 8, seen on corpus c10's
Korean page). A bold kind word still is a label. ``포스터 발표 승인`` (a poster
presentation accepted) is a talk, an accepted paper still a paper. Written in our own
words; ``feeds list --json`` is read back with ``json``.
"""

from __future__ import annotations

import json

import pytest

from .cli_run import feeds

# item → (label, type, title)
ROWS = {
    "- **[2025년 10월]** 📄 **WIDGETCONF 2026** (Lyon, France) 논문 게재 승인": (
        None, "paper", "WIDGETCONF 2026 (Lyon, France) 논문 게재 승인",
    ),
    "- **[2025년 12월]** 🎉 **GADGET GTC 2026** (San Jose, USA) 포스터 발표 승인": (
        None, "talk", "GADGET GTC 2026 (San Jose, USA) 포스터 발표 승인",
    ),
    "- **[2025년 11월]** **GEARS 2026** **구두 발표(ORAL)** 논문 **2편** 게재 승인": (
        None, "paper", "GEARS 2026 구두 발표(ORAL) 논문 2편 게재 승인",
    ),
    "- **Mar 2025** **WidgetConf'25** Our paper on gadgets was accepted.": (
        None, "paper", "WidgetConf'25 Our paper on gadgets was accepted",
    ),
    "- **Mar 2025** **Talk:** Gadgets at scale, Gear Lab seminar.": (
        "Talk", "talk", "Gadgets at scale, Gear Lab seminar",
    ),
}  # fmt: skip


@pytest.mark.parametrize("line", ROWS)
def test_a_bold_venue_after_the_date_is_no_label(tmp_path, line):
    page = tmp_path / "news.md"
    page.write_text(f"## News\n\n{line}\n", encoding="utf-8")
    ran = feeds("list", "--json", "--now", "2026-11-26", "--content", str(page),
                "--site-url", "https://x.org/")  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    (item,) = json.loads(ran.stdout)
    assert (item["kind"], item["type"], item["title"]) == ROWS[line]
