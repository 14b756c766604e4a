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


def test_a_pipe_in_the_news_collection_is_never_opened(tmp_path: Path):
    """Jekyll reads ``_news/2025-01-03-talk`` (no extension) when it opens with front
    matter; finding that out must not open what is not a file."""
    (tmp_path / "_config.yml").write_text("url: https://me.example.org\n", encoding="utf-8")
    (tmp_path / "index.md").write_text("---\ntitle: Me\n---\n\nHello.\n", encoding="utf-8")
    (tmp_path / "_news").mkdir()
    (tmp_path / "_news" / "2025-01-03-talk").write_text(
        "---\ndate: 2025-01-03\ninline: true\n---\nGave a talk at MIT.\n", encoding="utf-8"
    )
    os.mkfifo(tmp_path / "_news" / "2025-01-04-pipe")
    ran = _run(tmp_path)  # raises TimeoutExpired when it hangs
    assert ran.returncode == 0, ran.stderr
    assert "Gave a talk at MIT" in ran.stdout


def test_an_arxiv_cache_that_is_a_pipe_is_left_alone_not_waited_for(tmp_path: Path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "feeds.toml").write_text('site_url = "https://me.example.org/"\n', encoding="utf-8")
    (site / "index.md").write_text(
        "# Me\n\n## News\n\n- **Jan 2025** Our paper [arXiv](https://arxiv.org/abs/2101.00001)\n",
        encoding="utf-8",
    )
    os.mkfifo(site / "arxiv.json")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "feeds", "build", "--content", str(site), "--out", str(out)]
    ran = subprocess.run(
        [*command, "--offline", "--now", "2025-02-01"], capture_output=True, text=True, timeout=120
    )  # raises TimeoutExpired when it hangs
    assert ran.returncode == 0, ran.stderr
    assert "arxiv.json: warning: cannot read the arXiv cache (not a file)" in ran.stderr
    assert (out / "feed.xml").is_file()
    assert not (site / "arxiv.json").is_file()  # left as it is


def test_a_pipe_among_the_pages_of_a_jekyll_site_is_never_opened(tmp_path: Path):
    """Looking for the news page in the site's folders reads each page's first bytes:
    never those of a pipe."""
    (tmp_path / "_config.yml").write_text("url: https://me.example.org\n", encoding="utf-8")
    (tmp_path / "menu").mkdir()
    os.mkfifo(tmp_path / "menu" / "a-pipe.md")
    (tmp_path / "menu" / "news.md").write_text(
        "---\ntitle: News\n---\n\n- **Jan 2025** Gave a talk at MIT.\n", encoding="utf-8"
    )
    ran = _run(tmp_path)  # raises TimeoutExpired when it hangs
    assert ran.returncode == 0, ran.stderr
    assert "Gave a talk at MIT" in ran.stdout
