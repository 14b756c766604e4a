"""The JavaScript array-literal reader behind React/Gatsby pages (issue 8, c21 form 3).

Each row is a literal as a page may write it and the Python value it stands for, written
from the input; each refusal row is a text that is no plain literal (a call, a variable,
an expression, an unclosed string or element), which must raise ``NotLiteral`` so that
the list is not read at all rather than read wrong.
"""

from __future__ import annotations

import pytest

from feeds.parse.js_literals import NotLiteral, read_array

READ = [
    ("[1, 2.5, -3]", [1, 2.5, -3]),
    ("[true, false, null, undefined]", [True, False, None, None]),
    ('[\'it\\\'s\', "a \\"b\\""]', ["it's", 'a "b"']),
    ("[`plain template`]", ["plain template"]),
    ("[ /* first */ 1, // one\n 2, ]", [1, 2]),
    (
        '[{ "date": "2026-03", \'text\': "x", bare_key: 1, }]',
        [{"date": "2026-03", "text": "x", "bare_key": 1}],
    ),
    ("[[1, [2]], {}]", [[1, [2]], {}]),
    ("[<>Our <b>paper</b>{' '}is out.</>]", ["Our <b>paper</b> is out."]),
    ('[<a className="x" href="/p">Ana</a>]', ['<a class="x" href="/p">Ana</a>']),
    ("[<>Line<br/>two</>]", ["Line<br/>two"]),
]


@pytest.mark.parametrize(("text", "value"), READ)
def test_plain_literals_are_read(text: str, value: object) -> None:
    got, end = read_array(text + " rest", 0)
    assert got == value
    assert end == len(text)


REFUSED = [
    "{ date: 1 }",  # an object, not an array
    "[items.map(x => x)]",  # a call
    "[someVariable]",  # a variable
    "['unclosed]",  # a string never closed
    "[`with ${name} inside`]",  # a template with an expression
    "[`never closed]",
    "[{ date 1 }]",  # no colon after the key
    "[{ 12: 1 }]",  # no key
    "[1 2]",  # no comma
    "[<>never closed",  # an element never closed
    "[<a href={url}>x</a>]",  # an expression in an attribute
    "[<>Hello {name}</>]",  # an expression in the text
]


@pytest.mark.parametrize("text", REFUSED)
def test_anything_else_is_no_literal(text: str) -> None:
    with pytest.raises(NotLiteral):
        read_array(text, 0)
