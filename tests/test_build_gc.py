"""A build runs without the garbage collector and switches it back on after, also when it
fails; a library caller who had it off keeps it off."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

import feeds.build
from feeds.build import BuildError, build

from .conftest import CONTENT, TODAY


@pytest.fixture
def collector_on() -> Iterator[None]:
    was_on = gc.isenabled()
    gc.enable()
    yield
    if not was_on:
        gc.disable()


def test_no_collection_while_the_site_is_read(tmp_path, monkeypatch, collector_on) -> None:
    seen: list[bool] = []
    load = feeds.build.load_site
    monkeypatch.setattr(
        feeds.build, "load_site", lambda *a, **k: seen.append(gc.isenabled()) or load(*a, **k)
    )
    build(CONTENT, tmp_path / "out", today=TODAY, overrides={"offline": True})
    assert seen == [False]
    assert gc.isenabled()


def test_the_collector_is_back_on_after_a_failed_build(tmp_path, collector_on) -> None:
    with pytest.raises(BuildError):
        build(tmp_path / "missing", tmp_path / "out", today=TODAY)
    assert gc.isenabled()


def test_a_caller_who_turned_it_off_keeps_it_off(tmp_path, collector_on) -> None:
    gc.disable()
    build(CONTENT, tmp_path / "out", today=TODAY, overrides={"offline": True})
    assert not gc.isenabled()
