"""Semesters and quarters as dates (issue 8): a German semester (``SS 2024``, ``SoSe 2024``,
``WS 2023/24``, ``WiSe 23/24``, ``Wintersemester 2023/24``) dates an item to the year it
starts in, as a season does (year precision); a quarter (``Q3 2024``, ``2024 Q1``,
``Q2/2024``) is its three months (month precision). Seasons in other languages (``verano
de 2024``, ``Sommersemester 2024``) are their year, as before. Pages in our own words,
read back from ``feeds list --json`` with ``json``.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from feeds.model import DateSpan, Precision
from feeds.parse.dates import parse_date

from .cli_run import feeds

TITLE = "Lecture on looms"

# (the entry; expected: title, start, end, precision)
ROWS = [
    (f"SS 2024: {TITLE}", (TITLE, "2024", None, "year")),
    (f"SoSe 2024: {TITLE}", (TITLE, "2024", None, "year")),
    (f"SoSe24: {TITLE}", (TITLE, "2024", None, "year")),
    (f"WS 2023/24: {TITLE}", (TITLE, "2023", None, "year")),
    (f"WS 2023/2024: {TITLE}", (TITLE, "2023", None, "year")),
    (f"WiSe 23/24: {TITLE}", (TITLE, "2023", None, "year")),
    (f"WS 2023: {TITLE}", (TITLE, "2023", None, "year")),
    (f"{TITLE} (WS 2023/24)", (TITLE, "2023", None, "year")),
    (f"Wintersemester 2023/24: {TITLE}", (TITLE, "2023", None, "year")),
    (f"Sommersemester 2024: {TITLE}", (TITLE, "2024", None, "year")),
    (f"verano de 2024: {TITLE}", (TITLE, "2024", None, "year")),
    (f"Q3 2024: {TITLE}", (TITLE, "2024-07", "2024-09", "month")),
    (f"2024 Q1: {TITLE}", (TITLE, "2024-01", "2024-03", "month")),
    (f"Q2/2024: {TITLE}", (TITLE, "2024-04", "2024-06", "month")),
    (f"2023-Q4: {TITLE}", (TITLE, "2023-10", "2023-12", "month")),
    (f"{TITLE} (Q4 2023)", (TITLE, "2023-10", "2023-12", "month")),
]

# Not dates: a quarter that is none, a summer semester across two years, years that do
# not follow each other, lower-case letters (words, not the abbreviations).
UNDATED = [
    f"Q5 2024: {TITLE}",
    f"SS 2023/24: {TITLE}",
    f"SoSe 2023/24: {TITLE}",
    f"WS 2023/25: {TITLE}",
    f"ws 2023/24: {TITLE}",
]


def _listed(tmp_path, entry: str) -> list[dict]:
    page = tmp_path / "index.md"
    page.write_text(f"# Ada\n\n## News\n\n- {entry}\n\n## Teaching\n\nNone.\n", encoding="utf-8")
    ran = feeds("list", "--json", "--now", "2026-11-27", "--content", str(page))
    assert ran.returncode == 0, ran.stderr
    return json.loads(ran.stdout)


@pytest.mark.parametrize(("entry", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_semesters_and_quarters(tmp_path, entry, expected):
    (item,) = _listed(tmp_path, entry)
    assert (item["title"], item["start"], item["end"], item["precision"]) == expected


@pytest.mark.parametrize("entry", UNDATED)
def test_what_is_no_semester_or_quarter(tmp_path, entry):
    (item,) = _listed(tmp_path, entry)
    assert item["start"] is None


@pytest.mark.parametrize(
    ("entry", "published"),
    [
        (f"SS 2024: {TITLE}", "2024-04-01T00:00:00+00:00"),  # April to September
        (f"WS 2023/24: {TITLE}", "2023-10-01T00:00:00+00:00"),  # October to March
        (f"Q3 2024: {TITLE}", "2024-07-01T00:00:00+00:00"),
    ],
)
def test_where_they_start(tmp_path, entry, published):
    page = tmp_path / "index.md"
    page.write_text(f"# Ada\n\n## News\n\n- {entry}\n", encoding="utf-8")
    out = tmp_path / "out"
    ran = feeds(
        "build", "--content", str(page), "--out", str(out), "--now", "2026-11-27",
        "--site-url", "https://ada.example.org/",
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    (item,) = json.loads((out / "feed.json").read_text(encoding="utf-8"))["items"]
    assert item["date_published"] == published


# The whole span each form stands for (in-process: its first and last day, its precision,
# whether it is a range the author wrote).
SPANS = [
    ("SS 2024", DateSpan(dt.date(2024, 4, 1), dt.date(2024, 9, 30), Precision.YEAR, False)),
    ("WS 2023/24", DateSpan(dt.date(2023, 10, 1), dt.date(2024, 3, 31), Precision.YEAR, False)),
    ("Q3 2024", DateSpan(dt.date(2024, 7, 1), dt.date(2024, 9, 30), Precision.MONTH, True)),
]


@pytest.mark.parametrize(("text", "expected"), SPANS, ids=[r[0] for r in SPANS])
def test_their_spans(text, expected):
    said = parse_date(text)
    assert said == expected
    assert said.ranged is expected.ranged
