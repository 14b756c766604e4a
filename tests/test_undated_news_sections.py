"""A news section that dates none of its items, on a page whose other news section lists
dated news (a homepage card "News and Outreach" describing what the news page covers,
beside "## Latest News"), tells no news: its items are left out. A page with one news
section, or whose other section dates fewer than two items, keeps its undated items.
Pages written for these tests, read as a user runs ``feeds list`` on them."""

from __future__ import annotations

from pathlib import Path

import pytest

from .hugo_sites import listed, write

FRONT = "---\ntitle: Home\n---\n\n"
CARD = (
    "#### News and Outreach\n- Paper acceptances and software releases.\n"
    "- Outreach with local schools.\n\nSee: [News](/news/)\n\n"
)
DATED = (
    "## Latest News\n- **2026-03**: Our bridge paper was accepted.\n"
    "- **2025-12**: Ana joined the lab.\n\n"
)
ONE_DATED = "## Latest News\n- **2026-03**: Our bridge paper was accepted.\n\n"
DATED_TITLES = [("Our bridge paper was accepted", "2026-03"), ("Ana joined the lab", "2025-12")]
CARD_TITLES = [
    ("Paper acceptances and software releases", None),
    ("Outreach with local schools", None),
]

# page body → (title, start) of each item
PAGES = {
    "an undated card above the dated list": (CARD + DATED, DATED_TITLES),
    "an undated card in a part below the dated list": (
        DATED + "## Sections\n\n" + CARD, DATED_TITLES
    ),
    "one news section, undated: kept": (CARD, CARD_TITLES),
    "the other section dates one item: kept": (
        CARD + ONE_DATED, [*CARD_TITLES, DATED_TITLES[0]]
    ),
    "a section dating one of its items: kept": (
        CARD.replace("- Outreach", "- **2026-01**: Outreach") + DATED,
        [CARD_TITLES[0], ("Outreach with local schools", "2026-01"), *DATED_TITLES],
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", PAGES)
def test_an_undated_news_section_beside_dated_news(tmp_path: Path, case: str) -> None:
    body, expected = PAGES[case]
    page = write(tmp_path / "site", {"index.md": FRONT + body}) / "index.md"
    items, ran = listed(page)
    assert [(i["title"], i["start"]) for i in items] == expected
    if len(expected) == 2 and expected == DATED_TITLES:  # nothing said of what is left out
        assert "no date" not in ran.stderr
