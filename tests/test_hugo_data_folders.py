"""Hugo news kept as a folder of data files, ``data/news/<group>/<file>`` (issue 8, c16
cause B): a map keyed by ids or a list, one file per language or per year, hidden
records (``display: false``) left out, shown by a layout that ranges over
``site.Data.news``.

Every site is written here in our own words; ``feeds list --json`` is read back with
``json`` (``feeds build`` with feedparser for a second language); expectations are
written from the input.
"""

from __future__ import annotations

import json
from pathlib import Path

import feedparser
import pytest

from .cli_run import feeds
from .hugo_sites import NOW, build, listed, write

CONFIG = 'baseURL = "https://ana.example.org/"\ntitle = "Ana"\n'
TWO_LANGUAGES = (
    CONFIG + 'defaultContentLanguage = "en"\n'
    '[languages.en]\ncontentDir = "content/en"\nweight = 1\n'
    '[languages.ja]\ncontentDir = "content/ja"\nweight = 2\n'
)
SECTION_PAGE = '---\ntitle: "News"\nlayout: "data-list"\nsectionKey: "news"\n---\n'
COLLECT = (  # a partial that merges each group's language files, as such sites write it
    "{{- $items := slice -}}\n"
    "{{- range $group, $files := .site.Data.news -}}\n"
    '  {{- if not (hasPrefix $group "_") -}}\n'
    '    {{- range $id, $item := index $files "en" -}}\n'
    "      {{- $items = $items | append (merge $item (index (index $files $.lang) $id)) -}}\n"
    "    {{- end -}}\n  {{- end -}}\n{{- end -}}\n{{- return $items -}}\n"
)
LAYOUT = (
    '{{ define "main" }}{{ if eq .Params.sectionKey "news" }}\n'
    '{{ range partial "collect-news.html" (dict "site" .Site "lang" "en") }}\n'
    "{{ if ne .display false }}<p>{{ .date }}</p><h2>{{ .title }}</h2>{{ end }}\n"
    "{{ end }}{{ end }}{{ end }}\n"
)
EN_2025 = """\
# One entry per news item.
news_2026_02_12_01:
  display: true
  date: '2026-02-12'
  title: XYZ 2026, Program Committee Member
  text: served on the **program committee** of XYZ 2026.
news_2025_06_01_01:
  display: true
  date: '2025-06-01'
  title: Best Paper Award at the Lattice Workshop
  text: received the best paper award.
draft_entry:
  display: false
  date: '2025-04-01'
  title: Example
"""
JA_2025 = """\
news_2026_02_12_01:
  title: XYZ 2026 プログラム委員
news_2025_06_01_01:
  title: 格子ワークショップで最優秀論文賞を受賞
"""
EN_2024 = """\
news_2024_10_01_01:
  display: true
  date: '2024-10-01'
  title: Joined the University of Example as an assistant professor
"""
SETTINGS = "display: false\nlabel: LATEST NEWS\nbutton: View all news\n"


def lab_site(root: Path, config: str = CONFIG, japanese: bool = False) -> Path:
    files = {
        "hugo.toml": config,
        "content/en/_index.md" if japanese else "content/_index.md": "---\ntitle: Home\n---\n",
        "content/en/news/_index.md" if japanese else "content/news/_index.md": SECTION_PAGE,
        "layouts/_default/data-list.html": LAYOUT,
        "layouts/partials/collect-news.html": COLLECT,
        "data/news/2025/en.yaml": EN_2025,
        "data/news/2025/ja.yaml": JA_2025,
        "data/news/2024/en.yaml": EN_2024,
        "data/news/2024/ja.yaml": "{}\n",
        "data/news/_summary/en.yaml": SETTINGS,
    }
    if japanese:
        files["content/ja/_index.md"] = "---\ntitle: ホーム\n---\n"
        files["content/ja/news/_index.md"] = SECTION_PAGE
    return write(root, files)


def test_map_keyed_by_ids_in_year_folders(tmp_path: Path):
    items = listed(lab_site(tmp_path))[0]
    got = {(i["title"], i["start"], i["precision"], i["type"], i["line"]) for i in items}
    assert got == {
        ("XYZ 2026, Program Committee Member", "2026-02-12", "day", "service", 2),
        ("Best Paper Award at the Lattice Workshop", "2025-06-01", "day", "award", 7),
        (
            "Joined the University of Example as an assistant professor",
            "2024-10-01",
            "day",
            "position",
            1,
        ),
    }  # the hidden draft and the _summary settings are no items; ja.yaml is not English


def test_second_language_shows_its_own_titles(tmp_path: Path):
    site = lab_site(tmp_path / "site", TWO_LANGUAGES, japanese=True)
    ran = build(site, tmp_path / "out")
    assert ran.returncode == 0, ran.stderr
    english = feedparser.parse((tmp_path / "out" / "feed.xml").read_bytes())
    japanese = feedparser.parse((tmp_path / "out" / "ja" / "feed.xml").read_bytes())
    assert {e.title for e in english.entries} == {
        "XYZ 2026, Program Committee Member",
        "Best Paper Award at the Lattice Workshop",
        "Joined the University of Example as an assistant professor",
    }
    assert {e.title for e in japanese.entries} == {
        "XYZ 2026 プログラム委員",
        "格子ワークショップで最優秀論文賞を受賞",
        "Joined the University of Example as an assistant professor",  # no ja fields
    }


FOLDER_FORMS = {
    "a list per year file": (
        {
            "data/news/2024.yaml": (
                "- date: 2024-03-05\n  text: Gave an invited talk at the Example Seminar\n"
                "- date: 2024-01-20\n  text: Our paper on sparse solvers was accepted\n"
            ),
            "data/news/2023.yaml": "- date: 2023-11-02\n  text: Started my PhD at Example U\n",
        },
        "{{ range $year, $list := site.Data.news }}{{ range $list }}{{ .text }}{{ end }}{{ end }}",
        [
            ("Gave an invited talk at the Example Seminar", "2024-03-05", "talk"),
            ("Our paper on sparse solvers was accepted", "2024-01-20", "paper"),
            ("Started my PhD at Example U", "2023-11-02", "position"),
        ],
    ),
    "TOML tables keyed by ids, one hidden by draft": (
        {
            "data/news/items.toml": (
                '[n2025a]\ndate = "2025-05-05"\ntitle = "Our paper was accepted at ABC 2025"\n'
                '[n2025b]\ndate = "2025-04-01"\ntitle = "A secret"\ndraft = true\n'
                '[n2024a]\ndate = 2024-12-24\ntitle = "Won the department teaching award"\n'
            ),
        },
        '{{ range index .Site.Data "news" }}{{ range . }}{{ .title }}{{ end }}{{ end }}',
        [
            ("Our paper was accepted at ABC 2025", "2025-05-05", "paper"),
            ("Won the department teaching award", "2024-12-24", "award"),
        ],
    ),
    "JSON map keyed by ids, visible: false": (
        {
            "data/news/2022/en.json": json.dumps(
                {
                    "a1": {"date": "2022-09-09", "title": "Gave a keynote talk at DEF 2022"},
                    "a2": {"date": "2022-08-08", "title": "Hidden", "visible": False},
                }
            ),
        },
        "{{ range $y, $f := hugo.Data.news }}{{ range $f.en }}{{ .title }}{{ end }}{{ end }}",
        [("Gave a keynote talk at DEF 2022", "2022-09-09", "talk")],
    ),
}


@pytest.mark.parametrize("name", FOLDER_FORMS)
def test_news_data_folder_forms(tmp_path: Path, name: str):
    files, template, expected = FOLDER_FORMS[name]
    site = write(
        tmp_path,
        {
            "hugo.toml": CONFIG,
            "content/_index.md": "---\ntitle: Home\n---\n",
            "layouts/index.html": template + "\n",
            **files,
        },
    )
    items = listed(site)[0]
    assert sorted((i["title"], i["start"], i["type"]) for i in items) == sorted(expected)


def test_folder_no_layout_shows_is_not_read(tmp_path: Path):
    site = write(
        tmp_path,
        {
            "hugo.toml": CONFIG,
            "content/_index.md": "---\ntitle: Home\n---\n",
            "content/news/talk.md": '---\ntitle: "Gave a talk at GHI"\ndate: 2025-02-02\n---\n',
            "data/news/2025/en.yaml": EN_2024,
        },
    )
    items = listed(site)[0]
    assert [(i["title"], i["start"]) for i in items] == [("Gave a talk at GHI", "2025-02-02")]


def test_one_file_of_the_folder_as_content(tmp_path: Path):
    site = lab_site(tmp_path)
    result = feeds(
        "list", "--json", "--content", str(site / "data/news/2025/en.yaml"),
        "--now", NOW, "--site-url", "https://ana.example.org/", "--timezone", "UTC",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert [(i["title"], i["start"], i["line"]) for i in items] == [
        ("XYZ 2026, Program Committee Member", "2026-02-12", 2),
        ("Best Paper Award at the Lattice Workshop", "2025-06-01", 7),
    ]


def test_layout_only_homepage_over_a_news_folder(tmp_path: Path):
    """No content/ at all: the home layout ranges over site.Data.news, kept in a folder."""
    site = write(
        tmp_path,
        {
            "hugo.toml": CONFIG,
            "layouts/index.html": (
                "{{ range $year, $f := site.Data.news }}{{ range $f.en }}"
                "<p>{{ .date }} {{ .title }}</p>{{ end }}{{ end }}\n"
            ),
            "data/news/2025/en.yaml": EN_2025,
            "data/news/2024/en.yaml": EN_2024,
        },
    )
    items = listed(site)[0]
    assert [(i["title"], i["start"]) for i in items] == [
        ("XYZ 2026, Program Committee Member", "2026-02-12"),
        ("Best Paper Award at the Lattice Workshop", "2025-06-01"),
        ("Joined the University of Example as an assistant professor", "2024-10-01"),
    ]
