"""Helpers the renderers share: escaping, item text and HTML, dates for people, assets."""

from __future__ import annotations

import datetime as dt
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from ..latex_text import latex_in_text
from ..model import Precision
from ..parse.markdown import safe_html, safe_url
from ..text import clean_text, shorten, squash

if TYPE_CHECKING:
    from ..model import DateSpan, Item
    from ..site import Site

SUMMARY_LIMIT = 280
# Month names by hand: strftime("%b") would depend on the locale.
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def esc(text: str) -> str:
    """``text`` escaped for HTML element content and quoted attribute values (and cleaned:
    the last defence against characters no output may carry)."""
    return escape(clean_text(text), quote=True)


def asset(name: str) -> str:
    """A text file shipped in ``feeds/render/assets`` (a plain path: importlib.resources
    would import zipfile, ~5 ms of every start)."""
    return (Path(__file__).parent / "assets" / name).read_text(encoding="utf-8")


def entry_title(event: Item) -> str:
    """``Talk: Computational Imaging XXI``; plain news items carry no prefix."""
    title = event.title if event.kind == "News" else f"{event.kind}: {event.title}"
    return squash(clean_text(title))


def entry_link(site: Site, event: Item) -> str:
    """What an item links to: its main link, else the homepage."""
    main = event.main_link
    return main.url if main is not None and safe_url(main.url) else site.home_url


def summary(event: Item, limit: int = SUMMARY_LIMIT) -> str:
    """A short plain-text synopsis of an item (no markup)."""
    return shorten(squash(clean_text(event.text)), limit)


def authors(event: Item) -> list[str]:
    """The arXiv authors of an item's papers, first appearance first (empty if none)."""
    return list(
        dict.fromkeys(squash(clean_text(a)) for paper in event.papers for a in paper.authors)
    )


def kind_shown(event: Item) -> str:
    """The author's label, or for an item without one (``News``) the type its words give:
    ``Talk``, ``Paper``… (plain news stays ``News``)."""
    if event.kind == "News" and event.type != "news":
        return event.type.capitalize()
    return event.kind


def tags(event: Item) -> list[str]:
    """The item's kind (:func:`kind_shown`), then the arXiv categories of its papers."""
    cats = (c for paper in event.papers for c in paper.categories)
    return list(dict.fromkeys(clean_text(tag) for tag in [kind_shown(event), *cats]))


def content_html(event: Item) -> str:
    """The item as HTML, followed by authors and abstract of each arXiv paper it announces;
    sanitised as a whole (:func:`~feeds.parse.markdown.safe_html`): what readers render."""
    parts = [event.html]
    for paper in event.papers:
        links = [f'<a href="{esc(paper.abs_url)}">arXiv:{esc(paper.arxiv_id)}</a>']
        if paper.pdf_url:
            links.append(f'<a href="{esc(paper.pdf_url)}">PDF</a>')
        if paper.doi:
            links.append(f'<a href="https://doi.org/{esc(quote(paper.doi))}">DOI</a>')
        meta = f"<em>{esc(latex_in_text(paper.title))}</em>"
        if paper.authors:
            meta += " — " + esc(", ".join(paper.authors))
        if paper.journal_ref:
            meta += f" ({esc(paper.journal_ref)})"
        parts.append(f"<p>{meta}. {' · '.join(links)}</p>")
        if paper.abstract:
            parts.append(f"<blockquote>{esc(latex_in_text(squash(paper.abstract)))}</blockquote>")
    return safe_html("\n".join(parts))


def date_label(span: DateSpan | None) -> str:
    """A human date: ``Nov 18, 2022``, ``Jan 15–19, 2023``, ``Aug 2022``, ``2022``."""
    if span is None:
        return ""
    if span.precision is Precision.YEAR:
        return f"{span.start.year}" + (f"–{span.end.year}" if span.ranged else "")
    start, end = span.start, span.end
    ranged = span.ranged and end != start
    if span.precision is Precision.MONTH:
        label = f"{_mon(start)} {start.year}"
        return label + (f" – {_mon(end)} {end.year}" if ranged else "")
    if not ranged:
        label = f"{_mon(start)} {start.day}, {start.year}"
    elif (start.year, start.month) == (end.year, end.month):
        label = f"{_mon(start)} {start.day}–{end.day}, {end.year}"
    elif start.year == end.year:
        label = f"{_mon(start)} {start.day} – {_mon(end)} {end.day}, {end.year}"
    else:
        label = f"{_mon(start)} {start.day}, {start.year} – {_mon(end)} {end.day}, {end.year}"
    if span.start_time is not None:
        label += f", {_clock(span.start_time)}"
    return label


def _mon(day: dt.date) -> str:
    return _MONTHS[day.month - 1]


def _clock(time: dt.time) -> str:
    return f"{time.hour:02d}:{time.minute:02d}"
