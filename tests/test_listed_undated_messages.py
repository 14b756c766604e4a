"""A listing's document without a readable date is published undated, with one warning at
its date line saying why and how to write it (issue 8, bad input: file:line, never lost),
said once (the news page whose listing is the news is not read again with the others).
Sites written here in our own words."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import write

QUARTO = "project:\n  type: website\n"
NEWS = '---\ntitle: "News"\nlisting:\n  contents: news\n---\n'


def doc(title: str, date_line: str) -> str:
    return f'---\ntitle: "{title}"\n{date_line}---\n\nSome words.\n'


CASES = [
    (
        "",
        "news/the-loom/index.qmd:1: warning: listed document has no 'date:' in its front matter;"
        " published undated",
    ),
    (
        "date: sometime soon\n",
        "news/the-loom/index.qmd:3: warning: cannot read the date 'sometime soon' (write e.g."
        " 2024-12-20 or December 20, 2024); published undated",
    ),
    (
        "date: today\n",
        "news/the-loom/index.qmd:3: warning: date 'today' is the day the site is rendered, not"
        " the day of the news; published undated (write e.g. 2024-12-20)",
    ),
]


# (the homepage: no listing, or a listing of the same documents and others; what the
# others add)
HOMEPAGES = [
    ("---\ntitle: Ada Byron\n---\n\nI study engines.\n", {}),
    (
        '---\ntitle: Ada Byron\nlisting:\n  contents:\n    - "news/*/index.qmd"\n'
        '    - "notes/*/index.qmd"\n---\n\nI study engines.\n',
        {"Notes on gears": "2024-01-02"},
    ),
]


@pytest.mark.parametrize(("homepage", "more"), HOMEPAGES)
@pytest.mark.parametrize(("date_line", "said"), CASES)
def test_an_undated_listed_document_is_said_at_its_line(
    tmp_path: Path, date_line: str, said: str, homepage: str, more: dict[str, str]
) -> None:
    site = write(
        tmp_path,
        {
            "_quarto.yml": QUARTO,
            "index.qmd": homepage,
            "notes/gears/index.qmd": doc("Notes on gears", "date: 2024-01-02\n"),
            "news.qmd": NEWS,
            "news/the-loom/index.qmd": doc("A loom rebuilt", date_line),
            "news/the-grant/index.qmd": doc("A grant for the loom", "date: 2024-03-05\n"),
        },
    )
    ran = feeds(
        "list", "--json", "--content", str(site), "--now", "2026-11-26",
        "--site-url", "https://lab.example.org/",
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    items = {item["title"]: item["start"] for item in json.loads(ran.stdout)}
    assert items == {"A loom rebuilt": None, "A grant for the loom": "2024-03-05", **more}
    warnings = [line for line in ran.stderr.splitlines() if "undated" in line]
    assert len(warnings) == 1, warnings  # said once: each listed document is read once
    assert warnings.pop().endswith(said)


def test_an_undated_news_file_is_said_at_its_line(tmp_path: Path) -> None:
    """The same for a Jekyll ``_news/`` collection: missing, then unreadable."""
    site = write(
        tmp_path,
        {
            "_config.yml": "title: Ada\nurl: https://ada.example.org\n"
            "collections:\n  news:\n    output: true\n",
            "index.md": "---\nlayout: about\npermalink: /\nannouncements:\n  enabled: true\n"
            "---\n\nI study engines.\n",
            "_news/a.md": "---\nlayout: post\ninline: true\n---\n\nA loom rebuilt in the lab.\n",
            "_news/b.md": "---\nlayout: post\ndate: the spring\ninline: true\n---\n\nA grant.\n",
            "_news/c.md": "---\ndate: 2024-03-05\ninline: true\n---\n\nOur paper on looms.\n",
        },
    )
    ran = feeds("list", "--json", "--content", str(site), "--now", "2026-11-26")
    assert ran.returncode == 0, ran.stderr
    starts = sorted((item["start"] or "") for item in json.loads(ran.stdout))
    assert starts == ["", "", "2024-03-05"]
    assert ran.stderr.replace(f"{site}/", "").splitlines() == [
        "_news/a.md:1: warning: news item has no 'date:' in its front matter; published undated",
        "_news/b.md:3: warning: cannot read the date 'the spring' (write e.g. 2022-11-18 or"
        " 2022-11-18 15:00:00 -0500); published undated",
    ]
