"""The section an included file is, by its name, when it opens with no heading of its own.

A homepage built of includes (``{% include_relative _includes/news.md %}``, then
``_includes/experience.md``, ``_includes/publications.md``) often gives each part its own
file; a part that opens with no heading (a raw-HTML list of jobs, each dated by a range)
would otherwise read as more of the news before it. Its file's name is its heading: an
included file named as a part of a CV that is not news (``experience``, ``education``,
``publications``, ``awards``, ``service``, ``teaching``, ``talks`` …) opens a section of
that name, which closes the news section (a talks section is then read as talks).
"""

from __future__ import annotations

import re
from pathlib import Path

# Names of the parts of an academic homepage that are not news (words of a file's name).
_PARTS = frozenset((
    "experience", "experiences", "employment", "work", "education", "publications",
    "publication", "papers", "preprints", "projects", "awards", "honors", "honours", "service",
    "services", "reviewing", "teaching", "students", "mentoring", "talks", "presentations",
    "patents", "grants", "funding", "fundings", "skills", "contact",
))  # fmt: skip
_SKIP = frozenset(("selected", "recent", "academic", "work", "my", "invited", "professional"))
# What opens a part with its own heading: Markdown "#", an HTML heading, a bold line.
_HEADED = re.compile(r"\s*(?:#{1,6}\s|<h[1-6][\s>]|\*\*[^*\n]+\*\*\s*$)", re.IGNORECASE)


def part_heading(target: Path, body: str, before: list[str]) -> str | None:
    """The heading an included file ``target`` holding ``body`` stands for, when its name
    names a part of the page that is not news, it opens with no heading and no heading
    stands right before it (``before``: the page's lines so far); else ``None``."""
    last = next((line for line in reversed(before[-20:]) if line.strip()), "")
    if _HEADED.match(last) or re.search(r"</h[1-6]>\s*$", last, re.IGNORECASE):
        return None  # "## News and talks" over "{% include talks.md %}": that heading's
    words = [w for w in re.split(r"[\W_]+", target.stem.lower()) if w]
    named = [w for w in words if w not in _SKIP]
    if not named or not all(w in _PARTS for w in named):
        return None
    first = next((line for line in body.splitlines() if line.strip()), "")
    if not first or _HEADED.match(first):
        return None
    return " ".join(words).title()
