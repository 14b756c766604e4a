"""The seed homepage, item by item: what a reader of the page understands."""

from __future__ import annotations

import pytest

from feeds.build import load_site
from feeds.diagnostics import Reporter

from .conftest import CONTENT

# line, kind, start, end, precision, location, role, note, number of links
SEED_ITEMS = [
    (54, "Talk", "2023-01-15", "2023-01-19", "day", "San Francisco", None, None, 2),
    (55, "Talk", "2022-11-18", None, "day", None, None, None, 0),
    (59, "Paper release", "2022-11-02", None, "day", None, None, None, 1),
    (60, "Talk", "2022-10-10", "2022-10-14", "day", None, None, None, 3),
    (61, "Paper release", "2022-10-11", None, "day", None, None, None, 3),
    (62, "Talk", "2022-10-07", None, "day", "UMN", None, None, 1),
    (63, "Paper release", "2022-10-03", None, "day", None, None, None, 2),
    (64, "Paper release", "2022-10-03", None, "day", None, None, None, 2),
    (65, "Talk", "2022-09-21", None, "day", "Rensselaer Polytechnic Institute", None, None, 3),
    (66, "Paper release", "2022-08-22", None, "day", None, None, None, 1),
    (67, "Service", "2022-08", None, "month", None, None, None, 0),
    (68, "Service", "2022-07", None, "month", None, None, None, 1),
    (69, "Organization", "2022-07-25", "2022-07-28", "day", "Lehigh University", None, None, 3),
    (70, "Medium", "2022-05", None, "month", None, None, None, 1),
    (
        71,
        "Talk",
        "2022-03-26",
        "2022-03-27",
        "day",
        "Purdue University, West Lafayette",
        None,
        None,
        1,
    ),
    (72, "Grant approval", "2022-01-22", None, "day", None, "Co-PI", None, 2),
    (73, "Paper release", "2021-12-13", None, "day", None, None, None, 2),
    (74, "Paper release", "2021-11-29", None, "day", None, None, None, 3),
    (75, "Talk", "2021-10-31", "2021-11-03", "day", "Virtual", None, None, 1),
    (76, "Paper release", "2021-10-26", None, "day", None, None, None, 2),
    (77, "Talk", "2021-10-24", "2021-10-27", "day", "Anaheim", None, None, 1),
    (78, "Talk", "2021-10-15", None, "day", "Virtual", None, None, 1),
    (79, "Moving office", "2021-10-01", None, "day", None, None, None, 0),
    (80, "Media", "2021-09-16", None, "day", None, None, None, 1),
    (81, "Talk", "2021-09-09", None, "day", None, None, None, 2),
    (82, "Organization", "2021-08-09", "2021-08-13", "day", "Virtual", None, None, 1),
    (83, "Service", "2021-07-05", None, "day", None, None, None, 0),
    (84, "Paper release", "2021-06-09", None, "day", None, None, None, 1),
    (85, "Paper release", "2021-06-09", None, "day", None, None, None, 1),
    (86, "Paper release", "2021-06-05", None, "day", None, None, None, 3),
    (87, "Grant approval", "2021-05-25", None, "day", None, "PI", None, 2),
    (88, "Grant approval", "2021-05", None, "month", None, "PI", None, 3),
    (89, "Media", "2021-03", None, "month", None, None, None, 4),
    (90, "Honors", "2021-02", None, "month", None, None, None, 1),
    (91, "Media", "2020-10-01", None, "day", None, None, None, 3),
    (92, "Talk", "2020-09-27", None, "day", None, None, None, 1),
    (93, "Talk", "2020-09-08", None, "day", None, None, None, 1),
    (94, "Talk", "2020-08-25", "2020-08-28", "day", None, None, "Hosted virtually by UMN", 2),
    (95, "Grant approval", "2020-08-10", None, "day", None, "Co-PI", None, 1),
    (96, "Grant approval", "2020-08-04", None, "day", None, "Co-PI", None, 2),
    (97, "Service", "2020-07-18", None, "day", None, None, None, 0),
    (98, "Talk", "2020-07-06", "2020-07-17", "day", None, None, None, 2),
    (99, "Grant approval", "2020-05-01", None, "day", None, None, None, 1),
    (100, "Talk", "2020", None, "year", None, None, "postponed for the BEERvirus", 1),
    (101, "Paper release", "2020-03-20", None, "day", None, None, None, 1),
    (102, "Talk", "2019-12-27", "2019-12-29", "day", None, None, None, 1),
    (103, "Talk", "2019-10-20", "2019-10-23", "day", None, None, None, 1),
    (104, "News", "2019-07-01", None, "day", None, None, None, 0),
]


@pytest.fixture(scope="module")
def seed():
    reporter = Reporter(quiet=True)
    site = load_site(CONTENT, reporter=reporter)
    return site, reporter


def test_every_news_item_is_found(seed):
    site, reporter = seed
    assert [e.line for e in site.events] == [row[0] for row in SEED_ITEMS]
    assert reporter.warnings == [] and reporter.errors == []


@pytest.mark.parametrize("row", SEED_ITEMS, ids=[f"line{r[0]}" for r in SEED_ITEMS])
def test_seed_item(seed, row):
    line, kind, start, end, precision, location, role, note, n_links = row
    event = next(e for e in seed[0].events if e.line == line)
    assert event.kind == kind
    assert event.span is not None
    assert (event.span.start_iso, event.span.end_iso) == (start, end)
    assert event.span.precision.value == precision
    assert (event.location, event.role, event.note) == (location, role, note)
    assert len(event.links) == n_links


def test_sections_as_written(seed):
    events = seed[0].events
    assert [e.section for e in events[:2]] == ["upcoming", "upcoming"]
    assert {e.section for e in events[2:]} == {"past"}


def test_archive_list_is_not_news(seed):
    site = seed[0]
    assert [text for text, _, _ in site.page.archive] == ["Stanford years", "Columbia years"]
    assert not any("Stanford" in e.text for e in site.events)


def test_page_title_from_front_matter_without_html(seed):
    assert seed[0].page.title == "Ju Sun (孙举)"


def test_postponed_is_recognised(seed):
    event = next(e for e in seed[0].events if e.line == 100)
    assert event.status == "postponed"
    assert event.span.precision.value == "year"


def test_all_links_absolute_and_attachments_recognised(seed):
    for event in seed[0].events:
        for link in event.links:
            assert link.url.startswith(("http://", "https://")), (event.line, link)
    ipam = next(e for e in seed[0].events if e.line == 60)
    assert [(link.attachment, link.url) for link in ipam.links if link.attachment] == [
        ("slides", "http://sunju.org/talks/2022-Oct-IPAM-PR-WS.pdf"),
        ("video", "https://youtu.be/y4sdeFDuu6M"),
    ]
    siam = next(e for e in seed[0].events if e.line == 98)
    assert siam.links[-1].url == "http://sunju.org/talks/SIAM-IS-2020-FPR.pdf"


def test_ten_arxiv_papers(seed):
    ids = {i for e in seed[0].events for i in e.arxiv}
    assert ids == {
        "2211.00799", "2210.00973", "2111.13984", "2210.00621", "2208.09483",
        "2112.06074", "2110.12271", "2106.04812", "2106.05152", "2003.09077",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("line", "title"),
    [
        (54, "Computational Imaging XXI at the Electronic Imaging Symposium 2023"),
        (55, "Imaging and Vision Seminar Series at Rice University"),
        (59, "Practical Phase Retrieval Using Double Deep Image Priors"),
        (64, "Optimization for Robustness Evaluation beyond ℓp Metrics"),
        (62, "MnRI Seminar"),
        (79, "My office is moved to 6-213 Keller Hall"),
        (75, "Asilomar 2021: Theory and algorithms for nonlinear inverse problems"),
        (77, "2021 INFORMS Annual Meeting: The Interplay Between Optimization and Statistics"),
        (104, "Join CS&E @ UMN as an assistant professor"),
    ],
)
def test_titles(seed, line, title):
    assert next(e for e in seed[0].events if e.line == line).title == title


def test_descriptions_are_html_with_absolute_links(seed):
    event = next(e for e in seed[0].events if e.line == 92)
    assert '<a href="http://sunju.org/talks/ORSC-2020-FPR.pdf">Slides</a>' in event.html
    assert event.html.startswith("<strong>Talk</strong>")


def test_html_comment_is_not_news(seed):
    assert not any("Openings" in e.text or "PhD application" in e.text for e in seed[0].events)
