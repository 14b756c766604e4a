"""The talk calendar (``talks.ics``): iCalendar (RFC 5545/7986) built with ``icalendar``.

What goes in (:meth:`~feeds.site.Site.calendar_events`): items of the ``calendar_kinds``
with a day-precise date that are upcoming or ended within ``calendar_history_days``.
Dates become all-day events with an exclusive ``DTEND``; a single day with a time of
day becomes a timed event in the site time zone (one hour unless an end time is
given). A time on a date *range* does not say which day it belongs to, so such items
stay all-day (the time is in the description).

The output depends only on the page and the build's "now", so two builds give
byte-identical files: ``DTSTAMP`` is the content's newest date (never later than now)
and ``LAST-MODIFIED`` the item's feed date (its start, or now while it is upcoming).
A ``PUBLISH`` calendar names its ``ORGANIZER`` (the site author, when an e-mail is set).
The site's ``VTIMEZONE`` is always included, so even a calendar with no talk in its
window holds a component, as RFC 5545 requires.
"""

from __future__ import annotations

import datetime as dt
import re
import uuid
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from icalendar import Calendar, Timezone, vCalAddress, vCategory, vDuration, vText
from icalendar import Event as VEvent
from icalendar.enums import STATUS, TRANSP

from ..model import Item
from ..text import clean_text, squash
from ._html import kind_shown

if TYPE_CHECKING:
    from ..site import Site

PRODID = "-//feeds//Talk calendar//EN"
REFRESH = dt.timedelta(days=1)
_STATUS = {
    "confirmed": STATUS.CONFIRMED,
    "tentative": STATUS.TENTATIVE,
    "postponed": STATUS.TENTATIVE,
    "cancelled": STATUS.CANCELLED,
}
# Control characters RFC 5545 forbids in values (line breaks are handled by splitlines).
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def event_uid(event: Item) -> str:
    """The ``UID`` of an item: a name-based UUID of its stable id (same id, same UID)."""
    return str(uuid.uuid5(uuid.NAMESPACE_URL, event.id))


def plain(text: str, *, one_line: bool = True) -> str:
    """``text`` without control characters; one line (squashed) unless ``one_line`` is off."""
    lines = [_CONTROL.sub("", clean_text(line)).rstrip() for line in text.splitlines()]
    return squash(" ".join(lines)) if one_line else "\n".join(lines).strip()


class _Text(vText):
    """TEXT escaped as RFC 5545 says (backslash first): icalendar reads a literal ``\\N``
    in the text as an escaped newline and publishes a line break where the page had none."""

    def to_ical(self) -> bytes:
        text = str(self).replace("\\", "\\\\").replace(";", r"\;").replace(",", r"\,")
        text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", r"\n")
        return text.encode(self.encoding)


def _category(kind: str) -> vCategory:
    category = vCategory([])
    category.cats = [_Text(kind)]
    return category


def _absolute(url: str | None) -> str | None:
    return url if url and urlsplit(url).scheme else None


def _description(event: Item) -> str:
    """The item's text, then one ``label: URL`` line per link (slides, video…)."""
    links = "\n".join(
        f"{link.attachment.capitalize() if link.attachment else plain(link.text) or 'Link'}: "
        f"{link.url}"
        for link in event.links
    )
    text = event.text
    for link in event.links:  # "[Slides]" in the text: listed with its URL below instead
        if link.attachment:
            text = text.replace(f"[{link.text}]", "")
    return "\n\n".join(part for part in (plain(text), links) if part)


def vevent(site: Site, event: Item, stamp: dt.datetime | None = None) -> VEvent:
    """The ``VEVENT`` of one item; ``stamp`` is its ``DTSTAMP`` (default: the content's date)."""
    start, end = site.bounds(event, event.event_span)  # the day, not just the month
    main = event.main_link
    timed = isinstance(start, dt.datetime)
    modified = site.published(event) or site.now
    made = VEvent.new(
        uid=event_uid(event),
        stamp=(stamp or site.updated()).astimezone(dt.UTC),
        last_modified=modified.astimezone(dt.UTC),
        organizer=_organizer(site),
        start=start,
        end=end,
        summary=_Text(plain(event.title) or plain(event.kind)),
        location=_Text(plain(event.location)) if event.location else None,
        url=_absolute(main.url) if main and main.attachment is None else None,
        description=_Text(_description(event)),
        status=_STATUS.get(event.status, STATUS.CONFIRMED),
        transparency=TRANSP.OPAQUE if timed else TRANSP.TRANSPARENT,
    )
    if kind := plain(kind_shown(event)):
        made["CATEGORIES"] = _category(kind)
    return made


def shared_vevent(site: Site, event: Item) -> VEvent:
    """The ``VEVENT`` of ``event`` as ``talks.ics`` has it (``DTSTAMP``: the content's
    date), made once per build: the talk's own file (:mod:`.talk_ics`) holds the same one.
    Made again for another event object, id or date of the content."""
    stamp = site.updated()
    made: dict[int, tuple[Item, str, dt.datetime, VEvent]] = site.__dict__.setdefault(
        "_vevents", {}
    )
    found = made.get(id(event))
    if found is None or found[0] is not event or found[1] != event.id or found[2] != stamp:
        found = made[id(event)] = (event, event.id, stamp, vevent(site, event, stamp))
    return found[3]


def _organizer(site: Site) -> vCalAddress | None:
    """``ORGANIZER;CN=Ju Sun:mailto:…`` (RFC 5546 wants one in a PUBLISH), if e-mail is set."""
    email = site.settings.email
    if not email:
        return None
    address = vCalAddress(f"mailto:{email}")
    if name := plain(site.settings.author):
        address.params["CN"] = name
    return address


def _name(site: Site) -> str:
    who = site.settings.author or plain(site.page.title) or site.title
    return f"Talks: {who}"


def calendar(site: Site, name: str = "talks.ics") -> Calendar:
    """The whole calendar, with the ``VTIMEZONE`` its timed events need."""
    events = site.calendar_events()
    source = _absolute(site.url(name))
    cal = Calendar.new(
        uid=str(uuid.uuid5(uuid.NAMESPACE_URL, source or f"{site.home_url}{name}")),
        prodid=PRODID,
        calscale="GREGORIAN",
        method="PUBLISH",
        name=_name(site),
        description=f"Talks listed on {site.home_url}: upcoming ones and those of the last "
        f"{site.settings.calendar_history_days} days.",
        source=source,
        url=_absolute(site.home_url),
        subcomponents=[shared_vevent(site, e) for e in events],
    )
    # RFC 7986 wants VALUE=DURATION spelled out; X-PUBLISHED-TTL is for Outlook and Apple.
    cal.add("REFRESH-INTERVAL", REFRESH, parameters={"VALUE": "DURATION"})
    cal.add("X-PUBLISHED-TTL", vDuration(REFRESH))
    years = [e.event_span.start.year for e in events if e.event_span] or [site.today.year]
    first, last = dt.date(min(years), 1, 1), dt.date(max(years) + 1, 1, 1)
    cal.add_component(Timezone.from_tzid(site.settings.timezone, first_date=first, last_date=last))
    cal.add_missing_timezones(first, last)
    return cal


def render(site: Site, name: str = "talks.ics") -> bytes:
    """``talks.ics``: CRLF lines folded at 75 octets, UTF-8."""
    return calendar(site, name).to_ical()
