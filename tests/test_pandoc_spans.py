"""Pandoc's bracketed spans and attributes (Quarto ``.qmd``, R Markdown): a span
``[June 2026]{.item-date}`` shows its text, so the date in it dates the item and its
attribute block never reaches the words; the attributes of a link or an image
(``[slides](s.pdf){target="_blank"}``, ``![](a.png){width=80%}``) are not shown either.
Pages written here in our own words; read back through ``feeds list --json``."""

from __future__ import annotations

from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import listed, write

HOME = "---\ntitle: Ana Byron\n---\n\nI study rivers.\n\n## News\n\n{entries}\n"


@pytest.mark.parametrize(
    ("entry", "title", "start"),
    [
        (
            "- [June 2026]{.item-date} Presented our [river paper](pubs/r.qmd) at Example Meet.",
            "Presented our river paper at Example Meet",
            "2026-06",
        ),
        (
            '- [2026-03-04]{#d1 .date data-x="1"} Mara joins the group as a postdoc.',
            "Mara joins the group as a postdoc",
            "2026-03-04",
        ),
        (
            "- **May 2026**: Our [snowmelt study]{.highlight} is published in Water Letters.",
            "Our snowmelt study is published in Water Letters",
            "2026-05",
        ),
        (
            '- Apr 2026: New [slides](talk.pdf){target="_blank"} of my talk at Hydro Forum.',
            "New slides of my talk at Hydro Forum",
            "2026-04",
        ),
        (  # not an attribute block: kept as written
            "- Mar 2026: We wrote [a note]{see below} on rain.",
            "We wrote [a note]{see below} on rain",
            "2026-03",
        ),
    ],
)
def test_a_span_shows_its_text(tmp_path: Path, entry: str, title: str, start: str) -> None:
    write(
        tmp_path,
        {"_quarto.yml": "project:\n  type: website\n", "index.qmd": HOME.format(entries=entry)},
    )
    items, _ = listed(tmp_path)
    assert [(i["title"], i["start"]) for i in items] == [(title, start)]


def test_the_link_of_a_span_stays(tmp_path: Path) -> None:
    entry = (
        "- [June 2026]{.item-date} Presented our [river paper](https://example.org/river) today."
    )
    write(
        tmp_path,
        {"_quarto.yml": "project:\n  type: website\n", "index.qmd": HOME.format(entries=entry)},
    )
    result = feeds("list", "--json", "--content", str(tmp_path), "--now", "2026-11-26",
                   "--site-url", "https://ana.example.org/")  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert '"url": "https://example.org/river"' in result.stdout
