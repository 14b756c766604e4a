"""More of the JavaScript array-literal reader (``feeds/parse/js_literals.py``; issue 14's
mutation run, session 22): a whole number stays a whole number (a year ``2024``, not
``2024.0``), an escaped backquote inside a template, a key's value right after its colon.
Each literal in, the Python value it stands for out, written from the input.
"""

from __future__ import annotations

import pytest

from feeds.parse.js_literals import NotLiteral, read_array

READ = [
    ("[{year: 2024, n: -3}]", [{"year": 2024, "n": -3}]),
    ("[`a \\` in a template`]", ["a ` in a template"]),
    ("[{date:\"2026-03\",text:'x'}]", [{"date": "2026-03", "text": "x"}]),
]


@pytest.mark.parametrize(("text", "value"), READ)
def test_literals_are_read_exactly(text: str, value: object) -> None:
    got, end = read_array(text, 0)
    assert got == value
    assert [type(v) for entry in got if isinstance(entry, dict) for v in entry.values()] == [
        type(v) for entry in value if isinstance(entry, dict) for v in entry.values()
    ]
    assert end == len(text)


REFUSED = [
    '[<a title="{">A</a>]',  # a brace in an element's attributes: no plain literal
    '[<a title="}">A</a>]',
    "[<>a { b</>]",  # a brace in a fragment's words, not a {" "} or {'words'}
    "[<>a } b</>]",
]


@pytest.mark.parametrize("text", REFUSED)
def test_a_brace_anywhere_in_jsx_is_no_literal(text: str) -> None:
    with pytest.raises(NotLiteral):
        read_array(text, 0)
