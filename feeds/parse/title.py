"""A short human title for an item: the paper's title, the talk's venue, or a first sentence."""

from __future__ import annotations

import re
from functools import lru_cache

from ..arxiv_ids import arxiv_id
from ..kinds import of_kinds
from ..latex_text import ordinals
from ..model import Item
from ..text import emojize, first_sentence, shorten, squash
from .details_links import without_details_links
from .inline import Flat

TALK_WORDS = (
    "talk", "lecture", "keynote", "seminar", "presentation", "colloquium", "webinar",
    "panel", "tutorial", "speaker", "poster",
)  # fmt: skip
_GENERIC = {
    "here", "this", "link", "paper", "arxiv", "pdf", "preprint", "project page", "website",
    "code", "slides", "video", "our paper", "this paper", "abstract", "the paper", "doi",
    "open access", "now live online with open access", "full paper",
}  # fmt: skip
_SYMBOLS = re.compile(r"^[^\w\"'“‘(\[【「『〔〈《（［]+")  # a bracketed tag keeps both brackets
_SESSION = re.compile(
    r"^(?:the\s+)?(?:session|minisymposium|mini-symposium|special session)\s+(?P<name>.+?)"
    r"\s+at\s+(?:the\s+)?(?P<venue>[^.;]+)$",
    re.IGNORECASE,
)
_LEAD = re.compile(r"^(?:(?:in|at|on|for|@|during)\s+)?(?:the\s+)?", re.IGNORECASE)
# A date the date rules left at the front ("June'18.", "[Sept. 2017]", "**2017.09**:"):
# never part of a title.
_LEADING_DATE = re.compile(
    r"^[\[(*_\s]*(?:(?:[/&,–—-]|and|or|to)\s*)?(?:"
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
    r"(?:\s*\d{1,2}(?:st|nd|rd|th)?,?)?\s*(?:['’]\d{2}|\d{4})"
    r"|\d{4}[./-]\d{1,2}(?:[./-]\d{1,2})?|\d{1,2}[./-]\d{4}"
    r")(?![\w'’])[\])*_]*\s*[.:,;–—-]?\s+(?=\S)",
    re.IGNORECASE,
)

# Who wrote it with the author: "(with A and B)", "(w/ A)", "(joint work with A)".
_COAUTHORS = re.compile(
    r"\s*\((?:with|w/|joint(?:ly)? (?:work )?with|together with|in collaboration with)\s"
    r"[^()]*\)",
    re.IGNORECASE,
)
# A list of authors with initials after a paper's name: "(F. Pedregosa, G. Negiar and M. Jaggi)".
_NAME = r"[A-Z][\w'’-]*\.?(?:\s+[A-Z][\w'’-]*\.?){0,3}"
_AUTHOR_LIST = re.compile(
    rf"\s*\((?=[^()]*\b[A-Z]\.)\s*{_NAME}(?:\s*(?:,|and|&)\s*(?:and\s+)?{_NAME})+\s*\)"
)
# A trailing ": arXiv:2508.01234" (a link to the paper, not words about it).
_ARXIV_REFERENCE = re.compile(
    r"\s*[:,;(–—-]\s*arXiv\s*:?\s*\d{4}\.\d{4,5}(?:v\d+)?\)?[.!]?$", re.IGNORECASE
)
_SHORTCODE_AT = re.compile(r"[a-z0-9_+-]+:(?=\s|:|$)")
# A pointer after the news ("; see [our blog post]", "(see also [the project page])").
_POINTER = re.compile(
    r"\s*\(\s*(?:see|read|watch)\b[^()]*\)|\s*[;,–—]\s*(?:see|read more|watch)\b[^()]*$",
    re.IGNORECASE,
)
# A word each match of _ARXIV_REFERENCE, of _POINTER has, read as they read it (ignoring
# case): a text without it is not searched for them (which tries at every character).
_ARXIV_WORD = re.compile("arxiv", re.IGNORECASE)
_POINTER_WORD = re.compile("see|read|watch", re.IGNORECASE)
_TITLE_LIMIT = 120  # characters: shorten's limit
PAPER_WORDS = ("paper", "preprint", "publication", "article")


def is_talk(event: Item) -> bool:
    return _of_kinds(event.kind_slug, TALK_WORDS)


def is_labelled_paper(event: Item) -> bool:
    """Whether the author labelled the item a paper (``**Paper release**:``)."""
    return _of_kinds(event.kind_slug, PAPER_WORDS)


@lru_cache(maxsize=1024)
def _of_kinds(kind_slug: str, words: tuple[str, ...]) -> bool:
    """:func:`~feeds.kinds.of_kinds`, once per label: a page has few labels, many items."""
    return of_kinds(kind_slug, words)


_SLOT_WORDS = 3  # words of a bracket left alone that make it a title: "[Talk at MIT]"


def strip_tail(text: str) -> str:
    """Drop trailing bracketed attachments (``[Slides] [Video]``) and punctuation; a
    bracket of three or more words that is all the words left gives them (``[Major
    achievement or event]``, a template's slot a site still shows: its words, not an empty
    title; a lone ``[video]`` is still an attachment)."""
    while True:
        text = text.rstrip(" \t\n.!,;:")
        open_ = text.rfind("[")
        if not text.endswith("]") or open_ < 0 or "]" in text[open_ + 1 : -1]:
            return squash(text)
        inside = text[open_ + 1 : -1]
        if not text[:open_].strip() and len(inside.split()) >= _SLOT_WORDS:  # a sentence's
            return squash(inside)  # words, no "[video]": as an item wholly in brackets
        text = text[:open_]


def _title_like(text: str) -> bool:
    words = text.split()
    return len(words) >= 3 and text.lower() not in _GENERIC


def paper_title(head: Flat) -> str | None:
    """The link text naming the paper: an arXiv link first, then any title-like link
    when no link goes to arXiv (short arXiv names, ``[UniX](arxiv…)``, are the papers:
    another link, a video or a press article, is not their title)."""
    spans = [(head.link_text(s).strip(), s.href) for s in head.links]
    for text, href in spans:
        if arxiv_id(href) and _title_like(text):
            return text
    if not any(arxiv_id(href) for _, href in spans):
        for text, _ in spans:
            if _title_like(text):
                return text
    return None


def _named_works(head: Flat) -> list[str]:
    """The link texts that name a work (a paper's title): a title is never cut inside one."""
    texts = (squash(emojize(head.link_text(s), unknown="")) for s in head.links)
    return [text for text in texts if _title_like(text)]


def _without_attachments(event: Item, body: str) -> str:
    """``… [Slides] …`` and trailing ``PDF Data Code`` link words taken out of a title."""
    labels = [link.text for link in event.links if link.attachment and link.text]
    for label in labels:
        body = body.replace(f"[{label}]", " ")
        if "(" in body and label in body:  # (else the pattern cannot match)
            body = re.sub(rf"\(\s*{re.escape(label)}\s*\)", " ", body)  # "talk (slides) at"
    words = body.split()
    while words and words[-1].strip(".,;") in labels:
        words.pop()
    return " ".join(words)


def _bold_headline(body: str, head: Flat) -> str | None:
    """A bold first sentence closed by a CJK full stop (``**两篇工作被 ICML 接受。** 恭喜…``),
    which ends a title as ``. `` does; ``None`` when the body opens with none."""
    if not head.bold or not _CJK_STOP.search(body):
        return None
    opening = body.lstrip()
    for span in head.bold:
        run = head.text[span.start : span.end].strip()
        if len(run) > 1 and run[-1] in "。！？" and opening.startswith(run):
            return run
    return None


_CJK_STOP = re.compile(r"[。！？]")


def title_text(text: str, start: int) -> str:
    """What of the item's ``text`` from ``start`` (past its date and label) a title is made
    of; a shortcode the date rule cut into (``2026-05 :loud_sound: …``) is whole again."""
    if start > 0 and text[start - 1] == ":" and _SHORTCODE_AT.match(text, start):
        start -= 1
    return strip_tail(emojize(text[start:]))


def make_title(event: Item, body: str, head: Flat) -> str:
    """The feed title of ``event`` (plain text, at most 120 characters): the item's own words,
    its first sentence, not just the name of the paper it links ("I presented [Paper] at
    X" and "[Paper] won an award" are two news). Only an item the author labelled a paper
    (``**Paper release**: … [Name](…)``) is titled by the paper's name: label and name
    together say what happened."""
    found = paper_title(head) if is_labelled_paper(event) else None
    if found:
        return shorten(ordinals(emojize(found, unknown="")))
    body = without_details_links(body, (head.link_text(s) for s in head.links))  # "Read more"
    body = ordinals(emojize(_without_attachments(event, body), unknown=""))
    body = _LEADING_DATE.sub("", body, count=1)  # "/ Apr 2026:" of "**Aug 2025 / Apr 2026:**"
    if "(" in body:  # (both are in parentheses)
        body = _AUTHOR_LIST.sub("", _COAUTHORS.sub("", body))
    if is_talk(event):
        body = _LEAD.sub("", body, count=1)
        if session := _SESSION.match(body):  # "the session X at Venue" → "Venue: X"
            body = f"{session['venue']}: {session['name']}"
    title = _SYMBOLS.sub("", _bold_headline(body, head) or first_sentence(body))  # no bullets
    if _ARXIV_WORD.search(title):
        title = _ARXIV_REFERENCE.sub("", title)
    if _POINTER_WORD.search(title):
        title = _POINTER.sub("", title)
    title = strip_tail(title).rstrip(".!:;,")  # the names of works matter only to a cut:
    title = shorten(title, whole=_named_works(head) if len(title) > _TITLE_LIMIT else ())
    if "\u03b1" <= title[:1] <= "\u03c9":  # a symbol ($\pi^2$: π², α-Net), kept small
        return title
    return title[:1].upper() + title[1:]
