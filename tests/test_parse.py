"""The parser on homepages other than the seed: other forms, quirks and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feeds.diagnostics import Reporter
from feeds.parse import parse_page


def parse(text: str, site_root: str = "https://example.org/"):
    reporter = Reporter(quiet=True)
    page, events = parse_page(Path("home.md"), site_root=site_root, reporter=reporter, text=text)
    return page, events, reporter


def test_label_forms_and_kind_slug():
    _, events, _ = parse(
        "## News\n"
        "- **Talk** in [Seminar](https://s.example/) at MIT (Nov 18, 2022)\n"
        "- **Talk**: in Seminar at MIT (Nov 19, 2022)\n"
        "- **Invited Talk:** at Stanford (Nov 20, 2022)\n"
        "- Award: best paper at CVPR (Jun 2023)\n"
        "- Joined the faculty (Jul 01, 2019)\n"
    )
    assert [(e.kind, e.kind_slug) for e in events] == [
        ("Talk", "talk"), ("Talk", "talk"), ("Invited Talk", "invited-talk"),
        ("Award", "award"), ("News", "news"),
    ]  # fmt: skip
    assert events[1].title == "Seminar at MIT"


def test_dates_in_other_places():
    _, events, reporter = parse(
        "### Recent news\n"
        "- **[Nov 2022]** Our paper was accepted.\n"
        "- 2022-11-18: Gave a talk at Rice.\n"
        "- **Dec 3, 2022** Keynote at a workshop\n"
        "- Talk at MIT, Nov 18, 2022.\n"
        "- Talk at MIT (Nov 18, 2022). [[Slides](s.pdf)]\n"
        "- Talk at MIT (Nov 18, 2022) (joint work with A. B.)\n",
    )
    assert reporter.problems == []
    assert [e.span.start_iso for e in events] == [
        "2022-11",
        "2022-11-18",
        "2022-12-03",
        "2022-11-18",
        "2022-11-18",
        "2022-11-18",
    ]
    assert events[4].links[0].attachment == "slides"
    assert events[4].links[0].url == "https://example.org/s.pdf"


def test_news_heading_variants_and_end_of_section():
    _, events, _ = parse(
        "# Jane Doe\n\n## 📰 News!\n\n- Item one (Jan 2, 2023)\n\n## Publications\n\n"
        "- A paper, not news (2021)\n"
    )
    assert [e.title for e in events] == ["Item one"]


def test_html_comments_are_never_items():
    _, events, _ = parse(
        "### News\n"
        "- Visible (Jan 2, 2023)\n"
        "<!-- - Hidden bullet (Jan 3, 2023) -->\n"
        "- Also visible <!-- secret (Jan 9, 2023) --> (Jan 4, 2023)\n"
        "<!--\n- Hidden too (Jan 5, 2023)\n-->\n"
        "- Last (Jan 6, 2023)\n"
    )
    assert [e.span.start_iso for e in events] == ["2023-01-02", "2023-01-04", "2023-01-06"]
    assert all("secret" not in e.text and "secret" not in e.html for e in events)
    assert [e.line for e in events] == [2, 4, 8]


def test_unparseable_item_is_reported_with_its_line_and_kept():
    _, events, reporter = parse("intro\n\n## News\n\n- **Talk** somewhere, some day\n- ok (2020)\n")
    assert len(events) == 2 and events[0].span is None
    assert [(p.source, p.line) for p in reporter.warnings] == [("home.md", 5)]
    assert "no date" in reporter.warnings[0].message
    assert str(reporter.warnings[0]).startswith("home.md:5: warning:")


def test_missing_news_section_is_reported():
    _, events, reporter = parse("# Hi\n\nNo news here.\n")
    assert events == [] and "no news section" in reporter.warnings[0].message


def test_nested_year_groups_are_flattened():
    _, events, _ = parse(
        "## News\n- 2022\n  - Talk A (Nov 1, 2022)\n  - Talk B (Nov 2, 2022)\n"
        "- Parent with details (Dec 1, 2022)\n  - a detail, not an item\n"
    )
    assert [e.title for e in events] == ["Talk A", "Talk B", "Parent with details"]
    assert "a detail" in events[2].html


def test_latex_made_readable_and_escapes_handled():
    _, events, _ = parse(
        "## News\n- **Paper**: [Bounds beyond $\\ell_p$ and $\\ell_\\infty$ norms](https://arxiv.org/"
        "abs/2101.00001v2) costs \\$5 \\[[Code](https://github.com/x/y)\\] (Jan 5, 2021)\n"
    )
    event = events[0]
    assert event.title == "Bounds beyond ℓp and ℓ∞ norms"
    assert event.arxiv == ["2101.00001"]
    assert event.links[1].attachment == "code"
    assert "ℓp" in event.html and "$" in event.text


def test_location_role_note_classification():
    _, events, _ = parse(
        "## News\n"
        "- Talk at X (University of Minnesota, Minneapolis, Oct 1, 2022)\n"
        "- Grant (Co-PI, Oct 2, 2022)\n"
        "- Talk at Y (cancelled due to weather, Oct 3, 2022)\n"
        "- Talk at Z (Online, 3:30pm, Oct 4, 2022)\n"
    )
    assert events[0].location == "University of Minnesota, Minneapolis"
    assert events[1].role == "Co-PI"
    assert (events[2].note, events[2].status) == ("cancelled due to weather", "cancelled")
    assert events[3].location == "Online" and events[3].span.start_time.hour == 15


def test_crlf_and_front_matter_line_numbers():
    text = "---\ntitle: <b>X</b>\n---\r\n\r\n## News\r\n\r\n- A (2021)\r\n- B (2020)\r\n"
    page, events, _ = parse(text)
    assert page.title == "X"
    assert [e.line for e in events] == [7, 8]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=300))
def test_parser_never_raises_on_arbitrary_text(body):
    for text in (body, "## News\n\n- " + body, "## News\n- **" + body + "** (" + body + ")"):
        _, events, _ = parse(text)
        for event in events:
            assert event.line >= 1


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "- ",
                "**",
                "Talk",
                "(",
                ")",
                "[",
                "](",
                "x.pdf",
                "\\[",
                "\\]",
                "Nov",
                " 18",
                ", ",
                "2022",
                "--",
                "<!--",
                "-->",
                "\n",
                "  - ",
                "$",
                "\\ell_p",
                "#### Past\n",
                ":",
                "`",
            ]
        ),
        max_size=40,
    )
)
def test_parser_never_raises_on_markdown_soup(parts):
    parse("### What's new\n" + "".join(parts))


def test_raw_html_formatting_kept_scripts_removed():
    _, events, _ = parse(
        '## News\n- <span style="color:red">**Big**</span> talk (2021)\n'
        "- Hi <script>alert(1)</script> there (2021)\n"
        '- A <img src="x.png" onerror="alert(1)"> (2021)\n'
        "- <iframe src=https://evil.example></iframe> (2021)\n"
    )
    assert "<span><strong>Big</strong></span> talk" in events[0].html  # style is dropped
    for event in events[1:]:
        assert "<script" not in event.html and "alert" not in event.html
        assert "<iframe" not in event.html and "evil" not in event.html
    assert events[1].html.startswith("Hi") and events[1].html.endswith("there (2021)")
    assert '<img src="x.png">' in events[2].html


def test_year_headings_and_groups_date_items_without_a_year():
    _, events, reporter = parse(
        "## News\n\n**Upcoming**\n\n- **Talk** at A (Nov 19, 2022)\n\n**Past**\n\n### 2021\n\n"
        "- **Nov 18**: Talk at Rice.\n- Oct 3 — Paper accepted at NeurIPS.\n"
        "- 2020\n  - Sep 5: Joined the lab\n"
    )
    assert reporter.warnings == []
    assert [(e.section, e.kind, e.title, e.span.start_iso) for e in events] == [
        ("upcoming", "Talk", "A", "2022-11-19"),
        ("past", "News", "Talk at Rice", "2021-11-18"),
        ("past", "News", "Paper accepted at NeurIPS", "2021-10-03"),
        ("past", "News", "Joined the lab", "2020-09-05"),
    ]


def test_more_homepage_styles():
    _, events, reporter = parse(
        "## News\n"
        "- 🎉 **Award**: Our paper won the best paper award (Jun 2023)\n"
        "- Talk at UCSD on Jan. 21, 2023.\n"
        "- **Talk** at [Stanford](https://stanford.edu) (Nov 18, 2022) (invited)\n"
        "- **Talk** at X (virtual, Nov 19, 2022)\n"
        "- Best paper<br>at ICML (Jul 2023)\n"
        "- <p>**Talk** at Yale (Nov 2, 2022)</p>\n"
        "- 2022-11-18 Released code for our paper.\n"
        "- 🔥 [2023.05] Our paper is out.\n"
        "- **Talk** at Cornell about things\n\n  Slides are online (Nov 1, 2022)\n"
    )
    assert reporter.warnings == []
    got = [(e.kind, e.title, e.span.start_iso, e.location, e.role) for e in events]
    assert got == [
        ("Award", "Our paper won the best paper award", "2023-06", None, None),
        ("News", "Talk at UCSD", "2023-01-21", None, None),
        ("Talk", "Stanford", "2022-11-18", None, "invited"),
        ("Talk", "X", "2022-11-19", "Virtual", None),
        ("News", "Best paper at ICML", "2023-07", None, None),
        ("Talk", "Yale", "2022-11-02", None, None),
        ("News", "Released code for our paper", "2022-11-18", None, None),
        ("News", "Our paper is out", "2023-05", None, None),
        ("Talk", "Cornell about things", "2022-11-01", None, None),
    ]


def test_hidden_html_is_reported_and_html_lists_are_read():
    _, events, reporter = parse(
        "## News\n- A (Nov 1, 2022)\n\n<ul><li>HTML list item (Sep 1, 2022)</li></ul>\n\n"
        "- Item <!-- never closed (Nov 12, 2022)\n- Lost (Nov 13, 2022)\n"
    )
    messages = [(p.line, p.message.split(":")[0]) for p in reporter.warnings]
    assert (6, "HTML comment opened here is never closed") in messages
    assert [(e.title, e.line) for e in events] == [("A", 2), ("HTML list item", 4), ("Item", 6)]


def test_page_title_entities_are_decoded():
    page, _, _ = parse("---\ntitle: <b>Alice Q.</b> &amp; Lab\n---\n## News\n- A (2020)\n")
    assert page.title == "Alice Q. & Lab"


def test_dates_other_homepages_write():
    _, events, reporter = parse(
        "## News\n### 2023\n"
        "- **21 Feb**: **Talk** at the Statistics Colloquium (invited).\n"
        "- 9 Dec: Talk at Rice.\n"
        "- April: Visiting the Newton Institute.\n"
        "- 2022\n  - 11.20 Talk at Tsinghua\n"
        "- 2023年5月 Served as a panelist\n"
        "- **Oct 2023**: Invited talk at the [MIT ML Tea](https://mit.edu/tea) (virtual).\n"
        "- [10/2022] Visiting Stanford (Oct 2022 - Jan 2023).\n"
        "- Ravi is heading to the Broad Institute as a postdoc. June 2, 2023\n"
        "- Feb. 20, 2024 — Our paper [Self-RAG: Learning to Retrieve](https://arxiv.org/abs/2310.11511)"
        " was selected for an oral\n"
    )
    assert reporter.warnings == []
    got = [(e.kind, e.span.start_iso, e.span.end_iso, e.location, e.role) for e in events]
    assert got == [
        ("Talk", "2023-02-21", None, None, "invited"),
        ("News", "2023-12-09", None, None, None),
        ("News", "2023-04", None, None, None),
        ("News", "2022-11-20", None, None, None),
        ("News", "2023-05", None, None, None),
        ("News", "2023-10", None, "Virtual", None),
        ("News", "2022-10", "2023-01", None, None),
        ("News", "2023-06-02", None, None, None),
        ("News", "2024-02-20", None, None, None),
    ]
    assert [e.title for e in events[5:7]] == ["Invited talk at the MIT ML Tea", "Visiting Stanford"]


def test_bad_dates_are_named_in_the_warning():
    _, events, reporter = parse(
        "## News\n"
        "- **Sepember 2023**: Started at Cornell\n"
        "- **Feb 30, 2022**: Won an award\n"
        "- 2023-09-31 — Student defended\n"
        "- **Talk** at Simons (New York, NY, Sepember 21, 2022)\n"
    )
    assert [e.kind for e in events] == ["News", "News", "News", "Talk"]
    messages = [p.message for p in reporter.warnings]
    assert "'Sepember 2023' looks like a date with a misspelt month (September?)" in messages[0]
    assert "'Feb 30, 2022' is not a real date" in messages[1]
    assert "'2023-09-31' is not a real date" in messages[2]
    assert "'Sepember 21, 2022' looks like a date with a misspelt month" in messages[3]


def test_titles_lose_emoji_bullets_shortcodes_and_attachment_words():
    _, events, _ = parse(
        "## News\n"
        "- 🎉🎉 Two papers accepted by CVPR 2024 (Feb 2024)\n"
        "- Received the NSF CAREER Award :trophy: (Jan 2024)\n"
        "- Featured by Synced \\[[article](https://x.example/a)\\] and others (Dec 2023)\n"
        '- Our paper "Collateral sensitivity" [PDF](p.pdf) [Data](d.zip) [Code](c) (02/2023)\n'
    )
    assert [e.title for e in events] == [
        "Two papers accepted by CVPR 2024",
        "Received the NSF CAREER Award 🏆",
        "Featured by Synced and others",
        'Our paper "Collateral sensitivity"',
    ]


def test_an_item_under_a_year_heading_has_that_year_at_least():
    _, events, reporter = parse("## News\n### 2022\n- Our review appears in the Annual Review\n")
    assert reporter.warnings == []
    assert (events[0].span.start_iso, events[0].span.precision.value) == ("2022", "year")


# Issue 8 §3: a date and a place in one bracket, a place after the date, the year given
# earlier in the item, other languages. Expected values are written from the text.
DATED_ITEMS = [
    # item, start, end, location, title
    ("[Apr 2026, Korea] Gave a talk", "2026-04", None, "Korea", "Gave a talk"),
    ("Talk at KAIST (Jan 2025, online)", "2025-01", None, "Online", "Talk at KAIST"),
    ("Talk at UA (March 2025, Tucson, AZ)", "2025-03", None, "Tucson, AZ", "Talk at UA"),
    (
        "Winter school (Jan 30 - Feb 3, 2024, Zermatt)",
        "2024-01-30", "2024-02-03", "Zermatt", "Winter school",
    ),
    (
        "Winter school, Jan 30 - Feb 3, 2024 (Zermatt)",
        "2024-01-30", "2024-02-03", "Zermatt", "Winter school",
    ),
    ("Talk at MIT (Nov 18, 2022, 3pm, Boston)", "2022-11-18", None, "Boston", "Talk at MIT"),
    ("Talk at ISLE 2022, July 18-22", "2022-07-18", "2022-07-22", None, "Talk at ISLE 2022"),
    ("Talk (10/26/17)", "2017-10-26", None, None, "Talk"),
    ("Charla en la UNAM (12 de marzo de 2024)", "2024-03-12", None, None, "Charla en la UNAM"),
    ("Vortrag in Berlin (12. Mai 2023)", "2023-05-12", None, None, "Vortrag in Berlin"),
    ("Exposé à Paris, du 4 au 6 juin 2023", "2023-06-04", "2023-06-06", None, "Exposé à Paris"),
    ("Palestra (Lisboa, 3 de outubro de 2022)", "2022-10-03", None, "Lisboa", "Palestra"),
    ("Seminario a Roma (gennaio 2024)", "2024-01", None, None, "Seminario a Roma"),
    ("2024年11月18日 论文被接收", "2024-11-18", None, None, "论文被接收"),
    ("2024년 11월 18일: 논문 게재", "2024-11-18", None, None, "논문 게재"),
    ("*2024.05*: Paper accepted", "2024-05", None, None, "Paper accepted"),
    ("[2024.05] Paper accepted", "2024-05", None, None, "Paper accepted"),
    ("2024.05.18 Paper accepted", "2024-05-18", None, None, "Paper accepted"),
    ("Paper accepted (05/2024)", "2024-05", None, None, "Paper accepted"),
    ("🔥 [2025/01] Paper accepted", "2025-01", None, None, "Paper accepted"),
]  # fmt: skip


@pytest.mark.parametrize(("item", "start", "end", "location", "title"), DATED_ITEMS)
def test_more_dated_items(item, start, end, location, title):
    _, events, reporter = parse(f"## News\n- {item}\n")
    assert reporter.problems == []
    (event,) = events
    assert (event.span.start_iso, event.span.end_iso) == (start, end)
    assert (event.location, event.title) == (location, title)


def test_a_range_over_new_year_under_a_year_heading_ends_next_year():
    _, events, _ = parse("## News\n### 2023\n- Winter school (Dec 30--Jan 2)\n")
    assert (events[0].span.start_iso, events[0].span.end_iso) == ("2023-12-30", "2024-01-02")


def test_a_conference_year_does_not_date_a_label_paren():
    # "(Oral)" is no place, and "ICML 2023" without a comma before it is no date ending.
    _, events, _ = parse("## News\n- Paper at ICML 2023 (Oral)\n")
    assert events[0].span is None


def test_a_presentation_form_after_a_trailing_date_is_a_note_not_a_place():
    _, events, _ = parse("## News\n- Paper accepted to ICML, July 2023 (Spotlight)\n")
    (event,) = events
    assert (event.span.start_iso, event.location, event.note) == ("2023-07", None, "Spotlight")


@pytest.mark.parametrize(
    ("item", "title"),
    [
        (  # short arXiv names are the papers; the talk-show link is not their title
            "- 2025-03: [Foo](https://arxiv.org/abs/2501.00001) and "
            "[Bar](https://arxiv.org/abs/2502.00002) accepted at ICML. "
            "Covered by [A Weekly Science Podcast](https://podcast.example/ep1).",
            "Foo and Bar accepted at ICML",
        ),
        (  # no arXiv link: a title-like link still names the paper
            "- **Paper**: [Learning Many Things Fast](https://x.example/p) "
            "was accepted at ICML (Mar 2025).",
            "Learning Many Things Fast",
        ),
        (  # no label: the item's own words, without the pointer to the blog post
            "- 2025-03: Paper [Learning Many Things Fast](https://arxiv.org/abs/2501.00001) "
            "accepted; see [Our Lab Blog Post](https://blog.example/).",
            "Paper Learning Many Things Fast accepted",
        ),
    ],
)
def test_a_paper_title_comes_from_the_arxiv_links_when_there_are_any(item, title):
    _, events, _ = parse("## News\n" + item + "\n")
    assert [e.title for e in events] == [title]


@pytest.mark.parametrize(
    ("line", "title", "status"),
    [
        ("- **Apr 2026** Talk at KAIST (cancelled)", "Talk at KAIST", "cancelled"),
        ("- **Apr 2026** Talk at KAIST (postponed)", "Talk at KAIST", "postponed"),
        ("- [Apr 2026] Seminar in Oslo (canceled)", "Seminar in Oslo", "cancelled"),
        ("- **Apr 2026** Talk at KAIST (with Ann Lee)", "Talk at KAIST", "confirmed"),
    ],
)
def test_a_status_after_a_leading_date_is_read(tmp_path, line, title, status) -> None:
    """A talk called off keeps its status when the item opens with its date (it was
    published as confirmed, "(cancelled)" left in the title)."""
    page = tmp_path / "index.md"
    page.write_text(f"## News\n\n{line}\n", encoding="utf-8")
    _, (event,) = parse_page(page)
    assert (event.title, event.status) == (title, status)
