"""The JavaScript array-literal reader behind React/Gatsby pages (issue 8, c21 form 3).

Each row is a literal as a page may write it and the Python value it stands for, written
from the input; each refusal row is a text that is no plain literal (a call, a variable,
an expression, an unclosed string or element), which must raise ``NotLiteral`` so that
the list is not read at all rather than read wrong.
"""

from __future__ import annotations

import pytest

from feeds.parse.js_literals import NotLiteral, object_keys, read_array, read_elements

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
    # React's named fragment is a fragment; the routers' <Link> is a link
    ("[<React.Fragment>Our <b>paper</b></React.Fragment>]", ["Our <b>paper</b>"]),
    ("[<Fragment>Moved to Oslo.</Fragment>]", ["Moved to Oslo."]),
    ('[<>See <Link href="/talks">the talk</Link>.</>]', ['See <a href="/talks">the talk</a>.']),
    ('[<Link to="/cv" className="x">CV</Link>]', ['<a href="/cv" class="x">CV</a>']),
    # a TypeScript module's casts are types, not values
    ("[{ kind: 'paper' as const, }]", [{"kind": "paper"}]),
    ("[{a: 1} as Item, 2 satisfies number]", [{"a": 1}, 2]),
    ("[[1] as Array<number>[] ]", [[1]]),
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
    "[hero as const]",  # a variable, cast or not
    "['a' as]",  # a cast naming no type
]


@pytest.mark.parametrize("text", REFUSED)
def test_anything_else_is_no_literal(text: str) -> None:
    with pytest.raises(NotLiteral):
        read_array(text, 0)


# read_elements: each element with the offset it opens at (a data script's entry line)
ELEMENTS = [
    ("[{a: 1}, {b: 2}]", 0, [({"a": 1}, 1), ({"b": 2}, 9)], 16),
    ("x = [ /* c */ {a: 1},\n  'two' ,]", 4, [({"a": 1}, 14), ("two", 24)], 32),
    ("[]", 0, [], 2),
]


@pytest.mark.parametrize(("text", "at", "elements", "end"), ELEMENTS)
def test_read_elements_gives_each_element_its_offset(
    text: str, at: int, elements: list, end: int
) -> None:
    assert read_elements(text, at) == (elements, end)


@pytest.mark.parametrize(("text", "at"), [("x = 1", 4), ("{a: 1}", 0), ("[1, 2", 0)])
def test_read_elements_refuses_what_is_no_array(text: str, at: int) -> None:
    with pytest.raises(NotLiteral) as refused:
        read_elements(text, at)
    assert refused.value.at == at if text[at] != "[" else refused.value.at == len(text)


# object_keys: the keys of an object whose other values need not be literals
KEYS = [
    ("{ a: 1, 'b': [2], \"c\": x }", ["a", "b", "c"]),
    ("{ photo: picture, bio: `Lin ${x}`, news: [{ date: 'Nov 2025' }] }", ["photo", "bio", "news"]),
    ("{ nested: { news: [1] }, call: f(1, [2]), list: [3] }", ["nested", "call", "list"]),
    ("{ name, news: [] }", []),  # a shorthand: no key read past it
    ("{}", []),
]


@pytest.mark.parametrize(("text", "keys"), KEYS)
def test_object_keys(text: str, keys: list[str]) -> None:
    found = object_keys(text, 0)
    assert [key for key, _ in found] == keys
    for _key, at in found:  # each value's offset is where its text starts
        assert text[:at].rstrip().endswith(":")


def test_object_keys_refuses_no_object() -> None:
    with pytest.raises(NotLiteral):
        object_keys("[1]", 0)
