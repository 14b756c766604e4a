"""Where the news section is and what it holds (feeds/parse/sections.py): a page in, the
items (count, section, line, date, title), the archive links and the warnings out.

Written for the mutants a mutation run of ``sections.py`` left alive (issue 14); every
expectation is written here from the page's text.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from feeds.diagnostics import Reporter
from feeds.parse import parse_page

D = dt.date


def read(page: str, name: str = "home.md", **options):
    reporter = Reporter(quiet=True)
    parsed, events = parse_page(
        Path(name), site_root="https://example.org/", reporter=reporter, text=page, **options
    )
    problems = [(p.line, p.code, p.message) for p in reporter.problems]
    return parsed, events, problems


def dates(events):
    return [(e.title, e.span.start if e.span else None, e.span.end if e.span else None)
            for e in events]  # fmt: skip


ENTRIES = "".join(f"- Entry {k} (Jan {k}, 2020)\n" for k in range(1, 7))
HIDDEN = f'<div class="box">\n{ENTRIES}</div>\n'  # six entries CommonMark shows as raw HTML


def test_a_headless_page_is_one_news_list():
    page, events, problems = read("- Talk at MIT (Nov 18, 2022)\n- Award (Dec 2022)\n",
                                  headless=True)  # fmt: skip
    assert page.found_news is True
    assert dates(events) == [
        ("Talk at MIT", D(2022, 11, 18), D(2022, 11, 18)),
        ("Award", D(2022, 12, 1), D(2022, 12, 31)),
    ]
    assert problems == []


def test_a_headless_page_reports_lost_entries_from_its_first_line():
    _, events, problems = read(f"- First (Feb 1, 2020)\n\n{HIDDEN}", headless=True)
    assert [e.title for e in events] == ["First"]
    assert [(line, code) for line, code, _ in problems] == [(4, "lost")]  # "- Entry 1"
    assert "6 list entries of the news section were not read as items (1 were)" in problems[0][2]


def test_lost_entries_are_counted_from_the_news_heading():
    _, events, problems = read(f"Intro.\n\n## News\n- First (Feb 1, 2020)\n\n{HIDDEN}")
    assert [e.title for e in events] == ["First"]
    assert [(line, code) for line, code, _ in problems] == [(7, "lost")]  # "- Entry 1"
    assert "6 list entries of the news section were not read as items (1 were)" in problems[0][2]


def test_a_page_without_news_says_so_and_nothing_about_its_lists():
    _, events, problems = read(f"## Teaching\n\n{ENTRIES}\n{HIDDEN}")
    assert events == []
    assert [(line, code) for line, code, _ in problems] == [(None, "no-news")]


def test_sections_are_the_slugs_of_the_subheadings():
    _, events, _ = read(
        "## News\n- First (Feb 1, 2020)\n"
        "### Upcoming Talks!\n- Second (Feb 2, 2020)\n"
        "## Updates\n- Third (Feb 3, 2020)\n"
        "### _Misc_ & more\n- Fourth (Feb 4, 2020)\n"
    )
    assert [(e.title, e.section) for e in events] == [
        ("First", "news"), ("Second", "upcoming-talks"), ("Third", "news"),
        ("Fourth", "misc-more"),
    ]  # fmt: skip


def test_a_headless_page_is_in_the_news_section():
    _, events, _ = read("- First (Feb 1, 2020)\n", headless=True)
    assert [(e.title, e.section) for e in events] == [("First", "news")]


def test_an_archive_subsection_gives_links_not_items():
    page, events, _ = read(
        "## News\n- First (Feb 1, 2020)\n\n"
        "### Archive\n- [2019](news/2019.html)\n- [2018 news](https://old.example/2018)\n\n"
        "### Talks\n- Second (Feb 2, 2020)\n"
    )
    assert [(e.title, e.section) for e in events] == [("First", "news"), ("Second", "talks")]
    assert page.archive == [
        ("2019", "news/2019.html", 5), ("2018 news", "https://old.example/2018", 6),
    ]  # fmt: skip


def test_a_subheading_of_no_words_is_the_news_section():
    _, events, _ = read("## News\n### ✦ ✦\n- First (Feb 1, 2020)\n")
    assert [(e.title, e.section) for e in events] == [("First", "news")]


def lost(problems):
    return [(line, message.split(" (raw HTML")[0]) for line, code, message in problems
            if code == "lost"]  # fmt: skip


def test_lost_entries_on_the_last_lines_of_the_page_count():
    entries = ENTRIES.rstrip("\n")  # the page ends on the sixth entry
    _, _, problems = read(f"## News\n- First (Feb 1, 2020)\n\n<div>\n{entries}")
    assert lost(problems) == [
        (5, "6 list entries of the news section were not read as items (1 were), the first on "
         "this line")
    ]  # fmt: skip


def test_lost_entries_on_the_line_before_the_next_heading_count():
    code = "".join(f"    - Entry {k} (Jan {k}, 2020)\n" for k in range(1, 7))  # a code block
    page = f"## News\n- First (Feb 1, 2020)\n\nSome text.\n\n{code}## Bio\n"
    _, events, problems = read(page)
    assert [e.title for e in events] == ["First"]  # the undated paragraph is read, not kept
    assert lost(problems) == [
        (
            6,
            "6 list entries of the news section were not read as items (2 were), the first on "
            "this line",
        )  # fmt: skip
    ]


def test_lost_entries_of_a_second_news_section_count_only_its_items():
    first = "- A (Jan 1, 2020)\n- B (Jan 2, 2020)\n- C (Jan 3, 2020)\n"
    page = f"## News\n{first}\n## Updates\n- First (Feb 1, 2020)\n\n{HIDDEN}"
    _, events, problems = read(page)
    assert [e.title for e in events] == ["A", "B", "C", "First"]
    assert lost(problems) == [
        (
            10,
            "6 list entries of the news section were not read as items (1 were), the first on "
            "this line",
        )  # fmt: skip
    ]


def test_lost_entries_when_a_third_of_the_lines_were_read():
    read_ = "".join(f"- Item {k} (Mar {k}, 2020)\n" for k in range(1, 6))
    _, events, problems = read(f"## News\n{read_}\n{HIDDEN}")  # 15 lines, 5 items
    assert len(events) == 5
    assert lost(problems) == [
        (
            9,
            "6 list entries of the news section were not read as items (5 were), the first on "
            "this line",
        )  # fmt: skip
    ]


def test_more_items_read_than_entries_lost_is_no_loss():
    read_ = "".join(f"- Item {k} (Mar {k}, 2020)\n" for k in range(1, 8))
    _, events, problems = read(f"## News\n{read_}\n{HIDDEN}")  # 17 lines, 7 items
    assert len(events) == 7 and lost(problems) == []


def hidden(count: int) -> str:
    entries = "".join(f"- Entry {k} (Jan {k}, 2020)\n" for k in range(1, count + 1))
    return f'<div class="box">\n{entries}</div>\n'


def test_fewer_than_five_entries_lost_is_no_warning():
    _, _, problems = read(f"## News\n- First (Feb 1, 2020)\n\n{hidden(4)}")
    assert lost(problems) == []


def test_five_entries_lost_is_a_warning():
    _, _, problems = read(f"## News\n- First (Feb 1, 2020)\n\n{hidden(5)}")
    assert lost(problems) == [
        (
            5,
            "5 list entries of the news section were not read as items (1 were), the first on "
            "this line",
        )  # fmt: skip
    ]


def test_as_many_items_read_as_entries_lost_is_no_warning():
    read_ = "".join(f"- Item {k} (Mar {k}, 2020)\n" for k in range(1, 6))
    _, events, problems = read(f"## News\n{read_}\n{hidden(5)}")
    assert len(events) == 5 and lost(problems) == []


def test_prose_under_a_month_heading_keeps_a_date_of_its_own():
    _, events, _ = read("## News\n### March 2024\nMar 5: Gave a talk.\n\nAnother paragraph.\n")
    assert [(e.title, e.line) for e in events] == [("Gave a talk", 3), ("Another paragraph", 2)]
    assert dates(events) == [
        ("Gave a talk", D(2024, 3, 5), D(2024, 3, 5)),
        ("Another paragraph", D(2024, 3, 1), D(2024, 3, 31)),
    ]


def test_a_month_heading_does_not_give_its_month_to_a_group_of_another_year():
    _, events, _ = read("## News\n### March 2024\n- 2023\n  - Undated thing\n- Plain thing\n")
    assert dates(events) == [
        ("Undated thing", D(2023, 1, 1), D(2023, 12, 31)),
        ("Plain thing", D(2024, 3, 1), D(2024, 3, 31)),
    ]


def test_lines_of_items_under_date_headings():
    # a bullet is on its own line; the first paragraph under a heading is on the
    # heading's line (it takes the heading's date), the next ones on their own
    page = (
        "## News\n### 12 May 2024\n- Talk at MIT\n- Other talk\n\n"
        "### March 2024\nFirst para.\n\nSecond para.\n"
    )
    _, events, _ = read(page)
    assert [(e.title, e.line) for e in events] == [
        ("Talk at MIT", 3), ("Other talk", 4), ("First para", 6), ("Second para", 9),
    ]  # fmt: skip
    assert dates(events) == [
        ("Talk at MIT", D(2024, 5, 12), D(2024, 5, 12)),
        ("Other talk", D(2024, 5, 12), D(2024, 5, 12)),
        ("First para", D(2024, 3, 1), D(2024, 3, 31)),
        ("Second para", D(2024, 3, 1), D(2024, 3, 31)),
    ]


def test_dates_and_labels_outside_the_news_section_give_no_items():
    page = (
        "**News**\n\n- Before the news (Jan 2, 2020)\n\n"
        "**2024.09.27**\n\nWe moved to a new building.\n\n"
        "## News\n- Talk at MIT (Jan 1, 2020)\n\n"
        "### Archive\n**2019.01.02**\n\nAn old paragraph.\n\n"
        "## Teaching\n**2018.03.04**\n\nA course.\n"
    )
    page_, events, problems = read(page)
    assert [e.title for e in events] == ["Talk at MIT"]
    assert page_.news_heading == ("News", 9)
    assert problems == []


def test_a_bold_label_names_the_section_as_shown():
    _, events, _ = read("## News\n**Talks &amp; Visits**\n\n- Talk (Jan 1, 2020)\n")
    assert [(e.title, e.section) for e in events] == [("Talk", "talks-visits")]


def test_numbered_lists_give_items_and_archive_links():
    page, events, _ = read(
        "## News\n1. Talk at MIT (Jan 1, 2020)\n2. Award (Feb 2020)\n\n"
        "### Older news\n1. [2019](/news/2019/)\n"
    )
    assert dates(events) == [
        ("Talk at MIT", D(2020, 1, 1), D(2020, 1, 1)),
        ("Award", D(2020, 2, 1), D(2020, 2, 29)),
    ]
    assert page.archive == [("2019", "/news/2019/", 6)]


def test_lines_with_yearless_dates_under_a_year_heading_are_items():
    _, events, _ = read("## News\n### 2022\nMar 3: Talk at MIT<br>\nApr 4: Award\n")
    assert [(e.title, e.line) for e in events] == [("Talk at MIT", 3), ("Award", 4)]
    assert dates(events) == [
        ("Talk at MIT", D(2022, 3, 3), D(2022, 3, 3)),
        ("Award", D(2022, 4, 4), D(2022, 4, 4)),
    ]


def test_an_undated_table_row_is_not_published():
    table = "| Date | Event |\n|---|---|\n| Jan 1, 2020 | Talk |\n| | Undated row |\n"
    _, events, problems = read(f"## News\n{table}")
    assert dates(events) == [("Talk", D(2020, 1, 1), D(2020, 1, 1))]
    assert problems == [(5, "undated", "news table row has no date; not published")]  # said


def test_raw_html_between_markdown_blocks_is_read_once():
    page = (
        "## News\n<div>\n<ul>\n<li>B (Feb 1, 2020)</li>\n\n<li>C (Feb 2, 2020)</li>\n</ul>\n"
        "</div>\n\n- D (Feb 3, 2020)\n\n<p>Not a list</p>\n\n- F (Feb 5, 2020)\n"
    )
    _, events, _ = read(page)
    assert [(e.title, e.line) for e in events] == [("B", 4), ("C", 6), ("D", 10), ("F", 14)]


def test_an_html_list_item_goes_on_over_a_blank_line():
    page = "## News\n<ul>\n<li>B (Feb 1, 2020)</li>\n\n<li>C (Feb 2, 2020)\n\nmore</li>\n</ul>\n"
    _, events, _ = read(page)
    assert [(e.title, e.line) for e in events] == [("B", 3), ("C more", 5)]


def test_a_bold_run_with_words_beside_it_is_no_label():
    _, events, _ = read(
        "## News\n**Upcoming** X\n\n- Talk (Jan 1, 2020)\n\n**Past:**\n\n- Old (2019)\n"
    )
    assert [(e.title, e.section) for e in events] == [("Talk", "news"), ("Old", "past")]


def test_a_bold_label_has_at_most_four_words():
    page = (
        "## News\n**Talks and invited seminars**\n\n- Talk (Jan 1, 2020)\n\n"
        "**A line of bold words**\n\n- Other (Jan 2, 2020)\n"
    )
    _, events, _ = read(page)
    assert [(e.title, e.section) for e in events] == [
        ("Talk", "talks-and-invited-seminars"), ("Other", "talks-and-invited-seminars"),
    ]  # fmt: skip


def test_a_news_heading_with_a_typographic_apostrophe():
    for heading in ("## What’s new", "## What's New"):
        page, events, _ = read(f"{heading}\n- Talk (Jan 1, 2020)\n")
        assert page.found_news is True and [e.title for e in events] == ["Talk"]


def test_archive_links_side_by_side_keep_their_own_text():
    page, _, _ = read(
        "## News\n- Talk (Jan 1, 2020)\n\n"
        "### Archive\n- [**2019** news](a.html) and [2018](b.html)\n"
    )
    assert page.archive == [("2019 news", "a.html", 5), ("2018", "b.html", 5)]
