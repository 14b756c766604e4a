"""An item written in Markdown alone is rendered straight to sanitised HTML
(:mod:`feeds.parse.safe_render`); anything else goes through markdown-it-py and ammonia.
Both must give the same bytes: each row is an item's Markdown and the HTML a feed carries,
written here from the Markdown (as ammonia writes HTML out: ``&``, ``<``, ``>`` and
no-break spaces escaped in text, also ``"`` in attributes; ``<br>``; a link's address only
when its scheme is http(s), mailto or none and it parses)."""

from __future__ import annotations

import pytest

from feeds.parse.item_links import item_html
from feeds.parse.markdown import markdown
from feeds.parse.page import RawItem
from feeds.parse.safe_render import safe_render

ROOT = "https://example.github.io/"

ROWS = [  # (an item of a list, in Markdown; its HTML; whether the one-pass path renders it)
    ("**Talk** at MIT (Nov 18, 2022)", "<strong>Talk</strong> at MIT (Nov 18, 2022)", True),
    ('Tom & Jerry <3 "quoted" \'single\'', 'Tom &amp; Jerry &lt;3 "quoted" \'single\'', True),
    ("a\u00a0b", "a&nbsp;b", True),
    ("*em* ~~gone~~ `a<b`", "<em>em</em> <s>gone</s> <code>a&lt;b</code>", True),
    ("line one  \nline two\nthree", "line one<br>\nline two\nthree", True),
    ("Bound $\\alpha<\\beta$", "Bound α&lt;β", True),
    ("[x](talks/t.pdf)", '<a href="https://example.github.io/talks/t.pdf">x</a>', True),
    ('[x](https://a.org/?q=1&r=2 "A \\"t\\" <b>")',
     '<a href="https://a.org/?q=1&amp;r=2" title="A &quot;t&quot; &lt;b&gt;">x</a>', True),
    ("[mail](mailto:me@a.org)", '<a href="mailto:me@a.org">mail</a>', True),
    ("[x](ftp://a.org/f)", "<a>x</a>", True),  # a scheme the sanitiser drops
    ("[x](http://999.1.1.1/)", "<a>x</a>", True),  # not an IPv4 address: dropped
    ("[x](http://xn--zz.org/)", "<a>x</a>", True),  # bad punycode: dropped
    ("[x](http://a_b.org:8080/p)", '<a href="http://a_b.org:8080/p">x</a>', True),
    ("one\n\n  two", "<p>one</p>\n<p>two</p>", True),
    ("a <b>bold</b> <script>x</script>", "a <b>bold</b>", False),  # raw HTML
    ("![pic](p.png)", '<img src="https://example.github.io/p.png" alt="pic">', False),
    ("x\n  - a\n  - b", "x\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>", False),
]  # fmt: skip


@pytest.mark.parametrize(("source", "html", "one_pass"), ROWS)
def test_item_html(source: str, html: str, one_pass: bool) -> None:
    tokens = markdown().parse(f"- {source}\n")[2:-2]  # inside the list item
    raw = RawItem(tokens=tokens, source="index.md", line=1, section="News")
    assert item_html(raw, ROOT) == html
    md = markdown()
    assert (safe_render(tokens, md.renderer, md.options) is not None) is one_pass
