"""A date that opens an item and is set off by a full-width comma, as a Chinese or
Japanese keyboard types it (issue 8, corpus C22 cause C): ``- 02 / 2016，小王加入课题组。``,
``* 2025.11，我们的论文…``. The date dates the item and never stays in its title, as
with an ASCII comma. Pages written here in our own words, read back through
``feeds list --json``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main

ROWS = [  # (the list line, start, precision, the title's opening)
    ("- 02 / 2016，小王加入课题组。", "2016-02", "month", "小王加入课题组"),
    ("- 02/2016，小王加入课题组。", "2016-02", "month", "小王加入课题组"),
    ("- ***07 / 2016***，小李顺利通过硕士论文答辩。", "2016-07", "month", "小李顺利通过"),
    ("- **05 / 2016**，课题组举办了光学研讨会。", "2016-05", "month", "课题组举办了"),
    ("* 2025.11，我们的论文被 INFOCOM 2026 接收！", "2025-11", "month", "我们的论文被"),
    ("- 2024-03-05，张三获得优秀论文奖。", "2024-03-05", "day", "张三获得优秀论文奖"),
    ("- 2024/3/5、研究室のウェブサイトを公開しました。", "2024-03-05", "day", "研究室のウェブ"),
    ("- March 2024，Ann joined the group as a postdoc.", "2024-03", "month", "Ann joined"),
]


@pytest.mark.parametrize(("line", "start", "precision", "opening"), ROWS)
def test_the_date_before_a_fullwidth_comma(
    tmp_path: Path, line: str, start: str, precision: str, opening: str
) -> None:
    page = tmp_path / "news.md"
    page.write_text(f"# News\n\n{line}\n", encoding="utf-8")
    result = CliRunner().invoke(
        main,
        ["list", "--json", "--content", str(page), "--now", "2026-11-26"]
        + ["--site-url", "https://lab.example.org/", "--cache", "off", "-q"],
    )
    assert result.exit_code == 0, result.output
    [item] = json.loads(result.stdout)
    assert (item["start"], item["precision"]) == (start, precision), item
    assert item["title"].startswith(opening), item["title"]
