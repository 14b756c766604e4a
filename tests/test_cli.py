"""The click CLI, driven through CliRunner like a user would."""

from __future__ import annotations

import json
import runpy
import sys

import feedparser
import pytest
from click.testing import CliRunner

from feeds import __version__
from feeds.cli import main

from .conftest import CONTENT, SEED

KEYS = [
    "id",
    "kind",
    "type",
    "title",
    "start",
    "end",
    "precision",
    "event_start",
    "event_end",
    "location",
    "role",
    "note",
    "section",
    "links",
    "arxiv",
    "line",
    "paper",
    "matched",
    "language",
]


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_version_and_help():
    result = run("--version")
    assert result.exit_code == 0 and __version__ in result.output
    top = run("--help")
    assert top.exit_code == 0
    assert {"build", "check", "list"} <= set(top.output.split())  # the commands it names
    for command in (["build"], ["list"]):
        help_ = run(*command, "--help")
        assert help_.exit_code == 0 and "--content" in help_.output


def test_list_json_has_the_stable_keys():
    result = run("list", "--json", "--content", str(CONTENT))
    assert result.exit_code == 0
    items = json.loads(result.stdout)
    assert len(items) == 48
    assert all(list(item) == KEYS for item in items)
    rice = next(i for i in items if i["line"] == 55)
    assert rice["kind"] == "Talk" and rice["start"] == "2022-11-18" and rice["end"] is None
    assert rice["type"] == "talk"
    joined = next(i for i in items if i["line"] == 104)  # "- Join CS&E …": no label
    assert (joined["kind"], joined["type"]) == (None, "position")
    service = next(i for i in items if i["line"] == 67)
    assert (service["start"], service["precision"]) == ("2022-08", "month")
    covid = next(i for i in items if i["line"] == 100)
    assert (covid["start"], covid["note"]) == ("2020", "postponed for the BEERvirus")
    ei = items[0]
    assert ei["links"][0] == {
        "text": "Computational Imaging XXI",
        "url": "https://www.imaging.org/site/IST/IST/Conferences/EI/EI2023/Conference/C_COIMG.aspx",
    }
    assert next(i for i in items if i["line"] == 63)["arxiv"] == ["2210.00973", "2111.13984"]


def test_list_upcoming_talks():
    result = run("list", "--json", "--kind", "talk", "--upcoming", "--now", "2022-11-10")
    assert [i["line"] for i in json.loads(result.stdout)] == [54, 55]
    later = run("list", "--json", "--kind", "Talk", "--upcoming", "--now", "2022-12-01")
    assert [i["line"] for i in json.loads(later.stdout)] == [54]


def test_list_text_output_and_single_page_content():
    result = run("list", "--content", str(SEED), "--kind", "paper-release")
    lines = result.stdout.splitlines()
    assert len(lines) == 12
    assert lines[0].startswith("2022-11-02") and "Practical Phase Retrieval" in lines[0]


def test_build_writes_feeds(tmp_path):
    result = run("build", "--content", str(CONTENT), "--out", str(tmp_path), "--now", "2022-11-10")
    assert result.exit_code == 0
    assert "48 items" in result.stderr
    assert feedparser.parse(str(tmp_path / "feed.xml")).bozo == 0


def test_settings_options_override_config(tmp_path):
    result = run(
        "build",
        "--content",
        str(CONTENT),
        "--out",
        str(tmp_path),
        "--quiet",
        "--site-url",
        "https://example.com/ju",
        "--title",
        "Ju's news",
    )
    assert result.exit_code == 0 and result.output == ""
    feed = feedparser.parse(str(tmp_path / "atom.xml"))
    assert feed.feed.title == "Ju's news"
    assert feed.feed.link == "https://example.com/ju/"


def test_warnings_name_file_and_line(make_site, tmp_path):
    site = make_site("- Talk at X (Nov 1, 2022)\n- **Talk** with no date at all")
    result = run("build", "--content", str(site), "--out", str(tmp_path))
    assert result.exit_code == 0
    assert f"{site / 'index.md'}:10: warning: no date found" in result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--content", "/nonexistent/folder"], "no such content folder"),
        (["--now", "yesterday"], "is not a date"),
        (["--timezone", "Mars/Olympus"], "unknown time zone"),
        (
            ["--feed-limit", "-3"],
            "--feed-limit: must be between 0 and 1000000, not -3",
        ),
        (["--site-url", "notaurl"], "is not an http(s) URL"),
        (["--no-such-option"], "No such option"),
    ],
)
def test_errors_exit_1_with_a_message(args, message, tmp_path):
    result = run("build", "--out", str(tmp_path), *args)
    assert result.exit_code == 1
    assert message in result.stderr


def test_bad_config_is_an_error(make_site, tmp_path):
    site = make_site("- A (2020)", config="no_such_setting = 1\n")
    result = run("build", "--content", str(site), "--out", str(tmp_path))
    assert result.exit_code == 1 and "unknown setting 'no_such_setting'" in result.stderr


def test_page_without_news_fails_and_keeps_the_last_outputs(tmp_path):
    good = run("build", "--content", str(CONTENT), "--out", str(tmp_path), "--now", "2022-11-10")
    assert good.exit_code == 0
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.is_file()}
    page = tmp_path / "renamed.md"
    page.write_text("# Jane\n\n## Teaching\n\nNothing listed.\n", encoding="utf-8")
    result = run(
        "build", "--content", str(page), "--out", str(tmp_path), "--site-url", "https://x.org"
    )
    assert result.exit_code == 1 and "no news found" in result.stderr
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir() if p.name in before} == before


def test_python_dash_m_feeds_runs_the_cli(monkeypatch, capsys):
    monkeypatch.setattr(sys, "argv", ["feeds", "--version"])
    with pytest.raises(SystemExit) as exited:
        runpy.run_module("feeds", run_name="__main__")
    assert exited.value.code == 0
    assert __version__ in capsys.readouterr().out
