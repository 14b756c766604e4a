"""A jekyll-polyglot site (``languages:`` and ``default_lang:`` in ``_config.yml``) builds
a document of another language than the default under that language's prefix
(``/ja/blog/2026/grant/``): its language is its ``lang:``, else, with
``lang_from_path: true``, the language folder it is in (``_posts/ja/``, ``_news/de/``).
Its link carries the prefix, whichever feeds it is read into; the default language's
documents, and every document of a site in one language, keep theirs. Sites written in
our own words; ``feeds list --json`` and a build's ``feed.json`` read back with ``json``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .hugo_sites import build, listed, write

POSTS_LOOP = "{% for post in site.posts %}<h3>{{ post.title }}</h3>{% endfor %}\n"
BLOG = "---\nlayout: page\ntitle: blog\ndescription: News and updates\npermalink: /blog/\n---\n\n"
CONFIG = "title: Lab\nurl: https://ana.example.org\npermalink: /blog/:year/:title/\n"
POLYGLOT = 'languages: ["en-us", "ja"]\ndefault_lang: "{default}"\n'
POST = "---\nlayout: post\ntitle: Grant received\ndate: 2026-03-02\n{front}---\n\nWords.\n"

# (_config.yml after CONFIG, the post's file, its front matter lines) → its link
POST_LINKS = {
    "a language folder, lang_from_path": (
        POLYGLOT.format(default="en-us") + "lang_from_path: true\n",
        "_posts/ja/2026-03-02-grant.md", "",
        "https://ana.example.org/ja/blog/2026/grant/",
    ),
    "lang: in the front matter": (
        POLYGLOT.format(default="en-us"), "_posts/2026-03-02-grant.md", "lang: ja\n",
        "https://ana.example.org/ja/blog/2026/grant/",
    ),
    "the default language's folder": (
        POLYGLOT.format(default="ja") + "lang_from_path: true\n",
        "_posts/ja/2026-03-02-grant.md", "",
        "https://ana.example.org/blog/2026/grant/",
    ),
    "a folder, without lang_from_path: the default language": (
        POLYGLOT.format(default="en-us"), "_posts/ja/2026-03-02-grant.md", "",
        "https://ana.example.org/blog/2026/grant/",
    ),
    "a site in one language": (
        "lang_from_path: true\n", "_posts/ja/2026-03-02-grant.md", "lang: ja\n",
        "https://ana.example.org/blog/2026/grant/",
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", POST_LINKS)
def test_a_post_of_another_language_is_linked_under_its_prefix(tmp_path: Path, case: str) -> None:
    config, name, front, link = POST_LINKS[case]
    site = write(
        tmp_path,
        {
            "_config.yml": CONFIG + config,
            "index.md": "---\nlayout: page\ntitle: Home\n---\n\nWelcome to the lab.\n",
            "blog.md": BLOG + POSTS_LOOP,
            name: POST.format(front=front),
        },
    )
    items, _ = listed(site)
    assert [(i["start"], i["title"], i["links"][0]["url"]) for i in items] == [
        ("2026-03-02", "Grant received", link)
    ]


NEWS_CONFIG = """\
title: A. Person
url: https://ana.example.org
languages: ["en", "de"]
default_lang: "en"
lang_from_path: true
collections:
  news:
    output: true
    permalink: /:collection/:title/
"""
ABOUT = "---\nlayout: about\ntitle: about\npermalink: /\nnews: true\n---\n\nHello.\n"
NEWS = "---\nlayout: post\ntitle: {title}\ndate: 2026-05-04\n---\n\nWe {words}.\n"


def test_a_news_collection_in_one_other_language_is_linked_under_its_prefix(
    tmp_path: Path,
) -> None:
    site = write(
        tmp_path,
        {
            "_config.yml": NEWS_CONFIG,
            "_pages/de/about.md": ABOUT,
            "_news/de/2026-05-04-preis.md": NEWS.format(title="Preis", words="won a prize"),
        },
    )
    items, _ = listed(site)
    assert [(i["title"], i["links"][0]["url"]) for i in items] == [
        ("Preis", "https://ana.example.org/de/news/2026-05-04-preis/")
    ]


def test_each_language_feed_links_its_own_documents_once_prefixed(tmp_path: Path) -> None:
    site = write(
        tmp_path / "site",
        {
            "_config.yml": NEWS_CONFIG,
            "_pages/en/about.md": ABOUT,
            "_pages/de/about.md": ABOUT,
            "_news/en/2026-05-04-prize.md": NEWS.format(title="Prize", words="won a prize"),
            "_news/de/2026-05-04-preis.md": NEWS.format(title="Preis", words="won a prize"),
        },
    )
    ran = build(site, tmp_path / "out")
    assert ran.returncode == 0, ran.stderr
    links = {}
    for feed in ("feed.json", "de/feed.json"):
        data = json.loads((tmp_path / "out" / feed).read_text(encoding="utf-8"))
        links[feed] = [entry["url"] for entry in data["items"]]
    assert links == {
        "feed.json": ["https://ana.example.org/news/2026-05-04-prize/"],
        "de/feed.json": ["https://ana.example.org/de/news/2026-05-04-preis/"],
    }


INLINE = "---\nlayout: post\ndate: 2026-05-04\ninline: true\n---\n\nWir haben {link} gewonnen.\n"

# (lines added to NEWS_CONFIG, the link in a German inline item's body) → its address
BODY_LINKS = {
    "a path of the site": ("", "[einen Preis](/projects/prize/)", "https://ana.example.org/de/projects/prize/"),
    "raw HTML": ("", '<a href="/projects/prize/">einen Preis</a>', "https://ana.example.org/de/projects/prize/"),
    "excluded from localization": (
        'exclude_from_localization: ["assets"]\n', "[einen Preis](/assets/pdf/prize.pdf)",
        "https://ana.example.org/assets/pdf/prize.pdf",
    ),
    "a glob of Jekyll's exclude": (
        'exclude: ["*.pdf"]\n', "[einen Preis](/files/prize.pdf)",
        "https://ana.example.org/files/prize.pdf",
    ),
    "already under a language": ("", "[einen Preis](/en/projects/prize/)", "https://ana.example.org/en/projects/prize/"),
    "another site": ("", "[einen Preis](https://example.org/prize/)", "https://example.org/prize/"),
    "after the baseurl": (
        "baseurl: /lab\n", "[einen Preis](/lab/projects/prize/)",
        "https://ana.example.org/lab/de/projects/prize/",
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", BODY_LINKS)
def test_links_in_another_languages_body_are_under_its_prefix(tmp_path: Path, case: str) -> None:
    """polyglot's relativize_urls: in a page of another language, an ``href`` to a path of
    the site gets the language's prefix, unless that path is excluded from localization."""
    extra, link, expected = BODY_LINKS[case]
    site = write(
        tmp_path,
        {
            "_config.yml": NEWS_CONFIG + extra,
            "_pages/en/about.md": ABOUT,
            "_pages/de/about.md": ABOUT,
            "_news/en/2026-05-04-prize.md": INLINE.replace("Wir haben", "We won").format(
                link="[a prize](/projects/prize/)"
            ),
            "_news/de/2026-05-04-preis.md": INLINE.format(link=link),
        },
    )
    items, _ = listed(site)
    links = {i["language"]: [x["url"] for x in i["links"]] for i in items}
    assert links["de"] == [expected]
    assert links["en"] == ["https://ana.example.org/projects/prize/"]  # the default's: as written
