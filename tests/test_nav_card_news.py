"""A hand-written homepage whose only "News" title is a navigation card, the whole card
one link to the news page (issue 8, session 21): the title in the link opens no news
section; the page it links is read instead. That page shows a Liquid loop over a data
file whose entries are written with keys of another language (``titulo:``, ``data:``,
``fecha:``, ``titre:``…), under a top-level ``items:`` or not, dated with a year, a
month and year parted by a middle dot (``Jan · 2024``), or a day. Sites written here in
our own words, read back as JSON by the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page
from feeds.parse.dates import parse_date

from .site_listing import listed, opened, write

SITE = "https://group.example.org/"

HOME = """\
---
layout: default
---
<h1>Example Group</h1>
<p>We study clouds.</p>
<div class="home-nav">
{card}
<a href="/people.html" class="home-nav-card">
  <div class="home-nav-title">People</div><p class="home-nav-desc">Who we are.</p></a>
</div>
"""
CARDS = {
    "title div, Liquid relative_url": (
        '<a href="{{ \'/noticias.html\' | relative_url }}" class="home-nav-card">\n'
        '  <div class="home-nav-title">Notícias</div>'
        '<p class="home-nav-desc">Updates on projects and people.</p></a>',
        "noticias.html",
    ),
    "h3 heading, site.baseurl": (
        '<a href="{{ site.baseurl }}/news.html" class="card">\n'
        "  <h3>News</h3>\n  <p>What the group has been up to lately.</p>\n</a>",
        "news.html",
    ),
    "tile, page named as news": (
        '<a href="/actualites.html" class="tile"><div class="tile-title">Actualités</div>\n'
        "<p>Les dernières nouvelles du groupe.</p></a>",
        "actualites.html",
    ),
}
NEWS_PAGE = """\
---
layout: default
title: {title}
---
<h1>{title}</h1>
{{% for entry in site.data.{loop} %}}
<div class="news-item">
  <span class="date">{{{{ entry.{date} }}}}</span>
  <h3>{{{{ entry.{title_key} }}}}</h3>
  <p>{{{{ entry.{text} }}}}</p>
</div>
{{% endfor %}}
"""
# (title, data name and loop path, data file, keys for date, title, text)
DATA = {
    "pt under items:, year and middle-dot month": (
        "Notícias",
        ("noticias", "noticias.items"),
        """\
        items:
          - data: '2024'
            titulo: Two members get their cloud grants renewed
            texto: A longer text about the grants.
            link: ''
          - data: Jan · 2024
            titulo: The group leader speaks about storms on the radio
            texto: An interview.
            link: 'https://radio.example.org/storms'
          - data: 2023-05-04
            titulo: New student joins the group
            texto: Welcome!
        """,
        ("data", "titulo", "texto"),
    ),
    "es top-level list": (
        "Noticias",
        ("noticias", "noticias"),
        """\
        - fecha: Mar 2024
          titulo: Two members get their cloud grants renewed
          texto: Un texto más largo.
          enlace: https://example.org/grants
        - fecha: Jan • 2024
          titulo: The group leader speaks about storms on the radio
        - fecha: '2023-05-04'
          titulo: New student joins the group
        """,
        ("fecha", "titulo", "texto"),
    ),
    "fr under news:": (
        "Actualités",
        ("actus", "actus.news"),
        """\
        news:
          - date: '2024'
            titre: Two members get their cloud grants renewed
            texte: Un texte plus long.
            lien: ''
          - date: janv. · 2024
            titre: The group leader speaks about storms on the radio
          - date: 2023-05-04
            titre: New student joins the group
        """,
        ("date", "titre", "texte"),
    ),
    "it and de keys": (
        "News",
        ("news", "news"),
        """\
        - data: '2024'
          titolo: Two members get their cloud grants renewed
          testo: Un testo più lungo.
        - datum: Januar · 2024
          titel: The group leader speaks about storms on the radio
        - datum: 2023-05-04
          titel: New student joins the group
        """,
        ("data", "titolo", "testo"),
    ),
}
EXPECTED = {
    "pt under items:, year and middle-dot month": [
        ("Two members get their cloud grants renewed", "2024"),
        ("The group leader speaks about storms", "2024-01"),
        ("New student joins the group", "2023-05-04"),
    ],
    "es top-level list": [
        ("Two members get their cloud grants renewed", "2024-03"),
        ("The group leader speaks about storms", "2024-01"),
        ("New student joins the group", "2023-05-04"),
    ],
}
EXPECTED["fr under news:"] = EXPECTED["pt under items:, year and middle-dot month"]
EXPECTED["it and de keys"] = EXPECTED["pt under items:, year and middle-dot month"]


@pytest.mark.parametrize("form", DATA, ids=DATA.keys())
def test_a_news_page_loops_over_data_written_in_another_language(tmp_path: Path, form: str) -> None:
    title, (name, loop), data, (date, title_key, text) = DATA[form]
    page = NEWS_PAGE.format(title=title, loop=loop, date=date, title_key=title_key, text=text)
    site = write(tmp_path, {"index.md": page, f"_data/{name}.yml": data})
    assert opened(listed(site, SITE), EXPECTED[form]), listed(site, SITE)


@pytest.mark.parametrize(("card", "page"), CARDS.values(), ids=CARDS.keys())
def test_a_homepage_news_card_leads_to_the_news_page(tmp_path: Path, card: str, page: str) -> None:
    form = "pt under items:, year and middle-dot month"
    title, (name, loop), data, (date, title_key, text) = DATA[form]
    news = NEWS_PAGE.format(title=title, loop=loop, date=date, title_key=title_key, text=text)
    people = "---\ntitle: People\n---\n<h1>People</h1>\n<p>Ada, Charles.</p>\n"
    files = {"index.html": HOME.format(card=card), page: news, "people.html": people}
    site = write(tmp_path, {**files, f"_data/{name}.yml": data})
    assert opened(listed(site, SITE), EXPECTED[form]), listed(site, SITE)


def test_a_linked_heading_alone_still_opens_the_section(tmp_path: Path) -> None:
    """``<a href="/news.html"><h2>News</h2></a>`` over the list: the link holds only the
    heading, no card; it opens the news section."""
    home = (
        "<html><body><h1>Example Group</h1>\n"
        '<a href="/news.html"><h2>News</h2></a>\n'
        "<ul><li>May 2025: New student joins the group.</li>\n"
        "<li>March 2025: Our paper on clouds is out.</li></ul>\n</body></html>\n"
    )
    site = write(tmp_path, {"index.html": home})
    expected = [("New student joins the group", "2025-05"), ("Our paper on clouds", "2025-03")]
    assert opened(listed(site, SITE), expected), listed(site, SITE)
    arrow = home.replace("<h2>News</h2></a>", '<h2>News</h2> <span class="more">→</span></a>')
    site = write(tmp_path, {"index.html": arrow})
    assert opened(listed(site, SITE), expected), listed(site, SITE)


MIDDLE_DOT_DATES = {
    "Jan · 2024": ("2024-01-01", "2024-01-31"),
    "March • 2023": ("2023-03-01", "2023-03-31"),
    "Dez ⋅ 2022": ("2022-12-01", "2022-12-31"),
    "janeiro · 2024": ("2024-01-01", "2024-01-31"),
}


@pytest.mark.parametrize("text", MIDDLE_DOT_DATES, ids=MIDDLE_DOT_DATES.keys())
def test_a_middle_dot_between_month_and_year_is_a_month(text: str) -> None:
    span = parse_date(text)
    assert span is not None
    assert (span.start.isoformat(), span.end.isoformat()) == MIDDLE_DOT_DATES[text]
    assert span.precision.value == "month"


@pytest.mark.parametrize(("card", "page"), CARDS.values(), ids=CARDS.keys())
def test_a_news_card_is_no_news_section_of_the_homepage(card: str, page: str) -> None:
    """The homepage alone: no news section (its "News" is the title of a link), no
    section that yields no items."""
    reporter = Reporter(quiet=True)
    _, events = parse_page(
        Path("index.html"), site_root=SITE, reporter=reporter, text=HOME.format(card=card)
    )
    messages = [problem.message for problem in reporter.problems]
    assert events == []
    assert not any("yields no items" in m for m in messages), messages
    assert any("no news section" in m for m in messages), messages
