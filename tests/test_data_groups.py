"""News kept in a data file as GROUPS (by month, year or name) each holding its items,
shown by a separate HTML news page whose Liquid loop walks the groups and their items
(:mod:`feeds.inputs.data_lists`, :mod:`feeds.inputs.html_news_pages`). A bilingual site
has one news page and one data file per language: one language is read, the site's
default. Run as a user runs ``feeds``; expectations written from the input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import build, listed, write

NEWS_PAGE = """
---
layout: default
title: News | Bea Lund
lang: {lang}
permalink: /{name}
---
<link rel="stylesheet" href="{{{{ '/assets/news.css' | relative_url }}}}">
<div class="title"><h1>{heading}</h1></div>
<div class="box">
  {{% for group in site.data.{data} %}}
    <div class="group">
      {{% if group.title %}}<div class="group-title">{{{{ group.title }}}}</div>{{% endif %}}
      <div class="when">{{{{ group.month }}}}</div>
      {{% for item in group.items %}}
        <div class="row"><span class="day">{{{{ item.date }}}}</span>
        <span class="words">{{{{ item.text }}}}</span></div>
      {{% endfor %}}
    </div>
  {{% endfor %}}
</div>
"""

EN_DATA = """
# - title: --- Upcoming ---

- title: --- Past ---
- month: June 2027
  items:
    - date: 2027.06.14–16
      text: Gave an oral presentation on hail at the Storm Meeting, Lisbon.

    - date: 2027.06.02
      text: Our paper on cloud droplets appeared in the Journal of Example Weather.
- month: May 2027
  items:
    - date: 2027.05.30
      text: Passed my qualifying examination.
"""

JA_DATA = """
- title: --- 過去 ---
- month: 2027年6月
  items:
    - date: 2027.06.14–16
      text: 嵐の会議（リスボン）で雹について口頭発表をしました。

    - date: 2027.06.02
      text: 雲粒に関する論文が例示気象誌に掲載されました。
- month: 2027年5月
  items:
    - date: 2027.05.30
      text: 資格試験に合格しました。
"""

EXPECTED_EN = [
    ("Gave an oral presentation on hail at the Storm Meeting, Lisbon", "2027-06-14", "2027-06-16"),
    ("Our paper on cloud droplets appeared in the Journal of Example Weather", "2027-06-02", None),
    ("Passed my qualifying examination", "2027-05-30", None),
]


def _bilingual(site_lang: str | None) -> dict[str, str]:
    home = "---\nlayout: default\nlang: en\n---\n<h1>Bea Lund</h1>\n<p>I study storms.</p>\n"
    files = {
        "_data/news.yml": EN_DATA,
        "_data/news_ja.yml": JA_DATA,
        "index.html": home,
        "news.html": NEWS_PAGE.format(
            lang="en", name="news.html", heading="Recent News", data="news"
        ),
        "news_ja.html": NEWS_PAGE.format(
            lang="ja", name="news_ja.html", heading="お知らせ", data="news_ja"
        ),
    }
    if site_lang:
        files["_config.yml"] = f"title: Bea Lund\nlang: {site_lang}\n"
    return files


def _seen(items: list[dict]) -> list[tuple[str, str, str | None]]:
    return [(i["title"], i["start"], i["end"]) for i in items]


def test_month_groups_on_a_news_page_the_default_language(tmp_path: Path) -> None:
    site = write(tmp_path / "site", _bilingual(None))
    items, _ = listed(site)
    items, other = items[:3], items[3:]  # the root feeds', then ja/'s (test_language_feeds)
    assert [(i["language"], i["start"]) for i in other] == [("ja", s) for _, s, _ in EXPECTED_EN]
    assert _seen(items) == EXPECTED_EN
    assert [i["type"] for i in items][:2] == ["talk", "paper"]
    assert [i["line"] for i in items] == [6, 9, 13]  # the "- date:" lines of _data/news.yml
    result = build(site, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert (
        "'en'" in result.stderr
        and "not in these feeds, each its own language's: news_ja.html" in result.stderr
    )


def test_the_site_default_language_says_which_page(tmp_path: Path) -> None:
    site = write(tmp_path / "site", _bilingual("ja"))
    items, _ = listed(site)
    items, other = items[:3], items[3:]  # the root feeds', then en/'s
    assert _seen(other) == EXPECTED_EN
    assert [(i["start"], i["end"]) for i in items] == [(s, e) for _, s, e in EXPECTED_EN]
    assert items[0]["title"].startswith("嵐の会議")
    result = build(site, tmp_path / "out")
    assert (
        "'ja'" in result.stderr
        and "not in these feeds, each its own language's: news.html" in result.stderr
    )


GROUP_FORMS = {
    "month groups, English": EN_DATA,
    "year groups, days without a year": """
        - year: 2027
          items:
            - date: Jun 14–16
              text: Gave an oral presentation on hail at the Storm Meeting, Lisbon.
            - date: Jun 2
              text: Our paper on cloud droplets appeared in the Journal of Example Weather.
            - date: May 30
              text: Passed my qualifying examination.
        """,
    "named groups of dated items": """
        - group: Talks
          entries:
            - date: 2027-06-14 – 2027-06-16
              text: Gave an oral presentation on hail at the Storm Meeting, Lisbon.
        - group: Other news
          entries:
            - date: 2027-06-02
              text: Our paper on cloud droplets appeared in the Journal of Example Weather.
            - date: 2027-05-30
              text: Passed my qualifying examination.
        """,
}


@pytest.mark.parametrize("form", GROUP_FORMS)
def test_a_grouped_data_file_given_as_content(tmp_path: Path, form: str) -> None:
    site = write(tmp_path / "site", {"_data/news.yml": GROUP_FORMS[form]})
    items, _ = listed(site / "_data" / "news.yml")
    assert sorted(_seen(items), key=lambda i: i[1], reverse=True) == EXPECTED_EN


def test_named_groups_of_undated_entries_are_no_news(tmp_path: Path) -> None:
    papers = "- group: Journal\n  items:\n    - title: On hail\n    - title: On rain\n"
    site = write(tmp_path / "site", {"_data/news.yml": papers})
    result = feeds("list", "--content", str(site / "_data" / "news.yml"))
    assert result.returncode == 1
    assert "_data/news.yml:1: no list of news entries" in result.stderr


def test_a_comment_line_of_a_data_file_is_no_heading(tmp_path: Path) -> None:
    data = (
        "# Lab news, newest first\n\n- date: 'Jun 2027'\n  text: >\n    Bo joined the\n    lab.\n"
    )
    site = write(tmp_path / "site", {"_data/news.yml": data})
    result = feeds("list", "--json", "--content", str(site / "_data" / "news.yml"))
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert [(i["title"], i["start"], i["line"]) for i in items] == [
        ("Bo joined the lab", "2027-06", 3)
    ]
