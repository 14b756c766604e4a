"""Finding papers without an arXiv link, by DOI and title, against the fake API."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from feeds.enrich.candidates import Wanted
from feeds.enrich.fetch import SPACING
from tests.arxiv_fake import NOW, Env, FakePaper, environment

from .arxiv_checks import closed_port_url

ME = "Test Person"
TITLE = "Sparse Spectral Methods for Heat-Bath Dynamics"
WANT = Wanted("title", "sparse spectral methods for heat bath dynamics")
X, Y = "2401.01234", "2312.09876"


def by(*names: str) -> list[tuple[str, list[str]]]:
    return [(name, []) for name in names]


@pytest.fixture
def env(tmp_path: Path) -> Iterator[Env]:
    with environment(tmp_path) as running:
        yield running


def searches(env: Env) -> list[str]:
    return [r.query["search_query"][0] for r in env.fake.requests]


def test_exact_title_with_the_author_is_found(env: Env) -> None:
    env.fake.papers[X] = FakePaper(title=TITLE, authors=by("Ada Lovelace", ME), doi="10.1/x")
    result = env.run([], find=[WANT], author=ME)
    assert searches(env) == ['ti:"sparse spectral methods for heat bath dynamics"']
    assert result.found == {WANT.key: X} and list(result.papers) == [X]
    assert result.papers[X].authors == ("Ada Lovelace", ME)
    saved = json.loads(env.cache.read_bytes())
    assert saved[WANT.key] == {
        "query": 'ti:"sparse spectral methods for heat bath dynamics"',
        "found": X,
        "asked": "2026-04-12T22:10:19Z",
    }
    assert saved[X]["title"] == TITLE and saved[X]["doi"] == "10.1/x"


def test_title_without_the_site_author_is_no_match(env: Env) -> None:
    env.fake.papers[X] = FakePaper(title=TITLE, authors=by("Ada Lovelace", "Someone Else"))
    result = env.run([], find=[WANT], author=ME)
    assert len(env.fake.requests) == 1
    assert result.found == {WANT.key: None} and result.papers == {}
    assert json.loads(env.cache.read_bytes())[WANT.key]["found"] == "none"
    assert X not in json.loads(env.cache.read_bytes())


def test_an_alias_names_the_author(env: Env) -> None:
    env.fake.papers[X] = FakePaper(title=TITLE, authors=by("T. Persón"))
    result = env.run([], find=[WANT], author=ME, author_aliases=["T. Person"])
    assert result.found == {WANT.key: X}


def test_a_title_one_word_off_is_no_match(env: Env) -> None:
    env.fake.papers[X] = FakePaper(title="Sparse Spectral Methods for Heat-Bath Kinetics")
    env.fake.papers[X].authors = by(ME)
    shorter = Wanted("title", "sparse spectral methods for heat bath")  # arXiv returns X
    result = env.run([], find=[WANT, shorter], author=ME)
    assert searches(env) == [
        'ti:"sparse spectral methods for heat bath dynamics" OR '
        'ti:"sparse spectral methods for heat bath"'
    ]
    assert result.found == {WANT.key: None, shorter.key: None} and result.papers == {}


def test_same_title_twice_only_the_authors_paper(env: Env) -> None:
    env.fake.papers[Y] = FakePaper(title=TITLE, authors=by("Someone Else"))
    env.fake.papers[X] = FakePaper(title=TITLE.upper(), authors=by("Ada Lovelace", "test person"))
    result = env.run([], find=[WANT], author=ME)
    assert result.found == {WANT.key: X} and list(result.papers) == [X]


def test_accents_case_and_punctuation_are_folded(env: Env) -> None:
    env.fake.papers[X] = FakePaper(title="On ℓp-NORMS of Möbius  Walks: a Survey!", authors=by(ME))
    wanted = Wanted("title", "on lp norms of mobius walks a survey")
    assert env.run([], find=[wanted], author=ME).found == {wanted.key: X}


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ('On $\\ell_p$-Norms of M\\"obius Walks: a Survey', "on lp norms of mobius walks a survey"),
        ("\\emph{Deep} Learning &amp; the “Ĉurse”", "deep learning the curse"),
        ("Straße zur Ökonomie, Part II", "strasse zur okonomie part ii"),
    ],
)
def test_title_folding(written: str, folded: str) -> None:
    from feeds.enrich.candidates import fold_title

    assert fold_title(written) == folded


def test_doi_is_found(env: Env) -> None:
    env.fake.papers[X] = FakePaper(title="Another Title", authors=by(ME), doi="10.1145/3597926.5")
    wanted = Wanted("doi", "10.1145/3597926.5")
    result = env.run([], find=[wanted], author=ME)
    assert searches(env) == ['doi:"10.1145/3597926.5"']
    assert result.found == {wanted.key: X} and result.papers[X].doi == "10.1145/3597926.5"


def test_offline_asks_nothing_and_notes_it(env: Env) -> None:
    env.fake.papers[X] = FakePaper(title=TITLE, authors=by(ME))
    result = env.run([], find=[WANT], author=ME, offline=True)
    assert env.fake.requests == [] and result.unsearched == [WANT.key]
    assert [p.message for p in env.reporter.problems] == [
        "offline: 1 DOI/title search(es) for papers without an arXiv link not made"
    ]
    assert not env.cache.exists()


def test_no_author_setting_asks_nothing(env: Env) -> None:
    result = env.run([], find=[WANT])
    assert env.fake.requests == [] and result.unsearched == [WANT.key]
    assert "no `author` setting" in env.reporter.problems[0].message


def test_warm_cache_asks_nothing(env: Env) -> None:
    env.fake.papers[X] = FakePaper(title=TITLE, authors=by(ME))
    missing = Wanted("title", "a paper arxiv does not have")
    first = env.run([], find=[WANT, missing], author=ME)
    before = env.cache.read_bytes()
    second = env.run([], find=[WANT, missing], author=ME)
    assert len(env.fake.requests) == 1
    assert second.found == first.found == {WANT.key: X, missing.key: None}
    assert second.requests == 0 and second.papers == first.papers
    assert env.cache.read_bytes() == before


def test_none_is_asked_again_after_retry_days(env: Env) -> None:
    env.run([], find=[WANT], author=ME)
    env.fake.papers[X] = FakePaper(title=TITLE, authors=by(ME))  # on arXiv since
    later = NOW + timedelta(days=29, hours=23)
    assert env.run([], find=[WANT], author=ME, now=lambda: later).found == {WANT.key: None}
    assert len(env.fake.requests) == 1
    later = NOW + timedelta(days=30)
    assert env.run([], find=[WANT], author=ME, now=lambda: later).found == {WANT.key: X}
    assert len(env.fake.requests) == 2
    saved = json.loads(env.cache.read_bytes())[WANT.key]
    assert saved["found"] == X and saved["asked"] == "2026-05-12T22:10:19Z"


def test_retry_days_setting_and_refresh(env: Env) -> None:
    env.run([], find=[WANT], author=ME)
    later = NOW + timedelta(days=3)
    env.run([], find=[WANT], author=ME, arxiv_retry_days=3, now=lambda: later)
    assert len(env.fake.requests) == 2
    env.run([], find=[WANT], author=ME, refresh=True, now=lambda: later)
    assert len(env.fake.requests) == 3


def test_many_titles_are_batched_three_seconds_apart(env: Env) -> None:
    wanted = [Wanted("title", f"title number {n} of a long list of papers") for n in range(50)]
    for n in (3, 41):
        env.fake.papers[f"2403.{n:05d}"] = FakePaper(
            title=f"Title Number {n} of a Long List of Papers", authors=by(ME)
        )
    result = env.run([], find=wanted, author=ME)
    sent = searches(env)
    assert 2 <= len(sent) <= 5 and sum(s.count(" OR ") + 1 for s in sent) == 50
    assert all(len(r.query["search_query"][0]) <= 1000 for r in env.fake.requests)
    times = [r.at for r in env.fake.requests]
    assert all(b - a >= SPACING for a, b in zip(times, times[1:], strict=False))
    assert {k: v for k, v in result.found.items() if v} == {
        wanted[3].key: "2403.00003",
        wanted[41].key: "2403.00041",
    }
    assert len(result.found) == 50


def test_ids_and_titles_share_one_client_and_the_spacing(env: Env) -> None:
    env.fake.papers[Y] = FakePaper(title=TITLE, authors=by(ME))
    result = env.run([X], find=[WANT], author=ME)
    assert [bool(r.id_list) for r in env.fake.requests] == [True, False]
    assert env.fake.requests[1].at - env.fake.requests[0].at >= SPACING
    assert set(result.papers) == {X, Y} and result.requests == 2


def test_no_network_ends_ids_and_searches_with_one_warning(env: Env) -> None:
    result = env.run([X], find=[WANT], author=ME, api=closed_port_url())
    assert result.requests == 1 and env.clock.sleeps == []
    assert len(env.reporter.warnings) == 1 and result.unsearched == [WANT.key]
    assert not env.cache.exists()


def test_no_network_on_the_first_search(env: Env) -> None:
    wanted = [Wanted("title", f"title number {n} of a long list of papers") for n in range(50)]
    result = env.run([], find=wanted, author=ME, api=closed_port_url())
    assert result.requests == 1 and env.clock.sleeps == []
    assert [p.message for p in env.reporter.warnings] == [
        "could not reach arXiv ([Errno 111] Connection refused); 50 DOI/title search(es) not made"
    ]
    assert result.found == {} and len(result.unsearched) == 50


def test_failed_search_records_nothing(env: Env) -> None:
    env.fake.default = "503"
    result = env.run([], find=[WANT], author=ME)
    assert result.found == {} and result.unsearched == [WANT.key]
    assert "arXiv answered HTTP 503 (3 attempts); 1 DOI/title search(es) not made" in env.warnings
    assert not env.cache.exists()
