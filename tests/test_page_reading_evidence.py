"""The dates a page's reading (day or month first) goes by, wherever an item writes them.

:func:`feeds.parse.dates.reading.all_readings` looks for a slashed date only where digits
stand either side of a slash and for a dotted one past the text's start only after a
four-digit year's ``.19``/``.20``: each row is a date in one of those places, in a text
that also holds slashes and dots that are no date (links, versions), and what the page's
reading must then be.
"""

from __future__ import annotations

import pytest

from feeds.parse.dates.reading import all_readings

MONTH_FIRST = (False, "no date on the page needs day first")
CASES = [
    # (the items' texts, language, (day first?, why) or None when no date is ambiguous,
    #  dotted dates day first?, yearless dates day first?); "20/05/2020" can only be day
    #  first, "8/31/2023" only month first, "11/12/2020" and "05.03" either
    (["Talk at https://a.example.org/x (20/05/2020)"], "en", None, True, True),
    (["See a/b and v1.2, then 20 / 05 / 2020."], "en", None, True, True),
    (["Released v2.1 on 8/31/2023 at https://b.example.org/"], "en", None, False, False),
    (["Workshop 11/12/2020 (slides: x.pdf)"], "en", MONTH_FIRST, True, False),
    (
        ["Workshop 11/12/2020 (slides: x.pdf)"],
        "de",
        (True, "the site's language is 'de'"),
        True,
        True,
    ),
    (["Paper v1.2.3 on 18.11.2022 in Berlin"], "en", None, True, True),
    (["5.3.23: talk at example.org"], "en", None, True, False),
    (["05.03.2023: talk at example.org"], "en-US", MONTH_FIRST, False, False),
    (["(8.31.23) talk at example.org"], "en", None, False, False),
    (["**18/11** talk, see https://c.example.org/a/b"], "en", None, True, True),
    (["", "05.03 talk at example.org/1/2"], "en", MONTH_FIRST, True, False),
    (["Version 1.2/3.4 of https://d.example.org/2023/05"], "en", None, True, False),
]


@pytest.mark.parametrize(("texts", "language", "said", "dotted", "unsaid"), CASES)
def test_the_reading_goes_by_every_date_the_items_write(
    texts: list[str], language: str, said: tuple[bool, str] | None, dotted: bool, unsaid: bool
) -> None:
    assert all_readings(texts, language) == (said, dotted, unsaid)
