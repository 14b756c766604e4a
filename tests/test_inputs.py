"""Reading the site: text decoding, YAML and TOML front matter, unreadable files."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
from pathlib import Path

import feedparser
import pytest

from feeds.build import load_site

from .conftest import JEKYLL_SITE, write_site

LATIN1 = "Café Lumière".encode("latin-1")  # é is 0xe9: not UTF-8


def feeds_build(content: Path, out: Path) -> subprocess.CompletedProcess[str]:
    """``feeds build`` as a user runs it (a separate process: stderr as printed)."""
    return subprocess.run(
        [sys.executable, "-m", "feeds", "build", "--content", str(content), "--out", str(out)],
        capture_output=True,
        text=True,
        check=False,
        env={"FEEDS_OFFLINE": "1", "PATH": "/usr/bin:/bin"},
    )


def assert_one_line_error(result: subprocess.CompletedProcess[str], name: str, out: Path) -> None:
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert "Traceback" not in result.stderr
    errors = [line for line in lines if line.startswith("error:")]
    assert len(errors) == 1, result.stderr
    assert name in errors[0] and "UTF-8" in errors[0], errors[0]
    assert not out.exists() or not any(out.iterdir())  # nothing written


def test_a_homepage_that_is_not_utf8_is_a_one_line_error(make_site, tmp_path: Path) -> None:
    site = make_site("- **Talk** at the lab (Nov 3, 2022)")
    page = site / "index.md"
    page.write_bytes(page.read_bytes() + b"\n- " + LATIN1 + b" (Nov 4, 2022)\n")
    result = feeds_build(site, tmp_path / "out")
    assert_one_line_error(result, "index.md", tmp_path / "out")
    last = page.read_bytes().count(b"\n")  # the bad line is the last one
    assert f"index.md:{last}:" in result.stderr


def test_a_news_item_that_is_not_utf8_is_a_one_line_error(tmp_path: Path) -> None:
    site = Path(shutil.copytree(JEKYLL_SITE, tmp_path / "site"))
    (site / "_news" / "bad.md").write_bytes(b"---\ndate: 2022-11-05\n---\n" + LATIN1 + b"\n")
    result = feeds_build(site, tmp_path / "out")
    assert_one_line_error(result, "bad.md", tmp_path / "out")


def test_a_feeds_toml_that_is_not_utf8_is_a_one_line_error(make_site, tmp_path: Path) -> None:
    site = make_site("- **Talk** at the lab (Nov 3, 2022)")
    (site / "feeds.toml").write_bytes(b'author = "' + LATIN1 + b'"\n')
    result = feeds_build(site, tmp_path / "out")
    assert_one_line_error(result, "feeds.toml", tmp_path / "out")


def test_hugo_toml_front_matter(tmp_path: Path) -> None:
    site = write_site(tmp_path / "site", "- **Talk** at the lab (Nov 3, 2022)")
    page = site / "index.md"
    body = page.read_text(encoding="utf-8").split("---\n", 2)[2]
    page.write_text('+++\ntitle = "Hugo Person"\ndraft = false\n+++\n' + body, encoding="utf-8")
    item_line = (
        page.read_text(encoding="utf-8").splitlines().index("- **Talk** at the lab (Nov 3, 2022)")
    )
    loaded = load_site(site, today=dt.date(2022, 11, 10))
    assert loaded.page.meta == {"title": "Hugo Person", "draft": False}
    assert [e.line for e in loaded.events] == [item_line + 1]
    out = tmp_path / "out"
    result = feeds_build(site, out)
    assert result.returncode == 0, result.stderr
    feed = feedparser.parse((out / "feed.xml").read_bytes())
    assert feed.feed.title == "Hugo Person — news"


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_bom_and_old_newlines_keep_line_numbers(tmp_path: Path, newline: str) -> None:
    site = write_site(tmp_path / "site", "- **Talk** at the lab (Nov 3, 2022)\n- Second (2021)")
    page = site / "index.md"
    lines = page.read_text(encoding="utf-8").splitlines()
    page.write_bytes(b"\xef\xbb\xbf" + newline.join(lines).encode("utf-8"))
    loaded = load_site(site, today=dt.date(2022, 11, 10))
    assert loaded.page.meta == {"title": "Test Person"}
    expected = [i for i, line in enumerate(lines, 1) if line.startswith("- ")]
    assert [e.line for e in loaded.events] == expected
