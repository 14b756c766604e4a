"""Items a reader has seen already: the homepage's, when another page repeats them.

A page of older news or a listing of posts often repeats what the homepage shows, in
other words or with another link: the same date (or one within the other: ``Aug 2026``
and ``2026-08-01``) and the same title, or one that opens the same way (a title cut
short, or the same sentence ending differently after its first eight words; three
words at least when the titles differ). Told to (``by_link``), an item of the same date
that links to a page the known one links to is the same too: a post repeating a news
page's line in its own words, with the same "View details" link; told to (``into_page``),
a link into the page a known item links to (``x.html#update-3``, ``x.html``) is the same.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cached_property

from ..diagnostics import Reporter
from ..model import DateSpan, Item
from ..text import slugify


class Shown:
    """The items shown already, to leave out of another input what repeats them."""

    def __init__(
        self,
        known: Iterable[Item],
        *,
        by_link: bool = False,
        place: str = "the homepage",
        into_page: bool = False,
    ) -> None:
        self.place, self._items, self._by_link = place, list(known), by_link
        self.into_page = into_page

    @cached_property
    def known(self) -> list[tuple[DateSpan | None, list[str]]]:
        """What the reader knows each item shown by: worked out when first asked (most
        pages have no other input to compare, and a long list took ~5 ms per 1,000)."""
        return [_seen_as(event) for event in self._items]

    @cached_property
    def linked(self) -> list[tuple[DateSpan, set[str]]]:
        """The date and links of each dated item shown, when asked to compare links."""
        items = self._items if self._by_link else []
        return [(e.span, _urls(e)) for e in items if e.span is not None]

    def new(self, events: list[Item], reporter: Reporter) -> list[Item]:
        """``events`` without those shown already (each left out with a note)."""
        fresh = []
        for event in events:
            if any(_same(_seen_as(event), other) for other in self.known) or self._links(event):
                reporter.info(
                    event.source,
                    event.line,
                    f"{self.place} shows this item (same date and title or link); not added twice"
                    if self.linked
                    else f"{self.place} shows this item (same date and title); not added twice",
                )
            else:
                fresh.append(event)
        return fresh

    def _links(self, event: Item) -> bool:
        """Whether a known item of the same date links where ``event`` links."""
        urls = _urls(event)
        if self.into_page:  # doi.org/x#update-3 points into doi.org/x
            urls |= {url.split("#", 1)[0].rstrip("/") for url in urls}
        return bool(urls) and any(
            _same_date(event.span, span) and urls & theirs for span, theirs in self.linked
        )


def _urls(event: Item) -> set[str]:
    return {link.url.rstrip("/") for link in event.links if link.url and not link.attachment}


def _seen_as(event: Item) -> tuple[DateSpan | None, list[str]]:
    """What a reader knows an item by: its date and the words of its title."""
    return event.span, slugify(event.title.rstrip("…").lower()).split("-")


def _same(one: tuple[DateSpan | None, list[str]], other: tuple[DateSpan | None, list[str]]) -> bool:
    """Same date and title, as the module says."""
    if not _same_date(one[0], other[0]):
        return False
    shared = 0
    for mine, theirs in zip(one[1], other[1], strict=False):
        if mine != theirs:
            break
        shared += 1
    return one[1] == other[1] or shared >= max(3, min(8, len(one[1]), len(other[1])))


def _same_date(one: DateSpan | None, other: DateSpan | None) -> bool:
    if one is None or other is None:
        return one is other
    if one.start == other.start and one.end == other.end:
        return True
    inner, outer = (one, other) if one.end - one.start <= other.end - other.start else (other, one)
    return not inner.ranged and outer.start <= inner.start and inner.end <= outer.end
