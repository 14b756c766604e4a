"""The items of an Academic/Wowchemy dated-entries widget used as the news
(:mod:`.hugo_widget_pages` finds them): ``widget = "experience"`` (``[[experience]]``
tables, ``experience:`` YAML list) or ``"accomplishments"`` (``[[item]]``/``item:``).
Each entry is one item: its ``title`` and ``company`` (``organization``), linked at
``company_url`` (``url``), its ``description`` after them, dated from ``date_start`` to
``date_end`` (none or empty: ongoing, the start alone). The widget's ``date_format`` (a
Go layout, default ``January 2006``) says how precisely: ``Jan 2006`` shows a month,
``Jan 2, 2006`` a day.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..diagnostics import Problem, Reporter, display_path
from ..model import DateSpan, Item, Precision
from ..parse.dates import parse_date
from ..parse.front_matter import (
    BadFrontMatter,
    list_entry_lines,
    read_text,
    split_front_matter,
)
from ..parse.item import to_item
from ..parse.markdown import markdown, strip_tags
from ..parse.raw_items import RawItem
from ..parse.types import type_of
from ..text import squash
from .hugo_widget_pages import DATED_WIDGETS, dated_widgets

DEFAULT_LAYOUT = "January 2006"  # the experience and accomplishments widgets' default
WHAT_KEYS = ("company", "organization")
LINK_KEYS = ("company_url", "organization_url", "url", "certificate_url")
EMPTY_WIDGET = "empty-news-widget"  # the code of the error a news widget without items gets
_LAYOUT_WORDS = {"2006": " ", "Monday": "D", "Mon": "D", "January": "M", "Jan": "M"}
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def read_dated_widgets(
    roots: list[Path],
    is_news_title: Callable[[str], bool],
    site_url: str,
    reporter: Reporter,
) -> list[Item]:
    """The items of every news dated-entries widget of the content folders ``roots``."""
    paths = [p for root in roots for p in dated_widgets(root, is_news_title)]
    events: list[Item] = []
    for path in dict.fromkeys(p.resolve() for p in paths):
        events += read_dated_widget(path, site_url, reporter)
    return events


def read_dated_widget(path: Path, site_url: str, reporter: Reporter) -> list[Item]:
    """One item per entry of the experience/accomplishments widget ``path``."""
    source = display_path(path)
    text = read_text(path, source)
    try:
        meta = split_front_matter(text)[0]
    except BadFrontMatter as exc:
        reporter.error(source, getattr(exc, "line", None) or 1, f"front matter not read: {exc}")
        return []
    key = DATED_WIDGETS[_text(meta.get("widget")).lower()]
    entries = meta.get(key) if isinstance(meta.get(key), list) else []
    precision = layout_precision(_text(meta.get("date_format")) or DEFAULT_LAYOUT)
    lines = _title_lines(text, len(entries))
    site_root = site_url.rstrip("/") + "/" if site_url else ""
    events = []
    for entry, line in zip(entries, lines, strict=True):
        if isinstance(entry, dict):
            event = _entry_item(entry, source, line, precision, site_root, reporter)
            if event is not None:
                events.append(event)
    if not events:
        opens = re.compile(rf"\s*(\[\[\s*{key}\s*\]\]|{key}\s*[:=])")
        where = next((n for n, li in enumerate(text.split("\n"), 1) if opens.match(li)), 1)
        reporter.report(
            Problem(
                source,
                where,
                f"this news widget's '{key}' entries yield no news items (each needs a title)",
                "error",
                EMPTY_WIDGET,
            )
        )
    return events


def layout_precision(layout: str) -> Precision:
    """How precisely a Go date layout shows a date: ``Jan 2, 2006`` a day, ``January
    2006`` or ``01/2006`` a month, ``2006`` a year."""
    rest = re.sub(r"2006|Monday|Mon|January|Jan", lambda m: _LAYOUT_WORDS[m[0]], layout)
    numbers = re.findall(r"_?\d+", rest)
    if "D" in rest or any(n in ("2", "02", "_2", "002") for n in numbers):
        return Precision.DAY
    if "M" in rest or any(n in ("1", "01") for n in numbers):
        return Precision.MONTH
    return Precision.YEAR


def _entry_item(
    entry: dict[str, Any],
    source: str,
    line: int,
    precision: Precision,
    site_root: str,
    reporter: Reporter,
) -> Item | None:
    title = _text(entry.get("title"))
    what = next((_text(entry.get(k)) for k in WHAT_KEYS if _text(entry.get(k))), "")
    if not title:
        reporter.warn(source, line, "entry has no title; not published", code="empty")
        return None
    head = f"{title}, {what}" if what else title
    link = next((_text(entry.get(k)) for k in LINK_KEYS if _text(entry.get(k))), "")
    words = f"[{_escape(head)}]({link})" if link else _escape(head)
    description = _text(entry.get("description"))
    body = words + (f"\n\n{description}" if description else "")
    raw = RawItem(source, line, "news", markdown().parse(body))
    event = to_item(raw, site_root, Reporter(quiet=True))
    if event is None:
        return None
    event.span = _span(entry, precision, source, line, reporter)
    if description:
        event.text = squash(f"{event.text} {strip_tags(markdown().render(description))}")
    if location := _text(entry.get("location")):
        event.location = location
    event.type = type_of(event)
    return event


def _span(
    entry: dict[str, Any],
    precision: Precision,
    source: str,
    line: int,
    reporter: Reporter,
) -> DateSpan | None:
    start_value, end_value = entry.get("date_start"), entry.get("date_end")
    if start_value in (None, ""):
        reporter.warn(source, line, "entry has no 'date_start'; published undated", code="undated")
        return None
    start = _date(start_value)
    if start is None:
        reporter.warn(source, line, f"cannot read the date {str(start_value)!r}; published undated")
        return None
    end = _date(end_value) if end_value not in (None, "") else None
    first, last = _cut(start, precision)
    if end is not None and end >= start:
        end_first, end_last = _cut(end, precision)
        if end_first != first:
            return DateSpan(first, end_last, precision, ranged=True)
    return DateSpan(first, last, precision)


def _cut(day: dt.date, precision: Precision) -> tuple[dt.date, dt.date]:
    """(first, last) day of the day, month or year ``day`` is in."""
    if precision is Precision.YEAR:
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    if precision is Precision.MONTH:
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last)
    return day, day


def _title_lines(text: str, count: int) -> list[int]:
    """1-based line of each entry's ``title`` (TOML ``[[experience]]`` tables or YAML
    ``- `` items of the front matter); line 1 for each when they cannot be told apart."""
    lines = text.split("\n")
    end = next((n for n, li in enumerate(lines[1:], 2) if li.strip() in ("---", "+++")), len(lines))
    starts = [
        n
        for n, li in enumerate(lines[:end], 1)
        if re.match(r"\s*\[\[\s*(experience|item)\s*\]\]", li)
    ]
    if len(starts) != count:
        starts = _yaml_starts(lines[:end])
    if len(starts) != count:
        return [1] * count
    found = []
    for i, start in enumerate(starts):
        stop = starts[i + 1] if i + 1 < len(starts) else end
        found.append(
            next(
                (n for n in range(start, stop) if re.match(r"\s*-?\s*title\s*[:=]", lines[n - 1])),
                start,
            )
        )
    return found


def _yaml_starts(lines: list[str]) -> list[int]:
    """Lines of the ``- `` items of the first ``experience:``/``item:`` YAML list."""
    key = next((n for n, li in enumerate(lines) if re.match(r"(experience|item)\s*:", li)), None)
    if key is None:
        return []
    return list_entry_lines(lines, key)


def _date(value: Any) -> dt.date | None:
    """A front-matter date: a TOML/YAML date or datetime, ``2021-08-12`` (a time after
    it ignored) or any form the homepage date grammar reads."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if match := _ISO.match(text):
        try:
            return dt.date(*(int(g) for g in match.groups()))
        except ValueError:
            return None
    span = parse_date(text)
    return span.start if span is not None else None


def _escape(words: str) -> str:
    return words.replace("[", r"\[").replace("]", r"\]")


def _text(value: Any) -> str:
    if value is None or isinstance(value, dict | list | bool):
        return ""
    return str(value).strip()
