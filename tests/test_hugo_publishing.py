"""A Hugo site shows the pages Hugo builds on the day it is built (``--now``): not a
news page published later (``publishDate``, else ``date``) unless ``buildFuture =
true``, not one whose ``expiryDate`` has passed unless ``buildExpired = true``, not a
draft (:mod:`feeds.inputs.hugo_publishing`). A count on the homepage's list (``first
3``) leaves the rest on the news section's own page, which lists them all.
Sites written for these tests; items read back from ``feeds list --json``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import NOW, write

CONFIG = 'baseURL = "https://ana.example.org/"\ntitle = "Owl Lab"\n'
HOME = "---\ntitle: Owl Lab\n---\nWe count owls.\n"


def page(title: str, front: str) -> str:
    return f'---\ntitle: "{title}"\n{front}---\n\nMore about it.\n'


PAGES = {  # the day of the build is 2026-11-26
    "dated before the build": (page("Owl census began", "date: 2026-03-02\n"), True),
    "dated the build's day": (page("Barn owl chicks hatched", "date: 2026-11-26\n"), True),
    "dated after the build": (page("Owl night walk", "date: 2026-12-05\n"), False),
    "a time later on a later day": (page("Winter count", "date: 2027-01-10T18:00:00Z\n"), False),
    "published later, dated before": (
        page("Owl report out", "date: 2026-01-01\npublishDate: 2026-12-01\n"), False
    ),
    "dated later, published before (an upcoming event)": (
        page("Talk on owl calls", "date: 2027-02-01\npublishDate: 2026-01-05\n"), True
    ),
    "expired before the build": (
        page("Volunteers wanted", "date: 2026-02-02\nexpiryDate: 2026-06-30\n"), False
    ),
    "expiring after the build": (
        page("Owl cam online", "date: 2026-02-03\nexpiryDate: 2027-06-30\n"), True
    ),
    "a draft": (page("Owl poem", "date: 2026-02-04\ndraft: true\n"), False),
}  # fmt: skip


def _titles(site: Path, now: str = NOW) -> list[str]:
    result = feeds(
        "list", "--json", "--content", str(site), "--now", now,
        "--site-url", "https://ana.example.org/",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return [i["title"] for i in json.loads(result.stdout)]


def _site(root: Path, config: str = CONFIG, only: str | None = None) -> Path:
    chosen = {only: PAGES[only]} if only else PAGES
    files = {f"content/news/page{n}.md": text for n, (text, _) in enumerate(chosen.values())}
    return write(root, {"hugo.toml": config, "content/_index.md": HOME, **files})


@pytest.mark.parametrize("case", PAGES)
def test_a_news_page_is_read_when_hugo_builds_it_that_day(tmp_path: Path, case: str) -> None:
    text, built = PAGES[case]
    site = _site(tmp_path / "site")
    title = text.split('"')[1]
    assert (title in _titles(site)) is built


def test_the_site_may_build_the_future_and_the_expired(tmp_path: Path) -> None:
    config = CONFIG + "buildFuture = true\nbuildExpired = true\n"
    site = _site(tmp_path / "site", config)
    assert sorted(_titles(site)) == sorted(
        t.split('"')[1] for t, _ in PAGES.values() if "draft" not in t
    )


def test_a_later_page_comes_in_once_it_is_due(tmp_path: Path) -> None:
    site = _site(tmp_path / "site", only="published later, dated before")
    result = feeds(
        "build", "--content", str(site), "--out", str(tmp_path / "out"), "--now", NOW, "-v",
        "--site-url", "https://ana.example.org/",
    )  # fmt: skip
    assert "content/news/page0.md:1" in result.stderr and "2026-12-01" in result.stderr
    assert _titles(site, now="2026-12-01") == ["Owl report out"]


def test_the_sites_own_publish_date_keys(tmp_path: Path) -> None:
    """``[frontmatter] publishDate = ["date"]``: the page's date alone says when it is
    published (its ``publishDate`` field is not read)."""
    config = CONFIG + '[frontmatter]\npublishDate = ["date"]\n'
    site = _site(tmp_path / "site", config, only="published later, dated before")
    assert _titles(site) == ["Owl report out"]


def test_a_count_on_the_homepage_leaves_the_rest_on_the_news_page(tmp_path: Path) -> None:
    layout = (
        '{{ define "main" }}<h2>News</h2>{{ range first 2 (where .Site.RegularPages '
        '"Section" "news") }}<p>{{ .Title }}</p>{{ end }}{{ end }}'
    )
    days = ["2026-03-02", "2026-04-02", "2026-05-02", "2026-06-02"]
    files = {f"content/news/n{n}.md": page(f"Owl count {n}", f"date: {d}\n") for n, d in
             enumerate(days)}  # fmt: skip
    site = write(
        tmp_path / "site",
        {"hugo.toml": CONFIG, "content/_index.md": HOME, "layouts/index.html": layout, **files},
    )
    assert sorted(_titles(site)) == [f"Owl count {n}" for n in range(4)]
