"""Links that close a news section by pointing to a page with more news.

A homepage often shows its latest news and ends the list with a link to the rest:
``[More updates →](news.qmd)``, ``All news``, ``Older news``, ``See all``, ``more…``,
``Más noticias``, ``Plus d'actualités``, ``ältere Meldungen``, ``更多新闻``. Such a link,
alone in its paragraph or list entry of the news section, is not an item: it is
followed as an archive link is (:mod:`feeds.inputs.archive`). So is a link alone whose
target is named as the site's news page (``/news``, ``news.html``, ``/news/``,
``all-news.html``, ``/updates/``), whatever its words (``[[Full history](/news)]``), and
a link alone whose text is a year (``[2023年](news-2023.md)``), one page of a yearly
archive. ``Read more`` (one item's own page) and ``All publications`` are not news pages
and are left alone.
"""

from __future__ import annotations

import posixpath
import re
from html import unescape
from urllib.parse import unquote, urlsplit

from markdown_it.token import Token

from ..lazy_pattern import beyond, lazy
from ..text import squash, without_accents
from .blocks import whole_date
from .inline import flatten
from .raw_items import RawItem

MORE_WORDS = frozenset({
    "more", "all", "older", "old", "earlier", "past", "previous", "prior", "former", "full",
    "complete", "entire",
    "complet", "completo", "completa",
    "archive", "archives", "archived", "mas", "todas", "todos", "anteriores", "antiguas",
    "pasadas", "plus", "toutes", "tous", "anciennes", "precedentes", "alle", "altere",
    "aeltere", "weitere", "mehr", "fruhere", "fruehere", "mais", "antigas", "altre",
    "tutte", "precedenti", "meer", "oudere", "eerdere"
})  # fmt: skip
NEWS_WORDS = frozenset({
    "news", "updates", "update", "posts", "entries", "items", "announcements", "events",
    "stories", "noticias", "novedades", "novidades", "nouvelles", "actualites",
    "actualite", "neuigkeiten", "meldungen", "nachrichten", "aktuelles", "beitrage",
    "beitraege", "notizie", "novita", "nieuws", "berichten", "history", "historial",
    "historique", "historico"
})  # fmt: skip
# What a news page's file or permalink is named (``/news/``, ``all-news.html``): a
# narrower set than NEWS_WORDS, for ``posts`` or ``events`` may be a blog or a calendar.
PAGE_NAMES = frozenset({
    "news", "updates", "announcements", "noticias", "novedades", "novidades", "nouvelles",
    "actualites", "neuigkeiten", "aktuelles", "notizie", "nieuws"
})  # fmt: skip
FILLER_WORDS = frozenset({
    "see", "view", "show", "here", "click", "for", "list", "the", "of", "my", "our", "a", "an",
    "in", "de",
    "d", "del", "la", "las", "los", "les", "des", "der", "die", "das", "dos", "da",
    "di", "delle", "le", "ver", "voir", "anzeigen", "vedi", "mostra", "zu"
})  # fmt: skip
_CJK_MORE = re.compile(r"更多|全部|所有|以前|过去|過去|往期|もっと|一覧|すべて|以前の")
_CJK = lazy(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_OPEN_A = re.compile(r"<a\b[^>]*?\bhref\s*=\s*(?:\"([^\"]*)\"|'([^']*)'|([^\s>]+))", re.I)
_AROUND = " \t→⟶»›>.…-–—()[]|·:«‹<"
_BEFORE = " \t→⟶»›>.…-–—()|·:«‹*_"  # what may stand before the link (and emphasis)
_LEAD = re.compile(r"^(?:see|view|show|voir|ver|vedi|siehe)\b[\s:]*", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d\s*年?")
_BOLD_DATE = re.compile(r"\*\*(?P<date>[^*\n]{1,40})\*\*\s*")
_LONGEST = 600  # characters of Markdown: a link alone (its URL included) is shorter


def more_link(raw: RawItem) -> tuple[str, str, int] | None:
    """(text, href, line) when the entry ``raw`` is only a "more news" link."""
    inlines = [t for t in raw.tokens if t.type == "inline"]
    if len(inlines) != 1:
        return None
    content = inlines[0].content
    dated = _BOLD_DATE.match(content)  # "**May 2024** [All news](…)": a date line's link
    dated = dated if dated and whole_date(dated["date"]) else None
    content = content[dated.end() :] if dated else content
    said = squash(unescape(content))  # "See&nbsp;[all news]", "→" + line break + "[All news]"
    opening = _LEAD.sub("", said.lstrip(_BEFORE))[:2].lower()
    if len(content) > _LONGEST or not (opening[:1] == "[" or opening == "<a"):
        return None  # too long to be a link alone, or not opening with one: most items
    flat = flatten(inlines)
    if len(flat.links) == 1:
        link = flat.links[0]
        text, href = flat.link_text(link), link.href
        rest = flat.text[: link.start] + flat.text[link.end :]
    elif not flat.links and (anchor := _html_anchor(inlines[0].children or [])):
        text, href, rest = anchor  # <a href="/news/">All news →</a> in Markdown
    else:
        return None
    rest = rest.replace(dated["date"], "") if dated else rest  # "(May 2024)" again too
    rest = _LEAD.sub("", squash(rest).strip(_AROUND))  # "See [all news](/news/)", &nbsp;
    if (
        href
        and not rest.strip(_AROUND)
        and (says_more(text) or _names_news_page(href, text) or is_year_page(text))
    ):
        return text, href, raw.line
    return None


def _names_news_page(href: str, text: str) -> bool:
    """Whether ``href`` is a page of the site named as its news page (``/news/``,
    ``news.html``, ``../all-news``), and ``text`` is not ``Read more`` (an item's page)."""
    parts = urlsplit(href.strip())
    if parts.scheme not in ("", "http", "https") or parts.fragment and not parts.path:
        return False
    name = posixpath.basename(unquote(parts.path).rstrip("/"))
    stem = without_accents(re.sub(r"\.[A-Za-z]{1,8}$", "", name).lower())
    words = re.findall(r"[^\W\d_]+", stem)
    if not words or not any(w in PAGE_NAMES for w in words):
        return False
    allowed = PAGE_NAMES | MORE_WORDS | {"page", "index", "list", "the", "my", "our", "recent"}
    said = re.findall(r"[^\W\d_]+", without_accents(text.lower()))
    return all(w in allowed for w in words) and said[:1] != ["read"]


def is_year_page(text: str) -> bool:
    """Whether a link's text is only a year (``2024``, ``2024年``): the link leads to
    that year's news page of an archive (``- [2023](news-2023.md)``), it is no item."""
    return _YEAR.fullmatch(text.strip(_AROUND)) is not None


def _html_anchor(children: list[Token]) -> tuple[str, str, str] | None:
    """(text, href, the text around it) of the one raw ``<a href>`` of an inline run."""
    inside: list[str] = []
    outside: list[str] = []
    href, anchors, within = "", 0, False
    for child in children:
        if child.type == "html_inline" and (opening := _OPEN_A.match(child.content)):
            anchors += 1
            href = unescape(next((g for g in opening.groups() if g is not None), ""))
            within = True  # (a closed one is a link of flatten's: only one left open here)
        elif child.type in ("text", "code_inline"):
            (inside if within else outside).append(child.content)
    return ("".join(inside), href, "".join(outside)) if anchors == 1 else None


def says_more(text: str) -> bool:
    """Whether a link's text says it leads to more news (``See all``, ``Older news``)."""
    if beyond(text, "\u3040") and _CJK.search(text):
        return len(text.strip(_AROUND)) <= 12 and _CJK_MORE.search(text) is not None
    folded = without_accents(text.lower().replace("’", "'"))
    words = re.findall(r"[^\W\d_]+", folded)
    if not words or len(words) > 6:
        return False
    allowed = MORE_WORDS | NEWS_WORDS | FILLER_WORDS | {"read"}
    if any(w not in allowed for w in words) or not any(w in MORE_WORDS for w in words):
        return False
    return "read" not in words or any(w in NEWS_WORDS for w in words)
