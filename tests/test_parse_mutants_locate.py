"""Where an item's date and details are (feeds/parse/locate.py), item text in, fields out.

Written for the mutants a mutation run of ``locate.py`` left alive (issue 14): each row is
an item as an author writes it and the date, title, location or role a reader gets,
written here from the item's text.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page


def items(page: str):
    reporter = Reporter(quiet=True)
    _, events = parse_page(Path("home.md"), site_root="https://example.org/", reporter=reporter,
                           text=page)  # fmt: skip
    return events


D = dt.date


@pytest.mark.parametrize(
    ("heading", "start", "end", "precision"),
    [
        ("2022", D(2022, 1, 1), D(2022, 12, 31), "year"),
        ("February 2024", D(2024, 2, 1), D(2024, 2, 29), "month"),  # a leap year
        ("March 2023", D(2023, 3, 1), D(2023, 3, 31), "month"),
    ],
)
def test_a_heading_dates_the_items_under_it(heading, start, end, precision):
    (event,) = items(f"## News\n### {heading}\n- Joined the lab\n")
    assert (event.span.start, event.span.end, event.span.precision.value) == (
        start, end, precision,
    )  # fmt: skip
    assert event.title == "Joined the lab"


@pytest.mark.parametrize(
    ("item", "day", "title"),
    [
        # a date after "on" that opens what follows the label: "on" is no title
        ("- **Talk** on Nov 18, 2022", D(2022, 11, 18), "Talk"),
        ("- Talk given on Nov 18, 2022", D(2022, 11, 18), "Talk given"),
        # a date glued to the label by a comma, with no space
        ("- **Talk**,Nov 18, 2022", D(2022, 11, 18), "Talk"),
        ("- Seminar at MIT, Nov 18, 2022.", D(2022, 11, 18), "Seminar at MIT"),
        ("- Seminar at MIT - Nov 18, 2022", D(2022, 11, 18), "Seminar at MIT"),
        ("- Talk at UCSD on Jan. 21, 2023.", D(2023, 1, 21), "Talk at UCSD"),
    ],
)
def test_a_date_ending_the_text(item, day, title):
    (event,) = items(f"## News\n{item}\n")
    assert event.span.start == day
    assert event.title == title


@pytest.mark.parametrize(
    ("item", "title", "location", "role"),
    [
        # after a leading date, a trailing parenthetical naming a place (not a kind of
        # place such as "virtual") stays in the title: it may be part of it
        ("- **Nov 1, 2022** Talk on Deep Learning (Part II)",
         "Talk on Deep Learning (Part II)", None, None),
        ("- **Nov 1, 2022** Talk at MIT (virtual)", "Talk at MIT", "Virtual", None),
        ("- **Nov 1, 2022** Talk at MIT (invited)", "Talk at MIT", None, "invited"),
        # an attachment right after the parenthetical: both leave the title
        ("- **Nov 1, 2022** Talk at MIT (invited)[[Slides](s.pdf)]",
         "Talk at MIT", None, "invited"),
        # a parenthetical that does not end the item is no trailing detail
        ("- **Nov 1, 2022** Talk at MIT (invited)X", "Talk at MIT (invited)X", None, None),
    ],
)  # fmt: skip
def test_details_after_a_leading_date(item, title, location, role):
    (event,) = items(f"## News\n{item}\n")
    assert event.span.start == D(2022, 11, 1)
    assert (event.title, event.location, event.role) == (title, location, role)


@pytest.mark.parametrize("city", ["Paris", "Berlin"])
def test_a_date_after_a_bare_word_dates_the_item_from_its_prose(city):
    """Only a comma, dash or "on"/"in"/"at" ties a trailing date to the text ("Berlin"
    ending in "in" is no "in"): untied, the date is read as a date of the prose, so it
    stays in the title, the same for both cities."""
    (event,) = items(f"## News\n- Seminar in {city} Nov 18, 2022\n")
    assert (event.span.start, event.span.end) == (D(2022, 11, 18), D(2022, 11, 18))
    assert event.title == f"Seminar in {city} Nov 18, 2022"


@pytest.mark.parametrize(
    "item",
    [
        "- Talk at MIT (Nov 18, 2022). (invited)",
        "- Talk at MIT (Nov 18, 2022) [[Slides](s.pdf)] (invited)",
        "- Talk at MIT (Nov 18, 2022) (invited)",
        "- Talk at MIT (Nov 18, 2022) (invited)[[Slides](s.pdf)]",
    ],
)
def test_a_chain_of_parentheticals_over_junk(item):
    """A full stop or an attachment between the dated parenthetical and the next one
    still makes one chain: the date, and the role after it."""
    (event,) = items(f"## News\n{item}\n")
    assert event.span.start == D(2022, 11, 18)
    assert (event.title, event.role) == ("Talk at MIT", "invited")


@pytest.mark.parametrize(
    ("page", "day", "title", "location", "role"),
    [
        # only the chain after the dated parenthetical is cut: "(CS Dept)" stays
        ("- Talk at MIT (CS Dept) (Nov 18, 2022) (invited)",
         D(2022, 11, 18), "Talk at MIT (CS Dept)", None, "invited"),
        # an attachment right after the date leaves with it
        ("- Talk at MIT (Nov 18, 2022)[[Slides](s.pdf)]",
         D(2022, 11, 18), "Talk at MIT", None, None),
        # the parentheticals after the date, in the order written
        ("- Talk (Nov 18, 2022) (Cambridge) (MA)", D(2022, 11, 18), "Talk", "Cambridge, MA", None),
        # a year heading completes a yearless date after a place
        ("### 2022\n- Talk (MIT, Nov 18)", D(2022, 11, 18), "Talk", "MIT", None),
    ],
)  # fmt: skip
def test_what_the_chain_cuts_and_says(page, day, title, location, role):
    (event,) = items(f"## News\n{page}\n")
    assert event.span.start == day
    assert (event.title, event.location, event.role) == (title, location, role)


@pytest.mark.parametrize(
    ("page", "day", "title", "location", "role", "note"),
    [
        # a date opening the parenthetical: what follows it, then the chain after it
        ("- Talk (Jan 2025, online) (invited)", D(2025, 1, 1), "Talk", "Online", "invited", None),
        ("- Talk (Jan 2025, MIT) (Cambridge) (MA)",
         D(2025, 1, 1), "Talk", "MIT, Cambridge, MA", None, None),
        # up to six words make a parenthetical of the chain; seven are text of the item
        ("- Talk at MIT (Nov 18, 2022) (joint work with Ann and Bob)",
         D(2022, 11, 18), "Talk at MIT", None, None, "joint work with Ann and Bob"),
        ("- Talk at MIT (Nov 18, 2022) (joint work with Ann and Bob Smith)",
         D(2022, 11, 18), "Talk at MIT", None, None, None),  # co-authors leave the title
        # a date ending the text, then parentheticals and attachments
        ("- Talk at MIT, Nov 18, 2022 (invited)[[Slides](s.pdf)]",
         D(2022, 11, 18), "Talk at MIT", None, "invited", None),
        ("- Talk at MIT, Nov 18, 2022 (Cambridge) (MA)",
         D(2022, 11, 18), "Talk at MIT", "Cambridge, MA", None, None),
        ("- Talk at MIT, Nov 18, 2022 [[Slides](s.pdf)]",
         D(2022, 11, 18), "Talk at MIT", None, None, None),
        # a year heading completes yearless dates wherever they are
        ("### 2022\n- Talk at MIT (Nov 18, online)",
         D(2022, 11, 18), "Talk at MIT", "Online", None, None),
        ("### 2022\n- Talk at MIT, Nov 18 (invited)",
         D(2022, 11, 18), "Talk at MIT", None, "invited", None),
        ("### 2022\n- Talk at MIT (Nov 18) with a demo",
         D(2022, 11, 18), "Talk at MIT with a demo", None, None, None),
    ],
)  # fmt: skip
def test_dates_and_details_wherever_they_stand(page, day, title, location, role, note):
    (event,) = items(f"## News\n{page}\n")
    assert event.span.start == day
    assert (event.title, event.location, event.role, event.note) == (title, location, role, note)


def test_a_stray_closing_bracket_hides_no_date():
    """An unbalanced "]" at the end is no attachment: the date before it is read."""
    (event,) = items("## News\n- Best paper award (Nov 2022)]\n")
    assert (event.span.start, event.span.end) == (D(2022, 11, 1), D(2022, 11, 30))


def test_a_leading_date_in_parentheses_is_not_read_twice():
    (event,) = items("## News\n- (Nov 2022) Talk at MIT (invited)\n")
    assert (event.span.start, event.title, event.role) == (D(2022, 11, 1), "Talk at MIT", "invited")
