"""Stage 4: one model, many output formats.

Each format is a small module with ``render(site, **options) -> bytes``; :data:`OUTPUTS`
lists the files a build writes. Modules are imported only when rendered.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import import_module
from typing import TYPE_CHECKING, Any

from ..kinds import singular
from ..text import slugify

if TYPE_CHECKING:
    from ..site import Site


@dataclass(frozen=True)
class Output:
    """One published file: its name, the module that renders it, and how it is announced."""

    name: str
    module: str
    media_type: str
    title: str
    options: dict[str, Any] = field(default_factory=dict)
    announced: bool = True  # listed in feeds-head.html and on subscribe.html

    def render(self, site: Site) -> bytes:
        return import_module(f"{__name__}.{self.module}").render(site, **self.options)


def outputs(site: Site) -> list[Output]:
    """Every output of a build of ``site``, including one Atom feed per ``kind_feeds`` entry."""
    return [
        Output("feed.xml", "rss", "application/rss+xml", f"{site.title} (RSS)"),
        Output("atom.xml", "atom", "application/atom+xml", f"{site.title} (Atom)"),
        Output("feed.json", "jsonfeed", "application/feed+json", f"{site.title} (JSON Feed)"),
        *kind_outputs(site),
        Output("talks.ics", "ics", "text/calendar", f"{site.title}: talks (iCalendar)"),
        *talk_outputs(site),
        Output("feed.xsl", "xsl", "text/xsl", "Feed stylesheet"),
        Output("feed.css", "css", "text/css", "Feed stylesheet without XSLT"),
        Output("feeds-head.html", "head", "text/html", "Feed discovery links"),
        Output("feeds-events.html", "jsonld", "text/html", "Talks and papers (schema.org)"),
        Output("subscribe.html", "subscribe", "text/html", "Subscribe"),
    ]


def talk_outputs(site: Site) -> list[Output]:
    """``talks/<name>.ics``: one calendar file per upcoming talk (not announced)."""
    from .talk_ics import talk_files

    return [
        Output(name, "talk_ics", "text/calendar", event.title, {"name": name}, announced=False)
        for name, event in talk_files(site).items()
    ]


def kind_outputs(site: Site) -> list[Output]:
    """One Atom feed per ``kind_feeds`` entry: ``talk`` → ``talks.xml`` (plural file name)."""
    found: dict[str, Output] = {}
    for kind in site.settings.kind_feeds:
        one = singular(slugify(kind))
        plural = one if one.endswith("s") else f"{one}s"
        name = f"{plural}.xml"
        if name in found or name in ("feed.xml", "atom.xml"):
            continue
        label = plural.replace("-", " ")
        found[name] = Output(
            name,
            "atom",
            "application/atom+xml",
            f"{site.title}: {label} (Atom)",
            {"name": name, "kind": kind, "title": f"{site.title}: {label}"},
        )
    return list(found.values())


def render_all(site: Site) -> dict[str, bytes]:
    """Render every output of ``site`` to bytes, keyed by file name."""
    return {output.name: output.render(site) for output in outputs(site)}
