"""A site that keeps its news in two languages gets one language's feeds, never two mixed
(issue 8, cause A of corpus c10): the default language's, or the one the ``language``
setting names (``--language``, ``feeds.toml``) when it is one of the site's; without
that setting, each language's own (``test_language_feeds``). Both
layouts: Hugo language trees (``contentDir``) and jekyll-polyglot's ``_news/en/`` +
``_news/fr/``. Sites written here in our own words; ``feeds list --json`` is read with
``json``, the built feed with ``feedparser``.
"""

from __future__ import annotations

import json

import feedparser

from .cli_run import feeds

NOW = "2026-11-26"

POLYGLOT_CONFIG = """\
title: A. Person
url: https://a.example.org
plugins:
  - jekyll-polyglot
languages: ["en", "fr"]
default_lang: "en"
collections:
  news:
    output: true
    permalink: /:collection/:title/
"""
NEWS_FILE = "---\nlayout: post\ndate: {date} 09:00:00-0400\ninline: true\n---\n{text}\n"
POLYGLOT_NEWS = {
    "en/2025-03-02-talk.md": ("2025-03-02", "Gave a talk at the Widget Seminar."),
    "en/2024-11-20-chair.md": ("2024-11-20", "Serving as program committee member of GearConf."),
    "fr/2025-03-02-talk.md": ("2025-03-02", "Exposé au séminaire Widget."),
    "fr/2024-11-20-chair.md": ("2024-11-20", "Membre du comité de programme de GearConf."),
}


def _polyglot(tmp_path):
    (tmp_path / "_config.yml").write_text(POLYGLOT_CONFIG, encoding="utf-8")
    for lang, title in (("en", "about"), ("fr", "à propos")):
        (tmp_path / "_pages" / lang).mkdir(parents=True)
        (tmp_path / "_pages" / lang / "about.md").write_text(
            f"---\nlayout: about\ntitle: {title}\npermalink: /\nnews: true\n---\n\nHello.\n",
            encoding="utf-8",
        )
    for name, (date, text) in POLYGLOT_NEWS.items():
        path = tmp_path / "_news" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(NEWS_FILE.format(date=date, text=text), encoding="utf-8")
    return tmp_path


HUGO_CONFIG = 'title = "A. Person"\nbaseURL = "https://a.example.org/"\n'
HUGO_LANGUAGES = (
    '[en]\n  languageCode = "en-us"\n  contentDir = "content"\n  weight = 1\n'
    '[ko]\n  languageCode = "ko"\n  contentDir = "content/ko"\n  weight = 2\n'
)
WIDGET = '+++\nwidget = "blank"\nheadless = true\ntitle = "{title}"\n+++\n\n{items}'


def _hugo(tmp_path):
    config = tmp_path / "config" / "_default"
    config.mkdir(parents=True)
    (config / "config.toml").write_text(HUGO_CONFIG, encoding="utf-8")
    (config / "languages.toml").write_text(HUGO_LANGUAGES, encoding="utf-8")
    for root, title, items in (
        ("content", "Recent News", "- **[Oct 2025]** Paper accepted to WidgetConf 2026\n"),
        ("content/ko", "최근 소식", "- **[2025년 10월]** WidgetConf 2026 논문 게재 승인\n"),
    ):
        home = tmp_path / root / "home"
        home.mkdir(parents=True)
        (home / "index.md").write_text("+++\nheadless = true\n+++\n", encoding="utf-8")
        (home / "news.md").write_text(WIDGET.format(title=title, items=items), encoding="utf-8")
    return tmp_path


def _listed(site, *options: str) -> list[tuple[str, str]]:
    ran = feeds("list", "--json", "--now", NOW, "--content", str(site), *options)
    assert ran.returncode == 0, ran.stderr
    assert "twice" not in ran.stderr
    return [(item["start"], item["title"]) for item in json.loads(ran.stdout)]


def test_polyglot_news_is_read_per_language_the_default_first(tmp_path):
    assert _listed(_polyglot(tmp_path)) == [  # each language its own feeds: never mixed
        ("2025-03-02", "Gave a talk at the Widget Seminar"),
        ("2024-11-20", "Serving as program committee member of GearConf"),
        ("2025-03-02", "Exposé au séminaire Widget"),
        ("2024-11-20", "Membre du comité de programme de GearConf"),
    ]


def test_the_language_setting_chooses_the_polyglot_language(tmp_path):
    site = _polyglot(tmp_path)
    assert _listed(site, "--language", "fr") == [
        ("2025-03-02", "Exposé au séminaire Widget"),
        ("2024-11-20", "Membre du comité de programme de GearConf"),
    ]
    (site / "feeds.toml").write_text('language = "fr"\n', encoding="utf-8")
    assert [title for _, title in _listed(site)] == [
        "Exposé au séminaire Widget",
        "Membre du comité de programme de GearConf",
    ]


def test_hugo_language_trees_default_and_chosen(tmp_path):
    site = _hugo(tmp_path)
    assert _listed(site) == [  # every language's, the default's first (one feed set each)
        ("2025-10", "Paper accepted to WidgetConf 2026"),
        ("2025-10", "WidgetConf 2026 논문 게재 승인"),
    ]
    assert _listed(site, "--language", "ko") == [("2025-10", "WidgetConf 2026 논문 게재 승인")]


def test_build_language_ko_writes_the_korean_feed(tmp_path):
    site = _hugo(tmp_path / "site")
    out = tmp_path / "out" / "ko"
    ran = feeds(
        "build", "--now", NOW, "--content", str(site), "--language", "ko", "--out", str(out)
    )
    assert ran.returncode == 0, ran.stderr
    feed = feedparser.parse((out / "feed.xml").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    assert [entry.title for entry in feed.entries] == ["WidgetConf 2026 논문 게재 승인"]
    assert feed.feed.language == "ko"
