"""Jekyll news kept in a data file and shown by a Liquid loop in the page::

    <h2>Latest News</h2>
    {% assign recent = site.data.news | sort: "date" | reverse %}
    {% for item in recent limit: 5 %}<div>{{ item.date }} {{ item.content }}</div>{% endfor %}

The loop names the file: ``site.data.news`` is ``_data/news.yml`` (``.yaml``, ``.json``,
``.toml``, ``.csv``), ``site.data.lab.news`` is ``_data/lab/news.yml`` or the ``news``
key of ``_data/lab.yml``. When that file holds news entries (:mod:`.data_lists`, most of
them dated), :func:`loop_markdown` writes them as the Markdown list a reader sees in the
loop's place (``- 2026-01-05: words``), each line known by the data file's line, so the
section the loop is in reads them like any list. The entries are those the loop shows,
in its order (:mod:`.loop_selection`: ``where``, ``sort``, ``limit:``…); what a cut
leaves out is read when another loop of the site shows it (a news page listing every
entry). A loop over ``page.<name>`` walks the page's own front matter the same way
(:mod:`.page_lists`). Other loops stay blanked like every Liquid tag.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..diagnostics import Reporter, display_path
from ..lazy_pattern import lazy
from ..model import Precision
from ..parse.dates import match_prefix, parse_date
from ..parse.front_matter import front_matter, read_text
from .data_lists import DATA_SUFFIXES, load_data, news_entries, warn_skipped
from .data_shown import as_shown, finest, shown_precision, strftime_precision
from .field_dates import month_first_field
from .html_news_pages import page_language, site_language
from .jekyll import read_config
from .localized_entries import localized
from .loop_fields import ShownFields, shown_fields, with_shown_fields
from .loop_selection import (
    PAGE_SETTINGS,
    Selection,
    Step,
    filter_steps,
    for_selection,
    in_shown_order,
    shown_order,
    site_texts,
)
from .mkdocs_macros import macro_variables
from .page_lists import is_own, own_data, own_name

MAX_LOOPS = 20  # loops of one template looked at
LINK_KEYS = ("link", "url", "href")
KIND_KEYS = ("type", "kind", "category")
SUMMARY_KEYS = ("summary", "details", "description", "desc", "content", "body", "text")

_NAME = r"[A-Za-z_][\w-]*"
_DATA = rf"(site\.data|page)((?:\.{_NAME}|\[\s*[\"']{_NAME}[\"']\s*\])+)"
_FOR = lazy(rf"\A\{{%-?\s*for\s+{_NAME}\s+in\s+(?:{_DATA}|({_NAME}))[\s|%-]", re.DOTALL)
_ASSIGN = lazy(
    rf"\A\{{%-?\s*assign\s+({_NAME})\s*=\s*(?:{_DATA}|({_NAME}))(?=[\s|%-])(.*?)-?%\}}\Z",
    re.DOTALL,
)
_LOOP_TAG = re.compile(r"\{%-?\s*(for|endfor)\b[^%]*%\}")
_STAMP = re.compile(r"\A(\d{4}-\d\d-\d\d)[ T]\d\d:\d\d")
_LOOSE_ENDS = re.compile(r"[ \t]*\\[ \t]*\Z")


@dataclass(frozen=True)
class DataLoop:
    """A ``{% for %}`` loop over ``site.data.<name>``: ``end`` is past its ``endfor``."""

    name: tuple[str, ...]  # ("news",), ("lab", "news")
    end: int | None  # None: no endfor closes it
    fields: ShownFields = ShownFields()  # the entry fields the loop shows
    selection: Selection = Selection()  # which entries it shows, in which order


Source = tuple[tuple[str, ...], tuple[Step, ...]]  # a data name and the filters it went through


def assigned(tag: str, aliases: dict[str, Source]) -> tuple[str, Source] | None:
    """(variable, (data name, filters)) of ``{% assign news = site.data.news | sort:
    "date" %}``, or of a variable assigned from such a one (``assign recent = news |
    reverse``)."""
    match = _ASSIGN.match(tag)
    if match is None:
        return None
    steps = filter_steps(match.group(5))
    if match.group(3):
        return match.group(1), (own_name(match.group(2), _parts(match.group(3))), steps)
    earlier = aliases.get(match.group(4))
    if earlier is None:
        return None
    return match.group(1), (earlier[0], earlier[1] + steps)


def data_loop(text: str, start: int, end: int, aliases: dict[str, Source]) -> DataLoop | None:
    """The loop whose ``{% for %}`` tag is ``text[start:end]`` when it walks a data file
    (directly or through a variable ``aliases`` names; its ``end`` ``None`` when no
    ``endfor`` closes it); ``None`` for any other tag."""
    match = _FOR.match(text[start:end])
    if match is None:
        return None
    named = match.group(2) and own_name(match.group(1), _parts(match.group(2)))
    source = (named, ()) if named else aliases.get(match.group(3))
    if source is None:
        return None
    name, steps = source  # filters in the for tag itself are none to Liquid
    depth = 1
    for tag in _LOOP_TAG.finditer(text, end):
        depth += 1 if tag.group(1) == "for" else -1
        if depth == 0:
            fields = shown_fields(text[start:end], text[end : tag.start()])
            return DataLoop(name, tag.end(), fields, for_selection(text[start:end], steps, text))
    return DataLoop(name, None)


def shows_news(text: str, site_dir: Path, page: Path | None = None) -> bool:
    """Whether a Liquid template walks a data file of news, or ``page``'s own news list
    (then it is read, not blanked)."""
    return bool(news_loops(text, site_dir, first=True, page=page))


def news_loops(
    text: str, site_dir: Path, *, first: bool = False, page: Path | None = None
) -> list[tuple[int, int]]:
    """(start, end) of each loop of a Liquid template that walks a data file of news, or
    the news list of ``page``'s front matter (``first``: stop at the first)."""
    if "site.data" not in text and (page is None or "page." not in text):
        return []
    aliases = _aliases(text)
    found = []
    for match in list(_LOOP_TAG.finditer(text))[:MAX_LOOPS]:
        loop = data_loop(text, match.start(), match.end(), aliases)
        if loop and loop.end and loop_markdown(site_dir, loop, Reporter(quiet=True), page):
            found.append((match.start(), loop.end))
            if first:
                break
    return found


def _aliases(text: str) -> dict[str, Source]:
    found: dict[str, Source] = {}
    for match in re.finditer(r"\{%-?\s*assign\b[^%]*%\}", text):
        if (alias := assigned(match.group(), found)) is not None:
            found[alias[0]] = alias[1]
    return found


def _parts(path: str) -> tuple[str, ...]:
    return tuple(re.findall(_NAME, path))


def data_file(site_dir: Path, name: tuple[str, ...]) -> tuple[Path, tuple[str, ...]] | None:
    """The file of ``site.data.<name>`` and the keys to follow inside it (of an MkDocs
    site, the file of its macros variable ``<name>``: :mod:`.mkdocs_macros`)."""
    if name and (variable := macro_variables(site_dir).get(name[0])) is not None:
        return variable[0], variable[1] + name[1:]
    folder = site_dir / "_data"
    for cut in range(len(name), 0, -1):
        for suffix in DATA_SUFFIXES:
            path = folder.joinpath(*name[: cut - 1], name[cut - 1] + suffix)
            if path.is_file():
                return path, name[cut:]
    return None


def loop_markdown(
    site_dir: Path, loop: DataLoop, reporter: Reporter, page: Path | None = None
) -> tuple[list[str], list[int], str] | None:
    """The loop's entries as Markdown list lines, each line's line in the data file (or
    in ``page``, for a loop over its own front matter's list: :mod:`.page_lists`), and
    that file's display path; ``None`` when the data holds no dated news entries."""
    own = is_own(loop.name)
    found = own_data(page, loop.name) if own else _data_text(site_dir, loop.name)
    if found is None:
        return None
    source, text, keys, suffix = found
    try:
        data = load_data(text, suffix)
    except ValueError as exc:  # YamlError, TOMLDecodeError, JSONDecodeError
        line = getattr(exc, "line", None)
        if not own:  # a page's bad front matter is told where the page is read
            reporter.error(source, line, f"not valid {suffix[1:].upper()} ({exc}); not read")
        return None
    order = _shown_entries(data, keys, loop, site_dir, page)
    # {{ item.description[page.lang] }} over `description: {en: …, ja: …}`: the page's words
    language = (page_language(page) if page is not None else "") or site_language(site_dir)
    data = localized(data, language)
    entries = news_entries(with_shown_fields(data, loop.fields), text, suffix, keys)
    if entries is None or not _dated(entries.entries):
        return None
    if order is not None:
        entries = in_shown_order(entries, order)
    warn_skipped(entries, source, reporter)
    shown = None if own else shown_precision(site_dir, ".".join(loop.name))  # "%B %Y": months
    own = [strftime_precision(form) for form in loop.fields.formats]  # "%-m/%Y" in this one
    shown = finest(shown, *own)
    lines: list[str] = []
    origins: list[int] = []
    for entry, line in zip(entries.entries, entries.lines, strict=True):
        for text in _markdown(entry, shown):
            lines.append(text)
            origins.append(line)
    return lines, origins, source


def _data_text(site_dir: Path, name: tuple[str, ...]) -> tuple[str, str, Any, str] | None:
    """(display path, text, keys to follow, suffix) of the file of ``site.data.<name>``."""
    found = data_file(site_dir, name)
    if found is None:
        return None
    path, keys = found
    source = display_path(path)
    return source, read_text(path, source), keys, path.suffix  # not UTF-8: a BuildError


def _shown_entries(
    data: Any, keys: tuple[str, ...], loop: DataLoop, site_dir: Path, page: Path | None
) -> list[int] | None:
    """The positions of the list the loop walks that it shows, in its order (the others
    set to ``None`` in ``data``: not read); ``None`` when it shows the list as written.
    A cut the front matter of ``page`` (the page the loop is shown on) sets is read there;
    the same loop found again on the site's files is not another place showing more."""
    walked = data
    for key in keys:
        walked = walked.get(key) if isinstance(walked, dict) else None
    chosen = loop.selection
    if not isinstance(walked, list) or chosen == Selection():
        return None
    settings = read_config(site_dir)
    elsewhere: set[int] = set()
    if chosen.cuts and not is_own(loop.name):  # what another loop shows is seen there
        for other in _site_loops(site_dir, loop.name):
            if other != chosen:  # (this loop itself, in its include or layout)
                elsewhere.update(shown_order(walked, other, settings))
    if page is not None and page.is_file():
        settings = {**settings, PAGE_SETTINGS: front_matter(page)}
    order = shown_order(walked, chosen, settings, elsewhere)
    for n in set(range(len(walked))) - set(order):
        walked[n] = None
    return order


def _site_loops(site_dir: Path, name: tuple[str, ...]) -> list[Selection]:
    """The selections of the site's loops over data ``name`` (on any of its pages)."""
    found = []
    for text in site_texts(site_dir, "site.data"):
        aliases = _aliases(text)
        for match in list(_LOOP_TAG.finditer(text))[:MAX_LOOPS]:
            other = data_loop(text, match.start(), match.end(), aliases)
            if other and other.name == name:
                found.append(other.selection)
    return found


_LIST_MARKER = re.compile(r"\A(\d{1,9})([.)])")  # "3. March 2024": a day, not a list's "3."


def _dated(entries: list[dict[str, Any]]) -> bool:
    """Whether most entries have a date: news, not a list of people or papers."""
    dated = sum(1 for e in entries if "date" in e or match_prefix(_words(e)[0]) is not None)
    return 2 * dated > len(entries)


def _markdown(entry: dict[str, Any], shown: Precision | None) -> list[str]:
    """One entry as a Markdown list item: its date, label, linked words and summary."""
    words, used = _words(entry)
    link = next((str(entry[k]).strip() for k in LINK_KEYS if entry.get(k)), "")
    if link and "](" not in words and "<a " not in words:
        words = "[" + words.replace("[", r"\[").replace("]", r"\]") + f"]({link})"
    kind = next((str(entry[k]).strip() for k in KIND_KEYS if entry.get(k)), "")
    parts = (_date_text(entry.get("date"), shown), f"**{kind}**" if kind else "")
    head = _LIST_MARKER.sub(r"\1\\\2", " ".join(part for part in parts if part))
    summary = next((str(entry[k]) for k in SUMMARY_KEYS if k != used and entry.get(k)), "")
    body = words.split("\n") + ([""] + summary.strip().split("\n") if summary.strip() else [])
    first = f"- {head}: {body[0]}" if head else f"- {body[0]}"
    return [first] + [f"  {line}".rstrip() for line in body[1:]]


def _words(entry: dict[str, Any]) -> tuple[str, str]:
    for key in ("title", "text", "content", "description", "news", "body"):
        value = entry.get(key)
        if value is not None and str(value).strip():
            return _LOOSE_ENDS.sub("", str(value).strip()), key
    return "", ""


def _date_text(value: Any, shown: Precision | None) -> str:
    """The entry's date as the item parser reads it (ISO for dates and timestamps, else
    as written), cut to the precision the site shows it with."""
    if isinstance(value, dt.datetime):
        text = value.date().isoformat()
    elif isinstance(value, dt.date):
        text = value.isoformat()
    else:
        text = " ".join(str(value or "").split())
        stamp = _STAMP.match(text)
        text = month_first_field(stamp.group(1) if stamp else text)  # 06-2026
    span = parse_date(text) if text and shown else None
    cut = as_shown(span, shown)
    return cut.precision.cut(cut.start) if cut is not None and cut is not span else text
