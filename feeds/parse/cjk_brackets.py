"""A date in CJK brackets opening an item (``【2026.09】 …``, ``**［2026年4月］** …``,
``〔2026.05〕``) is a date, as ``[2026.09]`` is: the full-width, lenticular and tortoise
shell brackets around it are read as ``[`` and ``]`` (one character each, so the
offsets of links and bold spans stay true). Brackets around anything else (``【WAIC】``,
a kind label) are left as written."""

from __future__ import annotations

import re
from dataclasses import replace

from .dates import parse_date
from .inline import Flat

_OPENING = re.compile(
    r"[\s*_~>\W]{0,4}?(?P<open>[【［〔〖〘])"
    r"(?P<inside>[^【】［］〔〕〖〗〘〙]{1,30})(?P<close>[】］〕〗〙])"
)
_PAIRS = {"【": "】", "［": "］", "〔": "〕", "〖": "〗", "〘": "〙"}


def ascii_date_brackets(flat: Flat) -> Flat:
    """``flat`` with the CJK brackets around a date opening it written ``[…]``."""
    found = _OPENING.match(flat.text)
    if found is None or _PAIRS[found["open"]] != found["close"]:
        return flat
    if parse_date(found["inside"].strip()) is None:
        return flat
    text = flat.text
    lo, hi = found.start("open"), found.start("close")
    return replace(flat, text=f"{text[:lo]}[{text[lo + 1 : hi]}]{text[hi + 1 :]}")
