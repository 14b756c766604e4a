"""How precisely a site shows the dates of a data file of news: an item is dated as the
reader sees it. A Hugo widget that prints ``{{ (time .date).Format "Jan 2006" }}`` shows
months, one that prints ``time.Format "January 2, 2006"`` days; a Jekyll loop's
``{{ item.date | date: "%B %Y" }}`` months. The finest form any template that names the
data file uses wins (a homepage showing months and an archive page showing days: days);
when no template names a form, the data's own dates stand.
"""

from __future__ import annotations

import calendar
import re
from itertools import islice
from pathlib import Path

from ..model import DateSpan, Precision

MAX_FILES = 3000  # templates looked at in one site
MAX_CHARS = 200_000  # of each
TEMPLATE_SUFFIXES = (".html", ".htm", ".md", ".markdown", ".liquid")
TEMPLATE_FOLDERS = ("layouts", "_layouts", "_includes", "_pages", "themes")

_GO_LAYOUT = re.compile(r"[\"`]([^\"`\n]*2006[^\"`\n]*)[\"`]")
_GO_NAMED = re.compile(r"[\"`]:date_(?:full|long|medium|short)[\"`]")
_STRFTIME = re.compile(r"\bdate(?:_to_\w+)?\s*:\s*[\"']([^\"'\n]*%[^\"'\n]*)[\"']")
_NOW = re.compile(r"(?:[\"']now[\"']|site\.time|\bnow)\s*(?:\||\.Format|\|\s*time\.Format)\s*\Z")
_GO_DAY = re.compile(r"(?<![\d])(?:_2|02|2)(?![\d])|Mon")
_GO_MONTH = re.compile(r"Jan|(?<![\d])0?1(?![\d])")
_ORDER = {Precision.YEAR: 0, Precision.MONTH: 1, Precision.DAY: 2}


def shown_precision(site_dir: Path, name: str) -> Precision | None:
    """The finest precision the site's templates that name the data file ``name``
    (``site.data.news``, ``.Site.Data.news``, ``hugo.Data.news``) show dates with."""
    names = re.compile(rf"(?:site|Site|hugo)\.(?:data|Data)\.{re.escape(name)}\b")
    found: list[Precision] = []
    for path in islice(_templates(site_dir), MAX_FILES):
        try:
            text = path.read_text(encoding="utf-8", errors="replace")[:MAX_CHARS]
        except OSError:
            continue
        if names.search(text):
            found += _precisions(text)
    return max(found, key=_ORDER.__getitem__) if found else None


def _templates(site_dir: Path):
    for path in sorted(site_dir.iterdir()) if site_dir.is_dir() else ():
        if path.is_file() and path.suffix in TEMPLATE_SUFFIXES:
            yield path
    for folder in TEMPLATE_FOLDERS:
        root = site_dir / folder
        if root.is_dir():
            yield from (p for p in sorted(root.rglob("*")) if p.suffix in TEMPLATE_SUFFIXES)


def _precisions(text: str) -> list[Precision]:
    found = []
    for layout in _formats(_GO_LAYOUT, text):
        rest = layout.replace("2006", "")
        if _GO_DAY.search(rest):
            found.append(Precision.DAY)
        else:
            found.append(Precision.MONTH if _GO_MONTH.search(rest) else Precision.YEAR)
    found += [Precision.DAY] * len(_GO_NAMED.findall(text))
    # "%s" (seconds since 1970) is compared with now, never shown: `{% if expires > now %}`
    found += [strftime_precision(f) for f in _formats(_STRFTIME, text) if f.strip() != "%s"]
    return found


def strftime_precision(form: str) -> Precision:
    """What a Liquid ``date:`` format shows: days when it prints one (``%d``, ``%e``,
    ``%-d``, ``%j``…), else months when it prints one (``%-m/%Y``), else years."""
    if re.search(r"%-?[deajADFxcsuw]", form):
        return Precision.DAY
    return Precision.MONTH if re.search(r"%-?[bBmh]", form) else Precision.YEAR


def finest(*found: Precision | None) -> Precision | None:
    """The finest of the precisions found (``None`` when there is none)."""
    known = [p for p in found if p is not None]
    return max(known, key=_ORDER.__getitem__) if known else None


def _formats(pattern: re.Pattern[str], text: str) -> list[str]:
    """The date formats ``pattern`` finds in ``text``, but those today's date is shown
    with (``'now' | date: "%Y"``, ``now.Format "2006"``: a copyright line, not the
    data's dates)."""
    return [
        match.group(1)
        for match in pattern.finditer(text)
        if not _NOW.search(text, max(0, match.start() - 40), match.start())
    ]


def as_shown(span: DateSpan | None, shown: Precision | None) -> DateSpan | None:
    """``span`` cut to the precision the site shows it with, when that is coarser (a
    range stays as written)."""
    if span is None or shown is None or span.ranged or _ORDER[shown] >= _ORDER[span.precision]:
        return span
    day = span.start
    if shown is Precision.MONTH:
        last = calendar.monthrange(day.year, day.month)[1]
        return DateSpan(day.replace(day=1), day.replace(day=last), shown)
    return DateSpan(day.replace(month=1, day=1), day.replace(month=12, day=31), shown)
