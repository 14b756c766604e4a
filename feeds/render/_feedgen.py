"""The feedgen model shared by the RSS and Atom renderers, and the lxml fixes on top of it.

feedgen cannot add an ``<?xml-stylesheet?>`` processing instruction and drops the
``rel``/``type``/``title`` of entry links in Atom (feedgen issue #135), so we build its
lxml tree (``_create_rss``/``_create_atom``) and patch the tree before serialising.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import TYPE_CHECKING, Literal

from feedgen.entry import FeedEntry
from feedgen.feed import FeedGenerator
from lxml import etree

from .. import __version__
from ..parse.markdown import safe_url
from ..text import clean_text
from ._feed_extras import add_css_stylesheet, add_hub_links, add_notice
from ._html import authors, content_html, entry_link, entry_title, summary, tags

if TYPE_CHECKING:
    from ..model import Item
    from ..site import Site

Format = Literal["rss", "atom"]
XSL_HREF = "feed.xsl"  # relative: browsers only apply same-origin stylesheets
MEDIA = {"rss": "application/rss+xml", "atom": "application/atom+xml"}


def render_feed(
    site: Site,
    events: list[Item],
    name: str,
    fmt: Format,
    title: str | None = None,
    feed_id: str | None = None,
) -> bytes:
    """``events`` (already ordered) as an RSS or Atom document linking :data:`XSL_HREF`."""
    fg = make_feed(site, events, site.url(name), title, MEDIA[fmt], feed_id)
    if fmt == "atom":
        _, doc = fg._create_atom()  # feedgen writes Atom names unqualified, plus an xmlns
        for element, event in zip(doc.getroot().iter("entry"), events, strict=True):
            fix_atom_links(element, site, event)
    else:
        _, doc = fg._create_rss()
        escape_descriptions(doc)
    add_stylesheet(doc)
    add_css_stylesheet(doc)  # the fallback where XSLT is off, and its notice
    add_notice(doc)
    if site.settings.hub:
        add_hub_links(doc, fmt, site.settings.hub, site.url(name))
    return etree.tostring(doc, pretty_print=True, encoding="UTF-8", xml_declaration=True)


def escape_descriptions(doc: etree._ElementTree) -> None:
    """RSS ``<description>`` is HTML to readers: write the plain-text summary as HTML text,
    so ``<b>`` written in a code span shows as written and ``CS&E`` reads ``CS&amp;E``."""
    for description in doc.getroot().iter("description"):
        if description.getparent().tag == "item":
            description.text = escape(description.text or "", quote=False)


def add_stylesheet(doc: etree._ElementTree, href: str = XSL_HREF) -> None:
    """Put ``<?xml-stylesheet type="text/xsl" href="…"?>`` before the root element."""
    pi = etree.ProcessingInstruction("xml-stylesheet", f'type="text/xsl" href="{href}"')
    doc.getroot().addprevious(pi)


def make_feed(
    site: Site,
    events: list[Item],
    self_url: str,
    title: str | None = None,
    media_type: str = MEDIA["atom"],
    feed_id: str | None = None,
) -> FeedGenerator:
    """A FeedGenerator for ``events`` (already ordered), deterministic: no wall clock.

    The feed id defaults to the site URL (the main feeds' id, which must never change).
    """
    settings = site.settings
    fg = FeedGenerator()
    fg.load_extension("dc", atom=False, rss=True)  # dc:creator: RSS authors need no email
    fg.id(feed_id or settings.site_root or self_url)
    fg.title(clean_text(title or site.title))
    fg.link(href=self_url, rel="self", type=media_type)
    fg.link(href=site.home_url, rel="alternate", type="text/html")  # last link: RSS <link>
    fg.description(clean_text(site.description))
    fg.language(settings.language)
    fg.generator("feeds", __version__, "https://pypi.org/project/feeds/")
    author = {"name": clean_text(settings.author or settings.email or site.author_name)}
    if settings.email:
        author["email"] = settings.email
    fg.author(author)  # Atom (RFC 4287 4.1.1) wants an author for the feed or every entry
    if settings.email:  # RSS names the channel's author only as managingEditor
        fg.managingEditor(clean_text(f"{settings.email} ({author['name']})"))
    updated = site.updated(events)
    fg.updated(updated)
    fg.lastBuildDate(updated)
    for event in events:
        add_entry(fg, site, event, updated)
    return fg


def add_entry(fg: FeedGenerator, site: Site, event: Item, feed_updated: dt.datetime) -> None:
    """One item: plain-text summary (RSS ``description``) and full HTML content."""
    entry: FeedEntry = fg.add_entry(order="append")
    entry.id(event.id)
    entry.guid(event.id, permalink=False)
    entry.title(entry_title(event))
    entry.link(href=entry_link(site, event), rel="alternate")
    entry.content(content_html(event), type="html")
    entry.summary(summary(event))
    for tag in tags(event):
        entry.category(term=tag, label=tag)
    if names := authors(event):
        entry.author([{"name": name} for name in names])
        entry.dc.dc_creator(names)
    published = site.published(event)
    if published is not None:
        entry.published(published)
    entry.updated(published or feed_updated)


def atom_links(site: Site, event: Item) -> list[dict[str, str]]:
    """The links of an Atom entry: the main one (alternate), then the others (related)."""
    main = entry_link(site, event)
    found = [{"rel": "alternate", "href": main}]
    seen = {main}
    for link in event.links:
        if link.url not in seen and safe_url(link.url):
            seen.add(link.url)
            label = clean_text(link.attachment.capitalize() if link.attachment else link.text)
            found.append({"rel": "related", "href": link.url, "title": label})
    for paper in event.papers:
        if paper.pdf_url and paper.pdf_url not in seen and safe_url(paper.pdf_url):
            seen.add(paper.pdf_url)
            found.append(
                {
                    "rel": "related",
                    "href": paper.pdf_url,
                    "type": "application/pdf",
                    "title": f"arXiv:{paper.arxiv_id} (PDF)",
                }
            )
    return found


def fix_atom_links(entry: etree._Element, site: Site, event: Item) -> None:
    """Replace feedgen's attribute-less entry links by complete ones (feedgen #135)."""
    old = entry.findall("link")
    anchor = old[0] if old else None
    for link in atom_links(site, event):
        element = etree.Element("link", {k: v for k, v in link.items() if v})
        if anchor is not None:
            anchor.addprevious(element)
        else:
            entry.append(element)
    for element in old:
        entry.remove(element)
