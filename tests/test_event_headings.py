"""Event headings (issue 8, c41 dhd-ag-ocr), written for these tests.

A working group's or lab's news page may keep each event as a subsection heading that
names its day among its words (``#### Online-Workshop am 15. Juli 2025``, ``### Lab
retreat at the coast (May 5, 2024)``), over its programme: the talks, the times, the
slides. A reader sees one piece of news per heading: the heading is the item, dated by the
day it names, and what is written under it is its body, never items of its own. A
heading dated only to a month or year, a heading that is only a date, one naming two dates,
and one without a date stay headings: the entries under them are the items.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from feeds.parse import parse_page


def items(body: str) -> list[tuple[str, str | None, str | None]]:
    """(title, start, end) of the items of a page whose news section is ``## News``."""
    text = "# Our group\n\n## News\n\n" + textwrap.dedent(body)
    _, events = parse_page(Path("index.md"), text=text)
    return [
        (
            e.title,
            e.span.start.isoformat() if e.span else None,
            e.span.end.isoformat() if e.span and e.span.end != e.span.start else None,
        )
        for e in events
    ]


# a news section's text → (title start, start, end) of each item, in page order
EVENTS = {
    "a German workshop over its programme": (
        """\
        ### Past meetings of the group

        #### Online-Workshop am 15. Juli 2025
        **Themen**:
        - 14:00-14:30 Uhr: Anna Beispiel, "Layout der Zeitungen"
        - 14:30-15:00 Uhr: Offene Diskussion
        """,
        [("Online-Workshop am 15", "2025-07-15", None)],
    ),
    "an English retreat, its day in brackets": (
        """\
        ### Lab retreat at the coast (May 5, 2024)
        We spent a day by the sea.

        - Morning: walk along the cliffs
        - Afternoon: posters by the students
        """,
        [("Lab retreat at the coast", "2024-05-05", None)],
    ),
    "a range of days after a conference named with its year": (
        """\
        #### Our group at [ExampleCon 2026](https://example.org/) (May 19-22, 2026)
        - **Talks**
          - Tuesday: Ben Example on reading old prints
        """,
        [("Our group at ExampleCon 2026", "2026-05-19", "2026-05-22")],
    ),
    "two events in a row, then dated bullets under a heading without a date": (
        """\
        #### Treffen am 17. April 2024
        - **Thema**: Planung des Jahres

        #### Workshop am 26. Juni 2024 in Mannheim
        - Vorträge zu Projekten

        #### Frühere Veranstaltungen
        - **23.05.2021**: Gründung der Reihe zum Lesen alter Drucke
        - **03.03.2020**: Treffen der Gruppe in Paderborn
        """,
        [
            ("Treffen am 17", "2024-04-17", None),
            ("Workshop am 26", "2024-06-26", None),
            ("Gründung der Reihe", "2021-05-23", None),
            ("Treffen der Gruppe in Paderborn", "2020-03-03", None),
        ],
    ),
    "beside events named by their day, one named by its month or year is an event": (
        """\
        #### Treffen am 17. April 2024
        - Planung des Jahres

        #### Arbeitstreffen Oktober 2023 in der Bibliothek
        - **Thema**: Daten für Workshops
        - Anmeldung bis 18. August

        #### Winterkolloquium der Gruppe 2021/22
        - **Donnerstag, 16.12.2021, 14-16 Uhr**
          - Ana Example: Lesen alter Drucke

        #### Workshop am 26. Juni 2021 in Mannheim
        - Vorträge zu Projekten
        """,
        [
            ("Treffen am 17. April 2024", "2024-04-17", None),
            ("Arbeitstreffen Oktober 2023", "2023-10-01", "2023-10-31"),
            ("Winterkolloquium der Gruppe 2021/22", "2021-01-01", "2021-12-31"),
            ("Workshop am 26. Juni 2021", "2021-06-26", None),
        ],
    ),
    "a heading dated to a month names a part: its entries are the items": (
        """\
        ### Awards (Nov 2023)
        - Ana Example wins the best poster prize
        - Ben Example receives a travel grant
        """,
        [
            ("Ana Example wins the best poster prize", "2023-11-01", "2023-11-30"),
            ("Ben Example receives a travel grant", "2023-11-01", "2023-11-30"),
        ],
    ),
    "a heading that is only a day dates its entries": (
        """\
        ### 12 May 2024
        - Ana Example defends her thesis
        - Ben Example joins the group
        """,
        [
            ("Ana Example defends her thesis", "2024-05-12", None),
            ("Ben Example joins the group", "2024-05-12", None),
        ],
    ),
    "a heading naming two days is no event": (
        """\
        ### Talks on 12 May 2024 and on 3 June 2024
        - Ana Example speaks at the example seminar (May 12, 2024)
        - Ben Example speaks at the example colloquium (June 3, 2024)
        """,
        [
            ("Ana Example speaks at the example seminar", "2024-05-12", None),
            ("Ben Example speaks at the example colloquium", "2024-06-03", None),
        ],
    ),
}


@pytest.mark.parametrize(("body", "expected"), EVENTS.values(), ids=EVENTS.keys())
def test_event_headings(body: str, expected: list[tuple[str, str, str | None]]) -> None:
    found = items(body)
    assert len(found) == len(expected), found
    for (title, start, end), (words, want_start, want_end) in zip(found, expected, strict=True):
        assert title.startswith(words), (title, words)
        assert (start, end) == (want_start, want_end), title


def test_a_dated_heading_at_the_news_level_ends_the_news() -> None:
    """``## Workshop on 5 May 2024`` beside ``## News`` is another section, no item."""
    found = items(
        """\
        - **Jan 8, 2025.** New preprint on reading old prints.

        ## Workshop on 5 May 2024 in Example City
        - Morning: talks by the students
        """
    )
    assert found == [("New preprint on reading old prints", "2025-01-08", None)]
