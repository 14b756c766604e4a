"""Pandoc fenced divs in a news page (Quarto ``.qmd``, R Markdown; issue 8, cause B of
corpus c10): ``::: {.timeline-item}`` … ``:::`` is a container (nested, any number of
colons, a bare ``:::`` closes the innermost), its content read as Markdown blocks. A div
that holds one heading and one line that is only a date is one item, as an HTML card
is: dated by that line, titled by the heading, its other paragraphs the item's text
(which may say what it is). Other divs only wrap what they hold. Pages written here in
our own words; ``feeds list --json`` is read back with ``json``.
"""

from __future__ import annotations

import json

import pytest

from .cli_run import feeds

NOW = "2026-11-26"

TIMELINE = """\
---
title: "News"
---

## Conferences and talks

::: {.timeline}
::: {.timeline-item}
<span class="timeline-year">2025</span>

### Widget Economics Workshop

Presented a paper on gadget pricing.
:::

::: {.timeline-item}
<span class="timeline-year">2024</span>

### Gadget Industrial Organisation Conference

**Accepted.**
:::
:::

## Outreach

::: {.timeline}
::: {.timeline-item}
<span class="timeline-year">2023</span>

### Regional Planning Office · Secondment

Worked with the planning team on [widget indicators](https://example.org/w).
:::
:::
"""

# (page, [(line, start, precision, type, title) of each item, in order])
CASES = {
    "a timeline of year cards in two sections": (
        TIMELINE,
        [
            (9, "2025", "year", "talk", "Widget Economics Workshop"),
            (17, "2024", "year", "paper", "Gadget Industrial Organisation Conference"),
            (29, "2023", "year", "news", "Regional Planning Office · Secondment"),
        ],
    ),
    "the heading first, a month line under it, four-colon outer fence": (
        "---\ntitle: News\n---\n\n:::: {.columns}\n::: {.column}\n"
        "### Talk at the Gear Seminar\n\n*March 2024*\n\nSlides are online.\n:::\n"
        "::: news-card\n#### Joined the Widget Lab\n\n**2023-09**\n:::\n::::\n",
        [
            (7, "2024-03", "month", "talk", "Talk at the Gear Seminar"),
            (14, "2023-09", "month", "position", "Joined the Widget Lab"),
        ],
    ),
    "divs without a heading only wrap their dated lines": (
        "---\ntitle: News\n---\n\n::: {.news-list}\n- **Jan 2025** Joined the Gear Lab.\n"
        "- **Dec 2024** Won the widget prize.\n:::\n\n::: {.callout-note}\n"
        "This page is updated every month.\n:::\n\n::: {.news-item}\n"
        "**Oct 2024** Gave a seminar at the Cog Institute.\n:::\n",
        [
            (6, "2025-01", "month", "position", "Joined the Gear Lab"),
            (7, "2024-12", "month", "award", "Won the widget prize"),
            (15, "2024-10", "month", "talk", "Gave a seminar at the Cog Institute"),
        ],
    ),
    "a div around others is no card, though it holds a heading and a date": (
        "---\ntitle: News\n---\n\n::: {.activities}\n### Activities\n\n"
        "::: {.talk}\n**Oct 2024**\n\nGave a talk at the Cog Institute.\n:::\n:::\n",
        [(9, "2024-10", "month", "talk", "Gave a talk at the Cog Institute")],
    ),
}


def _listed(tmp_path, text: str) -> list[dict]:
    page = tmp_path / "news.qmd"
    page.write_text(text, encoding="utf-8")
    ran = feeds(
        "list", "--json", "--now", NOW, "--content", str(page), "--site-url", "https://x.org/"
    )
    assert ran.returncode == 0, ran.stderr
    return json.loads(ran.stdout)


@pytest.mark.parametrize("name", CASES)
def test_fenced_divs_hold_news_items(tmp_path, name):
    text, expected = CASES[name]
    items = _listed(tmp_path, text)
    got = [
        (
            i["line"],
            i["start"][: 4 if i["precision"] == "year" else 7],
            i["precision"],
            i["type"],
            i["title"],
        )
        for i in items
    ]
    assert got == expected


def test_a_card_keeps_the_links_of_its_text(tmp_path):
    items = _listed(tmp_path, TIMELINE)
    outreach = items[2]
    assert [link["url"] for link in outreach["links"]] == ["https://example.org/w"]


def test_a_colon_fence_inside_code_is_code(tmp_path):
    text = (
        "---\ntitle: News\n---\n\n- **Jan 2025** Wrote a guide to divs:\n\n"
        "  ```\n  ::: {.note}\n  ### Not an item\n\n  2024\n  :::\n  ```\n"
    )
    items = _listed(tmp_path, text)
    assert [(i["line"], i["start"][:7]) for i in items] == [(5, "2025-01")]


QUARTO = """\
project:
  type: website
website:
  title: "A. Person"
  site-url: "https://x.org"
  navbar:
    left:
      - href: index.qmd
        text: About
      - href: news.qmd
        text: News
"""


def _quarto_site(tmp_path, news: str):
    (tmp_path / "_quarto.yml").write_text(QUARTO, encoding="utf-8")
    (tmp_path / "index.qmd").write_text('---\ntitle: "About"\n---\n\nI study widgets.\n')
    (tmp_path / "news.qmd").write_text(news, encoding="utf-8")
    return feeds("list", "--json", "--now", NOW, "--content", str(tmp_path))


def test_a_quarto_site_reads_the_cards_of_its_news_page(tmp_path):
    ran = _quarto_site(tmp_path, TIMELINE)
    assert ran.returncode == 0, ran.stderr
    assert [i["title"] for i in json.loads(ran.stdout)] == [
        "Widget Economics Workshop",
        "Gadget Industrial Organisation Conference",
        "Regional Planning Office · Secondment",
    ]


def test_a_news_page_that_yields_nothing_is_the_one_named(tmp_path):
    news = '---\ntitle: "News"\n---\n\n## Talks and visits\n\nWe visit labs now and then.\n'
    ran = _quarto_site(tmp_path, news)
    assert ran.returncode == 1
    assert ran.stdout == ""
    (error,) = [line for line in ran.stderr.splitlines() if line.startswith("error")]
    assert "news.qmd" in error and "index.qmd" not in error
    assert "yields no items" in error


# News entry boxes (c43): two or more divs whose class names a news entry, no card, are
# one item each, opening on their first line of text; undated ones are published undated.
BOXES = """\
---
title: News
---

::: {.news-list}
::: {.news-item}
![](pics/one.jpg){.thumb}
<span class="badge">Publication</span>
Our widget study appeared in the Journal of Gears this autumn.
[Read it](https://doi.org/10.1/gears){.btn}
:::

::: {.news-item}
Ana gave a seminar on cog pricing at the Sprocket Institute.
:::
:::
"""

# (page, [(line, start, type, title words it opens with) of each item, in order])
ENTRY_CASES = {
    "undated boxes with a picture and a badge": (
        BOXES,
        [
            (7, None, "paper", "Publication Our widget study"),  # the badge, then the text
            (14, None, "talk", "Ana gave a seminar"),
        ],
    ),
    "bare class words, a date opening one box": (
        "---\ntitle: News\n---\n\n::: news-card\n**March 2025** Joined the Gear Lab.\n:::\n\n"
        "::: news-card\nWon the sprocket prize.\n:::\n",
        [(6, "2025-03", "position", "Joined the Gear Lab"), (10, None, "award", "Won the")],
    ),
    "one box alone only wraps its paragraph": (
        "---\ntitle: News\n---\n\n- **Jan 2025** Joined the Gear Lab.\n\n"
        "::: {.news-item}\nOur lab has a new coffee machine.\n:::\n",
        [(5, "2025-01", "position", "Joined the Gear Lab")],
    ),
}


@pytest.mark.parametrize("name", ENTRY_CASES)
def test_news_entry_boxes_are_items(tmp_path, name):
    text, expected = ENTRY_CASES[name]
    items = _listed(tmp_path, text)
    got = [
        (i["line"], i["start"] and i["start"][:7], i["type"], i["title"][: len(want)])
        for i, (_, _, _, want) in zip(items, expected, strict=False)
    ]
    assert len(items) == len(expected)
    assert got == expected


def test_the_navbar_news_page_of_boxes_wins_over_a_dated_publication_list(tmp_path):
    (tmp_path / "publications.qmd").write_text(
        "---\ntitle: Publications\n---\n\n### Selected Articles\n\n#### 2025\n\n"
        "1. Doe J. Gears. Journal of Gears. 2025 Sep.\n\n"
        "2. Doe J. Cogs. Cog Letters. 2025 May.\n\n#### 2024\n\n"
        "1. Doe J. Sprockets. Sprocket Review. 2024 Jan.\n",
        encoding="utf-8",
    )
    ran = _quarto_site(tmp_path, BOXES)
    assert ran.returncode == 0, ran.stderr
    got = [(i["line"], i["start"], i["title"][:20]) for i in json.loads(ran.stdout)]
    assert got == [(7, None, "Publication Our widg"), (14, None, "Ana gave a seminar o")]
