"""Dates ending an item under year and month headings, and in prose (feeds/parse/locate.py:
``within_heading``, ``later_than_heading``, ``refines``, ``prose_date``, ``trailing_date``,
``trailing_details``, ``ends_dated``), a page in, each item's date, title and details out.

Written for the mutants session 21's run of the functions added or changed since the
first run of ``locate.py`` left alive (issue 14; bench/mutation_parse.md, "Session 21:
mutate12c"). Each row is an item as an author writes it, under the headings given, and
what a reader gets, written here from the page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page


def items(page: str, name: str = "home.md"):
    _, found = parse_page(Path(name), site_root="https://example.org/",
                          reporter=Reporter(quiet=True), text=page)  # fmt: skip
    return found


def dated(event) -> tuple[str, str] | None:
    """(first day, precision) of an item's date."""
    return (event.span.start.isoformat(), event.span.precision.value) if event.span else None


# (headings, item, (first day, precision), title)
UNDER_HEADINGS = [
    # under a year heading alone, a date after the heading's year is the item's
    # (later_than_heading 2: only a month heading says what is still to come)
    ("### 2024", "- The lab will open in January 2026.", ("2026-01-01", "month"),
     "The lab will open"),
    # the last day of the heading's month is inside it (later_than_heading 10)
    ("## 2024\n### March", "- Talk at MIT, March 31, 2024", ("2024-03-31", "day"),
     "Talk at MIT"),
    # under a year heading alone, a bare year at the end dates the item (within_heading 2)
    ("### 2024", "- Best paper award at SICOL (2022)", ("2022-01-01", "year"),
     "Best paper award at SICOL"),
    # an earlier month named in the sentence stays inside the heading's month
    # (within_heading 10: the heading's year taken for its month)
    ("## 2024\n### March", "- Reported on the meeting in January", ("2024-03-01", "month"),
     "Reported on the meeting in January"),
    # a month set apart without its year is no date of its own (within_heading 18)
    ("## 2024\n### March", "- Visit to MIT (July)", ("2024-03-01", "month"),
     "Visit to MIT (July)"),
]  # fmt: skip


@pytest.mark.parametrize(("headings", "item", "date", "title"), UNDER_HEADINGS)
def test_a_date_ending_an_item_under_headings(headings, item, date, title):
    (event,) = items(f"## News\n{headings}\n{item}\n")
    assert (dated(event), event.title) == (date, title)


# (item, (first day, precision) or None) for a day inside an item's prose
IN_PROSE = [
    # the one date of the last sentence; "Dec. 3" opens no sentence (a digit follows)
    # (prose_date 19, 21-23: where the last sentence begins)
    ("- Visited Yale on May 3, 2022. Then gave a talk at MIT on Dec. 3, 2022 in Boston.",
     ("2022-12-03", "day")),
    # a last sentence that opens with its date (prose_date 35)
    ("- Visited Yale on May 3, 2022. June 7, 2022: a talk at MIT in Boston.",
     ("2022-06-07", "day")),
    # a sentence end inside the attachments after the text is no sentence of it
    # (prose_date 20: sentence ends looked for up to the end of the line)
    ("- Visited Yale on May 3, 2022. The next talk is on June 7, 2022 at MIT [Slides. Video]",
     ("2022-06-07", "day")),
    # what is read is bounded: a date 480 characters (3 windows) before the end is not
    # (prose_date 13: 4 windows); nearer, it is
    ("- Gave a talk at MIT on May 3, 2022. " + "The talk was about widgets. " * 18, None),
    ("- Gave a talk at MIT on May 3, 2022. " + "The talk was about widgets. " * 15,
     ("2022-05-03", "day")),
]  # fmt: skip


def test_a_day_in_prose_on_the_first_and_last_day_of_the_heading_year():
    """``_inside`` 1, 2: the heading's first and last day are inside it."""
    first, last = items(
        "## News\n### 2024\n- The lab party was held on January 1 in Boston.\n"
        "- The lab party was held on December 31 in Boston.\n"
    )
    assert (dated(first), dated(last)) == (("2024-01-01", "day"), ("2024-12-31", "day"))


@pytest.mark.parametrize(("item", "date"), IN_PROSE)
def test_a_day_inside_the_last_sentence(item, date):
    (event,) = items(f"## News\n{item}\n")
    assert dated(event) == date
    assert event.title.startswith(item[2:20])


def test_a_chain_of_parentheticals_joined_by_a_comma_without_a_space():
    """``_chain_end`` 18 (the comma's junk looked for after it): the chain broke at "),("."""
    (event,) = items("## News\n- Talk at MIT (Nov 18, 2022),(invited)\n")
    assert (dated(event), event.title, event.role) == (("2022-11-18", "day"), "Talk at MIT",
                                                       "invited")  # fmt: skip


def test_an_html_paragraph_ending_with_its_date_in_emphasis_is_an_item():
    """``ends_dated`` 6: the Markdown marks after the date (``*(Feb 4, 2020)*``) replaced
    by text, not removed, so the paragraph did not end with its date."""
    found = items(
        "<html><body><h4>News</h4>\n<p>Gave a talk at MIT <em>(Feb 4, 2020)</em></p>\n"
        "<p>Won the <b>best paper award (Mar 2, 2020)</b></p>\n</body></html>\n",
        "index.html",
    )
    assert [(dated(e), e.title) for e in found] == [
        (("2020-02-04", "day"), "Gave a talk at MIT"),
        (("2020-03-02", "day"), "Won the best paper award"),
    ]


def test_which_html_paragraphs_end_with_their_date():
    """``ends_dated`` 15, 18 (read without the heading's year: ``(Feb 4)`` under 2020 no
    item), 19 (read from the second character: a paragraph wholly in parentheses no
    item), 20 (any paragraph ending with ")" an item: a labelled one without a date was
    reported as an undated news paragraph)."""
    reporter = Reporter(quiet=True)
    _, found = parse_page(
        Path("index.html"),
        site_root="https://example.org/",
        reporter=reporter,
        text="<html><body><h4>News</h4>\n<h5>2020</h5>\n"
        "<p>Gave a talk at MIT (Feb 4)</p>\n"  # line 3
        "<p>(Talk at Yale, Mar 2, 2020)</p>\n"
        "<p><b>Note:</b> the office has moved (see the map)</p>\n"
        "</body></html>\n",
    )
    assert [(e.line, dated(e)) for e in found] == [
        (3, ("2020-02-04", "day")),
        (4, ("2020-03-02", "day")),
    ]
    assert found[0].title == "Gave a talk at MIT"
    assert reporter.problems == []


@pytest.mark.parametrize(
    ("item", "title", "role", "note"),
    [
        # a note after a leading date stays in the title (trailing_details 28, 31, 32)
        ("- **Apr 2026** Talk at KAIST (slides to follow)", "Talk at KAIST (slides to follow)",
         None, None),
        # roles in a chain keep their order (trailing_details 46)
        ("- **Apr 2026** Talk at KAIST (keynote) (invited)", "Talk at KAIST", "keynote, invited",
         None),
    ],
)  # fmt: skip
def test_parentheticals_after_a_leading_date(item, title, role, note):
    (event,) = items(f"## News\n{item}\n")
    assert (dated(event), event.title, event.role, event.note) == (
        ("2026-04-01", "month"), title, role, note,
    )  # fmt: skip


def test_a_date_in_square_brackets_after_the_text():
    """``trailing_date`` 112 (the last brackets looked for as parentheses): a date in
    square brackets at the end, after an attachment or not, is the item's."""
    found = items("## News\n- Talk at MIT [May 3, 2024]\n- Talk at Yale [Slides] [Jun 4, 2024]\n")
    assert [(dated(e), e.title) for e in found] == [
        (("2024-05-03", "day"), "Talk at MIT"),
        (("2024-06-04", "day"), "Talk at Yale"),
    ]


def test_a_range_opened_by_from_ending_the_text():
    """``_ending_date`` 36-39: "from February to May 2024" is its own glue: the range is the
    date and leaves the title."""
    (event,) = items("## News\n- Visiting MIT from February to May 2024\n")
    assert (event.span.start.isoformat(), event.span.end.isoformat(), event.title) == (
        "2024-02-01", "2024-05-31", "Visiting MIT",
    )  # fmt: skip
