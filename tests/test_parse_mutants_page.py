"""A page read as a whole (feeds/parse/page.py): line ends, comments, front matter and
``<title>``, headless pages, and the refusal of lists or quotes nested past the Markdown
reader's limit. A page in, its title, items, warnings or error out, read in-process
(mutation run, issue 14; bench/mutation_parse.md); expectations written from the page."""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.diagnostics import BuildError, Reporter
from feeds.parse import parse_page

NEWS = "# Ana\n\n## News\n\n- Talk at MIT (Nov 18, 2022)\n\n"


def titles(page: str, name: str = "home.md") -> list[str]:
    _, events = parse_page(Path(name), reporter=Reporter(quiet=True), text=page)
    return [e.title for e in events]


def test_quotes_nested_to_the_limit_are_read() -> None:
    assert titles(NEWS + "> " * 18 + "deep\n") == ["Talk at MIT"]


@pytest.mark.parametrize("depth", [19, 20])
def test_quotes_nested_past_the_limit_stop_the_build_naming_the_line(depth: int) -> None:
    with pytest.raises(BuildError) as raised:
        titles(NEWS + "> " * depth + "deep\n\nmore\n")
    assert str(raised.value) == (
        "home.md:7: lists nested more than 9 levels deep, or quotes more than 18; "
        "the Markdown reader stops there and would lose the rest of the page (nest them less "
        "deeply); nothing written, the last outputs stay"
    )


def test_a_page_not_utf8_is_named_by_its_source(tmp_path: Path) -> None:
    path = tmp_path / "home.md"
    path.write_bytes(b"# Ana\n\n## News\n\n- Caf\xe9 talk (Nov 18, 2022)\n")
    with pytest.raises(BuildError) as raised:
        parse_page(path, reporter=Reporter(quiet=True), source="content/home.md")
    assert str(raised.value) == (
        "content/home.md:5: not UTF-8 text (byte 0xe9); save the file as UTF-8"
    )


def read(name: str, text: str) -> tuple[str, list[tuple[str, int]], list[str]]:
    """The page's title, its items (title, line) and the problems reported."""
    reporter = Reporter(quiet=True)
    page, events = parse_page(Path(name), reporter=reporter, text=text)
    return page.title, [(e.title, e.line) for e in events], [str(p) for p in reporter.problems]


ITEMS = "## News\n\n- Talk at MIT (Nov 18, 2022)\n- Award (Dec 1, 2022)\n"


@pytest.mark.parametrize("end", ["\r", "\r\n"], ids=["CR", "CRLF"])
def test_old_mac_and_windows_line_ends_are_line_ends(end: str) -> None:
    text = f"---\ntitle: Ana Lab\n---\n\n{ITEMS}".replace("\n", end)
    assert read("home.md", text) == ("Ana Lab", [("Talk at MIT", 7), ("Award", 8)], [])


TITLES = {  # the page's name: front matter title (as text), else an HTML page's <title>
    "a number": ("home.md", "---\ntitle: 2024\n---\n\n", "2024", []),
    "a list: not used": (
        "home.md",
        "---\ntitle: [Ana, Lab]\n---\n\n",
        "",
        ["home.md:1: warning: front matter 'title' is not text (['Ana', 'Lab']); not used"],
    ),
    "markup and entities": (
        "home.md",
        "---\ntitle: <b>Ana</b> &amp; Lab\n---\n\n",
        "Ana & Lab",
        [],
    ),
    "<title> of a Markdown page: not used": ("home.md", "<title>Other</title>\n\n", "", []),
    "<title> of an .HTM page": ("home.HTM", "<title>Ana &amp; Lab</title>\n", "Ana & Lab", []),
    "front matter wins over <title>": (
        "home.html",
        "---\ntitle: Front\n---\n<title>Ana</title>\n",
        "Front",
        [],
    ),
}


@pytest.mark.parametrize("case", TITLES, ids=list(TITLES))
def test_the_page_title(case: str) -> None:
    name, head, title, problems = TITLES[case]
    news = ITEMS
    if name.lower().endswith((".html", ".htm")):
        news = "<h2>News</h2>\n<ul><li>Talk at MIT (Nov 18, 2022)</li></ul>\n"
    got = read(name, head + news)
    assert (got[0], got[2]) == (title, problems)
    assert got[1][0][0] == "Talk at MIT"


def test_warnings_reach_the_callers_reporter_only(capsys: pytest.CaptureFixture[str]) -> None:
    hidden = "".join(f"- Entry {k} (Jan {k}, 2020)\n" for k in range(1, 7))  # raw HTML to
    text = f"## News\n\n- Talk at MIT (Nov 18, 2022)\n\n<div>\n{hidden}</div>\n<!-- open\n"
    problems = read("home.md", text)[2]  # CommonMark: six entries lost, a comment left open
    assert [p.split(": warning: ")[0] for p in problems] == ["home.md:13", "home.md:6"]
    assert problems[0] == (
        "home.md:13: warning: HTML comment opened here is never closed: the rest of the page "
        "is hidden"
    )
    assert "6 list entries of the news section were not read as items (1 were)" in problems[1]
    assert capsys.readouterr().err == ""  # a quiet reporter prints nothing


def test_front_matter_that_is_no_yaml_is_warned_about_and_the_page_still_read() -> None:
    title, items, problems = read("home.md", f"---\ntitle: [unclosed\n---\n\n{ITEMS}")
    assert (title, items) == ("", [("Talk at MIT", 7), ("Award", 8)])
    assert len(problems) == 1
    assert problems[0].startswith("home.md:1: warning: front matter is not valid YAML (")


def test_comments_closed_or_not() -> None:
    closed = "## News\n\n<!-- a\nnote -->\n- Talk at MIT (Nov 18, 2022)\n<!-- hidden -->\n"
    assert read("home.md", closed) == ("", [("Talk at MIT", 5)], [])
    reporter = Reporter(quiet=True)
    text = f"\n{closed}\n<!-- open\n- Award\n"  # the page opens with a blank line
    parse_page(Path("home.md"), reporter=reporter, text=text)
    assert [(p.line, p.code) for p in reporter.problems] == [(9, "hidden")]


HEADLESS = {  # a news page whose first heading says "older news" (an archive subsection)
    "as many above it": ("- A talk at MIT (Jan 5, 2021)\n", ["A talk at MIT"]),
    "more above it": (
        "- A talk at MIT (Jan 5, 2021)\n- A visit (Jan 9, 2021)\n",
        ["A talk at MIT", "A visit"],
    ),
    "fewer above it": ("- A talk at MIT (Jan 5, 2021)\n", ["An award", "A prize"]),
}


@pytest.mark.parametrize("case", HEADLESS, ids=list(HEADLESS))
def test_a_headless_page_read_whole_unless_that_gives_fewer_items(case: str) -> None:
    above, expected = HEADLESS[case]
    below = "- An award (Feb 1, 2019)\n" + ("- A prize (Mar 1, 2019)\n" if "fewer" in case else "")
    page = f"{above}\n## Older news\n\n{below}"
    _, events = parse_page(Path("news.md"), reporter=Reporter(quiet=True), text=page, headless=True)
    assert [e.title for e in events] == expected


def test_the_front_matter_is_kept_with_the_page() -> None:
    text = f"---\ntitle: Ana Lab\nlayout: home\n---\n\n{ITEMS}"
    page, _ = parse_page(Path("home.md"), reporter=Reporter(quiet=True), text=text)
    assert page.meta == {"title": "Ana Lab", "layout": "home"}
