"""Pandoc fenced divs (feeds/parse/fenced_divs.py), read in-process: a ``.qmd`` news page
in, each item's line, date, type, title and HTML out.

Written for the mutants a mutation run of ``fenced_divs.py`` left alive (issue 14;
``tests/test_fenced_div_news.py`` holds these forms too, but runs ``feeds`` in a
subprocess, which a mutant run does not reach). The rules, from the module: a fence opens
with three colons or more and attributes, a bare fence closes the innermost open div;
fence lines become blank lines (every other line keeps its number); inside code blocks
nothing is a fence. A div holding no other div, one heading and one line that is only a
date is one item: dated by that line, titled by the heading, its other lines its text.
Every expectation is written here from the page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.parse import parse_page

Found = tuple[int, str | None, str | None, str, str, str]


def _read(body: str) -> list[Found]:
    """(line, start, precision, type, title, html) of each item of the page ``body``."""
    page = "---\ntitle: News\n---\n\n" + body
    events = parse_page(Path("news.qmd"), headless=True, text=page)[1]
    return [
        (
            e.line,
            e.span.start_iso if e.span else None,
            e.span.precision.value if e.span else None,
            e.type,
            e.title,
            e.html,
        )
        for e in events
    ]


TIMELINE = """\
## Conferences and talks

::: {.timeline}
::: {.timeline-item}
<span class="timeline-year">2025</span>

### Widget Economics Workshop

Presented a paper on gadget pricing.
:::

::: {.timeline-item}
<span class="timeline-year">2024</span>

### Gadget Industrial Organisation Conference

**Accepted.**
:::
:::
"""

PRIZE = "### Won the widget prize\n\n2024\n"
PRIZE_ITEM = "<strong>2024</strong> Won the widget prize"

CASES: dict[str, tuple[str, list[Found]]] = {
    "a timeline of year cards inside an outer div": (
        TIMELINE,
        [
            (9, "2025", "year", "talk", "Widget Economics Workshop",
             "<p><strong>2025</strong> Widget Economics Workshop</p>\n"
             "<p>Presented a paper on gadget pricing.</p>"),
            (17, "2024", "year", "paper", "Gadget Industrial Organisation Conference",
             "<p><strong>2024</strong> Gadget Industrial Organisation Conference</p>\n"
             "<p><strong>Accepted.</strong></p>"),
        ],
    ),
    "the heading first, a month line last, a four-colon outer fence": (
        ":::: {.columns}\n::: {.column}\n### Talk at the Gear Seminar\n\n*March 2024*\n\n"
        "Slides are online.\n:::\n::: news-card\n#### Joined the Widget Lab\n\n**2023-09**\n"
        ":::\n::::\n",
        [
            (7, "2024-03", "month", "talk", "Talk at the Gear Seminar",
             "<p><strong>March 2024</strong> Talk at the Gear Seminar</p>\n"
             "<p>Slides are online.</p>"),
            (14, "2023-09", "month", "position", "Joined the Widget Lab",
             "<p><strong>2023-09</strong> Joined the Widget Lab</p>"),
        ],
    ),
    "the date line first, the heading last": (
        "::: {.card}\n2024\n\n### Won the widget prize\n:::\n",
        [(6, "2024", "year", "award", "Won the widget prize", PRIZE_ITEM)],
    ),
    "what comes before the cards is left as it is (a list entry, one card)": (
        "- **Jan 2025** Joined the Gear Lab.\n\n::: {.card}\n" + PRIZE + ":::\n\n"
        "::: {.card}\n### Gave a talk\n\n2022\n:::\n",
        [
            (5, "2025-01", "month", "position", "Joined the Gear Lab",
             "<p><strong>Jan 2025</strong> Joined the Gear Lab.</p>"),
            (8, "2024", "year", "award", "Won the widget prize", f"<p>{PRIZE_ITEM}</p>"),
            (14, "2022", "year", "talk", "Gave a talk", "<p><strong>2022</strong> Gave a talk</p>"),
        ],
    ),
    "a card right under a heading line": (
        "## Talks\n::: {.card}\n### Talk at the Gear Seminar\n\n2024\n:::\n",
        [(7, "2024", "year", "talk", "Talk at the Gear Seminar",
          "<strong>2024</strong> Talk at the Gear Seminar")],
    ),
    "a line right after a card's closing fence is not the card's": (
        "::: {.card}\n" + PRIZE + ":::\nThis page is updated every month.\n",
        [(6, "2024", "year", "award", "Won the widget prize", PRIZE_ITEM)],
    ),
    "a date line right after a card's closing fence is not the card's": (
        "::: {.card}\n" + PRIZE + ":::\nOct 2023\n\n::: {.card}\n### Gave a talk\n\n2022\n:::\n",
        [
            (6, "2024", "year", "award", "Won the widget prize", PRIZE_ITEM),
            (13, "2022", "year", "talk", "Gave a talk", "<strong>2022</strong> Gave a talk"),
        ],
    ),
    "a line of one character in a card is its text": (
        "::: {.card}\n" + PRIZE + "\n🎉\n:::\n",
        [(6, "2024", "year", "award", "Won the widget prize", f"<p>{PRIZE_ITEM}</p>\n<p>🎉</p>")],
    ),
    "a div with a heading and no date only wraps it": (
        "::: {.note}\n### About this page\n\nUpdated monthly.\n:::\n\n"
        "- **Jan 2025** Joined the Gear Lab.\n",
        [(11, "2025-01", "month", "position", "Joined the Gear Lab",
          "<strong>Jan 2025</strong> Joined the Gear Lab.")],
    ),
    "divs without a heading only wrap their dated lines": (
        "::: {.news-list}\n- **Jan 2025** Joined the Gear Lab.\n"
        "- **Dec 2024** Won the widget prize.\n:::\n\n::: {.callout-note}\n"
        "This page is updated every month.\n:::\n\n::: {.news-item}\n"
        "**Oct 2024** Gave a seminar at the Cog Institute.\n:::\n",
        [
            (6, "2025-01", "month", "position", "Joined the Gear Lab",
             "<strong>Jan 2025</strong> Joined the Gear Lab."),
            (7, "2024-12", "month", "award", "Won the widget prize",
             "<strong>Dec 2024</strong> Won the widget prize."),
            (15, "2024-10", "month", "talk", "Gave a seminar at the Cog Institute",
             "<p><strong>Oct 2024</strong> Gave a seminar at the Cog Institute.</p>"),
        ],
    ),
    "a div around others is no card, though it holds a heading and a date": (
        "::: {.activities}\n### Activities\n\n::: {.talk}\n**Oct 2024**\n\n"
        "Gave a talk at the Cog Institute.\n:::\n:::\n",
        [(9, "2024-10", "month", "talk", "Gave a talk at the Cog Institute",
          "<p><strong>Oct 2024</strong> Gave a talk at the Cog Institute.</p>")],
    ),
    "a fence inside a code block is code; a card after the block is read": (
        "- **Jan 2025** Wrote a guide:\n\n  ```\n  ::: {.note}\n  ### Not an item\n\n  2024\n"
        "  :::\n  ```\n\n::: {.card}\n" + PRIZE + ":::\n",
        [
            (5, "2025-01", "month", "news", "Wrote a guide",
             "<p><strong>Jan 2025</strong> Wrote a guide:</p>\n<pre><code>::: {.note}\n"
             "### Not an item\n\n2024\n:::\n</code></pre>"),
            (16, "2024", "year", "award", "Won the widget prize", f"<p>{PRIZE_ITEM}</p>"),
        ],
    ),
    "a tilde code block closes only at a fence as long as its opening": (
        "~~~~\n::: {.note}\n### Not an item\n\n2024\n:::\n~~~\n~~~~\n\n::: {.card}\n" + PRIZE
        + ":::\n",
        [(15, "2024", "year", "award", "Won the widget prize", PRIZE_ITEM)],
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", CASES)
def test_fenced_divs_hold_news_items(name: str) -> None:
    body, expected = CASES[name]
    assert _read(body) == expected


def test_an_unclosed_div_is_no_div() -> None:
    """Without its closing fence a fence line is text (as pandoc reads it), and the
    heading and date under it stay a heading and a date line."""
    body = "::: {.card}\n### Won the widget prize\n\n- **Jan 2025** Joined the Gear Lab.\n"
    assert _read(body) == [
        (8, "2025-01", "month", "position", "Joined the Gear Lab",
         "<strong>Jan 2025</strong> Joined the Gear Lab."),
    ]  # fmt: skip
