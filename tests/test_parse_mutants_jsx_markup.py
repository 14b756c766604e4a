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

import lxml.html

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
