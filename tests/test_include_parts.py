"""An included file named as a part of the page that is not news, opening with no heading of
its own, is a section of that name (issue 8, an extra finding of corpus c15): a raw-HTML
list of jobs in ``_includes/experience.md``, included straight after the news, is not news;
a heading-less ``talks.md`` include is read as a talks section; an include named otherwise
(``older_news.md``, ``2024.md``) goes on with the news.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from tests.cli_run import feeds

NOW = "2026-11-26"
INDEX = """\
---
layout: homepage
---

I work on toy boats.

{% include_relative _includes/news.md %}

{% include_relative _includes/PART %}
"""
NEWS = """\
<h2 id="news">News</h2>

<ul>
  <li><b>[2026.02]</b> Opened the toy lab.</li>
  <li><b>[2025.11]</b> Our paper on toy sails is accepted to EXCONF.</li>
</ul>
"""
JOBS = """\
<ul style="margin:0">
<li style="display: flex">
  <span>Research Intern at <a href="https://lab.example.org">Toy Lab</a></span>
  <span>Dec 2024 – Present</span>
</li>
<li style="display: flex">
  <span>Research Assistant, <strong>Example University</strong></span>
  <span>Apr 2024 – Nov 2024</span>
</li>
</ul>
"""
MORE_NEWS = """\
<ul>
  <li><b>[2024.06]</b> Joined the toy lab as an intern.</li>
</ul>
"""
TALKS = """\
- *2025.10*, Toy boats that float, Example Workshop, Example City
- *2025.06*, Sails for toys, Example Seminar
"""
NEWS_ITEMS = [("2026-02", "news", "news"), ("2025-11", "paper", "news")]


def listed(
    part: str, text: str, tmp_path: Path, more: dict[str, str] | None = None
) -> list[tuple[str, str, str]]:
    """(start, type, section) of the items of a homepage that includes its news and then
    ``_includes/<part>`` holding ``text``."""
    site = tmp_path / "site"
    files = {
        "_config.yml": "url: https://toy.example.org\n",
        "index.md": INDEX.replace("PART", part),
        "_includes/news.md": NEWS,
        f"_includes/{part}": text,
        **{f"_includes/{name}": body for name, body in (more or {}).items()},
    }
    for name, body in files.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(textwrap.dedent(body), encoding="utf-8")
    ran = feeds("list", "--json", "--content", str(site), "--now", NOW)
    assert ran.returncode == 0, ran.stderr
    return sorted((i["start"], i["type"], i["section"]) for i in json.loads(ran.stdout))[::-1]


@pytest.mark.parametrize(
    "part", ["experience.md", "work_experience.md", "education.md", "publications.md"]
)
def test_a_headingless_part_named_as_no_news_is_not_news(tmp_path: Path, part: str) -> None:
    assert listed(part, JOBS, tmp_path) == NEWS_ITEMS


def test_a_part_with_its_own_heading_is_as_before(tmp_path: Path) -> None:
    assert listed("experience.md", "## Experience\n\n" + JOBS, tmp_path) == NEWS_ITEMS


@pytest.mark.parametrize("part", ["older_news.md", "2024.md", "news_more.md"])
def test_a_headingless_include_named_otherwise_goes_on_with_the_news(
    tmp_path: Path, part: str
) -> None:
    assert listed(part, MORE_NEWS, tmp_path) == [*NEWS_ITEMS, ("2024-06", "position", "news")]


def test_an_include_right_under_a_heading_is_of_that_heading(tmp_path: Path) -> None:
    news = NEWS.replace("</ul>", "</ul>\n\n## News and talks\n")
    site_news = {"news.md": news}
    assert listed("talks.md", TALKS, tmp_path, site_news) == [  # news, typed by their words
        *NEWS_ITEMS,
        ("2025-10", "event", "news"),
        ("2025-06", "talk", "news"),
    ]


def test_a_headingless_talks_include_is_a_talks_section(tmp_path: Path) -> None:
    assert listed("talks.md", TALKS, tmp_path) == [
        *NEWS_ITEMS,
        ("2025-10", "talk", "talks"),
        ("2025-06", "talk", "talks"),
    ]
