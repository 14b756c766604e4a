"""The small rules of arXiv enrichment, one by one, at their limits (issue 14's mutation
run): query batches, id lists in messages, the damaged-cache salvage and its messages,
copies kept aside, connection failures named, answers checked. No network, no sleeping.
"""

from __future__ import annotations

import io
import json
import re
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
import requests
from urllib3.exceptions import MaxRetryError, NewConnectionError

from feeds.enrich.cache import keep_aside, utc_stamp
from feeds.enrich.candidates import Wanted
from feeds.enrich.fetch import some
from feeds.enrich.salvage import salvage_entries
from feeds.enrich.search import batches
from feeds.enrich.session import MalformedResponse, check_feed, describe_unreachable

ATOM_FEED = b'<feed xmlns="http://www.w3.org/2005/Atom"/>'
AT = "not valid JSON at line "
NAME = "Expecting property name enclosed in double quotes"


def test_batches_hold_at_most_twenty_clauses():
    wanted = [Wanted("title", f"a short title {n}") for n in range(45)]
    cut = batches(wanted)
    assert [len(b) for b in cut] == [20, 20, 5]
    assert [w for b in cut for w in b] == wanted  # in order, none lost


def test_batches_hold_at_most_a_thousand_characters_of_query():
    # ti:"xxx…" (200 x) is 211 characters URL-encoded, " OR " 4 more: four fit in 1000.
    wanted = [Wanted("title", "x" * 200) for _ in range(9)]
    assert [len(b) for b in batches(wanted)] == [4, 4, 1]
    # ti:"y…y" is N + 11 characters URL-encoded, doi:"" 12, and each clause counts 4 more
    # for "+OR+": N + 15 + 16 = 1000 fits in one query (N = 969), 1001 does not.
    empty_doi = Wanted("doi", "")
    assert [len(b) for b in batches([Wanted("title", "y" * 969), empty_doi])] == [2]
    assert [len(b) for b in batches([Wanted("title", "y" * 970), empty_doi])] == [1, 1]
    # The second query starts counting from nothing again.
    three = [Wanted("title", "y" * 985), Wanted("title", "y" * 969), empty_doi]
    assert [len(b) for b in batches(three)] == [1, 2]
    assert batches([]) == []


def test_some_names_five_ids_and_how_many_more():
    assert some(["a", "b", "c", "d", "e", "f", "g"]) == "a, b, c, d, e, … (2 more)"
    assert some(["a", "b", "c", "d", "e"]) == "a, b, c, d, e"
    assert some(["a", "b", "c"], limit=2) == "a, b, … (1 more)"
    assert some([]) == ""


@pytest.mark.parametrize(
    ("raw", "entries", "problems"),
    [
        (b"[1]", {}, ["the top level is a JSON list, not an object"]),
        (b'"x"', {}, ["the top level is a JSON str, not an object"]),
        (
            b'{"a": {"x": 1}, "b": [1,',
            {"a": {"x": 1}},
            ["not valid JSON at line 1, column 25: Expecting value"],
        ),
        (
            b'\xff{"a": 1}',
            {},
            ["not UTF-8 at byte 0", "not valid JSON at line 1, column 1: Expecting value"],
        ),
        (
            b'{"a": 1, "b": 2, "c": "\xff"}',
            {"a": 1, "b": 2, "c": "\ufffd"},
            ["not UTF-8 at byte 23"],
        ),
        (b'{"a": 1, "b" 2}', {"a": 1}, [f"{AT}1, column 14: Expecting ':' delimiter"]),
        (b'{"a": 1 "b": 2}', {"a": 1}, [f"{AT}1, column 9: Expecting ',' delimiter"]),
        (
            b'  {  "a" : 1 ,\n \t"b":2 ,\r\n',
            {"a": 1, "b": 2},
            [f"{AT}3, column 1: {NAME}"],
        ),
        (b'{"a": 1, 2: 3}', {"a": 1}, [f"{AT}1, column 10: {NAME}"]),
        (b'{"a": 1, "b": }', {"a": 1}, ["not valid JSON at line 1, column 15: Expecting value"]),
        (b"x", {}, ["not valid JSON at line 1, column 1: Expecting value"]),
        (b"", {}, ["not valid JSON at line 1, column 1: Expecting value"]),
    ],
    ids=lambda value: re.sub(r"[^A-Za-z0-9]+", "_", repr(value))[:40],
)  # fmt: skip
def test_salvage_keeps_what_comes_before_the_damage(raw, entries, problems):
    assert salvage_entries(raw) == (entries, problems)


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


@pytest.mark.parametrize("broken", [True, False])
def test_salvage_drops_values_nested_more_than_sixteen_deep(broken):
    # An entry is itself the first level: 16 nested lists are kept, 17 are not.
    text = (
        f'{{"a": {nested(16)}, "b": {{"c": {nested(15)}}}, '
        f'"d": {nested(17)}, "e": {{"f": {nested(16)}}}}}'
    )
    raw = (text[:-1] + ", ").encode() if broken else text.encode()
    kept, problems = salvage_entries(raw)
    assert kept == {"a": json.loads(nested(16)), "b": {"c": json.loads(nested(15))}}
    assert problems[-2:] == ["entry 'd' is nested too deeply", "entry 'e' is nested too deeply"]
    assert len(problems) == (3 if broken else 2)


def test_salvage_of_a_file_too_deep_to_read():
    kept, problems = salvage_entries(('{"a": 1, "b": ' + nested(100_000) + "}").encode())
    assert kept == {"a": 1} and problems == ["nested too deeply to read"]


def test_copies_kept_aside_are_numbered_never_overwritten(tmp_path: Path):
    cache = tmp_path / "arxiv.json"
    now = datetime(2026, 4, 12, 22, 10, 19, tzinfo=UTC)
    first = keep_aside(cache, b"one", now)
    second = keep_aside(cache, b"two", now)
    third = keep_aside(cache, b"three", now)
    assert [p.name for p in (first, second, third)] == [
        "arxiv.json.broken-20260412T221019Z",
        "arxiv.json.broken-20260412T221019Z-1",
        "arxiv.json.broken-20260412T221019Z-2",
    ]
    assert [p.read_bytes() for p in (first, second, third)] == [b"one", b"two", b"three"]
    assert oct(first.stat().st_mode & 0o777) == oct(0o644 & ~_umask())


def _umask() -> int:
    import os

    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_a_thousand_kept_copies_are_enough(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    import os

    cache = tmp_path / "arxiv.json"
    now = datetime(2026, 4, 12, 22, 10, 19, tzinfo=UTC)
    real_open, tried = os.open, []

    def taken_until(free: int):
        def fake_open(path, flags, mode=0o777):
            tried.append(Path(path).name)
            if len(tried) <= free:
                raise FileExistsError(path)
            return real_open(path, flags, mode)

        return fake_open

    monkeypatch.setattr("feeds.enrich.cache.os.open", taken_until(999))
    assert keep_aside(cache, b"last", now).name == "arxiv.json.broken-20260412T221019Z-999"
    assert tried[:2] == [
        "arxiv.json.broken-20260412T221019Z",
        "arxiv.json.broken-20260412T221019Z-1",
    ]
    tried.clear()
    monkeypatch.setattr("feeds.enrich.cache.os.open", taken_until(10_000))
    with pytest.raises(OSError, match=r"^too many kept copies of arxiv\.json$"):
        keep_aside(cache, b"more", now)
    assert len(tried) == 1000


def test_unreachable_is_named_by_its_cause():
    refused = NewConnectionError(None, "Failed to establish: [Errno 111] Connection refused")
    wrapped = requests.ConnectionError(MaxRetryError(None, "/api", refused))
    assert describe_unreachable(wrapped) == "could not reach arXiv ([Errno 111] Connection refused)"
    bare = requests.ConnectionError(MaxRetryError(None, "/api", ConnectionRefusedError("no")))
    assert describe_unreachable(bare) == "could not reach arXiv (ConnectionRefusedError)"
    plain = requests.ConnectionError(ConnectionResetError("reset"))
    assert describe_unreachable(plain) == "could not reach arXiv (ConnectionResetError)"
    timeout = requests.exceptions.ConnectTimeout("x")
    assert describe_unreachable(timeout) == "could not reach arXiv (connection timed out)"
    tls = requests.exceptions.SSLError("x")
    assert describe_unreachable(tls) == "could not reach arXiv (TLS handshake failed)"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"<x", "not well-formed XML: unclosed token: line 1, column 0"),
        (b"<rss/>", "not an Atom feed (root element rss)"),
        (b'<feed xmlns="urn:other"/>', "not an Atom feed (root element {urn:other}feed)"),
    ],
    ids=["not-xml", "rss", "other-namespace"],
)
def test_an_answer_that_is_no_atom_feed_is_refused(content, message):
    with pytest.raises(MalformedResponse) as caught:
        check_feed(content)
    assert str(caught.value) == message
    check_feed(ATOM_FEED)  # and a feed passes


def test_salvage_reads_members_written_without_spaces():
    kept, problems = salvage_entries(b'{"a":1,"b":{"c":2},"d":[3],')
    assert kept == {"a": 1, "b": {"c": 2}, "d": [3]} and len(problems) == 1


def test_a_damaged_cache_is_reported_entry_by_entry(tmp_path: Path):
    from feeds.diagnostics import Reporter
    from feeds.enrich import load_papers

    asked = "2026-01-01T00:00:00Z"
    cache = tmp_path / "arxiv.json"
    entries = {
        "doi:10.1/x": [1],
        "title:abc": {"query": 5, "found": "none", "asked": asked},
        "title:ok": {"query": 'ti:"ok"', "found": "none", "asked": asked},
        "2401.01234": "x",
        "title:bad": {"query": "q", "found": "2401.01234v2x", "asked": asked},
        "title:date": {"query": "q", "found": "none", "asked": "2026-01-01"},
    }
    cache.write_text(json.dumps(entries), encoding="utf-8")
    reporter = Reporter(quiet=True)
    assert load_papers(cache, reporter) == {}
    assert [str(p) for p in reporter.problems] == [
        f"{cache}: warning: damaged arXiv cache ("
        "malformed cache entry 'doi:10.1/x': not an object; "
        "malformed cache entry 'title:abc': expected a string, got int; "
        "malformed cache entry '2401.01234': not an object; … (2 more)); "
        "1 entr(ies) salvaged, the rest is fetched again and the file kept as "
        "arxiv.json.broken-<time> when rewritten"
    ]


def test_the_kept_copy_is_stamped_in_utc_whatever_the_machine_zone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    import time

    monkeypatch.setenv("TZ", "Asia/Tokyo")
    time.tzset()
    try:
        now = datetime(2026, 4, 12, 22, 10, 19, tzinfo=UTC)
        kept = keep_aside(tmp_path / "arxiv.json", b"x", now)
        stamp = utc_stamp(now)
    finally:
        monkeypatch.undo()
        time.tzset()
    assert kept.name == "arxiv.json.broken-20260412T221019Z"
    assert stamp == "2026-04-12T22:10:19Z"  # how the cache writes moments


def test_the_default_sleep_is_the_wall_clock(monkeypatch: pytest.MonkeyPatch):
    from feeds.enrich.papers import wall_sleep

    slept: list[float] = []
    monkeypatch.setattr("feeds.enrich.papers.time.sleep", slept.append)
    wall_sleep(2.5)
    assert slept == [2.5]


def test_connect_failures_from_a_bare_reason():
    from feeds.enrich.session import connect_failure

    assert connect_failure(requests.ConnectionError(ConnectionRefusedError("no")))
    assert not connect_failure(requests.ConnectionError("something else"))
    assert not connect_failure(requests.ConnectionError())
    assert describe_unreachable(requests.ConnectionError()).startswith("could not reach arXiv (")


def answer(status: int, body: bytes = b"", **headers: str) -> requests.Response:
    response = requests.Response()
    response.status_code, response._content = status, body
    response.headers.update(headers)
    return response


@pytest.mark.parametrize(
    ("header", "seconds"),
    [("7", 7.0), ("0", 0.0), ("-5", 0.0), ("60", 60.0), ("61", 60.0), ("2.5", 2.5)]
    + [("soon", 0.0), ("nan", 0.0), ("", 0.0)],
    ids=["7", "0", "negative", "60", "61", "fraction", "word", "nan", "empty"],
)
def test_retry_after_in_seconds(header, seconds):
    from feeds.enrich.fetch import _retry_after

    assert _retry_after(answer(429, **{"Retry-After": header})) == seconds


def test_no_retry_after_without_an_answer_or_a_header():
    from feeds.enrich.fetch import _retry_after

    assert _retry_after(None) == 0.0
    assert _retry_after(answer(503)) == 0.0


def test_a_rejection_naming_an_id_not_asked_for_rejects_none():
    from feeds.enrich.fetch import _rejected
    from tests.arxiv_atom import error_xml

    warned: list[str] = []
    body = error_xml("9999.zzz").encode()
    assert _rejected(answer(400, body), ["2401.01234"], warned.append) is None
    assert warned == ["arXiv rejected a request (HTTP 400): incorrect id format for 9999.zzz"]
    assert _rejected(answer(400, body), ["9999.zzz", "2401.01234"], warned.append) == "9999.zzz"
    assert _rejected(answer(503, body), ["9999.zzz"], warned.append) is None
    assert _rejected(None, ["9999.zzz"], warned.append) is None
    assert len(warned) == 2


def test_a_search_result_without_a_version_is_version_one():
    import arxiv

    from feeds.enrich.search import _paper

    moment = datetime(2024, 1, 4, 17, 59, 46, tzinfo=UTC)
    result = arxiv.Result(
        "http://arxiv.org/abs/2401.01234", updated=moment, published=moment, title="T"
    )
    paper = _paper(result)
    assert (paper.arxiv_id, paper.version) == ("2401.01234", 1)
    assert paper.abs_url == "https://arxiv.org/abs/2401.01234v1"


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_bar_counts_ids_and_ends_its_line(monkeypatch: pytest.MonkeyPatch):
    from feeds.enrich.site import _TerminalBar

    terminal = _Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    bar = _TerminalBar()
    seen = []
    for done in (100, 200, 250):
        before = len(terminal.getvalue())
        bar(done, 250)
        seen.append(terminal.getvalue()[before:])
    assert "arXiv  [" in seen[0] and seen[0].endswith("40%")
    assert seen[1].endswith("80%") and not seen[1].endswith("\n")
    assert seen[2].endswith("100%\x1b[?25h\n")


def test_latex_commands_left_in_a_title_are_dropped_when_folding():
    from feeds.enrich.candidates import fold_title

    assert fold_title(r"\foo \Bar Graphs") == "graphs"
    assert fold_title(r"Deep \textbf{Nets} \LaTeX{} Graphs") == "deep nets graphs"


def test_malformed_paper_entries_are_named_by_what_is_wrong(tmp_path: Path):
    from feeds.diagnostics import Reporter
    from feeds.enrich import load_papers

    good = {
        "title": "T", "authors": [{"name": "A", "affiliations": []}], "abstract": "",
        "categories": ["cs.LG"], "primary_category": "cs.LG", "published": "p",
        "updated": "u", "version": 2, "journal_ref": "J. Ex. 1 (2024)",
    }  # fmt: skip
    cache = tmp_path / "arxiv.json"
    entries = {
        "2401.00001": good,
        "2401.00002": {**good, "version": 0},
        "2401.00003": {**good, "authors": ["A"]},
        "2401.00004": {**good, "authors": "A"},
        "2401.00005": {**good, "title": None},
    }
    cache.write_text(json.dumps(entries), encoding="utf-8")
    reporter = Reporter(quiet=True)
    papers = load_papers(cache, reporter)
    assert list(papers) == ["2401.00001"] and papers["2401.00001"].journal_ref == "J. Ex. 1 (2024)"
    (problem,) = reporter.problems
    assert problem.message.startswith(
        "damaged arXiv cache ("
        "malformed cache entry '2401.00002': version is not a positive integer; "
        "malformed cache entry '2401.00003': an author is not an object; "
        "malformed cache entry '2401.00004': expected a list, got str; … (1 more)); "
    )


def test_a_budget_too_short_for_any_request_says_so(tmp_path: Path):
    from tests.arxiv_fake import environment

    with environment(tmp_path) as env:
        result = env.run(["2401.01234"], timeout=0.1)
        assert env.fake.requests == [] and result.failed == ["2401.01234"]
        assert [p.message for p in env.reporter.warnings] == [
            "time budget of 0.1 s for arXiv used up; 1 id(s) not enriched: 2401.01234"
        ]


def test_ids_arxiv_lacks_in_several_requests_are_all_missing(tmp_path: Path):
    from tests.arxiv_fake import environment

    ids = [f"2402.{n:05d}" for n in range(150)]
    with environment(tmp_path) as env:
        env.fake.unknown = {ids[5], ids[120]}
        result = env.run(ids)
        assert result.missing == [ids[5], ids[120]] and len(env.fake.requests) == 2


def _result(entry_id: str, links: list | None = None):
    import arxiv

    moment = datetime(2024, 1, 4, 17, 59, 46, tzinfo=UTC)
    return arxiv.Result(entry_id, updated=moment, published=moment, title="T", links=links)


def test_answers_are_mapped_back_to_the_ids_asked():
    from feeds.enrich.fetch import Fetched, _collect

    out, warned = Fetched(), []
    results = [_result("http://arxiv.org/abs/nonsense"), _result("http://arxiv.org/abs/2401.01234")]
    _collect(results, ["2401.01234", "2401.00002"], out, warned.append)
    assert list(out.papers) == ["2401.01234"] and out.missing == ["2401.00002"]
    paper = out.papers["2401.01234"]
    assert paper.version == 1 and paper.abs_url == "https://arxiv.org/abs/2401.01234v1"
    assert warned == [
        "ignored an arXiv entry with unexpected id 'http://arxiv.org/abs/nonsense'",
        "arXiv returned no entry for 1 id(s): 2401.00002",
    ]


def test_an_api_result_as_a_paper():
    import arxiv

    from feeds.enrich.fetch import to_paper

    moment = datetime(2024, 1, 4, 17, 59, 46, tzinfo=UTC)
    result = arxiv.Result(
        "http://arxiv.org/abs/2401.01234v3",
        updated=moment,
        published=moment,
        title=" T ",
        summary=" S ",
        comment="12 pages",
        journal_ref="J. Ex. 1",
        doi="10.1/x",
        categories=["math.CO", "cs.LG"],
        links=[arxiv.Result.Link("https://arxiv.org/abs/2401.01234v3", rel="alternate")],
    )
    paper = to_paper(result, "2401.01234", 3)
    assert (paper.title, paper.abstract, paper.comment) == ("T", "S", "12 pages")
    assert (paper.journal_ref, paper.doi) == ("J. Ex. 1", "10.1/x")
    assert paper.primary_category == "math.CO"  # none given: the first category
    assert paper.abs_url == "https://arxiv.org/abs/2401.01234v3"
    bare = to_paper(_result("http://arxiv.org/abs/2401.01234v1"), "2401.01234", 1)
    assert (bare.primary_category, bare.comment, bare.journal_ref, bare.doi) == (
        "",
        None,
        None,
        None,
    )
    assert bare.abs_url == "https://arxiv.org/abs/2401.01234v1"


def test_no_answer_has_no_error_entries():
    from feeds.enrich.fetch import error_entries

    assert error_entries(None) == []
    assert error_entries(answer(200, b"not xml")) == []


@pytest.mark.parametrize("second", ["404", "stop"])
def test_every_failed_id_is_counted_across_requests(tmp_path: Path, second: str):
    # 150 ids: the first request of 100 is refused; the second (50) is refused too, or
    # cannot be made within the budget (3.2 s leave no room for the 3 s spacing).
    from tests.arxiv_fake import environment

    ids = [f"2402.{n:05d}" for n in range(150)]
    with environment(tmp_path) as env:
        env.fake.script = ["404", "404"]
        result = env.run(ids, timeout=60.0 if second == "404" else 3.2)
        assert len(env.fake.requests) == (2 if second == "404" else 1)
        assert result.failed == ids and result.papers == {}


def test_unenriched_ids_are_named_ten_at_most():
    from feeds.enrich.site import unenriched_message

    ten = [f"2401.{n:05d}" for n in range(10)]
    assert unenriched_message(ten) == f"10 arXiv paper(s) stay unenriched: {', '.join(ten)}"
    eleven = [*ten, "2401.99999"]
    assert unenriched_message(eleven) == (
        f"11 arXiv paper(s) stay unenriched: {', '.join(ten)}, … (1 more)"
    )
    assert unenriched_message(eleven, shown=2) == (
        "11 arXiv paper(s) stay unenriched: 2401.00000, 2401.00001, … (9 more)"
    )


def test_a_new_version_is_told_and_the_same_version_is_not(tmp_path: Path):
    from feeds.diagnostics import Reporter
    from tests.arxiv_fake import environment

    x = "2401.01234"
    with environment(tmp_path) as env:
        env.run([x])
        same = Reporter(quiet=True)
        assert env.run([x], refresh=True, reporter=same).new_versions == {}
        assert same.problems == []
        env.fake.paper(x).version = 2
        newer = Reporter(quiet=True)
        assert env.run([x], refresh=True, reporter=newer).new_versions == {x: (1, 2)}
        assert [str(p) for p in newer.problems] == [f"arxiv: info: {x}: new version v2"]


def test_searches_not_made_after_the_lookup_stopped_are_told(tmp_path: Path):
    from feeds.diagnostics import Reporter
    from tests.arxiv_checks import closed_port_url
    from tests.arxiv_fake import environment

    wanted = [Wanted("title", "sparse spectral methods for heat bath dynamics")]
    with environment(tmp_path) as env:
        reporter = Reporter(quiet=True)
        result = env.run(
            ["2401.01234"], find=wanted, author="Ann", api=closed_port_url(), reporter=reporter
        )
        assert result.unsearched == [wanted[0].key]
        assert [str(p) for p in reporter.problems if p.severity == "info"] == [
            "arxiv: info: 1 DOI/title search(es) for papers without an arXiv link not made"
        ]


def test_a_rewritten_damaged_cache_is_kept_aside_once(tmp_path: Path):
    from feeds.diagnostics import Reporter
    from feeds.enrich.cache import Cache
    from feeds.model import Paper

    cache_path = tmp_path / "arxiv.json"
    cache_path.write_bytes(b'{"2401.00001": ')  # damaged: nothing to salvage
    cache = Cache.load(cache_path, Reporter(quiet=True))
    now = datetime(2026, 4, 12, 22, 10, 19, tzinfo=UTC)
    paper = Paper(
        arxiv_id="2401.00002", title="T", authors=("A",), abstract="", categories=(),
        primary_category="", published="p", updated="u", version=1,
        abs_url="https://arxiv.org/abs/2401.00002v1", pdf_url="https://arxiv.org/pdf/2401.00002v1",
    )  # fmt: skip
    cache.put(paper, "2026-04-12T22:10:19Z")
    first = Reporter(quiet=True)
    assert cache.save(first, now)
    assert [str(p) for p in first.problems] == [
        f"{cache_path}: warning: rewrote the damaged arXiv cache; "
        f"old copy: {tmp_path / 'arxiv.json.broken-20260412T221019Z'}"
    ]
    cache.put_search("title:x", 'ti:"x"', None, "2026-04-12T22:10:19Z")
    assert cache.save(Reporter(quiet=True), now)
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == ["arxiv.json", "arxiv.json.broken-20260412T221019Z"]
    assert set(json.loads(cache_path.read_bytes())) == {"2401.00002", "title:x"}


def test_a_failed_write_is_reported_against_the_cache_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    import os

    from feeds.diagnostics import Reporter
    from feeds.enrich.cache import Cache

    cache = Cache.load(tmp_path / "arxiv.json")
    cache.put_search("title:x", 'ti:"x"', None, "2026-04-12T22:10:19Z")

    def refuse(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", refuse)
    reporter = Reporter(quiet=True)
    assert cache.save(reporter) is False
    assert [str(p) for p in reporter.problems] == [
        f"{tmp_path / 'arxiv.json'}: warning: cannot write the arXiv cache: disk full"
    ]


def test_an_unreadable_cache_is_reported_against_the_file(tmp_path: Path):
    from feeds.diagnostics import Reporter
    from feeds.enrich.cache import Cache

    unreadable = tmp_path / "arxiv.json"
    unreadable.mkdir()  # reading it fails: IsADirectoryError
    reporter = Reporter(quiet=True)
    cache = Cache.load(unreadable, reporter)
    assert cache.entries == {} and not cache.writable
    (problem,) = reporter.problems
    assert problem.source == str(unreadable) and problem.severity == "warning"
    assert problem.message.startswith("cannot read the arXiv cache (")
    assert problem.message.endswith("); left as it is")


def test_three_problems_are_all_named_without_a_count(tmp_path: Path):
    from feeds.diagnostics import Reporter
    from feeds.enrich import load_papers

    cache = tmp_path / "arxiv.json"
    cache.write_text(json.dumps({"2401.00001": 1, "2401.00002": 2, "2401.00003": 3}))
    reporter = Reporter(quiet=True)
    assert load_papers(cache, reporter) == {}
    assert [p.message for p in reporter.problems] == [
        "damaged arXiv cache (malformed cache entry '2401.00001': not an object; "
        "malformed cache entry '2401.00002': not an object; "
        "malformed cache entry '2401.00003': not an object); 0 entr(ies) salvaged, the rest "
        "is fetched again and the file kept as arxiv.json.broken-<time> when rewritten"
    ]
