"""The feedgen model shared by the RSS and Atom renderers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from feedgen.feed import FeedGenerator

from .. import __version__

if TYPE_CHECKING:
    from ..build import Site
    from ..model import Event


def entry_title(event: Event) -> str:
    """``Talk: Computational Imaging XXI``; plain news items carry no prefix."""
    return event.title if event.kind == "News" else f"{event.kind}: {event.title}"


def entry_link(site: Site, event: Event) -> str:
    main = event.main_link
    return main.url if main is not None else site.home_url


def make_feed(site: Site, events: list[Event], self_url: str, title: str | None = None):
    """A FeedGenerator for ``events`` (already ordered), deterministic: no wall clock."""
    settings = site.settings
    fg = FeedGenerator()
    fg.id(settings.site_root or self_url)
    fg.title(title or site.title)
    fg.link(href=self_url, rel="self")
    fg.link(href=site.home_url, rel="alternate", type="text/html")  # last link: RSS <link>
    fg.description(site.description)
    fg.language(settings.language)
    fg.generator("feeds", __version__, "https://pypi.org/project/feeds/")
    if settings.author or settings.email:
        author = {"name": settings.author or settings.email}
        if settings.email:
            author["email"] = settings.email
        fg.author(author)
    updated = site.updated(events)
    fg.updated(updated)
    fg.lastBuildDate(updated)
    for event in events:
        add_entry(fg, site, event, updated)
    return fg


def add_entry(fg: FeedGenerator, site: Site, event: Event, feed_updated) -> None:
    entry = fg.add_entry(order="append")
    entry.id(event.id)
    entry.guid(event.id, permalink=False)
    entry.title(entry_title(event))
    entry.link(href=entry_link(site, event), rel="alternate")
    entry.description(event.html)
    entry.content(event.html, type="html")
    entry.category(term=event.kind, label=event.kind)
    published = site.published(event)
    if published is not None:
        entry.published(published)
    entry.updated(published or feed_updated)
