"""Searches for papers without an arXiv link, at the edges the mutation run found
untested: a refused query among several, entries with ids that are not arXiv's, DOIs
written oddly, an answer whose paper is not in the cache. Against the fake API only.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from feeds.enrich.candidates import Wanted, dois, fold_doi
from feeds.enrich.fetch import Lookup
from feeds.enrich.search import search
from feeds.model import Item, Link
from tests.arxiv_checks import closed_port_url
from tests.arxiv_fake import Env, FakePaper, environment

ME = "Test Person"
X = "2401.01234"


@pytest.fixture
def env(tmp_path: Path) -> Iterator[Env]:
    with environment(tmp_path) as running:
        yield running


def titled(n: int) -> str:
    return f"Paper Number {n} Here"  # short: twenty fit in one query


def wanted_titles(count: int) -> list[Wanted]:
    return [Wanted("title", titled(n).lower()) for n in range(count)]


def lookup(env: Env, warned: list[str], api: str = "") -> Lookup:
    return Lookup(api or env.fake.url, 60.0, warned.append, clock=env.clock, sleep=env.clock.sleep)


def test_a_refused_query_does_not_stop_the_next(env: Env) -> None:
    # 45 titles: queries of 20, 20 and 5; the first two are refused, the third answered.
    env.fake.papers["2403.00042"] = FakePaper(title=titled(42), authors=[(ME, [])])
    env.fake.script = ["404", "404"]
    wanted, warned = wanted_titles(45), []
    with (found := lookup(env, warned)).session:
        searched = search(found, wanted, [ME], warned.append)
    assert len(env.fake.requests) == 3
    assert searched.failed == wanted[:40] and searched.not_asked == []
    assert set(searched.answers) == {w.key for w in wanted[40:]}
    assert searched.answers[wanted[42].key].arxiv_id == "2403.00042"
    assert warned == ["arXiv answered HTTP 404; 20 DOI/title search(es) not made"] * 2


def test_a_refused_query_leaves_the_others_recorded(env: Env) -> None:
    env.fake.papers["2403.00042"] = FakePaper(title=titled(42), authors=[(ME, [])])
    env.fake.script = ["404"]
    wanted = wanted_titles(45)
    result = env.run([], find=wanted, author=ME)
    assert result.unsearched == [w.key for w in wanted[:20]]
    assert result.found[wanted[42].key] == "2403.00042" and len(result.found) == 25


def test_a_stopped_lookup_lists_every_search_not_asked(env: Env) -> None:
    wanted, warned = wanted_titles(45), []
    with (stopped := lookup(env, warned, closed_port_url())).session:
        searched = search(stopped, wanted, [ME], warned.append)
    assert searched.not_asked == wanted and searched.failed == [] and searched.answers == {}
    assert warned == [
        "could not reach arXiv ([Errno 111] Connection refused); 45 DOI/title search(es) not made"
    ]


def test_a_search_answer_with_an_id_that_is_not_arxivs_is_ignored(env: Env) -> None:
    env.fake.papers["nonsense"] = FakePaper(title=titled(1), authors=[(ME, [])])
    env.fake.papers[X] = FakePaper(title=titled(1), authors=[(ME, [])])
    result = env.run([], find=wanted_titles(2), author=ME)
    assert result.found == {wanted_titles(2)[0].key: None, wanted_titles(2)[1].key: X}
    assert [p.message for p in env.reporter.warnings] == [
        "ignored an arXiv entry with unexpected id 'http://arxiv.org/abs/nonsensev1'"
    ]


def paper_item(text: str, links: list[Link] | None = None) -> Item:
    return Item(
        kind="New paper", kind_slug="new-paper", title="", text=text, html=f"<p>{text}</p>",
        section="", source="index.md", line=1, links=links or [],
    )  # fmt: skip


def test_a_doi_ending_in_x_keeps_its_x():
    # ISSN-style check digits: the X is part of the DOI, not punctuation.
    assert fold_doi("10.1234/5678-901X.") == "10.1234/5678-901x"
    assert fold_doi(" 10.1/ABC);") == "10.1/abc"


def test_a_doi_with_a_quote_is_not_searched():
    # A quote would break out of the doi:"…" clause of the query.
    link = Link("DOI", "https://doi.org/10.1234/a%22b")
    assert dois(paper_item("Out now.", [link])) == []
    assert dois(paper_item("Out now.", [Link("DOI", "https://doi.org/10.1234/ab")])) == [
        "10.1234/ab"
    ]


def test_only_the_first_ten_dois_of_the_text_are_read():
    own = " ".join(f"10.48550/arXiv.2401.{n:05d}" for n in range(10))
    assert dois(paper_item(f"{own} and 10.1000/real")) == []
    assert dois(paper_item(f"{own[: own.rindex(' ')]} and 10.1000/real")) == ["10.1000/real"]


def test_an_answer_whose_paper_left_the_cache_matches_nothing(make_site) -> None:
    from feeds.build import load_site
    from feeds.diagnostics import Reporter
    from feeds.enrich.site import enrich_site

    folder = make_site(
        "- **New paper**: our paper *Sparse Spectral Methods for Heat-Bath Dynamics* "
        "was accepted. (Jan 9, 2024)"
    )
    key = "title:sparse spectral methods for heat bath dynamics"
    answer = {"query": "q", "found": X, "asked": "2026-04-12T22:10:19Z"}
    (folder / "arxiv.json").write_text(json.dumps({key: answer}), encoding="utf-8")
    site = load_site(folder)
    reporter = Reporter(quiet=True)
    enrich_site(site, reporter, offline_only=True)
    (event,) = site.events
    assert event.papers == [] and event.matched is None
    assert [p.message for p in reporter.problems] == [
        "paper item without an arXiv match (DOI or title); link its arXiv page to enrich it"
    ]


def test_a_title_has_two_words_of_three_letters_and_at_most_forty_words():
    from feeds.enrich.candidates import titles

    assert titles(paper_item('our paper "The Art of AI" is out')) == ["the art of ai"]
    assert titles(paper_item('our paper "Of AI in 2024" is out')) == []  # a date, not a title
    forty = " ".join(f"word{n}" for n in range(40))
    assert titles(paper_item(f'"{forty}" and "{forty} more"')) == [forty]


def test_titles_are_looked_for_only_so_far():
    # Nine "paper" words are read for a title after them, thirty candidates in all:
    # an item cannot make the search read without end.
    from feeds.enrich.candidates import titles

    found = ["deep nets for graphs"]
    assert titles(paper_item("paper x. " * 8 + "paper Deep Nets For Graphs.")) == found
    assert titles(paper_item("paper x. " * 9 + "paper Deep Nets For Graphs.")) == []
    generic = [Link("PDF", f"https://example.org/{n}") for n in range(30)]
    named = Link("Deep Nets For Graphs", "https://example.org/x")
    assert titles(paper_item("Out.", [*generic[1:], named])) == found
    assert titles(paper_item("Out.", [*generic, named])) == []


@pytest.mark.parametrize(
    ("error", "message"),
    [
        ("timeout", "arXiv did not answer within 12.3 s"),
        ("chunked", "incomplete response from arXiv (connection closed early)"),
        ("broken", "connection to arXiv broken mid-answer"),
    ],
)
def test_transient_failures_are_named(error, message):
    import requests

    from feeds.enrich.fetch import _describe

    made = {
        "timeout": requests.ReadTimeout(),
        "chunked": requests.exceptions.ChunkedEncodingError(),
        "broken": requests.ConnectionError(),
    }[error]
    assert _describe(made, 12.3456) == message


def test_a_found_paper_is_cached_with_its_fetch_time_and_problems_name_the_cache(
    env: Env,
) -> None:
    env.fake.papers["2403.00002"] = FakePaper(title=titled(2), authors=[(ME, [])])
    wanted = wanted_titles(3)
    result = env.run([], find=wanted, author=ME)
    assert result.found[wanted[2].key] == "2403.00002"
    saved = json.loads(env.cache.read_bytes())
    assert (
        saved["2403.00002"]["fetched"] == saved[wanted[2].key]["asked"] == ("2026-04-12T22:10:19Z")
    )
    env.fake.script = ["404"]
    env.run([], find=wanted_titles(5)[3:], author=ME)
    assert [(p.source, p.message) for p in env.reporter.warnings] == [
        ("arxiv", "arXiv answered HTTP 404; 2 DOI/title search(es) not made")
    ]


def test_a_cached_answer_whose_paper_is_gone_fetches_the_paper(env: Env) -> None:
    want = Wanted("title", "sparse spectral methods for heat bath dynamics")
    answer = {"query": "q", "found": X, "asked": "2026-04-12T22:10:19Z"}
    env.cache.write_text(json.dumps({want.key: answer}), encoding="utf-8")
    result = env.run([], find=[want], author=ME)
    assert [r.id_list for r in env.fake.requests] == [[X]]  # the paper, no new search
    assert result.found == {want.key: X} and list(result.papers) == [X]


def test_a_cache_file_leading_out_of_the_content_folder_is_an_error(make_site, tmp_path: Path):
    from feeds.build import load_site
    from feeds.diagnostics import Reporter
    from feeds.enrich.site import cache_location

    folder = make_site("- Joined the lab. (Jan 9, 2024)")
    outside = tmp_path / "elsewhere.json"
    outside.write_text("{}", encoding="utf-8")
    (folder / "arxiv.json").symlink_to(outside)
    reporter = Reporter(quiet=True)
    assert cache_location(load_site(folder), reporter) is None
    assert [p.message for p in reporter.problems] == [
        "arxiv.cache 'arxiv.json' leads outside the content folder; "
        "the arXiv cache is not read or written"
    ]
    assert reporter.problems[0].source.endswith("arxiv.json")
    assert reporter.problems[0].severity == "error"
