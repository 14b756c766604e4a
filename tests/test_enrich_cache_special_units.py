"""An arXiv cache path that is not a regular file (a named pipe, a folder) is reported and
left alone, never read (a pipe would wait for a writer forever): ``Cache.load`` in
process (the end-to-end test, test_special_files.py, runs ``feeds`` in a subprocess,
which mutation testing cannot see; bench/mutation_parse.md, "Session 22: mutate13e")."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.enrich.cache import Cache


@pytest.mark.parametrize("make", [os.mkfifo, os.mkdir], ids=["a named pipe", "a folder"])
def test_a_cache_that_is_not_a_file(tmp_path: Path, make) -> None:
    path = tmp_path / "arxiv.json"
    make(path)
    reporter = Reporter(quiet=True)
    cache = Cache.load(path, reporter)
    assert (cache.path, cache.entries, cache.raw, cache.writable) == (path, {}, None, False)
    assert [(p.source, p.severity, p.message) for p in reporter.problems] == [
        (str(path), "warning", "cannot read the arXiv cache (not a file); left as it is")
    ]


def test_a_missing_cache_is_empty_and_written_later(tmp_path: Path) -> None:
    reporter = Reporter(quiet=True)
    cache = Cache.load(tmp_path / "arxiv.json", reporter)
    assert (cache.entries, cache.raw, cache.writable, reporter.problems) == ({}, None, True, [])


def test_a_cache_that_cannot_be_read_is_reported_and_kept(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "arxiv.json"
    path.write_text("{}", encoding="utf-8")
    reads = Path.read_bytes

    def failing(self: Path) -> bytes:
        if self == path:
            raise OSError(5, "Input/output error")
        return reads(self)

    monkeypatch.setattr(Path, "read_bytes", failing)
    reporter = Reporter(quiet=True)
    cache = Cache.load(path, reporter)
    assert (cache.path, cache.entries, cache.raw, cache.writable) == (path, {}, None, False)
    assert [(p.source, p.severity, p.message) for p in reporter.problems] == [
        (
            str(path),
            "warning",
            "cannot read the arXiv cache ([Errno 5] Input/output error); left as it is",
        )
    ]
