"""The date an item opens with, in bold (``**Nov 18, 2022** Talk at …``) or after a tag
in brackets that is no date (``[ABC 2024] March 5, 2024: …``); and what the readers of an
item's opening share (:mod:`.item`: its label, its venue tag): whether the text before a
bold run has words, and the separator after an opening (``:``, ``|``, a dash).
"""

from __future__ import annotations

import re

from .bold_range import range_end, time_after
from .dates import DateMatch, match_prefix, parse_date
from .dates.reading import day_first, reading
from .inline import Flat

_DOTTED_DAY_MONTH = re.compile(r"[0-3]?\d\.[01]?\d\.")  # "18.11.": day first, as in German
# An emoji as jemoji writes it, ":tada:" (its first colon may be gone with the date before
# it: "**Mar 2026:** :bulb: …").
_SHORTCODE = re.compile(r"(?:^\s*|:)[a-z0-9_+-]{1,40}:(?!\S)")
LABEL_SEP = re.compile(r"\s*(?:[:|–—-]+\s*)?")


def bold_date(flat: Flat, year: int | None = None) -> DateMatch | None:
    """A leading bold date: ``**Nov 18, 2022** Talk at …``."""
    if flat.bold and not has_words(flat.text[: flat.bold[0].start]):
        bold = flat.bold[0]
        said = flat.text[bold.start : bold.end].strip(" []:")
        if _DOTTED_DAY_MONTH.fullmatch(said) is None or day_first():
            found = parse_date(said, year)
        else:
            with reading(True):  # "**18.11.**", "**05.03.**": German, day first
                found = parse_date(said, year)
        if found is not None:
            # "**Nov 18** - Dec 2:"; the end in the start's year ("**Nov 18, 2023** - Dec 2")
            found, after = range_end(flat.text, found, bold.end)
            found, after = time_after(flat.text, found, after)  # "**12 May 2024** 3pm:"
            timed = match_prefix(flat.text, year) if after == bold.end else None
            days = timed and (timed.span.start, timed.span.end) == (found.start, found.end)
            if days and timed.span.timed and timed.end > after:  # "**12 May 2024**, 10:00 …"
                found, after = timed.span, timed.end
            end = LABEL_SEP.match(flat.text, after)
            return DateMatch(found, 0, end.end() if end else after)
    return None


def has_words(text: str) -> bool:
    """Whether ``text`` (what precedes a bold run) has words, not just emoji (``:bulb:``,
    a Jekyll emoji shortcode, too) or brackets."""
    return any(ch.isalnum() for ch in (_SHORTCODE.sub("", text) if ":" in text else text))


_TAG = re.compile(r"\W*?(?:\[([^\[\]]{1,40})\]|\(([^()]{1,40})\)|【([^【】]{1,40})】)\s*")


def tagged_date(flat: Flat, year: int | None = None) -> DateMatch | None:
    """The date after a leading tag in brackets that is no date (``[ABC 2024] March 5,
    2024: …``, ``(Team X) 2024-02-02 …``): the item's date; the tag is no title."""
    tag = _TAG.match(flat.text)
    if tag is None or any(link.start < tag.end() for link in flat.links):
        return None
    said = next(g for g in tag.groups() if g is not None).strip()
    if parse_date(said, year) is not None or match_prefix(said, year) is not None:
        return None  # a date, or a date and a place ("[Nov 2022, Boston] - Dec 2022: …")
    found = match_prefix(flat.text[tag.end() :], year)
    if found is None:
        return None
    return DateMatch(found.span, 0, tag.end() + found.end, found.aside)
