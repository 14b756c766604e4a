"""Pages of press coverage: a page titled "In the news", "Media" or "Press" lists what
others wrote about the author's work. It is news from its first line, and an item there
that names a paper reports the paper's coverage ("a blog post on our paper"), so it is
news, not a paper; talks and awards it reports stay what they are.

Only a page's title counts: a homepage's "Media" heading may hold videos or links.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Item
from .heading_names import heading_matches

COVERAGE_TITLES = [
    "In the news", "Media", "Press", "Presse", "Prensa", "Medios", "Média", "Mídia",
    "Medien", "Stampa", "报道", "報道", "メディア",
]  # fmt: skip


def is_coverage_title(title: str) -> bool:
    """Whether a page's title says it lists press coverage ("In the media", "Presse")."""
    return bool(title.strip()) and heading_matches(title, COVERAGE_TITLES)


def as_coverage(events: Iterable[Item]) -> None:
    """The items of a coverage page: those typed paper by their words become news."""
    for event in events:
        if event.type == "paper" and not event.arxiv:
            event.type = "news"
