"""Folders a build creates for its outputs are readable by everyone (``0755``) whatever the
umask, as the files in them are (README: "new ones are readable by everyone"): a file
``0644`` in a folder ``0700`` is still out of the web server's reach."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

PAGE = (
    "# Me\n\n## News\n\n"
    "- **Talk** Invited talk at MIT (Mar 3, 2026)\n"  # upcoming: talks/<name>.ics
    "- **Paper** Our paper was accepted (Jan 5, 2026)\n"
)


def test_new_output_folders_are_readable_by_others_whatever_the_umask(tmp_path: Path):
    content = tmp_path / "content"
    content.mkdir()
    (content / "feeds.toml").write_text('site_url = "https://example.org/"\n', encoding="utf-8")
    (content / "index.md").write_text(PAGE, encoding="utf-8")
    kept = tmp_path / "site"
    kept.mkdir(mode=0o750)
    os.chmod(kept, 0o750)  # a folder that was there: left as it is
    out = kept / "public" / "feeds"
    result = subprocess.run(
        [sys.executable, "-m", "feeds", "build", "--content", str(content), "--out", str(out)]
        + ["--now", "2026-02-01", "--offline", "-q"],
        capture_output=True,
        text=True,
        preexec_fn=lambda: os.umask(0o077),
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert [p.name for p in (out / "talks").iterdir()], "no per-talk calendar was written"
    for folder in (kept / "public", out, out / "talks"):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o755, folder
    assert stat.S_IMODE(kept.stat().st_mode) == 0o750
    for path in out.rglob("*"):
        if path.is_file():
            assert stat.S_IMODE(path.stat().st_mode) == 0o644, path
