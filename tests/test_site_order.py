"""What a build computes once and reuses: the newest-first order (feeds, kind feeds, the
subscribe page) and the upcoming talks (subscribe page, per-talk files). Right for all
items and for a kind's items, and made again when the site's events change."""

from __future__ import annotations

import datetime as dt

from feeds.build import load_site

NEWS = """
- **Talk** at Alpha (Jan 5, 2023)
- **Paper**: Beta (Mar 1, 2022)
- **Talk** at Gamma (Jun 2, 2022)
- **Award**: Delta (Mar 1, 2022)
- **Talk** at Epsilon
"""


def names(events) -> list[str]:
    """The one capitalised place/title word each item of NEWS has."""
    found = []
    for event in events:
        found += [w for w in ("Alpha", "Beta", "Gamma", "Delta", "Epsilon") if w in event.text]
    return found


def test_newest_first_then_page_order_then_undated(make_site) -> None:
    site = load_site(make_site(NEWS), today=dt.date(2023, 6, 1))
    assert names(site.newest_first()) == ["Alpha", "Gamma", "Beta", "Delta", "Epsilon"]
    assert names(site.newest_first(site.of_kind("talk"))) == ["Alpha", "Gamma", "Epsilon"]
    assert names(site.newest_first()) == ["Alpha", "Gamma", "Beta", "Delta", "Epsilon"]


def test_order_is_made_again_when_the_events_change(make_site) -> None:
    site = load_site(make_site(NEWS), today=dt.date(2023, 6, 1))
    assert names(site.newest_first())[0] == "Alpha"
    site.events.reverse()  # Delta now comes before Beta on the "page"
    assert names(site.newest_first()) == ["Alpha", "Gamma", "Delta", "Beta", "Epsilon"]
    del site.events[-1]  # Alpha gone
    assert names(site.newest_first()) == ["Gamma", "Delta", "Beta", "Epsilon"]


def test_upcoming_talks_soonest_first_and_made_again_when_the_events_change(make_site) -> None:
    site = load_site(make_site(NEWS), today=dt.date(2022, 1, 1))
    assert names(site.upcoming_talks()) == ["Gamma", "Alpha"]  # Jun 2 2022, Jan 5 2023
    assert names(site.upcoming_talks()) == ["Gamma", "Alpha"]
    del site.events[2]  # Gamma gone
    assert names(site.upcoming_talks()) == ["Alpha"]
    site.today = dt.date(2023, 2, 1)  # a later "today": nothing is still to come
    assert names(site.upcoming_talks()) == []
