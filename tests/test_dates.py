"""The date grammar, rule by rule (feeds/parse/dates)."""

from __future__ import annotations

import datetime as dt

import pytest

from feeds.parse.dates import match_prefix, match_suffix, parse_date

D = dt.date

CASES = [
    # text, start, end, precision, ranged
    ("Nov 18, 2022", D(2022, 11, 18), D(2022, 11, 18), "day", False),
    ("Oct 26 2021", D(2021, 10, 26), D(2021, 10, 26), "day", False),
    ("Jul 5, 2021", D(2021, 7, 5), D(2021, 7, 5), "day", False),
    ("Jan 15--19, 2023", D(2023, 1, 15), D(2023, 1, 19), "day", True),
    ("Oct 31--Nov 03, 2021", D(2021, 10, 31), D(2021, 11, 3), "day", True),
    ("Dec 30--Jan 2, 2023", D(2022, 12, 30), D(2023, 1, 2), "day", True),
    ("Dec 30, 2022 -- Jan 2, 2023", D(2022, 12, 30), D(2023, 1, 2), "day", True),
    ("Mar 26-27, 2022", D(2022, 3, 26), D(2022, 3, 27), "day", True),
    ("Mar 26–27, 2022", D(2022, 3, 26), D(2022, 3, 27), "day", True),
    ("Mar 26 — 27, 2022", D(2022, 3, 26), D(2022, 3, 27), "day", True),
    ("September 5, 2022", D(2022, 9, 5), D(2022, 9, 5), "day", False),
    ("Sept 5, 2022", D(2022, 9, 5), D(2022, 9, 5), "day", False),
    ("Sept. 5th, 2022", D(2022, 9, 5), D(2022, 9, 5), "day", False),
    ("Friday, Nov 18, 2022", D(2022, 11, 18), D(2022, 11, 18), "day", False),
    ("18 Nov 2022", D(2022, 11, 18), D(2022, 11, 18), "day", False),
    ("15-19 January 2023", D(2023, 1, 15), D(2023, 1, 19), "day", True),
    ("31 Oct -- 3 Nov 2021", D(2021, 10, 31), D(2021, 11, 3), "day", True),
    ("2022-11-18", D(2022, 11, 18), D(2022, 11, 18), "day", False),
    ("2022/11/18", D(2022, 11, 18), D(2022, 11, 18), "day", False),
    ("2022-11-18--2022-11-20", D(2022, 11, 18), D(2022, 11, 20), "day", True),
    ("2023-10-09/13", D(2023, 10, 9), D(2023, 10, 13), "day", True),
    ("2023年5月20日", D(2023, 5, 20), D(2023, 5, 20), "day", False),
    ("2023年5月", D(2023, 5, 1), D(2023, 5, 31), "month", False),
    ("2022-11", D(2022, 11, 1), D(2022, 11, 30), "month", False),
    ("Aug, 2022", D(2022, 8, 1), D(2022, 8, 31), "month", False),
    ("August 2022", D(2022, 8, 1), D(2022, 8, 31), "month", False),
    ("Feb, 2024", D(2024, 2, 1), D(2024, 2, 29), "month", False),
    ("Jul--Aug 2022", D(2022, 7, 1), D(2022, 8, 31), "month", True),
    ("Fall 2022", D(2022, 9, 1), D(2022, 11, 30), "year", False),  # a season: its year
    ("11/18/2022", D(2022, 11, 18), D(2022, 11, 18), "day", False),
    ("18/11/2022", D(2022, 11, 18), D(2022, 11, 18), "day", False),
    ("18.11.2022", D(2022, 11, 18), D(2022, 11, 18), "day", False),
    ("09/2022", D(2022, 9, 1), D(2022, 9, 30), "month", False),
    ("2022.09", D(2022, 9, 1), D(2022, 9, 30), "month", False),
    ("Nov. 18, 2022", D(2022, 11, 18), D(2022, 11, 18), "day", False),
    ("2020", D(2020, 1, 1), D(2020, 12, 31), "year", False),
    ("2016 -- 2019", D(2016, 1, 1), D(2019, 12, 31), "year", True),
]


@pytest.mark.parametrize(("text", "start", "end", "precision", "ranged"), CASES)
def test_date_forms(text, start, end, precision, ranged):
    span = parse_date(text)
    assert span is not None, text
    assert (span.start, span.end, span.precision.value, span.ranged) == (
        start,
        end,
        precision,
        ranged,
    )


@pytest.mark.parametrize(
    "text",
    [
        "Feb 30, 2022",
        "Nov 31, 2022",
        "2022-13-01",
        "hello",
        "",
        "Nov 18",
        "18, 2022 and more text",
        "2022-11-18--17",
    ],
)
def test_not_dates(text):
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("Nov 18, 2022, 3:30pm", dt.time(15, 30), None),
        ("Nov 18, 2022, 15:30", dt.time(15, 30), None),
        ("Nov 18, 2022, 3:30--4:45pm", dt.time(15, 30), dt.time(16, 45)),
        ("Nov 18, 2022 at 3pm CT", dt.time(15), None),
        ("2022-11-18 10:00-11:30", dt.time(10), dt.time(11, 30)),
    ],
)
def test_times_of_day(text, start, end):
    span = parse_date(text)
    assert span is not None and (span.start_time, span.end_time) == (start, end)


def test_suffix_splits_what_precedes_the_date():
    text = "Purdue University, West Lafayette, Mar 26--27, 2022"
    found = match_suffix(text)
    assert found is not None and text[: found.start] == "Purdue University, West Lafayette, "
    assert found.span.start == D(2022, 3, 26)


def test_prefix_needs_a_delimiter():
    assert match_prefix("[Nov 2022] Talk at X").span.start == D(2022, 11, 1)
    assert match_prefix("2022-11-18: paper accepted").span.start == D(2022, 11, 18)
    assert match_prefix("2021 AAAI New Faculty Highlights") is None


def test_precision_cuts_iso():
    assert parse_date("Aug, 2022").start_iso == "2022-08"
    assert parse_date("2020").start_iso == "2020"
    assert parse_date("Jan 15--19, 2023").end_iso == "2023-01-19"
    assert parse_date("Nov 18, 2022").end_iso is None


# Issue 8 §3: other languages, two-digit years, Korean. Expected values from the text.
MORE_FORMS = [
    # Spanish
    ("12 de marzo de 2024", D(2024, 3, 12), D(2024, 3, 12), "day", False),
    ("marzo de 2024", D(2024, 3, 1), D(2024, 3, 31), "month", False),
    ("marzo 2024", D(2024, 3, 1), D(2024, 3, 31), "month", False),
    ("del 4 al 6 de junio de 2023", D(2023, 6, 4), D(2023, 6, 6), "day", True),
    ("4 y 5 de diciembre de 2022", D(2022, 12, 4), D(2022, 12, 5), "day", True),
    ("1º de enero de 2021", D(2021, 1, 1), D(2021, 1, 1), "day", False),
    # French
    ("du 4 au 6 juin 2023", D(2023, 6, 4), D(2023, 6, 6), "day", True),
    ("du 30 mai au 2 juin 2023", D(2023, 5, 30), D(2023, 6, 2), "day", True),
    ("juin 2023", D(2023, 6, 1), D(2023, 6, 30), "month", False),
    ("1er février 2022", D(2022, 2, 1), D(2022, 2, 1), "day", False),
    ("15 août 2023", D(2023, 8, 15), D(2023, 8, 15), "day", False),
    ("3 decembre 2019", D(2019, 12, 3), D(2019, 12, 3), "day", False),
    # German
    ("12. Mai 2023", D(2023, 5, 12), D(2023, 5, 12), "day", False),
    ("Mai 2023", D(2023, 5, 1), D(2023, 5, 31), "month", False),
    ("vom 4. bis 6. Juni 2023", D(2023, 6, 4), D(2023, 6, 6), "day", True),
    ("12. März 2023", D(2023, 3, 12), D(2023, 3, 12), "day", False),
    ("1. Oktober 2020", D(2020, 10, 1), D(2020, 10, 1), "day", False),
    # Portuguese
    ("3 de outubro de 2022", D(2022, 10, 3), D(2022, 10, 3), "day", False),
    ("de 4 a 6 de junho de 2023", D(2023, 6, 4), D(2023, 6, 6), "day", True),
    ("setembro de 2022", D(2022, 9, 1), D(2022, 9, 30), "month", False),
    ("12 de março de 2024", D(2024, 3, 12), D(2024, 3, 12), "day", False),
    # Italian
    ("12 ottobre 2023", D(2023, 10, 12), D(2023, 10, 12), "day", False),
    ("dal 4 al 6 giugno 2023", D(2023, 6, 4), D(2023, 6, 6), "day", True),
    ("gennaio 2024", D(2024, 1, 1), D(2024, 1, 31), "month", False),
    # Two-digit years: 00-68 are 20xx, 69-99 are 19xx
    ("10/26/17", D(2017, 10, 26), D(2017, 10, 26), "day", False),
    ("26/10/17", D(2017, 10, 26), D(2017, 10, 26), "day", False),
    ("26.10.17", D(2017, 10, 26), D(2017, 10, 26), "day", False),
    ("1/2/03", D(2003, 1, 2), D(2003, 1, 2), "day", False),
    ("12/31/68", D(2068, 12, 31), D(2068, 12, 31), "day", False),
    ("3/4/69", D(1969, 3, 4), D(1969, 3, 4), "day", False),
    ("12/31/99", D(1999, 12, 31), D(1999, 12, 31), "day", False),
    # Chinese, Japanese, Korean
    ("2024年11月", D(2024, 11, 1), D(2024, 11, 30), "month", False),
    ("2024年11月18日", D(2024, 11, 18), D(2024, 11, 18), "day", False),
    ("2024年11月18日-20日", D(2024, 11, 18), D(2024, 11, 20), "day", True),
    ("2024년 11월 18일", D(2024, 11, 18), D(2024, 11, 18), "day", False),
    ("2024년 11월", D(2024, 11, 1), D(2024, 11, 30), "month", False),
    ("2024. 11. 18.", D(2024, 11, 18), D(2024, 11, 18), "day", False),
    ("2024.11.18", D(2024, 11, 18), D(2024, 11, 18), "day", False),
    # acad-homepage forms
    ("2024.05", D(2024, 5, 1), D(2024, 5, 31), "month", False),
    ("2024.05.18", D(2024, 5, 18), D(2024, 5, 18), "day", False),
    ("05/2024", D(2024, 5, 1), D(2024, 5, 31), "month", False),
    ("2025/01", D(2025, 1, 1), D(2025, 1, 31), "month", False),
    # Month and year with a dot (Hugo Academic news), year before month, month'YY
    ("04.2023", D(2023, 4, 1), D(2023, 4, 30), "month", False),
    ("11.2019", D(2019, 11, 1), D(2019, 11, 30), "month", False),
    ("2024 Oct", D(2024, 10, 1), D(2024, 10, 31), "month", False),
    ("2023 Sept", D(2023, 9, 1), D(2023, 9, 30), "month", False),
    ("2022 February", D(2022, 2, 1), D(2022, 2, 28), "month", False),
    ("Nov'16", D(2016, 11, 1), D(2016, 11, 30), "month", False),
    ("August '21", D(2021, 8, 1), D(2021, 8, 31), "month", False),
    ("Sept. ’99", D(1999, 9, 1), D(1999, 9, 30), "month", False),
]


@pytest.mark.parametrize(("text", "start", "end", "precision", "ranged"), MORE_FORMS)
def test_more_date_forms(text, start, end, precision, ranged):
    span = parse_date(text)
    assert span is not None, text
    got = (span.start, span.end, span.precision.value, span.ranged)
    assert got == (start, end, precision, ranged)


@pytest.mark.parametrize(
    "text",
    [
        "1.2.17",
        "13/13/17",
        "v1.2.17",
        "32/10/17",
        "Sold out 2023",
        "set 2022",
        "de 2024",
        "13.2023",
        "4.2023",
        "00.2023",
        "2023 May 2024",
        "CVPR'18",
        "2024 set",
    ],  # fmt: skip
)
def test_more_not_dates(text):
    assert parse_date(text) is None


@pytest.mark.parametrize(
    ("text", "year", "start", "end"),
    [
        ("Dec 30--Jan 2", 2023, D(2023, 12, 30), D(2024, 1, 2)),
        ("du 4 au 6 juin", 2023, D(2023, 6, 4), D(2023, 6, 6)),
        ("12 de marzo", 2024, D(2024, 3, 12), D(2024, 3, 12)),
    ],
)
def test_yearless_forms_take_the_heading_year(text, year, start, end):
    span = parse_date(text, year)
    assert span is not None and (span.start, span.end) == (start, end)


def test_a_bare_month_is_english_only():
    # "Mars" / "Mai" alone are more often a planet or a name than a month.
    assert match_prefix("Mars: rover news", 2021) is None
    assert match_prefix("Mai: a student joined", 2021) is None
    assert match_prefix("March: talk", 2021).span.start == D(2021, 3, 1)


@pytest.mark.parametrize(
    ("text", "start", "precision"),
    [
        ("*2024.05*: paper accepted", D(2024, 5, 1), "month"),
        ("[2024.05] paper accepted", D(2024, 5, 1), "month"),
        ("2024.05.18 paper accepted", D(2024, 5, 18), "day"),
        ("🔥 [2025/01] paper accepted", D(2025, 1, 1), "month"),
        ("2024. 11. 18. 논문 게재", D(2024, 11, 18), "day"),
        ("[10/26/17] talk", D(2017, 10, 26), "day"),
        ("**(04.2023)** joined a lab", D(2023, 4, 1), "month"),
        ("2024 Oct: paper accepted", D(2024, 10, 1), "month"),
        ("Nov'16. Paper accepted", D(2016, 11, 1), "month"),
        ("Aug'21, gave a talk", D(2021, 8, 1), "month"),
        ("October 2016. Two papers accepted", D(2016, 10, 1), "month"),
        ("Oct 3, 2016, gave a talk", D(2016, 10, 3), "day"),
    ],
)
def test_leading_forms(text, start, precision):
    found = match_prefix(text)
    assert found is not None and (found.span.start, found.span.precision.value) == (
        start,
        precision,
    )


@pytest.mark.parametrize(
    "text",
    ["2019, a year of change", "2019. A year", "May. We met", "2021 ICML area chair"],
)
def test_a_bare_year_or_month_before_a_stop_is_no_leading_date(text):
    assert match_prefix(text) is None


def test_suffix_skips_trailing_spaces_dots_and_bangs():
    text = "Talk at X, Nov 18, 2022"
    found = match_suffix(text + " . !" * 60 + ".\u3000\n")  # longer than the window
    assert found is not None and (found.start, found.end) == (11, len(text))
    assert found.span.start == D(2022, 11, 18)
