"""An item's inline tokens written straight (:mod:`feeds.parse.plain_inline`) are the ones
markdown-it-py's inline rules give: rows written out by hand from the Markdown, and random
item-like texts against markdown-it-py's own parse."""

from __future__ import annotations

import random

import pytest
from markdown_it import MarkdownIt

from feeds.parse.markdown import markdown, new_parser
from feeds.parse.plain_inline import children, write_plain_inlines

# Markdown, then its children as (type, content, markup, info, level, href), written by hand
ROWS = [
    ("Gave a talk at MIT (2024)", [("text", "Gave a talk at MIT (2024)", "", "", 0, None)]),
    ("first line\nsecond", [
        ("text", "first line", "", "", 0, None), ("softbreak", "", "", "", 0, None),
        ("text", "second", "", "", 0, None),
    ]),
    ("**Talk**: at UCLA", [
        ("text", "", "", "", 0, None), ("strong_open", "", "**", "", 0, None),
        ("text", "Talk", "", "", 1, None), ("strong_close", "", "**", "", 0, None),
        ("text", ": at UCLA", "", "", 0, None),
    ]),
    ("see [Slides](talks/t1.pdf) now", [
        ("text", "see ", "", "", 0, None), ("link_open", "", "", "", 0, "talks/t1.pdf"),
        ("text", "Slides", "", "", 1, None), ("link_close", "", "", "", 0, None),
        ("text", " now", "", "", 0, None),
    ]),
    # an escape opening a text keeps its markup; one inside a text gives none
    ("\\[x\\] and a\\*b", [("text", "[x] and a*b", "\\[", "escape", 0, None)]),
    ("a \\q", [("text", "a \\q", "", "", 0, None)]),  # not punctuation: the backslash stays
    ("[A $\\ell_p$ bound](https://a.org/1)!", [
        ("link_open", "", "", "", 0, "https://a.org/1"), ("text", "A ", "", "", 1, None),
        ("math_inline", "\\ell_p", "$", "", 1, None), ("text", " bound", "", "", 1, None),
        ("link_close", "", "", "", 0, None), ("text", "!", "", "", 0, None),
    ]),
    ("**[Paper](p.pdf)**", [
        ("text", "", "", "", 0, None), ("strong_open", "", "**", "", 0, None),
        ("link_open", "", "", "", 1, "p.pdf"), ("text", "Paper", "", "", 2, None),
        ("link_close", "", "", "", 1, None), ("strong_close", "", "**", "", 0, None),
        ("text", "", "", "", 0, None),
    ]),
    ("[x](https://a.org/ü)", [
        ("link_open", "", "", "", 0, "https://a.org/%C3%BC"), ("text", "x", "", "", 1, None),
        ("link_close", "", "", "", 0, None),
    ]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_an_items_tokens_are_written_as_markdown_it_gives_them(text: str, expected: list) -> None:
    written = children(text, markdown())
    assert written is not None
    got = [
        (t.type, t.content, t.markup, t.info, t.level, t.attrs.get("href") if t.attrs else None)
        for t in written
    ]
    assert got == expected
    assert written == new_parser(shortcuts=False).parseInline(text)[0].children


# what this module leaves to markdown-it-py: one *, _, code, images, HTML, entities, a
# link in brackets or with a title, a reference, $ next to a digit or space, a hard break
LEFT = ["*a*", "a_b_", "`c`", "![i](p.png)", "<b>x</b>", "a &amp; b", "[a [b]](c)",
        '[a](b "t")', "[a]", "1$x$", "$ x$", "a  \nb", "a\\\nb", "****", "x ** y"]  # fmt: skip


@pytest.mark.parametrize("text", LEFT)
def test_other_forms_are_left_to_markdown_it(text: str) -> None:
    assert children(text, markdown()) is None


WORDS = ["a", "Talk", "2024", "é", "。", "(x)", "we're", ":", ".", "!", ",", "1", "-"]
GAPS = [" ", " ", "", "  ", "\n", " \n", "\t", "\u00a0", ", "]
MATH = ["x", "\\ell_p", "a b", " a", "a ", "1", "\\$", "a]b", "x_1^2"]
ESCAPED = list("[]*$_\\!a\n(")
ADDRESSES = ["https://a.org/x", "t.pdf", "javascript:x", "a b", "x(y)", "", "%zz", "ü", "a&b"]


def _item(rng: random.Random) -> str:
    def word() -> str:
        return rng.choice(WORDS) + rng.choice(GAPS)

    def math() -> str:
        return f"${rng.choice(MATH)}$"

    def escape() -> str:
        return "\\" + rng.choice(ESCAPED)

    def link() -> str:
        label = "".join(rng.choice([word, word, math, escape, lambda: "*"])() for _ in range(3))
        after = rng.choice(["({})", "({})", '({} "t")', "", "[x]"]).format(rng.choice(ADDRESSES))
        return f"[{label[: rng.randrange(len(label) + 1)]}]{after}"

    def strong() -> str:
        inner = "".join(rng.choice([word, math, link])() for _ in range(rng.randrange(4)))
        return "**" + inner + rng.choice(["**", "**", "*", "***", ""])

    parts = [word, word, word, math, escape, link, link, strong, lambda: rng.choice("!*]&`")]
    return "".join(rng.choice(parts)() for _ in range(rng.randint(1, 10))).strip()


def test_random_items_give_markdown_it_pys_own_tokens() -> None:
    rng = random.Random(28)
    md, stock = markdown(), new_parser(shortcuts=False)
    written = 0
    for _ in range(4000):
        text = _item(rng)
        written += children(text, md) is not None
        assert md.parseInline(text) == stock.parseInline(text), repr(text)
    assert written > 400  # the texts exercise the written tokens, not only markdown-it's


def test_a_parser_with_other_inline_rules_keeps_markdown_its_own() -> None:
    md = MarkdownIt("commonmark")
    md.inline.ruler.push("mine", lambda state, silent: False)
    write_plain_inlines(md)
    assert md.core.ruler.getRules("") == MarkdownIt("commonmark").core.ruler.getRules("")
