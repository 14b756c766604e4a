"""Lines of a Pandoc card div (``::: {.card}``) that come before its heading and its date
line (an emoji, a picture, a short kicker such as "Invited talk"): a reader sees them in
the card, so they are the item's text, after its title; they never vanish and never join
the card before (issue 8). A ``.qmd`` page in, each item's date, title and the texts of its
paragraphs (read back with lxml) out; every expectation is written here from the page.
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from feeds.parse import parse_page


def _read(body: str) -> list[tuple[int, str | None, str, list[str]]]:
    """(line, start, title, [paragraph texts, image sources]) of each item of ``body``."""
    page = "---\ntitle: News\n---\n\n" + body
    found = []
    for event in parse_page(Path("news.qmd"), headless=True, text=page)[1]:
        tree = lxml.html.fragment_fromstring(event.html, create_parent="div")
        seen = [p.text_content().strip() for p in tree.iter("p")]
        seen += [f"img:{img.get('src')}" for img in tree.iter("img")]
        found.append((event.line, event.span.start_iso if event.span else None, event.title, seen))
    return found


PRIZE = "### Won the widget prize\n\n2024\n"

CASES = {
    "an emoji line opens the card": (
        "::: {.card}\n🎉\n\n" + PRIZE + ":::\n",
        [(5, "2024", "Won the widget prize", ["2024 Won the widget prize", "🎉"])],  # the fence
    ),
    "a kicker right above the heading, no blank line": (
        "::: {.card}\nInvited talk\n### Spoke at the gadget forum\n*March 2023*\n:::\n",
        [
            (
                5,
                "2023-03",
                "Spoke at the gadget forum",
                ["March 2023 Spoke at the gadget forum", "Invited talk"],
            )
        ],
    ),
    "a picture, then the date line, then the heading": (
        "::: {.card}\n![](cog.png)\n\n**2023-09**\n\n### Joined the Widget Lab\n\n"
        "Happy to be here.\n:::\n",
        [
            (
                5,
                "2023-09",
                "Joined the Widget Lab",
                ["2023-09 Joined the Widget Lab", "", "Happy to be here.", "img:cog.png"],
            )
        ],
    ),
    "an HTML picture and a kicker, apart, after blank lines": (
        '::: {.card}\n\n<img src="gear.jpg">\n\nNew paper\n\n'
        '### Gears in motion\n\n<span class="year">2022</span>\n:::\n',
        [(6, "2022", "Gears in motion", ["2022 Gears in motion", "New paper", "img:gear.jpg"])],
    ),
    "a kicker of the second card stays with it, not with the first": (
        "::: {.card}\n" + PRIZE + "\nThe jury liked it.\n:::\n\n::: {.card}\n✨ Keynote\n\n"
        "### Spoke at the cog summit\n\nJune 2021\n:::\n",
        [
            (
                6,
                "2024",
                "Won the widget prize",
                ["2024 Won the widget prize", "The jury liked it."],
            ),
            (
                13,
                "2021-06",
                "Spoke at the cog summit",
                ["June 2021 Spoke at the cog summit", "✨ Keynote"],
            ),
        ],
    ),
    "a timeline of cards, each opening with its emoji": (
        "::: {.timeline}\n::: {.item}\n🏆\n### Won the widget prize\n2024\n:::\n"
        "::: {.item}\n🎤\n### Gave a talk at the gear meeting\n2023\n:::\n:::\n",
        [
            (6, "2024", "Won the widget prize", ["2024 Won the widget prize", "🏆"]),
            (
                11,
                "2023",
                "Gave a talk at the gear meeting",
                ["2023 Gave a talk at the gear meeting", "🎤"],
            ),
        ],
    ),
}


@pytest.mark.parametrize("body, expected", CASES.values(), ids=CASES.keys())
def test_lines_before_a_cards_heading_are_its_text(body, expected):
    assert _read(body) == expected
