"""Metadata written as ``Key: value`` lines at the top of a Markdown file, with no fence:
Pelican's own format (and MultiMarkdown's, Python-Markdown's ``meta``)::

    Title: News
    Date: 2016-01-01 10:20
    Save_as: index.html

    ## 2016

It is metadata only when its first line is ``Title:`` with a value and every line up to
the first blank one is such a line (a value may go on in lines indented under it), so a
page opening with a sentence ("Note: we moved") is never read as one. The keys are
lower-cased, as Pelican reads them; the lines are blanked, every other keeping its number.
"""

from __future__ import annotations

import re
from typing import Any

_FIELD = re.compile(r"^([A-Za-z][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$")
_LIMIT = 60  # lines of metadata at most


def header_metadata(text: str) -> tuple[dict[str, Any], str] | None:
    """(metadata, the text with its lines blanked), or ``None`` when ``text`` does not
    open with such metadata."""
    lines = text.lstrip("\ufeff").split("\n", _LIMIT + 1)
    first = _FIELD.match(lines[0])
    if first is None or first.group(1).lower() != "title" or not first.group(2):
        return None
    meta: dict[str, Any] = {}
    key = ""
    for count, line in enumerate(lines[:_LIMIT]):
        if not line.strip():
            rest = text.split("\n", count)[-1]
            return meta, "\n" * count + rest
        field = _FIELD.match(line)
        if field is not None:
            key = field.group(1).lower()
            meta[key] = field.group(2)
        elif line[:1] in (" ", "\t") and key:  # the value goes on
            meta[key] = f"{meta[key]} {line.strip()}".strip()
        else:
            return None
    return None
