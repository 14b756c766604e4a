"""A role in brackets right after an item's leading date: ``(Nov 18, 2022)-(invited) Talk
at …``, ``[Mar 2024] [keynote] …``, ``**May 2023** (Oral) Our paper …``. How the author
took part (invited, keynote, plenary, oral, poster, spotlight) or where (online, virtual)
belongs with the date, as ``(Nov 18, 2022, invited)`` would: the item's role, note or
place (:func:`~feeds.parse.describe.describe`), never the first words of its title."""

from __future__ import annotations

import re
from dataclasses import replace

from .dates import DateMatch

_WORDS = (  # the word alone: "(Invited Talk) at the seminar" is the sentence's
    r"invited|keynote|plenary|oral|poster|spotlight|highlight"
    r"|online|virtual|remote|hybrid|in[- ]person"
)
# After the date: a dash, colon or bar maybe, the bracket, then what ends it likewise.
_ROLE = re.compile(
    rf"\s*[-–—:|]?\s*(?:\((?P<round>{_WORDS})\)|\[(?P<square>{_WORDS})\])\s*[-–—:|]?\s*",
    re.IGNORECASE,
)


def with_date_role(text: str, date: DateMatch) -> tuple[DateMatch, int]:
    """``date`` with the role in brackets right after it in ``text`` added to what shares
    its bracket (:attr:`DateMatch.aside`), and where the item's words begin."""
    found = _ROLE.match(text, date.end)
    if found is None or found.end() == len(text):  # "(Nov 2022) (Oral)" alone: its words
        return date, date.end
    role = found["round"] or found["square"]
    return replace(date, aside=f"{date.aside}, {role}" if date.aside else role), found.end()
