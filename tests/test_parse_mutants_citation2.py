"""More citation forms (``feeds/parse/citation.py``; issue 14's mutation run, session 20).

Each row is an item written for this test under a ``Publications`` heading; the expected
title is written from the row: the linked title after an author list whose links are
each one name, links joined by a colon or a dash read as one title, and the item's own
words otherwise. Read in-process (``parse_page``), so a mutation run sees it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.parse import parse_page

# (the item after its date, the title a reader sees)
CITED = [
    # three links joined by a colon and a dash: one title
    (
        "Ann Author, Bob Writer. [Toy boats](https://x.org/b): [at sea](https://x.org/s)"
        " – [a survey](https://x.org/v).",
        "Toy boats: at sea: a survey",
    ),
    # a link holding the whole author list is no name: no citation, the item's own words
    (
        "[Ann Author, Bob Writer](https://a.org). [A model of toy boats](https://x.org/1).",
        "Ann Author, Bob Writer",
    ),
    # each author its own link: a citation
    (
        "[Ann Author](https://a.org), [Bob Writer](https://b.org). "
        "[A model of toy boats](https://x.org/1).",
        "A model of toy boats",
    ),
    # a quoted title after the author list; a link right after its closing quote is no
    # author's name, and the list may end in an initial just before the quote
    (
        'A. Author, B. Writer, "A model of toy trains"[the code for it](https://x.org/c), ICML',
        "A model of toy trains",
    ),
    ("Ann Author and C“A model of toy trains”, ICML 2022", "A model of toy trains"),
    # a quoted title keeps its last letter; three words are a title, two are not
    (
        'A. Author, B. Writer, "A model of toy trains for SpaceX", ICML',
        "A model of toy trains for SpaceX",
    ),
    ('A. Author, B. Writer, "Toy train models", ICML', "Toy train models"),
    ('A. Author, B. Writer, "Toy trains", ICML', 'A. Author, B. Writer, "Toy trains", ICML'),
]

# A bold run of two words opening an item (no author list after it): a label, the rest
# the title; (the item after its date, its title, its type as the author wrote it)
LABELLED = [
    ("**Invited Talk** at MIT on toy boats", "MIT on toy boats", "Invited Talk"),
    ("**Toy news** Boats at sea", "Boats at sea", "Toy news"),
    # a quote in the label: the citation after it is still titled by its quoted title
    (
        '**"New" paper**: A. Author, B. Writer, "A model of toy trains", ICML 2022',
        "A model of toy trains",
        '"New" paper',
    ),
]


@pytest.mark.parametrize(("row", "title"), CITED)
def test_a_citation_is_titled_by_its_linked_title(row: str, title: str) -> None:
    assert _read(row) == (title, "News")


@pytest.mark.parametrize(("row", "title", "kind"), LABELLED)
def test_a_bold_label_is_no_author(row: str, title: str, kind: str) -> None:
    assert _read(row) == (title, kind)


def _read(row: str) -> tuple[str, str]:
    page = f"---\ntitle: News\n---\n\n## Publications\n\n- **Mar 2025:** {row}\n"
    (event,) = parse_page(Path("news.md"), text=page, headless=True)[1]
    return event.title, event.kind
