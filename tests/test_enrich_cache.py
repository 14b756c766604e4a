"""The arXiv cache file: format, round trips, stability, corruption, atomic writes."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from feeds.diagnostics import Reporter
from feeds.enrich import load_papers
from feeds.enrich.cache import Cache
from feeds.model import Paper
from tests.arxiv_fake import Env, FakePaper, environment

X, Y = "2401.01234", "2312.09876"


@pytest.fixture
def env(tmp_path: Path) -> Iterator[Env]:
    with environment(tmp_path) as running:
        yield running


def test_file_format(env: Env) -> None:
    env.run([X, Y])
    raw = env.cache.read_bytes()
    data = json.loads(raw)
    assert raw == (json.dumps(data, sort_keys=True, indent=2, ensure_ascii=False) + "\n").encode()
    assert "Jürgen Müller-Øster" in raw.decode("utf-8")  # not \u-escaped
    assert list(data) == [Y, X]  # sorted
    entry = data[X]
    fields = (
        "title authors abstract categories primary_category published updated version doi"
        " journal_ref comment abs_url pdf_url fetched"
    )
    assert sorted(entry) == sorted(fields.split())
    assert entry["fetched"] == "2026-04-12T22:10:19Z" and entry["version"] == 1
    assert entry["authors"][0] == {
        "name": "Ada Lovelace",
        "affiliations": ["University of Exampleton"],
    }


def test_old_style_and_versioned_ids_round_trip(env: Env) -> None:
    env.fake.paper("hep-th/9901001").version = 2
    env.fake.paper("2211.00799").version = 3
    asked = ["math/0601001", "hep-th/9901001v2", "math.AG/0601002", "2211.00799v3", "0704.0001"]
    keys = ["math/0601001", "hep-th/9901001", "math.AG/0601002", "2211.00799", "0704.0001"]
    fetched = env.run(asked)
    assert list(fetched.papers) == keys and not fetched.missing
    assert env.fake.requests[0].id_list == keys  # asked version-free
    assert sorted(json.loads(env.cache.read_bytes())) == sorted(keys)
    assert load_papers(env.cache) == fetched.papers
    assert fetched.papers["hep-th/9901001"].version == 2
    assert fetched.papers["math.AG/0601002"].abs_url == "https://arxiv.org/abs/math/0601002v1"
    again = env.run(asked)
    assert again.papers == fetched.papers and len(env.fake.requests) == 1


def test_cache_untouched_when_nothing_fetched(env: Env) -> None:
    env.run([X, Y])
    before, stat = env.cache.read_bytes(), env.cache.stat()
    env.run([Y])
    env.run([X, "math/0601001"], offline=True)
    after = env.cache.stat()
    assert env.cache.read_bytes() == before
    assert (after.st_ino, after.st_mtime_ns) == (stat.st_ino, stat.st_mtime_ns)  # not rewritten


def test_hand_formatted_cache_is_not_reformatted(env: Env) -> None:
    env.run([X])
    compact = json.dumps(json.loads(env.cache.read_bytes())).encode()
    env.cache.write_bytes(compact)
    assert env.run([X]).papers[X].title == f"Paper {X}"
    assert env.cache.read_bytes() == compact


def test_abstract_is_stored_verbatim(env: Env) -> None:
    abstract = (
        "We bound\n  $\\sum_{i<j} x_i^2 \\leq \\frac{1}{2}\\|x\\|$ & show <script>alert('x')"
        "</script> is \\emph{sharp} for $n > 2$."
    )
    title = "On <b>bold</b> & \\LaTeX{} titles"
    env.fake.papers[X] = FakePaper(title=title, abstract=abstract)
    paper = env.run([X]).papers[X]
    assert (paper.abstract, paper.title) == (abstract, title)
    entry = json.loads(env.cache.read_bytes())[X]
    assert (entry["abstract"], entry["title"]) == (abstract, title)
    assert "<script>" in env.cache.read_text(encoding="utf-8")  # no HTML escaping here
    assert load_papers(env.cache)[X].abstract == abstract


def test_corrupt_cache_is_reported_kept_then_kept_aside(env: Env) -> None:
    corrupt = b'{"2401.01234": {"title": "half a file'
    env.cache.write_bytes(corrupt)
    offline = Reporter(quiet=True)
    result = env.run([X], reporter=offline, offline=True)
    assert result.papers == {} and result.skipped == [X]
    assert any(p.source == str(env.cache) and "damaged" in p.message for p in offline.warnings)
    assert sorted(p.name for p in env.cache.parent.iterdir()) == ["arxiv.json"]
    assert env.cache.read_bytes() == corrupt and load_papers(env.cache) == {}

    online = Reporter(quiet=True)
    result = env.run([X], reporter=online)
    assert list(result.papers) == [X]
    kept = env.cache.with_name("arxiv.json.broken-20260412T221019Z")
    assert kept.read_bytes() == corrupt
    assert list(json.loads(env.cache.read_bytes())) == [X]
    assert any(kept.name in p.message for p in online.warnings)


def test_bad_entry_is_refetched_and_others_kept(env: Env) -> None:
    env.run([Y])
    data = json.loads(env.cache.read_bytes())
    data[Y]["note"] = "kept although unknown"
    data[X] = {"title": 3}
    env.cache.write_text(json.dumps(data), encoding="utf-8")
    result = env.run([X, Y])
    assert env.fake.requests[-1].id_list == [X]
    assert any(p.source == str(env.cache) and X in p.message for p in env.reporter.warnings)
    saved = json.loads(env.cache.read_bytes())
    assert saved[Y]["note"] == "kept although unknown" and saved[X]["title"] == f"Paper {X}"
    assert set(result.papers) == {X, Y}


def test_failed_write_leaves_the_cache_and_no_temp_file(
    env: Env, monkeypatch: pytest.MonkeyPatch
) -> None:
    env.run([Y])
    before = env.cache.read_bytes()

    def refuse(src: str, dst: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", refuse)
    result = env.run([X])
    assert X in result.papers  # still usable this run
    assert env.cache.read_bytes() == before
    assert "cannot write the arXiv cache: disk full" in env.warnings
    assert sorted(p.name for p in env.cache.parent.iterdir()) == ["arxiv.json"]


def test_missing_cache_reads_as_empty_and_is_not_created(env: Env) -> None:
    assert load_papers(env.cache) == {}
    env.run([X], offline=True)
    env.fake.unknown.add(Y)
    env.run([Y])
    assert not env.cache.exists()


_text = st.text(
    st.characters(exclude_categories=("Cs", "Cc"), exclude_characters="\ufffe\uffff"),
    max_size=40,
)
_opt = st.none() | _text


@settings(max_examples=40, deadline=None)
@given(
    title=_text,
    abstract=_text,
    names=st.lists(_text, max_size=3),
    doi=_opt,
    comment=_opt,
    version=st.integers(1, 99),
    ident=st.sampled_from([X, "math/0601001", "math.AG/0601002"]),
)
def test_any_text_round_trips(
    title: str,
    abstract: str,
    names: list[str],
    doi: str | None,
    comment: str | None,
    version: int,
    ident: str,
) -> None:
    paper = Paper(
        arxiv_id=ident,
        title=title,
        authors=tuple(names),
        abstract=abstract,
        categories=("math.CO",),
        primary_category="math.CO",
        published="2024-01-04T17:59:46Z",
        updated="2024-01-04T17:59:46Z",
        version=version,
        abs_url=f"https://arxiv.org/abs/{ident}v{version}",
        pdf_url=f"http://export.arxiv.org/pdf/{ident}",
        doi=doi,
        comment=comment,
        affiliations=tuple((n,) for n in names),
    )
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "arxiv.json"
        cache = Cache.load(path)
        cache.put(paper, "2026-04-12T22:10:19Z")
        assert cache.save()
        assert Cache.load(path).papers() == {ident: paper}
        assert not Cache.load(path).save()  # unchanged: not rewritten
