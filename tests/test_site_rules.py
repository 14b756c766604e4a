"""Site's rules for which item goes where, on small pages written here (mutation testing
found them unchecked)."""

from __future__ import annotations

import datetime as dt

from feeds.build import build, load_site
from feeds.diagnostics import Reporter

TODAY = dt.date(2022, 11, 10)
NEWS = """\
- **Talk** at Future Seminar (Dec 1, 2022)
- **Paper**: Past paper [arXiv](https://arxiv.org/abs/2101.00001) (Oct 3, 2022)
- **Talk** at Undated Colloquium
- **Talk** at Month-only Workshop (Sep 2022)
- **Talk** at Old Seminar (Jan 5, 2021)
"""


def test_select_gives_every_item_unless_asked_for_upcoming_ones(make_site) -> None:
    site = load_site(make_site(NEWS), today=TODAY)
    everything = [
        "Future Seminar",
        "Past paper arXiv",
        "Undated Colloquium",
        "Month-only Workshop",
        "Old Seminar",
    ]
    assert [e.title for e in site.select()] == everything
    assert [e.title for e in site.select(["talk"])] == [
        t for t in everything if t != "Past paper arXiv"
    ]
    assert [e.title for e in site.select(upcoming=True)] == ["Future Seminar"]


def test_talks_left_out_of_the_calendar_are_noted_with_the_reason(make_site, tmp_path) -> None:
    reporter = Reporter(quiet=True)
    build(make_site(NEWS), tmp_path / "out", today=TODAY, reporter=reporter)
    notes = [(p.line, p.message) for p in reporter.problems if "talk calendar" in p.message]
    assert notes == [
        (11, "left out of the talk calendar: the item has no date"),
        (12, "left out of the talk calendar: its date (2022-09) does not give the day"),
    ]


def test_feed_updated_without_any_dated_item(make_site) -> None:
    site = load_site(make_site("- **Talk** at Undated Colloquium"), today=TODAY)
    assert site.updated() == dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def test_feed_limit_zero_is_every_item_and_one_is_the_newest(make_site) -> None:
    folder = make_site(NEWS)
    every = load_site(folder, today=TODAY, overrides={"feed_limit": 0}).feed_events()
    assert len(every) == 5
    one = load_site(folder, today=TODAY, overrides={"feed_limit": 1}).feed_events()
    assert [e.title for e in one] == ["Future Seminar"]


def test_updated_of_some_items_is_their_newest_date(make_site) -> None:
    site = load_site(make_site(NEWS), today=TODAY)
    papers = [e for e in site.events if e.title.startswith("Past paper")]
    assert site.updated(papers) == dt.datetime(2022, 10, 3, 5, tzinfo=dt.UTC)
    assert site.updated() == dt.datetime(2022, 11, 10, 6, tzinfo=dt.UTC)  # the future talk


def test_a_kind_feed_matches_the_label_words(make_site) -> None:
    site = load_site(
        make_site("- **Invited Talk** at A (Oct 3, 2022)\n- **Talk** at B (Oct 1, 2022)"),
        today=TODAY,
    )
    assert [e.title for e in site.of_kind("invited-talk")] == ["A"]
    assert [e.title for e in site.of_kind("talk")] == ["A", "B"]


def test_calendar_history_of_zero_days_keeps_only_talks_not_yet_over(make_site) -> None:
    news = "- **Talk** at Yesterday (Nov 9, 2022)\n- **Talk** at Today (Nov 8--10, 2022)"
    folder = make_site(news, config="[calendar]\nhistory_days = 0\n")
    site = load_site(folder, today=TODAY)
    assert [e.title for e in site.calendar_events()] == ["Today"]


def test_an_undated_upcoming_talk_comes_last(make_site) -> None:
    news = "#### Upcoming\n\n- **Talk** at Some day\n- **Talk** at Later (Dec 9, 2022)"
    site = load_site(make_site(news), today=TODAY)
    assert [e.title for e in site.upcoming_talks()] == ["Later", "Some day"]
