"""Two bullet forms noticed and left by an earlier session (issue 8):

- an item wholly in square brackets that holds a link (``- [Paper accepted at
  [ICML](https://icml.cc) (Nov 2022)]``) is read from the words inside, as one without
  a link already was: dated, titled by its words, never "News";
- a slash between trailing parentheticals (``Talk at MIT (Nov 18, 2022)/(invited)``)
  ties them as a comma or a semicolon does: the role is read, and neither the slash nor
  ``(invited)`` stays in the title.

Pages in our own words, read back from ``feeds list --json`` with ``json``.
"""

from __future__ import annotations

import pytest

from .cli_run import bullets_listed

# (the bullet, then the item expected: title, start, type, role)
BULLETS = [
    ("[Paper accepted at [ICML](https://icml.cc) (Nov 2022)]",
     ("Paper accepted at ICML", "2022-11", "paper", None)),
    ("[Paper with [Ada Doe](https://ada.example) accepted at [ICML 2022](https://icml.cc)"
     " (Nov 2022)]", ("Paper with Ada Doe accepted at ICML 2022", "2022-11", "paper", None)),
    ("[Nov 2022: Gave a talk at [MIT](https://mit.edu)]",
     ("Gave a talk at MIT", "2022-11", "talk", None)),
    ("[Talk at [MIT](https://mit.edu), Nov 18, 2022]",
     ("Talk at MIT", "2022-11-18", "talk", None)),
    ("[Paper accepted at ICML (Nov 2022)]",  # without a link, as before
     ("Paper accepted at ICML", "2022-11", "paper", None)),
    ("Talk at MIT (Nov 18, 2022)/(invited)", ("Talk at MIT", "2022-11-18", "talk", "invited")),
    ("Talk at MIT (Nov 18, 2022) / (invited)", ("Talk at MIT", "2022-11-18", "talk",
                                                "invited")),
    ("Talk at MIT (Nov 18, 2022) | (invited)", ("Talk at MIT", "2022-11-18", "talk",
                                                "invited")),
    ("Talk at MIT (Nov 18, 2022), (invited)", ("Talk at MIT", "2022-11-18", "talk",
                                               "invited")),  # as before
    ("**Nov 2022** Talk at MIT (virtual)/(invited)", ("Talk at MIT", "2022-11", "talk",
                                                      "invited")),
]  # fmt: skip


@pytest.mark.parametrize(("bullet", "expected"), BULLETS, ids=[b for b, _ in BULLETS])
def test_bracketed_items_and_slashed_asides(tmp_path, bullet, expected):
    (item,) = bullets_listed(tmp_path, [bullet], now="2026-11-27")
    assert (item["title"], item["start"], item["type"], item["role"]) == expected
