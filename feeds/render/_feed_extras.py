"""What the XML feeds carry besides feedgen's model: the CSS fallback and WebSub links.

Browsers are dropping XSLT (Chromium 155 turns it off), so after the ``feed.xsl``
processing instruction each feed also names ``feed.css``: a browser that still runs
XSLT uses the first, one that does not styles the XML itself with the second. The CSS
cannot write links, so the feed carries a short notice in the XHTML namespace
(``<h:div class="feeds-notice">``), which browsers render as HTML and feed readers
ignore as a foreign element. With a ``hub`` set, the feed names its WebSub hub next to
its ``self`` link (RFC-style discovery, https://www.w3.org/TR/websub/#discovery).
"""

from __future__ import annotations

from typing import Literal

from lxml import etree

CSS_HREF = "feed.css"  # relative, like feed.xsl: same origin
SUBSCRIBE_HREF = "subscribe.html"
XHTML = "http://www.w3.org/1999/xhtml"
ATOM = "http://www.w3.org/2005/Atom"
NOTICE_CLASS = "feeds-notice"
NOTICE = "This is a feed — copy its address into a reader"


def add_css_stylesheet(doc: etree._ElementTree, href: str = CSS_HREF) -> None:
    """``<?xml-stylesheet type="text/css" href="…"?>`` after the last one before the root."""
    pi = etree.ProcessingInstruction("xml-stylesheet", f'type="text/css" href="{href}"')
    doc.getroot().addprevious(pi)


def add_notice(doc: etree._ElementTree) -> None:
    """The notice (with a link to the subscribe page) as the first child of the channel
    (RSS) or feed (Atom) element."""
    root = doc.getroot()
    parent = root.find("channel") if root.tag == "rss" else root
    assert parent is not None, "an RSS feed without a channel"

    def h(tag: str, parent: etree._Element, text: str = "", **attrs: str) -> etree._Element:
        element = etree.SubElement(parent, f"{{{XHTML}}}{tag}", attrs, nsmap={"h": XHTML})
        element.text = text or None
        return element

    box = etree.Element(f"{{{XHTML}}}div", {"class": NOTICE_CLASS}, nsmap={"h": XHTML})
    first = h("p", box)
    h("strong", first, NOTICE)
    first[-1].tail = " to be told of new items (NetNewsWire, Feedly, Inoreader, Thunderbird…)."
    h("a", h("p", box), "How to subscribe →", href=SUBSCRIBE_HREF)
    parent.insert(0, box)


def add_hub_links(
    doc: etree._ElementTree, fmt: Literal["rss", "atom"], hub: str, self_url: str
) -> None:
    """``<link rel="hub">`` next to the ``self`` link (RSS: ``atom:link``)."""
    root = doc.getroot()
    if fmt == "rss":
        channel = root.find("channel")
        assert channel is not None
        selfs = channel.findall(f"{{{ATOM}}}link[@rel='self']")
        tag = f"{{{ATOM}}}link"
    else:
        channel = root
        selfs = root.findall("link[@rel='self']")
        tag = "link"
    link = etree.Element(tag, {"rel": "hub", "href": hub})
    if selfs:
        selfs[-1].addnext(link)
    else:  # feedgen always writes one; keep WebSub whole if it ever does not
        channel.append(etree.Element(tag, {"rel": "self", "href": self_url}))
        channel.append(link)
