"""Data lists whose dates are written year first with a two-digit year, ``26/8/21`` for
21 August 2026 (scan30 D1), decided per list (:mod:`feeds.parse.dates.short_year_first`):
year first only when every date is a day that way and a first number above 31 says so,
or the list runs newest first only that way; a list that reads in order day first
(``28/9/22, 15/9/22``) stays as it is read. An entry dated by ``created:`` (an app's
record) is dated so when it has no ``date:`` (scan30 D2). Sites are written here in our
own words; expectations are written from the input.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.parse.dates import parse_date
from feeds.parse.dates.short_year_first import year_first

from .hugo_sites import listed, write

# (the list's dates, read year first?)
LISTS = [
    (["26/8/21", "26/6/18", "26/4/13", "26/1/16", "25/4/12"], True),
    (["Pinned", "26/6/18", "26/4/13", "26/1/16"], True),  # an undated entry aside
    (["26/8/21", "26/6/18", "26/4/13"], False),  # in order day first too: as read today
    (["99/12/5", "98/7/14"], True),  # 99 is no day, no month
    (["45/3/2"], True),
    (["28/9/22", "15/9/22", "13/4/22"], False),  # in order day first: as read today
    (["26/8/21"], False),  # one date that reads as a day
    (["3/4/23", "25/4/23"], False),  # year first, not newest first
    (["26/8/21", "26/2/30"], False),  # 30 February: no day year first
    (["2026-08-21", "2026-06-18"], False),  # no a/b/c dates
    (["26/8/2021", "26/6/2018"], False),  # a year of four digits
]


@pytest.mark.parametrize(("dates", "expected"), LISTS)
def test_a_list_is_read_year_first_only_when_it_says_so(dates: list, expected: bool) -> None:
    assert year_first(dates, parse_date) is expected


LAYOUT = "{{ range site.Data.news }}<p>{{ .date }} {{ .text }}</p>{{ end }}\n"
CONFIG = 'baseURL = "https://ana.example.org/"\ntitle = "Ana"\n'

# (data/news.yml, the (title, start) pairs expected)
SITES = [
    (
        '- text: "Started my PhD at Lake University"\n  date: "26/6/18"\n'
        '- text: "Attended the Pond Conference 2026"\n  date: "26/4/13"\n'
        '- text: "Began research on duckweed"\n  date: "26/1/16"\n',
        [
            ("Started my PhD at Lake University", "2026-06-18"),
            ("Attended the Pond Conference 2026", "2026-04-13"),
            ("Began research on duckweed", "2026-01-16"),
        ],
    ),
    (
        '- text: "Gave a seminar in Oslo"\n  date: "28/9/22"\n'
        '- text: "Joined the Lake Lab"\n  date: "15/9/22"\n',
        [("Gave a seminar in Oslo", "2022-09-28"), ("Joined the Lake Lab", "2022-09-15")],
    ),
    (
        '- title: "Summer internship applications are open"\n  created: "2026-04-21"\n',
        [("Summer internship applications are open", "2026-04-21")],
    ),
    (
        '- title: "Summer internship applications are open"\n  createdAt: "2026-04-21"\n',
        [("Summer internship applications are open", "2026-04-21")],
    ),
    (
        '- title: "Summer internship applications are open"\n  date: "2026-05-02"\n'
        '  created_at: "2026-04-21"\n',
        [("Summer internship applications are open", "2026-05-02")],
    ),
]


@pytest.mark.parametrize(("news", "expected"), SITES)
def test_a_data_files_dates(tmp_path: Path, news: str, expected: list) -> None:
    site = write(
        tmp_path,
        {"hugo.toml": CONFIG, "layouts/index.html": LAYOUT, "data/news.yml": news},
    )
    items, _ = listed(site)
    assert [(i["title"], i["start"]) for i in items] == expected
