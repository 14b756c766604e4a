"""News kept in a data file (Hugo ``data/news.yaml``, Jekyll ``_data/news.yml``; YAML,
TOML or JSON) that a layout, shortcode or Liquid loop shows, in any of the shapes
people write it:

- a list of entries, each with words and a date under any key a reader would know
  them by (``text``/``content``/``description``/``title``…, ``date``/``when``…)::

      - date: 2026-01-05
        content: I will serve as Area Chair for CONF 2026!

- such a list wrapped in one key (``news:``, ``items:``, ``item:``, ``entries:``…);
- a list of bare strings that begin with their date, read as Markdown items
  (``Mar'26: Alice joins the group! \\``; a trailing Markdown line break is no text);
- a map keyed by dates: ``2025-05-01 = \"\"\"text\"\"\"`` (TOML), ``"2025-05-01": text``;
- a map keyed by ids whose values are dated entries (``news_2025_07_01: {date:, title:}``),
  one hidden by ``display: false`` (``show``/``visible``/``published``; ``hidden``/``draft``
  true) left out, as the templates that range over such maps do.

An entry without words is read from its ``date:`` when they follow the date there
(``date: 2024-09-01 - our lab opens``), else left out with a warning
(:func:`warn_skipped`) while half the list are entries: it never loses the others.

Each entry becomes a mapping (:mod:`.data_entry`) with its words under a key it knows and its
date (when it has one) under ``date``, with the 1-based line it starts on. Liquid left
in the words (``{{ site.url }}``) is never published.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import json
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..diagnostics import Reporter
from ..parse.dates import match_prefix, parse_date
from ..parse.dates.short_year_first import year_first, year_first_day
from ..parse.front_matter import load_yaml
from .data_entry import (
    NOT_SHOWN,
    TEXT_KEYS,
    is_hidden,
    is_record,
    is_words,
    iso_span,
    marked_date,
    news_entry,
    year_of,
)
from .data_lines import DataLines
from .month_groups import date_by_month

DATA_SUFFIXES = (".yml", ".yaml", ".json", ".toml", ".csv")
YEAR_KEYS = ("year", "month", "date", "title", "name", "heading", "group", "period")
NO_WORDS = "this entry has no words (title, text, content…); not listed"
LIST_NAMES = ("news", "items", "item", "updates", "entries", "list", "posts")


@dataclass
class DataList:
    """The news entries of a data file: ``key`` wraps them (``""``: the file's top)."""

    key: str
    entries: list[dict[str, Any]]
    lines: list[int]  # the 1-based line each entry starts on
    key_line: int  # the line of ``key`` (1 at the top)
    skipped: list[int] = field(default_factory=list)  # lines of entries without words
    anchors: list[tuple] = field(default_factory=list)  # the steps to each entry under key


def load_data(text: str, suffix: str) -> Any:
    """The data of a ``.yaml``/``.yml``, ``.toml``, ``.json`` or ``.csv`` file's ``text``.

    Raises ``ValueError`` (``YamlError`` with a ``line``, ``TOMLDecodeError``,
    ``JSONDecodeError``) when it cannot be read."""
    try:
        if suffix == ".csv":  # one entry a row, the first row names the keys
            return list(csv.DictReader(io.StringIO(text)))
        if suffix == ".json":
            return json.loads(text)
        if suffix == ".toml":
            return tomllib.loads(text)
    except RecursionError:
        raise ValueError("nested too deeply") from None
    except csv.Error as exc:
        raise ValueError(str(exc)) from None
    return load_yaml(text)


def news_entries(
    data: Any, text: str, suffix: str, keys: tuple[str, ...] = (), lines: Any = None
) -> DataList | None:
    """The news entries ``data`` (read from ``text``) holds, under ``keys`` when given
    (``site.data.lab.news``: the ``news`` key of ``lab.yml``), else ``None``; ``lines``
    (with ``of(steps)``) where each value starts when the text is no data file's."""
    path: list[Any] = list(keys)
    for key in keys:
        data = data.get(key) if isinstance(data, dict) else None
    skipped: list[tuple] = []
    entries = _entries(data, skipped=skipped)
    if entries is None and isinstance(data, dict):
        steps = _wrapping_keys(data)
        if not steps:
            return None
        inner = data
        for key in steps:
            inner = inner[key]
        skipped = []
        path, entries = [*path, *steps], _entries(inner, skipped=skipped)
    if not entries:
        return None
    anchors, found = zip(*entries, strict=True)
    _read_year_first(found)
    lines = lines or DataLines(text, suffix)
    key_line = lines.of(path) if path else 1
    starts = [lines.of([*path, *anchor]) or key_line or 1 for anchor in anchors]
    left_out = [lines.of([*path, *anchor]) or key_line or 1 for anchor in skipped]
    key = str(path[-1]) if path else ""
    return DataList(key, list(found), starts, key_line or 1, left_out, list(anchors))


def _read_year_first(entries: Iterable[dict[str, Any]]) -> None:
    """The ``date`` of each of ``entries`` as a day when the list writes its dates year
    first (``26/8/21``: :mod:`feeds.parse.dates.short_year_first`)."""
    entries = list(entries)
    values = [entry.get("date") for entry in entries]
    if not year_first(values, parse_date):
        return
    for entry in entries:
        value = entry.get("date")
        day = year_first_day(value) if isinstance(value, str) else None
        if day is not None:
            entry["date"] = day.isoformat()


def warn_skipped(found: DataList, source: str, reporter: Reporter) -> None:
    """A warning at each entry of ``found`` left out for having no words to show."""
    for line in found.skipped:
        reporter.warn(source, line, NO_WORDS)


def _wrapping_keys(data: dict[Any, Any]) -> list[Any]:
    """The steps to the entries: the one key whose value holds them, else a news-named
    key whose mapping (a page's ``title``, ``intro``…) holds them under a list name of
    its own (``news: {title: News, news: [...]}``) when most of them are dated."""
    key = _wrapping_key(data)
    if key is not None:
        return [key]
    named = [k for k, v in data.items() if str(k).lower() in LIST_NAMES and isinstance(v, dict)]
    if len(named) != 1:
        return []
    inner = _wrapping_key(data[named[0]])
    if inner is None or str(inner).lower() not in LIST_NAMES:
        return []
    entries = _entries(data[named[0]][inner]) or []
    return [named[0], inner] if _mostly_dated([e for _, e in entries]) else []


def _wrapping_key(data: dict[Any, Any]) -> Any:
    """The one key of ``data`` whose value holds the entries (a news-like name first)."""
    keys = [k for k, value in data.items() if _entries(value)]
    named = [k for k in keys if str(k).lower() in LIST_NAMES]
    return (named or keys)[0] if len(named) == 1 or len(keys) == 1 else None


def _entries(
    value: Any,
    year: int | None = None,
    *,
    grouped: bool = True,
    skipped: list[tuple] | None = None,
) -> list[tuple[tuple, dict[str, Any]]] | None:
    """(steps to it, entry) of each entry of a list, of a map keyed by dates, or of
    groups by year; ``year``: the group's, for dates written without one; the steps
    to entries of a list left out for having no words are added to ``skipped``."""
    found: list[tuple[tuple, dict[str, Any]]] = []
    if isinstance(value, list) and value:
        kept = [(n, item) for n, item in enumerate(value) if item is not None and str(item).strip()]
        kept = [(n, item) for n, item in kept if not (isinstance(item, dict) and NOT_SHOWN in item)]
        entries = [(n, news_entry(item)) for n, item in kept]
        strings = [item for _, item in kept if isinstance(item, str)]
        dated = sum(1 for item in strings if match_prefix(item.strip(), year) is not None)
        words = [((n,), e) for n, e in entries if e is not None]
        if words and 2 * len(words) >= len(entries) and 2 * dated >= len(strings):
            found = words
            if skipped is not None:
                skipped += [(n,) for n, e in entries if e is None]
    elif isinstance(value, dict) and value and all(_is_date(k) for k in value):
        for key, item in value.items():
            entry = news_entry(item)
            if entry is None:  # {2024: [...]}: a group, below
                found = []
                break
            entry.setdefault("date", key)
            found.append(((key,), entry))
    elif isinstance(value, dict) and value and all(_record(v) for v in value.values()):
        shown = [(k, v) for k, v in value.items() if NOT_SHOWN not in v]  # the page's loop's
        found = [((k,), e) for k, v in shown if (e := news_entry(v)) and not is_hidden(v)]
        if not found:
            return None  # every record hidden: no groups either
    if not found:
        return _groups(value, skipped) if grouped else None
    return [(steps, _in_year(entry, year)) for steps, entry in found]


def _record(value: Any) -> bool:
    """An entry of a map keyed by ids, or one the page's loop does not show."""
    return is_record(value) or (isinstance(value, dict) and NOT_SHOWN in value)


def _groups(value: Any, skipped: list[tuple] | None) -> list[tuple[tuple, dict[str, Any]]] | None:
    """The entries of groups: by year, ``{2024: [...], 2023: [...]}``, or ``[{year: 2024,
    items: [...]}, ...]`` whose heading is a year, a month (``month: 2026年4月``, ``April
    2026``) or a name (``group: Talks``, its entries then dated themselves); an entry
    with a heading and no list (``- title: --- Past events ---``) only divides them."""
    groups: list[tuple[tuple, int, Any]] = []
    if isinstance(value, dict) and value and all(year_of(k) for k in value):
        groups = [((k,), year_of(k), v) for k, v in value.items()]
    elif isinstance(value, list) and (
        shown := [(n, g) for n, g in enumerate(value) if g is not None]
    ):
        if not all(isinstance(g, dict) for _, g in shown):
            return None
        for n, group in shown:  # a group the page's loop leaves out is None
            lists = [k for k, v in group.items() if isinstance(v, list | dict)]
            heading = next((group[k] for k in YEAR_KEYS if k in group), None)
            if not lists and heading is not None and len(group) <= 2:  # a divider
                continue
            if len(lists) != 1 or heading is None:
                return None
            date_by_month(heading, group[lists[0]])  # "June 2023": its entries' month
            groups.append(((n, lists[0]), year_of(heading, loosely=True), group[lists[0]]))
    found = []
    for steps, year, inner in groups:
        left_out: list[tuple] = []
        entries = (
            _entries(inner, year or None, grouped=False, skipped=left_out)
            if isinstance(inner, list | dict)
            else None
        )
        if entries is None or (not year and not _mostly_dated([e for _, e in entries])):
            return None
        found += [((*steps, *inner_steps), entry) for inner_steps, entry in entries]
        if skipped is not None:
            skipped += [(*steps, *inner_steps) for inner_steps in left_out]
    return found or None


def _mostly_dated(entries: list[dict[str, Any]]) -> bool:
    """Whether most entries of a group without a year are dated (news, not a list of
    papers under "Journal")."""
    dated = sum(1 for e in entries if e.get("date") not in (None, ""))
    return 2 * dated > len(entries)


def _in_year(entry: dict[str, Any], year: int | None) -> dict[str, Any]:
    """``entry`` dated in its group's ``year`` when its date has none (``Jan 5``), or
    in the year itself when it has no date at all."""
    if year is None:
        return entry
    date = entry.get("date")
    month = entry.get("month")  # {"month": "Jun", "text": …} in a year's group
    if date in (None, "") and isinstance(month, str | int) and str(month).strip():
        named = str(month).strip()
        named = (
            calendar.month_abbr[int(named)] if named.isdigit() and 0 < int(named) < 13 else named
        )
        span = parse_date(f"{named} {entry.get('day') or ''}".strip(), year)
        date = entry["date"] = iso_span(span) if span is not None else None
    if date in (None, ""):
        key = next(k for k in TEXT_KEYS if is_words(entry.get(k)))
        words = str(entry[key])
        lead = match_prefix(words, year) if match_prefix(words) is None else None
        if (marked := marked_date(words, year)) is not None:  # "<strong>Jun.</strong> …"
            entry["date"], entry[key] = iso_span(marked[0]), marked[1]
        elif lead is not None:
            entry[key] = words[lead.end :].strip()
            entry["date"] = iso_span(lead.span)
        elif match_prefix(words) is None:
            entry["date"] = str(year)
    elif isinstance(date, str) and parse_date(date) is None:
        span = parse_date(date, year)
        if span is not None:
            entry["date"] = iso_span(span)
    return entry


def _is_date(key: Any) -> bool:
    if isinstance(key, dt.date) or (isinstance(key, int) and year_of(key)):
        return True
    return isinstance(key, str) and any(c.isdigit() for c in key) and parse_date(key) is not None
