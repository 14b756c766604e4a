"""Hugo sites as people write them (issue 8, corpus C2 causes A and B), each built into
a temporary folder in our own words and read back with ``json`` (``feeds list --json``)
or feedparser (``feeds build``):

A. multilingual sites: the default language's tree, else the first tree with news;
   two languages' copies are never mixed;
B. Wowchemy/Academic ``pages``/``posts`` widgets (and Hugo Blox ``collection`` blocks)
   naming the folder of the news (``post/``), and a talks widget's ``event/`` pages.

Every expectation (title, day, precision, type, count) is written here from the input.
"""

from __future__ import annotations

from pathlib import Path

import feedparser
import pytest

from .hugo_sites import HEADLESS, YAML_CONFIG, build, listed, post, summary, write

# --- A. multilingual sites -------------------------------------------------------------

MULTILINGUAL = {
    # the default language has no folder at all; the French tree holds the news posts
    "default tree missing, YAML languages": (
        {
            "config/_default/config.yaml": YAML_CONFIG + "defaultContentLanguage: en\n",
            "config/_default/languages.yaml": (
                "en:\n  contentDir: content/en\nfr:\n  contentDir: content/fr\n"
            ),
            "content/fr/_index.md": "---\ntitle: Accueil\ntype: landing\n---\n",
            "content/fr/news/_index.md": "---\ntitle: Actualité\n---\n",
            "content/fr/news/2025-03-projet/index.md": post(
                "Lancement d'un projet de sciences participatives", "2025-03-05", "Nous lançons."
            ),
            "content/fr/news/2024-11-poste/index.md": post(
                "Je rejoins le muséum comme chercheur", "2024-11-12"
            ),
        },
        [
            ("Lancement d'un projet de sciences participatives", "2025-03-05", "day", "news"),
            ("Je rejoins le muséum comme chercheur", "2024-11-12", "day", "news"),
        ],
    ),
    # both languages hold the same news: only the default language's copies
    "both trees have news, TOML [languages]": (
        {
            "config.toml": (
                'baseURL = "https://ana.example.org/"\ntitle = "Ana"\n'
                'defaultContentLanguage = "en"\n'
                '[languages.en]\ncontentDir = "content/en"\nweight = 1\n'
                '[languages.de]\ncontentDir = "content/de"\nweight = 2\n'
            ),
            "content/en/home/index.md": "+++\nheadless = true\n+++\n",
            "content/en/news/grant.md": post("We won a grant for glacier sensors", "2026-02-01"),
            "content/de/home/index.md": "+++\nheadless = true\n+++\n",
            "content/de/news/grant.md": post("Wir haben eine Förderung erhalten", "2026-02-01"),
        },
        [("We won a grant for glacier sensors", "2026-02-01", "day", "award")],
    ),
    # the default tree has a homepage without news: the lightest other tree with news
    "default tree without news, weights": (
        {
            "hugo.toml": (
                'title = "Ana"\ndefaultContentLanguage = "en"\n'
                '[languages.en]\ncontentDir = "content/en"\n'
                '[languages.it]\ncontentDir = "content/it"\nweight = 3\n'
                '[languages.es]\ncontentDir = "content/es"\nweight = 2\n'
            ),
            "content/en/_index.md": "---\ntitle: Home\n---\n\nI study rivers.\n",
            "content/it/news/talk.md": post("Ho tenuto un seminario a Pisa", "2025-05-02"),
            "content/es/news/talk.md": post("Di un seminario invitado en Lima", "2025-05-02"),
        },
        [("Di un seminario invitado en Lima", "2025-05-02", "day", "talk")],
    ),
    # the default language is not English; its homepage widget is the news
    "default language es, blank widget": (
        {
            "config/_default/hugo.yaml": YAML_CONFIG + "defaultContentLanguage: es\n",
            "config/_default/languages.yaml": (
                "es:\n  contentDir: content/es\nen:\n  contentDir: content/en\n"
            ),
            "content/es/home/index.md": "---\nheadless: true\n---\n",
            "content/es/home/news.md": (
                "---\nwidget: blank\nheadless: true\ntitle: Noticias\n---\n\n"
                "- **Mar 2026**: Nuevo artículo aceptado en la revista de hidrología.\n"
            ),
            "content/en/home/index.md": "---\nheadless: true\n---\n",
            "content/en/home/news.md": (
                "---\nwidget: blank\nheadless: true\ntitle: News\n---\n\n"
                "- **Mar 2026**: New paper accepted in the hydrology journal.\n"
            ),
        },
        [("Nuevo artículo aceptado en la revista de hidrología", "2026-03", "month", "paper")],
    ),
    # one shared content/ folder, translations told apart by their file names
    "shared folder, translations by file name": (
        {
            "config/_default/config.toml": 'title = "Ana"\ndefaultContentLanguage = "en"\n',
            "config/_default/languages.toml": "[en]\nweight = 1\n[fr]\nweight = 2\n",
            "content/home/index.md": "+++\nheadless = true\n+++\n",
            "content/news/prize/index.md": post(
                "I received the young researcher prize", "2024-06-10"
            ),
            "content/news/prize/index.fr.md": post(
                "J'ai reçu le prix jeune chercheur", "2024-06-10"
            ),
        },
        [("I received the young researcher prize", "2024-06-10", "day", "award")],
    ),
}


@pytest.mark.parametrize("case", MULTILINGUAL, ids=list(MULTILINGUAL))
def test_multilingual_site_reads_one_language(tmp_path: Path, case: str) -> None:
    files, expected = MULTILINGUAL[case]
    items, _ = listed(write(tmp_path / "site", files))
    root = [i for i in items if i["language"] == items[0]["language"]]  # the root feeds'
    assert summary(root) == expected  # (the other languages': test_language_feeds)


def test_the_language_tree_used_is_said_with_v(tmp_path: Path) -> None:
    files = MULTILINGUAL["default tree missing, YAML languages"][0]
    result = build(write(tmp_path / "site", files), tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert "content/fr: info: " in result.stderr
    assert "from the 'fr' language tree: the default language 'en' has none" in result.stderr
    feed = feedparser.parse((tmp_path / "out" / "atom.xml").read_bytes())
    assert [e.link for e in feed.entries] == [  # French pages live under /fr/
        "https://ana.example.org/fr/news/2025-03-projet/",
        "https://ana.example.org/fr/news/2024-11-poste/",
    ]


def test_the_default_language_used_is_said_with_v(tmp_path: Path) -> None:
    files = MULTILINGUAL["both trees have news, TOML [languages]"][0]
    result = build(write(tmp_path / "site", files), tmp_path / "out")
    assert result.returncode == 0, result.stderr
    assert "content/en: info: news read from the default language's tree ('en'); " in (
        result.stderr
    )
    assert "not in these feeds, each its own language's: 'de'" in result.stderr
    # the German feeds (de/) are read from the tree the language names, which has news:
    assert "content/de: info: news read from the 'de' language tree, which the language" in (
        result.stderr
    )
    assert "the default language 'en' has none" not in result.stderr
    feed = feedparser.parse((tmp_path / "out" / "atom.xml").read_bytes())
    assert [e.link for e in feed.entries] == ["https://ana.example.org/news/grant/"]


# --- B. widgets naming the folder of the news, and talks ------------------------------

WIDGETS = {
    "pages widget, page_type post, Spanish title, summary": (
        {
            "config/_default/config.yaml": YAML_CONFIG,
            "content/home/index.md": HEADLESS,
            "content/home/news.md": (
                "---\nwidget: pages\nheadless: true\ntitle: Noticias y medios\n"
                "content:\n  count: 5\n  page_type: post\n---\n"
            ),
            "content/post/grant/index.md": post(
                "El laboratorio obtuvo un proyecto",
                "2026-02-25",
                "Texto largo del proyecto.",
                "summary: Se adjudicó un proyecto de tres años.\n",
            ),
            "content/post/radio/index.md": post("Entrevista en la radio local", "2025-10-01"),
            "content/post/old-draft/index.md": post(
                "Borrador", "2025-01-01", extra="draft: true\n"
            ),
        },
        [
            ("El laboratorio obtuvo un proyecto", "2026-02-25", "day", "award"),
            ("Entrevista en la radio local", "2025-10-01", "day", "news"),
        ],
    ),
    "Academic posts widget, TOML": (
        {
            "config.toml": 'title = "Ana"\n',
            "content/home/index.md": "+++\nheadless = true\n+++\n",
            "content/home/updates.md": (
                '+++\nwidget = "posts"\nheadless = true\ntitle = "Latest News"\n+++\n'
            ),
            "content/post/moved.md": (
                '+++\ntitle = "I moved to the coastal institute"\ndate = 2024-09-01\n+++\n'
            ),
        },
        [("I moved to the coastal institute", "2024-09-01", "day", "position")],
    ),
    "TOML pages widget, [content] page_type of any name": (
        {
            "config.toml": 'title = "Ana"\n',
            "content/home/index.md": "+++\nheadless = true\n+++\n",
            "content/home/lab.md": (
                '+++\nwidget = "pages"\ntitle = "Lab news"\n[content]\n'
                '  page_type = "lab-news"\n  count = 3\n+++\n'
            ),
            "content/lab-news/defense.md": (
                '+++\ntitle = "Lin defended her thesis"\ndate = 2026-06-30\n+++\n'
            ),
        },
        [("Lin defended her thesis", "2026-06-30", "day", "position")],
    ),
    "Hugo Blox landing collection, filters.folders": (
        {
            "hugo.yaml": YAML_CONFIG,
            "content/_index.md": (
                "---\ntitle: ''\ntype: landing\nsections:\n  - block: about.biography\n"
                "  - block: collection\n    content:\n      title: Recent News\n"
                "      filters:\n        folders:\n          - updates\n---\n"
            ),
            "content/updates/paper/index.md": post(
                "Our preprint on tidal mixing is out", "2026-01-20"
            ),
        },
        [("Our preprint on tidal mixing is out", "2026-01-20", "day", "paper")],
    ),
    "blog list widget is not news, the news widget is": (
        {
            "config/_default/config.yaml": YAML_CONFIG,
            "content/home/index.md": HEADLESS,
            "content/home/news.md": (
                "---\nwidget: blank\nheadless: true\ntitle: News\n---\n\n"
                "- **May 2026**: Welcome to our new student.\n"
            ),
            "content/home/posts.md": (
                "---\nwidget: pages\nheadless: true\ntitle: Recent Posts\n"
                "content:\n  page_type: post\n---\n"
            ),
            "content/post/essay/index.md": post("Thoughts on reproducibility", "2026-04-01"),
        },
        [("Welcome to our new student", "2026-05", "month", "news")],
    ),
    "switched-off widget": (
        {
            "config/_default/config.yaml": YAML_CONFIG,
            "content/home/index.md": HEADLESS,
            "content/home/news.md": (
                "---\nwidget: blank\nheadless: true\ntitle: News\n---\n\n"
                "- **May 2026**: Welcome to our new student.\n"
            ),
            "content/home/old.md": (
                "---\nwidget: pages\nactive: false\ntitle: Old News\n"
                "content:\n  page_type: post\n---\n"
            ),
            "content/post/old/index.md": post("An old item nobody sees", "2019-04-01"),
        },
        [("Welcome to our new student", "2026-05", "month", "news")],
    ),
    "summary before <!--more-->": (
        {
            "config/_default/config.yaml": YAML_CONFIG,
            "content/home/index.md": HEADLESS,
            "content/home/news.md": (
                "---\nwidget: pages\ntitle: News\ncontent:\n  page_type: post\n---\n"
            ),
            "content/post/finalist/index.md": post(
                "Finalist for the science communication contest",
                "2023-11-25",
                "I was named a finalist of the prize.\n\n<!--more-->\n\nMore about it.",
            ),
        },
        [("Finalist for the science communication contest", "2023-11-25", "day", "award")],
    ),
}


@pytest.mark.parametrize("case", WIDGETS, ids=list(WIDGETS))
def test_widget_folders_are_the_news(tmp_path: Path, case: str) -> None:
    files, expected = WIDGETS[case]
    items, _ = listed(write(tmp_path / "site", files))
    assert summary(items) == expected


def test_talks_widget_reads_event_pages_as_talks(tmp_path: Path) -> None:
    site = write(
        tmp_path / "site",
        {
            "config/_default/config.yaml": YAML_CONFIG,
            "content/home/index.md": HEADLESS,
            "content/home/news.md": (
                "---\nwidget: blank\ntitle: News\n---\n\n- **Feb 2026**: Our lab turned five.\n"
            ),
            "content/home/talks.md": (
                "---\nwidget: pages\ntitle: Recent & Upcoming Talks\n"
                "content:\n  page_type: event\n---\n"
            ),
            "content/event/river-forum/index.md": (
                '---\ntitle: "Sediment budgets of mountain rivers"\n'
                'event: "Alpine River Forum"\nlocation: "Innsbruck, Austria"\n'
                "date: 2026-03-10T09:00:00Z\ndate_end: 2026-03-12T17:00:00Z\n"
                "url_slides: slides.pdf\nlinks:\n  - name: Video\n"
                "    url: https://video.example.org/v1\n---\n"
            ),
        },
    )
    items, _ = listed(site)
    got = [(i["title"], i["start"], i["end"], i["type"], i["location"]) for i in items]
    assert sorted(got) == [
        ("Our lab turned five", "2026-02", None, "news", None),
        (
            "Sediment budgets of mountain rivers",
            "2026-03-10",
            "2026-03-12",
            "talk",
            "Innsbruck, Austria",
        ),
    ]
    talk = next(i for i in items if i["type"] == "talk")
    assert [link["url"] for link in talk["links"]] == [
        "https://ana.example.org/event/river-forum/",  # the talk's page
        "https://ana.example.org/event/river-forum/slides.pdf",  # url_slides, relative
        "https://video.example.org/v1",  # links: name, url
    ]


def test_post_summary_never_publishes_comments_or_shortcodes(tmp_path: Path) -> None:
    site = write(
        tmp_path / "site",
        {
            "config/_default/config.yaml": YAML_CONFIG,
            "content/home/index.md": HEADLESS,
            "content/home/news.md": "---\nwidget: pages\ntitle: News\n---\n",
            "content/news/boat/index.md": post(
                "Our new research boat",
                "2026-05-04",
                '{{< figure src="boat.jpg" caption="hullcaption" >}}\n\n'
                "<!-- draftnote: ask about the name -->\n\n"
                "The boat carries sonar gear.\n\n<!--more-->\n\nMore.",
            ),
        },
    )
    result = build(site, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    published = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "out").iterdir())
    assert "The boat carries sonar gear" in published
    assert "hullcaption" not in published and "draftnote" not in published
    assert "{{" not in published
