"""More item titles (``title_text``, ``_named_works``, ``make_title`` of
``feeds/parse/title.py``; issue 14's mutation run, session 20).

Each page is written for this test; the expected titles are written from it: the item's
own words past its date, its first letter made upper case, a paper's name that runs past
the 120 characters of a title kept whole. Read in-process (``parse_page``), so a
mutation run sees it.
"""

from __future__ import annotations

from pathlib import Path

from feeds.parse import parse_page


def _titles(news: str) -> list[str]:
    events = parse_page(Path("news.md"), text=f"## News\n\n{news}", headless=True)[1]
    return [event.title for event in events]


def test_an_item_opening_with_a_word_and_a_colon_is_titled_by_all_its_words() -> None:
    """No date in front (it trails, or the year heading gives it): the words from the
    item's first character on, a colon after the first word or at the end included."""
    news = (
        "### 2022\n\n"
        "- update: we moved our lab to Example University (Nov 2022)\n"
        "- news: our lab moved to Example University, and then we wrote:\n"
    )
    assert _titles(news) == [
        "Update: we moved our lab to Example University",
        "News: our lab moved to Example University, and then we wrote",
    ]


def test_a_papers_name_past_the_length_of_a_title_is_kept_whole() -> None:
    """The name holds a shortcode no emoji has (left out): still the same name."""
    name = (
        "Sorting :zzz_unknown: widgets in linear time, with a rather long name that goes on"
        " and on well past the limit of a feed title, as names do"
    )
    news = f"- **2025-03**: We released [{name}](https://x.org/p) today\n"
    whole = "We released " + name.replace(":zzz_unknown: ", "")
    assert len(whole) > 120
    assert _titles(news) == [whole + "…"]


def test_a_shortcode_right_after_the_date_and_a_paper_name_with_one() -> None:
    """``2026-05:loud_sound:``: the date ends at its digits, the emoji (dropped in front
    of a title) is no part of it; a labelled paper's name loses a shortcode no emoji has."""
    news = (
        "- 2026-05:loud_sound: I gave a seminar on graph learning.\n"
        "- 2026-04 **Paper release**: Proud to share"
        " [Sorting :zzz_unknown: Widgets in Linear Time](https://arxiv.org/abs/2501.01234)\n"
    )
    assert _titles(news) == ["I gave a seminar on graph learning", "Sorting Widgets in Linear Time"]


def test_a_title_opening_with_omega_keeps_it_small() -> None:
    """ω is the last small Greek letter: a symbol, not made upper case (Ω)."""
    news = "- 2026-05: $\\omega$-Net, our network for toy boats, is out.\n"
    assert _titles(news) == ["ω-Net, our network for toy boats, is out"]
