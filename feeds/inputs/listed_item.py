"""One document of a Quarto (or distill) listing as a news item.

A listing shows each document by its front matter: ``title``, ``date``, ``description``
(else the first paragraph of the document, as Quarto previews it) and ``categories``; the
entry links to the rendered page. Dates are read in the forms people write them:
``2024-12-20``, ``December 20, 2024``, and numbers such as ``20 12 2024`` whose order
(day or month first) is the one the listing's other documents show.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from html import escape
from pathlib import Path
from typing import Any

from ..diagnostics import Reporter, display_path
from ..model import DateSpan, Item, Link, Precision
from ..parse.dates import parse_date
from ..parse.front_matter import blank, key_line, read_text
from ..parse.inline import flatten
from ..parse.markdown import markdown, strip_tags
from ..parse.pandoc_dashes import pandoc_dashes
from ..parse.types import classify
from ..parse.types.words import NOUN, hits
from ..text import emojize, first_sentence, shorten, slugify
from .documents import front_date_or_warn, front_matter_or_warn
from .front_dates import front_date

DOCUMENT_SUFFIXES = (".qmd", ".md", ".markdown", ".Rmd", ".rmd", ".Rmarkdown")
_NUMERIC = re.compile(r"^(\d{1,4})([ ./-])(\d{1,2})\2(\d{1,4})$")
_HIDDEN = re.compile(
    r"<!--.*?(?:-->|\Z)|\{\{<.*?>\}\}|\{\{%.*?%\}\}|\{(?:[.#]|[\w-]+=)[^{}\n]*\}", re.DOTALL
)  # comments, shortcodes, Pandoc attributes ({.external target=_blank}, {width=50%})
_BUILD_TIME = ("today", "now", "last-modified")


def date_order(values: list[Any]) -> str:
    """``"dmy"`` or ``"mdy"``: how the numeric dates among ``values`` are written, from
    those that say it (``20 12 2024``: day first); ``""`` when none does."""
    orders = set()
    for value in values:
        match = _NUMERIC.match(str(value).strip()) if isinstance(value, str) else None
        if match and len(match.group(4)) == 4:
            first, second = int(match.group(1)), int(match.group(3))
            if first > 12 >= second:
                orders.add("dmy")
            elif second > 12 >= first:
                orders.add("mdy")
    return orders.pop() if len(orders) == 1 else ""


def listed_date(value: Any, tz: dt.tzinfo, order: str = "") -> DateSpan | None:
    """A listed document's ``date`` as a day; ``None`` when it cannot be read.

    Numbers with a four-digit year last are day first when separated by spaces or dots
    (``20 12 2024``), month first with slashes or dashes (``12-20-2024``, as distill
    writes them), unless ``order`` (the listing's own) says otherwise."""
    text = str(value).strip() if isinstance(value, str | int) else ""
    match = _NUMERIC.match(text)
    if match is None:
        return front_date(value, tz)
    first, separator, second, last = match.groups()
    if len(first) == 4:
        year, month, day = int(first), int(second), int(last)
    elif len(last) == 4:
        day_first = order == "dmy" or (not order and separator in " .")
        if int(first) > 12 or int(second) > 12:
            day_first = int(first) > 12
        day, month = (int(first), int(second)) if day_first else (int(second), int(first))
        year = int(last)
    else:
        return front_date(value, tz)
    try:
        day_ = dt.date(year, month, day)
    except ValueError:
        return None
    return DateSpan(day_, day_, Precision.DAY)


def page_url(path: Path, site_dir: Path, site_root: str) -> str:
    """Where a document is published: ``news/x/index.qmd`` → ``<site>/news/x/``,
    ``posts/y.qmd`` → ``<site>/posts/y.html``; distill's ``_posts/`` → ``posts/``."""
    relative = path.resolve().relative_to(site_dir.resolve()).with_suffix("").as_posix()
    parts = relative.split("/")
    if parts[0] in ("_posts", "_articles") and len(parts) > 2:  # distill collections
        parts = [parts[0][1:], *parts[1:-1]]
        return site_root + "/".join(parts) + "/"
    if parts[-1] == "index":
        return site_root + "/".join(parts[:-1]) + ("/" if len(parts) > 1 else "")
    return site_root + relative + ".html"


def listed_item(
    path: Path,
    site_dir: Path,
    site_root: str,
    tz: dt.tzinfo,
    reporter: Reporter,
    order: str = "",
    labelled: bool = False,
) -> Item | None:
    """The listing entry of the document ``path``; ``None`` for a draft or a document
    whose front matter cannot be read (said on ``reporter``). ``labelled``: the listing
    shows the ``title`` as a category, so the words are "title: description"."""
    source = display_path(path)
    text = read_text(path, source)
    if (read := front_matter_or_warn(text, source, reporter, "not listed")) is None:
        return None
    meta, body = read
    if meta.get("draft") is True or meta.get("published") is False:
        return None
    # Pandoc renders every listed document ("2023--2027" shows 2023–2027)
    title = pandoc_dashes(_plain(meta.get("title")) or _first_heading(body) or path.stem)
    summary = pandoc_dashes(_plain(meta.get("description")) or _first_paragraph(body))
    if summary and parse_date(title) is not None:  # a title that only repeats the date
        title = shorten(first_sentence(summary))
    elif summary and labelled:  # "Research highlight" over "Our study … is published"
        title = f"{title}: {shorten(first_sentence(summary))}"
    span = _dated(meta.get("date"), text, source, tz, reporter, order)
    url = page_url(path, site_dir, site_root)
    line = key_line(text, "title")
    return entry(meta, title, summary, span, url, source, line, lambda: _paragraphs(body))


def entry(
    meta: dict[str, Any],
    title: str,
    summary: str,
    span: DateSpan | None,
    url: str,
    source: str,
    line: int,
    paragraphs: Callable[[], Iterable[str]] = tuple,
) -> Item:
    """An item as a listing shows it: the title linked to the page (when it has one),
    then the summary; ``paragraphs``: the document's paragraphs, when it has a body."""
    kind = next((c for c in categories(meta) if classify("", label=c) != "news"), "News")
    shown = escape(title, quote=False)
    html = f'<p><a href="{escape(url)}">{shown}</a></p>' if url else f"<p>{shown}</p>"
    if summary:
        html += f"\n<p>{escape(summary, quote=False)}</p>"
    event = Item(
        kind=kind,
        kind_slug=slugify(kind),
        title=title,
        text=_joined(title, summary),
        html=html,
        section="news",
        source=source,
        line=line,
        span=span,
        links=[Link(title, url)] if url else [],
    )
    event.type = _listed_type(kind, title, summary, event.text, paragraphs)
    return event


def _listed_type(
    kind: str, title: str, summary: str, text: str, paragraphs: Callable[[], Iterable[str]]
) -> str:
    """The type of a listed document filed under the category ``kind``.

    A category that names a type (``Talk``, ``award``) is the author's label: it wins. One
    that names an occasion (``conference``, ``workshop``) or nothing says where, not what
    was done there: the title decides, else the summary; when they too say no more than
    an event, the first paragraph of the document whose verb says another type does
    ("Talk presented at the X Meeting" under ``attended the X Meeting``; not "besides 63
    oral talks, the workshop held …": talks named, none given), else the event."""
    named = classify("", label=kind)
    if named not in ("news", "event"):
        return named
    said = classify(title)
    if said == "news" and summary:
        said = classify(text)
    if "event" not in (named, said):
        return said
    for paragraph in (summary, *paragraphs()):
        found = classify(paragraph) if paragraph else "news"
        if found not in ("news", "event") and _done(paragraph, found):
            if found == "talk" and _the_occasion_itself(paragraph, kind):
                break  # "X will give a workshop on Y", "in this workshop we will present"
            return found
    return "event"


def _the_occasion_itself(paragraph: str, kind: str) -> bool:
    """Whether ``paragraph`` tells of the occasion its document is filed under (``kind``,
    ``Workshop``) being given or held, not of a talk given there: "X will give a
    workshop on Y", "the series gives 5 workshops", "In this workshop we will present …"."""
    noun = re.escape(kind.strip().lower().removesuffix("s"))
    if not noun or classify("", label=kind) != "event":
        return False
    return (
        re.search(
            rf"(?<!\w)(?:(?:in|at|during) this {noun}"
            rf"|g(?:ive|ives|iving|ave|iven) (?:[\w-]+ ){{0,3}}?{noun}s?)(?!\w)",
            paragraph.lower(),
        )
        is not None
    )


def _done(paragraph: str, type_: str) -> bool:
    """Whether a verb of ``paragraph`` says ``type_`` (``presented``, ``gave a talk``,
    ``was accepted``), not only a noun naming a thing of that type."""
    return any(hit.role != NOUN and hit.type == type_ for hit in hits(paragraph.lower()))


def _joined(title: str, summary: str) -> str:
    """The title, then the summary, unless the title is the summary's opening."""
    if not summary:
        return title
    return summary if summary.startswith(title.removesuffix("…")) else f"{title} — {summary}"


def categories(meta: dict[str, Any]) -> list[str]:
    """A document's ``categories`` (a list or one name)."""
    value = meta.get("categories", meta.get("category"))
    if isinstance(value, list | tuple):
        return [str(v).strip() for v in value if str(v).strip()]
    return [str(value).strip()] if isinstance(value, str) and value.strip() else []


def filed_label(meta: dict[str, Any]) -> str:
    """The first of an entry's ``categories`` (``category``: a list or one name) that
    names a type (``Talk``, ``Publication``, ``Vortrag``), as a listing files it; ``""``
    when none does (``News``, ``Conference``)."""
    return next((c for c in categories(meta) if classify("", label=c) != "news"), "")


def _dated(
    value: Any, text: str, source: str, tz: dt.tzinfo, reporter: Reporter, order: str
) -> DateSpan | None:
    if value not in (None, "") and str(value).strip().lower() in _BUILD_TIME:
        reporter.warn(
            source,
            key_line(text, "date"),
            f"date {value!r} is the day the site is rendered, not the day of the news; "
            "published undated (write e.g. 2024-12-20)",
            code="undated",
        )
        return None
    return front_date_or_warn(
        value,
        lambda value: listed_date(value, tz, order),
        text,
        source,
        "date",
        reporter,
        what="listed document",
        example="2024-12-20 or December 20, 2024",
    )


def _plain(value: Any) -> str:
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        return ""
    return strip_tags(markdown().renderInline(emojize(str(value))))


def _first_heading(body: str) -> str:
    found = re.search(r"^#{1,6}[ \t]+(.+?)[ \t#]*$", blank(body, _HIDDEN), re.M)
    return _plain(found.group(1)) if found else ""


def _first_paragraph(body: str) -> str:
    """The first paragraph of text (not an image, a heading or a fenced div's marker)."""
    return next((shorten(text, 240) for text in _paragraphs(body)), "")


def _paragraphs(body: str) -> Iterable[str]:
    """The paragraphs of text of ``body``, in order (not images, headings or the
    markers of fenced divs), as plain text."""
    tokens = markdown().parse(emojize(blank(body, _HIDDEN)))
    for k, token in enumerate(tokens):
        if token.type != "inline" or k == 0 or tokens[k - 1].type != "paragraph_open":
            continue
        seen = token.copy(children=[c for c in token.children or [] if c.type != "image"])
        text = flatten([seen]).text.strip()
        if text and not text.startswith(":::"):
            yield text
