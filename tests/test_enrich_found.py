"""Papers found without an arXiv link, end to end: build, list --json, check, feeds parsed."""

from __future__ import annotations

import json
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner

from feeds.cli import main
from feeds.enrich.candidates import dois, is_paper, titles
from feeds.model import Item, Link
from feeds.parse.types import type_of

from .arxiv_fake import FakeArxiv, FakePaper

X, Y, Z = "2401.01234", "2312.09876", "2402.00001"
ME = "Test Person"
NEWS = f"""
- **New paper**: our paper *Sparse Spectral Methods for Heat-Bath Dynamics* was accepted to NeurIPS. (Jan 9, 2024)
- **Paper release**: [Linked Paper On Arrival](https://arxiv.org/abs/{Y}) is out. (Jan 7, 2024)
- **Publication**: our paper "Quantum Walks on Random Graphs" appeared in [JACM](https://doi.org/10.1145/3597926.777). (Jan 5, 2024)
- **Paper**: our paper Nobody Has Written This Paper Yet was accepted. (Jan 3, 2024)
- **Talk**: gave a talk on "Something Not Written Down" at MIT. (Jan 2, 2024)
"""  # noqa: E501


@pytest.fixture
def online(monkeypatch: pytest.MonkeyPatch):
    with FakeArxiv() as fake:
        fake.papers[X] = FakePaper(
            title="Sparse Spectral Methods for Heat-Bath Dynamics", authors=[(ME, [])]
        )
        fake.papers[Y] = FakePaper(title="Linked Paper On Arrival", authors=[(ME, [])])
        fake.papers[Z] = FakePaper(
            title="A Different Title on arXiv", authors=[("Ada Lovelace", []), (ME, [])],
            doi="10.1145/3597926.777",
        )  # fmt: skip
        monkeypatch.setenv("FEEDS_ARXIV_API", fake.url)
        monkeypatch.delenv("FEEDS_OFFLINE", raising=False)
        monkeypatch.setattr("feeds.enrich.papers.wall_sleep", fake.sleeps.append)
        yield fake


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def listed(site: Path) -> dict[int, dict]:
    """``feeds list --json`` by page line (the news items are lines 9 to 13)."""
    result = run("list", "--json", "--content", str(site))
    assert result.exit_code == 0, result.stderr
    return {item["line"]: item for item in json.loads(result.stdout)}


def test_build_finds_papers_by_title_and_doi(make_site, online: FakeArxiv, tmp_path: Path):
    site = make_site(NEWS)
    out = tmp_path / "out"
    result = run("build", "--content", str(site), "--out", str(out), "--now", "2024-02-01")
    assert result.exit_code == 0, result.stderr
    assert [bool(r.id_list) for r in online.requests] == [True, False]  # ids, then one search
    items = listed(site)
    assert len(online.requests) == 2  # listing reads the cache only
    found = items[9]
    assert found["title"] == "Sparse Spectral Methods for Heat-Bath Dynamics"  # the paper's
    assert (found["matched"], found["paper"]["arxiv_id"]) == ("title", X)
    assert found["arxiv"] == []  # the page links no arXiv id
    assert found["links"][-1] == {
        "text": f"arXiv:{X} (found by title)",
        "url": f"https://arxiv.org/abs/{X}v1",
    }
    by_doi = items[11]
    assert (by_doi["matched"], by_doi["paper"]["arxiv_id"]) == ("doi", Z)
    linked = items[10]
    assert (linked["matched"], linked["paper"]["arxiv_id"]) == ("link", Y)
    for item in items.values():
        if item["paper"] is None:
            assert item["matched"] is None
    atom = feedparser.parse((out / "atom.xml").read_bytes())
    assert atom.bozo == 0
    entry = next(e for e in atom.entries if "Sparse Spectral" in e.title)
    assert [a.name for a in entry.authors] == [ME]
    assert any(link.href == f"https://arxiv.org/abs/{X}v1" for link in entry.links)


def test_rebuild_asks_nothing_and_check_lists_the_unmatched(
    make_site, online: FakeArxiv, tmp_path: Path
):
    site = make_site(NEWS)
    out = tmp_path / "out"
    run("build", "--content", str(site), "--out", str(out), "--now", "2024-02-01")
    before = (site / "arxiv.json").read_bytes()
    run("build", "--content", str(site), "--out", str(out), "--now", "2024-02-01")
    assert len(online.requests) == 2 and (site / "arxiv.json").read_bytes() == before
    result = run("check", "--content", str(site), "--now", "2024-02-01")
    assert result.exit_code == 0, result.stdout + result.stderr
    unmatched = [line for line in result.output.splitlines() if "without an arXiv match" in line]
    assert len(unmatched) == 1 and "index.md:12:" in unmatched[0]  # "Nobody Has Written…"
    assert len(online.requests) == 2


def test_offline_build_finds_nothing_and_asks_nothing(
    make_site, online: FakeArxiv, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("FEEDS_OFFLINE", "1")
    site = make_site(NEWS)
    result = run("build", "--content", str(site), "--out", str(tmp_path / "o"), "-v")
    assert result.exit_code == 0 and online.requests == []
    assert "offline: 4 DOI/title search(es) for papers without an arXiv link" in result.stderr
    assert all(i["matched"] in (None,) for i in listed(site).values())


def test_enrich_refresh_asks_none_again(make_site, online: FakeArxiv):
    site = make_site(NEWS)
    run("enrich", "--content", str(site), "-q")
    searched = [r for r in online.requests if not r.id_list]
    online.papers["2405.00077"] = FakePaper(
        title="Nobody Has Written This Paper Yet", authors=[(ME, [])]
    )
    run("enrich", "--content", str(site), "-q")
    assert [r for r in online.requests if not r.id_list] == searched  # "none" is fresh
    run("enrich", "--content", str(site), "--refresh", "-q")
    assert len([r for r in online.requests if not r.id_list]) == len(searched) + 1
    item = listed(site)[12]
    assert (item["matched"], item["paper"]["arxiv_id"]) == ("title", "2405.00077")


def item(text: str, kind: str = "News", html: str = "", links: list[Link] | None = None) -> Item:
    return Item(
        kind=kind, kind_slug=kind.lower().replace(" ", "-"), title="", text=text,
        html=html or f"<p>{text}</p>", section="", source="index.md", line=1,
        links=links or [],
    )  # fmt: skip


def test_titles_come_from_links_italics_quotes_and_after_paper() -> None:
    event = item(
        "Our paper On Sparse Walks was accepted at ICML! Also “Fast Heat-Bath Sampling” "
        'and "Quick" and paper: here.',
        html="<p>x <em>Deep <b>Spectral</b> Clustering</em> <i>short</i></p>",
        links=[Link("Graph Neural Nets Rock", "https://openreview.net/x"), Link("PDF", "a.pdf")],
    )
    assert titles(event) == [
        "graph neural nets rock",
        "deep spectral clustering",
        "fast heat bath sampling",
    ]  # at most three; "On Sparse Walks" (after "paper") is fourth
    assert titles(item("Our paper On Sparse Walks was accepted at ICML.")) == ["on sparse walks"]
    assert titles(item("A paper titled: Graphs, Walks and Mixing Times. Yay")) == [
        "graphs walks and mixing times"
    ]


def test_dois_come_from_links_and_text_but_not_arxivs_own() -> None:
    event = item(
        "See doi:10.1145/3597926.3598041. And 10.48550/arXiv.2401.01234 too.",
        links=[Link("DOI", "https://doi.org/10.1234/ABC%2F5"), Link("x", "https://x.org/")],
    )
    assert dois(event) == ["10.1234/abc/5", "10.1145/3597926.3598041"]


@pytest.mark.parametrize(
    ("kind", "text", "expected"),
    [
        ("New paper", "Out now.", True),
        ("News", "Our preprint is out.", True),
        ("News", "Accepted to NeurIPS!", True),
        ("Award", "Won the best paper award.", False),  # an award, not a paper
        ("Talk", "Gave a talk at MIT.", False),
        ("News", "A newspaper wrote about our lab.", False),
    ],
)
def test_is_paper(kind: str, text: str, expected: bool) -> None:
    event = item(text, kind)
    event.type = type_of(event)  # as the parser sets it
    assert is_paper(event) is expected


def test_an_item_asks_at_most_two_dois_and_three_titles() -> None:
    text = " ".join(f"doi:10.1000/{n}." for n in range(6))
    quoted = " ".join(f'"Title Number {n} Here"' for n in range(6))
    event = item(f"{text} {quoted}")
    assert dois(event) == ["10.1000/0", "10.1000/1"]
    assert titles(event) == ["title number 0 here", "title number 1 here", "title number 2 here"]
