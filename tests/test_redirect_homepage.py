"""A hand-written site in two languages whose root ``index.html`` only sends its reader on
(by a script that works the address out from the browser's language, by a ``<meta
http-equiv="refresh">``): the homepage is the page it sends to (the first of its language
links, the one the ``language`` setting names, the address the refresh names), and that
page's menu link ``news.html`` is the news page beside it (``en/news.html``), whose items
are HTML5 UP's ``<span class="date"><time datetime>`` over a heading. A ``data/news.json``
that only the site's editing scripts use, and no script of the homepage fills a box
with, is not the news; a popup's close button (``<span class="close">&times;</span>``) is
no word of an item's title. Sites written in our own words; items read back with json.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import listed, summary, write

BY_BROWSER = """\
<!DOCTYPE html><html><head><title>Pond Group - Redirecting…</title>
<script>
  var lang = (navigator.language || 'en').toLowerCase().startsWith('fr') ? 'fr' : 'en';
  window.location.href = '/' + lang + '/index.html';
</script></head>
<body><p>Redirecting… / Redirection…</p>
<p><a href="/en/index.html">English</a> | <a href="/fr/index.html">Français</a></p>
</body></html>
"""
BY_REFRESH = """\
<!DOCTYPE html><html><head>
<meta http-equiv="refresh" content="0; url=fr/index.html">
</head><body><p>Redirecting…</p></body></html>
"""


def home(news: str, words: str) -> str:
    return f"""\
<!DOCTYPE html><html><head><title>Pond Group</title></head><body>
<nav><ul><li><a href="index.html">Home</a></li><li><a href="{news}">{words}</a></li>
<li><a href="team.html">Team</a></li></ul></nav>
<section><h3>Research</h3><p>We study ponds and the frogs in them.</p></section>
<script src="../assets/js/main.js"></script>
</body></html>
"""


def news_page(heading: str, title: str, day: str, shown: str) -> str:
    return f"""\
<!DOCTYPE html><html><head><title>{heading}</title></head><body>
<section><ul class="divided">
<header><h2>{heading}</h2></header>
<header><h2><strong><time datetime="{day[:4]}">{day[:4]}</time></strong></h2></header>
<li><article class="box excerpt">
  <header><span class="date"><time datetime="{day}">{shown}</time></span>
  <h3>{title}</h3></header>
  <div class="row"><a class="image featured"><img class="myBtn" src="../images/pond.jpg"
    alt="The pond in winter"></a>
  <div class="modal modal_multi"><span class="close close_multi">&times;</span>
  <img class="modal-content" src="../images/pond.jpg" alt="The pond"></div></div>
</article></li>
</ul></section></body></html>
"""


EDITOR_DATA = json.dumps(
    [
        {"title": "Old seminar on frogs", "date": "2024-03-01", "summary": "A draft entry."},
        {"title": "Old paper on ponds", "date": "2024-05-02", "summary": "Another draft."},
    ]
)


def site(root: Path, index: str) -> Path:
    return write(
        root,
        {
            "index.html": index,
            "en/index.html": home("news.html", "News"),
            "en/news.html": news_page(
                "News", "Group founded at Lake University", "2026-01-05", "January 5, 2026"
            ),
            "fr/index.html": home("nouvelles.html", "Nouvelles"),
            "fr/nouvelles.html": news_page(
                "Nouvelles",
                "Fondation du groupe à l'Université du Lac",
                "2026-01-05",
                "5 janvier 2026",
            ),  # fmt: skip
            "assets/js/main.js": "document.querySelector('nav').classList.add('ready');\n",
            "data/news.json": EDITOR_DATA,
            "content/scripts/editor.js": "const news = loadData('news.json');\n",
        },
    )


CASES = {
    "a script by the browser's language: the first language link": (
        BY_BROWSER,
        (),
        [("Group founded at Lake University", "2026-01-05", "day", "news")],
    ),
    "the same, the language setting naming French": (
        BY_BROWSER,
        ("--language", "fr"),
        [("Fondation du groupe à l'Université du Lac", "2026-01-05", "day", "news")],
    ),
    "a refresh naming its address": (
        BY_REFRESH,
        (),
        [("Fondation du groupe à l'Université du Lac", "2026-01-05", "day", "news")],
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_the_page_a_redirect_sends_to_is_the_homepage(tmp_path: Path, case: str) -> None:
    index, options, expected = CASES[case]
    root = site(tmp_path / "site", index)
    ran = feeds("list", "--json", "--content", str(root), "--now", "2026-11-26", *options)
    assert ran.returncode == 0, ran.stderr
    assert summary(json.loads(ran.stdout)) == expected


def test_build_says_which_page_the_redirect_gave(tmp_path: Path) -> None:
    root = site(tmp_path / "site", BY_BROWSER)
    ran = feeds(
        "build", "--content", str(root), "--out", str(tmp_path / "out"), "--now", "2026-11-26",
        "-v", "--offline", "--site-url", "https://pond.example.org/",
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    assert "index.html only sends its reader here" in ran.stderr
    assert "en/news.html: info: news read from this page" in ran.stderr.replace("\\", "/")


def test_a_data_file_no_box_of_the_homepage_shows_is_not_the_news(tmp_path: Path) -> None:
    """A homepage with a script of its own (a menu's) and no box named news: the news page
    its menu links is the news, not the ``data/news.json`` beside it."""
    root = write(
        tmp_path / "site",
        {
            "index.html": home("news.html", "News").replace("../assets", "assets"),
            "news.html": news_page(
                "News", "Group founded at Lake University", "2026-01-05", "January 5, 2026"
            ),
            "assets/js/main.js": "document.querySelector('nav').classList.add('ready');\n",
            "data/news.json": EDITOR_DATA,
        },
    )
    items, _ = listed(root)
    assert summary(items) == [("Group founded at Lake University", "2026-01-05", "day", "news")]


CLOSE_BUTTONS = [
    '<span class="close">&times;</span>',
    '<span class="close close_multi">×</span>',
    '<button type="button" class="btn-close" data-bs-dismiss="modal" aria-label="Close"></button>',
    '<button type="button" class="close" data-dismiss="modal"><span>&times;</span></button>',
    '<a href="#" aria-label="Close">✕</a>',
]


@pytest.mark.parametrize("button", CLOSE_BUTTONS)
def test_a_close_buttons_glyph_is_no_word_of_the_title(tmp_path: Path, button: str) -> None:
    page = (
        "<!DOCTYPE html><html><body><h2>News</h2><ul>\n"
        '<li><span class="date"><time datetime="2026-02-03">Feb 3, 2026</time></span>\n'
        f'<h3>Won the Lake Prize</h3><div class="modal">{button}<img src="p.jpg"></div></li>\n'
        '<li><span class="date"><time datetime="2025-11-20">Nov 20, 2025</time></span>\n'
        "<h3>Moved to Lake University</h3></li>\n</ul></body></html>\n"
    )
    items, _ = listed(write(tmp_path / "site", {"index.html": page}))
    assert [(i["title"], i["start"]) for i in items] == [
        ("Won the Lake Prize", "2026-02-03"),
        ("Moved to Lake University", "2025-11-20"),
    ]
