"""Date forms real homepages write (issue 8, probe corpora C1/C2): spaced separators,
leading and trailing dates together, a date before a number, venue tags, seasons, dates
inside a sentence, and day-first numeric dates read one way per page.

Every expectation is written here from the input text.
"""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page
from feeds.parse.dates import match_prefix, parse_date
from feeds.parse.dates.venue_tag import venue_year

D = dt.date

# text → start, end, precision, ranged
FORMS = [
    # B: spaces around the separator of a numeric date
    ("05 / 2025", D(2025, 5, 1), D(2025, 5, 31), "month", False),
    ("5 / 2025", D(2025, 5, 1), D(2025, 5, 31), "month", False),
    ("12 /2024", D(2024, 12, 1), D(2024, 12, 31), "month", False),
    ("05 / 12 / 2025", D(2025, 5, 12), D(2025, 5, 12), "day", False),
    ("20 / 05 / 2020", D(2020, 5, 20), D(2020, 5, 20), "day", False),
    ("2025 / 05", D(2025, 5, 1), D(2025, 5, 31), "month", False),
    ("2025 / 05 / 12", D(2025, 5, 12), D(2025, 5, 12), "day", False),
    ("2025 /11", D(2025, 11, 1), D(2025, 11, 30), "month", False),
    # F/I: a season gives the year; the span keeps the season's months for ordering
    ("Fall 2026", D(2026, 9, 1), D(2026, 11, 30), "year", False),
    ("Summer 2022", D(2022, 6, 1), D(2022, 8, 31), "year", False),
    ("Spring 2021", D(2021, 3, 1), D(2021, 5, 31), "year", False),
    ("Autumn 2019", D(2019, 9, 1), D(2019, 11, 30), "year", False),
    ("Winter 2020", D(2020, 12, 1), D(2021, 2, 28), "year", False),
    ("Spring '23", D(2023, 3, 1), D(2023, 5, 31), "year", False),
    ("Fall’19", D(2019, 9, 1), D(2019, 11, 30), "year", False),
    ("Spring, 2023", D(2023, 3, 1), D(2023, 5, 31), "year", False),
    ("Fall semester 2024", D(2024, 9, 1), D(2024, 11, 30), "year", False),
    ("Spring term 2025", D(2025, 3, 1), D(2025, 5, 31), "year", False),
    ("verano 2023", D(2023, 6, 1), D(2023, 8, 31), "year", False),
    ("otoño de 2022", D(2022, 9, 1), D(2022, 11, 30), "year", False),
    ("primavera 2024", D(2024, 3, 1), D(2024, 5, 31), "year", False),
    ("invierno 2021", D(2021, 12, 1), D(2022, 2, 28), "year", False),
    ("été 2023", D(2023, 6, 1), D(2023, 8, 31), "year", False),
    ("Printemps 2024", D(2024, 3, 1), D(2024, 5, 31), "year", False),
    ("automne 2022", D(2022, 9, 1), D(2022, 11, 30), "year", False),
    ("hiver 2021", D(2021, 12, 1), D(2022, 2, 28), "year", False),
    ("Sommer 2023", D(2023, 6, 1), D(2023, 8, 31), "year", False),
    ("Herbst 2022", D(2022, 9, 1), D(2022, 11, 30), "year", False),
    ("Frühjahr 2024", D(2024, 3, 1), D(2024, 5, 31), "year", False),
    ("Frühling 2024", D(2024, 3, 1), D(2024, 5, 31), "year", False),
    ("Sommersemester 2023", D(2023, 6, 1), D(2023, 8, 31), "year", False),
    ("verão de 2023", D(2023, 6, 1), D(2023, 8, 31), "year", False),
    ("outono 2022", D(2022, 9, 1), D(2022, 11, 30), "year", False),
    ("autunno 2022", D(2022, 9, 1), D(2022, 11, 30), "year", False),
    # J: a month, a comma and an ordinal day; "12th of October"
    ("October, 12th  2021", D(2021, 10, 12), D(2021, 10, 12), "day", False),
    ("October, 12th, 2021", D(2021, 10, 12), D(2021, 10, 12), "day", False),
    ("12th of October 2021", D(2021, 10, 12), D(2021, 10, 12), "day", False),
    ("1st of March, 2022", D(2022, 3, 1), D(2022, 3, 1), "day", False),
    ("Oct. 12th, 2021", D(2021, 10, 12), D(2021, 10, 12), "day", False),
    ("12th October 2021", D(2021, 10, 12), D(2021, 10, 12), "day", False),
]


@pytest.mark.parametrize(("text", "start", "end", "precision", "ranged"), FORMS)
def test_date_forms_of_real_pages(text, start, end, precision, ranged):
    span = parse_date(text)
    assert span is not None, text
    assert (span.start, span.end, span.precision.value, span.ranged) == (
        start,
        end,
        precision,
        ranged,
    )


@pytest.mark.parametrize(
    "text",
    [
        "13 / 2025",
        "2025 / 13",
        "2024 / 2025",
        "5 / 12",
        "real estate",
        "Winter",
        "Fall 23",
        "of October 2021",
    ],
)
def test_look_alikes_are_not_these_dates(text):
    span = parse_date(text)
    assert span is None or (span.precision.value == "year" and text == "2024 / 2025"), text


# D: a number after a leading date is the text's, unless it has the shape of a time.
@pytest.mark.parametrize(
    ("text", "start", "hour", "rest"),
    [
        ("2024.10 2 new patent applications filed", "2024-10", None, "2 new patent"),
        ("2024.10 2 amazing papers", "2024-10", None, "2 amazing papers"),
        ("Aug 2024 12 students joined", "2024-08", None, "12 students joined"),
        ("Nov 18, 2022 3pm: Talk at MIT", "2022-11-18", dt.time(15), "Talk at MIT"),
        ("Nov 18, 2022, 3-5 p.m.: Talk at MIT", "2022-11-18", dt.time(15), "Talk at MIT"),
        ("Nov 18, 2022 15:30 Talk at MIT", "2022-11-18", dt.time(15, 30), "Talk at MIT"),
    ],
)
def test_a_number_after_a_leading_date_is_no_hour(text, start, hour, rest):
    found = match_prefix(text)
    assert found is not None, text
    assert (found.span.start_iso, found.span.start_time) == (start, hour)
    assert text[found.end :].startswith(rest)


@pytest.mark.parametrize(
    ("body", "year"),
    [
        ("SEG. 2025", 2025),
        ("ICML 2025", 2025),
        ("NeurIPS'24", 2024),
        ("CVPR 2023 Highlight", 2023),
        ("ACL 2024 Findings, Oral", 2024),
        ("May 2024", None),  # a date, not a venue
        ("Fall 2024", None),
        ("2024.05", None),
        ("Apr 2026, Korea", None),
        ("ICML 2024/2025", None),
        ("Paper", None),
        ("one two three four five six 2024", None),
    ],
)
def test_the_year_of_a_venue_tag(body, year):
    assert venue_year(body) == year


def read(text: str, name: str = "index.md", language: str | None = None):
    """(title, start, precision, type) of each item of the page ``text``, and the reporter."""
    reporter = Reporter(quiet=True, verbose=True)
    extra = {"language": language} if language else {}
    _, events = parse_page(
        Path(name), text=textwrap.dedent(text), reporter=reporter, site_root="https://x.org/",
        **extra,
    )  # fmt: skip
    rows = [
        (e.title, e.span.start_iso if e.span else None, e.span.precision.value if e.span else None,
         e.type)
        for e in events
    ]  # fmt: skip
    return rows, reporter


# One page per form: what a reader expects of each item (title, date, precision, type).
ITEMS = {
    "B: spaced month/year in a table row": (
        """\
        <h2>Highlights and News</h2>
        <table>
        <tr><td>05 / 2025 </td><td> Thanks to the Example Fund for the seed award! </td></tr>
        <tr><td>2024 / 11</td><td>Gave an invited talk at the Widget Institute</td></tr>
        <tr><td>03 / 14 / 2024</td><td>Our paper on widgets was accepted to WIDG</td></tr>
        </table>
        """,
        [
            ("Thanks to the Example Fund for the seed award", "2025-05", "month", "award"),
            ("Gave an invited talk at the Widget Institute", "2024-11", "month", "talk"),
            ("Our paper on widgets was accepted to WIDG", "2024-03-14", "day", "paper"),
        ],
    ),
    "B: spaced separators in a list": (
        """\
        ## News
        - 05 / 2025: Received the seed award.
        - 2025 / 04 / 03: Joined the Widget Lab as a postdoc.
        """,
        [
            ("Received the seed award", "2025-05", "month", "award"),
            ("Joined the Widget Lab as a postdoc", "2025-04-03", "day", "position"),
        ],
    ),
    "C: a year repeating the leading month's year stays in the title": (
        """\
        # News
        - *2024.01*: One paper is accepted by **WJ** in 2024.
        - [Mar 2023] Our widget study will appear in 2023.
        - **2022.07**: Our paper on gears is accepted, 2022.
        """,
        [
            ("One paper is accepted by WJ in 2024", "2024-01", "month", "paper"),
            ("Our widget study will appear in 2023", "2023-03", "month", "paper"),
            ("Our paper on gears is accepted, 2022", "2022-07", "month", "paper"),
        ],
    ),
    "C: a trailing date inside a leading year refines it, a leading month stays": (
        """\
        ## News
        - **Nov 2022**: Gave a talk at the Widget Institute (Nov 18, 2022)
        - 2023: Gave a talk at the Gear Lab (March 2023)
        """,
        [
            ("Gave a talk at the Widget Institute", "2022-11", "month", "talk"),
            ("Gave a talk at the Gear Lab", "2023-03", "month", "talk"),
        ],
    ),
    "D: a date before text that opens with a number": (
        """\
        ## News
        <ul>
          <li>
            <span class="news-date">2024.10</span>
            <span>2 new patent applications filed</span>
          </li>
        </ul>

        - 2024.09.05 3 papers accepted at WIDG
        - Aug 2024 2 students joined the lab
        - 2024/07 10 new widgets released
        """,
        [
            ("2 new patent applications filed", "2024-10", "month", "news"),
            ("3 papers accepted at WIDG", "2024-09-05", "day", "paper"),
            ("2 students joined the lab", "2024-08", "month", "position"),
            ("10 new widgets released", "2024-07", "month", "news"),
        ],
    ),
    "E: a venue tag with a year dates the item and is no kind label": (
        """\
        ## News
        - **[SEG. 2025]** Our journal paper accepted in Example Journal.
        - **[ICML 2025]** Our paper on widgets is accepted.
        - [NeurIPS'24] Our paper on gears is accepted.
        - <strong>[CVPR 2023 Highlight]</strong> Our paper on cogs is accepted.
        - **[WIDG 2025]** Our paper on bolts is accepted (May 2, 2025)
        """,
        [
            ("Our journal paper accepted in Example Journal", "2025", "year", "paper"),
            ("Our paper on widgets is accepted", "2025", "year", "paper"),
            ("Our paper on gears is accepted", "2024", "year", "paper"),
            ("Our paper on cogs is accepted", "2023", "year", "paper"),
            ("Our paper on bolts is accepted", "2025-05-02", "day", "paper"),
        ],
    ),
    "E: a month heading is more precise than a venue tag": (
        """\
        ## News
        ### May 2025
        - **[ICML 2025]** Our paper on widgets is accepted.
        """,
        [("Our paper on widgets is accepted", "2025-05", "month", "paper")],
    ),
    "F/I: seasons give the year": (
        """\
        ## News
        - __Fall 2026:__ Joined the Widget Lab as a visiting student.
        - *Summer 2022:* Started an internship at Gear Works.
        - Spring '23: Our paper on cogs is accepted.
        - **Winter 2020** Gave a talk at the Bolt Institute
        """,
        [
            ("Joined the Widget Lab as a visiting student", "2026", "year", "position"),
            ("Started an internship at Gear Works", "2022", "year", "position"),
            ("Our paper on cogs is accepted", "2023", "year", "paper"),
            ("Gave a talk at the Bolt Institute", "2020", "year", "talk"),
        ],
    ),
    "J: a day date inside the last sentence": (
        """\
        ## News
        - The next summer school is planned on October, 12th  2021.
        - Registration is open. The workshop takes place on Oct. 12th, 2022 in the library.
        - Our retreat, on the 3rd of March 2023, was a success.
        """,
        [
            ("The next summer school is planned", "2021-10-12", "day", "event"),  # date ends it
            ("Registration is open", "2022-10-12", "day", "event"),  # title: the first sentence
            ("Our retreat, on the 3rd of March 2023, was a success", "2023-03-03", "day", "event"),
        ],
    ),
    "J: a month inside the item when its last sentence has no date": (
        """\
        ## News
        - The next widget conference is in Lyon, in July 2022. The lab plans a hub. See you.
        - Talks are on Oct 1, 2021 and Nov 1, 2021. Our workshop is on Nov 2, 2021 at noon.
        """,
        [
            ("The next widget conference is in Lyon, in July 2022", "2022-07", "month", "event"),
            ("Talks are on Oct 1, 2021 and Nov 1, 2021", "2021-11-02", "day", "talk"),
        ],
    ),
    "J: under a year heading, a day without a year inside the item": (
        """\
        ## News
        ### 2017
        - Gave a keynote at the [Widget Days](https://w.org), June 7-9 at the Gear Institute.
        - We may 3 times a year meet the Bolt Lab.
        """,
        [
            ("Gave a keynote at the Widget Days, June 7-9 at the Gear Institute", "2017-06-07",
             "day", "talk"),
            ("We may 3 times a year meet the Bolt Lab", "2017", "year", "news"),
        ],
    ),
    "J: two dates in the sentence, or one outside the heading's year, do not date it": (
        """\
        ## News
        - Abstracts are due Oct 1, 2021 and papers are due Nov 1, 2021 for the workshop.
        ### 2023
        - Our retreat, held on the 3rd of March 2021 as every year, was a success.
        """,
        [
            ("Abstracts are due Oct 1, 2021 and papers are due Nov 1, 2021 for the workshop",
             None, None, "paper"),
            ("Our retreat, held on the 3rd of March 2021 as every year, was a success", "2023",
             "year", "event"),
        ],
    ),
}  # fmt: skip


@pytest.mark.parametrize("name", ITEMS)
def test_items_of_real_pages_are_dated(name):
    text, expected = ITEMS[name]
    rows, _ = read(text)
    assert len(rows) == len(expected), rows
    assert [r[1:3] for r in rows] == [e[1:3] for e in expected]
    assert [r[3] for r in rows] == [e[3] for e in expected]
    assert [r[0] for r in rows] == [e[0] for e in expected]


# H: one reading of ambiguous numeric dates per page.
READINGS = {
    "a date that can only be day first makes the page day first": (
        """\
        ## News
        - 14/06/2021: Joined a startup as an intern.
        - 09/04/2021: Got an offer for a PhD position.
        - 11/12/2020: Gave a talk at the Widget Institute.
        - 12/03/2020: Our paper on gears is accepted.
        - 20/05/20: Our paper on cogs is accepted.
        - 03/02/20: Received a travel award.
        """,
        "en",
        ["2021-06-14", "2021-04-09", "2020-12-11", "2020-03-12", "2020-05-20", "2020-02-03"],
        "day first",
    ),
    "all ambiguous, default language: month first": (
        """\
        ## News
        - 11/12/2020: Gave a talk at the Widget Institute.
        - 12/03/2020: Our paper on gears is accepted.
        - 03/02/20: Received a travel award.
        """,
        "en",
        ["2020-11-12", "2020-12-03", "2020-03-02"],
        "month first",
    ),
    "all ambiguous, en-US: month first": (
        "## News\n- 11/12/2020: Gave a talk at the Widget Institute.\n",
        "en-US",
        ["2020-11-12"],
        "month first",
    ),
    "all ambiguous, a day-first language: day first": (
        """\
        ## News
        - 11/12/2020: Gave a talk at the Widget Institute.
        - 03/02/20: Received a travel award.
        """,
        "fr",
        ["2020-12-11", "2020-02-03"],
        "day first",
    ),
    "en-GB reads day first": (
        "## News\n- 11/12/2020: Gave a talk at the Widget Institute.\n",
        "en_GB",
        ["2020-12-11"],
        "day first",
    ),
    "a date that can only be month first keeps the page month first": (
        """\
        ## News
        - 05/20/2020: Joined a startup as an intern.
        - 11/12/2020: Gave a talk at the Widget Institute.
        """,
        "en",
        ["2020-05-20", "2020-11-12"],
        "month first",
    ),
    "spaced and trailing numeric dates follow the page too": (
        """\
        ## News
        - Gave a talk at the Widget Institute (13 / 03 / 2020)
        - Gave a talk at the Gear Lab (02 / 03 / 2020)
        """,
        "en",
        ["2020-03-13", "2020-03-02"],
        "day first",
    ),
}


@pytest.mark.parametrize("name", READINGS)
def test_one_numeric_reading_per_page(name):
    text, language, starts, order = READINGS[name]
    rows, reporter = read(text, language=language)
    assert [r[1] for r in rows] == starts
    assert {r[2] for r in rows} == {"day"}
    notes = [p.message for p in reporter.problems if p.severity == "info"]
    assert len(notes) == 1 and f"read {order}" in notes[0], notes


def test_a_page_without_numeric_dates_says_nothing_of_a_reading():
    rows, reporter = read("## News\n- Gave a talk at MIT (Nov 18, 2022)\n- 2022.10: x\n")
    assert [r[1] for r in rows] == ["2022-11-18", "2022-10"]
    assert not [p for p in reporter.problems if p.severity == "info"]


def test_the_reading_is_said_in_verbose_output_of_the_cli(tmp_path):
    from click.testing import CliRunner

    from feeds.cli import main

    site = tmp_path / "site"
    site.mkdir()
    (site / "index.md").write_text(
        "# Me\n\n## News\n\n- 20/05/2020: Paper accepted.\n- 11/12/2020: Talk at MIT.\n",
        encoding="utf-8",
    )
    build = ["build", "--content", str(site), "--out", str(tmp_path / "out")]
    build += ["--now", "2022-11-10", "--site-url", "https://me.org/"]
    result = CliRunner().invoke(main, [*build, "-v"])
    assert result.exit_code == 0, result.output
    assert "index.md: info: numeric dates read day first" in result.stderr
    assert "numeric dates read" not in CliRunner().invoke(main, build).stderr
    listed = CliRunner().invoke(main, ["list", "--json", "--content", str(site)])
    starts = [item["start"] for item in json.loads(listed.stdout)]
    assert starts == ["2020-05-20", "2020-12-11"]  # page order; 11/12 read day first


def test_the_sites_language_reads_an_all_ambiguous_page(tmp_path):
    from click.testing import CliRunner

    from feeds.cli import main

    site = tmp_path / "site"
    site.mkdir()
    (site / "index.md").write_text("# Me\n\n## News\n\n- 11/12/2020: Talk at MIT.\n", "utf-8")
    (site / "_config.yml").write_text("url: https://me.org\nlang: en-GB\n", "utf-8")
    listed = CliRunner().invoke(main, ["list", "--json", "--content", str(site)])
    assert [item["start"] for item in json.loads(listed.stdout)] == ["2020-12-11"]
    (site / "_config.yml").write_text("url: https://me.org\nlang: en-US\n", "utf-8")
    listed = CliRunner().invoke(main, ["list", "--json", "--content", str(site)])
    assert [item["start"] for item in json.loads(listed.stdout)] == ["2020-11-12"]


def test_a_page_without_ambiguous_numeric_dates_says_nothing_of_a_reading():
    rows, reporter = read("## News\n- 20/05/2020: Talk at MIT\n- 05/21/2020: Talk at CMU\n")
    assert [r[1] for r in rows] == ["2020-05-20", "2020-05-21"]
    assert not [p for p in reporter.problems if p.severity == "info"]
