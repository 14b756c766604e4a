"""A JavaScript site's homepage that shows only the newest entries of its news data, while
no other page of the site shows the rest::

    ---
    import { loadNews } from "../lib/news";
    const news = loadNews().slice(0, 8);
    ---
    <ul>{news.map((n) => <li>{n.date}: <span set:html={n.headline} /></li>)}</ul>

Only those entries are on the site, so only they are news, as a Jekyll loop's ``limit:``
(:mod:`.loop_selection`) or a Hugo ``range first N`` (:mod:`.hugo_data_cut`) cuts a data
file. The cut is read when the homepage (or a component it uses) slices a list named for
news from its start (``X.slice(0, N)``, one ``N``), shows that list nowhere else whole
(``X.map(…)``, ``X.slice(N)``), no other file of the site names it or the data file (a
news page listing every entry), and the file keeps its entries newest first (so the
first ``N`` are the newest, with or without the homepage's own sort by date).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

from ..model import Item
from .js_sites import COMPONENT_SUFFIXES, reached_components
from .output_folders import output_folders, source_files

MAX_FILES = 400  # files of the site looked through for another use of the news
MAX_CHARS = 200_000
_NOT_SOURCE = {"node_modules", "dist", "public", "build", "_site", ".astro", "out"}

_SLICED = re.compile(
    r"(?<![\w$.])(?P<name>[\w$]*(?:[Nn]ews|NEWS)[\w$]*)(?P<call>\s*\(\s*\))?"
    r"\s*\.\s*slice\s*\(\s*0\s*,\s*(?P<count>\d{1,4})\s*\)"
)


def shown_first(home: Path, data: Path, site_dir: Path) -> int | None:
    """The number of entries of ``data`` the homepage component ``home`` shows when it
    shows only the first ones and nothing else on the site shows the others; else
    ``None``."""
    reached = {path.resolve(): text for path, text in reached_components(home, site_dir)}
    cuts = [m for text in reached.values() for m in _SLICED.finditer(text)]
    counts = {int(m.group("count")) for m in cuts}
    if len(counts) != 1:
        return None
    names = {m.group("name") for m in cuts}
    if any(_shown_whole(text, name) for text in reached.values() for name in names):
        return None
    needles = {*names, data.name}
    if any(any(n in text for n in needles) for text in _other_sources(site_dir, reached)):
        return None
    return counts.pop()


def newest_first(items: list[Item]) -> bool:
    """Whether every item is dated and none is newer than the one before it."""
    starts = [i.span.start if i.span is not None else None for i in items]
    if any(s is None for s in starts):
        return False
    return all(a >= b for a, b in zip(starts, starts[1:], strict=False))  # type: ignore[operator]


def _shown_whole(text: str, name: str) -> bool:
    """Whether ``text`` shows the list ``name`` other than through its cut: mapped,
    iterated or sliced otherwise (``news.map(…)``, ``news.slice(8)``)."""
    use = rf"(?<![\w$.]){re.escape(name)}(?:\s*\(\s*\))?\s*\.\s*"
    if re.search(use + r"(?:map|forEach|entries|values|reduce)\s*\(", text):
        return True
    sliced = re.finditer(use + r"slice\s*\(([^()]*)\)", text)
    return any(not re.fullmatch(r"\s*0\s*,\s*\d{1,4}\s*", m.group(1)) for m in sliced)


def _other_sources(site_dir: Path, reached: dict[Path, str]) -> Iterator[str]:
    """The text of each source file of the site the homepage does not reach."""
    built = output_folders(site_dir)
    files = (
        p
        for p in source_files(site_dir, built, _NOT_SOURCE)
        if p.suffix.lower() in COMPONENT_SUFFIXES
    )
    for path in islice(files, MAX_FILES):
        if path.resolve() in reached:
            continue
        try:
            yield path.read_text(encoding="utf-8", errors="replace")[:MAX_CHARS]
        except OSError:
            continue
