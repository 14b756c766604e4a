"""Per-item pages whose title is only their date (issue 8, corpus C6 cause E): a Hugo
``content/news/<day>.md`` titled ``"2026-02-01"``, an al-folio ``_news`` post titled
``2026.02.01``, a Quarto listing document titled the same way. The title says nothing a
reader does not see already: the item is titled from its body (its first sentence), and
the body types it. Sites are written in our own words and read back with ``json``
(``feeds list --json``) or feedparser (``feeds build``); expectations are written here.
"""

from __future__ import annotations

from pathlib import Path

import feedparser
import pytest

from .hugo_sites import HEADLESS, YAML_CONFIG, build, listed, summary, write

HUGO = {"config/_default/config.yaml": YAML_CONFIG, "content/home/index.md": HEADLESS}
JEKYLL = {"_config.yml": "title: Ana\n", "index.md": "---\nlayout: about\n---\n\nHello.\n"}
QUARTO = {
    "_quarto.yml": "project:\n  type: website\n",
    "index.qmd": "---\ntitle: Ana\n---\n\nI study rivers.\n",
    "news.qmd": '---\ntitle: "News"\nlisting:\n  contents: news\n---\n',
}


def page(title: str, date: str, body: str) -> str:
    return f"---\ntitle: {title}\ndate: {date}\n---\n\n{body}\n"


PAGES = {
    "Hugo, quoted ISO date, Japanese paper notice over a citation": (
        HUGO,
        "content/news/2026-02-01.md",
        page(
            '"2026-02-01"',
            "2026-02-01",
            "新しい論文が掲載されました:  \nA. Sato. **Rivers of sand.** J. Ex. Math., 2026.\n"
            "[[arXiv](https://arxiv.org/abs/2601.00001)]\n\n<!--more-->",
        ),
        ("新しい論文が掲載されました: A. Sato.", "2026-02-01", "day", "paper"),
    ),
    "Hugo, a Japanese fellowship over a line of details": (
        HUGO,
        "content/news/2025-04-01.md",
        page(
            '"2025-04-01"',
            "2025-04-01",
            "示例財団の特別研究員に採択されました.  \n研究課題: 河川の砂の流れ.  ",
        ),
        ("示例財団の特別研究員に採択されました.", "2025-04-01", "day", "award"),
    ),
    "Hugo, bare dotted date, an English prize": (
        HUGO,
        "content/news/prize/index.md",
        page("2025.10.03", "2025-10-03", "I received the young hydrologist prize. Thanks all!"),
        ("I received the young hydrologist prize.", "2025-10-03", "day", "award"),
    ),
    "Hugo, YAML date title, a talk": (
        HUGO,
        "content/news/seminar.md",
        page("2025-05-20", "2025-05-20", "Gave an invited talk on sediment transport at Oslo."),
        ("Gave an invited talk on sediment transport at Oslo.", "2025-05-20", "day", "talk"),
    ),
    "Hugo, month title": (
        HUGO,
        "content/news/job.md",
        page('"March 2025"', "2025-03-01", "I joined the river lab as a postdoc."),
        ("I joined the river lab as a postdoc.", "2025-03-01", "day", "position"),
    ),
    "Jekyll _news post (not inline), dotted date": (
        JEKYLL,
        "_news/2026-01-10-visit.md",
        page("2026.01.10", "2026-01-10", "Our paper on braided channels was accepted at ExConf."),
        ("Our paper on braided channels was accepted at ExConf.", "2026-01-10", "day", "paper"),
    ),
    "Quarto listing document": (
        QUARTO,
        "news/talk/index.qmd",
        page('"2025-11-04"', "2025-11-04", "Gave a keynote talk at the delta meeting."),
        ("Gave a keynote talk at the delta meeting.", "2025-11-04", "day", "talk"),
    ),
}


@pytest.mark.parametrize("case", PAGES, ids=list(PAGES))
def test_a_date_title_gives_way_to_the_body(tmp_path: Path, case: str) -> None:
    files, name, text, expected = PAGES[case]
    items, _ = listed(write(tmp_path / "site", {**files, name: text}))
    assert summary(items) == [expected]


def test_a_real_title_is_kept(tmp_path: Path) -> None:
    text = page('"Prize day"', "2025-10-03", "I received the young hydrologist prize.")
    items, _ = listed(write(tmp_path / "site", {**HUGO, "content/news/prize.md": text}))
    assert summary(items) == [("Prize day", "2025-10-03", "day", "award")]


def test_the_feed_entry_is_titled_from_the_body(tmp_path: Path) -> None:
    files, name, text, _ = PAGES["Hugo, bare dotted date, an English prize"]
    result = build(write(tmp_path / "site", {**files, name: text}), tmp_path / "out")
    assert result.returncode == 0, result.stderr
    feed = feedparser.parse((tmp_path / "out" / "atom.xml").read_bytes())
    assert [e.title for e in feed.entries] == ["I received the young hydrologist prize."]
    assert feed.entries[0].link == "https://ana.example.org/news/prize/"
    assert feed.entries[0].summary.count("young hydrologist prize") == 1


@pytest.mark.parametrize("case", [c for c in PAGES if not c.startswith("Quarto")])
def test_the_item_points_at_the_body_line_its_title_comes_from(tmp_path: Path, case: str) -> None:
    files, name, text, _ = PAGES[case]
    items, _ = listed(write(tmp_path / "site", {**files, name: text}))
    assert [i["line"] for i in items] == [6]  # ---, title, date, ---, blank, the body
