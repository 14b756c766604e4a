"""feeds.publish called in-process, one rule at a time (the subprocess tests in
test_publish_set.py check the same rules end to end, but mutation testing only sees
tests that call the code in its own process)."""

from __future__ import annotations

import fcntl
import json
import os
import stat
from pathlib import Path

import pytest

from feeds.publish import (
    JOURNAL_NAME,
    PublishError,
    clean_temps,
    output_lock,
    publish,
    write_atomic,
)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_publish_writes_the_changed_files_and_keeps_the_rest(tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert publish({"a.xml": b"A", "talks/b.ics": b"B"}, out) == (["a.xml", "talks/b.ics"], [])
    assert (out / "a.xml").read_bytes() == b"A" and (out / "talks/b.ics").read_bytes() == b"B"
    assert mode(out / "a.xml") == 0o644 and mode(out / "talks/b.ics") == 0o644
    os.utime(out / "a.xml", (1, 1))
    assert publish({"a.xml": b"A", "talks/b.ics": b"C"}, out) == (["talks/b.ics"], ["a.xml"])
    assert (out / "a.xml").stat().st_mtime == 1  # not rewritten
    assert (out / "talks/b.ics").read_bytes() == b"C"
    assert sorted(p.name for p in out.rglob("*")) == ["a.xml", "b.ics", "talks"]


def test_a_single_changed_file_needs_no_journal(tmp_path: Path, monkeypatch) -> None:
    written = []
    real = write_atomic

    def spy(path: Path, data: bytes) -> bool:
        written.append(path.name)
        return real(path, data)

    monkeypatch.setattr("feeds.publish.write_atomic", spy)
    publish({"a.xml": b"A"}, tmp_path)
    assert written == []
    publish({"a.xml": b"A2", "b.xml": b"B"}, tmp_path)
    assert written == [JOURNAL_NAME]  # written for two, removed after the renames
    assert not (tmp_path / JOURNAL_NAME).exists()


def test_a_failed_rename_leaves_a_journal_the_next_publish_completes(
    tmp_path: Path, monkeypatch
) -> None:
    publish({"a.xml": b"old a", "b.xml": b"old b"}, tmp_path)
    real, calls = os.replace, []

    def second_fails(src, dst):  # the journal's rename, a.xml's, then b.xml's fails
        calls.append(dst)
        if len(calls) == 3:
            raise OSError(5, "Input/output error")
        real(src, dst)

    monkeypatch.setattr(os, "replace", second_fails)
    with pytest.raises(PublishError) as raised:
        publish({"a.xml": b"new a", "b.xml": b"new b"}, tmp_path)
    monkeypatch.setattr(os, "replace", real)
    assert str(raised.value) == (
        f"{tmp_path / 'b.xml'}: Input/output error; the next build completes the set"
    )
    journal = json.loads((tmp_path / JOURNAL_NAME).read_text())
    assert sorted(journal) == ["a.xml", "b.xml"]
    assert (tmp_path / "a.xml").read_bytes() == b"new a"
    assert (tmp_path / "b.xml").read_bytes() == b"old b"
    # the next publish first rolls the set forward, then writes its own (here: the same)
    assert publish({"a.xml": b"new a", "b.xml": b"new b"}, tmp_path) == ([], ["a.xml", "b.xml"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.xml", "b.xml"]


@pytest.mark.parametrize(
    "journal",
    [
        "not json",
        '["a list"]',
        '{"a.xml": "../outside/.a.xml.feeds-abcdefgh.tmp"}',
        '{"a.xml": "not-a-temp-name"}',
        '{"a.xml": ".a.xml.feeds-missing1.tmp"}',
    ],
)
def test_a_journal_that_names_nothing_of_ours_is_dropped(tmp_path: Path, journal: str) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (tmp_path / "outside").mkdir()
    stray = tmp_path / "outside" / ".a.xml.feeds-abcdefgh.tmp"
    stray.write_text("elsewhere")
    (out / "not-a-temp-name").write_text("keep")
    (out / "a.xml").write_text("current")
    (out / JOURNAL_NAME).write_text(journal)
    assert publish({"a.xml": b"current"}, out) == ([], ["a.xml"])  # a.xml never replaced
    assert not (out / JOURNAL_NAME).exists()
    assert stray.read_text() == "elsewhere"
    assert (out / "not-a-temp-name").read_text() == "keep"


def test_failing_to_write_a_temp_file_writes_nothing(tmp_path: Path, monkeypatch) -> None:
    publish({"a.xml": b"old a", "b.xml": b"old b"}, tmp_path)
    real = os.fsync
    calls = []

    def full(fd):
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real(fd)

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(PublishError) as raised:
        publish({"a.xml": b"new a", "b.xml": b"new b"}, tmp_path)
    assert str(raised.value) == (
        f"{tmp_path / 'b.xml'}: disk full; nothing written, the last outputs stay"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.xml", "b.xml"]
    assert (tmp_path / "a.xml").read_bytes() == b"old a"


def test_write_atomic(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "x.json"
    assert write_atomic(target, b"1") is True
    assert target.read_bytes() == b"1" and mode(target) == 0o644
    os.chmod(target, 0o600)
    os.utime(target, (1, 1))
    assert write_atomic(target, b"1") is False and target.stat().st_mtime == 1
    assert write_atomic(target, b"2") is True
    assert target.read_bytes() == b"2" and mode(target) == 0o600  # the mode it had
    assert sorted(p.name for p in target.parent.iterdir()) == ["x.json"]


def test_write_atomic_removes_its_temp_file_when_the_rename_fails(
    tmp_path: Path, monkeypatch
) -> None:
    def refuse(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(PermissionError):
        write_atomic(tmp_path / "x.json", b"1")
    assert list(tmp_path.iterdir()) == []


def test_clean_temps_removes_ours_and_legacy_ones_of_our_names(tmp_path: Path) -> None:
    for name in (
        ".feed.xml.feeds-abcd1234.tmp",  # ours
        ".other.html.feeds-abcd1234.tmp",  # ours, whatever the name
        ".feed.xml.abcd1234.tmp",  # an older build's, of a name we publish
        ".theirs.xml.abcd1234.tmp",  # an older build's? not of our names: stays
        ".feed.xml.feeds-abc.tmp",  # not the pattern: stays
        "feed.xml.feeds-abcd1234.tmp",  # not hidden: stays
    ):
        (tmp_path / name).write_text("x")
    (tmp_path / ".dir.feeds-abcd1234.tmp").mkdir()  # a folder: stays
    assert clean_temps(tmp_path, ["feed.xml"]) == [
        ".feed.xml.abcd1234.tmp",
        ".feed.xml.feeds-abcd1234.tmp",
        ".other.html.feeds-abcd1234.tmp",
    ]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        ".dir.feeds-abcd1234.tmp",
        ".feed.xml.feeds-abc.tmp",
        ".theirs.xml.abcd1234.tmp",
        "feed.xml.feeds-abcd1234.tmp",
    ]
    assert clean_temps(tmp_path / "missing") == []


def test_a_held_lock_is_an_error_once_the_wait_is_over(tmp_path: Path) -> None:
    fd = os.open(tmp_path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # another build publishing here
        with pytest.raises(PublishError) as raised, output_lock(tmp_path, wait=0):
            pass
    finally:
        os.close(fd)
    assert str(raised.value) == (
        f"{tmp_path}: another feeds build is publishing here; nothing written, "
        "the last outputs stay"
    )
    with output_lock(tmp_path, wait=0):  # released: taken at once
        pass


def test_a_lock_on_a_missing_folder_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(PublishError) as raised, output_lock(tmp_path / "missing"):
        pass
    assert (
        str(raised.value) == f"{tmp_path / 'missing'}: No such file or directory; nothing written"
    )


def test_out_folders_that_cannot_be(tmp_path: Path) -> None:
    with pytest.raises(PublishError, match="will not publish into the file system root"):
        publish({"a.xml": b"A"}, Path("/"))
    (tmp_path / "file").write_text("x")
    with pytest.raises(PublishError) as raised:
        publish({"a.xml": b"A"}, tmp_path / "file" / "out")
    assert str(raised.value) == f"{tmp_path / 'file' / 'out'}: Not a directory; nothing written"


def test_an_error_without_a_reason_is_named_by_its_kind(tmp_path: Path, monkeypatch) -> None:
    def bare(src, dst):
        raise OSError  # no errno, no strerror

    monkeypatch.setattr(os, "replace", bare)
    with pytest.raises(PublishError) as raised:
        publish({"a.xml": b"A"}, tmp_path)
    assert str(raised.value) == f"{tmp_path / 'a.xml'}: OSError; the next build completes the set"


def test_folders_are_made_at_any_depth(tmp_path: Path) -> None:
    out = tmp_path / "a" / "b"
    assert publish({"talks/x/y.ics": b"Y", "z.xml": b"Z"}, out) == (["talks/x/y.ics", "z.xml"], [])
    assert (out / "talks/x/y.ics").read_bytes() == b"Y"
    assert write_atomic(tmp_path / "c" / "d" / "e.json", b"E") is True


def test_publish_clears_stale_temps_in_every_output_folder(tmp_path: Path) -> None:
    (tmp_path / "talks").mkdir()
    stale = [
        "talks/.x.ics.feeds-abcd1234.tmp",  # ours, in a sub-folder
        ".a.xml.abcd1234.tmp",  # an older build's, of a name published here
        "talks/.x.ics.abcd1234.tmp",  # the same, in the sub-folder
    ]
    kept = [".z.xml.abcd1234.tmp", "talks/.a.xml.abcd1234.tmp"]  # names not published there
    for name in stale + kept:
        (tmp_path / name).write_text("half")
    publish({"a.xml": b"A", "talks/x.ics": b"X"}, tmp_path)
    found = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*.tmp"))
    assert found == sorted(kept)


def test_a_symlink_named_like_a_temp_is_left_alone(tmp_path: Path) -> None:
    (tmp_path / "real.txt").write_text("x")
    (tmp_path / ".a.xml.feeds-abcd1234.tmp").symlink_to(tmp_path / "real.txt")
    assert clean_temps(tmp_path) == []
    assert (tmp_path / ".a.xml.feeds-abcd1234.tmp").is_symlink()


def test_a_journal_naming_a_target_outside_is_not_followed(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / ".a.xml.feeds-abcdefgh.tmp").write_text("payload")
    (out / JOURNAL_NAME).write_text('{"../escaped.xml": ".a.xml.feeds-abcdefgh.tmp"}')
    publish({"a.xml": b"A"}, out)
    assert not (tmp_path / "escaped.xml").exists()
    assert sorted(p.name for p in out.iterdir()) == ["a.xml"]


def test_a_journal_that_cannot_be_written_is_named(tmp_path: Path, monkeypatch) -> None:
    def refuse(path: Path, data: bytes) -> bool:
        raise OSError(13, "Permission denied")

    monkeypatch.setattr("feeds.publish.write_atomic", refuse)
    with pytest.raises(PublishError) as raised:
        publish({"a.xml": b"A", "b.xml": b"B"}, tmp_path)
    assert str(raised.value) == (
        f"{tmp_path / JOURNAL_NAME}: Permission denied; nothing written, the last outputs stay"
    )
    assert list(tmp_path.iterdir()) == []


def test_an_out_that_is_a_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("x")
    with pytest.raises(PublishError) as raised:
        publish({"a.xml": b"A"}, tmp_path / "out")
    assert str(raised.value) == f"{tmp_path / 'out'}: not a folder (--out / the 'out' setting)"
