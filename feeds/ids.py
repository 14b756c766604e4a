"""Stable ids: ``tag:`` URIs (RFC 4151) that survive rewording, relabelling and moves.

An id says as little as still tells items apart, so that editing an item keeps it:

- a paper item is its arXiv id (``…:arxiv/2211.00799``), whatever its date or wording;
- any other dated item is its start date (``…:2022-11-18``), cut to the precision written;
- an undated item (reported as such) has only its main link, else its title, to go by.

Only items that share that anchor get more: their date (one paper, two news), their
kind, their main link, then their title. Even then the oldest of them (the last one on
a newest-first page) keeps the bare anchor, so adding a second talk on the same day
leaves the first one's id alone. Rewording a dated item, fixing a typo, changing its
label, adding a link or moving it from Upcoming to Past never changes its id; changing
its date does (non-paper items).
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from urllib.parse import quote, urlsplit

from .diagnostics import Reporter
from .model import Item, Precision
from .text import slugify


def normal_url(url: str) -> str:
    """A URL reduced to what identifies the page: no scheme, ``www.``, fragment or end slash."""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    path = parts.path.rstrip("/")
    query = f"?{parts.query}" if parts.query else ""
    return f"{host}{path}{query}"


def link_key(event: Item) -> str:
    """The main link of an item: its arXiv id, else its first non-attachment link."""
    if event.arxiv:
        return f"arxiv:{event.arxiv[0]}"
    main = event.main_link
    if main is not None and main.attachment is None:
        return normal_url(main.url)
    return ""


def identity(event: Item) -> str:
    """What makes two items the same news (for merging inputs): kind, date, link or title."""
    when = event.span.start_iso if event.span else "undated"
    return f"{event.kind_slug}/{when}/{link_key(event) or 'title:' + slugify(event.title)}"


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:10]


def authority(site_url: str) -> str:
    """The tag authority: the site's host name (``localhost`` when unknown)."""
    host = urlsplit(site_url).hostname if site_url else None
    return host or "localhost"


class _Keys:
    """What tells an event apart, worked out once per event: grouping, telling apart,
    reporting and the last pass each ask for it again."""

    def __init__(self) -> None:
        self._links: dict[int, str] = {}
        self._found: dict[int, tuple[str, str, str, str]] = {}

    def link(self, event: Item) -> str:
        """:func:`link_key` of ``event``."""
        found = self._links.get(id(event))
        if found is None:
            found = self._links[id(event)] = link_key(event)
        return found

    def of(self, event: Item) -> tuple[str, str, str, str]:
        """What tells items with the same anchor apart, tried in turn (:data:`_DISTINCTIONS`)."""
        found = self._found.get(id(event))
        if found is None:
            link = self.link(event)
            found = self._found[id(event)] = (
                event.span.start_iso if event.span else "",  # one paper, two news (release, award)
                event.kind_slug,
                _digest(link) if link else "",
                _digest(slugify(event.title)),
            )
        return found

    def anchor(self, event: Item) -> str:
        if event.arxiv:
            return f"arxiv/{event.arxiv[0]}"
        if event.span is None:  # nothing stable to go by: the title (or link) it is
            return f"undated/{_digest(self.link(event) or slugify(event.title))}"
        return event.span.start_iso


_DISTINCTIONS = 4  # date, kind, main link, title: the places of _Keys.of
_TITLE = 3


def _newest_first(events: list[Item]) -> bool:
    """Whether the page lists news newest first (the usual order)."""
    dates = [e.span.start for e in events if e.span is not None]
    pairs = list(zip(dates, dates[1:], strict=False))
    return sum(a >= b for a, b in pairs) >= sum(a < b for a, b in pairs)


def _tell_apart(
    group: list[Item], oldest: int, ids: dict[int, str], keeper: Item, keys: _Keys, depth: int = 0
) -> None:
    """Give each event of ``group`` (same id so far) a distinct id; ``keeper`` keeps its own.

    ``oldest`` is the index of the oldest item of a list in page order (``-1`` or ``0``).
    """
    if len(group) < 2 or depth == _DISTINCTIONS:
        return
    parts: dict[str, list[Item]] = defaultdict(list)
    for event in group:
        parts[keys.of(event)[depth]].append(event)
    split = len(parts) > 1
    for part, members in parts.items():
        has_keeper = any(e is keeper for e in members)
        if split and not part and not has_keeper:  # e.g. no link: the title tells them apart
            for event in members:
                ids[id(event)] += f"/{keys.of(event)[_TITLE]}"
            continue
        for event in members:
            if event is not keeper and part and split:
                ids[id(event)] += f"/{part}"
        keeper_here = keeper if has_keeper else members[oldest]
        _tell_apart(members, oldest, ids, keeper_here, keys, depth + 1)


def _report_lookalikes(events: list[Item], keys: _Keys, reporter: Reporter) -> None:
    """Items with the same kind, day and link (fragment included: ``page#a`` and
    ``page#b`` are two things) but other words: probably one item twice. A year or month
    is too coarse to say so; a talk's day (``**Nov 2022** Talk … (Nov 18)``) is its day."""
    first: dict[tuple[str, str, str], Item] = {}
    for event in events:
        day = event.when or event.span  # a talk's own day, not the month it is shown in
        if day is None or day.precision is not Precision.DAY:
            continue
        main = event.main_link
        fragment = _fragment(main.url) if main is not None and not event.arxiv else ""
        key = (event.kind_slug, day.start_iso, f"{keys.link(event)}#{fragment}")
        if key[2] == "#":
            continue
        earlier = first.setdefault(key, event)
        if earlier is not event and slugify(earlier.title) != slugify(event.title):
            reporter.warn(
                event.source,
                event.line,
                f"same kind, date and link as {earlier.source}:{earlier.line}: "
                "the same item twice?",
            )


def _fragment(url: str) -> str:
    """``urlsplit(url).fragment``: none without a ``#`` (most links), so no split then."""
    return urlsplit(url).fragment if "#" in url else ""


# What ``quote(…, safe=_SAFE)`` leaves as it is: an id made of these alone (a date, an
# arXiv id, a digest) is its own quoted form, as the function's own first test finds.
_SAFE = "/:.-_~"
_UNQUOTED = re.compile(r"[A-Za-z0-9/:.\-_~]*")


def _quoted(ident: str) -> str:
    return ident if _UNQUOTED.fullmatch(ident) else quote(ident, safe=_SAFE)


def assign_ids(events: list[Item], site_url: str, id_date: str, reporter: Reporter) -> None:
    """Give every event its ``id``; report items that cannot be told apart."""
    prefix = f"tag:{authority(site_url)},{id_date}:"
    keys = _Keys()
    anchors = {id(e): keys.anchor(e) for e in events}
    ids = dict(anchors)
    groups: dict[str, list[Item]] = defaultdict(list)
    for event in events:
        groups[anchors[id(event)]].append(event)
    oldest = -1 if _newest_first(events) else 0
    for group in groups.values():
        _tell_apart(group, oldest, ids, group[oldest], keys)
    _report_lookalikes(events, keys, reporter)
    seen: Counter[str] = Counter()
    first: dict[str, Item] = {}
    alike: dict[tuple[str, ...], Item] = {}  # alike in every way; ids told apart (pinned)
    for event in events:
        ident = ids[id(event)]
        seen[ident] += 1
        anchor = anchors[id(event)]
        copied = event  # an item alone with its anchor is like no other
        if len(groups[anchor]) > 1:
            copied = alike.setdefault((anchor, *keys.of(event)), event)
        if seen[ident] > 1 or copied is not event:
            earlier = first[ident] if seen[ident] > 1 else copied
            reporter.warn(
                event.source,
                event.line,
                f"duplicate news item (same as {earlier.source}:{earlier.line})",
                code="duplicate",
            )
        if seen[ident] > 1:
            ident = f"{ident}-{seen[ident]}"
        first.setdefault(ident, event)
        event.id = prefix + _quoted(ident)
