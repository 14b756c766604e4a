"""`enrich()` at the edges its mutants showed (issue 14, session 19): where its messages
come from, which of several links to one paper decides a refetch, what an offline run or
a stopped one leaves unasked. Against the fake arXiv, sleeping on the fake clock.

Every expectation is written here from the ids, the cache and the fake's papers.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from feeds.enrich.candidates import Wanted
from tests.arxiv_checks import X, Y, seed
from tests.arxiv_fake import Env, environment


@pytest.fixture
def env(tmp_path: Path) -> Iterator[Env]:
    with environment(tmp_path) as running:
        yield running


def where(env: Env) -> list[tuple[str, int | None, str, str]]:
    return [(p.source, p.line, p.severity, p.message) for p in env.reporter.problems]


def test_a_bad_id_is_reported_under_the_source_asked(env: Env) -> None:
    result = env.run(["nonsense", X], source="content/news.md")
    assert where(env) == [("content/news.md", None, "warning", "not an arXiv id: 'nonsense'")]
    assert result.failed == ["nonsense"] and list(result.papers) == [X]


def test_the_newest_version_asked_decides_a_refetch(env: Env) -> None:
    seed(env)  # X cached at v1
    env.fake.paper(X).version = 3
    # Linked twice: v3 first, then without a version. v3 is newer than the cache's v1.
    result = env.run([f"{X}v3", X])
    assert [r.id_list for r in env.fake.requests] == [[X], [X]]
    assert result.new_versions == {X: (1, 3)} and result.papers[X].version == 3
    # The other order asks the same.
    env.fake.paper(X).version = 4
    result = env.run([X, f"{X}v4"])
    assert len(env.fake.requests) == 3 and result.new_versions == {X: (3, 4)}


def test_without_an_author_no_search_is_made_and_the_reason_named(env: Env) -> None:
    want = [Wanted("title", "a paper of ours"), Wanted("doi", "10.1/x")]
    result = env.run([], find=want, source="content/arxiv.json")
    assert env.fake.requests == []
    assert where(env) == [
        (
            "content/arxiv.json",
            None,
            "info",
            "no `author` setting to recognise them by: "
            "2 DOI/title search(es) for papers without an arXiv link not made",
        )
    ]
    assert result.unsearched == ["title:a paper of ours", "doi:10.1/x"]


def test_offline_counts_the_ids_not_cached_under_the_source_asked(env: Env) -> None:
    seed(env)  # X cached
    result = env.run([X, Y, "2402.00001"], offline=True, source="content/arxiv.json")
    assert len(env.fake.requests) == 1  # the seed's
    assert where(env) == [
        ("content/arxiv.json", None, "info", "offline: 2 arXiv id(s) not cached, unenriched")
    ]
    assert result.skipped == [Y, "2402.00001"] and list(result.papers) == [X]
