"""``feeds-head.html``: ``<link rel="alternate">`` discovery tags for the homepage ``<head>``.

One tag per feed (RSS, Atom, JSON Feed, per-kind) and for the calendar, with absolute
URLs. In a Jekyll site, copy the file to ``_includes/`` and put
``{% include feeds-head.html %}`` in the head layout. Braces are written as character
references, so Liquid never sees a tag in a title.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._html import esc

if TYPE_CHECKING:
    from ..site import Site
    from . import Output

DISCOVERABLE = (
    "application/rss+xml",
    "application/atom+xml",
    "application/feed+json",
    "text/calendar",
)


def discoverable(site: Site) -> list[Output]:
    """The outputs announced with ``<link rel="alternate">``, in build order."""
    from . import outputs

    return [o for o in outputs(site) if o.announced and o.media_type in DISCOVERABLE]


def link_tag(site: Site, output: Output) -> str:
    """``<link rel="alternate" type="…" title="…" href="…">`` for one output."""
    attrs = {"type": output.media_type, "title": output.title, "href": site.url(output.name)}
    text = " ".join(f'{key}="{esc(value)}"' for key, value in attrs.items())
    return f'<link rel="alternate" {text}>'


def liquid_safe(html: str) -> str:
    """``{`` and ``}`` as character references: inert for Liquid, the same for HTML."""
    return html.replace("{", "&#123;").replace("}", "&#125;")


def render(site: Site) -> bytes:
    lines = [link_tag(site, output) for output in discoverable(site)]
    return liquid_safe("\n".join(lines) + "\n").encode("utf-8")
