"""A document of a site read for its front matter, or left out with one warning.

Every reader of one-file-per-item folders (``_posts/``, ``_news/``, a blog's posts, a
listing's documents) skips a document whose front matter cannot be read, saying so at
its line 1: one function, so the message is the same everywhere. Its front-matter date
is read, or said missing or unreadable, by :func:`front_date_or_warn`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..diagnostics import Reporter
from ..model import DateSpan
from ..parse.front_matter import BadFrontMatter, key_line, split_front_matter


def front_matter_or_warn(
    text: str, source: str, reporter: Reporter | None, left_out: str
) -> tuple[dict[str, Any], str] | None:
    """:func:`~feeds.parse.front_matter.split_front_matter` of ``text``; ``None`` when its
    front matter cannot be read, after a warning at ``source``:1 ending in ``left_out``
    (``"post skipped"``)."""
    try:
        return split_front_matter(text)
    except BadFrontMatter as exc:
        if reporter is not None:
            message = f"front matter is not valid {exc.language} ({exc}); {left_out}"
            reporter.warn(source, 1, message)
        return None


def front_date_or_warn(
    value: Any,
    read: Callable[[Any], DateSpan | None],
    text: str,
    source: str,
    key: str,
    reporter: Reporter,
    *,
    what: str,
    example: str,
) -> DateSpan | None:
    """A document's front-matter date ``value`` (under ``key``) as ``read`` gives it;
    ``None`` when it is missing or unreadable, after a warning at its line: the document
    is published undated. ``what`` names the document ("news item"), ``example`` a date
    written as it should be."""
    if value is None or value == "":
        message = f"{what} has no 'date:' in its front matter; published undated"
        reporter.warn(source, key_line(text, "date"), message, code="undated")
        return None
    span = read(value)
    if span is None:
        message = f"cannot read the date {str(value)!r} (write e.g. {example}); published undated"
        reporter.warn(source, key_line(text, key), message, code="undated")
    return span
