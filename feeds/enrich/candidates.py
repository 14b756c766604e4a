"""What a paper item without an arXiv link says about its paper: DOIs and likely titles.

Titles are compared folded (:func:`fold_title`: LaTeX made text, accents, case and
punctuation dropped), names likewise (:func:`fold_name`); only an equal folded title
(or DOI) with the site's author among the paper's authors counts as the same paper.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from itertools import chain, islice
from urllib.parse import unquote

from ..latex_text import latex_in_text
from ..model import Item
from ..text import without_accents

MIN_WORDS, MAX_WORDS = 3, 40  # a title has this many words
MAX_TITLES = 3  # title candidates looked up per item
MAX_DOIS = 2  # DOIs looked up per item
_PAPER_TEXT = re.compile(r"\b(?:paper|preprint|accepted)\b", re.IGNORECASE)
_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"'<>]{1,300})", re.IGNORECASE)
_DOI_URL = re.compile(r"^https?://(?:dx\.)?doi\.org/(10\.\d{4,9}/\S+)$", re.IGNORECASE)
# Quantifiers are bounded (a title is short): linear time on any item, however long.
_ITALIC = re.compile(r"<(em|i)\b[^>]{0,200}>(.{1,400}?)</\1>", re.IGNORECASE | re.DOTALL)
_QUOTED = re.compile(r"“([^”]{1,400})”|\"([^\"]{1,400})\"|‘([^’]{1,400})’|«([^»]{1,400})»")
_PAPER_WORD = re.compile(r"\bpaper\b", re.IGNORECASE)
_AFTER_PAPER = re.compile(
    r"paper\s{0,9}(?:(?:titled|entitled|called)\b\s{0,9})?[,:]?\s{0,9}(?P<title>.{1,400}?)"
    r"(?=\s+(?:(?:was|is|has\s+been|got|have\s+been|appears?|appeared|will\s+appear|"
    r"to\s+appear|accepted|published|on\s+arxiv)\b|\s+(?:in|at|to|by)\s+[A-Z])|[.!?;](?:\s|$)|$)",
    re.IGNORECASE,
)
_GENERIC = {
    "here", "this paper", "our paper", "the paper", "link", "pdf", "arxiv", "preprint",
    "project page", "website", "code", "slides", "video", "abstract", "open access",
    "now live online with open access", "full paper", "paper link", "camera ready",
}  # fmt: skip
_LATEX_ACCENT = re.compile(r"\\[`'^\"~=.uvHc]\s*\{?\s*([A-Za-z])\s*\}?")


def is_paper(event: Item) -> bool:
    """Whether the item announces a paper: its type (:mod:`feeds.parse.types`) says so."""
    return event.type == "paper"


def fold_title(text: str) -> str:
    """``On {\\"O}rd\\'er: $\\ell_p$-Norms!`` → ``on order ℓp norms``."""
    text = _LATEX_ACCENT.sub(r"\1", latex_in_text(html.unescape(text)))
    text = re.sub(r"\\[A-Za-z]+", " ", text)
    text = without_accents(text).casefold()
    return " ".join(re.findall(r"[^\W_]+", text))


def fold_name(name: str) -> str:
    """``Jürgen  Müller-Øster`` → ``jurgen muller øster``: names compared this way."""
    return fold_title(name)


def fold_doi(doi: str) -> str:
    """A DOI as compared: lower case, no trailing punctuation."""
    return unquote(doi).strip().rstrip(".,;:)]").lower()


@dataclass(frozen=True)
class Wanted:
    """One thing to look up: ``key`` in the cache, ``clause`` in the arXiv query."""

    kind: str  # "doi" | "title"
    value: str  # the folded DOI or title

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.value}"

    @property
    def clause(self) -> str:
        return f'{"doi" if self.kind == "doi" else "ti"}:"{self.value}"'


def dois(event: Item) -> list[str]:
    """The DOIs an item links or writes (arXiv's own excepted), first first, at most two."""
    found = []
    for link in event.links:
        match = _DOI_URL.match(link.url)
        if match:
            found.append(match.group(1))
    found += (m.group(1) for m in islice(_DOI.finditer(event.text), MAX_DOIS * 5))
    folded = (fold_doi(d) for d in found)
    usable = (d for d in folded if '"' not in d and "10.48550/arxiv" not in d)
    return list(dict.fromkeys(usable))[:MAX_DOIS]


def titles(event: Item) -> list[str]:
    """Likely titles of the item's paper, folded: link texts, italics, quotes, after "paper".

    At most ``MAX_TITLES``, the first found first; the text is read only as far as needed.
    """
    text = event.text.removeprefix(event.kind).lstrip(" :")  # the kind is no title
    after = (_AFTER_PAPER.match(text, m.start()) for m in _PAPER_WORD.finditer(text))
    raw = chain(
        (link.text for link in event.links if link.text),
        (re.sub(r"<[^>]+>", "", m.group(2)) for m in _ITALIC.finditer(event.html)),
        (next(g for g in m.groups() if g) for m in _QUOTED.finditer(event.text)),
        (m.group("title") for m in islice(after, MAX_TITLES * 3) if m),
    )
    kept: list[str] = []
    for candidate in islice(raw, MAX_TITLES * 10):
        if candidate.strip().lower() in _GENERIC:
            continue
        folded = fold_title(candidate)
        words = folded.split()
        wordy = sum(len(w) >= 3 and not w.isdigit() for w in words) >= 2  # not a date
        if MIN_WORDS <= len(words) <= MAX_WORDS and wordy and folded not in kept:
            kept.append(folded)
            if len(kept) == MAX_TITLES:
                break
    return kept


def wanted(event: Item) -> list[Wanted]:
    """What to look up for a paper item without an arXiv link: its DOIs, then its titles."""
    return [Wanted("doi", d) for d in dois(event)] + [Wanted("title", t) for t in titles(event)]
