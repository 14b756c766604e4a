"""Attacks a second hardening review found still getting through (issue 9), each read
back with independent parsers."""

from __future__ import annotations

import json
from pathlib import Path

import feedparser
from click.testing import CliRunner
from icalendar import Calendar

from feeds.cli import main

from .output_safety import snapshot

TOML = 'site_url = "https://example.org/"\nauthor = "Ann"\nid_date = "2020"\n'
TALK = "## News\n\n- **Talk** at MIT (Nov 18, 2022)\n"


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def site(tmp_path: Path, page: str = TALK, toml: str = TOML, front: str = "title: Home") -> Path:
    folder = tmp_path / "site"
    folder.mkdir(exist_ok=True)
    (folder / "feeds.toml").write_text(toml, encoding="utf-8")
    (folder / "index.md").write_text(f"---\n{front}\n---\n\n{page}", encoding="utf-8")
    return folder


def build(folder: Path, out: Path, *extra: str):
    return run("build", "--content", str(folder), "--out", str(out), "--now", "2022-11-10", *extra)


def test_an_output_name_taken_by_a_folder_changes_nothing_and_never_crashes(tmp_path):
    folder, out = site(tmp_path), tmp_path / "out"
    assert build(folder, out).exit_code == 0
    (out / "feed.xml").unlink()
    (out / "feed.xml").mkdir()
    (folder / "index.md").write_text("# Home\n\n## News\n\n- **Talk** at Rice (Nov 20, 2022)\n")
    before = snapshot(out)
    for _ in range(2):  # and the next build says the same, no traceback
        result = build(folder, out)
        assert result.exit_code == 1 and "Traceback" not in result.output
        assert "is a folder" in result.stderr and len(result.stderr.strip().splitlines()) == 1
        assert snapshot(out) == before  # no half-published set, no temp file, no journal
        assert not list(out.glob(".*"))


def test_a_refused_arxiv_cache_leaves_the_last_outputs(tmp_path):
    folder, out = site(tmp_path), tmp_path / "out"
    assert build(folder, out).exit_code == 0
    before = snapshot(out)
    victim = tmp_path / "victim.txt"
    victim.write_text("mine")
    (folder / "arxiv.json").symlink_to(victim)
    (folder / "index.md").write_text("# Home\n\n## News\n\n- **Talk** at Rice (Nov 20, 2022)\n")
    result = build(folder, out)
    assert result.exit_code == 1 and "outside the content folder" in result.stderr
    assert snapshot(out) == before and victim.read_text() == "mine"


def test_a_news_permalink_with_a_line_break_or_control_character(tmp_path):
    folder = site(tmp_path)
    (folder / "_news").mkdir()
    for name, link in (("a", "/news/x\\nBEGIN:VEVENT"), ("b", "/news/y\\x01"), ("c", "/a\\r\\nb")):
        (folder / "_news" / f"{name}.md").write_text(
            f"---\ndate: 2022-12-0{ord(name) - 96}\ntitle: Invited talk at Lab {name.upper()}\n"
            f'permalink: "{link}"\n---\nGave an invited talk at Lab {name.upper()}.\n',
            encoding="utf-8",
        )
    out = tmp_path / "out"
    result = build(folder, out)
    assert result.exit_code == 0, result.output
    assert result.stderr.count("permalink has a space, line break or control character") == 3
    feed = json.loads((out / "feed.json").read_text(encoding="utf-8"))
    urls = [item["url"] for item in feed["items"]]
    assert all("\n" not in u and "\r" not in u and "\x01" not in u for u in urls)
    assert {"https://example.org/news/a/", "https://example.org/news/b/"} <= set(urls)
    calendar = Calendar.from_ical((out / "talks.ics").read_bytes())
    summaries = sorted(str(e["SUMMARY"]) for e in calendar.walk("VEVENT"))
    assert len(summaries) == 4  # the homepage's talk and the three, no injected VEVENT
    assert all(s.startswith(("MIT", "Invited talk at Lab")) for s in summaries)
    assert feedparser.parse((out / "feed.xml").read_bytes()).bozo == 0


def test_front_matter_never_closed_is_reported(tmp_path):
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "feeds.toml").write_text(TOML)
    (folder / "index.md").write_text("---\ntitle: Home\n\n" + TALK, encoding="utf-8")
    result = build(folder, tmp_path / "out")
    assert result.exit_code == 0
    assert (
        "index.md:1: warning: front matter is not valid YAML (opened by its first line but "
        "never closed)" in result.stderr
    )


def test_a_front_matter_title_that_is_not_text_is_not_the_feed_title(tmp_path):
    folder, out = site(tmp_path, front="title: [1, 2]"), tmp_path / "out"
    result = build(folder, out)
    assert result.exit_code == 0 and "front matter 'title' is not text" in result.stderr
    assert "[1, 2]" not in feedparser.parse((out / "feed.xml").read_bytes()).feed.title


def test_id_date_must_be_an_rfc_4151_date(tmp_path):
    folder = site(tmp_path, toml=TOML.replace('"2020"', '"yesterday"'))
    result = build(folder, tmp_path / "out")
    assert result.exit_code == 1
    assert result.stderr.strip().endswith(
        "feeds.toml:3: setting 'id_date': 'yesterday' is not a date like 2019 or 2019-05-01 "
        "(RFC 4151)"
    )


def test_liquid_that_never_renders_is_never_published(tmp_path):
    folder = site(
        tmp_path,
        "## News\n\n- **Talk** at MIT {% if false %}DRAFTA{% endif %}today (Nov 18, 2022)\n"
        "- Award {% unless true %}DRAFTB{% endunless %}won (Nov 19, 2022)\n",
    )
    out = tmp_path / "out"
    assert build(folder, out).exit_code == 0
    for path in out.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            assert "DRAFT" not in text and "{%" not in text, path.name
