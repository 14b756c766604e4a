"""The date Jekyll gives a collection document from its file name: every collection's
documents (``_news/2025-02-07-paper.md``, also under ``collections_dir``), not only the
posts, are dated by a ``YYYY-MM-DD-`` prefix when their front matter has no ``date:``; so
are a JavaScript site's content collection documents (Astro ``src/content/news/``), whose
pages take the day from the entry's id, its file name."""

from __future__ import annotations

import re
from pathlib import Path

_DATED_NAME = re.compile(r"(\d{4}-\d{1,2}-\d{1,2})-.")


def name_date(path: Path) -> str | None:
    """``"2025-02-07"`` of ``2025-02-07-paper.md``; ``None`` for a name without it."""
    found = _DATED_NAME.match(path.stem)
    return found.group(1) if found else None
