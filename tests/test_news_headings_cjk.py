"""News headings in Korean, Japanese and Chinese (issue 8, corpus C5): ``## 소식``,
``## 새소식``, ``## 뉴스``, ``## 공지사항``, ``## お知らせ``, ``## 最新情報``,
``## 最新消息``, ``## 近期动态`` open the news section; a heading of another subject in
the same script does not. Pages written here in our own words, read back as JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main

HEADINGS = [
    "## 소식", "## 새소식", "## 📢 최근 소식", "## 뉴스", "## 공지사항", "### お知らせ",
    "## 最新情報", "## 最新消息", "## 近期动态", "<h2>소식</h2>",
]  # fmt: skip


def listed(tmp_path: Path, heading: str) -> tuple[int, list[dict]]:
    page = tmp_path / "index.md"
    page.write_text(
        "---\ntitle: Ada\n---\n\n# 소개\n\n- 예시 연구실 소개 (Jan 2010)\n\n"
        f"{heading}\n\n- 예시 학회에서 발표 (Jan 2020)\n\n# 연구\n\n- 예시 과제 (2011)\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        main, ["list", "--json", "--content", str(page), "--now", "2026-11-26"]
    )
    return result.exit_code, json.loads(result.stdout) if result.exit_code == 0 else []


@pytest.mark.parametrize("heading", HEADINGS)
def test_the_heading_opens_the_news_section(tmp_path, heading):
    code, items = listed(tmp_path, heading)
    assert code == 0
    assert [(i["title"], i["start"]) for i in items] == [("예시 학회에서 발표", "2020-01")]


@pytest.mark.parametrize("heading", ["## 연구 과제", "## 論文", "## 教学"])
def test_another_subject_is_no_news(tmp_path, heading):
    code, items = listed(tmp_path, heading)
    assert (code, items) == (1, [])
