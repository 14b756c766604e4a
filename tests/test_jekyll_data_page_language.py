"""A bilingual Jekyll site keeps each data entry's words under language codes
(``description: {en: …, ja: …}``) and its loop prints the page's own
(``{{ item.description[page.lang] }}``): the words of the page's ``lang:`` are the item,
else the site's ``lang``, else English. Written in our own words; expectations from the input."""

from __future__ import annotations

from pathlib import Path

import pytest

from .hugo_sites import listed, write

NEWS = """- date: 2026.04.02
  description:
    en: Our paper on river sediments was accepted.
    ja: 河川の堆積物に関する論文が採択されました。
- date: 2025.11.20
  description:
    en: Gave a talk at the Spring Geology Meeting.
    ja: 春の地質学会で講演しました。
"""

LOOP = """<h2>News</h2>
<ul>
  {%- for item in site.data.news -%}
  <li><span>{{ item.date }}</span> <span>{{ item.description[page.lang] }}</span></li>
  {%- endfor -%}
</ul>
"""

EN = ["Our paper on river sediments was accepted", "Gave a talk at the Spring Geology Meeting"]
JA = ["河川の堆積物に関する論文が採択されました", "春の地質学会で講演しました"]

CASES = [
    # (page's lang:, _config.yml, titles wanted)
    ("en", "title: x\n", EN),
    ("ja", "title: x\n", JA),
    ("", "title: x\nlang: ja\n", JA),
    ("", "title: x\n", EN),
]


@pytest.mark.parametrize(("lang", "config", "titles"), CASES)
def test_the_page_language_words_of_a_data_entry(tmp_path: Path, lang, config, titles):
    front = f"lang: {lang}\n" if lang else ""
    home = f"---\nlayout: default\ntitle: Home\n{front}---\n\n{{% include news.html %}}\n"
    site = write(
        tmp_path,
        {
            "_config.yml": config,
            "_data/news.yml": NEWS,
            "_includes/news.html": LOOP,
            "index.md": home,
        },
    )
    items, _ = listed(site)
    got = [(i["title"].rstrip("。."), i["start"]) for i in items]
    assert got == [(titles[0], "2026-04-02"), (titles[1], "2025-11-20")], items
