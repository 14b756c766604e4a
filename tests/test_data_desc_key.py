"""A news data file whose entries keep their words under ``title`` and ``desc`` (a Hugo
Blox lab site's ``data/news.yaml`` shown by a shortcode, in Japanese): the ``desc`` is
the item's body, read for its type as the page shows it under the title (issue 8, probe
c28; the rows written for this test). Run as a user runs ``feeds`` on the site's root."""

from __future__ import annotations

from pathlib import Path

from .hugo_sites import listed, write

CONFIG = "title: Lake Lab\nbaseURL: https://ana.example.org/\n"
HOME = """---
title: Home
---

<h2>News &amp; Events</h2>
{{< news_table >}}
"""
SHORTCODE = """<div class="news-table">
{{ range site.Data.news }}
  <div class="news-row">
    <div class="news-date">{{ .date }}</div>
    <div class="news-head">{{ .title }}</div>
    {{ with .desc }}<div class="news-desc">{{ . }}</div>{{ end }}
  </div>
{{ end }}
</div>
"""
DATA = """
- date: "2020/05/01"
  title: "「研究業績」更新"
  desc: "山田教授が湖畔大学でセミナーを行いました。"
- date: "2019/06/05"
  title: "「研究業績－本出版」更新"
  desc: "山田教授の本「湖の化学」が海辺出版社から出版されました。"
- date: "2018/04/01"
  title: "「メンバー」更新"
  desc: "メンバーを更新しました。"
"""


def test_the_desc_of_an_entry_is_its_body(tmp_path: Path) -> None:
    site = write(
        tmp_path / "site",
        {
            "config/_default/hugo.yaml": CONFIG, "content/_index.md": HOME,
            "layouts/shortcodes/news_table.html": SHORTCODE, "data/news.yaml": DATA,
        },
    )  # fmt: skip
    items, _ = listed(site)
    assert [(i["title"], i["start"], i["type"]) for i in items] == [
        ("「研究業績」更新", "2020-05-01", "talk"),
        ("「研究業績－本出版」更新", "2019-06-05", "paper"),
        ("「メンバー」更新", "2018-04-01", "news"),
    ]
