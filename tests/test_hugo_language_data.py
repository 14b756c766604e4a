"""Hugo news kept per language in ``data/<lang>/news.yml`` and shown by a layout that
indexes the data by the language being built, ``(index hugo.Data site.Language.Lang).news``
(scan30 C: two sites of one template); the default language's file is the root feed's,
the other language's its own. A template's release history (``VERSION.md``,
``ROADMAP.md`` at the repository's root) is never news. Sites are written here in our
own words; expectations are written from the input.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import listed, write

CONFIG = (
    'baseURL = "https://ana.example.org/"\ntitle = "Ana"\ndefaultContentLanguage = "en"\n'
    "[languages]\n  [languages.en]\n    weight = 1\n  [languages.ko]\n    weight = 2\n"
)
EN_NEWS = """\
# newest first on the page
- date: 2026-07-10
  icon: 🎤
  text: Giving a talk at the [Pond Workshop](https://pond.example.org/) in Busan.
- date: 2025-03-01
  text: Started my master's program at the Lake Lab.
"""
KO_NEWS = """\
- date: 2026-07-10
  text: 부산 연못 워크숍에서 발표합니다.
- date: 2025-03-01
  text: 호수 연구실에서 석사과정을 시작했습니다.
"""
VERSION = """\
# Version

Current: 2.0.0

## History
- **2.0.0** - 2026-06-22 - *major*: a new palette and the settings page, plus two fixes.
- **1.0.0** - 2026-06-11 - *major* (first public release): a README and screenshots.
- **0.1.0** - 2026-06-10 - *initial*: the homepage made into a template with two languages.
"""
EXPECTED = [
    ("Giving a talk at the Pond Workshop in Busan", "2026-07-10"),
    ("Started my master's program at the Lake Lab", "2025-03-01"),
]

# the template forms that show the built language's news data
TEMPLATES = [
    '{{ range sort (index hugo.Data site.Language.Lang).news "date" "desc" }}'
    "<p>{{ .text | markdownify }}</p>{{ end }}",
    "{{ $data := index site.Data site.Language.Lang }}"
    "{{ range $data.news }}<p>{{ .text }}</p>{{ end }}",
    "{{ range (index .Site.Data .Site.Language.Lang).news }}<p>{{ .text }}</p>{{ end }}",
    "{{ range (index $.Site.Data .Lang).news }}<p>{{ .text }}</p>{{ end }}",
]


def _site(tmp_path: Path, template: str) -> Path:
    return write(
        tmp_path,
        {
            "config/_default/hugo.toml": CONFIG,
            "content/_index.md": "---\ntitle: Ana\n---\nI study ponds.\n",
            "content/news.md": '---\ntitle: "News"\ntype: "news"\nlayout: "single"\n---\n',
            "content/_index.ko.md": "---\ntitle: 아나\n---\n연못을 연구합니다.\n",
            "content/news.ko.md": '---\ntitle: "소식"\ntype: "news"\nlayout: "single"\n---\n',
            "layouts/news/single.html": '{{ define "main" }}' + template + "{{ end }}\n",
            "data/en/news.yml": EN_NEWS,
            "data/ko/news.yml": KO_NEWS,
            "VERSION.md": VERSION,
        },
    )


@pytest.mark.parametrize("template", TEMPLATES)
def test_the_default_languages_data_file_is_the_news(tmp_path: Path, template: str) -> None:
    items, _ = listed(_site(tmp_path, template))
    assert [(i["title"], i["start"]) for i in items if i["language"] == "en"] == EXPECTED


def test_the_other_language_gets_its_own_file(tmp_path: Path) -> None:
    items, _ = listed(_site(tmp_path, TEMPLATES[0]))
    assert [(i["title"], i["start"]) for i in items if i["language"] == "ko"] == [
        ("부산 연못 워크숍에서 발표합니다", "2026-07-10"),
        ("호수 연구실에서 석사과정을 시작했습니다", "2025-03-01"),
    ]


def test_no_layout_indexing_by_language_reads_no_language_file(tmp_path: Path) -> None:
    site = _site(tmp_path, "<p>{{ .Content }}</p>")
    result = feeds(
        "list", "--json", "--content", str(site), "--now", "2026-11-26",
        "--site-url", "https://ana.example.org/",
    )  # fmt: skip
    titles = [i["title"] for i in json.loads(result.stdout or "[]")]
    assert not any("master's" in t for t in titles)


@pytest.mark.parametrize("name", ["VERSION.md", "ROADMAP.md", "QUICKSTART.md"])
def test_a_templates_release_notes_are_no_news(tmp_path: Path, name: str) -> None:
    site = write(
        tmp_path,
        {
            "config/_default/hugo.toml": CONFIG.split("[languages]")[0],
            "content/_index.md": "---\ntitle: Ana\n---\nI study ponds.\n",
            "content/news.md": '---\ntitle: "News"\ntype: "news"\nlayout: "single"\n---\n',
            name: VERSION,
        },
    )
    result = feeds(
        "list", "--json", "--content", str(site), "--now", "2026-11-26",
        "--site-url", "https://ana.example.org/",
    )  # fmt: skip
    assert "release" not in result.stdout and "palette" not in result.stdout, result.stdout
    assert "Traceback" not in result.stderr
