"""A year heading written with the year's word of Chinese, Japanese or Korean (``2026年``,
``2026 年``, ``2024년``) continues the news section and dates the month-only items under
it, as ``### 2026`` does (session 26's scan: a Hexo theme's news box, whose script drops
each year's ``<ul>`` so the ``<h2>2026年</h2>`` headings end up inside one list). A year
written inside an item's words (``2025年优秀论文``) dates nothing. Pages are written here
in our own words; ``feeds list --json`` is read back with ``json``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_run import feeds

MARKDOWN = """\
## 新闻

### {new}

- 7月 王芳的论文发表于 Toy Letters
- 1月 李明入选2024年度优秀青年学者

### {old}

- 12月 张伟获得最佳海报奖
"""
HTML = """\
<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>玩具船课题组</title></head>
<body>
<div class="home-news">
  <h1>📢 大事件</h1>
  <div class="include-news">
    <ul class="include-news-list">
      <h2 class="center">{new}</h2>
<li>📝 7月 王芳的论文发表于 <a href="https://doi.org/10.1000/toy"><em>Toy Letters</em></a></li>
<li>🪪 1月 李明入选2024年度优秀青年学者</li>
<h2 class="center">{old}</h2>
<li>🪪 12月 张伟获得最佳海报奖</li>
    </ul>
  </div>
</div>
<div><h1>联系我们</h1><p>上海市某某路 1 号</p></div>
</body></html>
"""
PAGES = {"markdown": ("news.md", MARKDOWN), "html": ("index.html", HTML)}
HEADINGS = [
    ("2026年", "2025年"),
    ("2026 年", "2025 年"),
    ("2026년", "2025년"),
    ("2026", "2025"),  # as it was
]


@pytest.mark.parametrize(("new", "old"), HEADINGS)
@pytest.mark.parametrize("page", PAGES)
def test_a_cjk_year_heading_dates_its_items(tmp_path: Path, page: str, new: str, old: str):
    name, text = PAGES[page]
    (tmp_path / name).write_text(text.format(new=new, old=old), encoding="utf-8")
    ran = feeds(
        "list", "--json", "--now", "2026-11-26", "--content", str(tmp_path / name),
        "--site-url", "https://toy.example.org/",
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    found = [(i["start"], i["title"], i["section"]) for i in json.loads(ran.stdout)]
    assert found == [
        ("2026-07", "王芳的论文发表于 Toy Letters", "news"),
        ("2026-01", "李明入选2024年度优秀青年学者", "news"),
        ("2025-12", "张伟获得最佳海报奖", "news"),
    ]
