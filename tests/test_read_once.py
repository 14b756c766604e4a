"""A build reads and decodes each page once, however many of its readers ask for it; a
file that changes meanwhile (its size or time), or outside a build, is read again."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import feeds.parse.front_matter as front_matter
from feeds.build import build
from feeds.parse.front_matter import read_text
from feeds.parse.read_once import reading_once

from .conftest import TODAY, write_site


@pytest.fixture
def decoded(monkeypatch: pytest.MonkeyPatch) -> list[bytes]:
    """The bytes each reading decoded."""
    seen: list[bytes] = []
    decode = front_matter.decode_page
    monkeypatch.setattr(front_matter, "decode_page", lambda raw: seen.append(raw) or decode(raw))
    return seen


def test_a_build_decodes_the_homepage_once(tmp_path: Path, decoded: list[bytes]) -> None:
    site = write_site(tmp_path / "site", "- **Talk** at Seminar A (Chicago, IL, Dec 1, 2022)")
    build(site, tmp_path / "out", today=TODAY, overrides={"offline": True})
    page = (site / "index.md").read_bytes()
    assert decoded.count(page) == 1


def test_a_changed_file_is_read_again(tmp_path: Path, decoded: list[bytes]) -> None:
    page = tmp_path / "index.md"
    page.write_text("one\r\n", encoding="utf-8")
    with reading_once():
        assert read_text(page) == read_text(page) == "one\n"
        page.write_text("three\n", encoding="utf-8")
        assert read_text(page) == "three\n"
    assert decoded == [b"one\r\n", b"three\n"]


def test_outside_a_build_every_reading_reads(tmp_path: Path, decoded: list[bytes]) -> None:
    page = tmp_path / "index.md"
    page.write_text("one\n", encoding="utf-8")
    stamp = os.stat(page)
    read_text(page)
    page.write_text("two\n", encoding="utf-8")  # same size, same time: a build would not see it
    os.utime(page, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert read_text(page) == "two\n"
    assert decoded == [b"one\n", b"two\n"]
