"""A front-matter date at the ends of the calendar (``9999-12-31``, ``0001-01-01`` with an
offset) is a warning at its line, the item published undated, as any date that cannot be
read; never an internal error (the day after 9999-12-31 does not exist in Python)."""

from __future__ import annotations

from pathlib import Path

import feedparser
import pytest

from .cli_run import feeds

NOW = "2025-02-01"


def _site(tmp_path: Path, date: str) -> Path:
    site = tmp_path / "site"
    (site / "_news").mkdir(parents=True)
    (site / "_config.yml").write_text(
        "url: https://me.example.org\ntimezone: America/Chicago\n", encoding="utf-8"
    )
    (site / "index.md").write_text("---\ntitle: Me\n---\n\nHello.\n", encoding="utf-8")
    (site / "_news" / "far.md").write_text(
        f"---\ninline: true\ndate: {date}\n---\nGave a talk at Rice.\n", encoding="utf-8"
    )
    (site / "_news" / "near.md").write_text(
        "---\ninline: true\ndate: 2025-01-03\n---\nGave a talk at MIT.\n", encoding="utf-8"
    )
    return site


@pytest.mark.parametrize(
    "date",
    [
        "9999-12-31",
        "9999-12-30",
        "9999-12-31 23:00:00 -0500",
        '"9999-12-31T23:00:00-05:00"',
        "0001-01-01 01:00:00 +0500",
        '"0001-01-01T01:00:00+05:00"',
    ],
)
def test_a_date_at_the_end_of_the_calendar_is_a_warning(tmp_path: Path, date: str):
    site = _site(tmp_path, date)
    out = tmp_path / "out"
    ran = feeds("build", "--content", str(site), "--out", str(out), "--now", NOW)
    assert ran.returncode == 0, ran.stderr
    assert "internal error" not in ran.stderr
    assert "_news/far.md:3: warning: cannot read the date" in ran.stderr
    feed = feedparser.parse((out / "feed.xml").read_bytes())
    assert not feed.bozo
    titles = {e.title: e.get("published_parsed") for e in feed.entries}
    assert titles["Gave a talk at MIT"][:3] == (2025, 1, 3)
    assert "Gave a talk at Rice" in titles  # published, undated
