"""What one co-authored says the type (issue 8, cause E of corpus c10): an op-ed, a blog
post or a column is no paper; a study, a paper or a chapter is. Rows written for this
test; :func:`type_of_first` checks the date and the item count."""

from __future__ import annotations

import pytest

from .type_table import type_of_first

ROWS = [
    ("I co-authored an op-ed on a policy blog about widget regulation.", "news"),
    ("Co-authored a blog post on sparse widgets for the Gear Lab.", "news"),
    ("I co-authored an opinion column on gadget markets in the Daily Widget.", "news"),
    ("Co-authored a study of widget markets with the Gear Lab.", "paper"),
    ("I co-authored a paper on gadgets, now accepted at WidgetConf.", "paper"),
    ("Co-authored a book chapter on gadget law.", "paper"),
]


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_what_is_coauthored_says_the_type(item, expected):
    assert type_of_first(item) == expected
