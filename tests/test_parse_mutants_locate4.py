"""An item wholly in square brackets after a mark that is no word (``🎉[Paper accepted at
[ICML](…) (Nov 2022)]``), a page in, each item's date out (feeds/parse/locate.py:
``_junk_start``; issue 14, bench/mutation_parse.md "Session 22: mutate13f").

Session 22 made a bracket that opens the text the item's own words, not an attachment
(so the date inside it is read); an emoji or a star before the bracket left it taken for
an attachment, and the item was published undated with a warning (``_junk_start`` 42,
``j <= 1``, read the glued emoji right). Rows written from the page.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page

ROWS = [
    ("- 🎉[Paper accepted at [ICML](https://icml.cc) (Nov 2022)]", ("2022-11-01", "2022-11-30")),
    ("- 🎉 [Visit to [Yale](https://yale.edu), Dec 2, 2022]", ("2022-12-02", "2022-12-02")),
    ("- → [Talk at [MIT](https://mit.edu) (Nov 18, 2022)]", ("2022-11-18", "2022-11-18")),
]


@pytest.mark.parametrize(("entry", "expected"), ROWS)
def test_a_bracket_after_no_word_holds_the_items_words(entry, expected):
    reporter = Reporter(quiet=True)
    _, found = parse_page(Path("home.md"), reporter=reporter, text=f"## News\n{entry}\n")
    assert [(e.span.start.isoformat(), e.span.end.isoformat()) for e in found] == [expected]
    assert reporter.problems == []


def test_a_closing_quote_after_the_date_stays_in_the_title():
    """``Talk on “Rivers (Nov 18, 2022)” (invited)``: the date is read and the title keeps
    its closing quote. Only a comma, semicolon, slash or bar links two parentheticals into
    one chain (``trailing_date`` 22, ``> close + 2``, chained across any one character and
    cut the quote off: ``Talk on “Rivers``). The role after the quote is still left in the
    title (found, not fixed: bench/mutation_parse.md, "Session 22: mutate13f")."""
    reporter = Reporter(quiet=True)
    entry = "- Talk on “Rivers (Nov 18, 2022)” (invited)"
    _, (one,) = parse_page(Path("home.md"), reporter=reporter, text=f"## News\n{entry}\n")
    assert (one.span.start.isoformat(), one.span.end.isoformat()) == ("2022-11-18", "2022-11-18")
    assert one.title.startswith("Talk on “Rivers") and "”" in one.title
