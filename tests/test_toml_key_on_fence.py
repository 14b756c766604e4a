"""A Hugo page whose TOML front matter opens with a key on the fence's own line
(``+++ title = "…"``, the closing ``+++`` on a line of its own) is read as Hugo reads it:
its page lexer starts the front matter right after the opening ``+++``, so the page has
its title and date (c33 seismobassoon: one post of each language's news lost). Readers
that want the fence alone (Jekyll, Zola) do not read it. Sites written here in our own
words; items read back from ``feeds list --json``."""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.parse.front_matter import split_front_matter
from feeds.parse.front_matter_lead import reading_spaced_front_matter

from .hugo_sites import listed, write

HUGO = 'baseURL = "https://ana.example.org/"\ntitle = "Ana"\n'

# (the front matter's first lines, as written, each then with `date` and a closing fence;
# the line of its title)
OPENERS = [
    ('+++ title = "Field week at the observatory"\n', 1),  # the key after one space
    ('+++ title = "Field week at the observatory" \n', 1),  # and a space after its value
    ('+++\ttitle = "Field week at the observatory"\n', 1),  # after a tab
    ('+++title = "Field week at the observatory"\n', 1),  # right after the fence
    ('+++\ntitle = "Field week at the observatory"\n', 2),  # the fence alone (as before)
]


@pytest.mark.parametrize(("opener", "line"), OPENERS)
def test_a_hugo_post_with_a_key_on_the_fence_is_read(
    tmp_path: Path, opener: str, line: int
) -> None:
    site = write(
        tmp_path / "site",
        {
            "hugo.toml": HUGO,
            "content/_index.md": "---\ntitle: Ana\n---\nHello.\n",
            "content/news/_index.md": '+++\ntitle = "News"\n+++\n',
            "content/news/field.md": f"{opener}date = 2026-02-13\n+++\n\nWe ran codes.\n",
            "content/news/video.md": '+++\ntitle = "A concert video"\ndate = 2026-02-15\n+++\n',
        },
    )
    items, ran = listed(site)
    assert sorted((i["start"], i["title"], i["line"]) for i in items) == [
        ("2026-02-13", "Field week at the observatory", line),
        ("2026-02-15", "A concert video", 2),
    ], ran.stderr


SPLITS = [
    # (text, read as Hugo reads it, front matter, body lines)
    ('+++ a = 1\nb = "x"\n+++\nbody\n', True, {"a": 1, "b": "x"}, ["", "", "", "body", ""]),
    ("+++ a = 1\n+++\n", True, {"a": 1}, ["", "", ""]),
    ("\n+++ a = 1\n+++\nb\n", True, {"a": 1}, ["", "", "", "b", ""]),  # after a blank line
    ("+++ a = 1\nb = 2\n+++\nc\n", False, {}, ["+++ a = 1", "b = 2", "+++", "c", ""]),  # Zola
    ("+++ a = 1 +++\nc\n", True, {}, ["+++ a = 1 +++", "c", ""]),  # no closing line: none
]


@pytest.mark.parametrize(("text", "hugo", "meta", "lines"), SPLITS)
def test_the_split_of_a_key_on_the_fence(
    text: str, hugo: bool, meta: dict, lines: list[str]
) -> None:
    with reading_spaced_front_matter(hugo):
        found, body = split_front_matter(text)
    assert (found, body.split("\n")) == (meta, lines)
