"""Published ids never change between versions: the ids of two small pages, written out
(mutation testing found the rules that tell same-day items apart unchecked)."""

from __future__ import annotations

from feeds.build import load_site
from feeds.diagnostics import Reporter
from feeds.ids import authority

TAG = "tag:example.org,2020:"
NEWEST_FIRST = """\
- **Talk** at B, no link (Nov 18, 2022)
- **Talk** at C, no link either (Nov 18, 2022)
- **Talk** at [Undated](https://u.example/)
- **Talk** about [Undated again](https://u.example/)
- **Talk** in [Seminar](https://seminar.example/) at MIT (Nov 17, 2022)
- **Talk** in [Seminar](https://seminar.example/) at M.I.T. (Nov 17, 2022)
- **Talk** in [Seminar](https://seminar.example/) at MIT (Nov 17, 2022)
"""
OLDEST_FIRST = """\
- **Talk** at A (Nov 1, 2022)
- **Talk** at B (Nov 18, 2022)
- **Talk** at C (Nov 18, 2022)
- **Talk** at D (Dec 1, 2022)
"""


def test_ids_of_a_newest_first_page(make_site) -> None:
    reporter = Reporter(quiet=True)
    site = load_site(make_site(NEWEST_FIRST), reporter=reporter)
    assert [(e.line, e.id.removeprefix(TAG)) for e in site.events] == [
        (9, "2022-11-18/ad937442ae"),
        (10, "2022-11-18"),  # the oldest of the day (last on the page) keeps the bare date
        (11, "undated/4d179ca049/dadb4a6e6e"),
        (12, "undated/4d179ca049"),  # undated: the link, then the title
        (13, "2022-11-17/8581723253"),
        (14, "2022-11-17/62cc3b0903"),
        (15, "2022-11-17"),
    ]
    lookalikes = [(p.source, p.line, p.message) for p in reporter.problems if "twice?" in p.message]
    page = str(site.page_path)
    assert lookalikes == [
        (page, 14, f"same kind, date and link as {page}:13: the same item twice?")
    ]  # not the undated pair, not the link-less pair, not the exact copy on line 15


def test_on_an_oldest_first_page_the_first_of_the_day_keeps_the_date(make_site) -> None:
    site = load_site(make_site(OLDEST_FIRST))
    assert [e.id.removeprefix(TAG) for e in site.events] == [
        "2022-11-01",
        "2022-11-18",
        "2022-11-18/84a516841b",
        "2022-12-01",
    ]


def test_the_tag_authority_is_the_host() -> None:
    assert authority("https://Example.org:8080/~me/") == "example.org"
    assert authority("") == "localhost"


def test_a_page_as_much_newest_first_as_not_counts_as_newest_first(make_site) -> None:
    news = OLDEST_FIRST.rsplit("\n", 2)[0]  # A Nov 1, B Nov 18, C Nov 18
    site = load_site(make_site(news))  # one step up, one step level: newest first
    assert [e.id.removeprefix(TAG) for e in site.events] == [
        "2022-11-01",
        "2022-11-18/e9d71f5ee7",
        "2022-11-18",
    ]
