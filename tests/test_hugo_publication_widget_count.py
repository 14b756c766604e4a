"""A Wowchemy ``pages`` widget kept as the homepage's news (``home/news.md``) that lists
the site's publications shows only its ``content.count`` newest ones: those are the
news, not every paper of the site (issue 8, scan16b cause E12). A widget over posts keeps
them all (the section's own page lists every post). Sites written here in our own words;
``feeds list --json`` read back with ``json``."""

from __future__ import annotations

from pathlib import Path

import pytest

from .hugo_sites import listed, write

CONFIG = 'baseURL = "https://ana.example.org/"\ntitle = "Ana"\n'
DAYS = ("2026-03-02", "2026-01-15", "2025-11-20")


def _widget(folder: str, count: str) -> str:
    return (
        f"---\nwidget: pages\nheadless: true\ntitle: Latest papers\ncontent:\n{count}"
        f"  page_type: {folder}\n---\n"
    )


ROWS = [
    # (the folder the widget lists, its count line, the days listed)
    ("publication", "  count: 2\n", DAYS[:2]),
    ("publications", "  count: 1\n", DAYS[:1]),
    ("publication", "  count: 0\n", DAYS),  # 0: every page, Wowchemy's reading
    ("publication", "", DAYS),  # no count
    ("publication", "  count: '2'\n", DAYS),  # no number
    ("post", "  count: 2\n", DAYS),  # posts: the section's page lists them all
]


@pytest.mark.parametrize(("folder", "count", "days"), ROWS)
def test_a_publications_widget_shows_its_count(
    tmp_path: Path, folder: str, count: str, days: tuple[str, ...]
) -> None:
    files = {"hugo.toml": CONFIG, "content/home/news.md": _widget(folder, count)}
    for n, day in enumerate(reversed(DAYS)):  # written oldest first
        files[f"content/{folder}/p{n}/index.md"] = (
            f"---\ntitle: Paper number {n}\ndate: {day}\n---\n"
        )
    items, ran = listed(write(tmp_path / "site", files))
    assert [i["start"] for i in items] == list(days), ran.stderr
