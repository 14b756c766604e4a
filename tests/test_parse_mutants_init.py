"""One page read (feeds/parse/__init__.py, ``parse_page``): a page in, its items, archive
links and messages out, with the defaults a caller gets when it passes nothing.

Written for the mutants a mutation run of ``parse_page`` left alive (issue 14); every
expectation is written here from the page's text.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page

D = dt.date


def read(page: str, **options):
    reporter = Reporter(quiet=True)
    found, events = parse_page(Path("home.md"), reporter=reporter, text=page, **options)
    problems = [(p.source, p.line, p.message, p.severity, p.code) for p in reporter.problems]
    return found, events, problems


def test_the_defaults_a_caller_gets(capsys):
    # no site URL: a same-page link stays as written; no reporter: nothing is printed;
    # the file's path names it; "## News" (a default news heading) opens the news
    page, events = parse_page(Path("home.md"), text="## News\n- Talk ([slides](#mit)) (Nov 2022)\n")
    assert [(e.title, e.span.start, [x.url for x in e.links]) for e in events] == [
        ("Talk", D(2022, 11, 1), ["#mit"])
    ]
    assert [e.source for e in events] == ["home.md"]
    page, events = parse_page(Path("home.md"), text="- Talk at MIT (Nov 2022)\n")
    assert events == [] and not page.found_news
    assert capsys.readouterr() == ("", "")  # the "no news section" warning is kept quiet


def test_a_page_without_a_news_heading_is_said_and_not_read_unless_headless():
    _, events, problems = read("- Talk at MIT (Nov 2022)\n")
    assert events == []
    assert problems == [
        ("home.md", None, "no news section found (a heading such as '### News')", "warning",
         "no-news"),
    ]  # fmt: skip
    _, events, problems = read("- Talk at MIT (Nov 2022)\n", headless=True)
    assert [(e.title, e.span.start) for e in events] == [("Talk at MIT", D(2022, 11, 1))]
    assert problems == []


def test_the_source_given_names_the_page_in_messages():
    reporter = Reporter(quiet=True)
    parse_page(Path("x/home.md"), reporter=reporter, text="Nothing here\n", source="site:home")
    assert [(p.source, p.code) for p in reporter.problems] == [("site:home", "no-news")]
    reporter = Reporter(quiet=True)
    parse_page(Path("x/home.md"), reporter=reporter, text="Nothing here\n")
    assert [(p.source, p.code) for p in reporter.problems] == [("x/home.md", "no-news")]


def test_the_news_and_archive_headings_given_replace_the_defaults():
    page = (
        "## Happenings\n- Talk at MIT (Nov 2022)\n### Old stuff\n- [Talks from before](old.html)\n"
    )
    found, events, problems = read(
        page, news_headings=["Happenings"], archive_headings=["Old stuff"]
    )
    assert [e.title for e in events] == ["Talk at MIT"]
    assert found.archive == [("Talks from before", "old.html", 4)]
    assert problems == []
    # with the default archive headings "Old stuff" is a subsection of news like any other
    found, events, _ = read(page, news_headings=["Happenings"])
    assert [e.title for e in events] == ["Talk at MIT", "Talks from before"]
    assert found.archive == []
    # the default "Archive" subsection holds links, not items
    found, events, _ = read(
        "## News\n- Talk at MIT (Nov 2022)\n### Archive\n- [Before](old.html)\n"
    )
    assert ([e.title for e in events], found.archive) == (
        ["Talk at MIT"],
        [("Before", "old.html", 4)],
    )


def test_a_more_news_link_is_followed_not_published():
    found, events, _ = read("## News\n- Talk at MIT (Nov 2022)\n- [More news →](news.html)\n")
    assert [e.title for e in events] == ["Talk at MIT"]
    assert found.archive == [("More news →", "news.html", 3)]


@pytest.mark.parametrize(
    ("page", "language", "starts", "info"),
    [
        # "en" (the default) reads 05/03 month first, and says why
        ("- Talk at MIT on 05/03/2022\n", None, [D(2022, 5, 3)],
         "numeric dates read month first (05/20): no date on the page needs day first"),
        ("- Talk at MIT on 05/03/2022\n", "en-GB", [D(2022, 3, 5)],
         "numeric dates read day first (20/05): the site's language is 'en-GB'"),
        # a date that can only be day first decides for the whole page
        ("- Talk at MIT on 05/03/2022\n- Visit on 20/05/2022\n", None,
         [D(2022, 3, 5), D(2022, 5, 20)],
         "numeric dates read day first (20/05): '20/05/2022' can only be day first"),
    ],
)  # fmt: skip
def test_one_reading_of_numeric_dates_per_page_and_why(page, language, starts, info):
    options = {"language": language} if language else {}
    _, events, problems = read(f"## News\n{page}", **options)
    assert [e.span.start for e in events] == starts
    assert problems == [("home.md", None, info, "info", "")]


def test_no_word_about_the_reading_without_an_ambiguous_date():
    _, events, problems = read("## News\n- Visit on 20/05/2022\n")
    assert ([e.span.start for e in events], problems) == ([D(2022, 5, 20)], [])


def test_a_paper_on_a_press_page_is_news_about_it():
    item = "## News\n- Our paper on graphs was accepted at ICML (Nov 2022)\n"
    _, events, _ = read(f"---\ntitle: In the news\n---\n{item}")
    assert [(e.title, e.type) for e in events] == [
        ("Our paper on graphs was accepted at ICML", "news")
    ]
    _, events, _ = read(f"---\ntitle: Home\n---\n{item}")
    assert [e.type for e in events] == ["paper"]


def test_a_new_badge_is_no_part_of_the_item():
    _, events, _ = read("## News\n- **NEW** Talk at MIT (Nov 2022)\n")
    assert [(e.kind, e.title) for e in events] == [("News", "Talk at MIT")]


# the heading as the message quotes it: whole up to 60 characters, else 59 and "…"
HEADING_60 = "News of the lab and of the people who work in it, all yearsX"


@pytest.mark.parametrize(
    ("heading", "quoted"),
    [
        (HEADING_60, HEADING_60),
        (HEADING_60 + "Y", HEADING_60[:59] + "…"),
    ],
)
def test_a_news_section_without_items_is_an_error_naming_it(heading, quoted):
    assert len(HEADING_60) == 60
    _, events, problems = read(f"# Me\n## {heading}\nSome prose.\n", news_headings=[heading])
    assert events == []
    assert problems == [
        ("home.md", 2, f"the news section '{quoted}' yields no items (write them as a list, "
         "dated paragraphs or table rows)", "error", "no-items"),
    ]  # fmt: skip


def test_a_news_section_with_items_is_no_error():
    _, events, problems = read("## News\n- Talk at MIT (Nov 2022)\n")
    assert (len(events), problems) == (1, [])
