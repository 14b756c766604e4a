"""Talks the site lists apart from its news: a talks page and a talks section.

A page whose name (``talks.md``, ``_pages/talks.md``, ``talks.qmd``, ``talks.Rmd``),
permalink (``/talks/``) or title ("Talks", "Selected Talks", setting ``talk_headings``)
says it lists talks, and a section of the homepage under such a heading (``## Invited
talks``), are read as news lists whose items are talks: the person's own talks, so the
talk calendar and ``talks.xml`` get them, and the news feeds too. The item's own verbs
may say otherwise (``Organised the X workshop``: an event; ``Won the best talk award``:
an award); a venue's name (``X Conference``) or a paper's link does not. A page or
section is used only when most of its items are dated (a list of talk titles is not
news); ``-v`` names each one used. A talk already found in the news (same date, and the
same link or title, or a news talk saying its words: :mod:`.talk_repeats`) is kept once,
the news item, typed talk.
"""

from __future__ import annotations

import io
import re
from dataclasses import replace
from pathlib import Path

from ..config import Settings
from ..diagnostics import BuildError, Reporter, display_path
from ..ids import link_key
from ..model import Item
from ..parse.front_matter import front_matter, read_text
from ..parse.heading_names import heading_matches
from ..parse.types import TYPES, type_of
from ..parse.types.mask import ATTACHMENT_TEXT, mask
from ..parse.types.words import NOUN, hits
from ..text import slugify
from . import jekyll
from .news_page import inside
from .page_folders import folder_pages
from .page_reader import read_news_page
from .parsed_pages import cache_folder
from .talk_repeats import same_talk

TALK_PAGES = (
    "talks.md", "talks.markdown", "_pages/talks.md", "_pages/talks.markdown", "talks/index.md",
    "talks.qmd", "talks.Rmd", "talks.rmd",
)  # fmt: skip
_PERMALINKS = ("talks", "talks.html", "talks/index.html")


def read_talks(
    site_dir: Path,
    page_path: Path,
    settings: Settings,
    reporter: Reporter,
    *,
    whole_site: bool,
    known: list[Item],
) -> list[Item]:
    """The talks of ``page_path`` when it is a talks page, else of its talks section and
    (``whole_site``) of the site's first talks page; those ``known`` already are left out."""
    typing = {name: getattr(settings, f"types_{name}", []) for name in TYPES}

    def typed(found: list[Item], heading: str, known: list[Item]) -> list[Item]:
        for event in found:  # read apart from the news: their section says so (not "news")
            event.section = "talks" if event.section == "news" else event.section
        pure = only_talks(heading, settings.talk_headings)
        names = {id(event): as_talk(event, typing) for event in found if pure}
        return [
            e for e in found if not _known(e, known, reporter, retype=pure, name=names.get(id(e)))
        ]

    if is_talk_page(page_path, settings):
        return typed(*_talk_page(page_path, settings, reporter, site_dir), known)
    events = typed(*_section(page_path, settings, reporter, site_dir), known)
    for path in talk_pages(site_dir, settings) if whole_site else []:
        if path.resolve() != page_path.resolve():
            found, heading = _talk_page(path, settings, reporter, site_dir)
            if found:
                return events + typed(found, heading, known + events)
    return events


# What joins the kinds a heading names: "Talks and Presentations", "Talks & Media".
_JOINED = re.compile(r"\s*(?:[,&/+·、，]|(?<!\w)(?:and|und|et|y|e|og|en)(?!\w)|和|与|及|と)\s*")


def only_talks(heading: str, talk_headings: list[str]) -> bool:
    """Whether a heading names talks only ("Selected Talks", "Talks and Presentations"),
    not talks among other things ("Invited Talks and Reports": the words decide there)."""
    parts = [p for p in _JOINED.split(heading.lower()) if re.search(r"[^\W_]", p)]
    return all(heading_matches(part, talk_headings) for part in parts)


def is_talk_page(path: Path, settings: Settings) -> bool:
    """Whether ``path`` is a talks page: by its name, permalink or title."""
    if path.name in {Path(name).name for name in TALK_PAGES} - {"index.md"}:
        return True
    meta = front_matter(path) if path.is_file() else {}
    return _talk_front_matter(meta, settings)


def _talk_front_matter(meta: dict[str, object], settings: Settings) -> bool:
    permalink = str(meta.get("permalink") or "").strip().strip("/")
    title = meta.get("title") if isinstance(meta.get("title"), str) else ""
    return permalink in _PERMALINKS or bool(
        title
        and heading_matches(str(title), settings.talk_headings)
        and not heading_matches(str(title), settings.news_headings)
    )


def talk_pages(site_dir: Path, settings: Settings) -> list[Path]:
    """The site's talks pages that exist, in the order tried (inside the site)."""
    found = [site_dir / name for name in TALK_PAGES]
    pages = [(p, front_matter(p)) for p in jekyll.site_pages(site_dir)]
    found += [p for p, meta in pages + folder_pages(site_dir) if _talk_front_matter(meta, settings)]
    unique: dict[Path, Path] = {}
    for path in found:
        if path.is_file() and inside(path, site_dir):
            unique.setdefault(path.resolve(), path)
    return list(unique.values())


def _talk_page(
    path: Path, settings: Settings, reporter: Reporter, site: Path
) -> tuple[list[Item], str]:
    """The items of a talks page, when most are dated (its problems reported then), and
    what names it talks (its title, else its talks heading, else its name)."""
    scratch = Reporter(quiet=True, stream=io.StringIO())
    try:
        page, events = read_news_page(
            path, _talk_settings(settings), scratch, headless=True, site=site
        )
    except BuildError as exc:
        reporter.warn(display_path(path), None, f"talks page not read: {exc}")
        return [], ""
    if not _mostly_dated(events):
        return [], ""
    for problem in scratch.problems:
        if problem.code not in ("no-news", "no-items"):
            reporter.report(problem)
    reporter.info(display_path(path), None, f"talks read from this page ({len(events)} items)")
    heading = page.news_heading[0] if page.news_heading else "Talks"
    return events, page.title or heading


def _section(
    page_path: Path, settings: Settings, reporter: Reporter, site: Path
) -> tuple[list[Item], str]:
    """The items of the homepage's talks section (``## Invited talks``), when it holds a
    dated list and is not its news section ("News and talks")."""
    try:
        text = read_text(page_path)
    except BuildError:
        return [], ""
    if "{%" not in text and not any(
        heading_matches("".join(h), settings.talk_headings) for h in _HEADING_TEXT.findall(text)
    ):
        return [], ""  # no such heading: no second reading of the page
    scratch = Reporter(quiet=True, stream=io.StringIO())
    try:
        page, events = read_news_page(page_path, _talk_settings(settings), scratch, site=site)
    except BuildError:
        return [], ""
    heading = page.news_heading
    if heading is None or heading_matches(heading[0], settings.news_headings):
        return [], ""
    if not _mostly_dated(events):
        return [], ""
    lines = {(e.source, e.line) for e in events}
    for problem in scratch.problems:
        if (problem.source, problem.line) in lines:
            reporter.report(problem)
    reporter.info(
        page.source, heading[1], f"talks read from the section {heading[0]!r} ({len(events)} items)"
    )
    return events, heading[0]


# What may be a heading: Markdown ``## X``, HTML ``<h2>X</h2>``, a bold line, a block's title.
_HEADING_TEXT = re.compile(
    r"^ {0,3}#{1,6}[ \t]+(.+)$|<h[1-6][^>]*>((?s:.{0,300}?))</h[1-6]>|^\*\*(.+)\*\*[ \t]*$"
    r"|^[ \t]*title[ \t]*[:=][ \t]*(.+)$",
    re.MULTILINE | re.IGNORECASE,
)


def _talk_settings(settings: Settings) -> Settings:
    """``settings`` reading talks headings as the news headings; parses kept in a folder of
    their own in the cache (the page's slot holds its news reading)."""
    folder = cache_folder(settings.cache)
    cache = str(folder / "talks") if folder is not None else settings.cache
    return replace(settings, news_headings=settings.talk_headings, cache=cache)


def _mostly_dated(events: list[Item]) -> bool:
    dated = sum(1 for e in events if e.span is not None)
    return dated > 0 and 2 * dated >= len(events)


def as_talk(event: Item, extra: dict[str, list[str]]) -> str:
    """Type an item of a talks page or section: a talk, unless a verb of its own words
    says it is something else (a venue's name or a paper's link does not). A leading bold
    that names no kind (``**Sparse Widgets** (May 2024) @ Gear Lab``) is the talk's name:
    it opens the title, and is returned (``""`` when there is none)."""
    name = ""
    if event.kind_slug != "news" and not hits(event.kind.lower()):
        name = event.kind
        event.title = f"{name}: {event.title}" if event.title != name else name
        event.kind, event.kind_slug = "News", "news"
    texts = [link.text for link in event.links]
    attachments = [t for t in texts if ATTACHMENT_TEXT.fullmatch(t)]
    masked = mask(event.text, [t for t in texts if t not in attachments], attachments)
    verbs = any(h.role != NOUN for h in hits(masked.lower()))
    said = type_of(replace(event, arxiv=[], kind="", kind_slug="news"), extra) if verbs else ""
    event.type = said if said not in ("", "news") else "talk"
    if event.type == "talk" and event.kind_slug == "news":  # the page's heading is its label
        event.kind, event.kind_slug = "Talk", "talk"
    return name


def _known(
    event: Item, known: list[Item], reporter: Reporter, *, retype: bool, name: str | None = None
) -> bool:
    """Whether ``event`` is already among ``known`` (same date, and the same link or
    title, or the talk's ``name`` said in the other's words, whatever their kinds, or a
    talk of the news in other words); that one is then typed talk (``retype``)."""
    if event.span is None:
        return False
    keys = _keys(event)
    said = re.compile(rf"(?<!\w){re.escape(name.lower())}(?!\w)") if name else None
    for other in known:
        if other is event or other.span is None:
            continue
        same_day = other.span.start_iso == event.span.start_iso
        named = same_day and said and said.search(other.text.lower())
        told = other.type == "talk" and same_talk(event, other)  # in other words
        if not (keys & _keys(other) or named or told):
            continue
        if retype and other.type in ("news", "event"):
            other.type = "talk"
        reporter.info(
            event.source,
            event.line,
            f"same talk as {other.source}:{other.line}; published once, as that item",
        )
        return True
    return False


def _keys(event: Item) -> set[str]:
    when = event.span.start_iso if event.span else "undated"
    keys = {f"{when}/title:{slugify(event.title)}"}
    if link := link_key(event):
        keys.add(f"{when}/{link}")
    return keys
