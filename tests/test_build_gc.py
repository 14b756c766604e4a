"""A build raises the garbage collector's thresholds while it runs and puts them back
after, also when it fails (a library caller's process keeps its own settings)."""

from __future__ import annotations

import gc

import pytest

from feeds.build import BuildError, build

from .conftest import CONTENT, TODAY


def test_thresholds_are_put_back_after_a_build(tmp_path) -> None:
    before = gc.get_threshold()
    build(CONTENT, tmp_path / "out", today=TODAY, overrides={"offline": True})
    assert gc.get_threshold() == before


def test_thresholds_are_put_back_after_a_failed_build(tmp_path) -> None:
    before = gc.get_threshold()
    with pytest.raises(BuildError):
        build(tmp_path / "missing", tmp_path / "out", today=TODAY)
    assert gc.get_threshold() == before
