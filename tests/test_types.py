"""Item types from what an item says (``feeds.parse.types``), read through the page parser."""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.parse import parse_page
from feeds.parse.types import TYPES, classify

from .type_table import LABELLED, TYPE_TABLE

DATE = " (Nov 18, 2022)"


def types_of(items: list[str]) -> list[str]:
    """The type the parser gives each Markdown item, in page order."""
    page = "# Someone\n\n### News\n\n" + "".join(f"- {item}{DATE}\n" for item in items)
    _, events = parse_page(Path("index.md"), text=page)
    assert len(events) == len(items)
    return [event.type for event in events]


@pytest.mark.parametrize(("item", "expected"), TYPE_TABLE + LABELLED)
def test_item_type(item: str, expected: str) -> None:
    assert types_of([item]) == [expected]


def test_the_table_covers_every_type_and_language() -> None:
    assert {expected for _, expected in TYPE_TABLE} == set(TYPES)
    assert len(TYPE_TABLE) >= 80
    scripts = {"一篇论文", "講演", "charla", "Exposé", "Vortrag", "palestra", "seminario"}
    assert all(any(word in item for item, _ in TYPE_TABLE) for word in scripts)


def test_a_whole_page_at_once_gives_the_same_types() -> None:
    items = [item for item, _ in TYPE_TABLE]
    assert types_of(items) == [expected for _, expected in TYPE_TABLE]


def test_an_arxiv_link_alone_makes_a_paper() -> None:
    assert types_of(
        ["Joint work with Bo Li: [Spectral Methods](https://arxiv.org/abs/2101.00001)"]
    ) == ["paper"]
    assert types_of(["Joint work with Bo Li: [Spectral Methods](https://example.org/x)"]) == [
        "news"
    ]


def test_words_a_site_adds_come_first() -> None:
    text = "Vortragsreihe Informatik, Universität Bonn"
    assert classify(text) == "news"
    assert classify(text, extra={"talk": ["Vortragsreihe"]}) == "talk"
    assert classify("Attended the Vortragsreihe", extra={"talk": ["vortragsreihe"]}) == "talk"
    assert classify("Vortragsreihen", extra={"talk": ["Vortragsreihe"]}) == "news"  # whole words


# A page as people write it: no bold labels. Each item links a page of its own.
PAGE_TALKS = {
    "https://talks.example.org/mit": (
        "Gave an invited talk at the [MIT LIDS seminar](https://talks.example.org/mit)",
        "2022-10-04",
    ),
    "https://talks.example.org/oxford": (
        "Presented our accepted paper at [the Oxford ML reading group]"
        "(https://talks.example.org/oxford)",
        "2022-10-20",
    ),
    "https://talks.example.org/pku": (
        "在[北京大学](https://talks.example.org/pku)作特邀报告",
        "2022-11-02",
    ),
    "https://talks.example.org/bonn": (
        "Vortragsreihe Informatik an der [Universität Bonn](https://talks.example.org/bonn)",
        "2022-11-08",
    ),
}
PAGE_PAPERS = {
    "https://arxiv.org/abs/2210.01234": (
        "Our paper [Sketching for Least Squares](https://arxiv.org/abs/2210.01234) was "
        "accepted as an oral presentation at NeurIPS 2022",
        "2022-09-30",
    ),
    "https://arxiv.org/abs/2211.04321": (
        "New preprint: [Talking Heads Need Priors](https://arxiv.org/abs/2211.04321)",
        "2022-11-05",
    ),
}
PAGE_OTHERS = {
    "https://other.example.org/lecun": "Attended a talk by Yann LeCun at [NYU](https://other.example.org/lecun)",
    "https://other.example.org/ws": "Co-organizing the [ICML workshop on sparsity](https://other.example.org/ws)",
    "https://other.example.org/nsf": "Received the [NSF CAREER award](https://other.example.org/nsf)",
    "https://other.example.org/quanta": "Gave an interview to [Quanta](https://other.example.org/quanta)",
    "https://other.example.org/ac": "Serving as area chair for [AISTATS](https://other.example.org/ac)",
    "https://other.example.org/web": "New [lab website](https://other.example.org/web) is up",
}


def _page() -> str:
    rows = [f"- {text} ({when})" for text, when in [*PAGE_TALKS.values(), *PAGE_PAPERS.values()]]
    rows += [f"- {text} (2022-10-10)" for text in PAGE_OTHERS.values()]
    return "\n".join(rows)


def test_a_page_without_labels_builds_its_talks_and_papers(make_site, tmp_path: Path) -> None:
    import datetime as dt

    import feedparser
    from click.testing import CliRunner
    from icalendar import Calendar

    from feeds.cli import main

    from .ics_helpers import vobject_events

    site = make_site(_page(), config='[types]\ntalk = ["Vortragsreihe"]\n')
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["build", "--content", str(site), "--out", str(out), "--now", "2022-11-10", "-q"]
    )
    assert result.exit_code == 0, result.output

    data = (out / "talks.ics").read_bytes()
    events = Calendar.from_ical(data).walk("VEVENT")
    got = {str(e["URL"]): e.decoded("DTSTART") for e in events}
    assert got == {url: dt.date.fromisoformat(day) for url, (_, day) in PAGE_TALKS.items()}
    assert {str(e.url.value) for e in vobject_events(data)} == set(PAGE_TALKS)

    papers = feedparser.parse(str(out / "papers.xml"))
    assert papers.bozo == 0
    assert {entry.link for entry in papers.entries} == set(PAGE_PAPERS)
    talks = feedparser.parse(str(out / "talks.xml"))
    assert {entry.link for entry in talks.entries} == set(PAGE_TALKS)


def test_list_json_types_and_kind(make_site) -> None:
    import json

    from click.testing import CliRunner

    from feeds.cli import main

    site = make_site("- **Keynote**: Opening of SODA 2023 (Jan 22, 2023)\n" + _page())
    result = CliRunner().invoke(main, ["list", "--json", "--content", str(site)])
    items = json.loads(result.stdout)
    assert [(i["kind"], i["type"]) for i in items[:4]] == [
        ("Keynote", "talk"),
        (None, "talk"),
        (None, "talk"),
        (None, "talk"),
    ]
    assert items[4]["type"] == "news"  # "Vortragsreihe" is no word of the tables
    talks = CliRunner().invoke(main, ["list", "--json", "--kind", "talk", "--content", str(site)])
    assert len(json.loads(talks.stdout)) == 4


def test_news_collection_items_are_typed(tmp_path: Path) -> None:
    from zoneinfo import ZoneInfo

    from feeds.diagnostics import Reporter
    from feeds.inputs.news_collection import read_news

    posts = {
        "a.md": "---\nlayout: post\ndate: 2022-10-01\ninline: true\n---\n"
        "Gave an invited talk at the Oxford statistics seminar.\n",
        "b.md": "---\nlayout: post\ndate: 2022-10-02\ninline: false\n"
        "title: Our paper was accepted to SODA\n---\nMore words here.\n",
        "c.md": "---\nlayout: post\ndate: 2022-10-03\ninline: true\n---\n"
        "Attended a talk by a visitor.\n",
    }
    for name, text in posts.items():
        (tmp_path / "_news").mkdir(exist_ok=True)
        (tmp_path / "_news" / name).write_text(text, encoding="utf-8")
    events = read_news(tmp_path, "https://e.org", ZoneInfo("UTC"), Reporter(quiet=True))
    assert {Path(e.source).name: e.type for e in events} == {
        "a.md": "talk",
        "b.md": "paper",
        "c.md": "event",
    }
