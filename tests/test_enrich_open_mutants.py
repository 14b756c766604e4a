"""The last survivors of the mutation run of feeds/enrich/ (issue 14, session 20), against
the fake arXiv API: error entries of one answer, a title search matching more papers than
one page holds, and where the words after an item's kind begin.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from feeds.enrich.candidates import Wanted, titles
from feeds.enrich.fetch import CHUNK
from feeds.model import Item
from tests.arxiv_fake import Env, FakePaper, environment

from .arxiv_checks import X, Y, check_fault, seed

ME = "Test Person"


@pytest.fixture
def env(tmp_path: Path) -> Iterator[Env]:
    with environment(tmp_path) as running:
        yield running


def test_every_error_entry_of_an_answer_is_reported(env: Env) -> None:
    before = seed(env)
    env.fake.default = "error200twice"
    result = env.run([X, Y], refresh=True)
    message = (
        "arXiv reported an error: internal search error, please retry; query too long; 2 id(s) not"
    )
    check_fault(env, result, before, message, "failed")


def test_a_title_search_asks_for_one_page_only(env: Env) -> None:
    """arXiv says how many papers match in all; the search reads the first page (as many
    as a query asks for) and never pages through the rest."""
    for n in range(CHUNK + 20):  # more papers of this title than a page holds, none ours
        env.fake.papers[f"2403.{n:05d}"] = FakePaper(title="Graph Networks at Scale")
    wanted = Wanted("title", "graph networks at scale")
    result = env.run([], find=[wanted], author=ME)
    assert len(env.fake.requests) == 1
    assert env.fake.requests[0].query["max_results"] == [str(CHUNK)]
    assert result.found == {wanted.key: None}


def item(kind: str, text: str) -> Item:
    return Item(
        kind=kind, kind_slug=kind.lower(), title="", text=text, html=f"<p>{text}</p>",
        section="", source="index.md", line=1, links=[],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("kind", "text", "found"),
    [
        # the word "paper" after the kind: what follows it is a title
        ("News", "News: Paper Graph Networks at Scale was accepted", ["graph networks at scale"]),
        # "XPaper" is a name, not the word "paper": no title after it
        ("News", "News: XPaper Graph Networks at Scale was accepted", []),
    ],
)
def test_the_words_after_the_kind_are_read_as_written(kind: str, text: str, found) -> None:
    assert titles(item(kind, text)) == found
