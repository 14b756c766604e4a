"""`enrich_site()` at the edges its mutants showed (issue 14, session 19): the file its
messages name, what ``feeds enrich --ids`` asks and attaches, the link a paper found by
its DOI gets. In-process, against the fake arXiv; no network, no sleeping.

Every expectation is written here from the page, the cache and the fake's papers.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from feeds.build import load_site
from feeds.diagnostics import Reporter
from feeds.enrich.site import enrich_site

from .arxiv_fake import FakeArxiv, FakePaper

X, Y, Z = "2401.01234", "2312.09876", "2402.00001"
ME = "Test Person"  # the author the test sites name
LINKED = f"""
- **Paper release**: our paper [One](https://arxiv.org/abs/{X}) is out. (Jan 5, 2024)
- **Paper release**: our paper [Two](https://arxiv.org/abs/{Y}) is out. (Jan 3, 2024)
"""
BY_DOI = """
- **Publication**: our paper "Quantum Walks" appeared in [JACM](https://doi.org/10.1145/3597926.777). (Jan 5, 2024)
"""  # noqa: E501
BY_TITLE = """
- **New paper**: our paper *Sparse Spectral Methods for Heat-Bath Dynamics* was accepted. (Jan 9, 2024)
"""  # noqa: E501


@pytest.fixture
def online(monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeArxiv]:
    with FakeArxiv() as fake:
        fake.papers[Z] = FakePaper(
            title="A Different Title on arXiv", authors=[(ME, [])], doi="10.1145/3597926.777"
        )
        fake.papers["2405.00001"] = FakePaper(
            title="Sparse Spectral Methods for Heat-Bath Dynamics", authors=[(ME, [])]
        )
        monkeypatch.setenv("FEEDS_ARXIV_API", fake.url)
        monkeypatch.delenv("FEEDS_OFFLINE", raising=False)
        monkeypatch.setattr("feeds.enrich.papers.wall_sleep", fake.sleeps.append)
        yield fake


def where(reporter: Reporter) -> list[tuple[str, int | None, str, str]]:
    return [(p.source, p.line, p.severity, p.message) for p in reporter.problems]


def test_offline_messages_name_the_cache_file(make_site, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = make_site(LINKED)
    monkeypatch.setenv("FEEDS_OFFLINE", "1")
    monkeypatch.chdir(folder)  # the cache file is then named "arxiv.json"
    reporter = Reporter(quiet=True)
    result = enrich_site(load_site(folder), reporter)
    assert result is not None and result.skipped == [X, Y]
    assert where(reporter) == [
        ("arxiv.json", None, "info", "offline: 2 arXiv id(s) not cached, unenriched"),
        ("arxiv.json", None, "warning", f"2 arXiv paper(s) stay unenriched: {X}, {Y}"),
    ]


def test_enrich_ids_asks_those_ids_only_and_attaches_every_cached_paper(
    make_site, online: FakeArxiv
) -> None:
    folder = make_site(LINKED + BY_TITLE)
    reporter = Reporter(quiet=True)
    enrich_site(load_site(folder), reporter, ids=[X])  # X cached, no search
    assert [r.id_list for r in online.requests] == [[X]]  # a search would be a request
    assert reporter.warnings == []  # Y, not asked for, is not said to stay unenriched
    site = load_site(folder)
    enrich_site(site, Reporter(quiet=True), ids=[Y])
    assert [r.id_list for r in online.requests] == [[X], [Y]]
    one, two, paper = site.events
    assert [p.arxiv_id for p in one.papers] == [X] and one.matched == "link"
    assert [p.arxiv_id for p in two.papers] == [Y] and two.matched == "link"
    assert paper.papers == [] and paper.matched is None  # never searched


def test_a_paper_found_by_its_doi_gets_an_arxiv_link(make_site, online: FakeArxiv) -> None:
    site = load_site(make_site(BY_DOI))
    enrich_site(site, Reporter(quiet=True))
    (event,) = site.events
    assert event.matched == "doi" and [p.arxiv_id for p in event.papers] == [Z]
    assert [(link.text, link.url) for link in event.links] == [
        ("JACM", "https://doi.org/10.1145/3597926.777"),
        (f"arXiv:{Z} (found by doi)", f"https://arxiv.org/abs/{Z}v1"),
    ]


def test_a_paper_item_with_nothing_to_search_for_is_named(
    make_site, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = make_site(BY_TITLE.strip() + "\n- **New paper**: accepted at NeurIPS. (Jan 2, 2024)\n")
    monkeypatch.chdir(folder)
    reporter = Reporter(quiet=True)
    enrich_site(load_site(folder), reporter, offline_only=True)
    advice = "; link its arXiv page to enrich it"
    assert where(reporter) == [  # the page's items are on lines 9 and 10
        ("index.md", 9, "info", f"paper item without an arXiv match (DOI or title){advice}"),
        (
            "index.md",
            10,
            "info",
            f"paper item without an arXiv match (no DOI or title to search for){advice}",
        ),
    ]
