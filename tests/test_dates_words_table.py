"""Every month name of every language, and the range words, written in a date.

The expectations are written out here from the calendar (not read from
``feeds/parse/dates/words.py``): a spelling dropped from, misspelt in or moved within
the table, or a broken name matcher, fails here.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

import pytest

from feeds.parse.dates import parse_date

D = dt.date

# Each month's spellings as an author may write them, per language, month 1 to 12.
SPELLINGS = {
    "en": [
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
        ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
        ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
        ("december", "dec"),
    ],
    "es": [
        ("enero", "ene"), ("febrero",), ("marzo",), ("abril", "abr"), ("mayo",),
        ("junio",), ("julio",), ("agosto",), ("septiembre", "setiembre"), ("octubre",),
        ("noviembre",), ("diciembre", "dic"),
    ],
    "fr": [
        ("janvier", "janv"), ("février", "fevrier", "févr", "fevr"), ("mars",),
        ("avril", "avr"), ("mai",), ("juin",), ("juillet", "juil"), ("août", "aout"),
        ("septembre",), ("octobre",), ("novembre",), ("décembre", "decembre", "déc"),
    ],
    "de": [
        ("januar", "jänner", "jaenner"), ("februar",), ("märz", "maerz", "marz", "mär"),
        ("april",), ("mai",), ("juni",), ("juli",), ("august",), ("september",),
        ("oktober", "okt"), ("november",), ("dezember", "dez"),
    ],
    "pt": [
        ("janeiro",), ("fevereiro", "fev"), ("março", "marco"), ("abril",), ("maio",),
        ("junho",), ("julho",), ("agosto",), ("setembro",), ("outubro",), ("novembro",),
        ("dezembro",),
    ],
    "it": [
        ("gennaio",), ("febbraio",), ("marzo",), ("aprile",), ("maggio",), ("giugno", "giu"),
        ("luglio", "lug"), ("agosto",), ("settembre", "sett"), ("ottobre", "ott"),
        ("novembre",), ("dicembre",),
    ],
}  # fmt: skip

# (language, month, spelling) for every spelling above.
NAMES = [
    (lang, number, spelling)
    for lang, months in SPELLINGS.items()
    for number, spellings in enumerate(months, start=1)
    for spelling in spellings
]
LAST_DAY_2023 = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _id(case: tuple[str, int, str]) -> str:
    """An ASCII test id (``fr-2-fevr``): mutmut names tests on a command line."""
    ascii_name = unicodedata.normalize("NFKD", case[2]).encode("ascii", "ignore").decode()
    return f"{case[0]}-{case[1]}-{ascii_name}-{case[2].isascii()}"


@pytest.mark.parametrize("case", NAMES, ids=_id)
def test_every_month_name_in_a_day_month_year(case):
    lang, month, name = case
    for written in (name, name.capitalize(), name.upper()):
        span = parse_date(f"14 {written} 2023")
        assert span is not None, written
        assert (span.start, span.end, span.precision.value) == (
            D(2023, month, 14),
            D(2023, month, 14),
            "day",
        ), written


@pytest.mark.parametrize("case", NAMES, ids=_id)
def test_every_month_name_in_a_month_year(case):
    lang, month, name = case
    span = parse_date(f"{name.capitalize()} 2023")
    assert span is not None, name
    assert (span.start, span.end, span.precision.value) == (
        D(2023, month, 1),
        D(2023, month, LAST_DAY_2023[month - 1]),
        "month",
    )


@pytest.mark.parametrize("case", NAMES, ids=_id)
def test_every_month_name_in_a_range_across_two_months(case):
    # The month's name on both ends of a range, against a fixed other month.
    lang, month, name = case
    other = "enero" if lang in ("es",) else "janvier" if lang == "fr" else "januar"
    other = {"en": "january", "pt": "janeiro", "it": "gennaio"}.get(lang, other)
    span = parse_date(f"3 {other} -- 5 {name} 2023")
    assert span is not None and (span.start, span.end) == (D(2023, 1, 3), D(2023, month, 5))
    if month > 1:  # the first month later in the year than the second: the year before
        span = parse_date(f"3 {name} -- 5 {other} 2024")
        assert span is not None and (span.start, span.end) == (
            D(2023, month, 3),
            D(2024, 1, 5),
        ), name


@pytest.mark.parametrize("case", [c for c in NAMES if len(c[2]) <= 4], ids=_id)
def test_a_short_name_may_end_with_a_dot(case):
    lang, month, name = case
    span = parse_date(f"14 {name.capitalize()}. 2023")
    assert span is not None and span.start == D(2023, month, 14), name


def test_a_name_ends_where_its_word_ends():
    # "Marsh", "Juneau", "Maize": a month name followed by more letters is no month.
    for text in ("14 Marsh 2023", "14 Juneau 2023", "14 Maize 2023", "Marchi 2023"):
        assert parse_date(text) is None, text


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        # The words before a range's first day and between its days, language by language;
        # two days joined by "and" are a range when they follow each other (others are
        # the first day: tests/test_dates_joined_days.py).
        ("from 4 to 6 June 2023", D(2023, 6, 4), D(2023, 6, 6)),
        ("4 until 6 June 2023", D(2023, 6, 4), D(2023, 6, 6)),
        ("4 and 5 June 2023", D(2023, 6, 4), D(2023, 6, 5)),
        ("du 4 au 6 juin 2023", D(2023, 6, 4), D(2023, 6, 6)),
        ("4 et 5 juin 2023", D(2023, 6, 4), D(2023, 6, 5)),
        ("del 4 al 6 de junio de 2023", D(2023, 6, 4), D(2023, 6, 6)),
        ("4 y 5 de junio de 2023", D(2023, 6, 4), D(2023, 6, 5)),
        ("de 4 a 6 de junho de 2023", D(2023, 6, 4), D(2023, 6, 6)),
        ("4 e 5 de junho de 2023", D(2023, 6, 4), D(2023, 6, 5)),
        ("dal 4 al 6 giugno 2023", D(2023, 6, 4), D(2023, 6, 6)),
        ("vom 4. bis 6. Juni 2023", D(2023, 6, 4), D(2023, 6, 6)),
        ("von 4. bis 6. Juni 2023", D(2023, 6, 4), D(2023, 6, 6)),
        ("4. und 5. Juni 2023", D(2023, 6, 4), D(2023, 6, 5)),
        ("12 de marzo de 2024", D(2024, 3, 12), D(2024, 3, 12)),
        ("1º de maio de 2023", D(2023, 5, 1), D(2023, 5, 1)),
        ("12 di marzo 2024", D(2024, 3, 12), D(2024, 3, 12)),
        ("1er mai 2023", D(2023, 5, 1), D(2023, 5, 1)),
        ("1ª de maio de 2023", D(2023, 5, 1), D(2023, 5, 1)),
        ("1° maggio 2023", D(2023, 5, 1), D(2023, 5, 1)),
        ("marzo de 2024", D(2024, 3, 1), D(2024, 3, 31)),
    ],
    ids=lambda value: re.sub(r"[^A-Za-z0-9]+", "_", str(value)),
)
def test_range_and_of_words(text, start, end):
    span = parse_date(text)
    assert span is not None, text
    assert (span.start, span.end) == (start, end), text
    assert span.ranged == (start != end and span.precision.value == "day"), text


# The regex builders run once, when the rules' patterns are made at import; these tests
# call them again so that a broken builder fails here (and under mutation testing).


@pytest.mark.parametrize(
    "names",
    [
        {"may"},
        {"jan", "janv", "janvier", "june", "jun", "july", "x"},
        {"sep", "sept", "september", "set", "a.b"},
    ],
)
def test_the_name_trie_matches_exactly_its_names(names):
    from feeds.parse.dates.words import _trie

    pattern = re.compile(_trie(names))
    for name in names:
        assert pattern.fullmatch(name), name
    others = {"", "j", "ja", "jul", "junes", "janva", "m", "ma", "mayo", "se", "septe", "axb"}
    for other in others - names:
        assert not pattern.fullmatch(other), other


def test_the_name_trie_of_no_name_matches_only_nothing():
    from feeds.parse.dates.words import _trie

    assert re.fullmatch(_trie({""}), "") and not re.fullmatch(_trie({""}), "x")
    assert _trie(set()) == ""


def test_month_re_of_some_languages():
    from feeds.parse.dates.words import month_re

    pattern = re.compile(month_re("m", ("fr", "de")), re.IGNORECASE)
    assert pattern.fullmatch("Févr.")["m"] == "Févr"
    assert pattern.fullmatch("Dezember")["m"] == "Dezember"
    assert not pattern.match("Décembres")
    assert not pattern.fullmatch("December")  # English is not asked for


def test_range_words_prefer_the_longest():
    from feeds.parse.dates.words import words_re

    pattern = re.compile(words_re(("a", "al", "au", "bis")))
    assert [pattern.match(w).group() for w in ("al", "au", "a", "bis")] == ["al", "au", "a", "bis"]
    assert pattern.match("albis").group() == "al"
    assert not pattern.match("x")


def test_the_rule_alternation_names_each_rule_by_its_place():
    from feeds.parse.dates import iso, year
    from feeds.parse.dates.grammar import _alternation

    pattern = re.compile(_alternation((iso, year)))
    assert pattern.fullmatch("2023-05-01").lastgroup == "r0"
    assert pattern.fullmatch("2023").group("r1") == "2023"
