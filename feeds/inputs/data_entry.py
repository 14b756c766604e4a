"""One news entry of a data file (:mod:`.data_lists`) as a mapping: its words under a key
:data:`TEXT_KEYS` knows (``message:``, ``note:``… moved to ``text``), its date under
``date`` (from ``when:``, ``start:``…, or ``year:``/``month:``/``day:``; the words of
``date: 2024-09-01 - our lab opens``), Liquid and a trailing Markdown line break
dropped (:func:`clean_words`); a record of a map keyed by ids (:func:`is_record`) and
whether it says it is hidden (:func:`is_hidden`).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from typing import Any

from ..parse.dates import match_prefix, parse_date
from ..parse.types import names_a_type

DATE_KEYS = (
    "date", "when", "time", "published", "posted", "start", "start_date",
    "created", "created_at", "createdat",  # an app's record: created: "2026-04-21"
)  # fmt: skip
TEXT_KEYS = (
    "title", "text", "content", "description", "news", "body", "message", "headline",
    "summary", "details", "note", "item", "entry", "event", "html", "markdown", "htmltext",
    "html_text", "texthtml", "text_html", "detail",
)  # fmt: skip
NOT_SHOWN = "_not_shown"  # set on an entry the page's loop prints nothing for
PLAIN_TEXT_KEYS = TEXT_KEYS[:6]  # the keys every reader of entries knows
# the item's line a lab theme shows above a ``description:`` (``<em>{{ a.headline }}</em>
# <br>{{ a.description }}``): with one of them, the description is the item's body
LINE_KEYS = ("headline", "news", "item", "summary", "message")
# the same keys in Spanish, Portuguese, French, Italian and German (``titulo:``, ``data:``)
LANGUAGE_KEYS = {
    "fecha": "date", "data": "date", "datum": "date",
    "titulo": "title", "título": "title", "titre": "title", "titolo": "title", "titel": "title",
    "texto": "text", "texte": "text", "testo": "text",
    "noticia": "text", "notícia": "text", "nachricht": "text", "notizia": "text",
    "nouvelle": "text",
    "descripcion": "description", "descripción": "description", "descrição": "description",
    "descricao": "description", "beschreibung": "description",
    "enlace": "link", "lien": "link", "collegamento": "link",
}  # fmt: skip

_LIQUID = re.compile(r"\{\{.*?\}\}|\{%.*?%\}", re.DOTALL)
_HARD_BREAK = re.compile(r"[ \t]*\\[ \t]*\Z")  # "text \" at the end: a Markdown <br>


def news_entry(item: Any) -> dict[str, Any] | None:
    """One entry as a mapping with ``date`` and words, or ``None`` if it is no news."""
    if isinstance(item, str):
        words = clean_words(item)
        return {"text": words} if words else None
    if not isinstance(item, dict):
        return None
    entry = _in_english({str(k).lower(): v for k, v in item.items()})
    if "date" not in entry or entry["date"] in (None, ""):
        entry.pop("date", None)
        when = next((entry[k] for k in DATE_KEYS if entry.get(k) not in (None, "")), None)
        if when is None and year_of(entry.get("year")):  # year: 2024, month: Mar, day: 5
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
    has_words = any(is_words(entry.get(k)) for k in TEXT_KEYS)
    if not has_words and isinstance(entry.get("date"), str):  # "2024-09-01 - our lab opens"
        lead = match_prefix(entry["date"].strip())
        words = clean_words(entry["date"].strip()[lead.end :]) if lead is not None else ""
        if lead is not None and words:
            entry["date"], entry["text"], has_words = iso_span(lead.span), words, True
    line = _line_over_description(entry)
    if line is not None:
        entry["title"] = entry.pop(line)  # read first; the description stays the body
    if has_words and not any(is_words(entry.get(k)) for k in PLAIN_TEXT_KEYS):
        key = next(k for k in TEXT_KEYS if is_words(entry.get(k)))
        entry["text"] = entry.pop(key)  # words under another name: "message:", "note:"
    return entry if has_words else None


def without_switch_type(entry: dict[str, Any]) -> dict[str, Any]:
    """``entry`` without its ``type`` when that is no type word: where no page prints
    it (:mod:`.printed_type`), an app's switch (``"type": "rabbit"`` picks the icon a
    component shows), not a label; a type word (``"award"``, ``"accept"``) stays."""
    value = entry.get("type")
    if isinstance(value, str) and value.strip() and not names_a_type(value):
        return {k: v for k, v in entry.items() if k != "type"}
    return entry


def _line_over_description(entry: dict[str, Any]) -> str | None:
    """The key of the entry's line (:data:`LINE_KEYS`) when it has one and a
    ``description:`` but no ``title``/``text``/``content`` (those are read first)."""
    if not is_words(entry.get("description")):
        return None
    if any(is_words(entry.get(k)) for k in ("title", "text", "content")):
        return None
    return next((k for k in LINE_KEYS if is_words(entry.get(k))), None)


def _in_english(entry: dict[str, Any]) -> dict[str, Any]:
    """``entry`` with its keys in another language (:data:`LANGUAGE_KEYS`) also under the
    English ones they stand for, where those are not used; ``data:`` only when a date."""
    for key, english in LANGUAGE_KEYS.items():
        value = entry.get(key)
        if value in (None, "") or entry.get(english) not in (None, ""):
            continue
        if isinstance(value, dict | list) or (english == "date" and not _is_date(value)):
            continue
        entry[english] = value
    return entry


def _is_date(value: Any) -> bool:
    """Whether ``value`` is a date (a YAML date, a year, or text that reads as one)."""
    if isinstance(value, dt.date):
        return True
    if isinstance(value, bool) or not isinstance(value, int | str):
        return False
    return bool(str(value).strip()) and parse_date(str(value).strip()) is not None


def is_record(value: Any) -> bool:
    """Whether ``value`` is one dated entry of a map keyed by ids (``date:`` and words)."""
    if not isinstance(value, dict):
        return False
    keys = {str(k).lower() for k in value}
    dated = any(value.get(k) not in (None, "") for k in value if str(k).lower() in DATE_KEYS)
    return dated and any(k in keys for k in TEXT_KEYS)


_SHOWN_FLAGS = ("display", "show", "visible", "published")
_HIDDEN_FLAGS = ("hidden", "draft", "hide")


def is_hidden(record: dict[Any, Any]) -> bool:
    """Whether a record says it is not shown (``display: false``, ``draft: true``)."""
    flags = {str(k).lower(): v for k, v in record.items()}
    return any(flags.get(k) is False for k in _SHOWN_FLAGS) or any(
        flags.get(k) is True for k in _HIDDEN_FLAGS
    )


def is_words(value: Any) -> bool:
    """Whether ``value`` is words to show (text or a number, not blank, not a flag)."""
    return (
        isinstance(value, str | int | float)
        and not isinstance(value, bool)
        and bool(str(value).strip())
    )


def clean_words(text: str) -> str:
    """The words as shown: Liquid blanked, a trailing Markdown line break dropped."""
    return _HARD_BREAK.sub("", _LIQUID.sub("", text).strip()).strip()


# A date set apart in markup opening an entry's words: "<strong>Jun.</strong> Won …",
# "<b>Sept. 5</b>: …", "<span class='date'>2026 Mar.</span> …".
_MARKED_DATE = re.compile(
    r"\s*<(strong|b|em|i|span|time)\b[^>]*>\s*([^<]{1,32}?)\s*</\1>\s*(?:[:：|–—-]\s*)?"
)


def marked_date(words: str, year: int | None) -> tuple[Any, str] | None:
    """(date span, the words after it) when ``words`` open with a date set apart in
    markup (in ``year`` when it names none), else ``None``."""
    found = _MARKED_DATE.match(words)
    span = parse_date(found.group(2), year) if found else None
    rest = words[found.end() :].strip() if found else ""
    return (span, rest) if span is not None and rest else None


def iso_span(span: Any) -> str:
    """A span as ISO text, a range as two (``2027-06-14–2027-06-16``)."""
    start = span.precision.cut(span.start)
    return f"{start}–{span.precision.cut(span.end)}" if span.ranged else start


def year_of(value: Any, *, loosely: bool = False) -> int:
    """The year a group key or heading names (``2024``, ``"2024"``; ``loosely``: also
    the year of a month or a day, ``2026年4月``, ``April 2026``), else 0."""
    text = str(value).strip() if isinstance(value, int | str) else ""
    if re.fullmatch(r"(?:19|20)\d\d", text):
        return int(text)
    span = parse_date(text) if loosely and text and not isinstance(value, bool) else None
    return span.start.year if span is not None else 0
