"""Pandoc's dashes: Quarto and R Markdown show ``--`` as an en dash and ``---`` as an em
dash (Pandoc's ``smart`` typography), so a title read from a ``.qmd``/``.Rmd`` page or a
Quarto listing's document says ``2023–2027`` where its source writes ``2023--2027``;
other Markdown keeps its hyphens (the seed's ``Apr 27--29, 2023``). The dates written
with a double hyphen are read as the en-dash ones. Sites written here in our own words;
the expectations from the input and Pandoc's rule.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from feeds.parse.dates import parse_date
from feeds.parse.pandoc_dashes import is_pandoc_source, pandoc_dashes

from .site_listing import listed, write

D = dt.date


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Society Council 2023--2027", "Society Council 2023–2027"),
        ("Invited Talk---Robust inference", "Invited Talk—Robust inference"),
        ("Pages 12--19 and 2021---2022", "Pages 12–19 and 2021—2022"),
        ("A well-known co-author", "A well-known co-author"),
        ("No dashes at all", "No dashes at all"),
    ],
)
def test_pandoc_shows_hyphens_as_dashes(text, shown):
    assert pandoc_dashes(text) == shown


@pytest.mark.parametrize(
    ("source", "pandoc"),
    [
        ("news.qmd", True),
        ("site/news.Rmd", True),
        ("posts/a/index.rmd", True),
        ("index.md", False),
        ("news.html", False),
        ("_data/news.yml", False),
    ],
)
def test_which_sources_pandoc_renders(source, pandoc):
    assert is_pandoc_source(source) is pandoc


@pytest.mark.parametrize(
    ("text", "first", "last", "precision"),
    [
        ("2023--2027", D(2023, 1, 1), D(2027, 12, 31), "year"),
        ("2023 -- 2027", D(2023, 1, 1), D(2027, 12, 31), "year"),
        ("2023–2027", D(2023, 1, 1), D(2027, 12, 31), "year"),
        ("10--16 September 2023", D(2023, 9, 10), D(2023, 9, 16), "day"),
        ("Sep 10--16, 2023", D(2023, 9, 10), D(2023, 9, 16), "day"),
    ],
)
def test_a_double_hyphen_range_is_an_en_dash_range(text, first, last, precision):
    span = parse_date(text)
    assert span is not None, text
    assert (span.start, span.end, span.precision.value, span.ranged) == (
        first,
        last,
        precision,
        True,
    )


QUARTO = "project:\n  type: website\n"
HOME = "---\ntitle: Ada Byron\n---\n\nI study engines.\n"


def test_a_quarto_listing_title_shows_the_dash(tmp_path: Path) -> None:
    site = write(
        tmp_path,
        {
            "_quarto.yml": QUARTO,
            "index.qmd": HOME,
            "news.qmd": '---\ntitle: "News"\nlisting:\n  contents: news\n---\n',
            "news/council/index.qmd": (
                '---\ntitle: "Society Council 2023--2027"\ndate: "2023-11-22"\n'
                'description: "The council of 2019---2023 hands over"\n---\n\nWords.\n'
            ),
        },
    )
    assert listed(site, "https://lab.example.org/") == [("Society Council 2023–2027", "2023-11-22")]


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("news.qmd", "Invited Talk—Robust inference for toy models, pages 12–19"),
        ("news.Rmd", "Invited Talk—Robust inference for toy models, pages 12–19"),
        ("news.md", "Invited Talk---Robust inference for toy models, pages 12--19"),
    ],
)
def test_a_news_page_title_shows_what_its_renderer_shows(
    tmp_path: Path, name: str, title: str
) -> None:
    page = (
        "---\ntitle: News\n---\n\n## News\n\n"
        "- **[Mar 2026]** Invited Talk---Robust inference for toy models, pages 12--19\n"
        "- **[Feb 2026]** Joined the toy lab\n"
    )
    site = write(tmp_path, {name: page})
    found = listed(site / name, "https://lab.example.org/")
    assert found[0] == (title, "2026-03")
