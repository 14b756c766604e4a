"""The library API (``feeds.__all__``) the CLI is a shell over, and a cheap ``import feeds``."""

from __future__ import annotations

import json
import subprocess
import sys

import feedparser

import feeds
from feeds.diagnostics import Reporter

from .conftest import CONTENT, TODAY


def test_every_exported_name_resolves() -> None:
    assert "run_build" in feeds.__all__ and "run_check" in feeds.__all__
    for name in feeds.__all__:
        assert getattr(feeds, name) is not None, name


def test_version_imports_no_stage() -> None:
    """``feeds --version`` loads the CLI shell only: no parser, renderer or enricher."""
    probe = (
        "import sys\n"
        "from feeds.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit:\n    pass\n"
        "print(__import__('json').dumps(sorted(sys.modules)))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    loaded = set(json.loads(result.stdout.strip().splitlines()[-1]))
    heavy = {"markdown_it", "icalendar", "feedgen", "yaml", "arxiv", "feeds.build"}
    assert loaded & heavy == set()


def test_list_items_filters_like_feeds_list() -> None:
    talks = feeds.list_items(CONTENT, kinds=["talk"], today=TODAY)
    assert talks and all("talk" in e.kind.lower() for e in talks)
    everything = feeds.list_items(CONTENT, today=TODAY)
    upcoming = feeds.list_items(CONTENT, upcoming=True, today=TODAY)
    assert len(talks) < len(everything) and len(upcoming) < len(everything)
    assert all(e.span is None or e.span.end >= TODAY for e in upcoming)


def test_load_then_write_outputs(tmp_path) -> None:
    site = feeds.load_site(CONTENT, today=TODAY, reporter=Reporter(quiet=True))
    result = feeds.write_outputs(site, tmp_path)
    assert "feed.xml" in result.written and result.unchanged == []
    parsed = feedparser.parse((tmp_path / "feed.xml").read_bytes())
    assert not parsed.bozo and len(parsed.entries) == len(site.events)
    again = feeds.write_outputs(site, tmp_path)
    assert again.written == [] and again.outputs == result.outputs
