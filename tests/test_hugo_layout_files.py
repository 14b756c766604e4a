"""A Hugo site whose news is a Markdown (or HTML) file outside ``content/``, shown on
the homepage by the home layout or a partial it includes (``resources.Get``,
``readFile``): the file is read as an include is, its items named by its own lines.
Sites written for these tests; items read back from ``feeds list --json`` and the Atom
feed with feedparser."""

from __future__ import annotations

from pathlib import Path

import feedparser
import pytest

from .cli_run import feeds
from .hugo_sites import build, listed, write

CONFIG = 'baseURL = "https://ana.example.org/"\ntitle = "Bee Lab"\n'
HOME = "---\ntitle: Home\n---\n"
UPDATES = """\
## Recent updates
* **Feb 3, 2026**: <br/>Our paper on sparse sensing was accepted to SenSys 2026.
* **Sep 9, 2025**: <br/>Welcome to our new student, Dana!
"""
HTML_UPDATES = """\
<h2>News</h2>
<ul>
<li>2026-02-03: Our paper on sparse sensing was accepted to SenSys 2026.</li>
<li>2025-09-09: Welcome to our new student, Dana!</li>
</ul>
"""
SHOWN = {
    "resources.Get in a partial, .Content | markdownify": (
        "assets/updates.md", UPDATES,
        {
            "layouts/index.html": '{{ define "main" }}<div>{{ partial "updates" . }}</div>'
            "{{ end }}",
            "layouts/partials/updates.html": "{{ (resources.Get "
            '"updates.md").Content | markdownify }}',
        },
    ),
    "with resources.Get in the home layout": (
        "assets/notes/updates.md", UPDATES,
        {"layouts/index.html": '{{ with resources.Get "notes/updates.md" }}{{ .Content | '
         "markdownify }}{{ end }}"},
    ),
    "readFile from the project folder, RenderString": (
        "updates.md", UPDATES,
        {"layouts/home.html": '{{ readFile "updates.md" | $.Page.RenderString }}'},
    ),
    "os.ReadFile of an HTML file in a nested partial": (
        "static/updates.html", HTML_UPDATES,
        {
            "layouts/index.html": '{{ partial "body.html" . }}',
            "layouts/partials/body.html": '<main>{{ partial "news.html" . }}</main>',
            "layouts/partials/news.html": '{{ os.ReadFile "static/updates.html" | safeHTML }}',
        },
    ),
}  # fmt: skip


HOMEPAGES = {
    "a homepage with content": {"content/_index.md": HOME},
    "a homepage that is the layout alone": {"content/about/index.md": "---\ntitle: About\n---\n"},
    "no content folder at all": {},
}


@pytest.mark.parametrize("homepage", HOMEPAGES)
@pytest.mark.parametrize("case", SHOWN)
def test_a_file_the_home_layout_shows_is_the_news(tmp_path: Path, case: str, homepage: str):
    name, text, layouts = SHOWN[case]
    site = write(
        tmp_path / "site",
        {"hugo.toml": CONFIG, **HOMEPAGES[homepage], name: text, **layouts},
    )
    items, _ = listed(site)
    assert [(i["title"], i["start"]) for i in items] == [
        ("Our paper on sparse sensing was accepted to SenSys 2026", "2026-02-03"),
        ("Welcome to our new student, Dana", "2025-09-09"),
    ]
    assert [i["line"] for i in items] == ([3, 4] if "<ul>" in text else [2, 3])  # its lines
    assert items[0]["type"] == "paper"
    out = tmp_path / "out"
    assert build(site, out).returncode == 0
    feed = feedparser.parse((out / "atom.xml").read_text(encoding="utf-8"))
    assert [e.title for e in feed.entries][:1] == [
        "Our paper on sparse sensing was accepted to SenSys 2026"
    ]


NOT_SHOWN = {
    "a partial the home layout never includes": {
        "layouts/index.html": "<main>Welcome</main>",
        "layouts/partials/updates.html": '{{ (resources.Get "updates.md").Content | markdownify }}',
    },
    "a file of another kind (a data file)": {
        "layouts/index.html": '{{ (resources.Get "updates.txt").Content | markdownify }}',
    },
}


@pytest.mark.parametrize("case", NOT_SHOWN)
def test_a_file_no_homepage_template_shows_is_not_read(tmp_path: Path, case: str) -> None:
    name = "assets/updates.txt" if "data" in case else "assets/updates.md"
    site = write(
        tmp_path / "site",
        {"hugo.toml": CONFIG, "content/_index.md": HOME, name: UPDATES, **NOT_SHOWN[case]},
    )
    result = feeds(
        "list", "--json", "--content", str(site), "--now", "2026-11-26",
        "--site-url", "https://ana.example.org/",
    )  # fmt: skip
    assert result.returncode == 1
    assert "no news" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_bad_date_in_the_shown_file_is_named_by_its_line(tmp_path: Path) -> None:
    bad = UPDATES.replace("Sep 9, 2025", "Sep 31, 2025")
    site = write(
        tmp_path / "site",
        {
            "hugo.toml": CONFIG, "content/_index.md": HOME, "assets/updates.md": bad,
            "layouts/index.html": '{{ (resources.Get "updates.md").Content | markdownify }}',
        },
    )  # fmt: skip
    result = feeds(
        "list", "--json", "--content", str(site), "--now", "2026-11-26",
        "--site-url", "https://ana.example.org/",
    )  # fmt: skip
    assert "assets/updates.md:3" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_a_shown_file_without_a_heading_is_headed_by_its_name(tmp_path: Path) -> None:
    home = "---\ntitle: Home\n---\n\n## News\n\n- 2026-03-01: We moved to the new building.\n"
    bio = "Ana grew up by the sea.\n\n2019-05-02: Ana finished her degree in Porto.\n"
    news = "- 2026-01-12: Welcome to our new student, Dana!\n"
    site = write(
        tmp_path / "site",
        {
            "hugo.toml": CONFIG, "content/_index.md": home, "assets/bio.md": bio,
            "assets/news.md": news,
            "layouts/index.html": '{{ (resources.Get "bio.md").Content | markdownify }}'
            '{{ (resources.Get "news.md").Content | markdownify }}',
        },
    )  # fmt: skip
    items, _ = listed(site)
    assert [(i["title"], i["start"]) for i in items] == [
        ("We moved to the new building", "2026-03-01"),
        ("Welcome to our new student, Dana", "2026-01-12"),
    ]


def test_a_layout_alone_shows_a_bio_then_the_news_each_by_its_name(tmp_path: Path) -> None:
    """No ``content/_index.md``: the files the layout shows are the homepage, in the
    order it names them (a partial's first), each headed by its name when it has no
    heading of its own."""
    bio = "Ana grew up by the sea.\n\n2019-05-02: Ana finished her degree in Porto.\n"
    news = "- 2026-01-12: Welcome to our new student, Dana!\n- 2025-11-03: We moved labs.\n"
    site = write(
        tmp_path / "site",
        {
            "hugo.toml": CONFIG, "assets/bio.md": bio, "news.md": news,
            "layouts/index.html": '<h1>Ana</h1>{{ partial "intro.html" . }}<h2>News</h2>'
            '{{ readFile "news.md" | markdownify }}',
            "layouts/partials/intro.html": '{{ (resources.Get "bio.md").Content | markdownify }}',
        },
    )  # fmt: skip
    items, _ = listed(site)
    assert [(i["title"], i["start"], i["line"]) for i in items] == [
        ("Welcome to our new student, Dana", "2026-01-12", 1),
        ("We moved labs", "2025-11-03", 2),
    ]


def test_a_layout_alone_that_shows_no_file_still_says_where_it_looked(tmp_path: Path) -> None:
    site = write(
        tmp_path / "site",
        {"hugo.toml": CONFIG, "layouts/index.html": "<main>{{ .Site.Title }}</main>"},
    )
    result = feeds(
        "list", "--json", "--content", str(site), "--now", "2026-11-26",
        "--site-url", "https://ana.example.org/",
    )  # fmt: skip
    assert result.returncode == 1
    assert "layouts/index.html" in result.stderr and "content/_index.md" in result.stderr
    assert "Traceback" not in result.stderr
