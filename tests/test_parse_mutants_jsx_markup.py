"""A React page's markup (``feeds/parse/jsx_markup.jsx_markup``; issue 14's mutation run,
session 22): two components' returned JSX kept at their lines, the rest blanked, line
breaks kept; each ``.map`` over an array literal of objects shown as list entries: the
date under any of its keys (``when``, ``year`` as a number; a ``true`` date is none), the
words under ``description``/``title``/``text``/``headline`` and another word key after
them, the ``url``/``link`` linking the words or added after words that hold a link,
``.slice(0, 1)`` and ``.slice(1, 3)`` honoured, entries outside a list wrapped in one, an
array that is no literal (``[fetchNews()]``) or holds no objects shown as nothing, a map
inside a map's entry left to it; ``className`` is ``class``; any other ``{…}`` blank.
The page in; its lines, and the entries, links, lists and left-over text read back with
lxml (every expectation written from the page).
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from feeds.parse import parse_page
from feeds.parse.jsx_markup import jsx_markup

PAGE = """
const broken = [fetchNews()];
const news = [
  { when: "2026-04", description: "Spoke at the cog forum", url: "https://cog.example.org/" },
  { date: "2026-03", title: "Paper on voids", text: "With Ana." },
  { year: 2024, text: <>See <a href="/a">our notes</a></>, link: "https://b.example.org/" },
  { date: true, headline: "No date here" },
  { date: "2025-06", link: "https://c.example.org/" },
];
const other=[{ date: "2025-01", text: "Kept apart" }];
const tags = ["a", "b"];

function Side() {
  return (
    <aside>{other.slice(0, 1).map((o) => (<p>{o.text}</p>))}</aside>
  );
}

export default function Index() {
  const shown = { a: { b: 1 } };
  return (
    <main>
      <h2>News</h2>
      <div>{news.slice(1, 3).map((n) => (
        <li>{n.text}{other.map((o) => o)}</li>
      ))}</div>
      <ul className="news">{news.map((n) => <li>{n.text}</li>)}{other.map((o) => o)}</ul>
      <ol>{tags.map((t) => t)}{other.map((o) => o)}</ol>
      <p>{tags.map((t) => <b>{t}</b>)}{shown &&
        { x: 1 }.x} end</p>
    </main>
  );
}
"""


def test_a_react_pages_lists_from_its_array_literals() -> None:
    out = jsx_markup(PAGE)
    lines, page_lines = out.split("\n"), PAGE.split("\n")
    assert len(lines) == len(page_lines)
    aside = next(k for k, line in enumerate(page_lines) if "<aside>" in line)
    main = next(k for k, line in enumerate(page_lines) if "<main>" in line)
    assert [k for k, line in enumerate(lines) if line.strip()][:2] == [aside, main]
    assert lines[aside].strip().startswith("<aside>") and lines[main].strip() == "<main>"
    tree = lxml.html.fromstring(f"<div>{out}</div>")
    entries = [" ".join(li.text_content().split()) for li in tree.iter("li")]
    kept = "2025-01: Kept apart"
    two = ["2026-03: Paper on voids With Ana.", "2024: See our notes link"]
    assert entries == [
        kept,
        *two,
        "2026-04: Spoke at the cog forum",
        *two,
        "No date here",
        "2025-06:",
        kept,
        kept,
    ]
    assert "<li>No date here</li>" in out
    assert [a.get("href") for a in tree.iter("a")] == [
        "/a",
        "https://b.example.org/",
        "https://cog.example.org/",
        "/a",
        "https://b.example.org/",
        "https://c.example.org/",
    ]
    assert [(len(ul), ul.get("class")) for ul in tree.iter("ul")] == [
        (1, None),
        (2, None),
        (6, "news"),
        (1, None),
    ]
    assert [child.tag for ol in tree.iter("ol") for child in ol] == ["li"]  # in the list
    for li in list(tree.iter("li")):
        li.drop_tree()
    assert tree.text_content().split() == ["News", "end"]


def test_a_one_line_component_is_its_markup() -> None:
    assert jsx_markup("const B = () => (<p>Hi (there)</p>);\n") == "<p>Hi (there)</p>\n"


# A returned JSX ends where its root element closes, whatever parentheses its words or
# attributes hold: an unbalanced "(" in the text must not carry the file's code after
# the component into the last item, nor an unbalanced ")" end the page early (issue 14,
# session 22: `_regions` 12 and 30 differed only there).
HEAD = 'import * as React from "react";\n\nexport default function Index() {\n  return (\n'
TAIL = '  );\n}\n\nexport const Head = () => <title lang="en">Cosmo group</title>;\n'
UNBALANCED = [
    (  # a "(" never closed in the words of the first line
        "    <>\n      <h2>News</h2>\n"
        "      May 2, 2026: Talk at MIT (with a poster<br />\n"
        "      Apr 8, 2026: Ana joins the group<br />\n    </>\n",
        [(7, "2026-05-02", "Talk at MIT (with a poster"), (8, "2026-04-08", "Ana joins the group")],
    ),
    (  # a smiley's ")" in the words of the first line
        "    <>\n      <h2>News</h2>\n"
        "      May 2, 2026: We won the poster prize :)<br />\n"
        "      Apr 8, 2026: Ana joins the group<br />\n    </>\n",
        [(7, "2026-05-02", "We won the poster prize :)"), (8, "2026-04-08", "Ana joins the group")],
    ),
    (  # a "(" in an attribute's quoted value
        "    <>\n      <h2>News</h2>\n"
        '      May 2, 2026: Talk at <a title="MIT (Cambridge" href="/mit">MIT</a><br />\n'
        "      Apr 8, 2026: Ana joins the group<br />\n    </>\n",
        [(7, "2026-05-02", "Talk at MIT"), (8, "2026-04-08", "Ana joins the group")],
    ),
    (  # a "(" and an opening tag in a comment, {/* … */}
        "    <>\n      <h2>News</h2>\n"
        "      May 2, 2026: Talk at MIT{/* <b>(moved from May 1 */}<br />\n"
        "      Apr 8, 2026: Ana joins the group<br />\n    </>\n",
        [(7, "2026-05-02", "Talk at MIT"), (8, "2026-04-08", "Ana joins the group")],
    ),
    (  # an element in an attribute's braces, a ">" in a quoted value
        "    <>\n      <h2>News</h2>\n"
        "      May 2, 2026: Talk at MIT <Badge icon={<Star />}>new</Badge><br />\n"
        '      Apr 8, 2026: Ana joins the group <a href="/a" aria-label="Ana >">Ana</a><br />\n'
        "    </>\n",
        [(7, "2026-05-02", "Talk at MIT"), (8, "2026-04-08", "Ana joins the group Ana")],
    ),
    (  # an empty quoted value; a ">" in a self-closing tag's value
        "    <>\n      <h2>News</h2>\n"
        '      May 2, 2026: Talk at MIT <img src="/mit.jpg" alt="" /><br />\n'
        '      Apr 8, 2026: Ana joins the group <img alt="Ana -> MIT" src="/mit.png" /><br />\n'
        "    </>\n",
        [(7, "2026-05-02", "Talk at MIT"), (8, "2026-04-08", "Ana joins the group")],
    ),
    (  # a capital X in a tag's name
        "    <>\n      <h2>News</h2>\n"
        "      May 2, 2026: Talk at MIT <FaXTwitter /><br />\n"
        "      Apr 8, 2026: Ana joins the group<br />\n"
        "    </>\n",
        [(7, "2026-05-02", "Talk at MIT"), (8, "2026-04-08", "Ana joins the group")],
    ),
]


@pytest.mark.parametrize(("body", "expected"), UNBALANCED)
def test_a_components_jsx_ends_where_its_root_element_closes(body, expected) -> None:
    _, items = parse_page(Path("src/pages/index.js"), text=HEAD + body + TAIL)
    got = [(i.line, i.span.start.isoformat() if i.span else None, i.title) for i in items]
    assert got == expected


@pytest.mark.parametrize(
    "end",
    ["      <p>Apr 8, 2026: Ana joins the group</p>\n", '      <a title="Older news\n'],
)
def test_a_component_cut_short_is_read_to_its_end(end) -> None:
    """A file that ends before its JSX closes (the root element, or a tag and its quoted
    value never closed, after an arrow function's ">"): what it holds is read, nothing
    hangs or fails."""
    text = (
        "const Hi = () => <b>Hi</b>;\n"
        + HEAD
        + "    <main>\n      <h2>News</h2>\n      <p>May 2, 2026: Talk at MIT</p>\n"
        + end
    )
    _, items = parse_page(Path("src/pages/index.js"), text=text)
    assert [(i.line, i.span.start.isoformat(), i.title) for i in items][0] == (
        8,
        "2026-05-02",
        "Talk at MIT",
    )


def test_a_quote_never_closed_in_a_typed_component_is_read_to_the_end() -> None:
    """A ``.tsx`` page whose arrow component is typed (``NextPage<Props>``, a ``>`` before
    the JSX) and one of whose tags opens a quoted value never closed: the news before it
    is read, nothing hangs (``_tag_end`` 19 went back to the file's start and looped)."""
    text = (
        'import type { NextPage } from "next";\n\n'
        "const Home: NextPage<Props> = () => (\n  <main>\n    <h2>News</h2>\n"
        "    <p>May 2, 2026: Talk at MIT</p>\n"
        '    <a title="Older news>Older news</a>\n  </main>\n);\n\nexport default Home;\n'
    )
    _, items = parse_page(Path("src/pages/index.tsx"), text=text)
    assert [(i.line, i.span.start.isoformat(), i.title) for i in items] == [
        (6, "2026-05-02", "Talk at MIT")
    ]
