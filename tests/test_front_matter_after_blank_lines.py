"""A news page whose front matter comes after a blank first line (or white space, a BOM)
is read as the generator that renders it reads it (issue 8, scan16b cause D): Hugo's page
lexer and Pandoc (Quarto) skip white space before ``---``/``+++``, so the page is news;
Jekyll needs ``---`` on the first line, else the file is no document. Sites written here
in our own words; items read back from ``feeds list --json``."""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.inputs.front_matter_sites import spaced_front_matter
from feeds.parse.front_matter import BadFrontMatter, split_front_matter
from feeds.parse.front_matter_lead import reading_spaced_front_matter

from .hugo_sites import listed

HUGO = 'baseURL = "https://ana.example.org/"\ntitle = "Ana"\n'

# (what comes before the front matter, the front matter's fences)
LEADS = [
    ("\n", "---"),  # one blank line
    ("\n\n\n", "---"),  # several
    ("   \n\t\n", "---"),  # lines of spaces and tabs
    ("\ufeff\n", "---"),  # a BOM, then a blank line
    ("\n", "+++"),  # TOML front matter
    ("  ", "---"),  # spaces on the fence's own line
]


def _put(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def _page(lead: str, fence: str, day: str, body: str) -> str:
    date = f"date = {day}" if fence == "+++" else f"date: {day}"
    return f"{lead}{fence}\n# a note to the editor\n{date}\n{fence}\n{body}\n"


@pytest.mark.parametrize(("lead", "fence"), LEADS)
def test_a_hugo_news_page_after_blank_lines_is_read(tmp_path: Path, lead: str, fence: str) -> None:
    site = _put(
        tmp_path / "site",
        {
            "hugo.toml": HUGO,
            "content/_index.md": "---\ntitle: Ana\n---\nHello.\n",
            "content/news/grant/index.md": _page(lead, fence, "2026-06-01", "We got a grant."),
            "content/news/visit/index.md": _page("", "---", "2026-05-02", "A guest seminar."),
        },
    )
    items, ran = listed(site)
    assert sorted((i["start"], i["title"]) for i in items) == [
        ("2026-05-02", "A guest seminar."),
        ("2026-06-01", "We got a grant."),
    ], ran.stderr


def test_a_quarto_post_after_a_blank_line_is_read(tmp_path: Path) -> None:
    site = _put(
        tmp_path / "site",
        {
            "_quarto.yml": "project:\n  type: website\n",
            "index.qmd": "---\ntitle: Ada\n---\n\nI study engines.\n",
            "news.qmd": '---\ntitle: "News"\nlisting:\n  contents: posts\n---\n',
            "posts/a/index.qmd": '\n---\ntitle: "Winter school"\ndate: 2026-01-15\n---\n\nWords.\n',
            "posts/b/index.qmd": '---\ntitle: "A grant"\ndate: 2026-02-03\n---\n\nWords.\n',
        },
    )
    items, ran = listed(site)
    assert sorted((i["start"], i["title"]) for i in items) == [
        ("2026-01-15", "Winter school"),
        ("2026-02-03", "A grant"),
    ], ran.stderr


SITES = [
    # (the site's files, the folder read, whether its generator skips the blank lines)
    ({"hugo.toml": HUGO, "content/_index.md": ""}, ".", True),  # Hugo
    ({"config/_default/hugo.yaml": "title: Ana\n", "content/_index.md": ""}, ".", True),
    ({"hugo.toml": HUGO, "content/news/a.md": ""}, "content/news", True),  # a page's folder
    ({"_quarto.yml": "project:\n  type: website\n"}, ".", True),  # Quarto (Pandoc)
    ({"_site.yml": "name: ana\n"}, ".", True),  # R Markdown (Pandoc)
    ({"_config.yml": "title: Ana\n", "_posts/x.md": ""}, "_posts", False),  # Jekyll
    ({"package.json": "{}", "src/_data/news.json": "[]"}, "src/_data", False),  # Eleventy
    ({"index.md": ""}, ".", False),  # a plain folder
]


@pytest.mark.parametrize(("files", "folder", "spaced"), SITES)
def test_which_generators_skip_the_blank_lines(
    tmp_path: Path, files: dict[str, str], folder: str, spaced: bool
) -> None:
    site = _put(tmp_path / "site", files)
    assert spaced_front_matter(site / folder) is spaced


SPLITS = [
    # (text, spaced reading on, front matter, body lines)
    ("\n---\na: 1\n---\nbody\n", True, {"a": 1}, ["", "", "", "", "body", ""]),
    ("\n---\na: 1\n---\nbody\n", False, {}, ["", "---", "a: 1", "---", "body", ""]),
    (" \t\n+++\na = 1\n+++\nb\n", True, {"a": 1}, ["", "", "", "", "b", ""]),
    (
        "x\n---\na: 1\n---\n",
        True,
        {},
        ["x", "---", "a: 1", "---", ""],
    ),  # text first: none
    ("---\na: 1\n---\nb", True, {"a": 1}, ["", "", "", "b"]),
]


@pytest.mark.parametrize(("text", "spaced", "meta", "lines"), SPLITS)
def test_the_split_keeps_line_numbers(
    text: str, spaced: bool, meta: dict, lines: list[str]
) -> None:
    if spaced:
        with reading_spaced_front_matter(True):
            got = split_front_matter(text)
    else:
        got = split_front_matter(text)
    assert got == (meta, "\n".join(lines))


def test_the_spaced_reading_ends_with_its_block() -> None:
    with reading_spaced_front_matter(True):
        pass
    assert split_front_matter("\n---\na: 1\n---\n")[0] == {}


def test_bad_front_matter_after_blank_lines_keeps_the_body_on_its_lines() -> None:
    """The page's news can still be read, at the lines a message names."""
    with reading_spaced_front_matter(True), pytest.raises(BadFrontMatter) as caught:
        split_front_matter("\n\n---\nwhen: [\n---\nThe body.\n")
    assert caught.value.body.split("\n") == ["", "", "", "", "", "The body.", ""]
