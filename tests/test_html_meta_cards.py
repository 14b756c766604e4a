"""HTML news cards whose first box is a meta line (a date and a tag in ``<span>``s) and
whose text is the ``<p>`` after it (issue 8, c7 cause B): the text is the title, the tag
is only the item's label, and two cards of the same month and tag keep distinct ids.
Pages are written in our own words; ``feeds list --json`` is read back with ``json``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main

NOW = "2026-11-26"


def listed(path: Path) -> list[dict]:
    result = CliRunner().invoke(main, ["list", "--json", "--content", str(path), "--now", NOW])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def card(date: str, tag: str, body: str, box: str = "article") -> str:
    return (
        f'<{box} class="news-card">\n'
        f'  <div class="news-meta"><span class="news-date">{date}</span>'
        f'<span class="news-tag">{tag}</span></div>\n'
        f"  <p>{body}</p>\n</{box}>\n"
    )


CASES = [
    (  # two cards of one month and one tag
        card(
            "2025年3月",
            "论文成果",
            "<strong>示例论文被某期刊接受。</strong> 恭喜同学的论文被接受！",
        )
        + card("2025年3月", "论文成果", "<strong>另一篇论文被会议接收。</strong> 祝贺！"),
        [
            ("2025-03", "month", "paper", "示例论文被某期刊接受。", "论文成果"),
            ("2025-03", "month", "paper", "另一篇论文被会议接收。", "论文成果"),
        ],
    ),
    (  # English words, a div card, the tag after the date
        card("May 2024", "Talk", "Gave a seminar on toy boats at Some University.", "div")
        + card("April 2024", "Award", "Our student won the best poster prize.", "div"),
        [
            ("2024-05", "month", "talk", "Gave a seminar on toy boats at Some University.", "Talk"),
            ("2024-04", "month", "award", "Our student won the best poster prize.", "Award"),
        ],
    ),
    (  # a day date, the tag first
        '<article><div class="meta"><span class="tag">Paper</span>'
        '<span class="date">2023-11-02</span></div>'
        "<p>Our paper on widgets was accepted at SomeConf.</p></article>\n",
        [("2023-11-02", "day", "paper", "Our paper on widgets was accepted at SomeConf.", "Paper")],
    ),
    (  # no meta line: each row holds a date and a long text, so each row is an item
        '<div class="news-list"><div><span class="news-date">May 2024:</span> '
        "<span>Our paper on toy boats was accepted at SomeConf</span></div>\n"
        '<div><span class="news-date">April 2024:</span> '
        "<span>Gave a talk on toy boats at Some University</span></div></div>\n",
        [
            ("2024-05", "month", "paper", "Our paper on toy boats was accepted at SomeConf", ""),
            ("2024-04", "month", "talk", "Gave a talk on toy boats at Some University", ""),
        ],
    ),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_a_meta_line_card_takes_its_title_from_its_body(tmp_path: Path, body, expected) -> None:
    path = tmp_path / "index.md"
    path.write_text(f"## News\n\n{body}\n## Teaching\n\nA course.\n", encoding="utf-8")
    items = listed(path)
    got = [(i["start"], i["precision"], i["type"], i["title"], i["kind"]) for i in items]
    assert [g[:3] for g in got] == [e[:3] for e in expected]
    for (*_, title, kind), (*_, want_title, want_kind) in zip(got, expected, strict=True):
        assert title.startswith(want_title.rstrip(".")), title
        assert (kind or "").lower() == want_kind.lower() or not want_kind
    assert len({i["id"] for i in items}) == len(items)
