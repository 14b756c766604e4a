"""arXiv fetching against the fake API: batching, pacing, retries, faults, time budget."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import arxiv
import pytest

from feeds.config import Settings
from feeds.enrich.fetch import SPACING
from tests.arxiv_checks import X, Y, check_fault, closed_port_url, seed
from tests.arxiv_fake import Env, FakePaper, environment


@pytest.fixture
def env(tmp_path: Path) -> Iterator[Env]:
    with environment(tmp_path) as running:
        yield running


def test_ten_ids_make_one_request(env: Env) -> None:
    ids = [f"2401.{n:05d}" for n in range(10)]
    env.fake.papers["2401.00003"] = FakePaper(
        title="Heat-Bath Dynamics\n  on Fibers",
        version=3,
        doi="10.1234/jxyz.2024.0042",
        journal_ref="J. Example Comb. 12 (2024) 101-125",
        comment=None,
        categories=["stat.CO", "math.CO"],
    )
    result = env.run(ids)
    assert len(env.fake.requests) == 1 and result.requests == 1
    request = env.fake.requests[0]
    assert request.path == "/api/query"
    assert request.id_list == ids and request.query["search_query"] == [""]
    assert list(result.papers) == ids and sorted(result.fetched) == ids
    assert (result.missing, result.failed, env.reporter.problems) == ([], [], [])
    assert env.clock.sleeps == []
    paper = result.papers["2401.00003"]
    assert paper.arxiv_id == "2401.00003" and paper.title == "Heat-Bath Dynamics on Fibers"
    assert paper.version == 3
    assert paper.abs_url == "https://arxiv.org/abs/2401.00003v3"
    assert paper.pdf_url == "https://arxiv.org/pdf/2401.00003v3"
    assert paper.doi == "10.1234/jxyz.2024.0042" and paper.comment is None
    assert paper.journal_ref == "J. Example Comb. 12 (2024) 101-125"
    assert paper.authors == ("Ada Lovelace", "Jürgen Müller-Øster")
    assert paper.affiliations == (("University of Exampleton",), ())
    assert paper.categories == ("stat.CO", "math.CO") and paper.primary_category == "stat.CO"
    assert (paper.published, paper.updated) == ("2024-01-04T17:59:46Z", "2024-03-18T09:41:07Z")
    assert result.papers["2401.00004"].title == "Paper 2401.00004"  # mapped back by id


def test_warm_cache_makes_no_request(env: Env) -> None:
    first = env.run([X, Y])
    second = env.run([Y, X])
    assert len(env.fake.requests) == 1
    assert second.requests == 0 and second.fetched == []
    assert second.papers == first.papers and set(second.papers) == {X, Y}


def test_150_ids_two_requests_three_seconds_apart(env: Env) -> None:
    ids = [f"2402.{n:05d}" for n in range(150)]
    result = env.run(ids)
    assert env.clock.sleeps == [SPACING]  # the 3 s were slept on the fake clock
    assert [len(r.id_list) for r in env.fake.requests] == [100, 50]
    assert env.fake.requests[1].at - env.fake.requests[0].at >= SPACING
    assert sum(env.clock.sleeps) >= SPACING
    assert set(result.papers) == set(ids) and not env.reporter.warnings


def test_one_client_per_run(env: Env) -> None:
    made: list[arxiv.Client] = []

    def factory() -> arxiv.Client:
        made.append(arxiv.Client())
        return made[-1]

    env.run([f"2403.{n:05d}" for n in range(120)], client_factory=factory)
    assert len(made) == 1 and len(env.fake.requests) == 2
    assert made[0].query_url_format == env.fake.url + "?{}" and made[0].num_retries == 0


def test_time_budget_stops_and_keeps_what_was_fetched(env: Env) -> None:
    ids = [f"2404.{n:05d}" for n in range(250)]
    result = env.run(ids, timeout=4)
    assert len(env.fake.requests) == 2
    assert len(result.papers) == 200 and result.failed == ids[200:]
    assert "time budget of 4 s for arXiv used up" in env.warnings
    assert env.clock.now - 1000.0 <= 4
    assert len(env.cache.read_text(encoding="utf-8").split('"fetched"')) == 201


@pytest.mark.parametrize(
    ("behaviour", "message", "bucket", "requests"),
    [
        ("503", "arXiv answered HTTP 503 (3 attempts); 2 id(s) not enriched", "failed", 3),
        ("429", "arXiv answered HTTP 429 (3 attempts)", "failed", 3),
        ("400", f"arXiv rejected a request (HTTP 400): incorrect id format for {X}", "failed", 2),
        ("malformed", "malformed response from arXiv (not well-formed XML", "failed", 1),
        ("cut", "malformed response from arXiv (not well-formed XML", "failed", 1),
        ("truncated", "incomplete response from arXiv", "failed", 3),
        ("empty", f"arXiv returned an empty feed for 2 id(s): {X}, {Y}", "missing", 1),
    ],
)
def test_fault_is_reported_and_cache_stays_intact(
    env: Env, behaviour: str, message: str, bucket: str, requests: int
) -> None:
    before = seed(env)
    env.fake.default = behaviour
    result = env.run([X, Y], refresh=True)
    check_fault(env, result, before, message, bucket)
    assert len(env.fake.requests) == 1 + requests


def test_connection_refused_ends_enrichment_at_once(env: Env) -> None:
    before = seed(env)
    result = env.run([X, Y], api=closed_port_url(), refresh=True)
    check_fault(env, result, before, "could not reach arXiv ([Errno 111]", "failed")
    assert env.clock.sleeps == [] and result.requests == 1  # no retry, no wait
    assert len(env.reporter.warnings) == 1
    assert "2 id(s) not enriched" in env.warnings


def test_hanging_server_is_bounded_by_the_time_budget(env: Env) -> None:
    before = seed(env)
    env.fake.default = "hang"
    result = env.run([X, Y], refresh=True, timeout=1.5)
    check_fault(env, result, before, "time budget of 1.5 s for arXiv used up", "failed")
    assert "did not answer within" in env.warnings
    assert len(env.fake.requests) == 2  # the seed, then one hanging request


def test_unknown_id_is_reported_missing(env: Env) -> None:
    before = seed(env)
    env.fake.unknown.add(Y)
    result = env.run([X, Y], refresh=True)
    assert f"arXiv returned no entry for 1 id(s): {Y}" in env.warnings
    assert result.missing == [Y] and result.fetched == [X] and Y not in result.papers
    assert env.cache.read_bytes() == before  # X refetched: same data, same `now`


@pytest.mark.parametrize(
    ("script", "sleeps"), [(["503"], [3.0]), (["429"], [5.0]), (["truncated"], [3.0])]
)
def test_transient_failure_is_retried(env: Env, script: list[str], sleeps: list[float]) -> None:
    env.fake.script = list(script)
    result = env.run([X, Y])
    assert set(result.papers) == {X, Y} and not env.reporter.warnings
    assert len(env.fake.requests) == 2 and env.clock.sleeps == sleeps
    assert env.fake.requests[1].at - env.fake.requests[0].at >= sleeps[0]
    assert env.cache.is_file()


def test_rejected_id_is_dropped_and_the_rest_fetched(env: Env) -> None:
    env.fake.script = ["400"]  # names the first id of the request
    result = env.run([X, Y])
    assert result.failed == [X] and list(result.papers) == [Y]
    assert env.fake.requests[1].id_list == [Y]
    assert f"incorrect id format for {X}" in env.warnings


def test_invalid_input_is_never_sent(env: Env) -> None:
    result = env.run(["not-an-id", X])
    assert env.fake.requests[0].id_list == [X]
    assert result.failed == ["not-an-id"] and "not an arXiv id: 'not-an-id'" in env.warnings


def test_offline_makes_no_request(env: Env) -> None:
    before = seed(env)
    result = env.run([X, Y], offline=True, refresh=True)
    assert len(env.fake.requests) == 1  # the seed only
    assert list(result.papers) == [X] and result.skipped == [X, Y]
    messages = [p.message for p in env.reporter.problems]
    assert messages == ["offline: 1 arXiv id(s) not cached, unenriched"]
    assert env.cache.read_bytes() == before


def test_refresh_refetches_and_reports_new_version(env: Env) -> None:
    seed(env)
    env.fake.paper(X).version = 2
    assert env.run([X]).new_versions == {}  # cached: no request
    result = env.run([X], refresh=True)
    assert len(env.fake.requests) == 2
    assert result.new_versions == {X: (1, 2)} and result.papers[X].version == 2
    assert '"version": 2' in env.cache.read_text(encoding="utf-8")
    assert result.papers[X].pdf_url.endswith(f"{X}v2")


def test_link_to_newer_version_triggers_refetch(env: Env) -> None:
    seed(env)
    env.fake.paper(X).version = 3
    result = env.run([f"{X}v3"])
    assert env.fake.requests[-1].id_list == [X]  # asked version-free
    assert result.new_versions == {X: (1, 3)} and list(result.papers) == [X]


def test_progress_is_reported_per_request(env: Env) -> None:
    calls: list[tuple[int, int]] = []
    env.run([f"2405.{n:05d}" for n in range(230)], progress=lambda *a: calls.append(a))
    assert calls == [(100, 230), (200, 230), (230, 230)]


def test_fetching_does_not_need_click() -> None:
    import feeds.enrich.fetch
    import feeds.enrich.papers

    for module in (feeds.enrich.fetch, feeds.enrich.papers):
        assert "click" not in vars(module)


def test_the_network_guard_catches_the_real_api(env: Env, network_attempts: list[str]) -> None:
    result = env.run([X], api=Settings().arxiv_api)
    assert network_attempts and network_attempts[0] == "export.arxiv.org"
    assert result.failed == [X] and "could not reach arXiv" in env.warnings
    network_attempts.clear()


def test_connection_failures_are_told_from_broken_answers() -> None:
    import requests
    from urllib3.exceptions import (
        ConnectTimeoutError,
        MaxRetryError,
        NameResolutionError,
        NewConnectionError,
        ProtocolError,
    )

    from feeds.enrich.session import connect_failure

    def wrapped(reason: Exception) -> requests.ConnectionError:
        return requests.ConnectionError(MaxRetryError(None, "/api", reason))

    lookup = NameResolutionError("export.arxiv.org", None, socket.gaierror(-2, "Name unknown"))
    assert connect_failure(wrapped(lookup))
    assert connect_failure(wrapped(NewConnectionError(None, "refused")))
    assert connect_failure(wrapped(ConnectTimeoutError("connect timed out")))
    assert connect_failure(requests.exceptions.ConnectTimeout("connect timed out"))
    assert connect_failure(requests.exceptions.SSLError("handshake"))
    aborted = ProtocolError("Connection aborted.", ConnectionResetError(104, "reset"))
    assert not connect_failure(requests.ConnectionError(aborted))
