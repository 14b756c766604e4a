"""Site's rules for what lands in which output, on small pages written here: the ones the
mutation run of session 21 found unchecked (bench/mutation_parse.md, "Session 21:
mutate12e"). Each test: a page in, which items go where and in what order, or the note a
build gives, written from the page."""

from __future__ import annotations

import dataclasses
import datetime as dt
from zoneinfo import ZoneInfo

from feeds.build import load_site

OLD_TALKS = """\
- **Talk** at Old Seminar (Jan 5--7, 2021)
- **Paper**: A paper (Oct 3, 2022)
- **Talk** at Older Colloquium (Mar 3, 2020)
- **Talk** at Later Workshop (Feb 2--4, 2021)
"""


def test_empty_calendar_names_the_latest_end_and_the_history_setting(make_site) -> None:
    site = load_site(make_site(OLD_TALKS), today=dt.date(2023, 1, 10))
    assert site.calendar_events() == []
    assert site.empty_calendar() == (
        "no event: 3 talks, none within calendar.history_days=365 of 2023-01-10 "
        "(the latest ended 2021-02-04); see calendar.history_days"
    )


def test_empty_calendar_counts_one_talk_and_reads_the_kind_in_any_case(make_site) -> None:
    folder = make_site("- **Talk** at Old Seminar (Jan 5--7, 2021)\n- **Paper**: X (Oct 3, 2022)")
    site = load_site(
        folder,
        today=dt.date(2021, 3, 1),
        overrides={"calendar_kinds": ["Talk"], "calendar_history_days": 50},
    )
    assert site.empty_calendar() == (
        "no event: 1 talk, none within calendar.history_days=50 of 2021-03-01 "
        "(the latest ended 2021-01-07); see calendar.history_days"
    )
    # 53 days of history reach back to Jan 7: the talk is in the calendar, no note
    site = load_site(folder, today=dt.date(2021, 3, 1), overrides={"calendar_history_days": 53})
    assert [e.title for e in site.calendar_events()] == ["Old Seminar"]
    assert site.empty_calendar() is None


def test_empty_calendar_of_other_kinds_lists_them(make_site) -> None:
    site = load_site(
        make_site(OLD_TALKS),
        today=dt.date(2023, 1, 10),
        overrides={"calendar_kinds": ["paper", "award"], "calendar_history_days": 30},
    )
    assert site.empty_calendar() == (
        "no event: 1 item(s) of calendar.kinds (paper, award), none within "
        "calendar.history_days=30 of 2023-01-10 (the latest ended 2022-10-03); "
        "see calendar.history_days"
    )


def test_empty_calendar_without_talks_or_without_a_day(make_site) -> None:
    papers = make_site("- **Paper**: X (Oct 3, 2022)")
    assert load_site(papers, today=dt.date(2023, 1, 10)).empty_calendar() == (
        "no event: 0 talks; see calendar.kinds"
    )
    vague = make_site(
        "- **Talk** at Undated Colloquium\n- **Talk** at Month Workshop (Sep 2022)\n"
        "- **Paper**: X (Oct 3, 2022)"
    )
    assert load_site(vague, today=dt.date(2023, 1, 10)).empty_calendar() == (
        "no event: 2 talks, none dated to the day (see the notes above)"
    )


SECTIONS = """\
#### Upcoming

- **Talk** at Undated Colloquium
- **Talk** at Future Seminar (Dec 1, 2022)
- **Talk** at Sooner Seminar (Nov 20, 2022)

#### Past

- **Paper**: Beta (Mar 1, 2022)
- **Talk** at Gamma (Jun 2, 2022)
- **Award**: Delta (Mar 1, 2022)
- **Talk** at Epsilon
"""
CHICAGO = ZoneInfo("America/Chicago")  # the time zone make_site's feeds.toml names


def test_upcoming_talks_soonest_first_then_the_undated_ones_under_upcoming(make_site) -> None:
    site = load_site(make_site(SECTIONS), today=dt.date(2022, 11, 10))
    assert [e.title for e in site.upcoming_talks()] == [
        "Sooner Seminar",
        "Future Seminar",
        "Undated Colloquium",
    ]


def test_items_not_the_sites_are_ordered_afresh(make_site) -> None:
    # copies of the items (as a caller may make): newest first by the feed date, which
    # is never later than today, so both future talks are "today" and keep page order;
    # Beta and Delta share a day (page order); the undated ones last, in page order
    site = load_site(make_site(SECTIONS), today=dt.date(2022, 11, 10))
    copies = [dataclasses.replace(e) for e in site.events]
    expected = [
        "Future Seminar",
        "Sooner Seminar",
        "Gamma",
        "Beta",
        "Delta",
        "Undated Colloquium",
        "Epsilon",
    ]
    assert [e.title for e in site.newest_first(copies)] == expected
    assert [e.title for e in site.newest_first()] == expected
    assert [e.title for e in site.newest_first(copies[3:])] == ["Gamma", "Beta", "Delta", "Epsilon"]


def test_updated_is_the_newest_feed_date_never_after_today(make_site) -> None:
    site = load_site(make_site(SECTIONS), today=dt.date(2022, 11, 10))
    assert site.updated() == dt.datetime(2022, 11, 10, tzinfo=CHICAGO)
    assert site.updated(site.events[3:]) == dt.datetime(2022, 6, 2, tzinfo=CHICAGO)
    copies = [dataclasses.replace(e) for e in site.events[3:]]
    assert site.updated(copies) == dt.datetime(2022, 6, 2, tzinfo=CHICAGO)


def test_no_items_left_gives_empty_orders_and_the_fallback_date(make_site) -> None:
    # a caller that removes every item: the orders made before are not reused
    site = load_site(make_site(SECTIONS), today=dt.date(2022, 11, 10))
    assert len(site.newest_first()) == 7
    assert len(site.upcoming_talks()) == 3
    site.events.clear()
    assert site.newest_first() == []
    assert site.feed_events() == []
    assert site.upcoming_talks() == []
    assert site.updated() == dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def test_upcoming_talks_of_one_day_follow_the_page_order_when_it_changes(make_site) -> None:
    news = """\
    - **Talk** at Alpha Seminar (Dec 1, 2022)
    - **Paper**: Beta (Mar 1, 2022)
    - **Talk** at Gamma Seminar (Dec 1, 2022)
    - **Talk** at Delta Seminar (Nov 20, 2022)
    """
    site = load_site(make_site(news), today=dt.date(2022, 11, 10))
    assert [e.title for e in site.upcoming_talks()] == [
        "Delta Seminar",
        "Alpha Seminar",
        "Gamma Seminar",
    ]
    site.events.reverse()  # the same number of items, another first one
    assert [e.title for e in site.upcoming_talks()] == [
        "Delta Seminar",
        "Gamma Seminar",
        "Alpha Seminar",
    ]


def test_a_site_of_one_talk(make_site) -> None:
    site = load_site(
        make_site("- **Talk** at Alpha Seminar (Dec 1, 2022)"), today=dt.date(2022, 11, 10)
    )
    assert [e.title for e in site.upcoming_talks()] == ["Alpha Seminar"]
    assert [e.title for e in site.newest_first()] == ["Alpha Seminar"]
    assert [e.title for e in site.calendar_events()] == ["Alpha Seminar"]


def test_updated_of_undated_items_only_is_the_fallback(make_site) -> None:
    site = load_site(make_site(SECTIONS), today=dt.date(2022, 11, 10))
    undated = [e for e in site.events if e.span is None]
    assert [e.title for e in undated] == ["Undated Colloquium", "Epsilon"]
    assert site.updated(undated) == dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
    assert site.updated([]) == dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def test_calendar_history_of_zero_days_keeps_only_talks_not_yet_over(make_site) -> None:
    news = """\
    - **Talk** at Late Seminar (Mar 9, 2021)
    - **Talk** at Today Seminar (Mar 1, 2021)
    - **Talk** at Yesterday Seminar (Feb 28, 2021)
    - **Talk** at Early Seminar (Mar 9, 2021)
    - **Talk** at Workshop (Feb 27--Mar 1, 2021)
    """
    site = load_site(
        make_site(news), today=dt.date(2021, 3, 1), overrides={"calendar_history_days": 0}
    )
    # earliest first; page order between the two of Mar 9
    assert [e.title for e in site.calendar_events()] == [
        "Workshop",
        "Today Seminar",
        "Late Seminar",
        "Early Seminar",
    ]
    site = load_site(
        make_site(news), today=dt.date(2021, 3, 1), overrides={"calendar_history_days": 1}
    )
    assert "Yesterday Seminar" in [e.title for e in site.calendar_events()]


def test_a_kind_feed_carries_that_kind_newest_first_cut_to_the_limit(make_site) -> None:
    folder = make_site(SECTIONS)
    site = load_site(folder, today=dt.date(2022, 11, 10))
    talks = site.of_kind("talk")
    assert [e.title for e in site.feed_events(talks)] == [
        "Future Seminar",
        "Sooner Seminar",
        "Gamma",
        "Undated Colloquium",
        "Epsilon",
    ]
    site = load_site(folder, today=dt.date(2022, 11, 10), overrides={"feed_limit": 2})
    assert [e.title for e in site.feed_events(site.of_kind("talk"))] == [
        "Future Seminar",
        "Sooner Seminar",
    ]


def test_an_unlabelled_talk_is_a_talk_by_its_type(make_site) -> None:
    # no bold label: the item's kind comes from its words ("an invited talk")
    news = "- Gave an invited talk at MIT (Dec 1, 2022)\n- **Paper**: Beta (Mar 1, 2022)"
    site = load_site(make_site(news), today=dt.date(2022, 11, 10))
    talk = ["Gave an invited talk at MIT"]
    assert [e.title for e in site.of_kind("talk")] == talk
    assert [e.title for e in site.select(["talk"])] == talk
    assert [e.title for e in site.calendar_events()] == talk
    assert [e.title for e in site.upcoming_talks()] == talk
