"""Jekyll news kept in ``_data/`` and shown by a Liquid loop (:mod:`feeds.inputs.jekyll_data`):
the loop names the data file, its entries take the loop's place in the news section.
Run as a user runs ``feeds`` on the site's root; expectations written from the input."""

from __future__ import annotations

from pathlib import Path

import feedparser
import pytest

from .cli_run import feeds
from .hugo_sites import listed, summary, write

ABOUT = """
---
permalink: /
title: About
---
Hello, I study rivers.

<h2 class="title">Latest News</h2>
<div class="news">
  {LOOP}
</div>

## Publications

- A paper on mud, 2019.
"""

LOOP = "{% for item in site.data.news %}<p>{{ item.date }}: {{ item.content | markdownify }}</p>{% endfor %}"  # noqa: E501

NEWS_YML = """
- date: 2026-01-05
  content: I will serve as Area Chair for the river meeting!
- date: 2025-11-20
  content: >-
    Our paper on sandbars was accepted at the [coast meeting](https://example.org/coast)
    {{ site.url }}
- date: '2025-03'
  content: Gave an invited talk on deltas at the mud workshop.
"""

EXPECTED = [
    ("I will serve as Area Chair for the river meeting", "2026-01-05", "day", "service"),
    ("Our paper on sandbars was accepted at the coast meeting", "2025-11-20", "day", "paper"),
    ("Gave an invited talk on deltas at the mud workshop", "2025-03", "month", "talk"),
]

SITES = {
    "a loop in the homepage": {"_pages/about.md": ABOUT.replace("{LOOP}", LOOP)},
    "a loop over a variable assigned from the data, with a limit; a news page shows all": {
        "_pages/about.md": ABOUT.replace(
            "{LOOP}",
            '{% assign recent = site.data.news | sort: "date" | reverse %}\n'
            "  {% for n in recent limit: 2 %}\n  <div>{{ n.content }}</div>\n  {% endfor %}",
        ),
        "_pages/news.md": "---\npermalink: /news/\n---\n"
        "{% for n in site.data.news %}<p>{{ n.content }}</p>{% endfor %}\n",
    },
    "a loop in an included template": {
        "_pages/about.md": ABOUT.replace("{LOOP}", "{% include news.html %}"),
        "_includes/news.html": "<ul>\n{% for item in site.data.news %}\n"
        "<li>{{ item.date }} {{ item.content }}</li>\n{% endfor %}\n</ul>\n",
    },
}


@pytest.mark.parametrize("case", SITES)
def test_data_loop_news(tmp_path: Path, case: str) -> None:
    site = write(tmp_path / "site", {"_data/news.yml": NEWS_YML, **SITES[case]})
    items, result = listed(site)
    assert summary(items) == EXPECTED
    assert [i["line"] for i in items] == [1, 3, 7]  # the entries' lines in _data/news.yml
    assert [link["url"] for link in items[1]["links"]] == ["https://example.org/coast"]
    assert "warning" not in result.stderr, result.stderr


@pytest.mark.parametrize(
    ("name", "text", "loop_over"),
    [
        (
            "_data/lab/updates.json",
            '[{"when": "2024-06-01", "text": "Bo joins the lab as a PhD student"}]',
            "site.data.lab.updates",
        ),
        (
            "_data/lab.yml",
            "name: River lab\nupdates:\n  - date: 2024-06-01\n"
            "    title: Bo joins the lab as a PhD student\n",
            "site.data.lab.updates",
        ),
        (
            "_data/updates.toml",
            '2024-06-01 = "Bo joins the lab as a PhD student"\n',
            "site.data['updates']",
        ),
        (
            "_data/updates.csv",
            'date,text\n2024-06-01,"Bo joins the lab as a PhD student"\n',
            "site.data.updates",
        ),
    ],
)
def test_the_loop_names_the_data_file(tmp_path: Path, name: str, text: str, loop_over: str):
    loop = f"{{% for u in {loop_over} %}}{{{{ u.text }}}}{{% endfor %}}"
    site = write(tmp_path / "site", {name: text, "_pages/about.md": ABOUT.replace("{LOOP}", loop)})
    items, _ = listed(site)
    assert summary(items) == [
        ("Bo joins the lab as a PhD student", "2024-06-01", "day", "position")
    ]


def test_a_loop_over_other_data_adds_nothing(tmp_path: Path) -> None:
    about = ABOUT.replace(
        "{LOOP}",
        "\n- Jan 2024: We moved to the new building.\n\n"
        "{% for p in site.data.people %}<p>{{ p.name }}: {{ p.title }}</p>{% endfor %}",
    )
    site = write(
        tmp_path / "site",
        {
            "_data/people.yml": "- name: Ana\n  title: Professor\n- name: Bo\n  title: Student\n",
            "_pages/about.md": about,
        },
    )
    items, _ = listed(site)
    assert [i["title"] for i in items] == ["We moved to the new building"]


def test_a_problem_names_the_data_file_and_the_feed_has_every_entry(tmp_path: Path) -> None:
    news = NEWS_YML + "- content: Released the [mud dataset](https://example.org/mud)\n"
    site = write(
        tmp_path / "site",
        {"_data/news.yml": news, "_pages/about.md": ABOUT.replace("{LOOP}", LOOP)},
    )
    out = tmp_path / "out"
    result = feeds(
        "build", "--content", str(site), "--out", str(out), "--now", "2026-11-26",
        "--site-url", "https://ana.example.org/", "--timezone", "UTC", "--feed-limit", "0",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "_data/news.yml:9:" in result.stderr  # the undated entry, where it is written
    feed = feedparser.parse((out / "atom.xml").read_bytes())
    titles = [e.title for e in feed.entries]
    assert titles[:3] == [t for t, *_ in EXPECTED]
    assert "Released the mud dataset" in titles
    assert not any("{{" in e.summary or "site.url" in e.summary for e in feed.entries)


@pytest.mark.parametrize(
    ("archive_form", "expected"),
    [
        (None, [("2026-01", "month"), ("2025-11", "month"), ("2025-03", "month")]),
        ("%B %d, %Y", [("2026-01-05", "day"), ("2025-11-20", "day"), ("2025-03", "month")]),
        ("%Y", [("2026-01", "month"), ("2025-11", "month"), ("2025-03", "month")]),
    ],
)
def test_dates_as_the_site_shows_them(tmp_path: Path, archive_form, expected) -> None:
    """The homepage loop shows months; an archive page looping over the same data may
    show days: the finest form the site shows is the items' precision."""
    loop = LOOP.replace("{{ item.date }}", '{{ item.date | date: "%b %Y" }}')
    files = {"_data/news.yml": NEWS_YML, "_pages/about.md": ABOUT.replace("{LOOP}", loop)}
    if archive_form:
        files["_pages/news.md"] = (
            "---\npermalink: /news/\n---\n{% for n in site.data.news %}"
            f'{{{{ n.date | date: "{archive_form}" }}}} {{{{ n.content }}}}{{% endfor %}}\n'
        )
    site = write(tmp_path / "site", files)
    items, _ = listed(site)
    assert [(i["start"], i["precision"]) for i in items] == expected


def test_an_unclosed_data_loop_shows_nothing_and_the_list_after_it_stays(tmp_path: Path) -> None:
    about = ABOUT.replace(
        "{LOOP}", "{% for item in site.data.news %}{{ item.content }}\n\n- Jan 2024: We moved.\n"
    )
    site = write(tmp_path / "site", {"_data/news.yml": NEWS_YML, "_pages/about.md": about})
    items, _ = listed(site)
    assert [(i["title"], i["start"]) for i in items] == [("We moved", "2024-01")]
