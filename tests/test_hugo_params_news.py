"""Hugo news kept in the site configuration's ``params`` (session 25's scan, cause C):
the home layout, or a partial it includes, ranges over ``.Site.Params.news`` and the
list is ``[[params.news.list]]`` tables of ``config.toml`` (also ``[[params.news]]``,
``params: news:`` of ``hugo.yaml``, ``[[news]]`` of ``config/_default/params.toml``).
Each entry is one item at its line; entries commented out are never published; a site
with no ``content/`` at all is a Hugo site when its ``layouts/index.html`` is a Hugo
template. Sites written here in our own words; items read back from ``feeds list --json``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import NOW, listed, write

CONFIG_TOML = """\
baseURL = "https://ana.example.org/"
title = "Ana"

[params]
  name = "Ana"

  [params.news]
    enable = true
    title = "News"

    [[params.news.list]]
    date = "Apr 2, 2026"
    details = "Our paper on tidal sensors was accepted at the coastal systems conference!"

  #  [[params.news.list]]
  #  date = "Jan 5, 2026"
  #  details = "A draft entry nobody sees."

    [[params.news.list]]
    date = "Nov 20, 2025"
    details = "I joined the Harbour Institute as a research scientist."
"""

TOML_TABLES = """\
baseURL = "https://ana.example.org/"

[[params.news]]
  date = "2026-04-02"
  text = "Our paper on tidal sensors was accepted at the coastal systems conference!"

[[params.news]]
  date = "2025-11-20"
  text = "I joined the Harbour Institute as a research scientist."
"""

YAML_PARAMS = """\
baseURL: https://ana.example.org/
params:
  news:
    - date: 2026-04-02
      title: Our paper on tidal sensors was accepted at the coastal systems conference!
    - date: 2025-11-20
      title: I joined the Harbour Institute as a research scientist.
"""

PARAMS_FILE = """\
[[news]]
date = "2026-04-02"
text = "Our paper on tidal sensors was accepted at the coastal systems conference!"

[[news]]
date = "2025-11-20"
text = "I joined the Harbour Institute as a research scientist."
"""

PARTIAL_HOME = '{{ if .Site.Params.news.enable }}{{ partial "news.html" . }}{{ end }}'
NEWS_PARTIAL = (
    "<h2>{{ .Site.Params.news.title }}</h2>{{- range .Site.Params.news.list }}"
    "<div>{{ .date }}</div><div>{{ .details | markdownify }}</div>{{- end }}"
)
DIRECT_HOME = "<h2>News</h2>{{ range site.Params.news }}<p>{{ .date }} {{ .text }}</p>{{ end }}"
TITLE_HOME = "<h2>News</h2>{{ range .Site.Params.news }}<p>{{ .title }}</p>{{ end }}"

# files of the site, the lines of the two entries (in the file holding them)
SITES = {
    "config.toml [[params.news.list]], a partial, no content/": (
        {
            "config.toml": CONFIG_TOML,
            "layouts/index.html": PARTIAL_HOME,
            "layouts/partials/news.html": NEWS_PARTIAL,
        },
        [11, 19],
    ),
    "config.toml [[params.news]], no content/": (
        {"config.toml": TOML_TABLES, "layouts/index.html": DIRECT_HOME},
        [3, 7],
    ),
    "hugo.yaml params: news:, a homepage without news": (
        {
            "hugo.yaml": YAML_PARAMS,
            "content/_index.md": "---\ntitle: Home\n---\nI study tides.\n",
            "layouts/index.html": TITLE_HOME,
        },
        [4, 6],
    ),
    "config/_default/params.toml [[news]]": (
        {
            "config/_default/hugo.toml": 'baseURL = "https://ana.example.org/"\n',
            "config/_default/params.toml": PARAMS_FILE,
            "content/about.md": "---\ntitle: About\n---\nI study tides.\n",
            "layouts/index.html": DIRECT_HOME,
        },
        [1, 5],
    ),
}


@pytest.mark.parametrize(("files", "lines"), SITES.values(), ids=SITES)
def test_the_home_layout_shows_the_news_of_the_params(
    tmp_path: Path, files: dict[str, str], lines: list[int]
) -> None:
    items, _ = listed(write(tmp_path / "site", files))
    assert [(i["start"], i["title"][:26], i["type"]) for i in items] == [
        ("2026-04-02", "Our paper on tidal sensors", "paper"),
        ("2025-11-20", "I joined the Harbour Insti", "position"),
    ]
    assert [i["line"] for i in items] == lines


def test_a_params_list_the_layout_does_not_show_is_no_news(tmp_path: Path) -> None:
    site = write(
        tmp_path / "site",
        {"config.toml": TOML_TABLES, "layouts/index.html": "<h1>{{ .Site.Title }}</h1>"},
    )
    ran = feeds("list", "--json", "--content", str(site), "--now", NOW)
    assert ran.returncode == 1
    assert "no homepage found" in ran.stderr
