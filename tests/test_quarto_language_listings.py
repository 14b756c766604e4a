"""A Quarto site in two languages (scan30 E): the English homepage ``index.qmd`` lists
``news-en.yml``, its Japanese copy ``ja/index.qmd`` (``lang: ja``) lists ``news-ja.yml``,
and an updates page lists ``updates.yml``, which repeats the news entries (same date,
the same link, or the same page at an anchor) beside entries of its own. The default
feed holds the English news, each entry once, and the updates' own entries; never the
Japanese copy's. Sites are written here in our own words; expectations are written from
the input.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .site_listing import listed, write

QUARTO = """\
project:
  type: website
  render:
    - "*.qmd"
    - "ja/*.qmd"
website:
  title: Ana
  navbar:
    right:
      - text: English
        href: index.qmd
      - text: 日本語
        href: ja/index.qmd
"""
HOME = """\
---
title: "Ana"
listing:
  id: recent-news
  contents: listings/news-en.yml
  sort: "date desc"
  fields: [date, title]
---

## News

::: {{#recent-news}}
:::
"""
HOME_JA = """\
---
title: ホーム
lang: ja
listing:
  id: recent-news-ja
  contents: ../listings/news-ja.yml
  fields: [date, title]
---

## ニュース

::: {{#recent-news-ja}}
:::
"""
NEWS_EN = """\
- title: Our paper on pond oxygen was published in Pond Letters.
  date: '2026-08-19'
  href: https://doi.example.org/10.1/pond.7
- title: Our paper on duckweed was accepted in Lake Journal.
  date: '2026-08-06'
  href: /column/duckweed-accepted.html
"""
NEWS_JA = """\
- title: 池の酸素に関する論文がPond Lettersに掲載されました。
  date: '2026-08-19'
- title: ウキクサに関する論文がLake Journalに採択されました。
  date: '2026-08-06'
"""
UPDATES_PAGE = """\
---
title: Updates
listing:
  id: site-updates
  contents: listings/updates.yml
  fields: [date, title, description]
---
"""
ENGLISH = [
    ("Our paper on pond oxygen was published in Pond Letters.", "2026-08-19"),
    ("Our paper on duckweed was accepted in Lake Journal.", "2026-08-06"),
]

# (updates.yml, the items expected besides the English news)
UPDATES = [
    (  # the same page at an anchor, and another title for the same page
        "- title: Our paper on pond oxygen was published in Pond Letters.\n"
        "  date: '2026-08-19'\n"
        "  href: https://doi.example.org/10.1/pond.7#update-pond-7\n"
        "- title: Accepted a paper on duckweed in Lake Journal\n"
        "  date: '2026-08-06'\n"
        "  href: /column/duckweed-accepted.html\n",
        [],
    ),
    (  # an update of its own is kept
        "- title: Notes from the Marsh Meeting\n"
        "  date: '2026-07-01'\n"
        "  href: /column/marsh-meeting.html\n",
        [("Notes from the Marsh Meeting", "2026-07-01")],
    ),
    (  # same link, another day: another entry
        "- title: Duckweed paper, the final version\n"
        "  date: '2026-09-01'\n"
        "  href: /column/duckweed-accepted.html\n",
        [("Duckweed paper, the final version", "2026-09-01")],
    ),
]


@pytest.mark.parametrize(("updates", "extra"), UPDATES)
def test_english_news_once_and_no_japanese_copy(tmp_path: Path, updates: str, extra: list) -> None:
    site = write(
        tmp_path,
        {
            "_quarto.yml": QUARTO,
            "index.qmd": HOME.format(),
            "ja/index.qmd": HOME_JA.format(),
            "updates.qmd": UPDATES_PAGE,
            "listings/news-en.yml": NEWS_EN,
            "listings/news-ja.yml": NEWS_JA,
            "listings/updates.yml": updates,
        },
    )
    found = listed(site, "https://ana.example.org/")
    assert sorted(found) == sorted(ENGLISH + extra)


def test_a_page_without_a_language_of_its_own_stays_news(tmp_path: Path) -> None:
    site = write(
        tmp_path,
        {
            "_quarto.yml": QUARTO,
            "index.qmd": HOME.format(),
            "ja/index.qmd": HOME_JA.format().replace("lang: ja\n", ""),
            "listings/news-en.yml": NEWS_EN,
            "listings/news-ja.yml": NEWS_JA,
        },
    )
    titles = [title for title, _ in listed(site, "https://ana.example.org/")]
    assert any(title.startswith("池の酸素") for title in titles)
