"""Dates with the month in Roman numerals (``12.IV.2024``, ``12 IV 2024``, ``IV 2024``), as
Polish, Czech, Italian and Russian academics write them, in news tables, lists and
paragraphs; and a row of a news table left undated is said, never dropped in silence."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_run import feeds


def listed(folder: Path, body: str):
    page = folder / "news.md"
    page.write_text(f"## News\n\n{body}", encoding="utf-8")
    ran = feeds("list", "--json", "--now", "2024-12-01", "--content", str(page))
    assert ran.returncode == 0, ran.stderr
    return json.loads(ran.stdout), ran.stderr


@pytest.mark.parametrize(
    ("written", "start", "precision"),
    [
        ("12.IV.2024", "2024-04-12", "day"),
        ("12. IV. 2024", "2024-04-12", "day"),
        ("12 IV 2024", "2024-04-12", "day"),
        ("3-XI-2023", "2023-11-03", "day"),
        ("1/IX/2022", "2022-09-01", "day"),
        ("05.XII.2021", "2021-12-05", "day"),
        ("IV 2024", "2024-04", "month"),
        ("IV.2024", "2024-04", "month"),
        ("II 2024", "2024-02", "month"),
        ("VIII 2020", "2020-08", "month"),
        ("I 2019", "2019-01", "month"),
        ("X.2023", "2023-10", "month"),
    ],
)
@pytest.mark.parametrize("layout", ["md_table", "html_table", "bullet", "trailing"])
def test_a_roman_month_dates_the_item(tmp_path, written, start, precision, layout):
    body = {
        "md_table": f"| Date | News |\n| --- | --- |\n| {written} | Gave a seminar on toys. |\n",
        "html_table": f"<table>\n<tr><td>{written}</td><td>Gave a seminar on toys.</td></tr>\n"
        "</table>\n",
        "bullet": f"- **{written}**: Gave a seminar on toys.\n",
        "trailing": f"- Gave a seminar on toys ({written}).\n",
    }[layout]
    (item,), _ = listed(tmp_path, body)
    assert (item["start"], item["end"], item["precision"]) == (start, None, precision)
    assert item["title"].startswith("Gave a seminar on toys")
    assert written not in item["title"]


@pytest.mark.parametrize(
    "written",
    ["31.II.2024", "12.iv.2024", "XIII 2024", "12.IIII.2024", "IVX 2024", "12.XL.2024"],
)
def test_no_month_no_date(tmp_path, written):
    """Not a month (31 February, lower case, XIII, no numeral): the row stays undated."""
    found, said = listed(tmp_path, f"| Date | News |\n| --- | --- |\n| {written} | A seminar. |\n"
                         "| 2024-01-05 | Another seminar. |\n")  # fmt: skip
    assert [i["start"] for i in found] == ["2024-01-05"]
    assert "news.md:5: warning: news table row has no date; not published" in said


@pytest.mark.parametrize(
    "table",
    [
        "| When | What |\n| --- | --- |\n| soon | A seminar. |\n| 2024-01-05 | A talk. |\n",
        "<table>\n<tr><td>soon</td><td>A seminar.</td></tr>\n"
        "<tr><td>2024-01-05</td><td>A talk.</td></tr>\n</table>\n",
        "| | |\n| --- | --- |\n| A seminar, some day. | |\n| 2024-01-05 | A talk. |\n",
    ],
)
def test_an_undated_row_of_a_news_table_is_said(tmp_path, table):
    found, said = listed(tmp_path, table)
    assert [i["start"] for i in found] == ["2024-01-05"]
    warned = [line for line in said.splitlines() if "has no date" in line]
    assert len(warned) == 1 and "news.md:" in warned[0] and "table row" in warned[0], said
