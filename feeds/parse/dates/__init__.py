"""The date grammar: one rule per module, each a ``PATTERN`` and a ``build(match)``.

To add a date form, add a module with those two names and list it in
:data:`~feeds.parse.dates.grammar.RULES`; rules are tried in order and the match starting
earliest wins.
"""

from .grammar import (
    RULES,
    WINDOW,
    DateMatch,
    find_dates,
    match_opening,
    match_prefix,
    match_suffix,
    match_suffix_after_year,
    parse_date,
    parse_time,
)

__all__ = [
    "RULES",
    "WINDOW",
    "DateMatch",
    "find_dates",
    "match_opening",
    "match_prefix",
    "match_suffix",
    "match_suffix_after_year",
    "parse_date",
    "parse_time",
]
