"""A generated HTML news archive grouped by year without heading tags: a box holding only
the year (``<div class="group-head">2026</div>``) over rows whose dates have no year
(``Aug 12``, a month alone ``Apr`` in its own box, ``Jun 10–11``), and each older year
folded in ``<details><summary>2025</summary>``; and an "Events & news" page that shows
the latest few of those items beside a seminar table and links the archive ("All news
since 2019 →"): the archive is the news, the seminars are not. Sites written here in our
own words; expectations from the input.
"""

from __future__ import annotations

from pathlib import Path

from .hugo_sites import listed, summary, write


def _row(when: str, text: str) -> str:
    return (
        f'<div class="row"><span class="when">{when}</span><span class="what">{text}</span></div>'
    )


ARCHIVE_ROWS = (
    '<div class="group-head">2026</div><div class="rows">'
    + _row("Aug 12", "The Loom Monitor launched with open indicators.")
    + _row("Jun 10–11", "The fourth loom conference was held at the lake.")
    + _row("Apr", "Research grant from the Weavers Foundation.")
    + "</div>"
    + '<details class="year"><summary>2025</summary><div class="rows">'
    + _row("Dec 29", "Call for abstracts published for the loom conference.")
    + _row("Sep", "Ana presented the loom paper at the Weaving Meeting.")
    + "</div></details>"
    + '<details class="year"><summary>2024</summary><div class="rows">'
    + _row("Nov 14", "Bo interviewed on the radio about looms.")
    + "</div></details>"
)
ARCHIVE = (
    "<!doctype html><html><head><title>News · Loom Lab</title></head><body>\n"
    "<main><h2>What the lab has been up to</h2>\n<section>{rows}</section>\n"
    "</main></body></html>\n"
)
EXPECTED = [
    ("The Loom Monitor launched with open indicators", "2026-08-12", "day"),
    ("The fourth loom conference was held at the lake", "2026-06-10", "day"),
    ("Research grant from the Weavers Foundation", "2026-04", "month"),
    ("Call for abstracts published for the loom conference", "2025-12-29", "day"),
    ("Ana presented the loom paper at the Weaving Meeting", "2025-09", "month"),
    ("Bo interviewed on the radio about looms", "2024-11-14", "day"),
]


def test_year_boxes_and_year_folds_date_the_rows_below(tmp_path: Path) -> None:
    site = write(tmp_path / "site", {"news.html": ARCHIVE.format(rows=ARCHIVE_ROWS)})
    items, _ = listed(site)
    assert [s[:3] for s in summary(items)] == EXPECTED
    assert items[1]["end"] == "2026-06-11"


HOME = (
    "<!doctype html><html><head><title>Loom Lab</title></head><body>\n"
    '<nav><a href="/">Home</a><a href="/events.html">Events &amp; news</a></nav>\n'
    "<main><h1>Loom Lab</h1><p>We study looms.</p></main></body></html>\n"
)
EVENTS = (
    "<!doctype html><html><head><title>Events &amp; news · Loom Lab</title></head><body>\n"
    "<main>\n<h2>Brown-bag seminars</h2>\n"
    '<div class="rows"><div class="row"><span class="when">2026-12-11</span>'
    "<span>Cy Doe, Example University: To be announced</span></div>\n"
    '<div class="row"><span class="when">2027-01-15</span>'
    "<span>Di Roe, Other University: Looms and wages</span></div></div>\n"
    "<h2>Latest from the lab</h2>\n"
    '<div class="rows">'
    + _row("Aug 12 2026", "The Loom Monitor launched with open indicators.")
    + _row("Jun 10–11 2026", "The fourth loom conference was held at the lake.")
    + _row("Apr 2026", "Research grant from the Weavers Foundation.")
    + "</div>\n"
    '<p><a href="/history.html">All news since 2019 →</a></p>\n'
    "</main></body></html>\n"
)


def test_the_page_the_latest_items_link_to_is_the_news(tmp_path: Path) -> None:
    files = {
        "index.html": HOME,
        "events.html": EVENTS,
        "history.html": ARCHIVE.format(rows=ARCHIVE_ROWS),
    }
    items, _ = listed(write(tmp_path / "site", files))
    assert [s[:3] for s in summary(items)] == EXPECTED  # no seminar, each item once
