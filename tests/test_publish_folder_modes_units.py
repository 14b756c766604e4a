"""New output folders are ``0755`` whatever the umask, folders that were there are left as
they are (``feeds.publish.make_folder`` through ``publish`` and ``write_atomic``), in
process: the end-to-end test (test_output_folder_modes.py) runs ``feeds`` in a subprocess,
which mutation testing cannot see (bench/mutation_parse.md, "Session 22: mutate13e")."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from feeds.publish import PublishError, make_folder, publish, write_atomic


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def strict_umask() -> Iterator[None]:
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


def test_publish_makes_every_missing_folder_readable(tmp_path: Path, strict_umask) -> None:
    kept = tmp_path / "site"
    kept.mkdir()
    os.chmod(kept, 0o750)
    out = kept / "public" / "feeds"
    assert publish({"a.xml": b"A", "talks/deep/b.ics": b"B"}, out) == (
        ["a.xml", "talks/deep/b.ics"],
        [],
    )
    for folder in (kept / "public", out, out / "talks", out / "talks" / "deep"):
        assert mode(folder) == 0o755, folder
    assert mode(kept) == 0o750
    assert (out / "talks/deep/b.ics").read_bytes() == b"B"


def test_write_atomic_makes_its_folders_readable(tmp_path: Path, strict_umask) -> None:
    os.chmod(tmp_path, 0o711)
    target = tmp_path / "one" / "two" / "f.txt"
    assert write_atomic(target, b"x") is True
    assert target.read_bytes() == b"x"
    assert (mode(tmp_path / "one"), mode(tmp_path / "one" / "two")) == (0o755, 0o755)
    assert mode(tmp_path) == 0o711


def test_make_folder_leaves_what_exists(tmp_path: Path, strict_umask) -> None:
    (tmp_path / "a").mkdir()
    os.chmod(tmp_path / "a", 0o700)
    make_folder(tmp_path / "a" / "b" / "c")
    assert (mode(tmp_path / "a"), mode(tmp_path / "a" / "b"), mode(tmp_path / "a/b/c")) == (
        0o700,
        0o755,
        0o755,
    )
    make_folder(tmp_path / "a")  # there already: nothing changes
    assert mode(tmp_path / "a") == 0o700
    make_folder(Path("/"))  # the root: there, and its own parent


def test_an_output_that_is_a_folder_is_refused_before_anything_is_written(tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / "feed.xml").mkdir(parents=True)  # a folder where a file goes
    with pytest.raises(PublishError) as refused:
        publish({"atom.xml": b"A", "feed.xml": b"F"}, out)
    assert str(refused.value) == (
        f"{out / 'feed.xml'}: is a folder, so the output cannot be written there; "
        "nothing written, the last outputs stay"
    )
    assert sorted(p.name for p in out.iterdir()) == ["feed.xml"]  # atom.xml not written
    assert (out / "feed.xml").is_dir()


def test_a_link_to_a_folder_is_replaced_by_the_output(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (tmp_path / "elsewhere").mkdir()
    (out / "feed.xml").symlink_to(tmp_path / "elsewhere")
    assert publish({"feed.xml": b"F"}, out) == (["feed.xml"], [])
    assert (out / "feed.xml").read_bytes() == b"F" and not (out / "feed.xml").is_symlink()
