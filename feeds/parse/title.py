"""A short human title for an item: the paper's title, the talk's venue, or a first sentence."""

from __future__ import annotations

import re

from ..arxiv_ids import arxiv_id
from ..kinds import of_kinds
from ..model import Item
from ..text import emojize, first_sentence, shorten, squash
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
_SYMBOLS = re.compile(r"^[^\w\"'“‘(\[]+")
_SESSION = re.compile(
    r"^(?:the\s+)?(?:session|minisymposium|mini-symposium|special session)\s+(?P<name>.+?)"
    r"\s+at\s+(?:the\s+)?(?P<venue>[^.;]+)$",
    re.IGNORECASE,
)
_LEAD = re.compile(r"^(?:(?:in|at|on|for|@|during)\s+)?(?:the\s+)?", re.IGNORECASE)
# A date the date rules left at the front ("June'18.", "[Sept. 2017]", "**2017.09**:"):
# never part of a title.
_LEADING_DATE = re.compile(
    r"^[\[(*_\s]*(?:"
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
    r"(?:\s*\d{1,2}(?:st|nd|rd|th)?,?)?\s*(?:['’]\d{2}|\d{4})"
    r"|\d{4}[./-]\d{1,2}(?:[./-]\d{1,2})?|\d{1,2}[./-]\d{4}"
    r")(?![\w'’])[\])*_]*\s*[.:,;–—-]?\s+(?=\S)",
    re.IGNORECASE,
)


PAPER_WORDS = ("paper", "preprint", "publication", "article")


def is_talk(event: Item) -> bool:
    return of_kinds(event.kind_slug, TALK_WORDS)


def is_paper(event: Item) -> bool:
    return bool(event.arxiv) or of_kinds(event.kind_slug, PAPER_WORDS)


def strip_tail(text: str) -> str:
    """Drop trailing bracketed attachments (``[Slides] [Video]``) and punctuation."""
    while True:
        text = text.rstrip(" \t\n.!,;:")
        open_ = text.rfind("[")
        if not text.endswith("]") or open_ < 0 or "]" in text[open_ + 1 : -1]:
            return squash(text)
        text = text[:open_]


def _title_like(text: str) -> bool:
    words = text.split()
    return len(words) >= 3 and text.lower() not in _GENERIC


def paper_title(event: Item, head: Flat) -> str | None:
    """The link text naming the paper: an arXiv link first, then any title-like link
    when no link goes to arXiv (short arXiv names, ``[UniX](arxiv…)``, are the papers:
    another link, a video or a press article, is not their title)."""
    spans = [(head.link_text(s).strip(), s.href) for s in head.links]
    for text, href in spans:
        if arxiv_id(href) and _title_like(text):
            return text
    if is_paper(event) and not any(arxiv_id(href) for _, href in spans):
        for text, _ in spans:
            if _title_like(text):
                return text
    return None


def _without_attachments(event: Item, body: str) -> str:
    """``… [Slides] …`` and trailing ``PDF Data Code`` link words taken out of a title."""
    labels = [link.text for link in event.links if link.attachment and link.text]
    for label in labels:
        body = body.replace(f"[{label}]", " ")
        body = re.sub(rf"\(\s*{re.escape(label)}\s*\)", " ", body)  # "talk (slides) at"
    words = body.split()
    while words and words[-1].strip(".,;") in labels:
        words.pop()
    return " ".join(words)


def make_title(event: Item, body: str, head: Flat) -> str:
    """The feed title of ``event`` (plain text, at most 120 characters)."""
    found = paper_title(event, head) if is_paper(event) else None
    if found:
        return shorten(emojize(found))
    body = _LEADING_DATE.sub("", _without_attachments(event, body), count=1)
    if is_talk(event):
        body = _LEAD.sub("", body, count=1)
        if session := _SESSION.match(body):  # "the session X at Venue" → "Venue: X"
            body = f"{session['venue']}: {session['name']}"
    title = _SYMBOLS.sub("", emojize(first_sentence(body)))  # no leading emoji or bullets
    title = shorten(strip_tail(title).rstrip(".!:;,"))
    return title[:1].upper() + title[1:]
