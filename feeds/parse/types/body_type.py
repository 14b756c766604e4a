"""The type a post's body gives when its title says nothing of its kind.

A lab's news post is often titled by the event and the topic alone ("Campus Tour |
Empowering Students at X", "Spring Day: Ana Li on Y"), and only its body says what was
done there: "Ana Li, of our lab, opened the session with a talk titled …", "Bo delivered
a talk on …", "Our paper was published in X". When the title has no word of a type and the
title with the post's lead paragraph (what the item is read from) says only news, the
body's first sentences are read, each alone, with the same word tables: the first whose
main verb gives a talk or a paper, and that names the talk or the paper (``gave a talk``,
``presented two posters``, ``our paper was accepted``), decides. A sentence that only
names one (``engaged through tech talks``) has no verb of it, and one whose verb has
another object (``presented the new laptop at the fair``) names none: neither decides.
"""

from __future__ import annotations

import re

from ..markdown import markdown, strip_tags
from .sentence import decide
from .words import NOUN, hits

MAX_SENTENCES = 8  # the body's opening sentences, after its lead paragraph
_TYPES = ("talk", "paper")
_HIDDEN = re.compile(r"<!--.*?(?:-->|\Z)|\{\{[<%].*?[>%]\}\}|\{%.*?%\}", re.DOTALL)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"“‘(]?[A-Z0-9])|(?<=[。！？])")


def body_type(title: str, read_type: str, body: str, *, lead_read: bool = True) -> str | None:
    """``talk`` or ``paper`` when a sentence of ``body`` (a post's Markdown; after its lead
    paragraph when ``lead_read``) says so by its main verb, the ``title`` having no word of
    a type and the item's words (title and lead) having given ``read_type`` ``news``; else
    ``None``."""
    if read_type != "news" or hits(title.lower()):
        return None
    for sentence in _sentences(body, lead_read)[:MAX_SENTENCES]:
        lowered = sentence.lower()
        found = hits(lowered)
        if not any(h.role != NOUN for h in found):
            continue  # no verb: a mention at most ("tech talks, live demos and …")
        said = decide(lowered)
        if said in _TYPES and any(h.role == NOUN and h.type == said for h in found):
            return said  # "delivered a talk titled", "our paper was published in X"
    return None


def _sentences(body: str, lead_read: bool) -> list[str]:
    """The sentences of ``body`` (after its first paragraph, the lead, when it was read),
    as plain text; paragraphs of a link or an image alone are left out."""
    paragraphs = [p for p in _HIDDEN.sub(" ", body).strip().split("\n\n") if p.strip()]
    paragraphs = paragraphs[1:] if lead_read else paragraphs
    found: list[str] = []
    for paragraph in paragraphs:
        text = " ".join(strip_tags(markdown().render(paragraph)).split())
        if len(text.split()) < 4:  # "Read the full article", a picture's caption
            continue
        found += [s for s in _SENTENCE_END.split(text) if s.strip()]
        if len(found) >= MAX_SENTENCES:
            break
    return found
