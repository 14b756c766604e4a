"""A Jekyll (al-folio) site as content: _config.yml defaults, homepage, archive pages, merge."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner

from feeds.build import build, load_site
from feeds.cli import main
from feeds.config import load_settings
from feeds.diagnostics import Reporter
from feeds.inputs.jekyll import (
    collection_permalink,
    expand_permalink,
    find_homepage,
    jekyll_defaults,
)
from feeds.inputs.site_config import config_problems

from .conftest import JEKYLL_SITE

TODAY = dt.date(2022, 11, 20)
ROOT = "https://ada.example.org/site/"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    """A copy of the fixture site (builds never touch the repository)."""
    return Path(shutil.copytree(JEKYLL_SITE, tmp_path / "site"))


def line_of(path: Path, needle: str) -> int:
    return next(i for i, line in enumerate(path.read_text().splitlines(), 1) if needle in line)


def test_config_yml_gives_the_site_settings(site: Path):
    assert jekyll_defaults(site) == {
        "site_url": "https://ada.example.org/site",
        "author": "Ada Lovelace",
        "title": "Ada Lovelace — news",  # al-folio's "title: blank" means the full name
        "description": "Notes on the Analytical Engine.",
        "email": "ada@example.org",
        "language": "en-GB",
        "timezone": "Europe/London",
    }


def test_config_variants(tmp_path: Path):
    (tmp_path / "_config.yml").write_text(
        "title: My <b>Lab</b>\nauthor:\n  name: Grace Hopper\n  email: grace@example.org\n"
        "url: https://lab.example.org/\nbaseurl: /\n"
    )
    assert jekyll_defaults(tmp_path) == {
        "site_url": "https://lab.example.org",
        "author": "Grace Hopper",
        "title": "My Lab — news",
        "email": "grace@example.org",
    }
    (tmp_path / "_config.yml").write_text("first_name: Alan\nlast_name: Turing\n")
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "socials.yml").write_text("email: alan@example.org\n")
    assert jekyll_defaults(tmp_path)["email"] == "alan@example.org"  # newer al-folio
    (tmp_path / "_config.yml").write_text("{not yaml: [")  # left out, with a warning
    assert jekyll_defaults(tmp_path) == {}  # (an error in issue 9, a warning since issue 8)
    [problem] = config_problems(tmp_path)
    assert (Path(problem.source).name, problem.line) == ("_config.yml", 1)
    assert problem.message.startswith("not valid YAML")
    assert jekyll_defaults(tmp_path / "nowhere") == {}


def test_settings_precedence_cli_over_toml_over_config_yml(site: Path):
    (site / "feeds.toml").write_text('author = "From Toml"\ntimezone = "America/Chicago"\n')
    settings = load_settings(site, {"author": "From CLI", "email": None}, jekyll_defaults(site))
    assert settings.author == "From CLI"  # CLI beats feeds.toml
    assert settings.timezone == "America/Chicago"  # feeds.toml beats _config.yml
    assert settings.email == "ada@example.org"  # _config.yml beats the built-in default
    assert settings.site_url == "https://ada.example.org/site"

    out = site.parent / "out"
    result = CliRunner().invoke(
        main,
        [
            "build",
            "--content",
            str(site),
            "--out",
            str(out),
            "--now",
            "2022-11-20",
            "--author",
            "From CLI",
            "-q",
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    assert feedparser.parse((out / "atom.xml").read_bytes()).feed.author.startswith("From CLI")


def test_homepage_discovery(tmp_path: Path):
    assert find_homepage(JEKYLL_SITE) == JEKYLL_SITE / "_pages" / "about.md"
    assert find_homepage(tmp_path) is None
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_pages" / "home.md").write_text("---\npermalink: /\n---\n")
    assert find_homepage(tmp_path) == tmp_path / "_pages" / "home.md"
    (tmp_path / "about.md").write_text("# About\n")
    assert find_homepage(tmp_path) == tmp_path / "about.md"
    (tmp_path / "index.md").write_text("# Home\n")
    assert find_homepage(tmp_path) == tmp_path / "index.md"


def test_a_multilingual_site_reads_its_default_language(tmp_path: Path):
    """jekyll-polyglot (al-folio's i18n): pages per language under ``_pages/<lang>/``."""
    config = 'url: "https://example.org"\nlanguages: ["fr", "en-us"]\ndefault_lang: "en-us"\n'
    (tmp_path / "_config.yml").write_text(config)
    for lang, news, when in (("en-us", "Gave a talk in Lyon", "Mar 2, 2024"),
                             ("fr", "Exposé à Lyon", "2 mars 2024")):  # fmt: skip
        folder = tmp_path / "_pages" / lang
        folder.mkdir(parents=True)
        (folder / "about.md").write_text(f"---\npermalink: /\n---\n## News\n\n- {news} ({when})\n")
    assert find_homepage(tmp_path) == tmp_path / "_pages" / "en-us" / "about.md"
    result = CliRunner().invoke(main, ["list", "--json", "--content", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert [(i["title"], i["start"], i["language"]) for i in json.loads(result.stdout)] == [
        ("Gave a talk in Lyon", "2024-03-02", "en"),  # the root: the language setting
        ("Exposé à Lyon", "2024-03-02", "fr"),  # then each other's (its own feeds)
    ]
    (tmp_path / "_config.yml").write_text(config.replace('"en-us"\n', '"../x"\n'))
    assert find_homepage(tmp_path) == tmp_path / "_pages" / "fr" / "about.md"  # never "../x"


def test_collection_permalinks():
    assert collection_permalink({"permalink": "/blog/:year/:title/"}, "news") == "/news/:path/"
    assert collection_permalink({}, "news") == "/news/:path/"
    assert collection_permalink({"permalink": "date"}, "news") == "/news/:path:output_ext"
    config = {"collections": {"news": {"output": True, "permalink": "/updates/:title.html"}}}
    assert collection_permalink(config, "news") == "/updates/:title.html"
    day = dt.date(2022, 3, 4)
    assert expand_permalink("/news/:path:output_ext", {"path": "a/b"}, day) == "/news/a/b.html"
    assert expand_permalink(":year/:i_month/:slug/", {"slug": "x"}, day) == "/2022/3/x/"


def test_every_input_is_read_and_merged(site: Path):
    reporter = Reporter(quiet=True)
    loaded = load_site(site, today=TODAY, reporter=reporter)
    about, oxford = site / "_pages" / "about.md", site / "_pages" / "oxford.md"
    assert loaded.page_path == about and loaded.page.meta["permalink"] == "/"
    by_title = {e.title: e for e in loaded.events}
    assert len(loaded.events) == 10 and len({e.id for e in loaded.events}) == 10

    # the homepage list, in page order, first
    assert [e.title for e in loaded.events[:3]] == [
        "Engine Society",
        "Babbage Seminar",
        "Sketch of the Analytical Engine",
    ]
    assert [e.section for e in loaded.events[:3]] == ["upcoming", "past", "past"]
    # the archive page (linked by permalink, no news heading): section "archive"
    royal = by_title["Royal Society"]
    assert royal.source.endswith("oxford.md") and royal.section == "archive"
    assert royal.line == line_of(oxford, "Royal Society")
    assert by_title["Joined the Oxford engine group"].span.start_iso == "2015-10"
    # _news items, newest first; the one repeating a homepage item is merged away
    news = [e for e in loaded.events if e.section == "news"]
    assert [e.span.start.isoformat() for e in news] == [
        "2022-11-02",
        "2022-09-01",
        "2022-08-15",
        "2022-07-02",
        "2021-12-01",
    ]
    babbage = [e for e in loaded.events if "Babbage" in e.title]
    assert len(babbage) == 1 and babbage[0].source.endswith("about.md")
    merged = [p for p in reporter.problems if "merged" in p.message]
    assert len(merged) == 1 and merged[0].source.endswith("announcement_5.md")
    assert f"about.md:{line_of(about, 'Babbage Seminar')}" in merged[0].message
    # archive links that are not pages of the site are notes, not errors
    notes = [p.message for p in reporter.problems if p.severity == "info"]
    assert any("Cambridge years" in m for m in notes)
    assert any("old.example.org" in m for m in notes)
    assert not reporter.errors and not reporter.warnings


def test_jekyll_site_builds_end_to_end(site: Path, tmp_path: Path):
    result = build(site, tmp_path / "out", today=TODAY)
    out = result.out_dir
    assert {"feed.xml", "atom.xml"} <= set(result.written)
    for name in ("feed.xml", "atom.xml"):
        parsed = feedparser.parse((out / name).read_bytes())
        assert parsed.bozo == 0, parsed.get("bozo_exception")
        assert parsed.feed.title == "Ada Lovelace — news"
        assert len(parsed.entries) == 10
        links = {e.link for e in parsed.entries}
        assert f"{ROOT}news/announcement_3/" in links  # a post, at its al-folio permalink
        assert f"{ROOT}news/group-founded/" in links  # an explicit permalink
        assert f"{ROOT}lab/" in links  # a relative link of an inline item, made absolute
        titles = {e.title for e in parsed.entries}
        assert any(t.endswith("Our engine notes won the Menabrea prize") for t in titles)
    feed = json.loads((out / "feed.json").read_text())
    assert len(feed["items"]) == 10
    # a second build changes nothing
    again = build(site, tmp_path / "out", today=TODAY)
    assert again.written == []
