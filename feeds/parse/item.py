"""One raw item → an :class:`~feeds.model.Item`: label, date, details, links, title, HTML."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..arxiv_ids import unique_ids
from ..diagnostics import Reporter
from ..model import Item, Precision
from ..text import slugify, squash
from .bold_range import leading_date
from .bold_subject import is_sentence, opens_sentence
from .citation import cited_title, opens_citation
from .cjk_brackets import ascii_date_brackets
from .date_paragraphs import DATED_ABOVE
from .date_roles import with_date_role
from .dates import DateMatch, match_prefix, parse_date
from .dates.trouble import date_trouble
from .dates.venue_tag import TAG as VENUE_TAG
from .dates.venue_tag import venue_year
from .describe import Described, with_aside
from .event_days import yearless_day
from .inline import Flat, Span, flatten
from .italic import label_in_italics
from .item_links import item_html, item_links
from .later_dates import dated_paragraph
from .locate import (
    heading_span,
    later_than_heading,
    prose_date,
    refines,
    trailing_date,
    trailing_details,
    within,
    within_heading,
)
from .markdown import markdown, safe_url, strip_tags
from .opening_dates import LABEL_SEP, bold_date, has_words, tagged_date
from .page import RawItem
from .pandoc_dashes import is_pandoc_source, pandoc_dashes
from .placeholders import placeholder_note, says_no_news
from .row_items import is_row, undated_note
from .title import make_title, title_text
from .types import type_of
from .venue_badges import after_badge, venue_tag_at

_PLAIN_LABEL = re.compile(r"\s*([A-Z][A-Za-z&/' -]{1,30}?)\s*:\s+(?=\S)")
# What opens a sentence, not a label: "Our new work:", "New paper:", "Update:", "Big news:".
_OPENING = re.compile(
    r"(?:new|fresh|latest|recent|big|exciting|breaking|great|good|update[sd]?|news|now)\b"
    r"|.*\b(?:our|my|his|her|their|we|i|the|a|an|this|these|released)\b",  # "X released:"
    re.IGNORECASE,
)
_MORE_SAID = {"talk": "talk", "paper": "paper", "award": "award"}  # what the body may add
_PAREN_TAG = re.compile(r"\s*\((?P<body>[^()\n]{3,48})\)(?=\s*\S)")
# Once per label (a page has few, and many items): its slug, and whether it is a date
# with trouble or a venue tag's year (asked of the bold run by the tag and the label rules).
_slug = lru_cache(maxsize=1024)(slugify)
_label_trouble = lru_cache(maxsize=1024)(date_trouble)
_label_venue_year = lru_cache(maxsize=1024)(venue_year)


def to_item(raw: RawItem, site_root: str, reporter: Reporter) -> Item | None:
    """Understand ``raw``; ``None`` (with a report) only for an empty item."""
    first = next((t for t in raw.tokens if t.type == "inline"), None) or _inline_of_html(raw)
    head = _unbracketed(ascii_date_brackets(flatten([first] if first is not None else [])))
    text = head.text
    if not text.strip():
        if not raw.paragraph:
            reporter.warn(raw.source, raw.line, "empty news item", code="empty")
        return None
    if says_no_news(text):  # "<li>Loading…</li>", "- TBA"
        reporter.warn(raw.source, raw.line, placeholder_note(text), code="placeholder")
        return None

    year = raw.year
    start, date = 0, bold_date(head, year) or tagged_date(head, year) or leading_date(text, year)
    if date is not None:  # "(Nov 18, 2022)-(invited) Talk …": the role is the date's
        date, start = with_date_role(text, date)
    start = after_badge(head, start)  # "**(Oral)** (CVPR 2025) …": a badge, not a label
    tag = _venue_tag(head, start) if date is None else None  # "[ICML 2025] …": not a label
    kind, after = ("", tag[1]) if tag else _label(head, start, year)
    if kind and label_in_italics(first, kind):  # "<i>Toki: Profiling …</i>": a title
        kind, after = "", start
    start = after
    if date is None and (lead := match_prefix(text[start:], year)) is not None:
        date = DateMatch(lead.span, start + lead.start, start + lead.end)
        start = date.end
    details = Described()
    aside = date.aside if date is not None else ""  # "[Apr 2026, Korea]"
    when = None
    if date is None:
        date, cut, details = trailing_date(text, start, year)
        written = text[cut[0] : cut[1]]
        if date is not None and (
            not within_heading(date.span, written, year, raw.month)
            or later_than_heading(text, cut[0], date.span, year, raw.month)
        ):  # "### March" over "… at the meeting in July"; "… will open in January 2026"
            date = None  # the heading's
            details, cut = trailing_details(text, start)
        text = text[: cut[0]] + text[cut[1] :]  # (0, 0) when nothing is cut
    else:  # a leading date: a trailing "(Oct 2022 - Jan 2023)" or "(invited)" still counts
        found, cut, details = trailing_date(text, start, year)
        inside = found is not None and within(found.span, date.span)
        later = None if inside else yearless_day(text, start, date.span)  # "Apr 2024: … (Apr 5)"
        found, cut, details = later or (found, cut, details)
        if inside or later:
            if refines(found.span, date.span, _dated_above(first)):
                date = DateMatch(found.span, date.start, date.end)
            elif later or (
                found.span.precision is Precision.DAY and date.span.precision is not Precision.DAY
            ):
                when = found.span  # the day the talk is, in the month the item keeps
            text = text[: cut[0]] + text[cut[1] :]
        else:
            details, cut = trailing_details(text, start)
            text = text[: cut[0]] + text[cut[1] :]
    details = with_aside(details, aside)
    inlines = [t for t in raw.tokens if t.type == "inline"]
    if date is None and len(inlines) > 1:  # "- **Talk** at X\n\n  Slides … (Nov 1, 2022)"
        found, _, details = trailing_date(flatten(inlines).text, 0, year)
        date = DateMatch(found.span, len(text), len(text)) if found else None
        # "\n\n  Nov 2022": a date alone under the item is its date, not a later paragraph's
        alone = dated_paragraph(inlines[1:], year)  # "… (arXiv 2023)" or "Slides … (Dec 1)"
        date = DateMatch(alone, len(text), len(text)) if alone else date
    if date is None and not raw.paragraph:  # "… is planned on October, 12th 2021 in …"
        date = prose_date(text, start, year, raw.month)
    if raw.paragraph and date is None:
        if kind or is_row(first):  # a labelled paragraph or a row of a table: said
            reporter.warn(raw.source, raw.line, undated_note(first), code="undated")
        return None

    span = date.span if date else None
    if span is None and year is not None and not date_trouble(head.text):
        span = heading_span(year, raw.month)  # "### 2022", "### March 2022"
    if span is None and tag is not None:
        span = heading_span(tag[0], None)  # the venue tag's year
    if span is not None and details.times and not span.timed:
        span = replace(span, start_time=details.times[0], end_time=details.times[1])
    if when is not None and details.times and not when.timed:
        when = replace(when, start_time=details.times[0], end_time=details.times[1])
    links = item_links(head if len(inlines) == 1 else flatten(raw.tokens), site_root)
    links = [link for link in links if safe_url(link.url)]  # Markdown allows data:image/png
    kind_label = kind or "News"
    event = Item(
        kind=kind_label,
        kind_slug=_slug(kind_label),
        title="",
        text=squash(head.text),
        html=item_html(raw, site_root),
        section=raw.section,
        source=raw.source,
        line=raw.line,
        span=span,
        location=details.location,
        role=details.role,
        note=details.note,
        status=details.status,
        links=links,
        arxiv=unique_ids(link.url for link in links),
        when=when,
    )
    event.type = type_of(event)
    unsaid = event.type == "event" or (event.type == "news" and event.kind_slug == "news")
    if unsaid and len(inlines) > 1:  # (an event label, **Conference**, says only where)
        # a card or a bullet with paragraphs: "Attended X." + "Gave a talk there."
        body = replace(event, text=squash(flatten(inlines[1:]).text))
        event.type = _MORE_SAID.get(type_of(body), event.type)
    event.title = make_title(event, title_text(text, start), head) or kind_label
    event.title = cited_title(head, start) or event.title  # "A. Author, B. Writer. [Title](…)"
    if is_pandoc_source(raw.source):  # Quarto, R Markdown: "2023--2027" shows 2023–2027
        event.title = pandoc_dashes(event.title)
    if span is None:
        why = date_trouble(head.text) or "no date found in news item"
        reporter.warn(
            raw.source,
            raw.line,
            f"{why} (end the item with a date such as '(Nov 18, 2022)'); published undated",
            code="undated",
        )
    elif event.location and (trouble := date_trouble(f"{event.location}, {span.start_iso}")):
        reporter.warn(raw.source, raw.line, f"{trouble}; dated {span.start_iso} only")
    return event


def _dated_above(first) -> bool:
    """Whether the item's date was a heading or a line above its text (``## March 2026``)."""
    return first is not None and bool((first.meta or {}).get(DATED_ABOVE))


def _inline_of_html(raw: RawItem):
    """An item written as block HTML (``- <p>**Talk** at X (…)</p>``): its text, as Markdown."""
    html = "\n".join(t.content for t in raw.tokens if t.type == "html_block")
    text = strip_tags(re.sub(r"<", " <", html))
    return markdown().parseInline(text)[0] if text else None


def _unbracketed(flat: Flat) -> Flat:
    """An item wholly in brackets (``[Paper accepted at X (Nov 2022)]``, ``[Paper at
    [X](url) (Nov 2022)]``: brackets no link is written in) is the words inside, not an
    attachment: the brackets become spaces (offsets kept)."""
    text = flat.text
    lo, hi = len(text) - len(text.lstrip()), len(text.rstrip()) - 1
    if hi <= lo or text[lo] != "[" or text[hi] != "]":
        return flat
    if any(link.start <= at < link.end for link in flat.links for at in (lo, hi)):
        return flat  # "[\[Slides\]](url)": a link's own brackets (an icon link has none)
    depth = 0
    for k in range(lo, hi):
        depth += 1 if text[k] == "[" else -1 if text[k] == "]" else 0
        if depth == 0:
            return flat  # "[Nov 2022] [Talk at MIT]": two brackets, not one
    return replace(flat, text=f"{text[:lo]} {text[lo + 1 : hi]} {text[hi + 1 :]}")


def _venue_tag(flat: Flat, start: int) -> tuple[int, int] | None:
    """The year of a venue tag opening the item (``[SEG. 2025]``, ``**ICML 2025**``) and
    where the text after it starts."""
    bold = next((b for b in flat.bold if b.start >= start), None)
    if found := VENUE_TAG.match(flat.text, start):
        body, end = found["body"], found.end()
    elif found := venue_tag_at(flat.text, start):  # "(CVPR 2025) …", after a badge too
        body, end = found
    elif bold is not None and not has_words(flat.text[start : bold.start]):
        body, end = flat.text[bold.start : bold.end].strip(" :"), bold.end
        if (tag := _PAREN_TAG.match(flat.text, bold.start)) is not None:
            body, end = tag["body"], tag.end()  # "**(CVPR 2025) Title**", "**(CVPR** 2025)"
    else:
        return None
    year = _label_venue_year(body) if not _label_trouble(body) else None
    if year is None:
        return None
    if (
        bold is not None
        and bold.start < end < bold.end  # "**[ICML 2025]: …**", not "]**…**"
        and not has_words(flat.text[end : bold.end])
    ):
        end = bold.end  # "**[ICML 2025]**" (but "**[ICML 2025]: Title**": the title stays)
    rest = LABEL_SEP.match(flat.text, end)
    return year, rest.end() if rest else end


def _label(flat: Flat, start: int, year: int | None = None) -> tuple[str, int]:
    """The leading bold label (``**Talk**`` / ``**Talk:**``) or plain ``Talk:``; new start."""
    text = flat.text
    for bold in flat.bold:
        if bold.start < start:
            continue
        if has_words(text[start : bold.start]):
            break
        label = text[bold.start : bold.end].strip().strip("[]:").strip()
        if not (0 < len(label) <= 40 and len(label.split()) <= 5):  # not short: no label
            break
        if _overlaps(flat.links, bold.start, bold.end):
            break
        datelike = label[:1].isdigit() or parse_date(label, year) or _label_trouble(label)
        datelike = datelike or _label_venue_year(label) is not None  # "**CONF 2026**": a venue
        named = " " in label and opens_citation(flat, bold.start)  # "**A. Author**, B. Writer."
        if not (datelike or named or is_sentence(label)):
            if opens_sentence(text, bold.end, label):  # "**Helios** released: …": its subject
                return "", start
            rest = LABEL_SEP.match(text, bold.end)
            return label, rest.end() if rest else bold.end
        break
    match = _PLAIN_LABEL.match(text, start)
    if match is None:
        return "", start
    word = match.group(1)
    # a plain label is a short name of a kind, not a headline, nor a date
    if len(word.split()) > 3 or _overlaps(flat.links, start, match.end()) or _OPENING.match(word):
        return "", start
    if parse_date(word, year) or date_trouble(word + " 1"):
        return "", start
    return word.strip(), match.end()


def _overlaps(spans: list[Span], start: int, end: int) -> bool:
    """Whether one of ``spans`` overlaps ``start``-``end``."""
    for span in spans:  # noqa: SIM110 - a loop: no generator made per item
        if span.start < end and span.end > start:
            return True
    return False
