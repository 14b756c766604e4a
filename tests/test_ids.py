"""Stable ids: same item ⇒ same id across edits and moves; different item ⇒ different id."""

from __future__ import annotations

import re

from feeds.build import load_site

TALK = "- **Talk** in [Seminar](https://seminar.example/) at MIT (Nov 18, 2022)"
PAPER = (
    "- **Paper release**: our paper [A Title Here](https://arxiv.org/abs/2211.00799) (Nov 2, 2022)"
)
SERVICE = "- **Service**: To be an Area chair for AISTATS 2023 (Aug, 2022)"


def ids(make_site, news: str) -> list[str]:
    return [e.id for e in load_site(make_site(news)).events]


def test_ids_are_tag_uris(make_site):
    for ident in ids(make_site, "\n".join([TALK, PAPER, SERVICE])):
        assert re.fullmatch(r"tag:example\.org,2020:[A-Za-z0-9/._~:%-]+", ident), ident


def test_wording_edits_and_typos_keep_ids(make_site):
    before = ids(make_site, "\n".join([TALK, PAPER, SERVICE]))
    after = ids(
        make_site,
        "\n".join(
            [
                "- **Talk**: at the [MIT Seminar Series](https://seminar.example/)"
                " (MIT, Nov 18, 2022)",
                "- **Paper release**: Proud to share [A Title, Revised]"
                "(https://arxiv.org/abs/2211.00799v3) on arXiv! (Nov 02, 2022)",
                "- **Service**: To be an Area Chair for AISTATS 2023. (Aug, 2022)",
            ]
        ),
    )
    assert before == after


def test_moving_from_upcoming_to_past_keeps_ids(make_site):
    upcoming = ids(make_site, f"#### Upcoming\n{TALK}\n\n#### Past\n{PAPER}")
    past = ids(make_site, f"#### Upcoming\n\n#### Past\n{TALK} \\[[Slides](s.pdf)\\]\n{PAPER}")
    assert upcoming == past


def test_different_items_get_different_ids(make_site):
    news = "\n".join(
        [
            TALK,
            "- **Talk** in [Other Seminar](https://other.example/) at MIT (Nov 18, 2022)",
            "- **Talk** in Seminar at MIT (Nov 19, 2022)",
            "- **Service**: Area chair for X (Aug, 2022)",
            "- **Service**: Area chair for Y (Aug, 2022)",
            "- **Paper release**: [B Title Here](https://arxiv.org/abs/2211.00800) (Nov 2, 2022)",
            PAPER,
        ]
    )
    result = ids(make_site, news)
    assert len(set(result)) == len(result)


def test_exact_duplicates_are_reported_and_kept_apart(make_site):
    from feeds.diagnostics import Reporter

    reporter = Reporter(quiet=True)
    site = load_site(make_site(f"{SERVICE}\n{SERVICE}"), reporter=reporter)
    assert len({e.id for e in site.events}) == 2
    assert [p.line for p in reporter.warnings if "duplicate" in p.message] == [10]


def test_adding_a_same_day_item_keeps_the_published_id(make_site):
    rice = "- **Talk** in Imaging Seminar at Rice University (Nov 18, 2022)"
    before = ids(make_site, rice)
    after = ids(make_site, "- **Talk** in Another Seminar at Houston (Nov 18, 2022)\n" + rice)
    assert after[1] == before[0] and after[0] != after[1]
    # published ids never change between versions: pinned, written out
    assert after == [
        "tag:example.org,2020:2022-11-18/a8bb5294f4",
        "tag:example.org,2020:2022-11-18",
    ]


def test_adding_a_link_or_changing_the_label_keeps_the_id(make_site):
    before = ids(make_site, "- **Talk** at Cornell (Sep 20, 2022)\n" + PAPER)
    after = ids(
        make_site,
        "- **Invited Talk** at [Cornell](https://cornell.edu/seminar) (Sep 20, 2022)\n"
        + PAPER.replace("**Paper release**", "**Paper**").replace("Nov 2", "Nov 3"),
    )
    assert before == after


def test_same_paper_announced_twice_gets_two_ids(make_site):
    result = ids(
        make_site,
        PAPER.replace("Nov 2, 2022", "Dec 1, 2022").replace("Paper release", "Award")
        + "\n"
        + PAPER,
    )
    assert len(set(result)) == 2 and result[1].endswith("arxiv/2211.00799")


def test_lookalike_items_are_reported(make_site):
    from feeds.diagnostics import Reporter

    reporter = Reporter(quiet=True)
    load_site(make_site(f"{TALK}\n{TALK.replace('at MIT', 'at M.I.T.')}"), reporter=reporter)
    assert [p.line for p in reporter.warnings if "the same item twice?" in p.message] == [10]


def test_three_same_day_talks_one_without_a_link(make_site):
    news = (
        "- **Talk** at [A](https://a.example/) (Nov 18, 2022)\n"
        "- **Talk** at B, no link (Nov 18, 2022)\n"
        "- **Talk** at [C](https://c.example/) (Nov 18, 2022)\n"
    )
    result = ids(make_site, news)
    assert len(set(result)) == 3
    assert result[2] == "tag:example.org,2020:2022-11-18"  # the oldest keeps the bare date


def test_main_links_are_compared_without_scheme_www_fragment_or_end_slash():
    from feeds.ids import normal_url

    assert normal_url(" https://www.Example.ORG/a/BOX/?q=1#top ") == "example.org/a/BOX?q=1"
    assert normal_url("http://example.org/a/BOX") == "example.org/a/BOX"
    assert normal_url("https://WWW.x.org") == "x.org"
    assert normal_url("https://wwwx.org/www./") == "wwwx.org/www."
    assert normal_url("https://x.org/p?") == "x.org/p"


def test_the_same_link_written_two_ways_is_the_same_item(make_site):
    from feeds.ids import identity

    site = load_site(
        make_site(
            "- **Talk** at [S](https://www.seminar.example/talks/#ju) (Nov 18, 2022)\n"
            "- **Talk** at [S](http://seminar.example/talks) (Nov 18, 2022)\n"
            "- **Talk** at [S](http://seminar.example/other) (Nov 18, 2022)\n"
            "- **Talk** at Plain Seminar (Nov 18, 2022)\n"
        )
    )
    first, second, third, fourth = (identity(e) for e in site.events)
    assert first == second == "talk/2022-11-18/seminar.example/talks"
    assert third == "talk/2022-11-18/seminar.example/other"
    assert fourth == "talk/2022-11-18/title:plain-seminar"  # no link: its title


def test_other_anchors_of_a_page_or_a_shared_year_are_no_lookalikes(make_site):
    from feeds.diagnostics import Reporter

    news = (
        "- Released [the MSAD benchmark](https://x.org/news#msad) (Nov 18, 2022)\n"
        "- Released [the CEAI toolkit](https://x.org/news#ceai) (Nov 18, 2022)\n"
        "- Gave a keynote at [our lab's event](https://lab.org/) (2017)\n"
        "- Won the lab award at [our lab's event](https://lab.org/) (2017)\n"
    )
    reporter = Reporter(quiet=True)
    load_site(make_site(news), reporter=reporter)
    assert [p for p in reporter.warnings if "the same item twice?" in p.message] == []
