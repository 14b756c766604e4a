"""arXiv enrichment end to end: `feeds build` against the fake API, outputs parsed back."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner

from feeds.cli import main

from .arxiv_fake import FakeArxiv, FakePaper
from .conftest import CONTENT

SEED_IDS = [
    "2211.00799", "2210.00973", "2111.13984", "2210.00621", "2208.09483",
    "2112.06074", "2110.12271", "2106.04812", "2106.05152", "2003.09077",
]  # fmt: skip
TITLE = "Practical Phase Retrieval Using Double Deep Image Priors"  # the homepage's
NASTY = "We bound $\\ell_p$ norms <script>alert(1)</script> & more."


@pytest.fixture
def site(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    content = tmp_path / "content"
    shutil.copytree(CONTENT, content, ignore=shutil.ignore_patterns("arxiv.json"))
    with FakeArxiv() as fake:
        for ident in SEED_IDS:
            fake.paper(ident).authors = [("Ada Lovelace", ["Univ. of Exampleton"]), ("Ju Sun", [])]
        fake.papers["2211.00799"] = FakePaper(
            title="Practical Phase Retrieval", abstract=NASTY, doi="10.1234/x.y",
            journal_ref="J. Ex. 1 (2023)", categories=["eess.IV", "cs.CV"],
            authors=[("Ada Lovelace", ["Univ. of Exampleton"]), ("Ju Sun", [])],
        )  # fmt: skip
        monkeypatch.setenv("FEEDS_ARXIV_API", fake.url)
        monkeypatch.delenv("FEEDS_OFFLINE", raising=False)
        monkeypatch.setattr("feeds.enrich.papers.wall_sleep", fake.sleeps.append)
        yield content, tmp_path / "out", fake


def build(content: Path, out: Path, *extra: str):
    args = ["build", "--content", str(content), "--out", str(out), "--now", "2022-11-10", *extra]
    return CliRunner().invoke(main, args, catch_exceptions=False)


def test_build_enriches_papers_with_one_request(site):
    content, out, fake = site
    result = build(content, out)
    assert result.exit_code == 0, result.stderr
    assert [bool(r.id_list) for r in fake.requests] == [True, False]  # ids, then one search
    assert fake.requests[1].query["search_query"][0].startswith('doi:"10.1093/jamia/ocac188" OR')
    cache = json.loads((content / "arxiv.json").read_text(encoding="utf-8"))
    assert sorted(k for k in cache if ":" not in k) == sorted(SEED_IDS)
    searched = {k: v["found"] for k, v in cache.items() if ":" in k}  # 2 DOIs, 3 titles
    assert len(searched) == 5 and set(searched.values()) == {"none"}  # none by Ju Sun
    assert cache["2211.00799"]["doi"] == "10.1234/x.y"

    atom = feedparser.parse((out / "atom.xml").read_bytes())
    rss = feedparser.parse((out / "feed.xml").read_bytes())
    assert atom.bozo == 0 and rss.bozo == 0
    for parsed in (atom, rss):
        entry = next(e for e in parsed.entries if "2211.00799" in e.link)
        assert entry.title == f"Paper release: {TITLE}"
        assert [a.name for a in entry.authors] == ["Ada Lovelace", "Ju Sun"]
        assert {"eess.IV", "cs.CV"} <= {t.term for t in entry.tags}
        html = entry.content[0].value
        assert "<script>" not in html and "&lt;script&gt;" in html
        assert "ℓp" in html and "10.1234/x.y" in html and "J. Ex. 1 (2023)" in html
    early = next(e for e in atom.entries if "2112.06074" in e.link)  # also links 2110.12271
    assert early.content[0].value.count("<blockquote>") == 1
    assert "Paper 2112.06074" in early.content[0].value
    assert "Paper 2110.12271" not in early.content[0].value
    pdfs = [ln.href for ln in atom.entries[2].links if ln.get("type") == "application/pdf"]
    assert pdfs and pdfs[0].startswith("https://arxiv.org/pdf/2211.00799")


def test_warm_cache_makes_no_request_and_keeps_the_cache_bytes(site):
    content, out, fake = site
    build(content, out)
    before = (content / "arxiv.json").read_bytes()
    assert build(content, out).exit_code == 0
    assert len(fake.requests) == 2
    assert (content / "arxiv.json").read_bytes() == before


def test_list_json_carries_the_paper(site):
    content, out, _ = site
    build(content, out)
    result = CliRunner().invoke(main, ["list", "--json", "--content", str(content)])
    items = json.loads(result.stdout)
    paper = next(i for i in items if i["arxiv"] == ["2211.00799"])["paper"]
    assert paper["abstract"] == NASTY and paper["authors"] == ["Ada Lovelace", "Ju Sun"]
    assert next(i for i in items if i["line"] == 55)["paper"] is None
    feed = json.loads((out / "feed.json").read_text(encoding="utf-8"))
    item = next(i for i in feed["items"] if "2211.00799" in i["url"])
    assert [a["name"] for a in item["authors"]] == ["Ada Lovelace", "Ju Sun"]
    assert "<script>" not in item["content_html"]


def test_offline_build_succeeds_and_names_unenriched_papers(site):
    content, out, fake = site
    result = build(content, out, "--offline")
    assert result.exit_code == 0 and fake.requests == []
    assert "10 arXiv paper(s) stay unenriched" in result.stderr
    assert feedparser.parse((out / "atom.xml").read_bytes()).bozo == 0


def test_enrich_command_refresh_reports_new_versions(site):
    content, out, fake = site
    build(content, out)
    fake.papers["2210.00973"].version = 3
    result = CliRunner().invoke(main, ["enrich", "--content", str(content), "--refresh"])
    assert result.exit_code == 0
    assert "2210.00973: new version v3 (cached v1)" in result.stderr
    assert [bool(r.id_list) for r in fake.requests] == [True, False, True, False]
