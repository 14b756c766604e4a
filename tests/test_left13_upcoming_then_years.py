"""A year (or month) heading after an "Upcoming" / "Coming soon" heading of the same
level ends that part: the items under ``### 2022`` are no longer "upcoming", so they
are not listed with ``--upcoming`` (they are past) and ``feeds check`` does not ask to
move them to "Past" (issue 8, a form noticed and left by an earlier session). A year
heading deeper than the upcoming one (``#### 2027`` under ``### Upcoming``) stays in it.
Pages in our own words, read back from ``feeds list --json`` with ``json``.
"""

from __future__ import annotations

import json

import pytest

from .cli_run import feeds

# (the news section's Markdown, then the items expected: title, section)
PAGES = [
    (
        "### Upcoming\n\n- Talk at the Mill Museum (Dec 2026)\n\n### 2022\n\n"
        "- Paper on looms accepted at ICML (Nov 2022)\n- Talk at the Loom Society (Oct 2022)\n",
        [("Talk at the Mill Museum", "upcoming"), ("Paper on looms accepted at ICML", "news"),
         ("Talk at the Loom Society", "news")],
    ),
    (  # a longer name, and a month heading after it
        "### Upcoming talks\n\n- Talk at the Mill Museum (Dec 2026)\n\n### November 2022\n\n"
        "- Paper on looms accepted at ICML\n",
        [("Talk at the Mill Museum", "upcoming-talks"), ("Paper on looms accepted at ICML",
                                                         "news")],
    ),
    (  # the heading noticed: what is written under it is still to come, left out
        "### Coming soon\n\n- A talk at the Mill Museum\n\n### 2022\n\n"
        "- Paper on looms accepted at ICML (Nov 2022)\n",
        [("Paper on looms accepted at ICML", "news")],
    ),
    (  # a year heading of a higher level ends it too
        "#### Upcoming\n\n- Talk at the Mill Museum (Dec 2026)\n\n### 2022\n\n"
        "- Paper on looms accepted at ICML (Nov 2022)\n",
        [("Talk at the Mill Museum", "upcoming"), ("Paper on looms accepted at ICML", "news")],
    ),
    (  # a deeper year heading stays in it
        "### Upcoming\n\n#### 2027\n\n- Talk at the Mill Museum (Jan 2027)\n\n### Past\n\n"
        "#### 2022\n\n- Talk at the Loom Society (Oct 2022)\n",
        [("Talk at the Mill Museum", "upcoming"), ("Talk at the Loom Society", "past")],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("news", "expected"), PAGES, ids=[str(k) for k in range(len(PAGES))])
def test_a_year_heading_ends_an_upcoming_part(tmp_path, news, expected):
    page = tmp_path / "index.md"
    page.write_text(f"# Ada\n\n## News\n\n{news}\n## Teaching\n\nNone.\n", encoding="utf-8")
    ran = feeds("list", "--json", "--now", "2026-11-27", "--content", str(page))
    assert ran.returncode == 0, ran.stderr
    listed = json.loads(ran.stdout)
    assert [(i["title"], i["section"]) for i in listed] == expected
    ran = feeds("list", "--json", "--upcoming", "--now", "2026-11-27", "--content", str(page))
    assert ran.returncode == 0, ran.stderr
    ahead = [i["title"] for i in json.loads(ran.stdout)]
    assert ahead == [t for t, _ in expected if "Mill Museum" in t]


def test_check_does_not_ask_to_move_the_years_after_upcoming(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.md").write_text(
        "# Ada\n\n## News\n\n### Upcoming\n\n- Talk at the Mill Museum (Dec 12, 2026)\n\n"
        "### 2022\n\n- Talk at the Loom Society (Oct 3, 2022)\n",
        encoding="utf-8",
    )
    (site / "feeds.toml").write_text('site_url = "https://ada.example.org/"\n', encoding="utf-8")
    ran = feeds("check", "--now", "2026-11-27", "--content", str(site))
    assert "Upcoming" not in ran.stderr + ran.stdout
