"""A message about a setting names it as the user wrote it: the command-line option, the
environment variable, or the feeds.toml key (``[calendar] kinds`` is ``calendar.kinds``),
never the program's own name for it (``calendar_kinds``)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from feeds.cli import main

PAGE = "---\ntitle: Me\n---\n\n## News\n\n- **[Mar 2024]** Gave a talk.\n"
URL = 'site_url = "https://me.example.org/"\n'


def errors(tmp_path, toml: str = "", args: tuple[str, ...] = (), env=None) -> str:
    (tmp_path / "index.md").write_text(PAGE, encoding="utf-8")
    (tmp_path / "feeds.toml").write_text(URL + toml, encoding="utf-8")
    ran = CliRunner().invoke(
        main, ["list", "--now", "2024-05-01", "--content", str(tmp_path), *args], env=env
    )
    assert ran.exit_code == 1, ran.output
    (line,) = ran.stderr.strip().splitlines()
    return line.replace(str(tmp_path) + "/", "")


@pytest.mark.parametrize(
    ("toml", "said"),
    [
        ("[calendar]\nhistory_days = -3\n", "feeds.toml:3: setting 'calendar.history_days': must"),
        ("calendar.history_days = -3\n", "feeds.toml:2: setting 'calendar.history_days': must"),
        ("[arxiv]\ntimeout = 0\n", "feeds.toml:3: setting 'arxiv.timeout': must"),
        ("arxiv_timeout = 0\n", "feeds.toml:2: setting 'arxiv_timeout': must"),  # as written
        ("[types]\ntalk = 3\n", "feeds.toml:3: setting 'types.talk': must be a list"),
        ("[arxiv]\ncache = '../a.json'\n", "feeds.toml:3: setting 'arxiv.cache': '../a.json'"),
        ("[calendar]\nkind = ['talk']\n", "feeds.toml:3: unknown setting 'calendar.kind'"),
        ("[types.talk]\nwords = 1\n", "feeds.toml:3: unknown setting 'types.talk.words'"),
        ("feed_limit = -1\n", "feeds.toml:2: setting 'feed_limit': must"),
    ],
)
def test_a_feeds_toml_setting_is_named_by_its_key(tmp_path, toml, said):
    line = errors(tmp_path, toml)
    assert line.startswith(f"error: {said}"), line
    assert "history_days'" not in line.replace("calendar.history_days", "")


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("--calendar-history-days", "-5"), "error: --calendar-history-days: must be between"),
        (("--arxiv-cache", "../x.json"), "error: --arxiv-cache: '../x.json' must be"),
        (("--feed-limit", "x"), "error: --feed-limit: 'x' is not a number"),
        (("--site-url", "ftp://x.org/"), "error: --site-url: 'ftp://x.org/' is not an http(s)"),
    ],
)
def test_an_option_is_named_as_the_option(tmp_path, args, said):
    line = errors(tmp_path, args=args)
    assert line.startswith(said) and "setting '" not in line, line


def test_an_environment_variable_is_named_as_the_variable(tmp_path):
    line = errors(tmp_path, env={"FEEDS_ARXIV_API": "ftp://x.org/q"})
    assert line == "error: FEEDS_ARXIV_API: 'ftp://x.org/q' is not an http(s) URL"
