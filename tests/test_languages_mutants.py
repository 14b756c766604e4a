"""Which languages of a multilingual site are built, and what the build says about each
(``feeds/languages.py``; issue 14's mutation run, session 22). Sites written here in our
own words (jekyll-polyglot ``_news/<lang>/``); read in-process through
:func:`feeds.languages.language_sites` (each language's code, settings, item ids and the
messages it reports) and ``feeds build`` (what a user sees on standard error).
"""

from __future__ import annotations

from pathlib import Path

from feeds.build import load_site
from feeds.diagnostics import BuildError, Reporter
from feeds.languages import language_sites

from .cli_run import feeds
from .test_site_languages import _hugo

NOW = "2025-06-01"
NEWS_FILE = "---\nlayout: post\ndate: {date} 09:00:00-0400\ninline: true\n---\n{text}\n"


def polyglot(
    site: Path,
    news: dict[str, list[tuple[str, str]]],
    config: str = "",
    url: str = "url: https://a.example.org\n",
) -> Path:
    """A jekyll-polyglot site: ``news`` maps each language to its (date, text) items,
    the first language the default."""
    codes = list(news)
    site.mkdir(parents=True, exist_ok=True)
    (site / "_config.yml").write_text(
        f"title: A. Person\n{url}plugins:\n  - jekyll-polyglot\n"
        f"languages: {codes}\ndefault_lang: {codes[0]!r}\n"
        "collections:\n  news:\n    output: true\n" + config,
        encoding="utf-8",
    )
    for code, items in news.items():
        (site / "_pages" / code).mkdir(parents=True)
        (site / "_pages" / code / "about.md").write_text(
            "---\nlayout: about\ntitle: About\npermalink: /\nnews: true\n---\n\nHello.\n",
            encoding="utf-8",
        )
        (site / "_news" / code).mkdir(parents=True)
        for number, (date, text) in enumerate(items):
            (site / "_news" / code / f"{date}-item{number}.md").write_text(
                NEWS_FILE.format(date=date, text=text), encoding="utf-8"
            )
    return site


EN = [("2025-03-02", "Gave a talk at the Widget Seminar."), ("2024-11-20", "Joined GearLab.")]
FR = [("2025-03-02", "Exposé au séminaire Widget."), ("2024-11-20", "Arrivée à GearLab.")]
DE = [("2025-03-02", "Vortrag im Widget-Seminar."), ("2024-11-20", "Neu im GearLab.")]


def sites_of(site: Path, overrides: dict | None = None, reporter: Reporter | None = None):
    reporter = reporter or Reporter(quiet=True)

    def load(settings, into):
        return load_site(site, overrides=settings, reporter=into)

    return language_sites(site, overrides, load, reporter), reporter


def infos(reporter: Reporter) -> list[tuple[str, str]]:
    return [(p.source, p.message) for p in reporter.problems if p.severity == "info"]


def test_a_site_in_one_language_is_built_at_the_root_alone(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "_config.yml").write_text("title: A. Person\nurl: https://a.example.org\n")
    (site / "index.md").write_text(
        "# A. Person\n\n## News\n\n- **Mar 2, 2025** Gave a talk at the Widget Seminar.\n",
        encoding="utf-8",
    )
    sites, _ = sites_of(site)
    assert [(code, [e.title for e in s.events]) for code, s in sites] == [
        ("", ["Gave a talk at the Widget Seminar"])
    ]


def test_the_languages_setting_skips_a_language_and_builds_the_next(tmp_path):
    site = polyglot(tmp_path / "site", {"en": EN, "fr": FR, "de": DE})
    sites, reporter = sites_of(site, {"languages": ["de"]})
    assert [(code, s.settings.language) for code, s in sites] == [("", "en"), ("de", "de")]
    assert ("fr", "language not built (the 'languages' setting)") in infos(reporter)


def test_another_languages_warnings_are_said_once(tmp_path):
    """The French tree is read with a quiet reporter; its warnings reach the build's
    standard error once, forwarded."""
    site = polyglot(tmp_path / "site", {"en": EN, "fr": FR})
    (site / "_news" / "fr" / "an-undated-note.md").write_text(
        "---\nlayout: post\ninline: true\n---\nUn article sans date.\n", encoding="utf-8"
    )
    ran = feeds("build", "--now", NOW, "--content", str(site), "--out", str(tmp_path / "out"))
    assert ran.returncode == 0, ran.stderr
    said = [line for line in ran.stderr.splitlines() if "an-undated-note.md" in line]
    assert len(said) == 1, ran.stderr


def test_a_warning_every_language_gives_is_said_once(tmp_path):
    """The site's configuration is read again for each language: what it warns about is
    the same warning, said once."""
    site = polyglot(tmp_path / "site", {"en": EN, "fr": FR}, "email: me (at) example.org\n")
    ran = feeds("build", "--now", NOW, "--content", str(site), "--out", str(tmp_path / "out"))
    assert ran.returncode == 0, ran.stderr
    said = [line for line in ran.stderr.splitlines() if "(at)" in line]
    assert len(said) == 1, ran.stderr


def test_each_languages_items_have_ids_of_their_own(tmp_path):
    site = polyglot(tmp_path / "site", {"en": EN, "fr": FR})
    sites, _ = sites_of(site)
    assert [(code, [e.id for e in s.events]) for code, s in sites] == [
        ("", ["tag:a.example.org,2000:2025-03-02", "tag:a.example.org,2000:2024-11-20"]),
        ("fr", ["tag:a.example.org,2000:fr/2025-03-02", "tag:a.example.org,2000:fr/2024-11-20"]),
    ]
    assert [(code, s.settings.site_url) for code, s in sites] == [
        ("", "https://a.example.org"),
        ("fr", "https://a.example.org/fr"),
    ]


def test_verbose_says_where_each_languages_items_come_from(tmp_path, monkeypatch):
    """Three files named at most, sorted, then how many more (4 files, 3, 2)."""
    monkeypatch.chdir(tmp_path)  # file names relative to the working directory
    more = [
        ("2024-10-01", "Nouvelle un."),
        ("2024-10-02", "Nouvelle deux."),
    ]
    site = polyglot(
        tmp_path / "site", {"en": EN, "fr": FR + more, "de": DE + [("2025-01-10", "Neues Jahr.")]}
    )
    sites, reporter = sites_of(site)
    assert [code for code, _ in sites] == ["", "fr", "de"]
    said = [(source, text) for source, text in infos(reporter) if text.startswith("language ")]
    assert said == [
        (
            "site",
            "language 'en': 2 items from site/_news/en/2024-11-20-item1.md,"
            " site/_news/en/2025-03-02-item0.md → the output root",
        ),
        (
            "fr",
            "language 'fr': 4 items from site/_news/fr/2024-10-01-item2.md,"
            " site/_news/fr/2024-10-02-item3.md, site/_news/fr/2024-11-20-item1.md"
            " and 1 more → fr/",
        ),
        (
            "de",
            "language 'de': 3 items from site/_news/de/2024-11-20-item1.md,"
            " site/_news/de/2025-01-10-item2.md, site/_news/de/2025-03-02-item0.md → de/",
        ),
    ]


def test_a_language_that_cannot_be_read_leaves_the_next_one_built(tmp_path):
    site = polyglot(tmp_path / "site", {"en": EN, "fr": FR, "de": DE})

    def load(settings, into):
        if settings.get("language") == "fr":
            raise BuildError("_pages/fr/about.md: cannot be read")
        return load_site(site, overrides=settings, reporter=into)

    reporter = Reporter(quiet=True)
    sites = language_sites(site, {}, load, reporter)
    assert [code for code, _ in sites] == ["", "de"]
    assert ("fr", "language not built: _pages/fr/about.md: cannot be read") in infos(reporter)


def test_a_language_without_news_leaves_the_next_one_built(tmp_path):
    site = polyglot(tmp_path / "site", {"en": EN, "fr": [], "de": DE})
    sites, reporter = sites_of(site)
    assert [code for code, _ in sites] == ["", "de"]
    assert ("fr", "language not built: no news of its own") in infos(reporter)


def test_a_language_reading_the_default_languages_news_is_not_built(tmp_path):
    """Korean has news of its own; the Japanese tree has no homepage, so reading it finds
    the default language's news page again: no feeds of its own, after another language."""
    site = _hugo(tmp_path / "site")
    languages = site / "config" / "_default" / "languages.toml"
    languages.write_text(
        languages.read_text(encoding="utf-8")
        + '[ja]\n  languageCode = "ja"\n  contentDir = "content/ja"\n  weight = 3\n',
        encoding="utf-8",
    )
    (site / "content" / "ja").mkdir()
    (site / "content" / "ja" / "about.md").write_text("+++\ntitle = 'About'\n+++\nHi.\n")
    sites, reporter = sites_of(site)
    assert [code for code, _ in sites] == ["", "ko"]
    assert ("ja", "language not built: no news of its own") in infos(reporter)


def test_without_a_site_url_no_language_gets_one(tmp_path):
    """Links stay relative in every language: no made-up address such as ``fr``."""
    site = polyglot(tmp_path / "site", {"en": EN, "fr": FR}, url="")
    sites, _ = sites_of(site)
    assert [(code, s.settings.site_url) for code, s in sites] == [("", ""), ("fr", "")]


def test_feeds_toml_saved_with_a_byte_order_mark_still_chooses_the_language(tmp_path):
    """That one language alone is built (the default one too), at the root."""
    site = polyglot(tmp_path / "site", {"en": EN, "fr": FR})
    for language in ("fr", "en"):
        (site / "feeds.toml").write_bytes(f'\ufefflanguage = "{language}"\n'.encode())
        sites, reporter = sites_of(site)
        assert [(code, s.settings.language, len(s.events)) for code, s in sites] == [
            ("", language, 2)
        ]
        assert not [text for _, text in infos(reporter) if "not built" in text]


def test_the_languages_setting_names_a_language_by_its_code_in_any_spelling(tmp_path):
    """``ko_KR`` in the setting is the tree whose ``languageCode`` is ``ko-KR``."""
    site = _hugo(tmp_path / "site")
    languages = site / "config" / "_default" / "languages.toml"
    text = languages.read_text(encoding="utf-8").replace('"ko"', '"ko-KR"')
    languages.write_text(text, encoding="utf-8")
    for setting in (["ko_KR"], ["KO-kr"]):
        sites, _ = sites_of(site, {"languages": setting})
        assert [(code, s.settings.language) for code, s in sites] == [
            ("", "en"),
            ("ko", "ko-KR"),
        ]
    sites, reporter = sites_of(site, {"languages": ["ko_JP"]})
    assert [code for code, _ in sites] == [""]
    assert ("ko", "language not built (the 'languages' setting)") in infos(reporter)


def test_what_another_languages_reading_says_twice_is_passed_on_once(tmp_path):
    """Whatever reads a language (``load``) may say one thing twice; the build says it once,
    and what the default language said is not said again."""
    site = polyglot(tmp_path / "site", {"en": EN, "fr": FR})

    def load(settings, into):
        into.warn("_pages/about.md", 3, "a warning every language's reading gives")
        if settings.get("language") == "fr":
            into.warn("_pages/fr/about.md", 5, "a warning of the French pages")
            into.warn("_pages/fr/about.md", 5, "a warning of the French pages")
        return load_site(site, overrides=settings, reporter=into)

    reporter = Reporter(quiet=True)
    sites = language_sites(site, {}, load, reporter)
    assert [code for code, _ in sites] == ["", "fr"]
    warned = [(p.source, p.line, p.message) for p in reporter.problems if p.severity == "warning"]
    assert warned == [
        ("_pages/about.md", 3, "a warning every language's reading gives"),
        ("_pages/fr/about.md", 5, "a warning of the French pages"),
    ]
