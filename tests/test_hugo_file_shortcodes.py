"""Hugo shortcodes that show a file of the site (issue 8, cause A of corpus c7).

A Hugo page (or the ``text`` of a landing page's ``block: markdown``) may keep its news
in another file of the site and show it with a shortcode of its own:
``{{< readfromfile "content/updates.dat" 5 >}}``, ``{{% readfile file="news.md" %}}``,
``{{< include "data/news.md" >}}``. The shortcode's template (``layouts/shortcodes/``, or
a theme's) says which file it reads and what of it is shown; that text is the page's
text at that place, each line known by its own file and line. A file outside the site is
not read (a warning names the call). Expectations are written here and read back with
``json`` (``feeds list --json``).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import YAML_CONFIG, listed, write

# one line a news item, "**[DD.MM.YY]** words"; the shortcode makes each line a paragraph
UPDATES = """\
**[14.03.25]**  Gave a seminar on toy models at Some University
**[02.01.25]**  Our workshop paper on widgets was [accepted](https://example.org/w)
**[20.11.24]**  Started as a research fellow at Example Lab
"""
UPDATES_FOUND = [
    ("Gave a seminar on toy models at Some University", "2025-03-14", "talk", 1),
    ("Our workshop paper on widgets was accepted", "2025-01-02", "paper", 2),
    ("Started as a research fellow at Example Lab", "2024-11-20", "position", 3),
]
FIRST_LINES = """\
{{ $file := .Get 0 }}
{{ $lines := .Get 1 }}
{{ $text := readFile $file }}
{{/* one paragraph a line */}}
{{ $text := split $text "\\n" }}
{{ $text := first $lines (after 0 $text) }}
{{ $text := delimit $text "\\n\\n" }}
{{ $text | markdownify }}
"""
LANDING = """\
---
title: ''
type: landing
sections:
  - block: resume-biography-3
    content:
      username: me
  - block: markdown
    id: news
    content:
      title: "Recent News"
      text: |
        <div class="news-box">
        {{< readfromfile "content/updates.dat" 2 >}}
        <p><a href="/news/">All news →</a></p>
        </div>
---
"""
NEWS_PAGE = '---\ntitle: News\n---\n\n{{< readfromfile "content/updates.dat" 1000 >}}\n'

# (files of the site besides the config, the items expected: title, start, type, line)
SITES = {
    "landing block, the first lines, then the news page it links to": (
        {
            "layouts/shortcodes/readfromfile.html": FIRST_LINES,
            "content/_index.md": LANDING,
            "content/news/_index.md": NEWS_PAGE,
            "content/updates.dat": UPDATES,
        },
        UPDATES_FOUND,
    ),
    "positional path, readFile in parentheses, a news heading of the homepage": (
        {
            "layouts/shortcodes/include.html": "{{ readFile (.Get 0) | markdownify }}\n",
            "content/_index.md": (
                '---\ntitle: Ana\n---\n\n## News\n{{< include "data/news.md" >}}\n'
            ),
            "data/news.md": "- **[14.03.25]** Gave a seminar on toy models at Some University\n"
            "- **[02.01.25]** Our workshop paper on widgets was accepted\n",
        },
        UPDATES_FOUND[:2],
    ),
    "named argument piped to os.ReadFile, the page's folder joined": (
        {
            "layouts/shortcodes/readfile.html": (
                '{{ $path := path.Join "content" .Page.File.Dir (.Get "file") }}\n'
                "{{ $path | os.ReadFile | .Page.RenderString }}\n"
            ),
            "content/news/_index.md": (
                '---\ntitle: News\n---\n\n{{% readfile file="list.md" %}}\n'
            ),
            "content/news/list.md": "* 20.11.2024: Started as a research fellow at Example Lab\n",
        },
        [UPDATES_FOUND[2][:3] + (1,)],
    ),
    "a theme's shortcode, the asset's content inside with": (
        {
            "themes/toy/layouts/shortcodes/newsfile.html": (
                '{{ with resources.Get (.Get "src") }}{{ .Content | markdownify }}{{ end }}\n'
            ),
            "hugo.yaml": YAML_CONFIG + "theme: toy\n",
            "content/news.md": (
                '---\ntitle: Latest News\n---\n{{< newsfile src="news/list.md" >}}\n'
            ),
            "assets/news/list.md": (
                "- 2025-03-14: Gave a seminar on toy models at Some University\n"
            ),
        },
        [UPDATES_FOUND[0][:3] + (1,)],
    ),
    "range over the lines of a printf path, each line a block": (
        {
            "layouts/_shortcodes/lines.html": (
                '{{ range first 2 (split (readFile (printf "data/%s" (.Get 0))) "\\n") }}\n'
                "<p>{{ . | markdownify }}</p>\n{{ end }}\n"
            ),
            "content/_index.md": '---\ntitle: Ana\n---\n\n## Updates\n\n{{< lines "u.txt" >}}\n',
            "data/u.txt": UPDATES,
        },
        UPDATES_FOUND[:2],
    ),
    "a page bundle's own file": (
        {
            "layouts/shortcodes/bundled.html": (
                "{{ (.Page.Resources.Get (.Get 0)).Content | markdownify }}\n"
            ),
            "content/news/_index.md": '---\ntitle: News\n---\n\n{{< bundled "items.md" >}}\n',
            "content/news/items.md": "- 2024-11-20: Started as a research fellow at Example Lab\n",
        },
        [UPDATES_FOUND[2][:3] + (1,)],
    ),
}


@pytest.mark.parametrize("name", SITES)
def test_a_file_a_shortcode_shows_is_read_in_its_place(tmp_path: Path, name: str) -> None:
    files, expected = SITES[name]
    site = write(tmp_path / "site", {"hugo.yaml": YAML_CONFIG, **files})
    items, ran = listed(site)
    got = [(i["title"], i["start"], i["type"], i["line"]) for i in items]
    assert got == expected, ran.stderr
    assert all(i["precision"] == "day" for i in items)


def test_a_problem_names_the_shown_file_and_its_line(tmp_path: Path) -> None:
    site = write(
        tmp_path / "site",
        {
            "hugo.yaml": YAML_CONFIG,
            "layouts/shortcodes/readfromfile.html": FIRST_LINES,
            "content/news/_index.md": NEWS_PAGE,
            "content/updates.dat": UPDATES + UPDATES.splitlines()[0] + "\n",
        },
    )
    items, ran = listed(site)
    assert len(items) == 4
    assert "content/updates.dat:4: warning: duplicate news item" in ran.stderr.replace("\\", "/")
    assert "content/updates.dat:1)" in ran.stderr.replace("\\", "/")


@pytest.mark.parametrize("path", ["../outside.dat", "/../outside.dat", "content/../../outside.dat"])
def test_a_file_outside_the_site_is_never_read(tmp_path: Path, path: str) -> None:
    (tmp_path / "outside.dat").write_text("- 2025-05-05: A secret from outside the site\n")
    site = write(
        tmp_path / "site",
        {
            "hugo.yaml": YAML_CONFIG,
            "layouts/shortcodes/readfromfile.html": FIRST_LINES,
            "content/_index.md": (
                "---\ntitle: Ana\n---\n\n## News\n\n- 2025-01-02: Our paper was accepted\n"
                f'{{{{< readfromfile "{path}" 5 >}}}}\n'
            ),
        },
    )
    items, ran = listed(site)
    assert [i["title"] for i in items] == ["Our paper was accepted"]
    assert f"content/_index.md:8: warning: shortcode readfromfile: {path} is outside the site" in (
        ran.stderr.replace("\\", "/")
    )


def test_other_shortcodes_stay_blank_and_a_missing_file_is_said(tmp_path: Path) -> None:
    site = write(
        tmp_path / "site",
        {
            "hugo.yaml": YAML_CONFIG,
            "layouts/shortcodes/readfromfile.html": FIRST_LINES,
            "layouts/shortcodes/badge.html": '<span class="badge">{{ .Get 0 }}</span>\n',
            "content/_index.md": (
                "---\ntitle: Ana\n---\n\n## News\n\n"
                '- 2025-01-02: Our paper was accepted {{< badge "new" >}}\n'
                '{{< readfromfile "content/gone.dat" 5 >}}\n'
            ),
        },
    )
    result = feeds(
        "list", "--json", "--content", str(site), "--now", "2026-11-26",
        "--site-url", "https://ana.example.org/",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert [i["title"] for i in json.loads(result.stdout)] == ["Our paper was accepted"]
    said = "content/_index.md:8: warning: shortcode readfromfile: file content/gone.dat not found"
    assert said in result.stderr.replace("\\", "/")


def test_a_template_past_understanding_is_said_not_a_traceback(tmp_path: Path) -> None:
    nested = "{{ if true }}" * 3000 + '{{ readFile "data/n.md" }}' + "{{ end }}" * 3000
    site = write(
        tmp_path / "site",
        {
            "hugo.yaml": YAML_CONFIG,
            "layouts/shortcodes/deep.html": nested,
            "data/n.md": "- 2025-05-05: Gave a talk at Toy Institute\n",
            "content/_index.md": (
                "---\ntitle: Ana\n---\n\n## News\n\n- 2025-01-02: Our paper was accepted\n"
                "{{< deep >}}\n"
            ),
        },
    )
    items, ran = listed(site)
    assert [i["title"] for i in items] == ["Our paper was accepted"]
    assert "content/_index.md:8: warning: shortcode deep: no file of the site" in (
        ran.stderr.replace("\\", "/")
    )
