"""A Hugo site with no ``content/_index.md`` and no home layout anywhere (PaperMod has
none): Hugo builds the home from the list layout, ``_default/list.html``, which shows in
its profile mode a partial ranging over ``site.Data.news`` (scan30 B2). That data file is
the news; entries written without a date are published undated, each with a warning.
Sites are written here in our own words; expectations are written from the input.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import listed, write

CONFIG = "baseURL: https://ana.example.org/\ntitle: Ana\ntheme: Paper\n"
RECENT = (
    "{{- with site.Data.news }}\n<h2>Recent news</h2>\n{{- range . }}\n"
    '<a href="{{ .url }}"><h3>{{ .title }}</h3><p>{{ .text }}</p><time>{{ .date }}</time></a>\n'
    "{{- end }}\n{{- end }}\n"
)
LIST = (
    '{{- define "main" }}\n{{- if (and site.Params.profileMode.enabled .IsHome) }}\n'
    '{{- partial "recent_news.html" . }}\n{{- else }}{{ range .Pages }}{{ .Title }}{{ end }}'
    "\n{{- end }}\n{{- end }}\n"
)
NEWS = """\
- title: "A thesis defence on duckweed"
  text: "Mia defends her thesis on duckweed in the Great Hall."
  url: "https://uni.example.org/agenda/duckweed/"
- title: "New paper in Pond Letters"
  text: "Our paper on pond oxygen appeared in Pond Letters."
  url: "/publications/7/"
"""
THEME_LIST = '{{ define "main" }}{{ range .Pages }}{{ .Title }}{{ end }}{{ end }}\n'

# (where the list layout that shows the news is, the theme's own files)
LAYOUTS = [
    ("layouts/_default/list.html", {"themes/Paper/layouts/_default/list.html": THEME_LIST}),
    (
        "themes/Paper/layouts/_default/list.html",
        {"themes/Paper/layouts/partials/recent_news.html": RECENT},
    ),
    ("layouts/list.html", {"themes/Paper/layouts/_default/list.html": THEME_LIST}),
]


@pytest.mark.parametrize(("where", "theme"), LAYOUTS)
def test_the_list_layouts_news_data_is_the_news(tmp_path: Path, where: str, theme: dict) -> None:
    files = {
        "config.yml": CONFIG + "params:\n  profileMode:\n    enabled: true\n",
        "content/blog/first.md": "---\ntitle: First post\ndate: 2020-01-01\n---\nHello.\n",
        "layouts/partials/recent_news.html": RECENT,
        "data/news.yml": NEWS,
        where: LIST,
        **theme,
    }
    items, ran = listed(write(tmp_path, files))
    assert [(i["title"], i["start"]) for i in items] == [
        ("A thesis defence on duckweed", None),
        ("New paper in Pond Letters", None),
    ]
    assert ran.stderr.count("no 'date:'; published undated") == 2


def test_a_home_layout_comes_before_the_list_layout(tmp_path: Path) -> None:
    files = {
        "config.yml": CONFIG,
        "content/blog/first.md": "---\ntitle: First post\ndate: 2020-01-01\n---\nHello.\n",
        "layouts/partials/recent_news.html": RECENT,
        "data/news.yml": NEWS,
        "layouts/_default/list.html": LIST,
        "themes/Paper/layouts/index.html": "<h1>{{ site.Title }}</h1>\n",
    }
    ran = feeds(
        "list", "--json", "--content", str(write(tmp_path, files)), "--now", "2026-11-26",
        "--site-url", "https://ana.example.org/",
    )  # fmt: skip
    assert "duckweed" not in ran.stdout
