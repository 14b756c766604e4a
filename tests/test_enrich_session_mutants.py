"""The paced HTTP session at its limits: the spacing wait, the longest answer taken, the
deadline reached exactly while reading, the worker left behind by a hanging server.
Against the fake API, on injected clocks; nothing here sleeps.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from feeds.enrich.fetch import Lookup
from feeds.enrich.session import BudgetExhausted, PacedSession
from tests.arxiv_fake import Env, FakeClock, environment

X = "2401.01234"


@pytest.fixture
def env(tmp_path: Path) -> Iterator[Env]:
    with environment(tmp_path) as running:
        yield running


def test_a_wait_is_slept_while_half_a_second_is_left_for_the_request():
    clock = FakeClock(now=0.0)
    session = PacedSession(clock, clock.sleep, deadline=10.0)
    session.wait(0.0)
    session.wait(-2.0)  # the spacing has passed already
    session.wait(0.25)
    assert clock.sleeps == [0.25]
    session.wait(9.25)  # 0.25 + 9.25 + 0.5 = 10: just fits
    assert clock.sleeps == [0.25, 9.25] and clock.now == 9.5
    with pytest.raises(BudgetExhausted):
        session.wait(0.01)  # 9.5 + 0.01 + 0.5 > 10
    assert clock.sleeps == [0.25, 9.25]


def lookup(env: Env, warned: list[str], clock=None, budget: float = 60.0) -> Lookup:
    clock = clock or env.clock
    return Lookup(env.fake.url, budget, warned.append, clock=clock, sleep=env.clock.sleep)


def test_the_longest_answer_taken(env: Env, monkeypatch: pytest.MonkeyPatch):
    warned: list[str] = []
    first = lookup(env, warned)
    assert list(first.fetch([X]).papers) == [X]
    size = len(first.session.response.content)  # the fake answers the same bytes again
    monkeypatch.setattr("feeds.enrich.session.MAX_BODY", size)
    assert list(lookup(env, warned).fetch([X]).papers) == [X]
    monkeypatch.setattr("feeds.enrich.session.MAX_BODY", size - 1)
    assert lookup(env, warned).fetch([X]).failed == [X]
    assert warned == [
        f"malformed response from arXiv (answer longer than {size - 1} bytes); "
        f"1 id(s) not enriched: {X}"
    ]


def test_an_answer_read_exactly_at_the_deadline_is_taken(env: Env):
    # The caller's clock reads 0; the worker reading the answer sees the deadline itself.
    def clock() -> float:
        return 0.0 if threading.current_thread() is threading.main_thread() else 10.0

    warned: list[str] = []
    at_deadline = lookup(env, warned, clock=clock, budget=10.0)
    assert list(at_deadline.fetch([X]).papers) == [X] and warned == []


def test_a_hanging_answer_leaves_only_a_daemon_thread_behind(env: Env):
    before = set(threading.enumerate())
    env.fake.default = "hang"
    warned: list[str] = []
    assert lookup(env, warned, budget=0.6).fetch([X]).failed == [X]
    left = [t for t in threading.enumerate() if t not in before and t.is_alive()]
    assert left and all(t.daemon for t in left)  # it cannot keep the build from exiting


def test_an_api_address_with_its_own_query_and_braces(env: Env):
    result = env.run([X], api=env.fake.url + "?key={s}&x=1")
    (request,) = env.fake.requests
    assert request.query["key"] == ["{s}"] and request.query["x"] == ["1"]
    assert request.id_list == [X] and list(result.papers) == [X]


def test_an_api_address_no_http_client_can_use_is_reported(env: Env):
    result = env.run([X], api="htp://127.0.0.1/api/query")
    assert result.failed == [X]
    assert env.warnings.startswith(
        "arxiv: warning: unusable response from arXiv (No connection adapters were found"
    )


def test_enrichment_never_sleeps_on_the_wall_clock(env: Env, monkeypatch: pytest.MonkeyPatch):
    # Two requests through one client (the arxiv package's own delay must stay off).
    import time

    from feeds.enrich.candidates import Wanted

    walled: list[float] = []
    monkeypatch.setattr(time, "sleep", walled.append)
    title = "sparse spectral methods for heat bath dynamics"
    result = env.run([X], find=[Wanted("title", title)], author="Ann")
    assert len(env.fake.requests) == 2 and list(result.papers) == [X]
    assert walled == [] and env.clock.sleeps == [3.0]


def test_retries_back_off_three_then_six_seconds(env: Env):
    env.fake.script = ["503", "503"]
    result = env.run([X])
    assert list(result.papers) == [X] and len(env.fake.requests) == 3
    assert env.clock.sleeps == [3.0, 6.0]


def test_a_lone_surrogate_in_the_cache_is_saved_as_a_question_mark(env: Env):
    import json

    env.run([X])
    text = env.cache.read_text(encoding="utf-8").replace('"abstract": "', '"abstract": "\\ud800', 1)
    env.cache.write_text(text, encoding="utf-8")
    result = env.run([X, "2312.09876"])  # a second paper: the cache is written again
    assert set(result.papers) == {X, "2312.09876"}
    assert json.loads(env.cache.read_bytes())[X]["abstract"].startswith("?")
