"""Hand-written news pages read into items (feeds/parse/html_items.py), more forms: the page
in, each item's title, date and line out, written here from the page.

Written for the mutants a mutation run of ``html_items.py`` (``heading``, ``prose``,
``table``, ``block``) left alive (issue 14, session 22); see bench/mutation_parse.md.
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page


def read(text: str, name: str = "home.html"):
    reporter = Reporter(quiet=True)
    page, events = parse_page(Path(name), reporter=reporter, text=text)
    found = [(e.title, e.span.start_iso if e.span else None, e.line) for e in events]
    return page, found, [(p.line, p.code) for p in reporter.problems]


def items(body: str, name: str = "home.html") -> list[tuple[str, str | None, int]]:
    return read(f"<html><body>\n<h2>News</h2>\n{body}\n</body></html>\n", name)[1]


def test_a_year_heading_in_markdown_bold_dates_the_days_under_it():
    # raw HTML in a Markdown page: the heading's text is Markdown, "**2022**" is a year
    text = """\
# Me

## News

<div>
<h3>**2022**</h3>
<p>18.11. Talk at MIT</p>
</div>

- Mar 2021: Visit to Yale
"""
    assert read(text, "index.md")[1] == [
        ("Talk at MIT", "2022-11-18", 7),
        ("Visit to Yale", "2021-03", 10),
    ]


def test_a_heading_of_the_year_headings_level_ends_its_year():
    # "03.09." under "Earlier" is of no known year: no item, not one of 2022
    body = (
        "<h3>2022</h3>\n<p>18.11. Talk at MIT</p>\n<h3>Earlier</h3>\n"
        "<p>03.09. Joined the lab</p>\n<p>Mar 2021: Visit to Yale</p>"
    )
    assert items(body) == [("Talk at MIT", "2022-11-18", 4), ("Visit to Yale", "2021-03", 7)]


def test_what_a_fold_in_a_year_groups_last_entry_holds_is_of_that_year():
    # a heading item's "(Apr 5)" is its day in 2024; a card link's "18.03." is a day of 2024
    body = """\
<ul>
<li>2024
<ul>
<li>Jun 3: Visit to Yale</li>
<li>May 2: Talk at MIT<details><summary>More</summary>
<h4>Apr 2024 - Keynote at CMU (Apr 5)</h4>
<a href="talk.html"><h4>18.03. Talk at Yale</h4><p>Slides and video of it</p></a>
<ul><li>Feb 2: Joined the lab</li></ul>
</details></li>
</ul>
</li>
</ul>"""
    assert items(body) == [
        ("Visit to Yale", "2024-06-03", 6),
        ("Talk at MIT", "2024-05-02", 7),
        ("Keynote at CMU", "2024-04", 8),
        ("Talk at Yale", "2024-03-18", 9),
        ("Joined the lab", "2024-02-02", 10),
    ]


def test_a_fold_straight_in_a_year_groups_list_is_of_that_year():
    body = """\
<ul>
<li>2024
<ul>
<li>Jun 3: Visit to Yale</li>
<details><summary>More</summary>
<h4>May 2024 - Talk at MIT (May 5)</h4>
<ul><li>Apr 2: Joined the lab</li></ul>
</details>
</ul>
</li>
</ul>"""
    assert items(body) == [
        ("Visit to Yale", "2024-06-03", 6),
        ("Talk at MIT", "2024-05", 8),
        ("Joined the lab", "2024-04-02", 9),
    ]


def test_the_summary_of_a_fold_after_the_list_is_no_item_even_dated():
    body = """\
<ul>
<li>Mar 2021: Visit to Yale</li>
</ul>
<details><summary>2020: older news</summary>
<ul><li>Apr 2020: Joined the lab</li></ul>
</details>"""
    assert items(body) == [("Visit to Yale", "2021-03", 4), ("Joined the lab", "2020-04", 7)]


def test_cards_badged_boxes_and_articles_in_a_year_groups_fold_are_of_that_year():
    # each box's yearless day ("(Mar 18)", "(Feb 12)", "Jan 9") is a day of 2024
    text = """\
<html><body>
<h2>News</h2>
<ul>
<li>2024
<ul>
<li>Jun 3: Visit to Yale<details><summary>More</summary>
<div><div class="meta"><span>Mar 2024</span><span class="tag">Talk</span></div><p>Keynote at Yale (Mar 18)</p></div>
<div><span class="badge">Paper</span><div>Our work on sorting is out (Feb 12)</div></div>
<article>Joined the lab as a postdoc on <time>Jan 9</time>.</article>
<ul><li>Jan 2: Moved to Boston</li></ul>
</details></li>
</ul>
</li>
</ul>
</body></html>
"""  # noqa: E501
    _, found, problems = read(text)
    assert found == [
        ("Visit to Yale", "2024-06-03", 6),
        ("Keynote at Yale", "2024-03", 7),
        ("Our work on sorting is out", "2024-02-12", 8),
        ("Joined the lab as a postdoc", "2024-01-09", 9),
        ("Moved to Boston", "2024-01-02", 10),
    ]
    assert problems == []


def paragraphs(text: str) -> list[tuple[str, str | None, list[str]]]:
    """Each item's title, date and the paragraphs of its HTML (read back with lxml)."""
    _, events = parse_page(Path("home.html"), reporter=Reporter(quiet=True), text=text)
    found = []
    for e in events:
        tree = lxml.html.fragment_fromstring(e.html, create_parent="div")
        seen = [p.text_content().strip() for p in tree.iter("p")]
        found.append((e.title, e.span.start_iso if e.span else None, seen))
    return found


def test_the_prose_of_a_date_term_ends_with_its_list():
    # "May 2024" heads the prose of its <dl>; the paragraph after the list is not of May
    text = """\
<html><body>
<h2>News</h2>
<div>
<dl><dt>May 2024</dt><p>Gave a talk at MIT.</p></dl>
<p>Our lab is in Boston.</p>
</div>
<p>Apr 2024: Visit to Yale</p>
</body></html>
"""
    assert paragraphs(text) == [
        ("Gave a talk at MIT", "2024-05", ["May 2024 Gave a talk at MIT."]),
        ("Visit to Yale", "2024-04", ["Apr 2024: Visit to Yale"]),
    ]


def test_a_labels_link_that_is_no_more_news_link_is_kept_undated_and_warned_about():
    # "Talks: (<a>slides</a>)" heads the talks of its box; its link names no news page,
    # so it is kept as an undated entry (nothing is lost), with a warning
    text = """\
<html><body>
<h2>News</h2>
<ul><li>Nov 2021: Visit to Yale</li></ul>
<div>Talks: (<a href="talks.pdf">slides</a>)
<ul><li>Oct 2021: Talk at MIT</li></ul>
</div>
</body></html>
"""
    _, events = parse_page(Path("home.html"), reporter=(seen := Reporter(quiet=True)), text=text)
    assert [(e.text, e.span.start_iso if e.span else None, e.line) for e in events] == [
        ("Nov 2021: Visit to Yale", "2021-11", 3),
        ("slides", None, 4),
        ("Oct 2021: Talk at MIT", "2021-10", 5),
    ]
    assert [(p.line, p.code) for p in seen.problems] == [(4, "undated")]


def test_a_labels_link_in_a_year_groups_fold_is_of_that_year():
    text = """\
<html><body>
<h2>News</h2>
<ul>
<li>2021
<ul>
<li>Oct 3: Talk at MIT<details><summary>More</summary>
<div>Talks: (<a href="talks.pdf">slides</a>)
<ul><li>Aug 2: Visit to Yale</li></ul>
</div>
<ul><li>Jul 2: Joined the lab</li></ul>
</details></li>
</ul></li></ul>
</body></html>
"""
    _, events = parse_page(Path("home.html"), reporter=(seen := Reporter(quiet=True)), text=text)
    assert [(e.text, e.span.start_iso if e.span else None, e.line) for e in events] == [
        ("Oct 3: Talk at MIT", "2021-10-03", 6),
        ("slides", "2021", 7),
        ("Aug 2: Visit to Yale", "2021-08-02", 8),
        ("Jul 2: Joined the lab", "2021-07-02", 10),
    ]
    assert seen.problems == []


def test_a_bold_line_over_one_dated_line_heads_it_and_the_item_is_kept():
    # the item was lost (no item, no warning) before: only two dated lines or more made
    # the bold line their heading
    body = (
        "<p><b>Best paper award</b><br>\nMar 2026: for our paper on sorting</p>\n"
        "<p>Feb 2026: Talk at MIT</p>"
    )
    text = f"<html><body>\n<h2>News</h2>\n{body}\n</body></html>\n"
    _, found, problems = read(text)
    # the bold line names a kind of news: it labels the item, which opens at the <p> (line 3)
    assert found == [("For our paper on sorting", "2026-03", 3), ("Talk at MIT", "2026-02", 5)]
    assert problems == []


def test_a_label_heads_the_news_of_its_whole_box():
    text = """\
<html><body>
<p>Welcome.</p>
<div>Recent news: (<a href="news.html">full history</a>)
<ul><li>Oct 2021: Talk at MIT</li></ul>
<p>Sep 2021: Visit to Yale</p>
</div>
</body></html>
"""
    page, found, problems = read(text)
    assert page.news_heading == ("Recent news", 3)
    assert found == [("Talk at MIT", "2021-10", 4), ("Visit to Yale", "2021-09", 5)]
    assert problems == []


@pytest.mark.parametrize(
    "after",
    [
        # the lists after the label's box are no news the reader lost
        "</div>\n<p>Publications</p>\n<ul>\n"
        + "".join(
            f"<li>{t}</li>\n"
            for t in ("Sorting", "Searching", "Hashing", "Graphs", "Trees", "Heaps")
        )
        + "</ul>",
        "</div><p>Papers:</p><ul><li>Sorting</li><li>Searching</li><li>Hashing</li>"
        "<li>Graphs</li><li>Trees</li><li>Heaps</li></ul>",
    ],
)
def test_the_news_a_label_heads_ends_with_its_box(after: str):
    text = (
        "<html><body>\n<p>Welcome.</p>\n"
        '<div>Recent news: (<a href="news.html">full history</a>)\n'
        f"<ul><li>Oct 2021: Talk at MIT</li></ul>\n{after}\n</body></html>\n"
    )
    page, found, problems = read(text)
    assert page.news_heading == ("Recent news", 3)
    assert found == [("Talk at MIT", "2021-10", 4)]
    assert problems == []


def test_a_label_under_a_subsection_keeps_the_subsection_after_its_box():
    text = """\
<html><body>
<h2>News</h2>
<h3>Talks</h3>
<div>Invited talks: (<a href="news.html">all news</a>)
<ul><li>Oct 2021: Talk at MIT</li></ul>
</div>
<ul><li>Sep 2021: Talk at Yale</li></ul>
</body></html>
"""
    _, events = parse_page(Path("home.html"), reporter=Reporter(quiet=True), text=text)
    assert [(e.title, e.span.start_iso, e.line, e.section) for e in events] == [
        ("Talk at MIT", "2021-10", 5, "talks"),
        ("Talk at Yale", "2021-09", 7, "talks"),
    ]


def test_a_badged_box_without_a_date_is_kept_undated_and_warned_about():
    body = (
        "<ul><li>Mar 2021: Visit to Yale</li></ul>\n"
        '<div><span class="badge">Paper</span><div>Our work on sorting is out</div></div>'
    )
    _, found, problems = read(f"<html><body>\n<h2>News</h2>\n{body}\n</body></html>\n")
    assert found == [("Visit to Yale", "2021-03", 3), ("Our work on sorting is out", None, 4)]
    assert problems == [(4, "undated")]


def test_list_lines_a_label_heads_that_were_not_read_are_said_lost():
    # six "- …" lines in a <p> look like entries; the reader took one item: a warning
    lines = "".join(
        f"- {t}\n"
        for t in (
            "Visit to Yale",
            "Joined the lab",
            "Moved to Boston",
            "Paper accepted at ICML",
            "Talk at CMU",
            "Talk at Stanford",
        )
    )
    text = (
        "<html><body>\n<p>Welcome.</p>\n"
        f'<div>Recent news: (<a href="news.html">full history</a>)\n<p>\n{lines}</p>\n'
        "<ul><li>Oct 2021: Talk at MIT</li></ul>\n</div>\n</body></html>\n"
    )
    page, found, problems = read(text)
    assert page.news_heading == ("Recent news", 3)
    assert found == [("Talk at MIT", "2021-10", 12)]
    assert problems == [(5, "lost")]  # "- Visit to Yale", the first not read


# List entries (issue 14, session 23: the mutants of _Walker.list_item on today's code).
def test_an_entry_of_no_words_is_no_item_and_no_link():
    # an elision, emoji alone, an arrow to the news page: no item, no warning, no link
    body = (
        "<ul><li>Mar 2026: Gave a talk at MIT</li><li>……</li><li>🎉🎉</li>"
        '<li><a href="news.html">→</a></li></ul>'
    )
    page, found, problems = read(f"<html><body>\n<h2>News</h2>\n{body}\n</body></html>\n")
    assert (found, problems, page.archive) == ([("Gave a talk at MIT", "2026-03", 3)], [], [])


def test_a_month_group_inside_a_year_dates_its_entries_in_that_year():
    body = (
        "<ul><li>2021<ul><li>May<ul><li>Gave a talk at MIT</li><li>Joined Acme</li></ul></li>"
        "</ul></li></ul>"
    )
    assert items(body) == [("Gave a talk at MIT", "2021-05", 3), ("Joined Acme", "2021-05", 3)]


def test_a_month_group_dates_only_its_own_entries():
    # the year's undated entry above the month group stays of the year
    body = (
        "<ul><li>2021<ul>\n<li>Joined Acme as a researcher</li>\n"
        "<li>November<ul><li>Gave a talk at MIT</li></ul></li>\n</ul></li></ul>"
    )
    assert items(body) == [
        ("Joined Acme as a researcher", "2021", 4),
        ("Gave a talk at MIT", "2021-11", 5),
    ]


def test_a_br_line_of_no_words_is_not_read_into_an_item():
    # a separator line, an arrow alone: dropped, the dated lines each one item as written
    body = "<p>Mar 2026: Talk at MIT<br>* * *<br>Feb 2026: Paper accepted at ICML<br>→</p>"
    assert items(body) == [("Talk at MIT", "2026-03", 3), ("Paper accepted at ICML", "2026-02", 3)]


def test_a_date_line_dates_the_prose_of_its_own_box_only():
    # the next box's paragraph is no part of the item (text_run 127: the dating ran on)
    body = (
        '<div class="entry"><p>March 2026</p><p>Gave a talk at MIT.</p></div>\n'
        '<div class="note"><p>Photos from the lab retreat are online.</p></div>'
    )
    assert paragraphs(f"<html><body>\n<h2>News</h2>\n{body}\n</body></html>\n") == [
        ("Gave a talk at MIT", "2026-03", ["March 2026 Gave a talk at MIT."])
    ]


def test_a_bold_label_over_an_undated_line_is_prose_not_an_undated_item():
    # outside a date heading an undated paragraph is no news and no warning, labelled or not
    body = (
        "<ul><li>Mar 2026: Gave a talk at MIT</li></ul>\n"
        "<p><b>Best paper award</b><br>Our paper on looms, presented on March 3, 2026,"
        " won at KDD.</p>\n<p><b>Invited talk</b><br>Spoke at the Loom Society.</p>"
    )
    _, found, problems = read(f"<html><body>\n<h2>News</h2>\n{body}\n</body></html>\n")
    assert (found, problems) == ([("Gave a talk at MIT", "2026-03", 3)], [])


def test_br_lines_in_a_year_groups_fold_are_of_that_year():
    # (text_run 196, 200: the lines' items lost the group's year and were dropped)
    body = """\
<ul>
<li>2019
<ul>
<details><summary>More</summary>
<p>Feb 4: Talk at MIT<br>Jan 3: Joined Acme</p>
</details>
</ul>
</li>
<li>2018<ul><li>Dec 1: Paper at ICML</li></ul></li>
</ul>"""
    assert items(body) == [
        ("Talk at MIT", "2019-02-04", 7),
        ("Joined Acme", "2019-01-03", 7),
        ("Paper at ICML", "2018-12-01", 11),
    ]


def test_an_undated_br_line_goes_on_the_dated_line_above_it():
    # (text_run 204: the line after the first item was added to a second one, or raised)
    body = (
        "<p>Feb 4, 2024: Talk at MIT<br>with slides and video<br>Jan 3, 2024: Joined Acme"
        "<br>Dec 1, 2023: Paper at ICML<br>in the main track</p>"
    )
    assert paragraphs(f"<html><body>\n<h2>News</h2>\n{body}\n</body></html>\n") == [
        (
            "Talk at MIT with slides and video",
            "2024-02-04",
            ["Feb 4, 2024: Talk at MIT with slides and video"],
        ),
        ("Joined Acme", "2024-01-03", ["Jan 3, 2024: Joined Acme"]),
        (
            "Paper at ICML in the main track",
            "2023-12-01",
            ["Dec 1, 2023: Paper at ICML in the main track"],
        ),
    ]


def test_a_text_ending_with_its_date_in_a_year_groups_fold_is_of_that_year():
    # (text_run 176, 179, 180: the item lost the group's year and was dropped)
    body = """\
<ul>
<li>2024
<ul>
<li>Jun 3: Visit to Yale</li>
<details><summary>More</summary>
<p>Talk at MIT (Feb 4)</p>
</details>
</ul>
</li>
</ul>"""
    assert items(body) == [("Visit to Yale", "2024-06-03", 6), ("Talk at MIT", "2024-02-04", 8)]
