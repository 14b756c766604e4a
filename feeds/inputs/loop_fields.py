"""Which fields of a data file's entries a Liquid loop shows as the date and as the words,
read from the loop's own uses of its variable::

    {% for n in site.data.avisos %}
      <div>{{ n.quando | date: "%d/%m" }}</div>
      <div>{% if n.turma %}<strong>{{ n.turma }}</strong>{% endif %} {{ n.aviso }}</div>
    {% endfor %}

A field the loop only compares (piped through ``date: "%s"``, seconds) or that names a
visibility cut-off (``expires``, ``expiry``, ``show_until``) is neither: the entry is
shown until then, it is not news of that day.
Entries keep their own field names (``quando:``, ``aviso:``, Portuguese ``data:`` and
``noticia:``): the field piped through ``date`` (or, failing that, the first shown field
that holds dates) is the date; the shown field with the most words over the whole file
is the words; short fields shown before the words (a bold course name) open them, as the
reader sees. :func:`with_shown_fields` adds the English ``date:`` and ``text:`` to each
entry so the data reader (:mod:`.data_entry`) knows them; fields it already knows under
English names (``date:``, ``title:``…) are left as they are.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from ..parse.dates import parse_date
from .data_entry import DATE_KEYS, NOT_SHOWN, TEXT_KEYS
from .loop_render import assembles, rendered_words

_NAME = r"[A-Za-z_][\w-]*"
_FORMAT = re.compile(r"\|\s*date\s*:\s*[\"']([^\"'\n]*%[^\"'\n]*)[\"']")
_VARIABLE = re.compile(rf"\{{%-?\s*for\s+({_NAME})\s+in\b")
# fields never the words: where the entry links to, its picture, its kind
KIND_KEYS = ("type", "kind", "category")  # a kind the loop only branches on is not shown
# a visibility cut-off, never the entry's date (``{% if expires > nowunix %}``)
_CUT_OFF = re.compile(r"expir\w*|\w*until|hide_?after|show_?till", re.IGNORECASE)
_EPOCH = re.compile(r"\|\s*date\s*:\s*[\"']%s[\"']")  # seconds, to compare: never shown
NOT_WORDS = ("link", "url", "href", "image", "img", "photo", "icon", "type", "kind", "category")


@dataclass(frozen=True)
class ShownFields:
    """The fields of the loop's variable the loop prints, in order, and those it prints
    through a ``date`` filter."""

    shown: tuple[str, ...] = ()
    dated: tuple[str, ...] = ()
    variable: str = ""  # the entry's name in the loop (``n`` of ``assign n = pair[1]``)
    body: str = ""  # the loop's body, when it assembles the words (:mod:`.loop_render`)
    formats: tuple[str, ...] = ()  # the ``date:`` formats it prints the dated fields with


def shown_fields(tag: str, body: str) -> ShownFields:
    """The fields the loop whose ``{% for %}`` tag is ``tag`` shows in ``body``."""
    variable = _VARIABLE.match(tag)
    if variable is None:
        return ShownFields()
    name = variable.group(1)
    pair = re.search(rf"\{{%-?\s*assign\s+({_NAME})\s*=\s*{re.escape(name)}\s*\[\s*1\s*\]", body)
    name = pair.group(1) if pair else name  # a map's (key, entry) pairs: the entry
    uses = re.compile(rf"\{{\{{-?\s*{re.escape(name)}\.({_NAME})\s*([^}}]*)\}}\}}")
    shown: list[str] = []
    dated: list[str] = []
    formats: list[str] = []
    for use in uses.finditer(body):
        field = use.group(1).lower()
        if _CUT_OFF.fullmatch(field) or _EPOCH.search(use.group(2)):
            continue  # {{ item.expires | date: '%s' }}: compared with now, never shown
        if field not in shown:
            shown.append(field)
        if re.search(r"\|\s*date\b", use.group(2)) and field not in dated:
            dated.append(field)
        formats += _FORMAT.findall(use.group(2))
    assembled = body if pair or assembles(body, name) else ""
    return ShownFields(tuple(shown), tuple(dated), name, assembled, tuple(formats))


def with_shown_fields(data: Any, fields: ShownFields) -> Any:
    """``data`` with each entry (a mapping holding a shown field) also under ``date:``
    and ``text:`` as the loop shows it, where the entry has no value there."""
    entries = list(_entries(data, set(fields.shown)))
    if not entries:
        return data
    date_field = _date_field(entries, fields)
    text_field = _text_field(entries, fields, date_field)
    text_order = fields.shown.index(text_field) if text_field else 0
    opening = [f for f in fields.shown[:text_order] if f not in (date_field, *NOT_WORDS)]
    for entry in entries:
        if fields.body:  # the words as the loop assembles them, branch by branch
            _assembled(entry, fields, date_field)
        else:
            _add(entry, date_field, text_field, opening)
    return data


def _assembled(entry: dict[Any, Any], fields: ShownFields, date_field: str) -> None:
    """Give ``entry`` the words the loop prints for it as its only words (under
    ``text:``), its date under ``date:``; mark it not shown when the loop prints none."""
    words = rendered_words(fields.body, fields.variable, entry, date_field)
    when = _value(entry, date_field) if date_field else None
    if not words:
        entry[NOT_SHOWN] = True
        return
    hidden = (*TEXT_KEYS, *(k for k in KIND_KEYS if k not in fields.shown))  # "**paper**"
    for key in [k for k in entry if str(k).lower() in hidden]:
        del entry[key]
    entry["text"] = words
    if when not in (None, "") and not _has(entry, DATE_KEYS):
        entry["date"] = when


def _entries(data: Any, shown: set[str]):
    """The mappings in ``data`` (a list, a map of lists, nested) holding a shown field."""
    if isinstance(data, list):
        for value in data:
            yield from _entries(value, shown)
    elif isinstance(data, dict):
        if any(str(key).lower() in shown for key in data):
            yield data
        else:
            for value in data.values():
                yield from _entries(value, shown)


def _value(entry: dict[Any, Any], field: str) -> Any:
    return next((v for k, v in entry.items() if str(k).lower() == field), None)


def _is_date(value: Any) -> bool:
    if isinstance(value, dt.date):
        return True
    text = value.strip() if isinstance(value, str) else ""
    return 0 < len(text) <= 40 and parse_date(text) is not None


def _date_field(entries: list[dict[Any, Any]], fields: ShownFields) -> str:
    """The date: the field shown through ``date`` that the entries fill, else the first
    shown field most entries hold a date in; ``""`` when none."""
    for field in fields.dated:
        if any(_value(entry, field) not in (None, "") for entry in entries):
            return field
    for field in fields.shown:
        if 2 * sum(_is_date(_value(entry, field)) for entry in entries) > len(entries):
            return field
    return ""


def _text_field(entries: list[dict[Any, Any]], fields: ShownFields, date_field: str) -> str:
    """The words: the shown field (not the date, a link or a kind) whose text is the
    longest over all entries; ``""`` when no shown field holds text."""
    best, most = "", 0
    for field in fields.shown:
        if field in (date_field, *NOT_WORDS):
            continue
        values = (_value(entry, field) for entry in entries)
        length = sum(len(v.strip()) for v in values if isinstance(v, str))
        if length > most:
            best, most = field, length
    return best


def _add(entry: dict[Any, Any], date_field: str, text_field: str, opening: list[str]) -> None:
    """Give ``entry`` the loop's date and words under ``date:`` and ``text:``, unless it
    has them under names the reader of entries knows."""
    when = _value(entry, date_field) if date_field else None
    if date_field not in DATE_KEYS and when not in (None, "") and not _has(entry, DATE_KEYS):
        entry["date"] = when
    words = _value(entry, text_field) if text_field else None
    if text_field in TEXT_KEYS or not isinstance(words, str) or _has(entry, ("text",)):
        return
    heads = (_value(entry, field) for field in opening)
    shown = [str(head).strip() for head in heads if isinstance(head, str | int) and str(head)]
    entry["text"] = " ".join([*shown, words.strip()])


def _has(entry: dict[Any, Any], keys: tuple[str, ...]) -> bool:
    return any(_value(entry, key) not in (None, "") for key in keys)
