"""kramdown's ``markdown="1"`` blocks and attribute lists in a Markdown page
(feeds/parse/kramdown.py): the page in, the items and their lines out (issue 14,
session 17). Every expectation is written here from the page.
"""

from __future__ import annotations

from pathlib import Path

from feeds.diagnostics import Reporter
from feeds.parse import parse_page

PAGE = """\
---
title: Home
---

## News

<div class="news-box" markdown="1">

- Talk at MIT (Nov 18, 2022)

<div class="inner">

- Paper accepted at ICML (Oct 2022)

</div>

</div>

<details MARKDOWN=" Block "><summary>Older
news</summary>

- Visited CMU (Sep 2022)

</details>

<div markdown="span">
- Visited Rice (Aug 2022)
</div>

<div markdown="0">
- Hidden talk (Jul 2022)
</div>

<details><summary>More</summary>

- Visited Yale (Jun 2022)

</details>

{: .news-scroll}

- Visited Penn (May 2022)
  {: .item}
- Visited Duke (Apr 2022)

<div markdown="1">

- Visited NYU (Mar 2022)

</div>
"""


def test_markdown_blocks_are_read_as_markdown_with_their_lines():
    reporter = Reporter(quiet=True)
    _, events = parse_page(Path("index.md"), reporter=reporter, text=PAGE)
    assert [(e.title, e.span.start_iso, e.line) for e in events] == [
        ("Talk at MIT", "2022-11-18", 9),
        ("Paper accepted at ICML", "2022-10", 13),  # an inner <div> without the attribute
        ("Visited CMU", "2022-09", 22),  # a fold: its two-line <summary> is no text
        ("Visited Rice", "2022-08", 27),  # markdown="span", on the next line
        # markdown="0": raw HTML, its text no item
        ("Visited Yale", "2022-06", 36),  # a fold without the attribute
        ("Visited Penn", "2022-05", 42),  # attribute lists never shown
        ("Visited Duke", "2022-04", 44),
        ("Visited NYU", "2022-03", 48),
    ]
    assert not any(w in e.html for e in events for w in ("Older", "news<", "{:", "markdown"))
    assert [e.html for e in events[5:7]] == [
        "<p>Visited Penn (May 2022)</p>",
        "<p>Visited Duke (Apr 2022)</p>",
    ]
    assert reporter.problems == []


def test_a_fold_whose_caption_is_followed_by_its_list_without_a_blank_line():
    text = (
        "---\ntitle: Home\n---\n\n## News\n\n"
        '<details markdown="1">\n<summary>Older news</summary>\n'
        "- Visited CMU (Sep 2022)\n- Visited Rice (Aug 2022)\n</details>\n\n"
        "- Visited Duke (May 2022)\n"
    )
    reporter = Reporter(quiet=True)
    _, events = parse_page(Path("index.md"), reporter=reporter, text=text)
    assert [(e.title, e.span.start_iso, e.line) for e in events] == [
        ("Visited CMU", "2022-09", 9),
        ("Visited Rice", "2022-08", 10),
        ("Visited Duke", "2022-05", 13),
    ]
    assert reporter.problems == []


def test_only_markdown_blocks_lose_their_tags():
    # nested markdown="1" blocks closed right before a list line; a fold without the
    # attribute stays raw HTML (its caption and what runs into it are not read); a stray
    # end tag changes nothing
    text = (
        "---\ntitle: Home\n---\n\n## News\n\n"
        '<div class="news" markdown="1">\n<div class="inner" markdown="1">\n\n'
        "- Visited NYU (Mar 2022)\n\n</div>\n</div>\n- Visited Duke (Feb 2022)\n\n"
        "<details>\n\n<summary>Older news</summary>\n- Visited Yale (Jan 2022)\n</details>\n\n"
        "- Visited Penn (Dec 2021) </em>\n"
    )
    reporter = Reporter(quiet=True)
    _, events = parse_page(Path("index.md"), reporter=reporter, text=text)
    assert [(e.title, e.span.start_iso, e.line) for e in events] == [
        ("Visited NYU", "2022-03", 10),
        ("Visited Duke", "2022-02", 14),
        ("Visited Penn", "2021-12", 22),
    ]
    assert reporter.problems == []


def test_a_markdown_block_whose_opening_tag_spans_lines():
    text = (
        "---\ntitle: Home\n---\n\n## News\n\n"
        '<div class="news"\n     markdown="1">\nNov 2021: Visited CMU\n</div>\n'
    )
    reporter = Reporter(quiet=True)
    _, events = parse_page(Path("index.md"), reporter=reporter, text=text)
    assert [(e.title, e.span.start_iso, e.line) for e in events] == [("Visited CMU", "2021-11", 9)]
    assert reporter.problems == []


def read(text: str) -> list[tuple[str, str, int]]:
    reporter = Reporter(quiet=True)
    _, events = parse_page(Path("index.md"), reporter=reporter, text=text)
    return [(e.title, e.span.start_iso if e.span else "", e.line) for e in events]


def test_an_attribute_list_line_inside_raw_html_is_never_read():
    # raw HTML left open over a blank line is read from the page's lines: the attribute
    # list inside its first paragraph is no text of the item (session 21)
    text = (
        "---\ntitle: Home\n---\n\n## News\n\n"
        '<div class="news">\n<p>Talk at MIT (Nov 18, 2022)\n{: .highlight}\n</p>\n\n'
        "<p>Visited CMU (Sep 2022)</p>\n</div>\n"
    )
    assert read(text) == [("Talk at MIT", "2022-11-18", 8), ("Visited CMU", "2022-09", 12)]


def test_a_caption_end_tag_followed_by_text_and_touching_opening_tags():
    # the text right after </summary> keeps its first letter; two markdown tags that
    # touch both go, and so does an end tag followed by another on its line
    text = (
        "---\ntitle: Home\n---\n\n## News\n\n"
        '<details markdown="1"><summary>Older news</summary>Talk at MIT (Nov 18, 2022)\n'
        "</details>\n\n"
        '<div markdown="1"><div markdown="1">\n- Visited CMU (Sep 2022)\n'
        "- Award at Rice (Aug 2022)\n</div></div>\n"
    )
    assert read(text) == [
        ("Talk at MIT", "2022-11-18", 7),
        ("Visited CMU", "2022-09", 11),
        ("Award at Rice", "2022-08", 12),
    ]


def test_a_markdown_block_inside_a_fold_caption_and_blocks_after_it():
    # the caption (with the markdown span in it) goes whole; the tags after it still go
    text = (
        "---\ntitle: Home\n---\n\n## News\n\n"
        '<details markdown="1"><summary><span markdown="1">Older</span> news</summary>\n'
        '<div markdown="1">\n- Talk at MIT (Nov 18, 2022)\n- Visited CMU (Sep 2022)\n'
        "</div>\n</details>\n"
    )
    assert read(text) == [("Talk at MIT", "2022-11-18", 9), ("Visited CMU", "2022-09", 10)]


def test_a_markdown_tag_at_the_very_start_of_the_page():
    # no front matter: the tag is on the text's first line, with the heading after it
    text = '<div markdown="1">## News\n\n- Talk at MIT (Nov 18, 2022)\n\n</div>\n'
    assert read(text) == [("Talk at MIT", "2022-11-18", 3)]
