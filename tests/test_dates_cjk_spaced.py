"""Chinese, Japanese and Korean dates as group pages write them (issue 8, corpus C9 cause G):
spaces between the numbers and the signs (``6 月 26 日``), no year under a year heading,
day ranges (``10 月 10-12 日``), ``起`` (from) after the date, and the words following the
date with a full-width comma and no space (``6月26日，…``): the item takes the day and its
title starts after the date. Pages written here in our own words, read back as JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main

# (item line under "### 2026", start, end, precision, title)
FORMS = [
    ("6 月 26 日，示例同学顺利毕业。", "2026-06-26", None, "day", "示例同学顺利毕业。"),
    ("6月26日，示例同学顺利毕业。", "2026-06-26", None, "day", "示例同学顺利毕业。"),
    ("5 月 11 日 示例同学通过答辩！", "2026-05-11", None, "day", "示例同学通过答辩！"),
    ("3月5号：示例讲座在示例大学举行。", "2026-03-05", None, "day", "示例讲座在示例大学举行。"),
    (
        "2022 年 4 月 1 日起，示例老师受聘为副研究员。",
        "2022-04-01", None, "day", "示例老师受聘为副研究员。",
    ),
    ("2023年5月20日，示例同学获奖。", "2023-05-20", None, "day", "示例同学获奖。"),
    (
        "10 月 10-12 日，示例老师在示例会议作报告。",
        "2026-10-10", "2026-10-12", "day", "示例老师在示例会议作报告。",
    ),
    (
        "10月31日至11月2日，示例会议在示例城市举行。",
        "2026-10-31", "2026-11-02", "day", "示例会议在示例城市举行。",
    ),
    (
        "2024年11月18日—20日，示例研讨会。",
        "2024-11-18", "2024-11-20", "day", "示例研讨会。",
    ),
    ("6 月，示例同学加入课题组。", "2026-06", None, "month", "示例同学加入课题组。"),
    (
        "11월 18일, 예시 학회에서 발표했습니다.",
        "2026-11-18", None, "day", "예시 학회에서 발표했습니다",
    ),
    ("7月3日、例の学会で講演しました。", "2026-07-03", None, "day", "例の学会で講演しました。"),
]  # fmt: skip


def listed(tmp_path: Path, lines: list[str]) -> list[dict]:
    page = tmp_path / "news.md"
    body = "".join(f"- {line}\n" for line in lines)
    page.write_text(f"---\ntitle: 新闻\n---\n\n<h3>2026</h3>\n\n{body}", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["list", "--json", "--content", str(page), "--now", "2026-11-26", "--cache", "off"]
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


@pytest.mark.parametrize(("line", "start", "end", "precision", "title"), FORMS)
def test_the_cjk_date_dates_the_item_and_the_title_follows_it(
    tmp_path: Path, line: str, start: str, end: str | None, precision: str, title: str
) -> None:
    (item,) = listed(tmp_path, [line])
    assert (item["start"], item["end"], item["precision"], item["title"]) == (
        start, end, precision, title,
    )  # fmt: skip


def test_a_page_of_such_items_keeps_each_date(tmp_path: Path) -> None:
    items = listed(tmp_path, [line for line, *_ in FORMS])
    assert [(i["start"], i["precision"]) for i in items] == [(s, p) for _, s, _, p, _ in FORMS]


@pytest.mark.parametrize(
    "line",
    [
        "示例老师在第 12 期沙龙作报告。",  # a number inside the sentence, no month
        "2026 年度示例奖学金名单公布。",  # a year, not a date opening the item
        "13 月的示例活动。",  # no such month
        "2021年12月に開催された例の学会で受賞しました。",  # "held in": the sentence's date
        "2023年5月20日示例同学获奖。",  # no comma or space: read as one sentence
    ],
)
def test_numbers_that_are_no_date_leave_the_heading_year(tmp_path: Path, line: str) -> None:
    (item,) = listed(tmp_path, [line])
    assert (item["start"], item["precision"]) == ("2026", "year")
