"""Outputs change as one set or not at all: temp files, journal, lock, faults, kills.

Consistency is judged by independent parsers: the entry ids of feed.xml and atom.xml
(feedparser) and feed.json (json) must be the same set, i.e. come from one build.
"""

from __future__ import annotations

import errno
import json
import os
import random
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner

from feeds import publish as publish_module
from feeds.cli import main

FEEDS = [sys.executable, "-m", "feeds"]
NOW = "2026-11-26"


def page(folder: Path, word: str, n: int) -> Path:
    """A content folder whose ``n`` items all carry ``word`` in their title."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "feeds.toml").write_text('site_url = "https://example.org/"\nid_date = "2020"\n')
    items = "\n".join(
        f"- {word} item number {i} at Place {i} ({['Jan', 'Mar', 'May'][i % 3]} {1 + i % 27}, "
        f"{2000 + i % 25})"
        for i in range(n)
    )
    (folder / "index.md").write_text(f"# Me\n\n## News\n\n{items}\n", encoding="utf-8")
    return folder


def ids_of(out: Path) -> tuple[set[str], set[str], set[str]]:
    rss = {e.id for e in feedparser.parse((out / "feed.xml").read_bytes()).entries}
    atom = {e.id for e in feedparser.parse((out / "atom.xml").read_bytes()).entries}
    jsonfeed = {i["id"] for i in json.loads((out / "feed.json").read_text())["items"]}
    return rss, atom, jsonfeed


def words_of(out: Path) -> set[str]:
    """Which build each of the three feeds comes from (its items' first word)."""
    found = set()
    for entry in feedparser.parse((out / "feed.xml").read_bytes()).entries:
        found.add(("rss", entry.title.split()[0]))
    for entry in feedparser.parse((out / "atom.xml").read_bytes()).entries:
        found.add(("atom", entry.title.split()[0]))
    for item in json.loads((out / "feed.json").read_text())["items"]:
        found.add(("json", item["title"].split()[0]))
    return {word for _, word in found}


def temps(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*.tmp"))


def build(content: Path, out: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*FEEDS, "build", "--content", str(content), "--out", str(out), "--now", NOW, "-q", *extra],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_failure_while_writing_leaves_the_last_outputs(tmp_path, monkeypatch):
    out = tmp_path / "out"
    first = page(tmp_path / "a", "Alpha", 5)
    second = page(tmp_path / "b", "Beta", 5)
    runner = CliRunner()
    args = ["build", "--out", str(out), "--now", NOW, "-q", "--content"]
    assert runner.invoke(main, [*args, str(first)]).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    real_fsync, calls = os.fsync, []

    def full_disk(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 3:  # the third temp file: some are written, some not
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", full_disk)
    result = runner.invoke(main, [*args, str(second)])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "disk full" in lines[0] and "last outputs stay" in lines[0]
    assert "Traceback" not in result.stderr
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert temps(out) == []


def test_permission_denied_is_one_line(tmp_path, monkeypatch):
    out = tmp_path / "out"
    content = page(tmp_path / "a", "Alpha", 3)

    def denied(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(publish_module.tempfile, "mkstemp", denied)
    result = CliRunner().invoke(main, ["build", "--content", str(content), "--out", str(out)])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "Permission denied" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("where", ["file", "root"])
def test_out_that_is_not_a_folder(tmp_path, where):
    content = page(tmp_path / "a", "Alpha", 3)
    target = tmp_path / "a-file"
    target.write_text("mine")
    out = str(target) if where == "file" else "/"
    result = build(content, Path(out))
    assert result.returncode == 1, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    assert target.read_text() == "mine"
    assert not Path("/feed.xml").exists() or where == "file"


def test_a_kill_between_renames_is_completed_by_the_next_build(tmp_path, monkeypatch):
    """A build killed after some renames leaves a journal; the next build rolls it forward."""
    out = tmp_path / "out"
    runner = CliRunner()
    args = ["build", "--out", str(out), "--now", NOW, "-q", "--content"]
    assert runner.invoke(main, [*args, str(page(tmp_path / "a", "Alpha", 5))]).exit_code == 0

    real_replace, calls = os.replace, []

    def killed(src, dst):
        calls.append(dst)
        if len(calls) == 3:
            raise KeyboardInterrupt  # as a kill: nothing after this runs
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", killed)
    beta = page(tmp_path / "b", "Beta", 5)
    runner.invoke(main, [*args, str(beta)])
    monkeypatch.setattr(os, "replace", real_replace)
    assert (out / ".feeds.journal").exists()
    assert words_of(out) == {"Alpha", "Beta"}  # mixed: what the journal is for

    gamma = page(tmp_path / "c", "Gamma", 4)
    # The next build, even of other content, first completes the interrupted set.
    monkeypatch.setattr(publish_module, "_publish_locked", _only_roll_forward)
    assert runner.invoke(main, [*args, str(gamma)]).exit_code == 0
    assert words_of(out) == {"Beta"}
    assert not (out / ".feeds.journal").exists() and temps(out) == []


def _only_roll_forward(outputs, out_dir):
    publish_module._roll_forward(out_dir)
    return [], []


def test_stale_temp_files_are_removed(tmp_path):
    content = page(tmp_path / "a", "Alpha", 3)
    out = tmp_path / "out"
    out.mkdir()
    left = [".feed.xml.feeds-ab12cd_9.tmp", ".atom.xml.x1y2z3w4.tmp"]
    for name in left:
        (out / name).write_text("half")
    (out / ".mine.abcdefgh.tmp").write_text("not ours")  # another tool's: stays
    (content / ".arxiv.json.feeds-q1w2e3r4.tmp").write_text("{")
    assert build(content, out).returncode == 0
    assert temps(out) == [".mine.abcdefgh.tmp"]
    assert temps(content) == []


def test_outputs_are_readable_by_others_whatever_the_umask(tmp_path):
    content = page(tmp_path / "a", "Alpha", 3)
    out = tmp_path / "out"
    result = subprocess.run(
        [*FEEDS, "build", "--content", str(content), "--out", str(out), "-q"],
        capture_output=True,
        text=True,
        preexec_fn=lambda: os.umask(0o077),
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    files = [p for p in out.rglob("*") if p.is_file()]
    assert files
    for path in files:
        assert path.stat().st_mode & stat.S_IROTH, f"{path.name} is not readable by others"


def test_a_replaced_file_keeps_its_mode(tmp_path):
    first, second = page(tmp_path / "a", "Alpha", 3), page(tmp_path / "b", "Beta", 3)
    out = tmp_path / "out"
    assert build(first, out).returncode == 0
    os.chmod(out / "feed.xml", 0o664)
    assert build(second, out).returncode == 0
    assert "Beta" in (out / "feed.xml").read_text()
    assert stat.S_IMODE((out / "feed.xml").stat().st_mode) == 0o664


def test_concurrent_builds_leave_one_consistent_set(tmp_path):
    first, second = page(tmp_path / "a", "Alpha", 400), page(tmp_path / "b", "Beta", 400)
    out = tmp_path / "out"
    command = [*FEEDS, "build", "--out", str(out), "--now", NOW, "-q", "--content"]
    procs = [
        subprocess.Popen([*command, str(c)], stderr=subprocess.PIPE, text=True)
        for c in (first, second, first, second)
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    rss, atom, jsonfeed = ids_of(out)
    assert rss == atom == jsonfeed and len(words_of(out)) == 1
    assert temps(out) == []


def test_kills_at_random_points_never_mix_builds(tmp_path):
    """SIGKILL at random moments of ~1 s builds, alternating two inputs (seeded)."""
    rng = random.Random(20261126)
    contents = [page(tmp_path / "a", "Alpha", 1500), page(tmp_path / "b", "Beta", 1500)]
    out = tmp_path / "out"
    started = time.monotonic()
    assert build(contents[0], out).returncode == 0
    took = time.monotonic() - started  # kills fall anywhere, half of them near the end
    command = [*FEEDS, "build", "--out", str(out), "--now", NOW, "-q", "--content"]
    for round_ in range(12):
        proc = subprocess.Popen([*command, str(contents[round_ % 2])], stderr=subprocess.DEVNULL)
        low = 0.1 if round_ % 2 else 0.8
        time.sleep(took * rng.uniform(low, 1.05))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
        if not (out / ".feeds.journal").exists():  # else: mid-rename, rolled forward next
            rss, atom, jsonfeed = ids_of(out)
            assert rss == atom == jsonfeed, f"round {round_}: mixed set"
            assert len(words_of(out)) == 1
    assert build(contents[1], out).returncode == 0
    assert words_of(out) == {"Beta"} and temps(out) == []
    assert not (out / ".feeds.journal").exists()
