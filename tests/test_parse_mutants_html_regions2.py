"""A ``<details>`` fold of raw HTML in a Markdown bullet (``fold_start``, ``fold_entries``
of ``feeds/parse/html_regions.py``; issue 14's mutation run, session 20).

Each page is written for this test; the expected rows are written from it: every dated
line of the page is one item, with the page line it stands on (counted by hand below),
its month and its words; the fold's summary is no item. Read in-process (``parse_page``),
so a mutation run sees it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from feeds.parse import parse_page

HEAD = "## News\n\n- **2025.03**: Our paper on widget sorting is accepted by SODA!\n"  # line 3
TAIL = "\n## Teaching\n\nA course.\n"
SODA = (3, dt.date(2025, 3, 1), "Our paper on widget sorting is accepted by SODA")

CASES = [
    (  # the fold is a bullet of its own; blank lines and a Markdown paragraph inside it
        HEAD + "- <details><summary>Older news</summary>\n"  # 4
        "  <ul>\n"  # 5
        "  <li><b>2024.11</b>: Gave an invited talk on toy boats.</li>\n"  # 6
        "\n\n"  # 7, 8
        "  <li><b>2024.06</b>: One paper on graph colouring accepted by ICALP!</li>\n"  # 9
        "  </ul>\n\n"  # 10, 11
        "  **2023.05**: Joined Example University.\n\n\n"  # 12, 13, 14
        "  <ul><li><b>2022.01</b>: Started a PhD on toy boats.</li></ul>\n"  # 15
        "  </details>\n" + TAIL,
        [
            SODA,
            (6, dt.date(2024, 11, 1), "Gave an invited talk on toy boats"),
            (9, dt.date(2024, 6, 1), "One paper on graph colouring accepted by ICALP"),
            (12, dt.date(2023, 5, 1), "Joined Example University"),
            (15, dt.date(2022, 1, 1), "Started a PhD on toy boats"),
        ],
    ),
    (  # the fold under the words of a bullet: both are items
        HEAD + "  <details><summary>Older news</summary>\n"  # 4
        "  <ul>\n"  # 5
        "  <li><b>2024.11</b>: Gave an invited talk on toy boats.</li>\n"  # 6
        "  </ul>\n  </details>\n" + TAIL,
        [SODA, (6, dt.date(2024, 11, 1), "Gave an invited talk on toy boats")],
    ),
    (  # Markdown in the fold: a link in an <li>, two paragraphs, each its own item
        HEAD + "- <details><summary>Older news</summary>\n"  # 4
        "  <ul>\n"  # 5
        "  <li><b>2024.11</b>: Gave a talk on [toy boats](https://x.org/b) at MIT.</li>\n"  # 6
        "  </ul>\n\n"  # 7, 8
        "  **2023.05**: Joined Example University.\n\n"  # 9, 10
        "  **2023.01**: Gave a talk at Yale.\n"  # 11
        "  </details>\n" + TAIL,
        [
            SODA,
            (6, dt.date(2024, 11, 1), "Gave a talk on toy boats at MIT"),
            (9, dt.date(2023, 5, 1), "Joined Example University"),
            (11, dt.date(2023, 1, 1), "Gave a talk at Yale"),
        ],
    ),
    (  # an <li> over a blank line: one item, its words joined by one space
        HEAD + "- <details><summary>Older news</summary>\n"  # 4
        "  <ul>\n"  # 5
        "  <li><b>2024.11</b>: Gave a talk on toy boats\n\n"  # 6, 7
        "  at MIT.</li>\n"  # 8
        "  </ul>\n  </details>\n" + TAIL,
        [SODA, (6, dt.date(2024, 11, 1), "Gave a talk on toy boats at MIT")],
    ),
    (  # a fold in the text of a bullet, on its line: the words before it are an item
        HEAD + "- **2022.01**: Our paper on sorting <details><summary>Earlier</summary>"  # 4
        "<ul><li><b>2021.11</b>: Gave a talk at MIT.</li></ul></details>\n" + TAIL,
        [
            SODA,
            (4, dt.date(2022, 1, 1), "Our paper on sorting"),
            (4, dt.date(2021, 11, 1), "Gave a talk at MIT"),
        ],
    ),
    (  # no fold: a bullet whose text holds HTML in a code span is read as Markdown
        HEAD + "- 2024-04: Our toy boats parse `<b>bold</b>` too\n" + TAIL,
        [SODA, (4, dt.date(2024, 4, 1), "Our toy boats parse <b>bold</b> too")],
    ),
    (  # a paragraph left open runs on over a blank line into the inline HTML after it
        HEAD + "- <details><summary>Older news</summary>\n"  # 4
        "  <ul><li><b>2024.11</b>: Gave a talk.</li></ul>\n"  # 5
        "  <p><b>2023.05</b>: Joined Example University\n\n"  # 6, 7
        "  <em>\n  as a lecturer</em> in toy boats.\n"  # 8, 9
        "  </details>\n" + TAIL,
        [
            SODA,
            (5, dt.date(2024, 11, 1), "Gave a talk"),
            (6, dt.date(2023, 5, 1), "Joined Example University as a lecturer in toy boats"),
        ],
    ),
]


@pytest.mark.parametrize(("page", "rows"), CASES)
def test_each_item_of_a_fold_in_a_bullet_is_read_at_its_line(page: str, rows: list) -> None:
    events = parse_page(Path("news.md"), text=page, headless=True)[1]
    assert [(e.line, e.span.start, e.title) for e in events] == rows
