"""The typed model every stage shares: a news item becomes an :class:`Item`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Precision(StrEnum):
    """How precisely the author dated an item."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"

    def cut(self, day: dt.date) -> str:
        """ISO form of ``day`` cut to this precision: ``2022-11-18``, ``2022-11``, ``2022``."""
        return day.isoformat()[: _ISO_LENGTH[self]]


_ISO_LENGTH = {Precision.DAY: 10, Precision.MONTH: 7, Precision.YEAR: 4}  # of YYYY-MM-DD


@dataclass(frozen=True)
class DateSpan:
    """A date or an inclusive date range, with optional times of day (site time zone).

    ``end`` is the inclusive last day; for month/year precision it is the last day of
    the month/year. ``ranged`` says whether the author wrote a range.
    """

    start: dt.date
    end: dt.date
    precision: Precision
    ranged: bool = False
    start_time: dt.time | None = None
    end_time: dt.time | None = None
    time_zone: str | None = None  # IANA zone named with the time; None: the site's

    @property
    def start_iso(self) -> str:
        return self.precision.cut(self.start)

    @property
    def end_iso(self) -> str | None:
        return self.precision.cut(self.end) if self.ranged else None

    @property
    def timed(self) -> bool:
        return self.start_time is not None


@dataclass(frozen=True)
class Link:
    """A link of an item: its text, absolute URL and whether it is an attachment.

    ``attachment`` is the lower-cased label (``slides``, ``video``…) of a bracketed
    attachment such as ``\\[[Slides](x.pdf)\\]``, else ``None``. ``href`` is the link
    as the author wrote it (``talks/x.pdf``), before it was made absolute; ``""`` for a
    link the site made (a ``_news`` post's permalink).
    """

    text: str
    url: str
    attachment: str | None = None
    href: str = ""


@dataclass(frozen=True)
class Paper:
    """arXiv metadata of a paper (filled in by :mod:`feeds.enrich`)."""

    arxiv_id: str
    title: str
    authors: tuple[str, ...]
    abstract: str
    categories: tuple[str, ...]
    primary_category: str
    published: str
    updated: str
    version: int
    abs_url: str
    pdf_url: str
    doi: str | None = None
    journal_ref: str | None = None
    comment: str | None = None
    affiliations: tuple[tuple[str, ...], ...] = ()


@dataclass
class Item:
    """One news item, as understood from the page."""

    kind: str  # the author's wording: "Paper release"
    kind_slug: str  # normalised: "paper-release"
    title: str  # short plain-text title
    text: str  # the whole item as plain text
    html: str  # the whole item rendered to HTML, links absolute
    section: str  # "upcoming", "past", … as written (slugified)
    source: str  # path of the page, as given
    line: int  # 1-based line of the item in the page
    span: DateSpan | None = None
    location: str | None = None
    role: str | None = None
    note: str | None = None
    status: str = "confirmed"  # confirmed | postponed | cancelled | tentative
    links: list[Link] = field(default_factory=list)
    arxiv: list[str] = field(default_factory=list)  # version-free ids
    matched: str | None = None  # how `papers` was found: "link", "doi", "title"
    id: str = ""
    papers: list[Paper] = field(default_factory=list)
    type: str = "news"  # talk | paper | award | service | position | event | news
    # when it takes place, if finer than ``span``: ``**Nov 2022** Talk (Nov 18, 2022)``
    when: DateSpan | None = None

    @property
    def event_span(self) -> DateSpan | None:
        """The days it takes place (the talk calendar's): ``when``, else its date."""
        return self.when or self.span

    @property
    def main_link(self) -> Link | None:
        """The link the item is about: first arXiv link, else first non-attachment link."""
        for link in self.links:
            if link.attachment is None and "arxiv.org" in link.url:
                return link
        for link in self.links:
            if link.attachment is None:
                return link
        return self.links[0] if self.links else None

    def is_upcoming(self, today: dt.date) -> bool:
        """Still to come (or under way) on ``today``; undated items follow their section
        (``Upcoming``, ``Upcoming talks``…)."""
        if self.span is None:
            return self.section.split("-")[0] == "upcoming"
        return self.span.end >= today
