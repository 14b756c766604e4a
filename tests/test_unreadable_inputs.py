"""Input the tool cannot read is an error naming it, never news silently lost.

The suite may run as root, for whom ``chmod 000`` changes nothing: an unreadable folder is
made by refusing ``os.scandir`` on it, as the kernel does for another user."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from .cli_run import feeds

NOW = "2025-02-01"


@pytest.fixture
def news_site(tmp_path: Path) -> Path:
    """A Jekyll site whose news is only its ``_news/`` collection, one item in a subfolder."""
    (tmp_path / "_config.yml").write_text("url: https://me.example.org\n", encoding="utf-8")
    (tmp_path / "index.md").write_text("---\ntitle: Me\n---\n\nHello.\n", encoding="utf-8")
    for folder, day, place in (
        ("_news", "2025-01-03", "MIT"),
        ("_news/2024", "2024-12-01", "Rice"),
    ):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "item.md").write_text(
            f"---\ndate: {day}\ninline: true\n---\nGave a talk at {place}.\n",
            encoding="utf-8",
        )
    return tmp_path


def _refuse_listing(monkeypatch: pytest.MonkeyPatch, folder: Path) -> None:
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:
        if Path(os.fsdecode(path)).resolve() == folder.resolve():
            raise PermissionError(errno.EACCES, "Permission denied", os.fsdecode(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)


def test_both_items_of_a_readable_collection_are_listed(news_site: Path):
    ran = feeds("list", "--content", str(news_site), "--now", NOW)
    assert ran.returncode == 0, ran.stderr
    assert "talk at MIT" in ran.stdout and "talk at Rice" in ran.stdout


@pytest.mark.parametrize("unreadable", ["_news", "_news/2024"])
def test_an_unreadable_news_folder_is_an_error_naming_it(
    news_site: Path, monkeypatch: pytest.MonkeyPatch, unreadable: str
):
    _refuse_listing(monkeypatch, news_site / unreadable)
    out = news_site / "out"
    ran = feeds("build", "--content", str(news_site), "--out", str(out), "--now", NOW)
    assert ran.returncode == 1, ran.stdout + ran.stderr
    (line,) = [x for x in ran.stderr.splitlines() if x.startswith("error:")]
    assert f"{unreadable}: cannot be read (Permission denied)" in line
    assert not out.exists() or not list(out.iterdir())  # nothing published without it
