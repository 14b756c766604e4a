"""An output whose name is taken by a folder (``feeds.publish._publish_locked``; issue 14's
mutation run, session 22): refused before anything is written, in one line naming it;
a symbolic link to a folder under that name is replaced like any file. In-process, as
``tests/test_hardening_review.py`` checks the refusal through a subprocess.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from feeds.publish import PublishError, publish


def test_an_output_name_taken_by_a_folder_is_refused_and_nothing_written(
    tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.chdir(tmp_path)  # the message names the file relative to here
    out = tmp_path / "out"
    (out / "feed.xml").mkdir(parents=True)
    (out / "atom.xml").write_bytes(b"old")
    with pytest.raises(PublishError) as refused:
        publish({"atom.xml": b"new", "feed.xml": b"<rss/>"}, out)
    assert str(refused.value) == (
        "out/feed.xml: is a folder, so the output cannot be written there; "
        "nothing written, the last outputs stay"
    )
    assert (out / "atom.xml").read_bytes() == b"old"
    assert sorted(os.listdir(out)) == ["atom.xml", "feed.xml"]


def test_a_link_to_a_folder_under_an_output_name_is_replaced(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (tmp_path / "elsewhere").mkdir()
    (out / "feed.xml").symlink_to(tmp_path / "elsewhere", target_is_directory=True)
    written, _ = publish({"feed.xml": b"<rss/>"}, out)
    assert written == ["feed.xml"]
    assert not (out / "feed.xml").is_symlink()
    assert (out / "feed.xml").read_bytes() == b"<rss/>"
    assert (tmp_path / "elsewhere").is_dir()
