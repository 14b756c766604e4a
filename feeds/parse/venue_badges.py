"""A bold word in parentheses opening an item, and a venue tag in parentheses.

``**(Oral)** (CVPR 2025) Learning to see`` is a paper's badge (how it was accepted),
then its venue and year: the badge is no kind label and no title, and the venue tag
``(CVPR 2025)`` is read as ``[CVPR 2025]`` is, for the year it gives.
"""

from __future__ import annotations

import re

from .dates.venue_tag import BRACKET
from .inline import Flat

# A short word or two in parentheses, no digits: "(Oral)", "(Spotlight)", "(Best Paper)".
_BADGE = re.compile(r"\(\s*[^\W\d_][^()\[\]\n\d]{1,30}\)")
_AFTER = re.compile(r"\s*(?:[:|–—-]+\s*)?")
# A venue tag in brackets or parentheses at a given place: "[ICML 2025]", "(CVPR 2025)".
_TAG_AT = re.compile(rf"\s*(?:{BRACKET}|\((?P<round>[^()\n]{{3,48}})\))")


def after_badge(flat: Flat, start: int) -> int:
    """Where the text after a bold badge in parentheses opening ``flat.text[start:]``
    (``**(Oral)**``, ``**(Spotlight)**``) begins; ``start`` when there is none."""
    text = flat.text
    bold = next((b for b in flat.bold if b.start >= start), None)
    if bold is None or text[start : bold.start].strip():
        return start
    said = text[bold.start : bold.end].strip()
    if not _BADGE.fullmatch(said) or any(
        k.start < bold.end and k.end > bold.start for k in flat.links
    ):
        return start
    return _AFTER.match(text, bold.end).end()


def venue_tag_at(text: str, start: int) -> tuple[str, int] | None:
    """The text of a tag in brackets or parentheses at ``start`` and where it ends."""
    found = _TAG_AT.match(text, start)
    if found is None:
        return None
    return found["body"] or found["round"], found.end()
