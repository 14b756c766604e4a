"""A front-matter date that is no day of the calendar (issue 8; never a traceback).

YAML reads ``date: 2023-04-31`` as a timestamp and PyYAML stops on it ("day is out of
range"), which ended the whole build with a traceback. Jekyll's YAML reader (Psych) keeps
such a value as text, and Jekyll then reads the text with Ruby's ``Time.parse``, which
carries the surplus days into the next month: the site shows 1 May 2023. A value that is
not a date at all is reported at its file, and the other items are still read.

Every site is written here in our own words; ``feeds list --json`` is read back with
``json``; the expectations are written from the input.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main

NOW = "2026-11-26"


def site_with(tmp_path: Path, dates: list[str]) -> Path:
    (tmp_path / "_config.yml").write_text("url: https://me.example.org\n", encoding="utf-8")
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_pages" / "about.md").write_text(
        "---\nlayout: about\ntitle: about\nannouncements:\n  enabled: true\n---\n\nHello.\n",
        encoding="utf-8",
    )
    (tmp_path / "_news").mkdir()
    for n, date in enumerate(dates, 1):
        (tmp_path / "_news" / f"announcement_{n}.md").write_text(
            f"---\nlayout: post\ndate: {date}\ninline: true\n---\n\n"
            f"Seminar number {n} on lattices.\n",
            encoding="utf-8",
        )
    return tmp_path


def run(site: Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, ["list", "--json", "--content", str(site), "--now", NOW])
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )  # a traceback, not a message
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("2023-04-31", "2023-05-01"),  # April has 30 days
        ("2022-02-29", "2022-03-01"),  # not a leap year
        ("2021-06-31 14:00:00", "2021-07-01"),  # with a time
        ("2024-02-30", "2024-03-01"),  # a leap year has 29
    ],
)
def test_a_day_past_the_months_end_rolls_into_the_next_month(
    tmp_path: Path, written: str, shown: str
) -> None:
    code, out, err = run(site_with(tmp_path, ["2024-01-05", written]))
    assert code == 0, err
    assert "Traceback" not in err
    dates = sorted((item["start"] or "")[:10] for item in json.loads(out))
    assert dates == sorted(["2024-01-05", shown])


def test_a_month_that_does_not_exist_is_reported_not_a_traceback(tmp_path: Path) -> None:
    code, out, err = run(site_with(tmp_path, ["2024-01-05", "2023-13-02"]))
    assert "Traceback" not in err
    assert code == 0, err
    titles = [item["title"] for item in json.loads(out)]
    assert any("Seminar number 1" in t for t in titles), titles
