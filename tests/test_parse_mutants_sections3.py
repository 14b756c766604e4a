"""Where the news section is and what it holds (feeds/parse/sections.py), session 22: a
page in, the items (date, title, type, what they say) out.

Written for the mutants of ``Collector`` that session 22 ran on today's code (the
methods the heading items' bodies and parts changed, and those never run) and left
alive (issue 14; bench/mutation_parse.md, "Session 22: mutate13c"); every expectation is
written here from the page's text.
"""

from __future__ import annotations

from pathlib import Path

from feeds.diagnostics import Reporter
from feeds.parse import parse_page


def read(page: str, name: str = "home.md", **options):
    reporter = Reporter(quiet=True)
    _, events = parse_page(
        Path(name), site_root="https://example.org/", reporter=reporter, text=page, **options
    )
    return events, [(p.line, p.code) for p in reporter.problems]


def news_page(body: str):
    """The items of a news page (front matter titled News, read whole)."""
    _, events = parse_page(
        Path("news.md"), text="---\ntitle: News\n---\n" + body, headless=True,
        reporter=Reporter(quiet=True),
    )  # fmt: skip
    return events


def test_a_fullwidth_news_setting_matches_whole_words_only():
    """A news heading set in fullwidth Latin letters (``ＮＥＷＳ``, as Japanese pages write
    it) is matched as whole words, as any Latin heading: ``ＮＥＷＳＬＥＴＴＥＲ`` is
    another heading. Only Chinese, Japanese and Korean words may stand inside a longer
    word (``_has_cjk`` 1: any character from U+3040 on taken for one)."""
    page = (
        "## ＮＥＷＳＬＥＴＴＥＲ\n- Issue 3 out (May 2024)\n\n"
        "## ＮＥＷＳ\n- Talk at MIT (Nov 2022)\n"
    )
    events, problems = read(page, news_headings=["ＮＥＷＳ"])
    assert [(e.span.start.isoformat(), e.title) for e in events] == [("2022-11-01", "Talk at MIT")]
    assert problems == []


HEADING_ITEM = "## 03/2026 Spring retreat of the network\n\n"


def test_prose_after_another_item_is_not_the_heading_items_body():
    """The prose under a heading item is its body only while that item is the last one
    read: after a dated paragraph of its own, a paragraph of talk is not the retreat's
    (``add`` 17: the body taken whatever came between; the retreat became a talk)."""
    events = news_page(
        HEADING_ITEM + "**04/2026** Award for the lab\n\n"
        "Our student contributed a talk on cortical mapping.\n"
    )
    assert [(e.span.start.isoformat(), e.title, e.type) for e in events] == [
        ("2026-03-01", "Spring retreat of the network", "event"),
        ("2026-04-01", "Award for the lab", "award"),
    ]
    assert "cortical" not in events[0].html


def test_a_paragraph_opening_with_a_yearless_day_under_a_heading_item_is_its_own_item():
    """Under ``## 2026``, ``Mar 20: Ben gave a talk …`` below a heading item opens with a
    date of that year: its own item, a talk of Mar 20, 2026, not the heading item's body
    (``add`` 25: the year left out, so ``Mar 20`` was no date)."""
    for above in ("## 2026\n\n", "# News\n\n## 2026\n\n"):
        events = news_page(
            above + "### 03/2026 Spring retreat of the network\n\n"
            "Mar 20: Ben gave a talk on axon regrowth.\n"
        )
        assert [
            (e.span.start.isoformat(), e.span.end.isoformat(), e.title, e.type) for e in events
        ] == [
            ("2026-03-01", "2026-03-31", "Spring retreat of the network", "event"),
            ("2026-03-20", "2026-03-20", "Ben gave a talk on axon regrowth", "talk"),
        ]
        assert "axon" not in events[0].html


def test_a_heading_item_is_published_with_its_line():
    """A heading item's line is its heading's (``tokens`` 90: none)."""
    events, problems = read("## News\n\n### 05/2026 Summer school in Rome\n\nWe taught.\n")
    assert [(e.line, e.span.start.isoformat(), e.title) for e in events] == [
        (3, "2026-05-01", "Summer school in Rome")
    ]
    assert problems == []


def test_a_heading_item_under_a_heading_saying_news_is_to_come_is_left_out():
    """A heading item under ``### Coming soon`` is left out with its prose, and nothing
    of it lands in the item before the placeholder, also when there is none (``tokens``
    104, 108, 110: the item before taken for the heading item, or none there to take)."""
    rest = (
        "### Coming soon\n#### 05/2026 Summer school in Rome\n##### Programme\n\n"
        "We will teach.\n### 2026\n- Paper at ICML (Mar 2026)\n"
    )
    events, problems = read("## News\n" + rest)
    assert [(e.line, e.span.start.isoformat(), e.title) for e in events] == [
        (8, "2026-03-01", "Paper at ICML")
    ]
    assert (3, "placeholder") in problems
    events, problems = read("## News\n- Award for the lab (Apr 2026)\n" + rest)
    assert [(e.line, e.title, e.html) for e in events] == [
        (2, "Award for the lab", "Award for the lab (Apr 2026)"),
        (9, "Paper at ICML", "Paper at ICML (Mar 2026)"),
    ]
    assert (4, "placeholder") in problems


LINK_HEADINGS = [
    # a deeper heading after the list, one closing the section, the news heading itself
    (
        "## News\n- Talk at MIT (Nov 2022)\n\n### [Older news](old.md)\n",
        ("Older news", "old.md", 4),
        2,
    ),
    (
        "## News\n- Talk at MIT (Nov 2022)\n\n## [See all →](old.md)\n\n## Teaching\n- Course\n",
        ("See all →", "old.md", 4),
        2,
    ),
    ("# Ada\n\n## [News](news.md)\n- Talk at MIT (Nov 2022)\n", ("News", "news.md", 3), 4),
]


def test_a_heading_that_links_more_news_is_followed_at_its_line():
    """A heading that is a link to more news, inside the news, closing it or opening it,
    is the page's archive link, at its line (``tokens`` 137: only inside; 138: never;
    140: without its line; 128: not when it closes the news)."""
    for page, link, talk in LINK_HEADINGS:
        found, events = parse_page(Path("home.md"), reporter=Reporter(quiet=True), text=page)
        assert found.archive == [link]
        assert [(e.line, e.title) for e in events] == [(talk, "Talk at MIT")]


def test_a_list_intro_opening_with_a_yearless_day_under_a_month_heading_is_an_item():
    """``Mar 20: two papers accepted and a grant!`` over a list, under ``### March 2026``
    (or ``#### March`` under ``### 2026``), opens with a day of that year: an item, not
    an intro to leave out (``_block`` 43: the year left out, so ``Mar 20`` was no date)."""
    for headings, first in (("### 2026\n#### March\n", 4), ("### March 2026\n", 3)):
        events, problems = read(
            f"## News\n{headings}Mar 20: two papers accepted and a grant!\n"
            "- Paper on sand at ICML\n- Paper on rivers at KDD\n"
        )
        assert [(e.line, e.span.start.isoformat(), e.title) for e in events] == [
            (first, "2026-03-20", "Two papers accepted and a grant"),
            (first + 1, "2026-03-01", "Paper on sand at ICML"),
            (first + 2, "2026-03-01", "Paper on rivers at KDD"),
        ]
        assert problems == []


def test_a_days_next_paragraph_goes_with_a_dated_paragraph_item_before_it():
    """Under a day heading, after a paragraph that is only a date and its text (``**13 May
    2024**`` over ``Award for the lab.``), a later undated paragraph goes with that item,
    as it does with any paragraph item (``tokens`` 32, 44: the date paragraph's item
    flagged no paragraph, so the later one became an item of the heading's day)."""
    events, problems = read(
        "## News\n### 12 May 2024\nTalk at MIT.\n\n**13 May 2024**\n\nAward for the lab.\n\n"
        "* * *\n\nIt came with a prize.\n"
    )
    assert [(e.line, e.span.start.isoformat(), e.title) for e in events] == [
        (2, "2024-05-12", "Talk at MIT"),
        (5, "2024-05-13", "Award for the lab"),
    ]
    assert "It came with a prize." in events[1].html
    assert problems == []
