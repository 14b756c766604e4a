""" "Add to calendar" links for one talk, besides Google's (:func:`subscribe.google_add`).

Outlook on the web takes an event through its compose deep link
(``outlook.live.com/calendar/0/deeplink/compose``): all-day events as dates with an
exclusive end and ``allday=true``, timed ones as UTC times. Apple Calendar and desktop
Outlook open the talk's own ``.ics`` file (:mod:`feeds.render.talk_ics`).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING
from urllib.parse import quote, urlencode

from ..text import clean_text
from ._html import entry_link, esc, summary
from .talk_ics import talk_file

if TYPE_CHECKING:
    from ..model import Item
    from ..site import Site

OUTLOOK_COMPOSE = "https://outlook.live.com/calendar/0/deeplink/compose"


def outlook_dates(site: Site, event: Item) -> dict[str, str]:
    """``startdt``/``enddt``/``allday`` of an Outlook compose link."""
    start, end = site.bounds(event)
    if isinstance(start, dt.datetime) and isinstance(end, dt.datetime):
        utc = "%Y-%m-%dT%H:%M:%SZ"
        return {
            "startdt": start.astimezone(dt.UTC).strftime(utc),
            "enddt": end.astimezone(dt.UTC).strftime(utc),
            "allday": "false",
        }
    return {"startdt": start.isoformat(), "enddt": end.isoformat(), "allday": "true"}


def outlook_add(site: Site, event: Item) -> str:
    """An "add to Outlook.com / Microsoft 365 calendar" link for a day-precise item."""
    params = {
        "path": "/calendar/action/compose",
        "rru": "addevent",
        "subject": event.title,
        **outlook_dates(site, event),
        "body": f"{summary(event, 1000)}\n\n{entry_link(site, event)}",
    }
    if event.location:
        params["location"] = event.location
    params = {key: clean_text(value) for key, value in params.items()}
    return f"{OUTLOOK_COMPOSE}?{urlencode(params, quote_via=quote)}"


def add_links(site: Site, event: Item) -> list[str]:
    """The subscribe page's links next to "+ Google Calendar": the talk's ``.ics`` (Apple
    Calendar, desktop Outlook) and Outlook on the web."""
    found = []
    if name := talk_file(site, event):
        found.append(
            f' · <a class="add ics" href="{esc(site.url(name))}">+ Apple / Outlook (.ics)</a>'
        )
    link = outlook_add(site, event)
    found.append(f' · <a class="add outlook" href="{esc(link)}">+ Outlook.com</a>')
    return found
