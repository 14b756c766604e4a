"""A year before its month and day (feeds/parse/dates/year_month.py): ``2024 May 3``,
``2024 Sept 12th`` are one day, not a range. A text in, the span out, written here from
the text.

Written for the mutants a mutation run of ``year_month.py`` left alive (issue 14, session
20): ``ranged`` is compared with ``False`` itself, as every reader tests it for truth.
"""

from __future__ import annotations

from datetime import date

import pytest

from feeds.model import Precision
from feeds.parse.dates import parse_date


@pytest.mark.parametrize(
    ("text", "day"),
    [("2024 May 3", date(2024, 5, 3)), ("2024 Sept 12th", date(2024, 9, 12))],
)
def test_a_year_month_and_day_is_one_day(text, day):
    found = parse_date(text)
    assert found is not None
    assert (found.start, found.end, found.precision) == (day, day, Precision.DAY)
    assert found.ranged is False
