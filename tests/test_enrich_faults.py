"""arXiv faults against the fake API: error answers, unreachable hosts, slow answers."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from feeds.enrich.fetch import MAX_RETRY_AFTER, SPACING
from tests.arxiv_fake import Env, FakePaper, environment

from .arxiv_checks import X, Y, check_fault, closed_port_url, seed


@pytest.fixture
def env(tmp_path: Path) -> Iterator[Env]:
    with environment(tmp_path) as running:
        yield running


@pytest.mark.parametrize(
    ("behaviour", "message"),
    [
        ("404", "arXiv answered HTTP 404; 2 id(s) not enriched"),
        ("400text", "arXiv answered HTTP 400; 2 id(s) not enriched"),
        ("html", "malformed response from arXiv (not an Atom feed (root element html))"),
        ("rss", "malformed response from arXiv (not an Atom feed (root element rss))"),
    ],
)
def test_error_answer_is_reported_once_and_not_retried(
    env: Env, behaviour: str, message: str
) -> None:
    before = seed(env)
    env.fake.default = behaviour
    result = env.run([X, Y], refresh=True)
    check_fault(env, result, before, message, "failed")
    assert len(env.fake.requests) == 2 and env.clock.sleeps == []
    assert len(env.reporter.warnings) == 1


def test_error_entry_inside_a_200_is_reported(env: Env) -> None:
    before = seed(env)
    env.fake.default = "error200"
    result = env.run([X, Y], refresh=True)
    message = "arXiv reported an error: internal search error, please retry; 2 id(s) not"
    check_fault(env, result, before, message, "failed")
    assert len(env.fake.requests) == 2 and len(env.reporter.warnings) == 1


@pytest.mark.parametrize(
    ("retry_after", "budget", "sleeps", "requests"),
    [
        ("7", 60.0, [7.0], 2),  # obeyed
        ("3600", 600.0, [MAX_RETRY_AFTER], 2),  # cut to the longest wait we allow
        ("3600", 30.0, [], 1),  # longer than the budget: not waited for at all
        ("soon", 60.0, [SPACING], 2),  # unreadable: the usual backoff
        ("nan", 60.0, [SPACING], 2),
    ],
)
def test_retry_after_is_obeyed_within_limits(
    env: Env, retry_after: str, budget: float, sleeps: list[float], requests: int
) -> None:
    env.fake.retry_after = retry_after
    env.fake.script = ["429"]
    result = env.run([X], timeout=budget)
    assert env.clock.sleeps == sleeps and len(env.fake.requests) == requests
    assert env.clock.now - 1000.0 <= budget
    if requests == 1:
        assert result.failed == [X]
        message = "time budget of 30 s for arXiv used up (last problem: arXiv answered HTTP 429)"
        assert message + "; 1 id(s) not enriched" in env.warnings
    else:
        assert list(result.papers) == [X]


def test_no_network_costs_one_attempt_for_any_number_of_ids(env: Env) -> None:
    ids = [f"2406.{n:05d}" for n in range(1667)]
    result = env.run(ids, api=closed_port_url())
    assert result.requests == 1 and env.clock.sleeps == []
    assert result.failed == ids and result.papers == {}
    assert len(env.reporter.warnings) == 1
    message = "could not reach arXiv ([Errno 111] Connection refused); 1667 id(s) not enriched"
    assert message in env.warnings


def test_failed_name_lookup_ends_enrichment(env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    guarded = socket.getaddrinfo

    def lookup(host: object, *args: object, **kwargs: object) -> object:
        if host == "arxiv.invalid":
            raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        return guarded(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", lookup)
    ids = [f"2407.{n:05d}" for n in range(250)]
    result = env.run(ids, api="http://arxiv.invalid/api/query")
    assert result.requests == 1 and env.clock.sleeps == [] and result.failed == ids
    assert [p.message for p in env.reporter.warnings] == [
        "could not reach arXiv ([Errno -2] Name or service not known); "
        "250 id(s) not enriched: 2407.00000, 2407.00001, 2407.00002, 2407.00003, 2407.00004, "
        "… (245 more)"
    ]


def test_failed_tls_handshake_ends_enrichment(env: Env) -> None:
    api = env.fake.url.replace("http://", "https://")  # the fake speaks plain HTTP
    result = env.run([X, Y], api=api)
    assert result.requests == 1 and env.clock.sleeps == [] and result.failed == [X, Y]
    assert "could not reach arXiv (TLS handshake failed); 2 id(s) not enriched" in env.warnings


def test_server_dripping_its_answer_is_bounded_by_the_budget(env: Env) -> None:
    before = seed(env)
    env.fake.default = "drip"  # status line, headers and body, a byte at a time
    result = env.run([X, Y], refresh=True, timeout=1.0)
    check_fault(env, result, before, "time budget of 1 s for arXiv used up", "failed")
    assert "did not answer within 1 s" in env.warnings
    assert len(env.fake.requests) == 2  # the seed, then one dripping answer


def test_dripping_body_is_cut_when_the_clock_passes_the_deadline(env: Env) -> None:
    before = seed(env)
    env.fake.default = "dripbody"
    env.clock.tick = 0.5  # each reading of the clock: half a second later
    result = env.run([X, Y], refresh=True, timeout=15.0)
    check_fault(env, result, before, "time budget of 15 s for arXiv used up", "failed")
    assert env.fake.dripped < 60  # cut after a few bytes, not at the end of the answer


@pytest.mark.parametrize(
    ("abs_href", "pdf_href"),
    [
        ("javascript:alert(1)", "data:application/pdf;base64,AAAA"),
        ("https://evil.example/abs/x", "http://arxiv.org.evil.example/pdf/x"),
        ("https://user:pw@arxiv.org/abs/x", "ftp://arxiv.org/pdf/x"),
    ],
)
def test_links_from_the_api_that_leave_arxiv_are_rebuilt(
    env: Env, abs_href: str, pdf_href: str
) -> None:
    env.fake.papers[X] = FakePaper(version=2, abs_href=abs_href, pdf_href=pdf_href)
    paper = env.run([X]).papers[X]
    assert paper.abs_url == f"https://arxiv.org/abs/{X}v2"
    assert paper.pdf_url == f"https://arxiv.org/pdf/{X}v2"


def test_arxiv_links_from_the_api_are_kept(env: Env) -> None:
    env.fake.papers[X] = FakePaper(
        abs_href=f"http://arxiv.org/abs/{X}v1", pdf_href=f"https://export.arxiv.org/pdf/{X}"
    )
    paper = env.run([X]).papers[X]
    assert (paper.abs_url, paper.pdf_url) == (
        f"http://arxiv.org/abs/{X}v1",
        f"https://export.arxiv.org/pdf/{X}",
    )


def test_compressed_answer_is_read(env: Env) -> None:
    env.fake.default = "gzip"
    result = env.run([X, Y])
    assert set(result.papers) == {X, Y} and result.papers[X].title == f"Paper {X}"
    assert env.reporter.problems == []


def test_many_unenriched_ids_are_named_in_a_short_line(env: Env) -> None:
    from feeds.enrich.site import unenriched_message

    ids = [f"2408.{n:05d}" for n in range(25)]
    message = unenriched_message(ids)
    assert message.startswith("25 arXiv paper(s) stay unenriched: 2408.00000, 2408.00001")
    assert message.endswith("2408.00009, … (15 more)") and "2408.00010" not in message
