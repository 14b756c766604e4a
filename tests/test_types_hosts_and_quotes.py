"""Talks whose words once made them events (issue 8, corpus C9 causes H and J): the host
of a talk named after it (``Invited talk at X (host: Prof. Y)``) is a noun, not the verb
"hosted"; and a Chinese talk whose event title opens with a curly quote and closes with a
straight one (``参加“…沙龙——…研讨会"（…），并作报告"…"``) keeps its own verb
(作报告) outside the quoted titles. Hosting something stays an event, but a tutorial one
hosts is a talk; a thesis made available online is a paper (defending one, a position).
Items written here in our own words, read back as JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main

ITEMS = [
    ("Invited talk at Example University (host: Prof. Jane Roe)", "talk"),
    ("🎤 Invited talk at Sample Institute (host: Dr. Max Muster)", "talk"),
    ("Seminar at the Example Lab (hosts: Ada Roe and Bo Lee)", "talk"),
    ("Keynote at the Example Forum — host: Prof. Jane Roe", "talk"),
    ("Guest lecture at Example College, host Prof. Jane Roe", "talk"),
    ("Invited talk at Example University (hosted by Prof. Jane Roe)", "talk"),
    ("Visited Example University (host: Prof. Jane Roe)", "event"),
    ("Hosted a workshop on looms at the Example Conference", "event"),
    ("We host the Example Summer School in Lisbon", "event"),
    ("Hosted Dr. Ada Roe at our lab for a week", "event"),
    (
        '示例老师参加“第 9 期示例沙龙——示例材料研讨会"（示例学会，北京），并作报告"示例题目"。',
        "talk",
    ),
    (
        "示例老师参加“第 9 期示例沙龙——示例材料研讨会”（示例学会，北京），并作报告“示例题目”。",
        "talk",
    ),
    ('示例老师参加示例研讨会，并作报告"示例题目"。', "talk"),
    ('示例老师参加“示例材料研讨会"（示例学会，北京）。', "event"),
    ('Our paper “Talking heads in the lab" was accepted at the Example Conference', "paper"),
    ("Hosted tutorial session at the Example Conference 25'", "talk"),
    ("Hosted a half-day tutorial on sails at the Example Forum", "talk"),
    ("We are hosting two tutorials at the Example Meeting", "talk"),
    ("Hosted the Example Workshop on looms", "event"),
    ("My PhD thesis is available online: [Looms](https://theses.example.org/t-1)", "paper"),
    ("My master's thesis is now published in the Example Series", "paper"),
    ("I successfully defended my PhD thesis at Example University", "position"),
]


@pytest.fixture(scope="module")
def types(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, str]]:
    page = Path(tmp_path_factory.mktemp("site")) / "news.md"
    body = "".join(f"- **Mar {k + 1}, 2026**: {text}\n" for k, (text, _) in enumerate(ITEMS))
    page.write_text(f"---\ntitle: News\n---\n\n{body}", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["list", "--json", "--content", str(page), "--now", "2026-11-26", "-q"]
    )
    assert result.exit_code == 0, result.output
    items = sorted(json.loads(result.stdout), key=lambda i: i["start"])
    return [(i["start"], i["type"]) for i in items]


@pytest.mark.parametrize(("k", "expected"), [(k, t) for k, (_, t) in enumerate(ITEMS)])
def test_the_item_is_typed_by_what_the_person_did(
    types: list[tuple[str, str]], k: int, expected: str
) -> None:
    assert types[k] == (f"2026-03-{k + 1:02d}", expected)
