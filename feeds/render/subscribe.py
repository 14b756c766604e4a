"""``subscribe.html``: a standalone page with subscribe buttons, upcoming talks and news.

Plain HTML and CSS (``assets/subscribe.css`` inlined), no JavaScript, every text escaped.
Calendar buttons: ``webcal://`` (Apple Calendar, Outlook, Thunderbird…), Google Calendar
"subscribe by URL" and the ``.ics`` itself; each upcoming talk gets an "add to Google
Calendar" link. No front matter, so Jekyll copies the file verbatim.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING
from urllib.parse import quote, urlencode, urlsplit

from ..model import Precision
from ..text import clean_text
from ._calendar_links import add_links
from ._html import asset, date_label, entry_link, entry_title, esc, summary
from .head import discoverable, link_tag

if TYPE_CHECKING:
    from ..model import Item
    from ..site import Site
    from . import Output

NEWS_COUNT = 10
GCAL_SUBSCRIBE = "https://calendar.google.com/calendar/r"
GCAL_TEMPLATE = "https://calendar.google.com/calendar/render"
_CLASS = {
    "application/rss+xml": "rss",
    "application/atom+xml": "atom",
    "application/feed+json": "json",
}


def webcal(url: str) -> str | None:
    """``https://host/talks.ics`` → ``webcal://host/talks.ics`` (``None`` if not absolute)."""
    parts = urlsplit(url)
    return f"webcal://{url.split('://', 1)[1]}" if parts.scheme in ("http", "https") else None


def google_subscribe(url: str) -> str | None:
    """Google Calendar's "add calendar by URL" link for an absolute ``.ics`` URL."""
    cal = webcal(url)
    return f"{GCAL_SUBSCRIBE}?{urlencode({'cid': cal}, quote_via=quote)}" if cal else None


def google_dates(site: Site, event: Item) -> dict[str, str]:
    """``dates`` (and ``ctz``) of a template link: all-day with an exclusive end, or timed."""
    start, end = site.bounds(event)
    if not isinstance(start, dt.datetime):
        return {"dates": f"{start:%Y%m%d}/{end:%Y%m%d}"}
    zone = str(start.tzinfo)  # "3pm ET": the talk's own zone, else the site's
    return {"dates": f"{start:%Y%m%dT%H%M%S}/{end:%Y%m%dT%H%M%S}", "ctz": zone}


def google_add(site: Site, event: Item) -> str | None:
    """An "add to Google Calendar" link for a day-precise item, else ``None``."""
    if event.span is None or event.span.precision is not Precision.DAY:
        return None
    main = entry_link(site, event)
    params = {
        "action": "TEMPLATE",
        "text": clean_text(event.title),
        **google_dates(site, event),
        "details": f"{summary(event, 1000)}\n\n{main}",
    }
    if event.location:
        params["location"] = clean_text(event.location)
    return f"{GCAL_TEMPLATE}?{urlencode(params, quote_via=quote)}"


def _button(href: str, label: str, css: str = "") -> str:
    return f'<a class="{f"btn {css}".strip()}" href="{esc(href)}">{esc(label)}</a>'


def _item(site: Site, event: Item, *, add: bool) -> str:
    when = date_label(event.span)
    parts = [
        f'<a class="title" href="{esc(entry_link(site, event))}">{esc(entry_title(event))}</a>'
    ]
    if event.status != "confirmed":
        parts.append(f' <span class="badge">{esc(event.status)}</span>')
    meta = " · ".join(esc(x) for x in (when, event.location or "") if x)
    if meta:
        parts.append(f'<br><span class="meta">{meta}</span>')
    if add and event.status != "cancelled" and (link := google_add(site, event)):
        parts.append(f' · <a class="add" href="{esc(link)}">+ Google Calendar</a>')
        parts += add_links(site, event)
    parts.append(f"<p>{esc(summary(event))}</p>")
    return f"<li>{''.join(parts)}</li>"


def kind_label(output: Output) -> str:
    """``paper-releases.xml`` → ``Paper releases only``."""
    return output.name.removesuffix(".xml").replace("-", " ").capitalize() + " only"


def feed_section(feeds: list[Output], site: Site) -> str:
    main = [o for o in feeds if o.options.get("kind") is None and o.media_type in _CLASS]
    kinds = [o for o in feeds if o.options.get("kind")]
    labels = {"rss": "RSS", "atom": "Atom", "json": "JSON Feed"}
    html = [
        '<section id="feeds"><h2>News feeds</h2>',
        "<p>A feed reader (NetNewsWire, Feedly, Inoreader, Thunderbird…) shows you new "
        "items as they appear. Open a feed below and copy its address into your reader; "
        "RSS suits most readers.</p>",
        '<div class="buttons">',
    ]
    for out in main:
        css = _CLASS[out.media_type]
        html.append(_button(site.url(out.name), labels[css], css))
    html.append("</div>")
    if kinds:
        html.append('<p class="muted">Only some kinds of news:</p><div class="buttons">')
        html += [_button(site.url(o.name), kind_label(o), "plain") for o in kinds]
        html.append("</div>")
    html.append("</section>")
    return "\n".join(html)


def calendar_section(cal: Output, site: Site) -> str:
    url = site.url(cal.name)
    buttons = []
    if link := webcal(url):
        buttons.append(_button(link, "Subscribe in your calendar app", "cal"))
    if link := google_subscribe(url):
        buttons.append(_button(link, "Subscribe in Google Calendar", "cal"))
    buttons.append(_button(url, "Download .ics", "plain"))
    return "\n".join(
        [
            '<section id="calendar"><h2>Talk calendar</h2>',
            "<p>Subscribe once and talks appear in your calendar, kept up to date "
            "automatically (Apple Calendar, Outlook, Thunderbird, Google Calendar…).</p>",
            f'<div class="buttons">{"".join(buttons)}</div></section>',
        ]
    )


def render(site: Site) -> bytes:
    feeds = [  # a feed of one kind is offered only when it has items
        o
        for o in discoverable(site)
        if not o.options.get("kind") or site.of_kind(o.options["kind"])
    ]
    cal = next((o for o in feeds if o.media_type == "text/calendar"), None)
    talks = site.upcoming_talks()
    news = site.newest_first()[:NEWS_COUNT]
    home = esc(site.home_url)
    body = [
        f'<p class="muted"><a href="{home}">← {esc(site.title)}</a></p>',
        f"<h1>Subscribe to {esc(site.title)}</h1>",
        f'<p class="lead">{esc(site.description)}</p>',
        feed_section(feeds, site),
        calendar_section(cal, site) if cal else "",
        '<section id="upcoming"><h2>Upcoming talks</h2>',
        f'<ul class="items">{"".join(_item(site, e, add=True) for e in talks)}</ul>'
        if talks
        else '<p class="muted">No upcoming talks right now.</p>',
        "</section>",
        '<section id="news"><h2>Latest news</h2>',
        f'<ul class="items">{"".join(_item(site, e, add=False) for e in news)}</ul>',
        f'<p><a href="{home}">All news on the website →</a></p></section>',
        "<footer>Generated by feeds. No tracking, no JavaScript.</footer>",
    ]
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{esc(site.settings.language)}">',
        '<head>\n<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Subscribe — {esc(site.title)}</title>",
        *(link_tag(site, o) for o in feeds),
        f"<style>\n{asset('subscribe.css')}</style>\n</head>",
    ]
    text = "\n".join([*head, "<body>\n<main>", *filter(None, body), "</main>\n</body>\n</html>\n"])
    return text.encode("utf-8")
