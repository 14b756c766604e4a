"""What a parenthetical says besides its date (feeds/parse/describe.py): item text in,
location, role, note, status and time out, as the feeds and the calendar publish them.

Written for the mutants a mutation run of ``describe.py`` left alive (issue 14); every
expectation is written here from the item's text.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page


def item(line: str):
    reporter = Reporter(quiet=True)
    _, events = parse_page(Path("home.md"), reporter=reporter, text=f"## News\n{line}\n")
    (event,) = events
    return event


# item, title, location, role, note, status
ROWS = [
    ("- Talk at Purdue (Purdue University, West Lafayette, Mar 26--27, 2022)",
     "Talk at Purdue", "Purdue University, West Lafayette", None, None, "confirmed"),
    ("- Grant awarded (Co-PI, Jan 22, 2022)", "Grant awarded", None, "Co-PI", None, "confirmed"),
    ("- Grant (Co-PI, invited, Jan 2022)", "Grant", None, "Co-PI, invited", None, "confirmed"),
    ("- Paper at NeurIPS (Oral, with A. Smith, Dec 2022)",
     "Paper at NeurIPS", None, None, "Oral, with A. Smith", "confirmed"),
    ("- Talk (Session Chair, Jan 2022)", "Talk", None, "Session Chair", None, "confirmed"),
    ("- Workshop (postponed for the BEERvirus, 2020)",
     "Workshop", None, None, "postponed for the BEERvirus", "postponed"),
    ("- Talk (virtual, Jan 2022)", "Talk", "Virtual", None, None, "confirmed"),
    ("- Talk (hybrid, Jan 2022)", "Talk", "Hybrid", None, None, "confirmed"),
    ("- Talk (online; invited, Jan 2022)", "Talk", "Online", "invited", None, "confirmed"),
    ("- Paper at NeurIPS (Oral, Dec 2022)", "Paper at NeurIPS", None, None, "Oral", "confirmed"),
    ("- Talk (Best Paper Award, Jan 2022)", "Talk", None, None, "Best Paper Award", "confirmed"),
    ("- Talk (cancelled, Jan 2022)", "Talk", None, None, "cancelled", "cancelled"),
    ("- Talk (called off, Jan 2022)", "Talk", None, None, "called off", "cancelled"),
    ("- Talk (rescheduled, Jan 2022)", "Talk", None, None, "rescheduled", "postponed"),
    ("- Talk (tentative, Jan 2022)", "Talk", None, None, "tentative", "tentative"),
    ("- Talk (TBD, Jan 2022)", "Talk", None, None, "TBD", "tentative"),
    ("- Talk (University of Minnesota, Nov 2022)",
     "Talk", "University of Minnesota", None, None, "confirmed"),
    ("- Talk (- Zurich -, Jan 2022)", "Talk", "Zurich", None, None, "confirmed"),
    ("- Talk (Rome 2, Jan 2022)", "Talk", "Rome 2", None, None, "confirmed"),
    ("- Talk (221B Baker Street, Nov 2022)", "Talk", "221B Baker Street", None, None, "confirmed"),
    ("- Talk (5th Avenue Theatre, Nov 2022)",
     "Talk", "5th Avenue Theatre", None, None, "confirmed"),
    ("- Talk (Xerox PARC, Nov 2022)", "Talk", "Xerox PARC", None, None, "confirmed"),
    ("- Talk (MIT,, invited, Nov 2022)", "Talk", "MIT", "invited", None, "confirmed"),
    # a word in lower case (not "of", "de"…) makes a remark, not a place
    ("- Talk (Apple iPhone Event, Sep 2022)",
     "Talk", None, None, "Apple iPhone Event", "confirmed"),
    ("- Talk (with A. Smith, Nov 2022)", "Talk", None, None, "with A. Smith", "confirmed"),
    ("- Talk (2 talks, Nov 2022)", "Talk", None, None, "2 talks", "confirmed"),
    # what shares a leading date's bracket completes what the item's end says
    ("- **[Apr 2026, Korea]** Talk at KAIST", "Talk at KAIST", "Korea", None, None, "confirmed"),
    ("- **[Apr 2026, Korea]** Talk at KAIST (virtual)",
     "Talk at KAIST", "Virtual", None, None, "confirmed"),
    ("- **[Apr 2026, postponed]** Talk at KAIST",
     "Talk at KAIST", None, None, "postponed", "postponed"),
    ("- **[Apr 2026, keynote]** Talk at KAIST",
     "Talk at KAIST", None, "keynote", None, "confirmed"),
    ("- **[Apr 2026, keynote]** Talk at KAIST (invited)",
     "Talk at KAIST", None, "invited", None, "confirmed"),
    ("- **[Apr 2026, Seoul]** Talk at KAIST (cancelled, Apr 3, 2026)",
     "Talk at KAIST", "Seoul", None, "cancelled", "cancelled"),
    ("- **[Apr 2026, with friends]** Talk at KAIST",
     "Talk at KAIST", None, None, "with friends", "confirmed"),
    ("- **[Apr 2026, Seoul, invited, with friends]** Talk at KAIST",
     "Talk at KAIST", "Seoul", "invited", "with friends", "confirmed"),
]  # fmt: skip


@pytest.mark.parametrize(("line", "title", "location", "role", "note", "status"), ROWS)
def test_what_a_parenthetical_says(line, title, location, role, note, status):
    event = item(line)
    assert event.span is not None
    assert (event.title, event.location, event.role, event.note, event.status) == (
        title, location, role, note, status,
    )  # fmt: skip


def test_a_time_in_the_parenthetical_times_the_talk():
    event = item("- Talk (3:30pm-4:30pm, Nov 18, 2022)")
    assert event.span.start == dt.date(2022, 11, 18)
    assert (event.span.start_time, event.span.end_time) == (dt.time(15, 30), dt.time(16, 30))
    assert (event.location, event.note) == (None, None)
