"""The date rules no mutation run had reached (issue 14, session 19): dotted dates, a day
and month by slash or dots, a month and a two-digit year opening an item, ranges of
numeric months, CJK dates without a year, venue tags and a page's reading of numeric
dates. A text in, the date (start, end, precision, ranged) out, through the entry points
the parser uses (``parse_date``, ``match_prefix``, ``match_suffix``), each at its limits.

Every expectation is written here from the text.
"""

from __future__ import annotations

import datetime as dt

import pytest

from feeds.parse.dates import match_prefix, match_suffix, parse_date
from feeds.parse.dates.reading import page_reading, reading
from feeds.parse.dates.venue_tag import venue_year

D = dt.date


def spans(found) -> tuple | None:
    if found is None:
        return None
    return (found.start, found.end, found.precision.value, found.ranged)


def day(y: int, m: int, d: int) -> tuple:
    return (D(y, m, d), D(y, m, d), "day", False)


def month(y: int, m: int, last: int) -> tuple:
    return (D(y, m, 1), D(y, m, last), "month", False)


def months(y1: int, m1: int, y2: int, m2: int, last: int) -> tuple:
    return (D(y1, m1, 1), D(y2, m2, last), "month", True)


def days(y1: int, m1: int, d1: int, y2: int, m2: int, d2: int) -> tuple:
    return (D(y1, m1, d1), D(y2, m2, d2), "day", True)


# Dated with their own year: text → date, or None for no date.
WITH_YEAR = [
    # ranges of numeric months
    ("2024.08-09", months(2024, 8, 2024, 9, 30)),
    ("2024.01-12", months(2024, 1, 2024, 12, 31)),
    ("2024.1-2", months(2024, 1, 2024, 2, 29)),
    ("2023/02-03", months(2023, 2, 2023, 3, 31)),
    ("2024.00-03", None),
    ("2024.01-13", None),
    ("2024.11-12", months(2024, 11, 2024, 12, 31)),
    ("2024.12-2025.01", months(2024, 12, 2025, 1, 31)),
    ("2024.02-2025.02", months(2024, 2, 2025, 2, 28)),
    ("2024.11-2025.00", None),
    ("2024.13-2025.01", None),
    ("2024.12-2024.12", None),
    ("2024.11-2024.10", None),
    ("2024.11-2023.12", None),
    ("2024-08 – 2024-09", months(2024, 8, 2024, 9, 30)),
    ("2024-12 – 2025-01", months(2024, 12, 2025, 1, 31)),
    ("2024-01 – 2024-12", months(2024, 1, 2024, 12, 31)),
    ("2024-00 – 2024-09", None),
    ("2024-01 – 2024-13", None),
    ("2024-08 – 2024-08", None),
    ("2024-08 – 2023-09", None),
]


@pytest.mark.parametrize(("text", "want"), WITH_YEAR)
def test_dates_with_their_year(text: str, want: tuple | None) -> None:
    assert spans(parse_date(text)) == want
    assert spans(parse_date(text, 2020)) == want  # a heading's year changes nothing


# Dotted dates closed by a full stop (Korean pages) opening an item: ending a text, the
# last dot is read as the sentence's and the date as ISO (``2024.11.18``).
DOTTED = [
    ("2024.11.18. Talk at MIT", day(2024, 11, 18)),
    ("2024.11.1. Talk at MIT", day(2024, 11, 1)),
    ("2024.11.30. Talk at MIT", day(2024, 11, 30)),
    ("2024.2.29. Talk at MIT", day(2024, 2, 29)),
    ("2023.2.29. Talk at MIT", None),
    ("2024.11.31. Talk at MIT", None),
    ("2024.11. Talk at MIT", month(2024, 11, 30)),
    ("2024.1. Talk at MIT", month(2024, 1, 31)),
    ("2024.01. Talk at MIT", month(2024, 1, 31)),
    ("2024.12. Talk at MIT", month(2024, 12, 31)),
    ("2024.2. Talk at MIT", month(2024, 2, 29)),
    ("2023.2. Talk at MIT", month(2023, 2, 28)),
    ("2024.0. Talk at MIT", None),
    ("2024.13. Talk at MIT", None),
]


@pytest.mark.parametrize(("text", "want"), DOTTED)
def test_dotted_dates_opening_an_item(text: str, want: tuple | None) -> None:
    found = match_prefix(text)
    assert spans(found and found.span) == want
    assert found is None or (found.start, found.end) == (0, text.index("Talk"))


# A day and a month by dots (German) or a slash, day first, opening an item under a
# heading that gives the year: (text, year) → date, where it ends.
DAY_MONTH = [
    ("27.09. Talk", 2024, day(2024, 9, 27), 7),
    ("3.12. Talk", 2024, day(2024, 12, 3), 6),
    ("1.1. Talk", 2023, day(2023, 1, 1), 5),
    ("12.9. Talk", 2024, day(2024, 9, 12), 6),
    ("27.09 Talk", 2024, day(2024, 9, 27), 6),
    ("13.12 Talk", 2024, day(2024, 12, 13), 6),
    ("31.01 Talk", 2024, day(2024, 1, 31), 6),
    ("27/09 Talk", 2024, day(2024, 9, 27), 6),
    ("27/9 Talk", 2024, day(2024, 9, 27), 5),
    ("31.04. Talk", 2024, None, 0),
    ("29.02. Talk", 2023, None, 0),
    ("29.02. Talk", 2024, day(2024, 2, 29), 7),
]


@pytest.mark.parametrize(("text", "year", "want", "end"), DAY_MONTH)
def test_a_day_and_month_by_dots_or_slash(text: str, year: int, want, end: int) -> None:
    found = match_prefix(text, year)
    assert spans(found and found.span) == want
    assert found is None or (found.start, found.end) == (0, end)
    assert match_prefix(text) is None  # no year: no date


# Without a year of their own: (text, the heading's year) → date.
YEARLESS = [
    # CJK: month and day, ranges, a month alone
    ("6月26日", 2024, day(2024, 6, 26)),
    ("6 月 26 日", 2023, day(2023, 6, 26)),
    ("11월 18일", 2024, day(2024, 11, 18)),
    ("2月29日", 2024, day(2024, 2, 29)),
    ("2月29日", 2023, None),
    ("10 月 10-12 日", 2024, days(2024, 10, 10, 2024, 10, 12)),
    ("10月31日至11月2日", 2024, days(2024, 10, 31, 2024, 11, 2)),
    ("10月10日至10月12日", 2024, days(2024, 10, 10, 2024, 10, 12)),
    ("12月30日至1月2日", 2024, days(2024, 12, 30, 2025, 1, 2)),
    ("2月28日-3月1日", 2023, days(2023, 2, 28, 2023, 3, 1)),
    ("1月5-3日", 2024, None),
    ("6 月", 2024, month(2024, 6, 30)),
    ("2月", 2023, month(2023, 2, 28)),
    ("12月", 2024, month(2024, 12, 31)),
]


@pytest.mark.parametrize(("text", "year", "want"), YEARLESS)
def test_dates_without_a_year(text: str, year: int, want: tuple | None) -> None:
    assert spans(parse_date(text, year)) == want
    assert parse_date(text) is None  # no year: no date


# A day and month by slash opening an item, read as the page reads numeric dates.
SLASHED = [
    # text, day first?, date (year 2024)
    ("**12/3:** Talk at MIT", False, day(2024, 12, 3)),
    ("**12/3:** Talk at MIT", True, day(2024, 3, 12)),
    ("[4/5] Talk at MIT", False, day(2024, 4, 5)),
    ("[4/5] Talk at MIT", True, day(2024, 5, 4)),
    ("2/30 - Talk at MIT", False, None),
    ("30/2 - Talk at MIT", True, None),
]


@pytest.mark.parametrize(("text", "first", "want"), SLASHED)
def test_a_slashed_day_and_month_opening_an_item(text: str, first: bool, want) -> None:
    with reading(first):
        found = match_prefix(text, 2024)
        assert spans(found and found.span) == want
        assert spans(parse_date(text[: text.index(" ")].strip("*[]:"), 2024)) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("We scored 3/4", None),  # a number ending a sentence
        ("We scored: 3/4", None),
        ("X 3/4", None),  # a word of one letter too
        ("3/4", day(2024, 3, 4)),  # alone it is a date
        ("(3/4", day(2024, 3, 4)),
        ("[3/4", day(2024, 3, 4)),
        (" \t3/4", day(2024, 3, 4)),
        ("(*3/4", None),  # "*" cannot stand before a date ending a text
    ],
)
def test_a_slashed_day_and_month_ending_a_text_only_alone(text: str, want) -> None:
    with reading(False):
        found = match_suffix(text, 2024)
    assert spans(found and found.span) == want


# A month and a two-digit year opening an item when no heading gives the year.
LEADING = [
    ("05/25 One paper accepted", month(2025, 5, 31), 6),
    ("10/24: Tutorial at X", month(2024, 10, 31), 7),
    ("12/99: An old item", month(1999, 12, 31), 7),
    ("02/24 Talk at MIT", month(2024, 2, 29), 6),
    ("02/23 Talk at MIT", month(2023, 2, 28), 6),
    ("01/00 Talk at MIT", month(2000, 1, 31), 6),
]


@pytest.mark.parametrize(("text", "want", "end"), LEADING)
def test_a_month_and_a_short_year_open_an_item(text: str, want: tuple, end: int) -> None:
    found = match_prefix(text)
    assert found is not None and spans(found.span) == want
    assert (found.start, found.end) == (0, end)


@pytest.mark.parametrize(
    ("body", "year"),
    [
        ("SEG. 2025", 2025),
        ("NeurIPS'24", 2024),
        ("ICML’24", 2024),
        ("ICLR '99", 1999),
        ("AB 2025", 2025),
        ("aa bb cc dd ee 2025", 2025),  # six words
        ("aa bb cc dd ee ff 2025", None),  # seven
        ("X 2025", None),  # no word of two letters
        ("2025", None),
        ("ICML 2024 2025", None),  # two years
        ("ICML", None),
        ("May 2025", None),
        ("MAY 2025", None),
        ("ICML Fall 2024", None),
        ("spring 2024", None),
    ],
)
def test_the_year_of_a_venue_tag(body: str, year: int | None) -> None:
    assert venue_year(body) == year


MOOT = None
US = (False, "no date on the page needs day first")


def only(date: str) -> tuple[bool, str]:
    return (True, f"'{date}' can only be day first")


@pytest.mark.parametrize(
    ("texts", "language", "want"),
    [
        (["11/12/2020"], "en", US),
        (["11/12/2020"], "", US),
        (["11/12/2020"], " EN ", US),
        (["11/12/2020"], "en_US", US),
        (["11/12/2020"], "en-ca", US),
        (["11/12/2020"], "de", (True, "the site's language is 'de'")),
        (["11/12/2020"], "en_GB", (True, "the site's language is 'en_GB'")),
        (["12/12/2020", "1/1/2020"], "en", US),
        (["12/5/2020"], "en", US),  # a day or month of 12 is ambiguous
        (["5/1/2020"], "en", US),  # and one of 1
        (["5/13/2020"], "en", MOOT),  # month first only
        (["20/05/2020"], "en", MOOT),  # no ambiguous date
        (["3.5 million", "5/0/2020", "0/5/2020"], "en", MOOT),
        (["13/0/2020", "13/13/2020", "32/12/2020", "1/2/2020"], "en", US),
        (
            ["1/12/2020", "31/12/2020", "25/01/2021"],
            "en",
            only("31/12/2020"),
        ),
        (["1/2/2020", "13/1/2020"], "en", only("13/1/2020")),
        (
            ["1/2/2020 and 18/11/2020 and 19/11/2020"],
            "en",
            only("18/11/2020"),
        ),
        (["**18.11.** Talk", "05.03 Talk"], "en", only("18.11.")),
        (["1/2/2020", " \t*[(18/11: Talk"], "en", only("18/11")),
        (["1/2/2020", "(18.11 Talk"], "en", only("18.11")),
        (["05.03 Talk"], "en", US),
        (["5.3. Talk"], "de", (True, "the site's language is 'de'")),
    ],
)
def test_a_pages_reading_of_numeric_dates(texts: list[str], language: str, want) -> None:
    assert page_reading(texts, language) == want
