"""Every language of a multilingual site gets its own feed set (issue 8): the default
language's at the output root, as ever; each other language with news of its own the
same files in ``<out>/<lang>/``, with its own self links, ids and ``language``; all of it
published as one set. ``--language`` still builds one language alone, at the root; the
``languages`` setting restricts the others. Sites written here in our own words
(``test_site_languages``); outputs read back with feedparser, json and icalendar.
"""

from __future__ import annotations

import json

import feedparser
import icalendar

from feeds.build import load_site
from feeds.diagnostics import BuildError, Reporter
from feeds.languages import language_sites

from .cli_run import feeds
from .test_site_languages import _hugo
from .test_site_languages import _polyglot as _polyglot_in


def _polyglot(folder):
    folder.mkdir(parents=True, exist_ok=True)
    return _polyglot_in(folder)


NOW = "2025-06-01"  # the talk of 2025-03-02 is in the calendar
ROOT_FILES = {
    "atom.xml", "feed.css", "feed.json", "feed.xml", "feed.xsl", "feeds-events.html",
    "feeds-head.html", "papers.xml", "subscribe.html", "talks.ics", "talks.xml",
}  # fmt: skip
ENGLISH = ["Gave a talk at the Widget Seminar", "Serving as program committee member of GearConf"]
FRENCH = ["Exposé au séminaire Widget", "Membre du comité de programme de GearConf"]


def _build(site, out, *options: str):
    ran = feeds("build", "--now", NOW, "--content", str(site), "--out", str(out), *options)
    assert ran.returncode == 0, ran.stderr
    return ran


def _files(folder) -> set[str]:
    return {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}


def _feed(path):
    feed = feedparser.parse(path.read_bytes())
    assert not feed.bozo, feed.bozo_exception
    return feed


def _self_link(feed) -> str:
    return next(link.href for link in feed.feed.links if link.rel == "self")


def test_polyglot_site_gets_a_feed_set_per_language(tmp_path):
    out = tmp_path / "out"
    _build(_polyglot(tmp_path / "site"), out)
    assert _files(out) == ROOT_FILES | {f"fr/{name}" for name in ROOT_FILES}
    root, french = _feed(out / "feed.xml"), _feed(out / "fr" / "feed.xml")
    assert [e.title for e in root.entries] == ENGLISH
    assert [e.title for e in french.entries] == FRENCH
    assert _self_link(root) == "https://a.example.org/feed.xml"
    assert _self_link(french) == "https://a.example.org/fr/feed.xml"
    assert (root.feed.language, french.feed.language) == ("en", "fr")
    assert not {e.id for e in root.entries} & {e.id for e in french.entries}
    atom = _feed(out / "fr" / "atom.xml")
    assert [e.title for e in atom.entries] == FRENCH
    data = json.loads((out / "fr" / "feed.json").read_text(encoding="utf-8"))
    assert data["feed_url"] == "https://a.example.org/fr/feed.json"
    assert [item["title"] for item in data["items"]] == FRENCH
    for ics, title in ((out / "talks.ics", ENGLISH[0]), (out / "fr" / "talks.ics", FRENCH[0])):
        events = icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
        assert [str(e["SUMMARY"]) for e in events] == [title]


def test_hugo_site_gets_a_feed_set_per_language_tree(tmp_path):
    out = tmp_path / "out"
    _build(_hugo(tmp_path), out)
    assert _files(out) == ROOT_FILES | {f"ko/{name}" for name in ROOT_FILES}
    root, korean = _feed(out / "feed.xml"), _feed(out / "ko" / "feed.xml")
    assert [e.title for e in root.entries] == ["Paper accepted to WidgetConf 2026"]
    assert [e.title for e in korean.entries] == ["WidgetConf 2026 논문 게재 승인"]
    assert _self_link(korean) == "https://a.example.org/ko/feed.xml"
    assert (root.feed.language, korean.feed.language) == ("en", "ko")


def test_a_language_with_its_own_base_url_keeps_it(tmp_path):
    site = _hugo(tmp_path)
    languages = site / "config" / "_default" / "languages.toml"
    languages.write_text(
        languages.read_text(encoding="utf-8") + '  baseURL = "https://ko.example.org/"\n',
        encoding="utf-8",
    )
    _build(site, tmp_path / "out")
    korean = _feed(tmp_path / "out" / "ko" / "feed.xml")
    assert _self_link(korean) == "https://ko.example.org/feed.xml"


def test_list_json_gives_every_language_with_its_language(tmp_path):
    ran = feeds("list", "--json", "--now", NOW, "--content", str(_polyglot(tmp_path)))
    assert ran.returncode == 0, ran.stderr
    listed = [(item["language"], item["title"]) for item in json.loads(ran.stdout)]
    assert listed == [("en", t) for t in ENGLISH] + [("fr", t) for t in FRENCH]


def test_language_option_builds_that_language_alone_at_the_root(tmp_path):
    out = tmp_path / "out"
    _build(_polyglot(tmp_path / "site"), out, "--language", "fr")
    assert _files(out) == ROOT_FILES
    root = _feed(out / "feed.xml")
    assert [e.title for e in root.entries] == FRENCH
    assert root.feed.language == "fr"
    ran = feeds(
        "list", "--json", "--now", NOW, "--content", str(tmp_path / "site"), "--language", "fr"
    )
    assert [item["language"] for item in json.loads(ran.stdout)] == ["fr", "fr"]
    _build(tmp_path / "site", tmp_path / "en", "--language", "en")  # the default alone too
    assert _files(tmp_path / "en") == ROOT_FILES
    (tmp_path / "site" / "feeds.toml").write_text('language = "en"\n', encoding="utf-8")
    _build(tmp_path / "site", tmp_path / "en-toml")
    assert _files(tmp_path / "en-toml") == ROOT_FILES


def test_languages_setting_restricts_the_other_languages(tmp_path):
    site = _polyglot(tmp_path / "site")
    (site / "feeds.toml").write_text('languages = ["en"]\n', encoding="utf-8")
    out = tmp_path / "out"
    _build(site, out)
    assert _files(out) == ROOT_FILES
    assert [e.title for e in _feed(out / "feed.xml").entries] == ENGLISH


def test_a_language_without_news_of_its_own_gets_no_feeds(tmp_path):
    site = _polyglot(tmp_path / "site")
    for name in ("2025-03-02-talk.md", "2024-11-20-chair.md"):  # French news gone: the
        (site / "_news" / "fr" / name).unlink()  # French homepage has no news of its own
    out = tmp_path / "out"
    ran = _build(site, out, "-v")
    assert _files(out) == ROOT_FILES
    assert "fr: info: language not built: no news of its own" in ran.stderr


def test_one_language_site_builds_the_files_it_always_built(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "_config.yml").write_text("title: A. Person\nurl: https://a.example.org\n")
    (site / "index.md").write_text(
        "# A. Person\n\n## News\n\n- **Mar 2, 2025** Gave a talk at the Widget Seminar.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    _build(site, out)
    assert _files(out) == ROOT_FILES
    feed = _feed(out / "feed.xml")
    assert [(e.title, e.id) for e in feed.entries] == [
        ("Gave a talk at the Widget Seminar", "tag:a.example.org,2000:2025-03-02")
    ]
    assert _self_link(feed) == "https://a.example.org/feed.xml"


def test_verbose_says_which_language_came_from_which_files(tmp_path):
    ran = _build(_polyglot(tmp_path / "site"), tmp_path / "out", "-v")
    said = [line for line in ran.stderr.splitlines() if "info: language " in line]
    assert len(said) == 2
    assert "'en'" in said[0] and "_news/en/2025-03-02-talk.md" in said[0]
    assert said[1].startswith("fr: ") and "_news/fr/2024-11-20-chair.md" in said[1]


def test_two_builds_are_byte_identical(tmp_path):
    site = _polyglot(tmp_path / "site")
    _build(site, tmp_path / "one")
    _build(site, tmp_path / "two")
    names = _files(tmp_path / "one")
    assert names == _files(tmp_path / "two")
    for name in names:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_every_language_is_published_as_one_set(tmp_path):
    site = _polyglot(tmp_path / "site")
    out = tmp_path / "out"
    _build(site, out)
    before = (out / "feed.xml").read_bytes()
    (out / "fr" / "atom.xml").unlink()
    (out / "fr" / "atom.xml").mkdir()  # the French set cannot be written
    news = site / "_news" / "en" / "2025-05-01-award.md"
    news.write_text("---\ndate: 2025-05-01\ninline: true\n---\nWon the Gear Award.\n")
    ran = feeds("build", "--now", NOW, "--content", str(site), "--out", str(out))
    assert ran.returncode == 1
    assert "fr/atom.xml" in ran.stderr and "nothing written" in ran.stderr
    assert (out / "feed.xml").read_bytes() == before  # the English set is not half new


def test_check_reads_every_language(tmp_path):
    site = _polyglot(tmp_path / "site")
    out = tmp_path / "out"
    ran = feeds("check", "--now", NOW, "--content", str(site), "--out", str(out))
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert [e.title for e in _feed(out / "fr" / "feed.xml").entries] == FRENCH


def test_a_language_tree_without_a_homepage_leaves_the_others_alone(tmp_path):
    site = _hugo(tmp_path)
    for page in (site / "content" / "ko" / "home").iterdir():
        page.unlink()
    (site / "content" / "ko" / "home").rmdir()
    (site / "content" / "ko" / "about.md").write_text("+++\ntitle = 'About'\n+++\nHi.\n")
    ran = _build(site, tmp_path / "out", "-v")
    assert _files(tmp_path / "out") == ROOT_FILES
    assert [e.title for e in _feed(tmp_path / "out" / "feed.xml").entries] == [
        "Paper accepted to WidgetConf 2026"
    ]
    assert "ko: info: language not built: no news of its own" in ran.stderr


def test_a_language_that_cannot_be_read_is_skipped_not_fatal(tmp_path):
    site = _polyglot(tmp_path / "site")

    def load(overrides, reporter):
        if overrides.get("language") == "fr":
            raise BuildError("_pages/fr/about.md: cannot be read")
        return load_site(site, overrides=overrides, reporter=reporter)

    reporter = Reporter(quiet=True)
    sites = language_sites(site, {}, load, reporter)
    assert [(code, [e.title for e in s.events]) for code, s in sites] == [("", ENGLISH)]
    assert ("fr", "language not built: _pages/fr/about.md: cannot be read") in [
        (p.source, p.message) for p in reporter.problems
    ]


def _news_pages(site):
    """A site with one hand-written HTML news page per language."""
    site.mkdir()
    (site / "_config.yml").write_text("title: A. Person\nurl: https://a.example.org\nlang: en\n")
    (site / "index.html").write_text("---\nlayout: default\nlang: en\n---\n<p>Hello.</p>\n")
    for name, lang, title, items in (
        ("news.html", "en", "News", ["Gave a talk at the Widget Seminar.", "Joined GearLab."]),
        (
            "news_ja.html",
            "ja",
            "ニュース",
            ["ウィジェット研究会で講演しました。", "ギア研究所に着任しました。"],
        ),
    ):
        rows = "".join(
            f"<li>{day} {text}</li>\n"
            for day, text in zip(("2025.03.02", "2024.10.01"), items, strict=True)
        )
        (site / name).write_text(
            f"---\nlayout: default\nlang: {lang}\npermalink: /{name}\n---\n"
            f"<h2>{title}</h2>\n<ul>\n{rows}</ul>\n",
            encoding="utf-8",
        )
    return site


def test_one_html_news_page_per_language_gets_a_feed_set_each(tmp_path):
    out = tmp_path / "out"
    _build(_news_pages(tmp_path / "site"), out)
    assert _files(out) == ROOT_FILES | {f"ja/{name}" for name in ROOT_FILES}
    root, japanese = _feed(out / "feed.xml"), _feed(out / "ja" / "feed.xml")
    assert [(e.title, e.published[:16]) for e in root.entries] == [
        ("Gave a talk at the Widget Seminar", "Sun, 02 Mar 2025"),
        ("Joined GearLab", "Tue, 01 Oct 2024"),
    ]
    assert [(e.title, e.published[:16]) for e in japanese.entries] == [
        ("ウィジェット研究会で講演しました。", "Sun, 02 Mar 2025"),
        ("ギア研究所に着任しました。", "Tue, 01 Oct 2024"),
    ]
    assert (_self_link(japanese), japanese.feed.language) == (
        "https://a.example.org/ja/feed.xml",
        "ja",
    )
