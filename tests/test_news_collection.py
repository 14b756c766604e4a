"""The al-folio ``_news/`` collection reader."""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from feeds.diagnostics import Reporter
from feeds.inputs.front_dates import front_date
from feeds.inputs.news_collection import read_news
from feeds.model import Precision

from .conftest import JEKYLL_SITE

LONDON = ZoneInfo("Europe/London")
URL = "https://ada.example.org/site"


def news_site(tmp_path: Path, files: dict[str, str], config: str = "") -> Path:
    for name, text in files.items():
        path = tmp_path / "_news" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip())
    if config:
        (tmp_path / "_config.yml").write_text(textwrap.dedent(config))
    return tmp_path


@pytest.mark.parametrize(
    ("value", "day"),
    [
        (dt.date(2022, 11, 18), "2022-11-18"),  # YAML date
        ("2022-11-18", "2022-11-18"),  # quoted
        ("2015-10-22 15:59:00-0400", "2015-10-22"),  # al-folio's default form (a string)
        ("2015-10-22 23:59:00 -0400", "2015-10-23"),  # 03:59 in London the next day
        (dt.datetime(2022, 7, 1, 23, 30, tzinfo=dt.UTC), "2022-07-02"),  # ISO with Z
        ("2022-07-01T23:30:00Z", "2022-07-02"),
        (dt.datetime(2022, 7, 1, 23, 30), "2022-07-01"),  # naive: site time
        ("Nov 18, 2022", "2022-11-18"),  # the homepage grammar
        # day first, as Ruby (Jekyll) reads a day before the month: what the site shows
        ("19-06-2023", "2023-06-19"),
        ("04-06-2024", "2024-06-04"),  # the 4th of June, not April the 6th
        ("19-06-2023 15:59:00-0400", "2023-06-19"),  # 20:59 in London
        ("19-06-2023 23:59:00 -0400", "2023-06-20"),  # 04:59 in London the next day
        ("1-6-2024", "2024-06-01"),
    ],
)
def test_front_matter_date_forms(value: object, day: str):
    span = front_date(value, LONDON)
    assert span is not None and span.start.isoformat() == day
    assert span.precision is Precision.DAY


@pytest.mark.parametrize("value", ["soon", "2022-13-45", "06-19-2023", True, None, ["2022-01-01"]])
def test_unreadable_dates(value: object):
    assert front_date(value, LONDON) is None


def test_fixture_items():
    reporter = Reporter(quiet=True)
    events = read_news(JEKYLL_SITE, URL, LONDON, reporter)
    by_file = {Path(e.source).name: e for e in events}
    assert set(by_file) == {f"announcement_{i}.md" for i in (1, 2, 3, 4, 5, 6)}

    award = by_file["announcement_1.md"]  # inline, bold label gives the kind
    assert (award.kind, award.kind_slug, award.line) == ("Award", "award", 8)
    assert award.title == "Our engine notes won the Menabrea prize"
    assert award.html.startswith("<p><strong>Award</strong>")

    post = by_file["announcement_3.md"]  # not inline: a post at its permalink
    assert post.title == "A long announcement with details"  # HTML stripped
    assert (post.kind, post.line, post.span.start.isoformat()) == ("News", 3, "2022-08-15")
    assert post.main_link.url == f"{URL}/news/announcement_3/"
    assert "{%" not in post.html and f'href="{URL}/news/announcement_3/"' in post.html

    preprint = by_file["announcement_4.md"]  # category gives the kind; Z converted
    assert (preprint.kind, preprint.arxiv) == ("Preprint", ["2207.01234"])
    assert preprint.span.start == dt.date(2022, 7, 2)

    talk = by_file["announcement_5.md"]  # the body's own day wins over the post date
    assert talk.kind == "Talk" and talk.span.start == dt.date(2022, 10, 5)

    founded = by_file["announcement_6.md"]  # in a sub-folder, explicit permalink
    assert founded.main_link.url == f"{URL}/news/group-founded/"
    # only a note: announcement_7 is "published: false"; _template.md is ignored
    assert [(Path(p.source).name, p.severity) for p in reporter.problems] == [
        ("announcement_7.md", "info")
    ]


def test_missing_and_bad_dates_are_reported_at_the_date_key(tmp_path: Path):
    site = news_site(
        tmp_path,
        {
            "a.md": """
            ---
            layout: post
            inline: true
            ---

            No date at all.
            """,
            "b.md": """
            ---
            layout: post
            inline: true
            date: sometime in spring
            ---

            A bad date.
            """,
        },
    )
    reporter = Reporter(quiet=True)
    events = read_news(site, URL, LONDON, reporter)
    assert [e.span for e in events] == [None, None]  # published undated
    found = {(Path(p.source).name, p.line): p.message for p in reporter.warnings}
    assert "no 'date:'" in found[("a.md", 1)]
    assert "'sometime in spring'" in found[("b.md", 4)]
    assert len(reporter.warnings) == 2  # no "no date found" noise from the body parser


def test_permalinks_follow_config(tmp_path: Path):
    site = news_site(
        tmp_path,
        {
            "talk.md": """
            ---
            title: Talk at MIT
            date: 2022-03-04
            categories: [talks, mit]
            ---

            Body.
            """,
            "other.md": """
            ---
            title: Elsewhere
            date: 2022-03-05
            permalink: /:categories/:year/:title/
            category: Award
            ---
            """,
        },
        config="""
        collections:
          news:
            output: true
            permalink: /updates/:year/:month/:title:output_ext
        """,
    )
    events = {e.title: e for e in read_news(site, URL, LONDON, Reporter(quiet=True))}
    assert events["Talk at MIT"].main_link.url == f"{URL}/updates/2022/03/talk.html"
    assert events["Talk at MIT"].kind == "Talks"
    assert events["Elsewhere"].main_link.url == f"{URL}/award/2022/other/"
    assert events["Elsewhere"].kind == "Award" and events["Elsewhere"].html.count("<a") == 1


def test_skipped_files_and_title_fallback(tmp_path: Path):
    site = news_site(
        tmp_path,
        {
            "_draft.md": "---\ndate: 2022-01-01\ninline: true\n---\nDraft.\n",
            ".hidden/x.md": "---\ndate: 2022-01-01\ninline: true\n---\nHidden.\n",
            "off.md": "---\ndate: 2022-01-01\ninline: true\npublished: false\n---\nOff.\n",
            "post.md": "---\ndate: 2022-01-02\n---\nA first sentence. A second one.\n",
            "bad.md": "---\ndate: [2022\n---\nBroken front matter.\n",
            "off2.md": "#---\nlayout: post\ndate: 2015-10-22\n---\nA disabled template item.\n",
            "plain.md": "Just text, no front matter at all.\n",
        },
    )
    blank_first = site / "_news" / "off4.md"  # (news_site strips leading blank lines)
    blank_first.write_text("\n---\nlayout: post\ndate: 2015-10-24\n---\nA third one.\n")
    reporter = Reporter(quiet=True)
    events = read_news(site, "", LONDON, reporter)
    assert [e.title for e in events] == ["A first sentence."]  # Jekyll publishes only it
    skipped = {Path(p.source).name for p in reporter.problems if "no front matter" in p.message}
    assert skipped == {"off2.md", "off4.md", "plain.md"}
    assert events[0].main_link.url == "/news/post/"  # no site URL: stays site-relative
    assert any("not valid YAML" in p.message for p in reporter.warnings)
    assert read_news(tmp_path / "nothing", URL, LONDON, reporter) == []
