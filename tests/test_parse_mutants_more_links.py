"""Links that close a news list by pointing to more news (feeds/parse/more_links.py),
read in-process: an entry in, the page's archive links (text, href, line) and its
items' titles out.

Written for the mutants a mutation run of ``more_links.py`` left alive (issue 14); every
expectation is written here from the entry: a link alone in its entry whose words say
"more news", whose target is named as the news page, or whose text is a year, is
followed (an archive link), never an item; anything else is an item.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.parse import parse_page


def read(entry: str) -> tuple[list[tuple[str, str, int]], list[str]]:
    """(archive links, titles of the items after the first) of a news list whose second
    entry is ``entry``."""
    text = f"# Ada\n\n## News\n\n- Jun 2025: Gave a talk.\n- {entry}\n"
    page, events = parse_page(
        Path("index.md"), site_root="https://me.example.org/", reporter=Reporter(quiet=True),
        text=text,
    )  # fmt: skip
    assert events[0].title == "Gave a talk"
    return list(page.archive), [e.title for e in events[1:]]


FOLLOWED = [
    ("[More updates →](news.qmd)", "More updates →", "news.qmd"),
    ("See [all news](/news/)", "all news", "/news/"),
    ("See: [older](/n)", "older", "/n"),
    ("[See all](/n)", "See all", "/n"),
    ("[View the full list](/n)", "View the full list", "/n"),
    ("[Read more news](/n)", "Read more news", "/n"),
    ("[More](/n)", "More", "/n"),
    ("[All 2023 news](/n)", "All 2023 news", "/n"),
    ("[Más noticias](/n)", "Más noticias", "/n"),
    ("[Plus d’actualités](/n)", "Plus d’actualités", "/n"),
    ("[ältere Meldungen](/n)", "ältere Meldungen", "/n"),
    ("[Meer nieuws](/n)", "Meer nieuws", "/n"),
    ("**[More news »](/n)**", "More news »", "/n"),
    ("_[Older posts](/n)_", "Older posts", "/n"),
    ("→ [more…](/n)", "more…", "/n"),
    ("[更多新闻](/n)", "更多新闻", "/n"),
    ("[更多](/n)", "更多", "/n"),
    # raw HTML links, quoted or not, with markup inside
    ('<a href="/news/">All news →</a>', "All news →", "/news/"),
    ("<a href='/n'>Older news</a>", "Older news", "/n"),
    ("<a href=/n>Older news</a>", "Older news", "/n"),
    ('<a class="x" href="/a?b=1&amp;c=2">Older news</a>', "Older news", "/a?b=1&c=2"),
    ('<a href="/n">Older <code>news</code></a>', "Older news", "/n"),
    # a target named as the news page, whatever the words
    ("[Full history](/news)", "Full history", "/news"),
    ("[Blog](/all-news.html)", "Blog", "/all-news.html"),
    ("[Blog](/news-2023/)", "Blog", "/news-2023/"),
    ("[News](/news.html#top)", "News", "/news.html#top"),
    ("[News](https://x.org/news/)", "News", "https://x.org/news/"),
    ("[Archive](/news/2023/)", "Archive", "/news/2023/"),
    ("[Recent](/recent-news/)", "Recent", "/recent-news/"),
    ("[Stories](/Neuigkeiten.HTML)", "Stories", "/Neuigkeiten.HTML"),
    ("[Stories](/actualit%C3%A9s/)", "Stories", "/actualit%C3%A9s/"),
    # a year: one page of a yearly archive
    ("[2024](/p)", "2024", "/p"),
    ("[(2024)](/p)", "(2024)", "/p"),
    ("[1999](/p)", "1999", "/p"),
    ("[2023年](news-2023.md)", "2023年", "news-2023.md"),
]


@pytest.mark.parametrize(("entry", "text", "href"), FOLLOWED)
def test_a_more_link_is_followed(entry, text, href):
    assert read(entry) == ([(text, href, 6)], [])


KEPT = [
    ("[Read more](/n)", "Read more"),
    ("[Read more](/news/)", "Read more"),
    ("[All publications](/pubs)", "All publications"),
    ("[Older news](/n) (2019–2023)", "Older news"),
    ("[One two three four five six more](/n)", "One two three four five six more"),
    ("[more from my lab](/n)", "More from my lab"),
    ("[More](/n) and [older](/m)", "More and older"),
    ("Jun 2024: [More news](/n) on robots", "More news on robots"),
    ("[News](#news)", "News"),
    ("[News](ftp://x.org/news/)", "News"),
    ("[Blog](/posts/)", "Blog"),
    ("[Blog](/news/index.html)", "Blog"),
    ("[Stories](/nouvelles-recentes/)", "Stories"),
    ("[Stories](/2023/)", "Stories"),
    ("[新闻](/n)", "新闻"),
    ("[查看更多新闻内容和历史记录](/n)", "查看更多新闻内容和历史记录"),
    ('<a href="/n" class="x">Older news</a> <a href="/m">x</a>', "Older news x"),
    ('<a href="/n">Older</a> news', "Older news"),
    ('<a name="x">Older news</a>', "Older news"),
    ("[More](/" + "a" * 600 + ")", "More"),
]


@pytest.mark.parametrize(("entry", "title"), KEPT)
def test_what_is_no_more_link_is_an_item(entry, title):
    assert read(entry) == ([], [title])


# Session 19 (mutate10b): the survivors of the first mutation run of more_links.py.
FOLLOWED_TOO = [
    # a Markdown entry of exactly 600 characters may still be a link alone
    ("[More](/" + "a" * 591 + ")", "More", "/" + "a" * 591),
    # words around the link: an arrow before "See", six words
    ("→ See [all news](/news/)", "all news", "/news/"),
    ("[See all of the older news](/n)", "See all of the older news", "/n"),
    ("[More news 📰](/n)", "More news 📰", "/n"),
    ("[查看更多的新闻和历史记录](/n)", "查看更多的新闻和历史记录", "/n"),  # 12 characters
    # a target named as the news page: http, and the words a news page's name may add
    ("[News](http://x.org/news/)", "News", "http://x.org/news/"),
    ("[Blog](/NEWS-INDEX/)", "Blog", "/NEWS-INDEX/"),
    ("[Blog](/news-page/)", "Blog", "/news-page/"),
    ("[Blog](/news-index.html)", "Blog", "/news-index.html"),
    ("[Blog](/news-list/)", "Blog", "/news-list/"),
    ("[Blog](/the-news/)", "Blog", "/the-news/"),
    ("[Blog](/my-news/)", "Blog", "/my-news/"),
    ("[Blog](/our-news/)", "Blog", "/our-news/"),
    # a raw <a> left open: a browser shows the rest of the entry as its link
    ('<a href="/news/">All news →', "All news →", "/news/"),
    ("<a href='/n'>Older news", "Older news", "/n"),
    ('<a href="/n">Older `news`', "Older news", "/n"),
    ('<a href="/n">Older <b>news', "Older news", "/n"),
    ('See <a href="/news/">all news', "all news", "/news/"),
    ('*→* <a href="/news/">All news', "All news", "/news/"),
]


@pytest.mark.parametrize(("entry", "text", "href"), FOLLOWED_TOO)
def test_more_links_at_the_bounds_are_followed(entry, text, href):
    assert read(entry) == ([(text, href, 6)], [])


KEPT_TOO = [
    ("[See all of the older news here](/n)", "See all of the older news here"),  # 7 words
    ("[查看更多的新闻和历史记录吧](/n)", "查看更多的新闻和历史记录吧"),  # 13 characters
    ('<a href="/n">Older <a href="/news/">news', "Older news"),  # two anchors
]


@pytest.mark.parametrize(("entry", "title"), KEPT_TOO)
def test_no_more_link_past_the_bounds(entry, title):
    assert read(entry) == ([], [title])
