"""A homepage whose news list sits under a heading no setting names (``<h2>Logs</h2>``,
``## Timeline``, ``## What I've been up to``; issue 8, first probe corpus): when the site
has no news anywhere else, the first section that is a list of dated lines is its news,
and ``-v`` says which heading was read. A section of date ranges (a CV's "Experience"),
of bare years (publications, education) or of undated lines is never taken for news.

Written in our own words; every expectation is written here from the input and checked
with the json parser.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import build, listed, summary, write

HOME_FRONT = "---\nlayout: about\ntitle: about\npermalink: /\n---\n"

SITES = {
    "an HTML heading and list, bold dates": (
        HOME_FRONT
        + """
<h2>About me</h2>
<p>I study widgets.</p>

<h2>Logs</h2>
<div class="box">
  <ul>
    <li><strong>March, 2024</strong> PhD degree at the Widget University</li>
    <li><strong>Jan, 2024</strong><a href="https://example.org/w"> Widget sorting</a>
      accepted at the Widget Journal</li>
    <li><strong>June, 2022</strong> Gear tool presented at the Cog Workshop</li>
    <li><strong>May 21, 2021</strong> Gave a talk at the Gear Lab</li>
  </ul>
</div>

<h2>Publications</h2>
<ul>
  <li>A. Author. On widgets. Widget Journal, 2023.</li>
  <li>A. Author. On gears. Gear Letters, 2021.</li>
  <li>A. Author. On cogs. Cog Review, 2020.</li>
</ul>
""",
        "Logs",
        [
            ("PhD degree at the Widget University", "2024-03", "month", "position"),
            ("Widget sorting accepted at the Widget Journal", "2024-01", "month", "paper"),
            ("Gear tool presented at the Cog Workshop", "2022-06", "month", "talk"),
            ("Gave a talk at the Gear Lab", "2021-05-21", "day", "talk"),
        ],
    ),
    "a Markdown heading after a CV section of ranges": (
        HOME_FRONT
        + """
## Experience
- Jun 2020 – Aug 2020: Intern at Widget Corp
- Sep 2018 – May 2020: Research assistant at the Gear Lab
- Jan 2017 – Jun 2018: Engineer at Cog Inc

## Timeline
- 2024-05-02: Our paper on gears was accepted at GEAR 2024.
- 2024-03-15: Gave an invited talk at the Cog Institute.
- 2023-11-20: Received the widget award.
""",
        "Timeline",
        [
            ("Our paper on gears was accepted at GEAR 2024", "2024-05-02", "day", "paper"),
            ("Gave an invited talk at the Cog Institute", "2024-03-15", "day", "talk"),
            ("Received the widget award", "2023-11-20", "day", "award"),
        ],
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", SITES)
def test_a_dated_list_under_another_heading_is_the_news(tmp_path: Path, name):
    home, heading, expected = SITES[name]
    site = write(tmp_path / "site", {"_config.yml": "title: Ana\n", "_pages/about.md": home})
    items, _ = listed(site)
    assert summary(items) == expected
    said = build(site, tmp_path / "out").stderr  # -v says which heading was read
    assert f"the dated list under '{heading}' is read as the news" in said


NOT_NEWS = {
    "years only (publications, education)": """
## Education
- 2015 – 2019: PhD in widget studies, Widget University
- 2011 – 2015: BSc in gears, Gear College

## Publications
- A. Author. On widgets. Widget Journal, 2023.
- A. Author. On gears. Gear Letters, 2021.
- A. Author. On cogs. Cog Review, 2020.
""",
    "ranges only (a CV)": """
## Experience
- Jun 2020 – Aug 2020: Intern at Widget Corp
- Sep 2018 – May 2020: Research assistant at the Gear Lab
- Jan 2017 – Jun 2018: Engineer at Cog Inc
""",
    "two dated lines are too few to call a list of news": """
## Milestones
- May 2024: Defended my thesis.
- Jan 2024: Submitted my thesis.
""",
}


@pytest.mark.parametrize("name", NOT_NEWS)
def test_a_page_without_a_dated_list_still_has_no_news(tmp_path: Path, name):
    site = write(
        tmp_path / "site",
        {"_config.yml": "title: Ana\n", "_pages/about.md": HOME_FRONT + NOT_NEWS[name]},
    )
    result = feeds(
        "list", "--json", "--content", str(site), "--now", "2026-11-26",
        "--site-url", "https://ana.example.org/",
    )  # fmt: skip
    assert result.returncode == 1
    assert "no news found" in result.stderr
    assert not result.stdout.strip() or json.loads(result.stdout) == []


def test_a_news_heading_wins_over_a_dated_list(tmp_path: Path):
    home = HOME_FRONT + (
        "## Timeline\n- 2024-05-02: Our paper on gears was accepted.\n"
        "- 2024-03-15: Gave a talk at the Cog Institute.\n- 2023-11-20: Won a prize.\n\n"
        "## News\n- 2025-01-10: Joined the Widget Lab.\n"
    )
    site = write(tmp_path / "site", {"_config.yml": "title: Ana\n", "_pages/about.md": home})
    items, _ = listed(site)
    assert summary(items) == [("Joined the Widget Lab", "2025-01-10", "day", "position")]
