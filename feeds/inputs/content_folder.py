"""A content collection of a JavaScript framework's site (Nuxt ``content/news/``, Astro
``src/content/news/``) that its homepage component queries (:mod:`.js_sites`): one
Markdown document an item. The list shows a document's front matter: its ``date`` and
its words (``title``, ``text``, ``content``, ``description``; Nuxt sites often keep
the list's text in ``content:``, a second language's beside it in ``contentjp:``), read
as a data entry is (:mod:`.hugo_front_list`), else the first paragraph of its body (also
when the words end cut off, ``…``, a summary a CMS such as Decap made of the body); a
document without a date field is dated by its file name's leading day
(``2025-03-15-paper.md``, as Jekyll dates a collection's documents, :mod:`.name_dates`). A
document without words and date (a template, ``date: ""``) is no item; a draft
(``draft: true``, ``published: false``) neither. An arXiv paper the document's page links
is the item's (its arXiv id). Only the documents the homepage's filters keep are read,
and the body's words come first when it renders the bodies (:mod:`.collection_filters`).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from pathlib import Path

from ..arxiv_ids import arxiv_id
from ..diagnostics import BuildError, Reporter, display_path
from ..model import Item, Precision
from ..parse.dates._common import month_end
from ..parse.front_matter import (
    front_matter,
    key_line,
    read_text,
)
from ..parse.markdown import markdown, strip_tags
from ..parse.page import Page
from ..parse.types import classify
from .collection_filters import (
    shown_documents,
    shown_precision,
    shown_precisions,
    shows_bodies,
)
from .data_entry import TEXT_KEYS
from .display_zone import display_zone
from .documents import front_matter_or_warn
from .field_links import add_field_links
from .hugo_front_list import DATE_KEYS, KIND_KEYS, WORD_KEYS
from .hugo_front_list import _items as entry_items
from .js_sites import CONTENT_SUFFIXES, homepage_component
from .name_dates import name_date

MAX_DOCUMENTS = 2000
_ARXIV = re.compile(r"https?://(?:www\.)?arxiv\.org/(?:abs|pdf)/[\w./-]+", re.IGNORECASE)


def read_content_folder(
    site_dir: Path, folder: Path, site_url: str, reporter: Reporter
) -> tuple[Page, list[Item]]:
    """The page (the folder) and the items of its documents, newest first;
    :class:`BuildError` when none is one."""
    source = display_path(folder)
    home = homepage_component(site_dir)
    shown_by = f"the homepage {display_path(home)} shows it" if home else "it is the news"
    reporter.info(source, None, f"news read from this content folder: {shown_by}")
    paths = sorted(
        p
        for p in folder.rglob("*")
        if p.suffix.lower() in CONTENT_SUFFIXES
        and p.is_file()
        and not any(part.startswith((".", "_")) for part in p.relative_to(folder).parts)
    )[:MAX_DOCUMENTS]
    component = home.read_text(encoding="utf-8", errors="replace") if home else ""
    shown = shown_documents(paths, component)
    if len(shown) < len(paths):
        reporter.info(source, None, f"{len(paths) - len(shown)} documents the homepage's "
                      "filters leave out (their front matter) are not read")  # fmt: skip
    events: list[Item] = []
    formats = shown_precisions(component)
    zone = display_zone(site_dir)  # dateFrom: '…T16:00:00.000Z' shown in Asia/Singapore
    for path in shown:
        found = _document_items(path, site_url, reporter, shows_bodies(component), zone)
        if shown_precision(front_matter(path), formats) is Precision.MONTH:
            found = [_to_month(event) for event in found]  # "Jan 2025" beside each
        events += found
    if not events:
        raise BuildError(f"{source}: no dated news documents in this content folder")
    undated = dt.date.max
    events.sort(key=lambda e: -(e.span.start if e.span else undated).toordinal())
    return Page(source=source, meta={}, title="", found_news=True), events


def _document_items(
    path: Path,
    site_url: str,
    reporter: Reporter,
    bodies: bool = False,
    zone: dt.tzinfo | None = None,
) -> list[Item]:
    source = display_path(path)
    text = read_text(path, source)
    if (read := front_matter_or_warn(text, source, reporter, "skipped")) is None:
        return []
    meta, body = read
    if meta.get("draft") is True or meta.get("published") is False:
        reporter.info(source, 1, "a draft; left out")
        return []
    entry = {str(k).lower(): v for k, v in meta.items()}
    if all(entry.get(k) in (None, "") for k in DATE_KEYS) and (named := name_date(path)):
        entry["date"] = named  # 2025-03-15-paper.md: the day its name begins with
    filed = entry.get("categories")  # "categories: talk": filed as a type, its label
    if isinstance(filed, str) and not any(k in entry for k in KIND_KEYS):
        entry["category"] = filed if classify("", filed) != "news" else None
    key = "" if bodies and _lead(body) else next((k for k in WORD_KEYS if _said(entry.get(k))), "")
    if key and _cut_off(str(entry[key])) and len(_lead(body)) >= len(str(entry[key])) - 3:
        key = ""  # "The lab was founded in…": a CMS's summary cut from the body, whole there
    if not key and (lead := _lead(body)):  # (the page renders the body: its words first)
        entry["text"], key = lead, "text"
    if not key and entry.get("date") in (None, ""):
        reporter.info(source, 1, "no words and no date (a template); not an item")
        return []
    if not key:
        reporter.warn(source, 1, "news document without words; skipped", code="empty")
        return []
    for other in TEXT_KEYS:  # only the words the list shows: a summary is the page's
        if other != key and other not in ("date", "link", "url"):
            entry.pop(other, None)
    line = key_line(text, key) if key in meta else key_line(text, "date")
    where = (line, key)
    events = entry_items([entry], [line], source, where, site_url, zone, reporter)
    papers = [url for url in _ARXIV.findall(body) if arxiv_id(url)]  # the item page's paper
    for event in events:
        add_field_links(event, [{"label": "arXiv", "url": url} for url in papers], site_url)
    return events


def _said(value: object) -> bool:
    return (
        isinstance(value, str | int | float)
        and not isinstance(value, bool)
        and bool(str(value).strip())
    )


def _cut_off(words: str) -> bool:
    """Whether ``words`` end cut off (``…``, ``...``), as a summary a CMS makes does."""
    return words.rstrip().endswith(("…", "..."))


def _lead(body: str) -> str:
    """The first paragraph of the body that says something, as plain text."""
    for block in body.strip().split("\n\n"):
        words = " ".join(strip_tags(markdown().render(block)).split())
        if words and not block.lstrip().startswith(("::", "<", "#", "![", "{{")):
            return words
    return ""


def _to_month(event: Item) -> Item:
    """``event`` dated to its month, as a list whose date format names no day shows it."""
    span = event.span
    if span is None or span.precision is not Precision.DAY or span.ranged:
        return event
    start = span.start.replace(day=1)
    end = month_end(start.year, start.month)
    event.span = replace(span, start=start, end=end, precision=Precision.MONTH)
    return event
