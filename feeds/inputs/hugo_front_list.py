"""A news list kept in a page's front matter and shown by a custom layout::

    news:
      - title: "Our paper was accepted at the vision meeting."
        date: "2026-06-18"
        link: https://example.org/paper

(or ``items:``, ``news_items:``, ``news_list:``; TOML ``[[news]]`` tables). Each entry is
one item: its words (``title``,
``text``, ``content`` or ``description``, Markdown) read by the homepage item parser, so
links, labels and dates in the words work as in a list; its ``date`` dates it (or
``dateFrom`` to ``dateTo``, a CMS's pair); its
``link``/``url`` links it; a ``summary`` follows the words. The page holding the list
is not an item itself. A Hugo data file ``data/news.yaml`` (``.yml``, ``.toml``, ``.json``)
holding such a list (in any shape :mod:`.data_lists` reads) is read the same way, and so
are ``data/events.*`` and ``data/talks.*`` (Hugo Blox: a shortcode shows them) when their
entries are dated: ``start`` (or ``date``) to ``end``, at their ``location``; typed by
their words, else by the file's name (an event, a talk); an event whose entry names a
talk (``X conference, poster presentation``) is a talk.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

from ..diagnostics import Reporter, display_path
from ..model import DateSpan, Item, Precision
from ..parse.front_matter import (
    BadFrontMatter,
    key_line,
    list_entry_lines,
    read_text,
    split_front_matter,
)
from ..parse.item import to_item
from ..parse.markdown import markdown, strip_tags
from ..parse.page import RawItem
from ..parse.types import type_of
from ..parse.types.mask import mask
from ..parse.types.words import hits
from ..text import emojize, slugify
from .data_lists import NO_WORDS, load_data, news_entries, warn_skipped
from .data_shown import as_shown, shown_precision
from .entry_dates import leading_dates
from .field_links import add_arxiv, add_links, field_links
from .front_dates import front_date
from .hugo_absent_theme import config_limit
from .hugo_data_cut import shown_count
from .hugo_headed_data import data_path, headed_data_names
from .hugo_leftover_data import leftover_news_data
from .listed_item import filed_label

# the list the page's layout ranges over: ``.Params.news``, ``.Params.news_list``
LIST_KEYS = ("news", "items", "updates", "news_items", "news_list")
WIDGET_KEYS = ("item",)  # a custom Hugo Academic ``widget = "news"``: ``[[item]]`` tables
DATA_NAMES = {"news": "news", "events": "event", "talks": "talk"}  # file: type it gives
DATA_SUFFIXES = (".yaml", ".yml", ".toml", ".json")
DATE_KEYS = ("date", "start", "datefrom")  # dateFrom/dateTo: a CMS's (TinaCMS) pair
END_KEYS = ("end", "dateto")
WORD_KEYS = ("title", "text", "content", "description", "news", "body")
LINK_KEYS = ("link", "url", "href")
SUMMARY_KEYS = ("summary", "details", "description", "desc", "content", "body", "subtitle")
KIND_KEYS = ("type", "kind", "category")


def news_list(
    meta: dict[str, Any], keys: tuple[str, ...] = LIST_KEYS
) -> tuple[str, list[dict[str, Any]]] | None:
    """(key, entries) of the front matter's news list (under one of ``keys``): a list of
    mappings, at least half of them with words (the others are left out, with a
    warning); ``None`` when the front matter keeps none."""
    for key in keys:
        value = meta.get(key)
        if not isinstance(value, list) or not value:
            continue
        entries = [e for e in value if isinstance(e, dict)]
        worded = sum(1 for e in entries if _words(e)[0])  # one without: left out, not all
        if len(entries) == len(value) and worded and 2 * worded >= len(entries):
            return key, entries
    return None


def read_front_list(
    path: Path, site_url: str, tz: dt.tzinfo | None, reporter: Reporter
) -> list[Item] | None:
    """The items of the news list in ``path``'s front matter, in the page's order;
    ``None`` when the page keeps no such list (then it may be an item itself)."""
    source = display_path(path)
    text = read_text(path, source)
    try:
        meta = split_front_matter(text)[0]
    except BadFrontMatter:
        return None
    found = news_list(meta, LIST_KEYS + WIDGET_KEYS if _news_widget(meta) else LIST_KEYS)
    if found is None:
        return None
    key, entries = found
    lines = entry_lines(text, key, len(entries), key_line(text, key))
    for entry, line in zip(entries, lines, strict=True):
        if not _words(entry)[0]:
            reporter.warn(source, line, NO_WORDS)
    kept = [(e, n) for e, n in zip(entries, lines, strict=True) if _words(e)[0]]
    entries, lines = [e for e, _ in kept], [n for _, n in kept]
    return _items(entries, lines, source, (key_line(text, key), key), site_url, tz, reporter)


def _news_widget(meta: dict[str, Any]) -> bool:
    """A page that is a custom news widget (``widget = "news"``): its ``[[item]]`` tables
    are its news, as the widget's own template ranges over ``.Params.item`` (in a stock
    ``accomplishments``/``experience`` widget, even one in ``news.md``, they are not)."""
    return str(meta.get("widget") or "").strip().lower() == "news"


def read_data_list(
    site_dir: Path, site_url: str, tz: dt.tzinfo | None, reporter: Reporter
) -> list[Item]:
    """The items of the Hugo data files ``data/news.yaml`` (``.yml``, ``.toml``, ``.json``),
    ``data/events.*`` and ``data/talks.*`` that a custom layout shows: a list of entries,
    or a mapping with a ``news:`` (``events:``, ``talks:``) list; and the data file of
    another name a template shows under a news heading (``data/updates.yaml`` of an
    "Updates" heading, :mod:`.hugo_headed_data`)."""
    events = []
    names = dict(DATA_NAMES) | {name: "news" for name in headed_data_names(site_dir)}
    for name, default in names.items():
        path = data_path(site_dir, name)
        if path is not None and name == "news" and leftover_news_data(site_dir):
            note = "no template shows this file and the homepage lists news of its own: "
            reporter.info(display_path(path), None, note + "a leftover, not read")
        elif path is not None:
            events += read_data_entries(path, name, default, site_dir, site_url, tz, reporter)
    return events


def read_data_entries(
    path: Path,
    name: str,
    default: str,
    site_dir: Path,
    site_url: str,
    tz: dt.tzinfo | None,
    reporter: Reporter,
    keys: tuple[str, ...] = (),
) -> list[Item]:
    """The items of the news list in the data file ``path`` (under ``keys`` when given:
    ``("params", "news")`` of ``config.toml``), each typed by its words, else ``default``."""
    source = display_path(path)
    text = read_text(path, source)
    try:
        data = load_data(text, path.suffix)
    except ValueError as exc:  # YamlError, TOMLDecodeError, JSONDecodeError
        where = getattr(exc, "line", None) or getattr(exc, "lineno", None)
        reporter.error(source, where, f"not valid {path.suffix[1:].upper()} ({exc}); not read")
        return []
    found = news_entries(data, text, path.suffix, keys)  # any shape: .data_lists
    if found is None and name == "news":
        reporter.warn(source, 1, "no list of news entries (text and date) here; not read")
    if found is None:
        return []
    key = found.key or name
    if name != "news" and not any(_date_value(e) for e in found.entries):
        reporter.info(source, 1, f"no dated entries in the '{key}' list; not read as news")
        return []
    warn_skipped(found, source, reporter)
    where = (found.key_line, key)
    entries, lines = found.entries, found.lines
    if (count := shown_count(site_dir, path.stem)) is not None and count < len(entries):
        note = f"the templates show only the first {count} entries (range first {count}): "
        reporter.info(source, lines[count], note + f"the other {len(entries) - count} not read")
        entries, lines = entries[:count], lines[:count]
    elif (limit := config_limit(site_dir, path.stem)) and limit[0] < len(entries):
        count, setting = limit
        note = f"the config shows only the first {count} entries ({setting} = {count}): "
        reporter.info(source, lines[count], note + f"the other {len(entries) - count} not read")
        entries, lines = entries[:count], lines[:count]
    events = _items(entries, lines, source, where, site_url, tz, reporter, default)
    shown = shown_precision(site_dir, path.stem)  # "Jan 2006" in the widget: months
    for event in events:
        event.span = as_shown(event.span, shown)
    return events


def _items(
    entries: list[dict[str, Any]],
    lines: list[int],
    source: str,
    where: tuple[int, str],
    site_url: str,
    tz: dt.tzinfo | None,
    reporter: Reporter,
    default: str = "news",
) -> list[Item]:
    site_root = site_url.rstrip("/") + "/" if site_url else ""
    events = []
    openings = leading_dates([_words(e)[0] if _date_value(e) is None else "" for e in entries])
    for entry, line, opening in zip(entries, lines, openings, strict=True):
        event = _entry_item(entry, source, line, site_root, tz, reporter, default, opening)
        if event is not None:
            events.append(event)
    if not events:
        reporter.error(source, where[0], f"the '{where[1]}' list yields no news items")
    return events


def entry_lines(text: str, key: str, count: int, start: int) -> list[int]:
    """1-based line of each entry of the list ``key`` whose key is on line ``start`` (0:
    a list at the top of a data file): YAML ``- `` items, TOML ``[[key]]`` tables; every
    entry on the key's line when they cannot be told apart."""
    lines = text.split("\n")
    tables = [n for n, line in enumerate(lines, 1) if re.match(rf"\s*\[\[{key}\]\]", line)]
    if len(tables) == count:
        return tables
    found = list_entry_lines(lines, start - 1)  # after the key's line (index start - 1)
    return found if len(found) == count else [max(start, 1)] * count


def _address(value: Any) -> str:
    """A ``link:`` field's address: itself, or a link mapping's (``{url, text}``)."""
    if isinstance(value, dict):
        value = next((value[k] for k in LINK_KEYS if isinstance(value.get(k), str)), "")
    return str(value).strip() if value else ""


def _entry_item(
    entry: dict[str, Any],
    source: str,
    line: int,
    site_root: str,
    tz: dt.tzinfo | None,
    reporter: Reporter,
    default: str = "news",
    opening: tuple[DateSpan, str] | None = None,  # "[29-04-2026] words": .entry_dates
) -> Item | None:
    words, used = _words(entry)
    words = opening[1] if opening is not None else words
    link = next((found for k in LINK_KEYS if (found := _address(entry.get(k)))), "")
    if link and "](" not in words and "<a " not in words:
        words = f"[{_escape(words)}]({link})"
    more = [str(entry[k]) for k in SUMMARY_KEYS if k != used and entry.get(k)]
    summary = next(iter(more), "")
    body = emojize(words + (f"\n\n{summary}" if summary.strip() else ""))
    scratch = Reporter(quiet=True)
    event = to_item(RawItem(source, line, "news", markdown().parse(body)), site_root, scratch)
    if event is None:
        reporter.warn(source, line, "empty news item", code="empty")
        return None
    value = _date_value(entry)
    span = front_date(value, tz) if value not in (None, "") else None
    end_value = next((entry[k] for k in END_KEYS if entry.get(k) not in (None, "")), None)
    end = front_date(end_value, tz) if span and end_value is not None else None
    if span is not None and end is not None and end.end > span.end:  # start … end
        span = DateSpan(span.start, end.end, Precision.DAY, ranged=True)
    span = opening[0] if opening is not None else span
    if span is not None:
        event.span = span
    elif value not in (None, ""):
        reporter.warn(source, line, f"cannot read the date {str(value)!r}; published undated")
    elif event.span is None:
        reporter.warn(source, line, "news entry has no 'date:'; published undated", code="undated")
    if summary.strip():
        event.text = f"{event.text} {strip_tags(summary).strip()}"
    kind = next((str(entry[k]).strip() for k in KIND_KEYS if _one_name(entry.get(k))), "")
    kind = kind or filed_label(entry)  # categories: ["Talk", "Poster"]: the author's label
    if kind:
        event.kind, event.kind_slug = kind[:1].upper() + kind[1:], slugify(kind)
    if location := str(entry.get("location") or "").strip():
        event.location = strip_tags(location)
    buttons = field_links(entry.get("links"), site_root)  # Zola's links = [{label, url}]
    add_arxiv(event, buttons)
    event.type = type_of(event)
    if event.type == "news" and event.kind_slug == "news":  # nothing says: the file does
        event.type = default
    if default == "event" and event.type == "event" and _names_a_talk(event.text):
        event.type = "talk"  # "Example conference, poster presentation": what one did there
    if default == "talk" and event.type == "event" and _words_say(event) != "event":
        event.type = "talk"  # a talks file's "category: workshop": where it was given
    add_links(event, buttons)
    return event


def _one_name(value: Any) -> bool:
    return isinstance(value, str | int | float) and bool(str(value).strip())


def _words_say(event: Item) -> str:
    """The type ``event``'s words give without its label ("Attended the X workshop": event)."""
    return type_of(replace(event, kind="", kind_slug=""))


def _names_a_talk(text: str) -> bool:
    return any(h.type == "talk" for h in hits(mask(text, ()).lower()))


def _date_value(entry: dict[str, Any]) -> Any:
    return next((entry[k] for k in DATE_KEYS if entry.get(k) not in (None, "")), None)


def _words(entry: dict[str, Any]) -> tuple[str, str]:
    for key in WORD_KEYS:
        value = entry.get(key)
        if isinstance(value, str | int | float) and str(value).strip():
            return str(value).strip(), key
    return "", ""


def _escape(words: str) -> str:
    return words.replace("[", r"\[").replace("]", r"\]")
