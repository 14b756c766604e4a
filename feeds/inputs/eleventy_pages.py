"""The templates of an Eleventy site that show its news data, and the data they loop over.

Eleventy renders a template at the address its front matter's ``permalink`` says, else at
its path: the homepage is ``index.njk`` (``.liquid``, ``.md``…) or any template that says
``permalink: "/"`` (``src/pages/home.njk``); the news page is ``news.njk`` or one that
says ``permalink: /news/``. Such a template loops over a global data file
(``{% for n in news %}``), or over a variable it made from one first
(``{% set recent = news | sortByDate %}``, Liquid's ``{% assign x = news | sort %}``).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from .output_folders import is_output

TEMPLATE_SUFFIXES = (".njk", ".liquid", ".md", ".html", ".webc", ".11ty.js")
MAX_TEMPLATES = 300  # templates of one site looked at
HEAD_CHARS = 2_000  # where the front matter is

_PERMALINK = re.compile(r"""(?m)^permalink:[ \t]*(['"]?)(?P<path>[^'"\n]*)\1[ \t]*$""")
_LOOP = re.compile(r"\{%-?\s*for\s+\w+\s+in\s+(\w+)")
_ALIAS = re.compile(r"\{%-?\s*(?:set|assign)\s+(\w+)\s*=\s*(\w+)")
_SKIPPED = ("node_modules", "_site", "dist", "public", "_includes", "_data")


def _templates(base: Path) -> list[Path]:
    found: list[Path] = []
    for folder, dirs, files in os.walk(base):
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".") and d not in _SKIPPED and not is_output(Path(folder) / d, base)
        )
        found += [Path(folder) / f for f in sorted(files) if f.endswith(TEMPLATE_SUFFIXES)]
        if len(found) >= MAX_TEMPLATES:
            break
    return found[:MAX_TEMPLATES]


def _permalink(path: Path) -> str | None:
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            head = handle.read(HEAD_CHARS)
    except OSError:
        return None
    if not head.startswith("---"):
        return None
    end = head.find("\n---", 3)
    match = _PERMALINK.search(head, 0, end if end > 0 else len(head))
    return match.group("path").strip() if match else None


def news_templates(
    base: Path, homepages: tuple[str, ...], news_names: re.Pattern[str]
) -> list[Path]:
    """The templates of the input folder ``base`` that render the homepage (``homepages``,
    then ``permalink: "/"``), then those that render a news page (their permalink or name
    says news), in that order."""
    home = [base / n for n in homepages if (base / n).is_file()]
    routed: list[Path] = []
    news: list[Path] = []
    for path in _templates(base):
        link = _permalink(path)
        if link is not None and link.strip("/") in ("", "index.html"):
            routed.append(path)
        elif news_names.search(link if link is not None else path.name.split(".")[0]):
            news.append(path)
    return list(dict.fromkeys(home + routed + news))


def looped_names(text: str) -> list[str]:
    """The names of the data a template loops over, a variable made from a data name
    read as that name (``set recent = news | sort`` then ``for n in recent``: ``news``)."""
    made = {m.group(1): m.group(2) for m in _ALIAS.finditer(text)}
    names = []
    for name in _LOOP.findall(text) + list(made):
        seen = {name}
        while name in made and made[name] not in seen:  # a chain: a = news; b = a
            name = made[name]
            seen.add(name)
        names.append(name)
    return list(dict.fromkeys(names))
