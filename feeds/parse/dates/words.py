"""The words of dates, per language, in one place: month names, and the words that open
and close a day range (``du 4 au 6 juin``, ``del 4 al 6 de junio``, ``vom 4. bis 6. Juni``).

A language is one entry in each table; the rules (``day_month_year``, ``month_year``…)
are the same for all. Abbreviations that are also common words (``set``, ``out``,
``ago``, ``gen``) are left out.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

MONTH_NAMES: dict[str, tuple[tuple[str, ...], ...]] = {
    # January … December; each month's spellings, full and short.
    "en": (
        ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
        ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
        ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
        ("december", "dec"),
    ),
    "es": (
        ("enero", "ene"), ("febrero",), ("marzo",), ("abril", "abr"), ("mayo",),
        ("junio",), ("julio",), ("agosto",), ("septiembre", "setiembre"), ("octubre",),
        ("noviembre",), ("diciembre", "dic"),
    ),
    "fr": (
        ("janvier", "janv"), ("février", "fevrier", "févr", "fevr"), ("mars",),
        ("avril", "avr"), ("mai",), ("juin",), ("juillet", "juil"), ("août", "aout"),
        ("septembre",), ("octobre",), ("novembre",), ("décembre", "decembre", "déc"),
    ),
    "de": (
        ("januar", "jänner", "jaenner"), ("februar",), ("märz", "maerz", "marz", "mär"),
        ("april",), ("mai",), ("juni",), ("juli",), ("august",), ("september",),
        ("oktober", "okt"), ("november",), ("dezember", "dez"),
    ),
    "pt": (
        ("janeiro",), ("fevereiro", "fev"), ("março", "marco"), ("abril",), ("maio",),
        ("junho",), ("julho",), ("agosto",), ("setembro",), ("outubro",), ("novembro",),
        ("dezembro",),
    ),
    "it": (
        ("gennaio",), ("febbraio",), ("marzo",), ("aprile",), ("maggio",), ("giugno", "giu"),
        ("luglio", "lug"), ("agosto",), ("settembre", "sett"), ("ottobre", "ott"),
        ("novembre",), ("dicembre",),
    ),
}  # fmt: skip

# Seasons: spring, summer, autumn, winter; each season's spellings. A season dates an
# item to its year (labels of real pages agree), its months keep the order sensible.
SEASON_NAMES: dict[str, tuple[tuple[str, ...], ...]] = {
    "en": (("spring",), ("summer",), ("fall", "autumn"), ("winter",)),
    "es": (("primavera",), ("verano",), ("otoño", "otono"), ("invierno",)),
    "fr": (("printemps",), ("été",), ("automne",), ("hiver",)),
    "de": (
        ("frühling", "fruehling", "frühjahr", "fruehjahr"), ("sommer", "sommersemester"),
        ("herbst",), ("winter", "wintersemester"),
    ),
    "pt": (("primavera",), ("verão", "verao"), ("outono",), ("inverno",)),
    "it": (("primavera",), ("estate",), ("autunno",), ("inverno",)),
}  # fmt: skip
# Seasons written after the year, in Chinese, Japanese and Korean: "2025 秋", "2024年春季".
SEASON_AFTER_YEAR: tuple[tuple[str, ...], ...] = (
    ("春", "春季", "春天", "春学期", "봄", "봄학기"),
    ("夏", "夏季", "夏天", "夏学期", "여름"),
    ("秋", "秋季", "秋天", "秋学期", "가을", "가을학기"),
    ("冬", "冬季", "冬天", "冬学期", "겨울"),
)  # fmt: skip

# Words before the first day of a range, and between its days ("au", "al", "bis", "a").
RANGE_FROM = ("from", "du", "del", "dal", "de", "vom", "von")
RANGE_TO = ("au", "al", "a", "bis", "to", "until", "et", "y", "e", "und", "and")
# Words joining two days of one month: "Nov 12 & 25", "12 and 25 Nov", "3 et 10 mars",
# "12 y 25 de mayo", "12. und 25. Mai" ("&" is no word and is in the rule).
DAYS_AND = ("and", "et", "y", "e", "und")
# Words around a range of months: "from February to May", "de février à mai", "de febrero a
# mayo", "Februar bis Mai", "da febbraio a maggio", "de fevereiro até maio".
MONTHS_FROM = ("from", "de", "du", "del", "dal", "da", "desde", "von", "vom")
MONTHS_TO = ("à", "a", "au", "al", "bis", "até", "hasta", "till", "til", "jusqu'à", "jusqu’à")
# The "of" of "12 de marzo de 2024", "1º de maio de 2023", "12th of October 2021".
OF = ("de", "del", "di", "of")
# Ordinal marks after a day: 3rd, 1er, 12., 1º.
ORDINAL = r"(?:st|nd|rd|th|er|\.|º|°|ª)"


def fold(name: str) -> str:
    """``name`` as the tables key it: lower case, composed accents, no final dot."""
    return unicodedata.normalize("NFC", name.lower().rstrip("."))


MONTH_NUMBERS: dict[str, int] = {
    fold(spelling): number
    for months in MONTH_NAMES.values()
    for number, spellings in enumerate(months, start=1)
    for spelling in spellings
}


SEASON_NUMBERS: dict[str, int] = {
    fold(spelling): number
    for seasons in SEASON_NAMES.values()
    for number, spellings in enumerate(seasons)
    for spelling in spellings
}


def _trie(names: set[str]) -> str:
    """``names`` as one regex sharing prefixes (``ju(?:ne?|ly?|…)``): the engine tries one
    branch per letter instead of every name in turn, which keeps matching fast."""
    heads: dict[str, set[str]] = {}
    for name in names - {""}:
        heads.setdefault(name[0], set()).add(name[1:])
    alts = [re.escape(head) + _trie(rests) for head, rests in sorted(heads.items())]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else f"(?:{'|'.join(alts)})"
    return f"(?:{body})?" if "" in names else body


def names_re(names: set[str]) -> str:
    """``names`` (folded) as one regex sharing their prefixes."""
    return _trie(names)


@cache
def _alternation(languages: tuple[str, ...]) -> str:
    names = {fold(s) for lang in languages for month in MONTH_NAMES[lang] for s in month}
    return _trie(names)


def month_re(name: str, languages: tuple[str, ...] = tuple(MONTH_NAMES)) -> str:
    """A month name of ``languages`` (``Sept.``, ``juin``, ``März``) as group ``name``;
    it ends where the word ends."""
    return rf"(?P<{name}>{_alternation(languages)})(?![^\W\d_])\.?"


def season_re(name: str) -> str:
    """A season of any language (``Fall``, ``été``, ``Frühjahr``) as group ``name``."""
    return rf"(?P<{name}>{_trie(set(SEASON_NUMBERS))})(?![^\W\d_])"


def season_after_year_re(name: str) -> str:
    """A season written after its year (``秋``, ``春季``, ``가을``) as group ``name``."""
    names = {s for season in SEASON_AFTER_YEAR for s in season}
    return rf"(?P<{name}>{_trie(names)})(?![^\W\d_])"


def season_number(name: str) -> int:
    """0 spring, 1 summer, 2 autumn, 3 winter."""
    for number, spellings in enumerate(SEASON_AFTER_YEAR):
        if name in spellings:
            return number
    return SEASON_NUMBERS[fold(name)]


def month_number(name: str) -> int:
    return MONTH_NUMBERS[fold(name)]


def words_re(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"
