"""``feed.xsl``: the stylesheet that turns every RSS/Atom feed into a readable page.

The feeds link it as ``<?xml-stylesheet type="text/xsl" href="feed.xsl"?>`` (relative:
browsers only apply a same-origin stylesheet). The page explains what a feed is and
how to subscribe, then lists the items; readers ignore it. The CSS is the one of
``subscribe.html``, so both pages look alike. The file is static: no site data in it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from lxml import etree

from ._html import asset

if TYPE_CHECKING:
    from ..site import Site


def stylesheet() -> etree._ElementTree:
    """``assets/feed.xsl`` with ``assets/subscribe.css`` put into its ``<style>``."""
    root = etree.fromstring(asset("feed.xsl").encode("utf-8"))
    style = root.find(".//style[@id='feeds-css']")
    if style is None:
        raise RuntimeError("feed.xsl lost its <style id='feeds-css'> element")
    style.text = etree.CDATA("\n" + asset("subscribe.css"))
    return etree.ElementTree(root)


def render(site: Site) -> bytes:
    return etree.tostring(stylesheet(), encoding="UTF-8", xml_declaration=True) + b"\n"
