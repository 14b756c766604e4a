"""A Hugo Blox news page (``content/news/_index.md``, ``type: landing``) whose news is a
``markdown`` block of raw HTML cards, none of its blocks titled as news::

    sections:
      - block: markdown           # a style block, a title bar: not news
      - block: markdown
        content:
          text: |
            <div class="wrap">
              <div class="news-item">
                <div class="news-date">May 2024</div>
                <div class="news-content">
                  <span class="news-tag">Award</span>
                  <div class="news-title">…</div><div class="news-text">…</div>
                </div>
              </div>
      - block: markdown           # a footer of links: not news

The block whose boxes are classed as news is the page's news; each card is an item dated
by its date box (the line of that box), its tag a label. Sites are written in our own words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .hugo_sites import listed, write

CONFIG = "title: Ana Lab\nbaseURL: https://ana.example.org/\n"
HOME = (
    "---\ntitle: Ana Lab\ntype: landing\nsections:\n  - block: markdown\n"
    "    content:\n      text: We study droplets.\n---\n"
)
TITLE_BAR = (
    "  - block: markdown\n    content:\n      text: |\n"
    '        <div class="wrap">\n          <div class="bar">NEWS</div>\n        </div>\n'
)
STYLE = (
    "  - block: markdown\n    content:\n      text: |\n"
    "        <style>\n          .news-item { display: flex; }\n        </style>\n"
)
CARDS = (
    "  - block: markdown\n    content:\n      text: |\n"
    '        <div class="wrap">\n'
    '          <div class="news-item">\n'
    '            <div class="news-date">May 2024</div>\n'
    '            <div class="news-content">\n'
    '              <span class="news-tag">Award</span>\n'
    '              <div class="news-title">Best poster prize for Lee</div>\n'
    '              <div class="news-text">Lee won it at a sensing meeting.</div>\n'
    "            </div>\n"
    "          </div>\n"
    '          <div class="news-item">\n'
    '            <div class="news-date">Jan 2024</div>\n'
    '            <div class="news-content">\n'
    '              <span class="news-tag">Publication</span>\n'
    '              <div class="news-title">Our paper on droplet sorting was published</div>\n'
    "            </div>\n"
    "          </div>\n"
    "        </div>\n"
)
FOOTER = (
    "  - block: markdown\n    content:\n      text: |\n"
    '        <div class="footer">\n          <h3>Quick Links</h3>\n'
    '          <ul><li><a href="https://uni.example.org/">Our university</a></li></ul>\n'
    "        </div>\n"
)
EXPECTED = [
    ("Best poster prize for Lee Lee won it at a sensing meeting", "2024-05", "award"),
    ("Our paper on droplet sorting was published", "2024-01", "paper"),
]
# the lines of the date boxes: the file opens with "---", title, type, "sections:"
LAYOUTS = {
    "title bar, cards, footer": ([STYLE, TITLE_BAR, CARDS, FOOTER], "News"),
    "cards alone": ([CARDS], "News"),
    "a page titled Updates": ([TITLE_BAR, CARDS], "Updates"),
}


@pytest.mark.parametrize("case", LAYOUTS, ids=list(LAYOUTS))
def test_the_block_of_news_cards_is_the_news(tmp_path: Path, case: str) -> None:
    blocks, title = LAYOUTS[case]
    page = f"---\ntitle: {title}\ntype: landing\nsections:\n{''.join(blocks)}---\n"
    site = write(
        tmp_path / "site",
        {"hugo.yaml": CONFIG, "content/_index.md": HOME, "content/news/_index.md": page},
    )
    items, _ = listed(site)
    assert [(i["title"], i["start"], i["type"]) for i in items] == EXPECTED
    lines = page.split("\n")
    assert [i["line"] for i in items] == [
        n for n, text in enumerate(lines, 1) if 'class="news-date"' in text
    ]
