"""A Jekyll page whose news is a list in its own front matter, walked by a Liquid loop over
``page.<name>`` in its body, its layout or an include (:mod:`feeds.inputs.page_lists`).
Run as a user runs ``feeds`` on the site's root; expectations written from the input."""

from __future__ import annotations

from pathlib import Path

import pytest

from .hugo_sites import listed, summary, write

FRONT = """---
title: Home
permalink: /
news_items:
  - date: 2026-02-03
    title: Our survey of river deltas is out in the coast journal
  - date: 2025-12-01
    title: Kim joined the lab as a PhD student
    image: kim.jpg
  - date: 2025-10-20
    title: Gave an invited talk on sandbars at the mud workshop
{EXTRA}---
"""

SURVEY = ("Our survey of river deltas is out in the coast journal", "2026-02-03", "day", "paper")
KIM = ("Kim joined the lab as a PhD student", "2025-12-01", "day", "position")
TALK = ("Gave an invited talk on sandbars at the mud workshop", "2025-10-20", "day", "talk")

MARKDOWN_BODY = """
I study rivers.

## News

{% for item in page.news_items %}
- **{{ item.date }}**: {{ item.title }}{% if item.description %} - {{ item.description }}{% endif %}
{% endfor %}

## Teaching

- River science, every spring
"""

HTML_BODY = """
<div class="about">
  <h2 class="category">About</h2>
  <p>We study rivers.</p>

  <h2 class="category">News</h2>
  <div class="news">
    <ul>
      {LOOP}
      <li class="news-item">
        {% if item.title %}<strong>{{ item.title }}</strong>{% endif %}
        <span>{{ item.date }}</span>
      </li>
      {% endfor %}
    </ul>
  </div>
</div>
"""

LAYOUT = """<html><body>
{{ content }}
<h2>News</h2>
<ul>
{% for n in page.news_items limit: 2 %}
<li>{{ n.date | date: "%b %Y" }} {{ n.title }}</li>
{% endfor %}
</ul>
</body></html>
"""

INCLUDE = """<section>
<h2>Latest news</h2>
{% for n in page.news_items %}<p>{{ n.date }}: {{ n.title }}</p>{% endfor %}
</section>
"""

SITES = {
    "a Markdown list written by a loop in the body": (
        {"index.md": FRONT.replace("{EXTRA}", "") + MARKDOWN_BODY},
        [SURVEY, KIM, TALK],
    ),
    "HTML markup in a Markdown page, the loop reversed": (
        {
            "index.md": FRONT.replace("{EXTRA}", "layout: about\n")
            + HTML_BODY.replace("{LOOP}", "{% for item in page.news_items reversed %}")
        },
        [TALK, KIM, SURVEY],
    ),
    "an HTML page, a limit cutting the last entry": (
        {
            "index.html": FRONT.replace("{EXTRA}", "")
            + HTML_BODY.replace("{LOOP}", "{% for item in page.news_items limit: 2 %}")
        },
        [SURVEY, KIM],
    ),
    "a variable assigned from the list, sorted by date": (
        {
            "index.md": FRONT.replace("{EXTRA}", "")
            + HTML_BODY.replace(
                "{LOOP}",
                '{% assign sorted = page.news_items | sort: "date" %}\n'
                "      {% for item in sorted %}",
            )
        },
        [TALK, KIM, SURVEY],
    ),
    "the layout walks the page's list, shown by month, cut to two": (
        {
            "index.md": FRONT.replace("{EXTRA}", "layout: home\n") + "\nI study rivers.\n",
            "_layouts/home.html": LAYOUT,
        },
        [
            ("Our survey of river deltas is out in the coast journal", "2026-02", "month", "paper"),
            ("Kim joined the lab as a PhD student", "2025-12", "month", "position"),
        ],
    ),
    "an include the page uses walks the page's list": (
        {
            "index.md": FRONT.replace("{EXTRA}", "")
            + "\nI study rivers.\n\n{% include news.html %}\n",
            "_includes/news.html": INCLUDE,
        },
        [SURVEY, KIM, TALK],
    ),
}


@pytest.mark.parametrize("case", SITES)
def test_page_list_news(tmp_path: Path, case: str) -> None:
    files, expected = SITES[case]
    site = write(tmp_path / "site", {"_config.yml": "title: River lab\n", **files})
    items, result = listed(site)
    assert result.returncode == 0, result.stderr
    assert summary(items) == expected
    lines = {SURVEY[0][:20]: 5, KIM[0][:20]: 7, TALK[0][:20]: 10}  # in the front matter
    assert [i["line"] for i in items] == [lines[i["title"][:20]] for i in items]
    assert "warning" not in result.stderr, result.stderr


STRINGS = """---
title: News
news:
-  "4/02/2025 Our method for sparse solvers was accepted to the numerics journal."
-  "1/10/2025 Bo gave a talk on sparse solvers at the applied maths seminar."
-  "11/20/2024 Started a project with the [city hospital](https://example.org/h)."
---

<ul>
    {% for item in page.news %}
    <li>{{ item | markdownify | remove: '<p>' | remove: '</p>' }}</li>
    {% endfor %}
</ul>
"""


def test_a_list_of_strings_opening_with_their_dates(tmp_path: Path) -> None:
    site = write(tmp_path / "site", {"_config.yml": "title: Lab\n", "index.html": STRINGS})
    items, result = listed(site)
    assert summary(items) == [
        (
            "Our method for sparse solvers was accepted to the numerics journal",
            "2025-04-02",
            "day",
            "paper",
        ),
        (
            "Bo gave a talk on sparse solvers at the applied maths seminar",
            "2025-01-10",
            "day",
            "talk",
        ),
        ("Started a project with the city hospital", "2024-11-20", "day", "news"),
    ]
    assert [i["line"] for i in items] == [4, 5, 6]
    assert [link["url"] for link in items[2]["links"]] == ["https://example.org/h"]


PEOPLE = """---
title: Home
people:
  - name: Ana
    role: Professor
  - name: Bo
    role: Student
---

I study rivers.

## News

- Jan 2024: We moved to the new building.

## People

{% for p in page.people %}
- {{ p.name }}: {{ p.role }}
{% endfor %}
"""


def test_a_loop_over_an_undated_list_adds_nothing(tmp_path: Path) -> None:
    site = write(tmp_path / "site", {"_config.yml": "title: Lab\n", "index.md": PEOPLE})
    items, _ = listed(site)
    assert [i["title"] for i in items] == ["We moved to the new building"]


def test_another_pages_list_is_not_this_pages(tmp_path: Path) -> None:
    """``page.news_items`` is the list of the page being built: a layout's loop shows the
    list of the page laid out in it, never one kept by another page."""
    home = "---\ntitle: Home\nlayout: home\n---\n\nI study rivers.\n\n## News\n\n"
    home += "- Jan 2024: We moved to the new building.\n"
    site = write(
        tmp_path / "site",
        {
            "_config.yml": "title: Lab\n",
            "index.md": home,
            "_layouts/home.html": LAYOUT,
            "about.md": FRONT.replace("{EXTRA}", "").replace("permalink: /\n", "") + "\nHi.\n",
        },
    )
    items, _ = listed(site)
    assert [i["title"] for i in items] == ["We moved to the new building"]
