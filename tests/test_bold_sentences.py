"""A bold run that is a sentence the person is the subject of (``**Graduated from Harbour
University**``, ``<mark><strong>Joined the Harbour Lab</strong></mark>``) is the item's
words in bold, not a label of its kind: it stays in the title and its verb types the item
(issue 8, seen on a held-out minimal-light page). Short labels, and labels naming a kind
without a verb the person does (``**Best Paper Award**``, ``**Invited talk at MIT**:``,
``**New paper out**:``), stay labels. Pages are written here in our own words; ``feeds list
--json`` is read back with ``json``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .cli_run import one_item

# (the list entry, (kind label, title, type))
ROWS = [
    (
        "- 2025-07-01: **Graduated from Harbour University** (Bachelor in Sails)!",
        (None, "Graduated from Harbour University (Bachelor in Sails)", "position"),
    ),
    (
        "- 2025-06-01: **Joined the Harbour Lab** as a research intern.",
        (None, "Joined the Harbour Lab as a research intern", "position"),
    ),
    (
        "- 2025-05-01: **Received the Best Poster Award** at the Tide Workshop.",
        (None, "Received the Best Poster Award at the Tide Workshop", "award"),
    ),
    (
        "<ul><li><strong>[Jul. 2025]</strong> <mark><strong>Graduated from Harbour"
        " University</strong></mark> (Bachelor in Sails) 🎉!</li></ul>",
        (None, "Graduated from Harbour University (Bachelor in Sails) 🎉", "position"),
    ),
    # labels: a kind named, no verb the person does
    (
        "- 2025-04-01: **Best Paper Award** for our work on sails.",
        ("Best Paper Award", "For our work on sails", "award"),
    ),
    (
        "- 2025-03-01: **Invited talk at MIT**: on sails and tides.",
        ("Invited talk at MIT", "Sails and tides", "talk"),
    ),
    ("- 2025-02-01: **Talk**: On sails at MIT.", ("Talk", "Sails at MIT", "talk")),
    (
        "- 2025-01-01: **New paper out**: sails in the wind.",
        ("New paper out", "Sails in the wind", "paper"),
    ),
]


@pytest.mark.parametrize(("entry", "expected"), ROWS)
def test_a_bold_sentence_is_no_label(tmp_path: Path, entry: str, expected) -> None:
    item = one_item(tmp_path, "News", entry)
    assert (item["kind"], item["title"], item["type"]) == expected
