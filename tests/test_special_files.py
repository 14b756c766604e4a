"""Where a file is expected, a named pipe (or a folder) is never opened: opening a pipe
waits for a writer that never comes, and the build would hang without a word."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

PAGE = "# Me\n\n## News\n\n- **Jan 2025** Gave a talk at MIT.\n"


def _run(site: Path) -> subprocess.CompletedProcess:
    command = [sys.executable, "-m", "feeds", "list", "--content", str(site), "--offline"]
    return subprocess.run(command, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("make", ["pipe", "folder"])
def test_a_feeds_toml_that_is_no_file_is_an_error_not_a_hang(tmp_path: Path, make: str):
    (tmp_path / "index.md").write_text(PAGE, encoding="utf-8")
    if make == "pipe":
        os.mkfifo(tmp_path / "feeds.toml")
    else:
        (tmp_path / "feeds.toml").mkdir()
    ran = _run(tmp_path)  # raises TimeoutExpired when it hangs
    assert ran.returncode == 1
    assert (
        ran.stderr == f"error: {tmp_path / 'feeds.toml'}: not a file; its settings cannot be read\n"
    )
