"""An unreachable arXiv is found out before the network stack is imported (enrich/reach.py),
with what the first request's failure reports: the same warnings, notes and results."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import arxiv
import pytest

from feeds.enrich.candidates import Wanted
from feeds.enrich.reach import unreachable
from tests.arxiv_fake import Env, FakePaper, environment

from .arxiv_checks import X, Y, closed_port_url

ME = "Ada Lovelace"
TITLES = [Wanted("title", f"a paper of ours number {n}") for n in range(3)]


@pytest.fixture
def env(tmp_path: Path) -> Iterator[Env]:
    with environment(tmp_path) as running:
        yield running


def _failing_lookup(monkeypatch: pytest.MonkeyPatch, error: OSError) -> None:
    real = socket.getaddrinfo

    def lookup(host: object, *args: object, **kwargs: object) -> object:
        if host == "arxiv.invalid":
            raise error
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", lookup)


def _outcome(env: Env, ids: list[str], find: list[Wanted], api: str, **kw: object) -> tuple:
    env.reporter.problems.clear()
    result = env.run(ids, api=api, find=find, author=ME, **kw)
    said = [(p.severity, p.message) for p in env.reporter.problems]
    return said, result.requests, result.failed, result.unsearched, result.papers, result.found


@pytest.mark.parametrize(
    ("ids", "find", "fault", "first"),
    [
        ([X, Y], [], "refused", "could not reach arXiv ([Errno 111] Connection refused); 2 id(s)"),
        ([], TITLES, "refused", "could not reach arXiv ([Errno 111] Connection refused); 3 DOI"),
        ([X], TITLES, "refused", "could not reach arXiv ([Errno 111] Connection refused); 1 id"),
        ([X, Y], [], "no name", "could not reach arXiv ([Errno -2] Name or service not known)"),
        ([X], TITLES, "guarded", "could not reach arXiv (NewConnectionError); 1 id(s)"),
    ],
)
def test_unreachable_arxiv_reports_what_the_first_request_reports(
    env: Env,
    monkeypatch: pytest.MonkeyPatch,
    ids: list[str],
    find: list[Wanted],
    fault: str,
    first: str,
) -> None:
    api = closed_port_url()
    if fault == "no name":
        _failing_lookup(
            monkeypatch, socket.gaierror(socket.EAI_NONAME, "Name or service not known")
        )
        api = "http://arxiv.invalid/api/query"
    elif fault == "guarded":  # an OSError that is no name-lookup error (as tests' guard raises)
        _failing_lookup(monkeypatch, OSError("no network in this test"))
        api = "http://arxiv.invalid/api/query"
    probed = _outcome(env, ids, find, api)
    # a client given (as tests give fakes) skips the probe: the request itself fails
    requested = _outcome(env, ids, find, api, client_factory=arxiv.Client)
    assert probed == requested
    said, requests, failed, unsearched, _, _ = probed
    assert said[0][0] == "warning" and said[0][1].startswith(first)
    assert requests == 1 and failed == ids and len(unsearched) == len(find)
    assert len([s for s in said if s[0] == "warning"]) == 1
    assert not env.cache.exists()


def test_reachable_api_is_asked_as_before(env: Env) -> None:
    env.fake.papers[X] = FakePaper(title="A paper on the fake")
    result = env.run([X])
    assert list(result.papers) == [X] and result.papers[X].title == "A paper on the fake"
    assert len(env.fake.requests) == 1


@pytest.mark.parametrize(
    ("api", "budget", "environ", "said"),
    [
        ("closed", 60.0, {}, "could not reach arXiv ([Errno 111] Connection refused)"),
        ("closed", 0.5, {}, None),  # too little budget: the lookup says so itself
        ("closed", 60.0, {"HTTPS_PROXY": "http://127.0.0.1:9"}, None),  # requests would proxy
        ("closed", 60.0, {"all_proxy": "socks5://127.0.0.1:9"}, None),
        ("closed", 60.0, {"SOME_PROXY": ""}, None if os.name == "nt" else "could not reach"),
        ("open", 60.0, {}, None),  # a connection opens: ask as before
        ("http://[::1/api/query", 60.0, {}, None),  # requests parses this itself
        ("http://a..b/api/query", 60.0, {}, None),  # urllib3 refuses the host itself
        ("http://ārxiv.org/api/query", 60.0, {}, None),
    ],
)
def test_when_a_connection_decides(
    env: Env,
    monkeypatch: pytest.MonkeyPatch,
    api: str,
    budget: float,
    environ: dict[str, str],
    said: str | None,
) -> None:
    for name in [n for n in os.environ if n.lower().endswith("_proxy")]:
        monkeypatch.delenv(name)
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    url = {"closed": closed_port_url(), "open": env.fake.url}.get(api, api)
    found = unreachable(url, budget)
    assert found == said or (said is not None and found is not None and found.startswith(said))


def test_no_network_build_imports_no_network_stack(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from feeds.config import Settings\n"
        "from feeds.diagnostics import Reporter\n"
        "from feeds.enrich import enrich\n"
        "settings = Settings(arxiv_api=sys.argv[2])\n"
        f"r = enrich(['{X}'], Path(sys.argv[1]), settings, Reporter(quiet=True))\n"
        "print(__import__('json').dumps([r.failed, sorted(m for m in ('requests', 'urllib3', "
        "'arxiv') if m in sys.modules)]))\n"
    )
    env = {k: v for k, v in os.environ.items() if not k.lower().endswith("_proxy")}
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "arxiv.json"), closed_port_url()],
        capture_output=True, text=True, env=env, check=True,
    )  # fmt: skip
    assert json.loads(out.stdout) == [[X], []]
