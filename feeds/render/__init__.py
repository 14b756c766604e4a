"""Stage 4: one model, many output formats.

Each format is a small module with ``render(site, **options) -> bytes``; :data:`OUTPUTS`
lists the files a build writes. Modules are imported only when rendered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import import_module
from importlib.util import find_spec
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..build import Site


@dataclass(frozen=True)
class Output:
    """One published file: its name, the module that renders it, and how it is announced."""

    name: str
    module: str
    media_type: str
    title: str
    options: dict[str, Any] = field(default_factory=dict)

    def render(self, site: Site) -> bytes:
        return import_module(f"{__name__}.{self.module}").render(site, **self.options)


def outputs(site: Site) -> list[Output]:
    """Every output of a build of ``site``."""
    found = [
        Output("feed.xml", "rss", "application/rss+xml", f"{site.title} (RSS)"),
        Output("atom.xml", "atom", "application/atom+xml", f"{site.title} (Atom)"),
        Output("feed.json", "jsonfeed", "application/feed+json", f"{site.title} (JSON Feed)"),
        Output("talks.ics", "ics", "text/calendar", f"{site.title}: talks (iCalendar)"),
        Output("feed.xsl", "xsl", "text/xsl", "Feed stylesheet"),
        Output("feeds-head.html", "head", "text/html", "Feed discovery links"),
        Output("subscribe.html", "subscribe", "text/html", "Subscribe"),
    ]
    # TODO(integration): drop this filter once every module above exists.
    return [o for o in found if find_spec(f"{__name__}.{o.module}") is not None]


def render_all(site: Site) -> dict[str, bytes]:
    """Render every output of ``site`` to bytes, keyed by file name."""
    return {output.name: output.render(site) for output in outputs(site)}
