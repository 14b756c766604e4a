"""Jekyll ``_posts/`` shown by a THEME's layout (issue 8, c19 A2): the news page (or the
homepage) says ``layout: home`` or ``layout: posts`` and the site takes that layout from
its theme (``theme: minima``, ``remote_theme: mmistakes/minimal-mistakes``), not from a
``_layouts/`` file of its own; those layouts list the posts. Each post is an item, dated
by its ``date:`` or its file name. Sites written in our own words; ``feeds list --json``
read back with ``json``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main

from .site_listing import write

URL = "https://ana.example.org"
POSTS = {
    "_posts/2025-10-06-interview.md": '---\ntitle: "Un entretien sur mes recherches"\n'
    "date: 2025-10-06\ntags:\n  - media\n---\n\nLe site de l'école m'a interviewée.\n",
    "_posts/2025-09-19-papier.md": '---\ntitle: "Un article accepté au colloque Exemple"\n'
    "date: 2025-09-18\n---\n\nNous présenterons nos travaux en décembre.\n",
    "_posts/2025-05-02-prize.md": "---\ntitle: Best poster prize at ToyConf\n---\n\nA photo.\n",
}
EXPECTED = [
    ("2025-10-06", "Un entretien sur mes recherches"),
    ("2025-09-18", "Un article accepté au colloque Exemple"),  # its date:, not its name's
    ("2025-05-02", "Best poster prize at ToyConf"),  # its file name's date
]
HOME = "---\nlayout: single\n---\nBonjour, j'étudie l'histoire.\n\n## En bref\n\n- Historienne.\n"

SITES = {
    "minimal-mistakes, a news page laid out as home": {
        "_config.yml": "title: Ana\nremote_theme: mmistakes/minimal-mistakes\npaginate: 5\n",
        "index.md": HOME,
        "_pages/actualites.md": '---\ntitle: "Mes actualités"\npermalink: /actualites/\n'
        "layout: home\nauthor_profile: true\n---\n",
    },
    "minimal-mistakes, a news page laid out as posts": {
        "_config.yml": "title: Ana\ntheme: minimal-mistakes-jekyll\n",
        "index.md": HOME,
        "news.md": "---\ntitle: News\nlayout: posts\npermalink: /news/\n---\n",
    },
    "minima, the homepage laid out as home": {
        "_config.yml": "title: Ana\ntheme: minima\n",
        "index.md": "---\nlayout: home\n---\nI study the history of sails.\n",
    },
    "any remote theme, pinned to a version": {
        "_config.yml": "title: Ana\nremote_theme: someone/some-theme@v2\n",
        "index.md": HOME,
        "blog.md": "---\ntitle: Updates\nlayout: home\npermalink: /updates/\n---\n",
    },
}


def listed(site: Path) -> tuple[int, list[dict], str]:
    result = CliRunner().invoke(
        main, ["list", "--json", "--content", str(site), "--now", "2026-11-26", "--site-url", URL]
    )
    items = json.loads(result.stdout) if result.exit_code == 0 else []
    return result.exit_code, items, result.output


@pytest.mark.parametrize("case", SITES)
def test_a_theme_layout_lists_the_posts(tmp_path: Path, case: str) -> None:
    site = write(tmp_path, {**SITES[case], **POSTS})
    code, items, output = listed(site)
    assert code == 0, output
    assert [(i["start"], i["title"]) for i in items] == EXPECTED
    assert all(i["precision"] == "day" for i in items)
    assert [i["type"] for i in items][1:] == ["paper", "award"]


@pytest.mark.parametrize(
    "files",
    [
        {  # the site's own home layout shows no posts
            "_config.yml": "title: Ana\ntheme: minima\n",
            "_layouts/home.html": "<main>{{ content }}</main>\n",
        },
        {"_config.yml": "title: Ana\n"},  # no theme: nothing gives "home" a posts list
    ],
    ids=["own layout without a loop", "no theme"],
)
def test_no_posts_without_a_theme_layout_that_lists_them(tmp_path: Path, files) -> None:
    pages = {"index.md": HOME, "news.md": "---\ntitle: News\nlayout: home\n---\n"}
    site = write(tmp_path, {**files, **pages, **POSTS})
    code, items, output = listed(site)
    assert code == 1 and not items, output


@pytest.mark.parametrize(
    ("front", "kind"),
    [
        ("tags:\n  - media\n", "news"),
        ("categories: [blog, press]\n", "news"),
        ("tags: [Médias]\n", "news"),
        ("tags: [research]\n", "talk"),
        ("", "talk"),
    ],
)
def test_a_post_tagged_as_press_is_no_talk(tmp_path: Path, front: str, kind: str) -> None:
    """A post its author files under media or press is coverage, not a talk given,
    whatever words its title uses ("Intervention", "Présentation de mes travaux")."""
    post = (
        '---\ntitle: "Intervention dans la revue Exemple sur la stylométrie"\n'
        f"date: 2025-09-29\n{front}---\n\nLa revue m'a interviewée.\n"
    )
    files = {**SITES["minimal-mistakes, a news page laid out as home"]}
    site = write(tmp_path, {**files, "_posts/2025-09-29-revue.md": post})
    code, items, output = listed(site)
    assert code == 0, output
    assert [(i["start"], i["type"]) for i in items] == [("2025-09-29", kind)]
