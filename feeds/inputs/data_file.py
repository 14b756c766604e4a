"""A data file named as the content (``--content data/news.yaml``, ``_data/news.yml``,
``.toml``, ``.json``, ``.csv``): read as the list of news entries it holds, as site mode
reads it (:mod:`.data_lists`; in ``data/`` or ``_data/``, dated as the site's templates
show them, :mod:`.data_shown`), or refused in one line when it holds none. It is never
read as a Markdown page.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..diagnostics import BuildError, Reporter, display_path
from ..model import Item
from ..parse.front_matter import read_text
from ..parse.page import Page
from .astro_root_page import unserved_note
from .component_cut import newest_first, shown_first
from .data_entry import without_switch_type
from .data_lists import DATA_SUFFIXES, load_data, news_entries, warn_skipped
from .data_shown import as_shown, shown_precision
from .hugo_front_list import _items as entry_items
from .js_sites import homepage_component, js_site_news, site_root_of
from .localized_entries import localized
from .news_data_fallback import NOTE as FALLBACK_NOTE
from .news_data_fallback import is_fallback_news_data
from .printed_type import prints_type
from .script_data import is_data_script, is_script, script_news, unread_array


def is_data_file(path: Path) -> bool:
    """A data file, or a script that only assigns an array of news entries."""
    if is_script(path):
        return is_data_script(path)
    return path.suffix.lower() in DATA_SUFFIXES


def read_data_file(
    path: Path, site_url: str, tz: dt.tzinfo, reporter: Reporter, language: str = "en"
) -> tuple[Page, list[Item]]:
    """The page (no title: the feed's comes from the settings) and the items of a data
    file; :class:`BuildError` when it cannot be read or holds no news entries. Entries
    written in several languages give ``language``'s words (:mod:`.localized_entries`)."""
    source = display_path(path)
    text = read_text(path, source)
    suffix = path.suffix.lower()
    kind = suffix[1:].upper().replace("YML", "YAML")
    if is_script(path):  # news_data.js: the array of entries it assigns
        kind = "script"
        found = scripted[1] if (scripted := script_news(path)) is not None else None
    else:
        try:
            data = load_data(text, suffix)
        except ValueError as exc:  # YamlError, TOMLDecodeError, JSONDecodeError
            line = getattr(exc, "line", None) or getattr(exc, "lineno", None) or 1
            detail = " ".join(str(exc).split())[:200]
            raise BuildError(f"{source}:{line}: not valid {kind} ({detail})") from None
        found = news_entries(localized(data, language), text, suffix)
    if found is None and kind == "script" and (unread := unread_array(path)) is not None:
        raise BuildError(
            f"{source}:{unread[0]}: the news array is no plain literal here ({unread[1]!r}: "
            "a variable, a call or an expression), so it is not read; write the values "
            "themselves, or give --content a page that shows the news"
        )
    if found is None:
        raise BuildError(
            f"{source}:1: no list of news entries (text and date) in this {kind} file; "
            "give --content the site's folder or the page that shows the news"
        )
    warn_skipped(found, source, reporter)
    where = (found.key_line, found.key or "news")
    site = site_root_of(path)
    entries = found.entries  # "type": "rabbit" no page prints: an app's switch, no label
    if not prints_type(site.resolve()):
        entries = [without_switch_type(e) for e in entries]
    events = entry_items(entries, found.lines, source, where, site_url, tz, reporter)
    if path.parent.name in ("data", "_data"):  # dated as the site's templates show them
        shown = shown_precision(path.parent.parent, path.stem)
        for event in events:
            event.span = as_shown(event.span, shown)
    shown = js_site_news(site) if (home := homepage_component(site)) is not None else None
    if home is not None and shown is not None and shown.resolve() == path.resolve():
        note = f"news read from this file: the homepage {display_path(home)} shows it"
        note += unserved_note(site)
        reporter.info(source, None, note)
        count = shown_first(home, path, site)
        if count is not None and count < len(events) and newest_first(events):
            note = f"the homepage shows only the newest {count} entries (slice(0, {count})) "
            note += f"and no page shows the rest: the other {len(events) - count} not read"
            reporter.info(source, events[count].line, note)
            events = events[:count]
    elif home is None and is_fallback_news_data(path):  # an own generator's content/news.yaml
        reporter.info(source, None, FALLBACK_NOTE)
    page = Page(source=source, meta={}, title="", found_news=True)
    return page, events
