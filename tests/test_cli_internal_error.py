"""A bug of ours (an exception nothing expected) ends in one line naming what and where, exit 1,
never a traceback; FEEDS_DEBUG=1 gives the traceback back to whoever debugs it."""

from __future__ import annotations

import sys

import pytest

import feeds.build
from feeds.cli import main

PAGE = """---
title: Home
---
## News
- **Nov 2022**: Our paper on sparse graphs was accepted at a workshop.
- **Oct 2022**: Joined the lab as a postdoc.
"""


def _site(tmp_path):
    (tmp_path / "index.md").write_text(PAGE, encoding="utf-8")
    (tmp_path / "feeds.toml").write_text('site_url = "https://example.org/"\n', encoding="utf-8")
    return tmp_path


def _broken(*args, **kwargs):
    raise KeyError("lost\nthe   id")


def _run(monkeypatch, args):
    monkeypatch.setattr(sys, "argv", ["feeds", *args])
    with pytest.raises(SystemExit) as exited:
        main()
    return exited.value.code


@pytest.mark.parametrize("command", ["build", "list", "check"])
def test_an_unexpected_exception_is_one_line_and_exit_1(tmp_path, monkeypatch, capsys, command):
    site = _site(tmp_path)
    monkeypatch.setattr(feeds.build, "assign_ids", _broken)
    monkeypatch.delenv("FEEDS_DEBUG", raising=False)
    args = [command, "--content", str(site), "--now", "2022-12-01", "--offline"]
    if command == "build":
        args += ["--out", str(site / "out")]
    code = _run(monkeypatch, args)
    err = capsys.readouterr().err
    assert code == 1
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("error: internal error at feeds/build.py:"), err
    assert "KeyError: 'lost\\nthe id'" in lines[0]
    assert "FEEDS_DEBUG=1" in lines[0]
    assert not (site / "out").exists()


def test_feeds_debug_gives_the_traceback_back(tmp_path, monkeypatch):
    site = _site(tmp_path)
    monkeypatch.setattr(feeds.build, "assign_ids", _broken)
    monkeypatch.setenv("FEEDS_DEBUG", "1")
    monkeypatch.setattr(sys, "argv", ["feeds", "list", "--content", str(site), "--offline"])
    with pytest.raises(KeyError):
        main()
