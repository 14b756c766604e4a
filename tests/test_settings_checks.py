"""Settings no build could use are refused in one line naming the setting (and file:line);
``build`` and ``check`` refuse the same inputs with the same words."""

from __future__ import annotations

from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner

from feeds.cli import main

NEWS = "# Me\n\n## News\n\n- Gave a talk at Some University (Nov 18, 2022)\n"


def site(tmp_path: Path, toml: str) -> Path:
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "index.md").write_text(NEWS, encoding="utf-8")
    (folder / "feeds.toml").write_text(toml, encoding="utf-8")
    return folder


def run(*args: str):
    return CliRunner().invoke(main, list(args))


GOOD = 'site_url = "https://example.org/"\n'


@pytest.mark.parametrize(
    ("toml", "line", "words"),
    [
        ("title = [1, 2]", 2, "'title': must be text, not a list"),
        ("news_headings = []", 2, "'news_headings': must name at least one heading"),
        ("[arxiv]\ntimeout = nan", 3, "'arxiv.timeout': must be a finite number"),
        ("arxiv.timeout = 0", 2, "'arxiv.timeout': must be between"),
        ("feed_limit = inf", 2, "'feed_limit': must be a finite number"),
        ("feed_limit = 2.5", 2, "'feed_limit': must be a whole number"),
        ("feed_limit = true", 2, "'feed_limit': must be a number, not true/false"),
        ("[calendar]\nhistory_days = 99999999", 3, "'calendar.history_days': must be between"),
        ('offline = "maybe"', 2, "'offline': must be true or false"),
        ('author = "Me\\nBcc: x@y.z"', 2, "'author': must be one line"),
        ('email = "me@example.org\\r\\nX: y"', 2, "'email': must be one line"),
        ('email = "not an address"', 2, "'email': 'not an address' is not an e-mail address"),
        ("kind_feeds = [{a = 1}]", 2, "'kind_feeds': must be a list of words"),
    ],
)
def test_bad_settings_in_feeds_toml(tmp_path, toml, line, words):
    folder = site(tmp_path, GOOD + toml + "\n")
    for command in ("build", "check", "list"):
        result = run(command, "--content", str(folder), "--now", "2026-11-26")
        assert result.exit_code == 1, (command, result.output)
        assert "Traceback" not in result.output + result.stderr
        lines = result.stderr.strip().splitlines()
        assert lines == [
            f"error: {folder / 'feeds.toml'}:{line}: setting {words.split(':')[0]}"
            f":{words.split(':', 1)[1]}"
        ] or (
            len(lines) == 1 and f"feeds.toml:{line}: setting " in lines[0] and words in lines[0]
        ), (command, lines)


@pytest.mark.parametrize(
    "url",
    [
        "https://example.org/?page=1",
        "https://example.org/#news",
        "https://me:secret@example.org/",
        "https://exa mple.org/",
        "https://example.org/\r\nX: y",
        "ftp://example.org/",
        "https://example.org:99999/",
    ],
)
def test_bad_site_url(tmp_path, url):
    folder = site(tmp_path, "")
    result = run("build", "--content", str(folder), "--site-url", url, "--out", str(tmp_path / "o"))
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: --site-url: ")
    assert not (tmp_path / "o").exists()


@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01", "1899-12-31"])
def test_extreme_now_is_refused_in_one_line(tmp_path, day):
    folder = site(tmp_path, GOOD)
    result = run("build", "--content", str(folder), "--now", day, "--out", str(tmp_path / "o"))
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        f"error: --now {day}: give a day between 1900-01-01 and 9000-12-31"
    )


@pytest.mark.parametrize("day", ["1900-01-01", "9000-12-31"])
def test_the_edges_of_now_build(tmp_path, day):
    folder = site(tmp_path, GOOD)
    result = run("build", "--content", str(folder), "--now", day, "--out", str(tmp_path / "o"))
    assert result.exit_code == 0, result.stderr
    assert (tmp_path / "o" / "talks.ics").is_file()


def test_site_url_unset_fails_build_and_check_alike_but_list_works(tmp_path):
    folder = site(tmp_path, 'author = "Me"\n')
    out = tmp_path / "o"
    built = run("build", "--content", str(folder), "--out", str(out))
    checked = run("check", "--content", str(folder))
    assert built.exit_code == checked.exit_code == 1
    assert built.stderr == checked.stderr
    line = built.stderr.strip()
    assert "site_url is not set" in line and "feeds.toml" in line and "--site-url" in line
    assert "_config.yml" in line and not out.exists()
    listed = run("list", "--content", str(folder), "--json")
    assert listed.exit_code == 0 and "Some University" in listed.stdout
    assert "site_url is not set" in listed.stderr


@pytest.mark.parametrize(
    "setup",
    ["no-news", "no-site-url", "bad-toml", "missing-page"],
)
def test_check_fails_wherever_build_fails_with_the_same_message(tmp_path, setup):
    folder = site(tmp_path, GOOD)
    if setup == "no-news":
        (folder / "index.md").write_text("# Me\n\nJust a page.\n")
    elif setup == "no-site-url":
        (folder / "feeds.toml").write_text("")
    elif setup == "bad-toml":
        (folder / "feeds.toml").write_text("site_url = ")
    else:
        (folder / "index.md").unlink()
    built = run("build", "--content", str(folder), "--out", str(tmp_path / "o"))
    checked = run("check", "--content", str(folder))
    assert built.exit_code == checked.exit_code == 1
    errors = [line for line in built.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and errors == checked.stderr.splitlines()
    assert "Traceback" not in built.stderr


def test_unusable_values_of_the_site_config_are_left_out_with_a_warning(tmp_path):
    """An obfuscated e-mail or an unknown zone in ``_config.yml`` (the site's, not ours)
    must not stop the build: the value is left out and the warning names the file."""
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "_config.yml").write_text(
        "url: https://example.org\nemail: 'me (at) example.org'\ntimezone: Central Time\n"
        "first_name: Ada\nlast_name: Lovelace\n",
        encoding="utf-8",
    )
    (folder / "index.md").write_text(NEWS, encoding="utf-8")
    out = tmp_path / "o"
    result = run("build", "--content", str(folder), "--out", str(out), "--now", "2022-11-10")
    assert result.exit_code == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if "_config.yml: warning" in line]
    assert len(warnings) == 2
    assert "'email'" in warnings[0] and "'timezone'" in warnings[1]

    feed = feedparser.parse((out / "feed.xml").read_bytes())
    assert "me (at) example.org" not in (out / "feed.xml").read_text()
    assert feed.feed.title.startswith("Ada Lovelace")


def test_an_unknown_time_zone_in_feeds_toml_names_its_line(tmp_path):
    folder = site(tmp_path, GOOD + 'timezone = "Mars/Olympus"\n')
    result = run("build", "--content", str(folder), "--out", str(tmp_path / "o"))
    assert result.exit_code == 1
    assert result.stderr.strip().endswith(
        "feeds.toml:2: setting 'timezone': unknown time zone 'Mars/Olympus' (write e.g. "
        "Europe/Berlin)"
    )
