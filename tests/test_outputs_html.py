"""``feeds-head.html`` and ``subscribe.html``, parsed with html.parser, plus Jekyll safety."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from feeds.build import BuildResult, build, load_site
from feeds.model import DateSpan, Precision
from feeds.render import head, subscribe

from .conftest import CONTENT, TODAY, Page, absolute

FEED_TYPES = {
    "feed.xml": "application/rss+xml",
    "atom.xml": "application/atom+xml",
    "feed.json": "application/feed+json",
    "talks.xml": "application/atom+xml",
    "papers.xml": "application/atom+xml",
    "talks.ics": "text/calendar",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    return build(CONTENT, tmp_path_factory.mktemp("out"), today=TODAY, overrides={"offline": True})


@pytest.fixture(scope="module")
def page(built: BuildResult) -> Page:
    return Page((built.out_dir / "subscribe.html").read_text(encoding="utf-8"))


def test_head_links_every_feed_and_the_calendar(built: BuildResult) -> None:
    snippet = Page((built.out_dir / "feeds-head.html").read_text(encoding="utf-8"))
    assert {t for t, _ in snippet.elements} == {"link"}
    links = snippet.find("link")
    assert all(a["rel"] == "alternate" and a["title"] for a in links)
    found = {urlsplit(a["href"]).path.rsplit("/", 1)[-1]: a["type"] for a in links}
    assert found == FEED_TYPES
    for link in links:
        assert absolute(link["href"]) and link["href"].startswith("http://sunju.org/")
        assert (built.out_dir / Path(urlsplit(link["href"]).path).name).is_file()


def test_head_is_liquid_safe() -> None:
    site = load_site(CONTENT, today=TODAY, overrides={"title": "{{ x }} {% raw %} & <b>"})
    text = head.render(site).decode()
    assert "{" not in text and "}" not in text
    titles = [a["title"] for a in Page(text).find("link")]
    assert titles[0] == "{{ x }} {% raw %} & <b> (RSS)"


def test_subscribe_is_a_plain_phone_friendly_page(page: Page, built: BuildResult) -> None:
    assert page.find("meta", name="viewport")[0]["content"].startswith("width=device-width")
    assert page.find("meta", charset="utf-8")
    assert not page.find("script")
    assert page.find("style")
    assert not any(k.startswith("on") for _, attrs in page.elements for k in attrs)
    assert page.find("html")[0]["lang"] == "en"
    alternates = {a["href"] for a in page.find("link", rel="alternate")}
    assert {urlsplit(h).path.rsplit("/", 1)[-1] for h in alternates} == set(FEED_TYPES)


def test_subscribe_buttons(page: Page) -> None:
    hrefs = [a["href"] for a in page.find("a")]
    for name in ("feed.xml", "atom.xml", "feed.json", "talks.xml", "papers.xml", "talks.ics"):
        assert f"http://sunju.org/{name}" in hrefs
    assert "webcal://sunju.org/talks.ics" in hrefs
    google = [urlsplit(h) for h in hrefs if h.startswith("https://calendar.google.com/calendar/r?")]
    assert len(google) == 1
    assert parse_qs(google[0].query) == {"cid": ["webcal://sunju.org/talks.ics"]}


def test_add_to_google_calendar_per_upcoming_talk(page: Page) -> None:
    links = [urlsplit(a["href"]) for a in page.find("a", class_="add")]
    assert all(u.netloc == "calendar.google.com" and u.path == "/calendar/render" for u in links)
    queries = [parse_qs(u.query) for u in links]
    assert [(q["action"], q["text"], q["dates"], q.get("location")) for q in queries] == [
        (
            ["TEMPLATE"],
            ["Imaging and Vision Seminar Series at Rice University"],
            ["20221118/20221119"],
            None,
        ),
        (
            ["TEMPLATE"],
            ["Computational Imaging XXI at the Electronic Imaging Symposium 2023"],
            ["20230115/20230120"],
            ["San Francisco"],
        ),  # exclusive end: Jan 19 → 20
    ]
    assert queries[1]["details"][0].endswith(
        "\n\nhttps://www.imaging.org/site/IST/IST/Conferences/EI/EI2023/Conference/C_COIMG.aspx"
    )


def test_subscribe_lists_upcoming_talks_and_latest_news(page: Page, built: BuildResult) -> None:
    text = page.text
    upcoming = text[text.index("Upcoming talks") : text.index("Latest news")]
    assert "Talk: Imaging and Vision Seminar Series at Rice University" in upcoming
    assert "IPAM" not in upcoming  # past
    news = text[text.index("Latest news") :]
    # The ten newest items of content/index.md by date (written from the page, not from
    # our sort): the two upcoming talks (dated today), then Nov 2, Oct 11 before the Oct 10
    # item above it on the page, Oct 7, the two of Oct 3 in page order, Sep 21, Aug 22, Aug 1.
    newest = [
        "Computational Imaging XXI at the Electronic Imaging Symposium 2023",
        "Imaging and Vision Seminar Series at Rice University",
        "Practical Phase Retrieval Using Double Deep Image Priors",
        "Evaluation of Federated Learning Variations for COVID-19 Diagnosis",
        "IPAM workshop on Diffractive Imaging with Phase Retrieval at UCLA",
        "MnRI Seminar",
        "NCVX: A General-Purpose Optimization Solver",
        "Optimization for Robustness Evaluation beyond ℓp Metrics",
        "Mathematics in imaging science, data science and optimization seminar at RPI",
        "Blind Image Deblurring with Unknown Kernel Size and Substantial Noise",
        "To be an Area chair for AISTATS 2023",
    ]
    places = [news.find(title) for title in newest]
    assert -1 not in places[:10], list(zip(newest, places, strict=True))
    assert places[:10] == sorted(places[:10])  # in that order
    assert places[10] == -1  # the eleventh is left out


def test_timed_talk_gets_times_and_zone() -> None:
    site = load_site(CONTENT, today=TODAY)
    event = site.events[1]
    event.span = DateSpan(
        dt.date(2022, 11, 18), dt.date(2022, 11, 18), Precision.DAY, start_time=dt.time(15, 30)
    )
    assert subscribe.google_dates(site, event) == {
        "dates": "20221118T153000/20221118T163000",
        "ctz": "America/Chicago",
    }
    event.span = DateSpan(
        dt.date(2022, 11, 18),
        dt.date(2022, 11, 18),
        Precision.DAY,
        start_time=dt.time(23),
        end_time=dt.time(1),
        time_zone="America/New_York",
    )
    assert subscribe.google_dates(site, event) == {
        "dates": "20221118T230000/20221119T010000",
        "ctz": "America/New_York",
    }
    assert site.start(event) == dt.datetime(2022, 11, 18, 22, tzinfo=site.tz)  # 11pm ET
    event.span = DateSpan(dt.date(2022, 11, 1), dt.date(2022, 11, 30), Precision.MONTH)
    assert subscribe.google_add(site, event) is None


def test_everything_is_escaped() -> None:
    site = load_site(CONTENT, today=TODAY, overrides={"title": 'Me <script>x</script> & "co"'})
    event = next(e for e in site.events if e.is_upcoming(TODAY))
    event.title = '<img src=x onerror=alert(1)> & "talk"'
    event.text = "<script>alert(2)</script> text"
    event.location = "<b>Room</b> & hall"
    html = subscribe.render(site).decode()
    page = Page(html)
    assert not page.find("script") and not page.find("img") and not page.find("b")
    assert 'Me <script>x</script> & "co"' in page.text
    assert '<img src=x onerror=alert(1)> & "talk"' in page.text
    assert "<b>Room</b> & hall" in page.text
    snippet = Page(head.render(site).decode())
    assert {t for t, _ in snippet.elements} == {"link"}


def test_outputs_survive_jekyll(built: BuildResult) -> None:
    """Jekyll skips names starting with ``_`` or ``.`` and runs Liquid on files with
    front matter; ours have neither, so ``jekyll build`` copies them verbatim."""
    for path in built.out_dir.rglob("*"):
        assert not path.name.startswith(("_", ".")), path.name
        assert path.is_dir() or not path.read_bytes().startswith(b"---"), path.name
