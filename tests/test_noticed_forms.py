"""Forms noticed while testing and left until now (issue 8): each row is an item written
for this test in the form people use; `feeds list --json` is read back with the json module
and checked against what a reader sees in the row (date, end, precision, type, title)."""

from __future__ import annotations

import json
from pathlib import Path

import html5lib
import pytest

from tests.cli_run import feeds


def listed(tmp_path: Path, news: str, name: str = "index.md") -> list[dict]:
    folder = tmp_path / "site"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(news, encoding="utf-8")
    ran = feeds("list", "--content", str(folder), "--json", "--site-url", "https://me.org/")
    assert ran.returncode == 0, ran.stderr
    return json.loads(ran.stdout)


# A bold date holding a range's start, the range's end written after a dash or "to".
BOLD_RANGE_STARTS = [
    # (item under "### 2022", start, end, title)
    ("**Nov 18** - Dec 2: Visit to MIT", "2022-11-18", "2022-12-02", "Visit to MIT"),
    ("**Nov 18** – **Dec 2**: Visit to Yale", "2022-11-18", "2022-12-02", "Visit to Yale"),
    ("**Nov 18, 2022** - Dec 2, 2022: Stay at CMU", "2022-11-18", "2022-12-02", "Stay at CMU"),
    ("**Nov 18** - 20: Workshop at Brown", "2022-11-18", "2022-11-20", "Workshop at Brown"),
    ("**Dec 28** - Jan 3: School in Davos", "2022-12-28", "2023-01-03", "School in Davos"),
    ("**Nov 18** to Dec 2: Visit to Rice", "2022-11-18", "2022-12-02", "Visit to Rice"),
    ("**18 Nov** - 2 Dec: Visit to ETH", "2022-11-18", "2022-12-02", "Visit to ETH"),
    ("**Nov 2022** - Jan 2023: Visiting Stanford", "2022-11", "2023-01", "Visiting Stanford"),
    ("**Nov** - Dec: Visiting Harvard", "2022-11", "2022-12", "Visiting Harvard"),
    # no range: what follows the dash is the item's words
    ("**Nov 18** - 2 papers accepted at AAAI", "2022-11-18", None, "2 papers accepted at AAAI"),
    ("**Nov 18** - Talk at MIT", "2022-11-18", None, "Talk at MIT"),
    ("**Nov 18** - May the best team win", "2022-11-18", None, "May the best team win"),
]


@pytest.mark.parametrize(("item", "start", "end", "title"), BOLD_RANGE_STARTS)
def test_a_range_ends_after_a_bold_start(tmp_path, item, start, end, title):
    (one,) = listed(tmp_path, f"# Me\n\n## News\n\n### 2022\n\n- {item}\n")
    assert (one["start"], one["end"], one["title"]) == (start, end, title)


# A season without a year opening an item under a year heading is that season's date,
# not the item's kind label.
SEASONS_UNDER_A_YEAR = [
    # (item under "### 2022", type, title)
    ("Spring: Talk at MIT", "talk", "Talk at MIT"),
    ("**Fall:** Paper accepted at ICML", "paper", "Paper accepted at ICML"),
    ("**Fall semester**: Teaching a course on boats", "news", "Teaching a course on boats"),
    ("[Summer] Internship at Google", "position", "Internship at Google"),
    ("Winter: Visiting ETH", "event", "Visiting ETH"),
    ("Sommer: Forschungsaufenthalt in Wien", "news", "Forschungsaufenthalt in Wien"),
    ("Otoño: Charla en Madrid", "talk", "Charla en Madrid"),
]


@pytest.mark.parametrize(("item", "type_", "title"), SEASONS_UNDER_A_YEAR)
def test_a_season_opening_an_item_under_a_year_is_its_date(tmp_path, item, type_, title):
    (one,) = listed(tmp_path, f"# Me\n\n## News\n\n### 2022\n\n- {item}\n")
    assert (one["start"], one["precision"], one["kind"]) == ("2022", "year", None)
    assert (one["type"], one["title"]) == (type_, title)


def test_a_season_word_opening_a_sentence_stays_its_words(tmp_path):
    page = "# Me\n\n## News\n\n### 2022\n\n- Spring School on boats was great\n"
    (one,) = listed(tmp_path, page)
    assert (one["start"], one["kind"], one["title"]) == (
        "2022",
        None,
        "Spring School on boats was great",
    )


# A citation whose authors are links or bold (the page owner's own name) is titled by
# its paper's title, linked or quoted, not by the authors.
CITATIONS = [
    # (item under "### 2022", title, kind)
    (
        "[Ann Author](https://a.org), Bob Writer. [A model of toy boats](https://x.org/1). ICML.",
        "A model of toy boats",
        None,
    ),
    (
        "[Ann Author](https://a.org) and [Bob Writer](https://b.org). "
        "[Toy cars on roads](https://x.org/3). AAAI.",
        "Toy cars on roads",
        None,
    ),
    (
        "**A. Author**, [B. Writer](https://b.org), and C. Coder. "
        "[Toy boats at sea](https://x.org/2). NeurIPS 2022.",
        "Toy boats at sea",
        None,
    ),
    ('A. Author, B. Writer, "A model of toy trains", ICML 2022', "A model of toy trains", None),
    (
        "[A. Author](https://a.org), B. Writer, “A model of toy planes.” In ICML, 2022.",
        "A model of toy planes",
        None,
    ),
    ('**Ann Author** and Bob Writer, "Boats that float well", AAAI', "Boats that float well", None),
    # not a citation: a bold label, then a sentence
    ("**Talk** at MIT on toy boats", "MIT on toy boats", "Talk"),
    ("**Award** Best paper award at ICML", "Best paper award at ICML", "Award"),
]


@pytest.mark.parametrize(("item", "title", "kind"), CITATIONS)
def test_a_citation_is_titled_by_its_paper_not_its_authors(tmp_path, item, title, kind):
    (one,) = listed(tmp_path, f"# Me\n\n## News\n\n### 2022\n\n- {item}\n")
    assert (one["title"], one["kind"]) == (title, kind)


def built_items(tmp_path: Path, news: str) -> list[dict]:
    folder = tmp_path / "site"
    folder.mkdir(exist_ok=True)
    (folder / "index.md").write_text(news, encoding="utf-8")
    out = tmp_path / "out"
    args = ("--content", str(folder), "--out", str(out), "--now", "2026-11-26")
    ran = feeds("build", *args, "--site-url", "https://me.org/")
    assert ran.returncode == 0, ran.stderr
    return json.loads((out / "feed.json").read_text(encoding="utf-8"))["items"]


def meta_box(meta: str, body: str) -> str:
    return f'<article class="news"><div class="meta">{meta}</div>{body}</article>\n\n'


# A box opening with a meta line (a date, maybe a tag) publishes its body as a reader sees
# it: punctuation between elements and the body's own marks kept; a tag wrapped in blocks
# is still the tag, and the body is not lost.
META_BOXES = [
    # (meta line, body, title, kind, words of the content, bold words)
    (
        '<span class="date">May 2024</span><span class="tag">Paper</span>',
        "Our work on <b>robots</b>.",
        "Our work on robots",
        "Paper",
        "Our work on robots.",
        ["robots"],
    ),
    (
        '<span class="date">April 2024</span>',
        "A talk at MIT on <b>robots</b>, then <i>boats</i>!",
        "A talk at MIT on robots, then boats",
        None,
        "A talk at MIT on robots, then boats!",
        ["robots"],
    ),
    (
        '<span class="date">March 2024</span><div><p>Paper</p></div>',
        "<p>Our work on boats was accepted.</p>",
        "Our work on boats was accepted",
        "Paper",
        "Our work on boats was accepted.",
        [],
    ),
    (
        '<div><p>Feb 2024</p></div><div><p class="tag">Talk</p></div>',
        "<p>Gave a talk on boats at Yale.</p>",
        "Gave a talk on boats at Yale",
        "Talk",
        "Gave a talk on boats at Yale.",
        [],
    ),
]


@pytest.mark.parametrize(("meta", "body", "title", "kind", "said", "bold"), META_BOXES)
def test_a_meta_line_box_publishes_its_body_as_seen(tmp_path, meta, body, title, kind, said, bold):
    page = f"# Me\n\n## News\n\n{meta_box(meta, body)}## Teaching\n\nA course.\n"
    (one,) = listed(tmp_path, page)
    assert (one["title"], one["kind"]) == (title, kind)
    (item,) = built_items(tmp_path, page)
    shown = html5lib.parseFragment(
        item["content_html"], treebuilder="etree", namespaceHTMLElements=False
    )
    text = " ".join("".join(shown.itertext()).split())
    assert text.endswith(said)
    strong = [e.text for e in shown.iter() if e.tag in ("b", "strong")]
    assert all(word in strong for word in bold)


def run(tmp_path: Path, news: str):
    folder = tmp_path / "site"
    folder.mkdir(exist_ok=True)
    (folder / "index.md").write_text(news, encoding="utf-8")
    return feeds("list", "--content", str(folder), "--json", "--site-url", "https://me.org/")


# What says news is still to come is no news: an item that is only that, and what is
# written under a heading that says it, is left out with a warning naming its line.
STILL_TO_COME = [
    "TBA",
    "Coming soon!",
    "待补充",
    "More news soon...",
    "To be announced.",
    "Stay tuned",
]


@pytest.mark.parametrize("said", STILL_TO_COME)
def test_an_item_saying_news_is_to_come_is_left_out(tmp_path, said):
    page = f"# Me\n\n## News\n\n- {said}\n- Gave a talk at MIT (Nov 18, 2022)\n"
    ran = run(tmp_path, page)
    assert ran.returncode == 0, ran.stderr
    assert [(i["title"], i["type"]) for i in json.loads(ran.stdout)] == [
        ("Gave a talk at MIT", "talk")
    ]
    assert "index.md:5: warning:" in ran.stderr and said in ran.stderr


@pytest.mark.parametrize("heading", ["待补充", "Coming soon", "TBA", "Demnächst"])
def test_what_is_written_under_a_to_come_heading_is_left_out(tmp_path, heading):
    page = (
        "---\ntitle: News\n---\n\n## 2022\n\n- Gave a talk at MIT (Nov 18, 2022)\n\n"
        f"## {heading}\n\n- Talks, students and code releases will be added here.\n\n"
        "## 2021\n\n- Paper accepted at ICML\n"
    )
    ran = run(tmp_path, page)
    assert ran.returncode == 0, ran.stderr
    got = [(i["title"], i["start"], i["type"]) for i in json.loads(ran.stdout)]
    assert got == [
        ("Gave a talk at MIT", "2022-11-18", "talk"),
        ("Paper accepted at ICML", "2021", "paper"),
    ]
    assert "index.md:11: warning:" in ran.stderr


def test_a_word_of_to_come_inside_an_item_keeps_it(tmp_path):
    page = "# Me\n\n## News\n\n- Talk at MIT, room TBA (Nov 18, 2022)\n"
    (one,) = json.loads(run(tmp_path, page).stdout)
    assert (one["start"], one["type"]) == ("2022-11-18", "talk")


def test_two_talks_of_one_day_shown_in_their_month_are_reported_as_lookalikes(tmp_path):
    page = (
        "# Me\n\n## News\n\n"
        "- **Nov 2022** Invited talk at [MIT](https://mit.edu/s) (Nov 18, 2022)\n"
        "- **Nov 2022** Invited talk at [MIT](https://mit.edu/s) on boats (Nov 18, 2022)\n"
        "- **Dec 2022** Invited talk at [Yale](https://yale.edu/s) (Dec 5, 2022)\n"
        "- **Dec 2022** Invited talk at [Yale](https://yale.edu/s) on trains (Dec 12, 2022)\n"
    )
    ran = run(tmp_path, page)
    assert ran.returncode == 0, ran.stderr
    assert [i["start"] for i in json.loads(ran.stdout)] == ["2022-11"] * 2 + ["2022-12"] * 2
    said = [line for line in ran.stderr.splitlines() if "the same item twice?" in line]
    assert len(said) == 1 and "index.md:6: warning:" in said[0] and "index.md:5" in said[0]


# A range of months in words, opened by "from"/"de"/"von" and joined by the language's
# "to", and ranges of numeric dates: dated as the range, the range cut from the title.
RANGES = [
    # (item, start, end, title)
    (
        "From February to May 2024: Research stay at UPF",
        "2024-02",
        "2024-05",
        "Research stay at UPF",
    ),
    ("De février à mai 2024 : Séjour de recherche", "2024-02", "2024-05", "Séjour de recherche"),
    ("De febrero a mayo de 2024: Estancia en Lisboa", "2024-02", "2024-05", "Estancia en Lisboa"),
    ("Februar bis Mai 2024: Forschungsaufenthalt", "2024-02", "2024-05", "Forschungsaufenthalt"),
    ("Da febbraio a maggio 2024: Visita a Roma", "2024-02", "2024-05", "Visita a Roma"),
    (
        "Research stay at UPF from February to May 2024",
        "2024-02",
        "2024-05",
        "Research stay at UPF",
    ),
    ("08-09/2024: Visiting CMU", "2024-08", "2024-09", "Visiting CMU"),
    ("08/2024 - 09/2024: Visiting CMU", "2024-08", "2024-09", "Visiting CMU"),
    ("08.2024-09.2024: Visiting Brown", "2024-08", "2024-09", "Visiting Brown"),
    ("11/2024 – 02/2025: Visiting Rice", "2024-11", "2025-02", "Visiting Rice"),
    ("Talk at MIT, 5/3/2022 - 5/6/2022", "2022-05-03", "2022-05-06", "Talk at MIT"),
    ("Visit to ETH, 03.05.2022 - 06.05.2022", "2022-05-03", "2022-05-06", "Visit to ETH"),
    ("Workshop at CMU, 5/3-5/6/2022", "2022-05-03", "2022-05-06", "Workshop at CMU"),
    ("03.05.-06.05.2022: Workshop in Wien", "2022-05-03", "2022-05-06", "Workshop in Wien"),
    ("18-20/11/2024: Workshop in Lyon", "2024-11-18", "2024-11-20", "Workshop in Lyon"),
    ("18.-20.11.2024: Tagung in Bonn", "2024-11-18", "2024-11-20", "Tagung in Bonn"),
    ("Visit to Yale, 25/3/2022 - 2/4/2022", "2022-03-25", "2022-04-02", "Visit to Yale"),
    # one date: as before
    ("08/2024: Visiting CMU", "2024-08", None, "Visiting CMU"),
    ("Talk at MIT, 5/3/2022", "2022-05-03", None, "Talk at MIT"),
]


@pytest.mark.parametrize(("item", "start", "end", "title"), RANGES)
def test_a_range_in_words_or_numbers_is_the_items_span(tmp_path, item, start, end, title):
    (one,) = listed(tmp_path, f"# Me\n\n## News\n\n- {item}\n")
    assert (one["start"], one["end"], one["title"]) == (start, end, title)


# A date line whose only text is a link to more news is no item of that date: the link
# is followed as the "more news" link it is.
DATED_MORE_LINKS = [
    "<p><b>June 2024</b></p>\n<p>Gave a talk at MIT.</p>\n<p><b>May 2024</b></p>\n"
    '<p><a href="/news.html">All news</a></p>\n',
    "- **June 2024** Gave a talk at MIT.\n- **May 2024** [All news](/news.html)\n",
    "- **June 2024** Gave a talk at MIT.\n- **May 2024** [Older news →](/news/)\n",
]


@pytest.mark.parametrize("news", DATED_MORE_LINKS)
def test_a_dated_line_holding_only_a_more_news_link_is_no_item(tmp_path, news):
    items = listed(tmp_path, f"# Me\n\n## News\n\n{news}")
    assert [(i["start"], i["title"], i["type"]) for i in items] == [
        ("2024-06", "Gave a talk at MIT", "talk")
    ]


def test_a_dated_line_linking_its_own_news_stays_an_item(tmp_path):
    news = "- **May 2024** [Our paper on boats](/news/boats.html) is out\n"
    (one,) = listed(tmp_path, f"# Me\n\n## News\n\n{news}")
    assert (one["start"], one["title"], one["type"]) == (
        "2024-05",
        "Our paper on boats is out",
        "paper",
    )


# More ways to write an item's date: a trailing date in square brackets, an open end
# ("– present"), a word of when in the period ("Early 2024", "late 2023"), the year
# before the month and day ("2024 May 3"), and more glue before a trailing date.
MORE_DATES = [
    # (item, start, precision, type, title)
    ("Talk at MIT [May 3, 2024]", "2024-05-03", "day", "talk", "Talk at MIT"),
    ("Talk at MIT [Slides] [May 3, 2024]", "2024-05-03", "day", "talk", "Talk at MIT"),
    ("[Talk at MIT](https://x.org) [May 2024]", "2024-05", "month", "talk", "Talk at MIT"),
    ("Jan. 2024 – present: Visiting MIT", "2024-01", "month", "event", "Visiting MIT"),
    ("Visiting MIT (Jan 2024 – present)", "2024-01", "month", "event", "Visiting MIT"),
    ("**Sep 2022 – Present** Postdoc at MIT", "2022-09", "month", "position", "Postdoc at MIT"),
    ("2023年9月至今：访问MIT", "2023-09", "month", "event", "访问MIT"),
    ("Jan 2024 - Now we have a lab", "2024-01", "month", "news", "Now we have a lab"),
    ("Early 2024: Paper accepted at ICML", "2024", "year", "paper", "Paper accepted at ICML"),
    ("Mid-May 2024: Talk at Yale", "2024-05", "month", "talk", "Talk at Yale"),
    ("Joined Google in late 2023", "2023", "year", "position", "Joined Google"),
    ("Moving to Yale at the end of 2023", "2023", "year", "position", "Moving to Yale"),
    ("2024 May 3: Paper accepted at ICML", "2024-05-03", "day", "paper", "Paper accepted at ICML"),
    ("Talk at Rice (2024 Sept 12th)", "2024-09-12", "day", "talk", "Talk at Rice"),
    ("2024 May: Paper accepted at AAAI", "2024-05", "month", "paper", "Paper accepted at AAAI"),
    ("Talk at MIT · May 2024", "2024-05", "month", "talk", "Talk at MIT"),
    ("Talk at MIT 📅 May 3, 2024", "2024-05-03", "day", "talk", "Talk at MIT"),
    ("Talk at MIT on the 3rd of May 2024", "2024-05-03", "day", "talk", "Talk at MIT"),
    # words, not dates
    ("Late breaking paper accepted (May 2024)", "2024-05", "month", "paper", None),
    ("I will present our paper at ICML (May 2024)", "2024-05", "month", "talk", None),
]


@pytest.mark.parametrize(("item", "start", "precision", "type_", "title"), MORE_DATES)
def test_more_ways_to_write_an_items_date(tmp_path, item, start, precision, type_, title):
    (one,) = listed(tmp_path, f"# Me\n\n## News\n\n- {item}\n")
    assert (one["start"], one["precision"], one["type"]) == (start, precision, type_)
    assert title is None or one["title"] == title


# Ranges of months, and of days across two months, in Chinese, Japanese and Korean.
CJK_RANGES = [
    # (item, start, end, title)
    ("2024年5月-7月：访问MIT", "2024-05", "2024-07", "访问MIT"),
    ("2024年11月至2025年2月：访问MIT", "2024-11", "2025-02", "访问MIT"),
    ("2024年5月30日-6月2日：参加会议", "2024-05-30", "2024-06-02", "参加会议"),
    ("2024年5月3日-5日：参加会议", "2024-05-03", "2024-05-05", "参加会议"),
    ("2024년 5월~7월: 방문 연구", "2024-05", "2024-07", "방문 연구"),
    ("2024年5月：论文被接收", "2024-05", None, "论文被接收"),
]


@pytest.mark.parametrize(("item", "start", "end", "title"), CJK_RANGES)
def test_cjk_ranges_of_months_and_days(tmp_path, item, start, end, title):
    (one,) = listed(tmp_path, f"# Me\n\n## News\n\n- {item}\n")
    assert (one["start"], one["end"], one["title"]) == (start, end, title)


def test_an_ordered_list_counting_on_keeps_its_numbers_before_dates(tmp_path):
    news = (
        "1. **Nov 2023**: Paper accepted at NeurIPS\n2. Oct 2023: Talk at CMU\n"
        "3. Sep 2023: Talk at Yale\n"
    )
    items = listed(tmp_path, f"# Me\n\n## News\n\n{news}")
    assert [(i["start"], i["title"]) for i in items] == [
        ("2023-11", "Paper accepted at NeurIPS"),
        ("2023-10", "Talk at CMU"),
        ("2023-09", "Talk at Yale"),
    ]


def test_days_written_the_german_way_stay_days(tmp_path):
    news = "3. März 2024: Vortrag in Berlin\n1. Februar 2024: Artikel angenommen\n"
    items = listed(tmp_path, f"# Me\n\n## News\n\n{news}- 5. Mai 2024: Vortrag in Wien\n")
    assert [i["start"] for i in items] == ["2024-03-03", "2024-02-01", "2024-05-05"]


def test_news_boxed_in_a_block_quote_is_read(tmp_path):
    news = (
        "> - **Dec 2023**: Talk at Yale\n> - **Nov 2023**: Paper accepted at ICML\n\n"
        "> **Oct 2023**: Joined Google\n\n> A quote of a friend, with no date.\n"
    )
    items = listed(tmp_path, f"# Me\n\n## News\n\n{news}")
    assert [(i["start"], i["type"], i["title"]) for i in items] == [
        ("2023-12", "talk", "Talk at Yale"),
        ("2023-11", "paper", "Paper accepted at ICML"),
        ("2023-10", "position", "Joined Google"),
    ]


# "made it to" a venue of a year: the work was accepted there.
MADE_IT = [
    (
        "Jan 2023: [DiSh](http://x.org/d.pdf), a shell tool, made it to [NSDI'23](https://u.org)!",
        "paper",
    ),
    ("Nov 2022: [Forks](http://x.org/p.pdf), a safe system, made it to ACSAC 22!", "paper"),
    ("Jan 2023: Our paper made it into NeurIPS 2023!", "paper"),
    ("May 2024: Excited that our paper on boats got into ICML 2024!", "paper"),
    ("May 2024: Got the best paper award at ICML 2024", "award"),
    ("Jan 2023: Our team made it to the finals of the robot cup", "news"),
]


@pytest.mark.parametrize(("item", "type_"), MADE_IT)
def test_made_it_to_a_venue_is_a_paper(tmp_path, item, type_):
    (one,) = listed(tmp_path, f"# Me\n\n## News\n\n- {item}\n")
    assert one["type"] == type_


# A venue tag of a year opening the item after its date says the work is at that venue:
# a paper when the words say nothing else.
VENUE_TAGGED = [
    ("**11/2024.** [NeurIPS 2024] We study the implicit bias of boats.", "paper"),
    ("May 2024: [CVPR'24] A simple model of toy trains", "paper"),
    ("**10/2024.** [ICML 2024] Gave a talk on boats.", "talk"),
    ("May 2024: [CVPR 2024] Attended the conference in Seattle", "event"),
    ("May 2024: [Photos] We had a lab dinner", "news"),
]


@pytest.mark.parametrize(("item", "type_"), VENUE_TAGGED)
def test_a_venue_tag_after_the_date_makes_a_paper(tmp_path, item, type_):
    (one,) = listed(tmp_path, f"# Me\n\n## News\n\n- {item}\n")
    assert one["type"] == type_


# The end of a range after a leading date that no rule reads as a range, under a year.
PLAIN_RANGE_ENDS = [
    # (item under "### 2024", start, end, title)
    ("05/03 - 05/06: Workshop at Yale", "2024-05-03", "2024-05-06", "Workshop at Yale"),
    ("[May 30] - [June 2] Visit to UCSD", "2024-05-30", "2024-06-02", "Visit to UCSD"),
    ("May 3 - Talk at MIT", "2024-05-03", None, "Talk at MIT"),
    ("05/03 - 2 papers accepted at ICML", "2024-05-03", None, "2 papers accepted at ICML"),
]


@pytest.mark.parametrize(("item", "start", "end", "title"), PLAIN_RANGE_ENDS)
def test_a_range_ends_after_a_plain_leading_date(tmp_path, item, start, end, title):
    (one,) = listed(tmp_path, f"# Me\n\n## News\n\n### 2024\n\n- {item}\n")
    assert (one["start"], one["end"], one["title"]) == (start, end, title)
