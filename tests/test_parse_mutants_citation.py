"""Items written as citations under a ``Publications`` heading: an author list, then the
linked title (``feeds/parse/citation.py``; issue 14's mutation run, session 18).

Each row is an item written for this test, in the form people use for a list of papers;
the expected title is written from the row: the linked text after two names or more,
links joined by a colon or a dash read as one title, and the item's own words otherwise.
Read in-process (``parse_page``), so a mutation run sees it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.parse import parse_page

BOATS = "[A model of toy boats](https://example.org/boats)"
KIT = "[TOYKIT](https://example.org/kit)"
TOOLKIT = "[A toolkit for toy boats](https://example.org/kit.pdf)"

# (the item after its date, the title a reader sees)
CITED = [
    (f"Ann Author, Bob Writer. {BOATS}. *Example Letters*.", "A model of toy boats"),
    (f"Ann Author and Bob Writer: {BOATS}.", "A model of toy boats"),
    (f"A. Author & B. Writer. {BOATS}.", "A model of toy boats"),
    (f"Ann Author, Bob Writer et al. {BOATS}.", "A model of toy boats"),
    (f"Ann Author, Bob Writer. “{BOATS}”.", "A model of toy boats"),
    (f"Ann Author, Bob Writer, Cy Coder, and Dee Drafter. {BOATS}", "A model of toy boats"),
    ("Ann Author, Bob Writer. [Toy boat models](https://example.org/b).", "Toy boat models"),
    # the title's spaces and line break are one space each
    (
        "Ann Author, Bob Writer. [A model   of toy\nboats](https://example.org/b).",
        "A model of toy boats",
    ),
    # a name, then a colon or a dash, then the paper's title: one title
    (f"Ann Author, Bob Writer. {KIT}: {TOOLKIT}.", "TOYKIT: A toolkit for toy boats"),
    (f"Ann Author, Bob Writer. {KIT} – {TOOLKIT}.", "TOYKIT: A toolkit for toy boats"),
    (f"Ann Author, Bob Writer. {KIT} — {TOOLKIT}.", "TOYKIT: A toolkit for toy boats"),
    (f"Ann Author, Bob Writer. {KIT} - {TOOLKIT}.", "TOYKIT: A toolkit for toy boats"),
    # two short links joined: four words, a title
    (
        "Ann Author, Bob Writer. [Toy boats](https://example.org/b): [at sea](https://example.org/s).",
        "Toy boats: at sea",
    ),
    # a second link the sentence names apart ("See …") is not part of the title
    (
        f"Ann Author, Bob Writer. {BOATS}. See [the code of it all](https://example.org/c).",
        "A model of toy boats",
    ),
    (
        f"Ann Author, Bob Writer. {BOATS} [A model of toy trains](https://example.org/t)",
        "A model of toy boats",
    ),
    # not a citation: the item's own words are its title
    (
        "Ann Author, Bob Writer. [Toy boats](https://example.org/b). *Example Letters*.",
        "Ann Author, Bob Writer",
    ),  # a title of two words
    (f"Ann Author, Bob Writer. {KIT} and {TOOLKIT}.", "Ann Author, Bob Writer"),
    (f"Ann Author. {BOATS}. *Example Letters*.", "Ann Author. A model of toy boats"),
    ("Ann Author, Bob Writer. Toy boats and more in print.", "Ann Author, Bob Writer"),
]


def _titles(rows: list[str]) -> list[str]:
    page = "---\ntitle: News\n---\n\n## Publications\n\n"
    page += "".join(f"- **Mar 2025:** {row}\n" for row in rows)
    events = parse_page(Path("news.md"), text=page, headless=True)[1]
    assert len(events) == len(rows)
    return [event.title for event in events]


@pytest.mark.parametrize(("row", "title"), CITED)
def test_a_citation_is_titled_by_its_linked_title(row: str, title: str) -> None:
    assert _titles([row]) == [title]


def test_a_long_linked_title_is_shortened_at_a_word() -> None:
    words = [f"word{k}" for k in range(40)]
    (title,) = _titles([f"Ann Author, Bob Writer. [{' '.join(words)}](https://example.org/b)."])
    assert title.endswith("…") and len(title) <= 120
    kept = title[:-1].split()
    assert kept == words[: len(kept)] and len(kept) >= 15


def test_a_link_in_the_date_is_not_the_title() -> None:
    row = "**[Apr 2025](https://example.org/d)** Ann Author, Bob Writer. " + BOATS
    page = f"---\ntitle: News\n---\n\n## Publications\n\n- {row}\n"
    (event,) = parse_page(Path("news.md"), text=page, headless=True)[1]
    assert event.title == "A model of toy boats"
