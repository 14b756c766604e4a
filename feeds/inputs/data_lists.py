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

Each entry becomes a mapping with its words under a key :data:`TEXT_KEYS` knows and its
date (when it has one) under ``date``, with the 1-based line it starts on. Liquid left
in the words (``{{ site.url }}``) is never published.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import json
import re
import tomllib
from dataclasses import dataclass, field
from typing import Any

from ..diagnostics import Reporter
from ..parse.dates import match_prefix, parse_date
from ..parse.front_matter import load_yaml
from .data_lines import DataLines

DATA_SUFFIXES = (".yml", ".yaml", ".json", ".toml", ".csv")
DATE_KEYS = ("date", "when", "time", "published", "posted", "start", "start_date")
TEXT_KEYS = (
    "title", "text", "content", "description", "news", "body", "message", "headline",
    "summary", "details", "note", "item", "entry", "event", "html", "markdown",
)  # fmt: skip
PLAIN_TEXT_KEYS = TEXT_KEYS[:6]  # the keys every reader of entries knows
YEAR_KEYS = ("year", "month", "date", "title", "name", "heading", "group", "period")
NO_WORDS = "this entry has no words (title, text, content…); not listed"
LIST_NAMES = ("news", "items", "item", "updates", "entries", "list", "posts")

_LIQUID = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
_HARD_BREAK = re.compile(r"[ \t]*\\[ \t]*\Z")  # "text \" at the end: a Markdown <br>


@dataclass
class DataList:
    """The news entries of a data file: ``key`` wraps them (``""``: the file's top)."""

    key: str
    entries: list[dict[str, Any]]
    lines: list[int]  # the 1-based line each entry starts on
    key_line: int  # the line of ``key`` (1 at the top)
    skipped: list[int] = field(default_factory=list)  # lines of entries without words


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


def news_entries(data: Any, text: str, suffix: str, keys: tuple[str, ...] = ()) -> DataList | None:
    """The news entries ``data`` (read from ``text``) holds, under ``keys`` when given
    (``site.data.lab.news``: the ``news`` key of ``lab.yml``), else ``None``."""
    path: list[Any] = list(keys)
    for key in keys:
        data = data.get(key) if isinstance(data, dict) else None
    skipped: list[tuple] = []
    entries = _entries(data, skipped=skipped)
    if entries is None and isinstance(data, dict):
        key = _wrapping_key(data)
        if key is None:
            return None
        skipped = []
        path, entries = [*path, key], _entries(data[key], skipped=skipped)
    if not entries:
        return None
    anchors, found = zip(*entries, strict=True)
    lines = DataLines(text, suffix)
    key_line = lines.of(path) if path else 1
    starts = [lines.of([*path, *anchor]) or key_line or 1 for anchor in anchors]
    left_out = [lines.of([*path, *anchor]) or key_line or 1 for anchor in skipped]
    return DataList(str(path[-1]) if path else "", list(found), starts, key_line or 1, left_out)


def warn_skipped(found: DataList, source: str, reporter: Reporter) -> None:
    """A warning at each entry of ``found`` left out for having no words to show."""
    for line in found.skipped:
        reporter.warn(source, line, NO_WORDS)


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
        entries = [(n, _entry(item)) for n, item in kept]
        strings = [item for _, item in kept if isinstance(item, str)]
        dated = sum(1 for item in strings if match_prefix(item.strip(), year) is not None)
        words = [((n,), e) for n, e in entries if e is not None]
        if words and 2 * len(words) >= len(entries) and 2 * dated >= len(strings):
            found = words
            if skipped is not None:
                skipped += [(n,) for n, e in entries if e is None]
    elif isinstance(value, dict) and value and all(_is_date(k) for k in value):
        for key, item in value.items():
            entry = _entry(item)
            if entry is None:  # {2024: [...]}: a group, below
                found = []
                break
            entry.setdefault("date", key)
            found.append(((key,), entry))
    elif isinstance(value, dict) and value and all(_record(v) for v in value.values()):
        found = [((k,), e) for k, v in value.items() if (e := _entry(v)) and not _hidden(v)]
        if not found:
            return None  # every record hidden: no groups either
    if not found:
        return _groups(value, skipped) if grouped else None
    return [(steps, _in_year(entry, year)) for steps, entry in found]


def _groups(value: Any, skipped: list[tuple] | None) -> list[tuple[tuple, dict[str, Any]]] | None:
    """The entries of groups: by year, ``{2024: [...], 2023: [...]}``, or ``[{year: 2024,
    items: [...]}, ...]`` whose heading is a year, a month (``month: 2026年4月``, ``April
    2026``) or a name (``group: Talks``, its entries then dated themselves); an entry
    with a heading and no list (``- title: --- Past events ---``) only divides them."""
    groups: list[tuple[tuple, int, Any]] = []
    if isinstance(value, dict) and value and all(_year_of(k) for k in value):
        groups = [((k,), _year_of(k), v) for k, v in value.items()]
    elif isinstance(value, list) and value and all(isinstance(g, dict) for g in value):
        for n, group in enumerate(value):
            lists = [k for k, v in group.items() if isinstance(v, list | dict)]
            heading = next((group[k] for k in YEAR_KEYS if k in group), None)
            if not lists and heading is not None and len(group) <= 2:  # a divider
                continue
            if len(lists) != 1 or heading is None:
                return None
            groups.append(((n, lists[0]), _year_of(heading, loosely=True), group[lists[0]]))
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


def _year_of(value: Any, *, loosely: bool = False) -> int:
    """The year a group key or heading names (``2024``, ``"2024"``; ``loosely``: also
    the year of a month or a day, ``2026年4月``, ``April 2026``), else 0."""
    text = str(value).strip() if isinstance(value, int | str) else ""
    if re.fullmatch(r"(?:19|20)\d\d", text):
        return int(text)
    span = parse_date(text) if loosely and text and not isinstance(value, bool) else None
    return span.start.year if span is not None else 0


def _in_year(entry: dict[str, Any], year: int | None) -> dict[str, Any]:
    """``entry`` dated in its group's ``year`` when its date has none (``Jan 5``), or
    in the year itself when it has no date at all."""
    if year is None:
        return entry
    date = entry.get("date")
    if date in (None, ""):
        key = next(k for k in TEXT_KEYS if _said(entry.get(k)))
        words = str(entry[key])
        lead = match_prefix(words, year) if match_prefix(words) is None else None
        if lead is not None:
            entry[key] = words[lead.end :].strip()
            entry["date"] = _iso(lead.span)
        elif match_prefix(words) is None:
            entry["date"] = str(year)
    elif isinstance(date, str) and parse_date(date) is None:
        span = parse_date(date, year)
        if span is not None:
            entry["date"] = _iso(span)
    return entry


def _iso(span: Any) -> str:
    """A span as ISO text, a range as two (``2027-06-14–2027-06-16``)."""
    start = span.precision.cut(span.start)
    return f"{start}–{span.precision.cut(span.end)}" if span.ranged else start


def _entry(item: Any) -> dict[str, Any] | None:
    """One entry as a mapping with ``date`` and words, or ``None`` if it is no news."""
    if isinstance(item, str):
        words = clean_words(item)
        return {"text": words} if words else None
    if not isinstance(item, dict):
        return None
    entry = {str(k).lower(): v for k, v in item.items()}
    if "date" not in entry or entry["date"] in (None, ""):
        entry.pop("date", None)
        when = next((entry[k] for k in DATE_KEYS if entry.get(k) not in (None, "")), None)
        if when is None and _year_of(entry.get("year")):  # year: 2024, month: Mar, day: 5
            month, day = (str(entry.get(k) or "").strip() for k in ("month", "day"))
            if month.isdigit() and 1 <= int(month) <= 12:
                month = calendar.month_abbr[int(month)]
            when = (
                f"{month} {day}, {entry['year']}" if month and day else f"{month} {entry['year']}"
            )
        if when is not None:
            entry["date"] = when.strip() if isinstance(when, str) else when
    for key in TEXT_KEYS:
        if isinstance(entry.get(key), str):
            entry[key] = clean_words(entry[key])
    has_words = any(_said(entry.get(k)) for k in TEXT_KEYS)
    if not has_words and isinstance(entry.get("date"), str):  # "2024-09-01 - our lab opens"
        lead = match_prefix(entry["date"].strip())
        words = clean_words(entry["date"].strip()[lead.end :]) if lead is not None else ""
        if lead is not None and words:
            entry["date"], entry["text"], has_words = _iso(lead.span), words, True
    if has_words and not any(_said(entry.get(k)) for k in PLAIN_TEXT_KEYS):
        key = next(k for k in TEXT_KEYS if _said(entry.get(k)))
        entry["text"] = entry.pop(key)  # words under another name: "message:", "note:"
    return entry if has_words else None


def _record(value: Any) -> bool:
    """Whether ``value`` is one dated entry of a map keyed by ids (``date:`` and words)."""
    if not isinstance(value, dict):
        return False
    keys = {str(k).lower() for k in value}
    dated = any(value.get(k) not in (None, "") for k in value if str(k).lower() in DATE_KEYS)
    return dated and any(k in keys for k in TEXT_KEYS)


_SHOWN_FLAGS = ("display", "show", "visible", "published")
_HIDDEN_FLAGS = ("hidden", "draft", "hide")


def _hidden(record: dict[Any, Any]) -> bool:
    """Whether a record says it is not shown (``display: false``, ``draft: true``)."""
    flags = {str(k).lower(): v for k, v in record.items()}
    return any(flags.get(k) is False for k in _SHOWN_FLAGS) or any(
        flags.get(k) is True for k in _HIDDEN_FLAGS
    )


def _said(value: Any) -> bool:
    return (
        isinstance(value, str | int | float)
        and not isinstance(value, bool)
        and bool(str(value).strip())
    )


def clean_words(text: str) -> str:
    """The words as shown: Liquid blanked, a trailing Markdown line break dropped."""
    return _HARD_BREAK.sub("", _LIQUID.sub("", text).strip()).strip()


def _is_date(key: Any) -> bool:
    if isinstance(key, dt.date) or (isinstance(key, int) and _year_of(key)):
        return True
    return isinstance(key, str) and any(c.isdigit() for c in key) and parse_date(key) is not None
