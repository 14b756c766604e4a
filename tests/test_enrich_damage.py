"""A damaged arXiv cache: never overwritten with less, kept aside, salvaged, no traceback."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from feeds.diagnostics import Reporter
from feeds.enrich import load_papers
from tests.arxiv_fake import Env, environment

X, Y, Z = "2401.01234", "2312.09876", "2402.00001"
KEPT = "arxiv.json.broken-20260412T221019Z"  # the stamp of the fake's "now"


@pytest.fixture
def env(tmp_path: Path) -> Iterator[Env]:
    with environment(tmp_path) as running:
        yield running


def good_entries(env: Env, *ids: str) -> dict[str, Any]:
    """Cache entries written by a clean run for ``ids`` (the file is then removed)."""
    env.run(list(ids), reporter=Reporter(quiet=True))
    data = json.loads(env.cache.read_bytes())
    env.cache.unlink()
    return data


def names(env: Env) -> list[str]:
    return sorted(p.name for p in env.cache.parent.iterdir())


def check_kept_and_merged(env: Env, damaged: bytes, salvaged: set[str], asked: set[str]) -> None:
    """After an online run: the damaged bytes kept aside, the cache = salvaged + fetched."""
    assert (env.cache.parent / KEPT).read_bytes() == damaged
    assert set(json.loads(env.cache.read_bytes())) == salvaged | asked
    assert any(KEPT in p.message for p in env.reporter.warnings)
    assert names(env) == sorted(["arxiv.json", KEPT])


def test_truncated_file_keeps_every_complete_entry(env: Env) -> None:
    text = json.dumps(good_entries(env, X, Y), indent=2, sort_keys=True)
    damaged = text[: text.index(f'"{X}"') + 40].encode()  # Y whole, X cut short
    env.cache.write_bytes(damaged)
    before = len(env.fake.requests)
    assert set(load_papers(env.cache)) == {Y}
    result = env.run([X, Y, Z])
    assert env.fake.requests[before:][0].id_list == [X, Z]  # Y came from the salvage
    assert set(result.papers) == {X, Y, Z}
    check_kept_and_merged(env, damaged, {Y}, {X, Z})


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("categories", "math.CO"),  # a string is not a list of categories
        ("authors", "Ada Lovelace"),
        ("authors", [["Ada Lovelace"]]),
        ("version", "2"),
        ("version", True),
        ("version", 0),
        ("title", None),
        ("doi", 10.1234),
        ("published", 2024),
    ],
)
def test_entry_with_a_wrong_type_is_refetched_and_the_file_kept(
    env: Env, field: str, value: Any
) -> None:
    data = good_entries(env, X, Y)
    data[X][field] = value
    damaged = json.dumps(data).encode()
    env.cache.write_bytes(damaged)
    assert set(load_papers(env.cache)) == {Y}
    result = env.run([X, Y])
    assert env.fake.requests[-1].id_list == [X]
    assert result.papers[X].categories == ("math.CO", "math.PR")
    assert any(X in p.message and "damaged" in p.message for p in env.reporter.warnings)
    check_kept_and_merged(env, damaged, {Y}, {X})


@pytest.mark.parametrize(
    "damaged",
    [
        b"[" * 100_000 + b"]" * 100_000,  # deeper than any JSON reader recurses
        b'{"2401.01234": ' + b"[" * 100_000,
        b"[1, 2, 3]",
        b'"arxiv"',
        b"null",
        b"",
        b"\xff\xfe{}",
    ],
)
def test_unreadable_file_is_kept_aside_without_a_traceback(env: Env, damaged: bytes) -> None:
    env.cache.write_bytes(damaged)
    assert load_papers(env.cache, Reporter(quiet=True)) == {}
    result = env.run([X])
    assert list(result.papers) == [X]
    check_kept_and_merged(env, damaged, set(), {X})


@pytest.mark.parametrize("depth", [400, 5000])  # readable but not writable back; unreadable
def test_deeply_nested_value_inside_an_entry_is_dropped(env: Env, depth: int) -> None:
    data = good_entries(env, X, Y)
    text = json.dumps(data, sort_keys=True)
    deep = "[" * depth + "]" * depth
    damaged = text.replace('"title"', f'"note": {deep}, "title"', 1).encode()
    env.cache.write_bytes(damaged)
    result = env.run([X, Y, Z])
    assert set(result.papers) == {X, Y, Z}
    assert "nested too deeply" in env.warnings
    assert len(json.loads(env.cache.read_bytes())) == 3


def test_entries_that_are_not_objects_are_dropped_the_others_kept(env: Env) -> None:
    data = good_entries(env, Y)
    data[X], data[Z] = "a string", [1, 2]
    damaged = json.dumps(data).encode()
    env.cache.write_bytes(damaged)
    result = env.run([X, Y, Z])
    assert env.fake.requests[-1].id_list == [X, Z]
    assert set(result.papers) == {X, Y, Z}
    assert f"malformed cache entry {X!r}: not an object" in env.warnings
    check_kept_and_merged(env, damaged, {Y}, {X, Z})


def test_an_earlier_kept_copy_is_never_overwritten(env: Env) -> None:
    earlier = env.cache.parent / KEPT
    earlier.write_bytes(b"an earlier broken cache")
    env.cache.write_bytes(b"{broken")
    env.run([X])
    assert earlier.read_bytes() == b"an earlier broken cache"
    assert (env.cache.parent / (KEPT + "-1")).read_bytes() == b"{broken"
    assert set(json.loads(env.cache.read_bytes())) == {X}


def test_offline_run_leaves_a_damaged_file_alone(env: Env) -> None:
    env.cache.write_bytes(b"{broken")
    result = env.run([X], offline=True)
    assert result.papers == {} and names(env) == ["arxiv.json"]
    assert env.cache.read_bytes() == b"{broken"


def test_a_cache_that_cannot_be_read_is_never_replaced(
    env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    env.cache.write_bytes(b"{}")
    real = Path.read_bytes

    def refuse(path: Path) -> bytes:
        if path == env.cache:
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(Path, "read_bytes", refuse)
    result = env.run([X])
    assert list(result.papers) == [X]  # still used for this run
    assert real(env.cache) == b"{}" and names(env) == ["arxiv.json"]
    assert "cannot read the arXiv cache ([Errno 13] Permission denied)" in env.warnings


def test_links_and_text_from_the_cache_are_checked(env: Env) -> None:
    data = good_entries(env, X)
    data[X]["abs_url"] = "javascript:alert(1)"
    data[X]["pdf_url"] = "https://evil.example/x.pdf"
    data[X]["title"] = "Bad\x00 \x1b[31mtitle\ud800\uffff"
    env.cache.write_text(json.dumps(data), encoding="utf-8")  # \\ud800 escaped by json
    paper = load_papers(env.cache)[X]
    assert paper.abs_url == f"https://arxiv.org/abs/{X}v1"
    assert paper.pdf_url == f"https://arxiv.org/pdf/{X}v1"
    assert paper.title == "Bad [31mtitle"


@pytest.mark.parametrize(
    "entry",
    [
        "none",
        {"query": 'ti:"x"', "found": "not an id", "asked": "2026-04-01T00:00:00Z"},
        {"query": 'ti:"x"', "found": "none", "asked": "last week"},
        {"query": 'ti:"x"', "found": ["2401.01234"], "asked": "2026-04-01T00:00:00Z"},
        {"query": 'ti:"x"', "asked": "2026-04-01T00:00:00Z"},
    ],
)
def test_damaged_search_answer_is_asked_again(env: Env, entry: Any) -> None:
    from feeds.enrich.candidates import Wanted

    wanted = Wanted("title", "a title nobody wrote")
    data = good_entries(env, Y)
    data[wanted.key] = entry
    damaged = json.dumps(data).encode()
    env.cache.write_bytes(damaged)
    before = len(env.fake.requests)
    result = env.run([Y], find=[wanted], author="Test Person")
    assert [r.query["search_query"][0] for r in env.fake.requests[before:]] == [
        'ti:"a title nobody wrote"'
    ]
    assert result.found == {wanted.key: None}
    assert f"malformed cache entry {wanted.key!r}" in env.warnings
    check_kept_and_merged(env, damaged, {Y}, {wanted.key})
