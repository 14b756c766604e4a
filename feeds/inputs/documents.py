"""A document of a site read for its front matter, or left out with one warning.

Every reader of one-file-per-item folders (``_posts/``, ``_news/``, a blog's posts, a
listing's documents) skips a document whose front matter cannot be read, saying so at
its line 1: one function, so the message is the same everywhere.
"""

from __future__ import annotations

from typing import Any

from ..diagnostics import Reporter
from ..parse.front_matter import BadFrontMatter, split_front_matter


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
