"""The entries of a YAML file a Quarto listing shows (``contents: news/items.yml``).

Each entry is one item, at the line of the file it starts on. Its words are those the
listing shows: the fields its own template prints (``<%= item.description %>`` in
``template: news/card.ejs``), else the listing's ``fields:``, else Quarto's ``title``,
``subtitle`` and ``description``; the words of another field (``text:``, ``content:``…)
when none of those has any. A title that is not the entry's ``title`` is the first
sentence of those words. Its link is its ``href``, ``path``, ``link`` or ``url``. An entry
with no words is said at its line and left out, never published untitled.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from ..diagnostics import BuildError, Reporter, display_path
from ..model import Item
from ..parse.front_matter import YamlError, load_yaml, read_text
from ..parse.markdown import markdown, strip_tags
from ..text import emojize, first_sentence, shorten
from .data_entry import TEXT_KEYS
from .data_lines import DataLines
from .data_lists import NO_WORDS
from .listed_item import entry, listed_date

QUARTO_WORDS = ("title", "subtitle", "description")  # what Quarto's own listings show
LINK_KEYS = ("href", "path", "link", "url")
_NOT_WORDS = {
    *LINK_KEYS, "date", "date-modified", "file-modified", "image", "image-alt", "author",
    "categories", "reading-time", "word-count", "filename", "id", "type", "sort", "index",
}  # fmt: skip
# display_date, date_iso, shown-date, eventDate (never "update" or "candidate")
_DATE_FIELD = re.compile(r"(?:.*[_-])?[Dd]ate(?:[_-].*)?|.*[a-z]Date(?:[A-Z_].*)?")
# a label word for the column ``title`` is renamed to (``field-display-names``)
LABEL_NAMES = {
    "category", "categories", "type", "kind", "topic", "tag", "tags", "label", "class",
    "类别", "分类", "类型", "類別", "分類", "類型",
    "カテゴリ", "カテゴリー", "種類", "분류", "유형",
    "catégorie", "categoría", "categoria", "kategorie", "typ", "tipo",
}  # fmt: skip
_TEMPLATE_FIELD = re.compile(r"\bitem(?:\.([A-Za-z_][\w]*)|\[\s*['\"]([\w-]+)['\"]\s*\])")


def shown_fields(page: Path, spec: dict[str, Any]) -> tuple[str, ...]:
    """The fields a listing (``spec``, in ``page``'s front matter) shows as words, in the
    order it shows them: those its template prints, else its ``fields:``."""
    template = spec.get("template")
    if isinstance(template, str) and template.strip():
        try:
            text = (page.parent / template.strip()).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError, ValueError):
            text = ""
        found = [a or b for a, b in _TEMPLATE_FIELD.findall(text)]
        return tuple(dict.fromkeys(f for f in found if _words_field(f)))
    fields = spec.get("fields")
    if isinstance(fields, list):
        return tuple(str(f) for f in fields if isinstance(f, str) and _words_field(f))
    return ()


def _words_field(name: str) -> bool:
    """Whether a field a listing prints may be words: not a link, an image, the
    categories, nor a date under any name (``display_date``, ``date_iso``,
    ``eventDate``: the template prints a date there, ``[2026/06]``)."""
    return name not in _NOT_WORDS and not _DATE_FIELD.fullmatch(name)


def title_is_label(spec: dict[str, Any]) -> bool:
    """Whether a listing shows each document's ``title`` as a label, the ``description``
    beside it being the words: its ``field-display-names`` renames ``title`` to a
    category (``title: "Category"``) and its ``fields`` (when given) show the
    description."""
    names = spec.get("field-display-names")
    shown = names.get("title") if isinstance(names, dict) else None
    if not isinstance(shown, str) or shown.strip().lower() not in LABEL_NAMES:
        return False
    fields = spec.get("fields")
    return not isinstance(fields, list) or "description" in fields


def yaml_entries(path: Path) -> list[tuple[dict[str, Any], int]]:
    """The entries of a YAML listing file, each with the 1-based line it starts on."""
    try:
        text = read_text(path, display_path(path))
        data = load_yaml(text)
    except (BuildError, YamlError):
        return []
    if not isinstance(data, list):
        return []
    lines = DataLines(text, ".yaml")
    return [(e, lines.of([k]) or 1) for k, e in enumerate(data) if isinstance(e, dict)]


def yaml_item(
    data: dict[str, Any],
    source: str,
    line: int,
    shown: tuple[str, ...],
    site_root: str,
    tz: dt.tzinfo,
    reporter: Reporter,
) -> Item | None:
    """One entry as an item, or ``None`` (said at its line) when it has no words."""
    keys = [*shown, *QUARTO_WORDS, *TEXT_KEYS]
    key = next((k for k in dict.fromkeys(keys) if _plain(data.get(k))), None)
    if key is None:
        reporter.warn(source, line, NO_WORDS)
        return None
    words = _plain(data[key])
    if key == "title":
        title, summary = words, _plain(data.get("description"))
    else:
        title, summary = shorten(first_sentence(words)), words
    href = next((str(data[k]).strip() for k in LINK_KEYS if _plain(data.get(k))), "")
    if href and not urlsplit(href).scheme:
        href = urljoin(site_root, re.sub(r"\.(?:qmd|Rmd|rmd|md|ipynb)$", ".html", href))
    span = listed_date(data.get("date"), tz) if data.get("date") else None
    return entry(data, title, summary, span, href, source, line)


def _plain(value: Any) -> str:
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        return ""
    return strip_tags(markdown().renderInline(emojize(str(value)))).strip()
