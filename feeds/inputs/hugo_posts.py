"""Hugo's news kept as pages: ``content/[<lang>/]news/<name>.md`` or page bundles
``news/<name>/index.md``, and the folder a news ``pages`` widget lists (``post/``,
:mod:`.hugo_widgets`), each page one item (its front-matter ``title``, ``date`` and
``summary``, linked at its page); the talks of a talks/events widget's folder
(Wowchemy ``event/``: ``event``, ``location``, ``date``/``date_end``) as talks; and news
lists kept in front matter or in ``data/news.yaml`` (:mod:`.hugo_front_list`). Drafts
are left out. Only one language's tree is read (:func:`~.hugo.news_tree`); ``-v`` says
which.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from ..config import NEWS_HEADINGS, Settings
from ..diagnostics import BuildError, Reporter, display_path
from ..model import DateSpan, Item, Link, Precision
from ..parse.front_matter import BadFrontMatter, front_matter, read_text, split_front_matter
from ..parse.heading_names import heading_matches
from ..parse.markdown import markdown, safe_url, strip_tags
from ..parse.types import type_of
from ..parse.types.paper_posts import presents_paper
from .chosen_language import chosen
from .field_links import add_arxiv, add_links, field_links
from .front_dates import front_date
from .hugo import (
    content_roots,
    hugo_homepages,
    hugo_news_pages,
    is_hugo,
    news_tree,
    read_hugo_config,
)
from .hugo_branch_bundles import branch_bundles
from .hugo_data_folders import read_data_folders
from .hugo_dated_widgets import read_dated_widgets
from .hugo_front_list import read_data_list, read_front_list
from .hugo_headless_bundles import read_headless_entries
from .hugo_language_data import read_language_data
from .hugo_languages import default_language, language_suffix, other_languages
from .hugo_layout_news import section_shows_data_only
from .hugo_listed_sections import listed_sections
from .hugo_menu_sections import menu_news_sections
from .hugo_page_dates import date_keys, page_date
from .hugo_params_news import read_params_news
from .hugo_publishing import not_built
from .hugo_table_pages import is_table_news_page
from .hugo_widget_pages import is_leaf_bundle
from .hugo_widgets import listings, newest_shown, shown_by
from .news_collection import news_files, read_item
from .news_page import inside
from .page_reader import read_news_page
from .shown import Shown

_SHORTCODE = re.compile(r"\{\{[<%].*?[>%]\}\}", re.DOTALL)  # {{< figure … >}}, never text
_APART = "not in these feeds, each its own language's: "  # built apart (feeds.languages)
URL_KEYS = ("url_pdf", "url_slides", "url_video", "url_code", "url_poster", "url_source")
LIST_PAGES = ("home/news.md", "news/_index.md", "news.md", "_index.md")


def read_hugo_news(
    site_dir: Path,
    site_url: str,
    tz: dt.tzinfo,
    reporter: Reporter,
    known: Iterable[Item] = (),
    settings: Settings | None = None,
) -> list[Item]:
    """Every news page, talk and front-matter entry of one language, newest first.

    Dates are days as written: Hugo shows a date in its own offset, not in ``tz``. The
    pages of a section only the menu names as news (:mod:`.hugo_menu_sections`) that
    repeat an item ``known`` already (the news page's line, same date and title or link)
    are left out."""
    if not is_hugo(site_dir):
        return []
    tz = None  # 2024-04-01T00:00:00+09:00 is shown as the 1st, wherever the site is built
    tree, trees = news_tree(site_dir)
    config = read_hugo_config(site_dir)
    others = other_languages(trees, tree, config)
    default = default_language(config)
    roots = content_roots(site_dir)
    events: list[Item] = []
    pages = [root / name for root in roots for name in LIST_PAGES]
    pages += hugo_news_pages(site_dir, _news_title)  # any widget titled as news
    for path in dict.fromkeys(p for p in pages if p.is_file() and inside(p, site_dir)):
        events += read_front_list(path, site_url, tz, reporter) or []  # front-matter lists
    events += read_data_list(site_dir, site_url, tz, reporter)  # data/news.yaml
    events += read_params_news(site_dir, site_url, tz, reporter)  # [[params.news.list]]
    events += read_data_folders(site_dir, site_url, tree.language, default, reporter)
    events += read_language_data(site_dir, site_url, tree.language, default, tz, reporter)
    events += read_dated_widgets(roots, _news_title, site_url, reporter)  # experience widget
    in_subdir = config.get("defaultcontentlanguageinsubdir") is True
    prefix = "" if tree.language == default and not in_subdir else f"/{tree.language}"
    if prefix and site_url.rstrip("/").endswith(prefix):  # the language's own site URL
        prefix = ""
    folders = _folders(roots, tree.root)
    keys = date_keys(config)  # a page's date: date, else publishDate…, else lastmod…
    if (theme := theme_news_folder(site_dir)) is not None:  # no homepage file: the theme's
        folders.append((theme, False))
    if any(f.name == "news" for f, _ in folders) and section_shows_data_only(site_dir, "news"):
        folders = [(f, talks) for f, talks in folders if f.name != "news"]  # only linked
        note = "its pages are not news items: the news page's template lists data/news only"
        reporter.info(display_path(site_dir / "content" / "news"), None, note)
    listed = listings(tree.root, _news_title)
    menu = menu_news_sections(config, tree.language, tree.root, _news_title)
    menu = [f for f in menu if f.resolve() not in {f.resolve() for f, _ in folders}]
    folders += [(folder, False) for folder in menu]  # 新闻 → post: the news section
    for folder in [f for f, talks in folders if not talks]:  # news/list.html shows post/
        for name in listed_sections(site_dir, folder):
            if (tree.root / name).is_dir():
                folders.append((tree.root / name, False))
    for folder, talks in list(dict.fromkeys(folders)):
        shown: list[Item] = []
        for path in hugo_pages(folder) if not is_leaf_bundle(folder) else []:  # widget page
            if not tree.owns(path, others) or not inside(path, site_dir):
                continue
            if not shown_by(listed, tree.root, folder, path):  # filters.tag / .category
                continue
            if path.name.startswith("_index") and not _dated(path, keys):  # a list page
                continue
            shown += _read_page(
                path,
                folder,
                prefix,
                site_url,
                tz,
                reporter,
                talks=talks,
                keys=keys,
                config=config,
                settings=settings,
            )
        if not talks:  # news/items/index.md (headless: true): the files beside it
            shown += read_headless_entries(site_dir, folder, site_url, reporter)
        if folder in menu:  # a news page beside it may list the same news in its words
            shown = Shown(known, by_link=True, place="the news list").new(shown, reporter)
        events += newest_shown(listed, tree.root, folder, shown)  # "count: 5" publications
    if len(trees) > 1 or tree.language != default:
        rest = ", ".join(f"'{t.language}'" for t in trees if t is not tree)
        note = (
            f"news read from the default language's tree ('{default}'); {_APART}{rest}"
            if tree.language == default
            else f"news read from the '{tree.language}' language tree, which the language "
            "setting names"
            if chosen(t.language for t in trees) == tree.language
            else f"news read from the '{tree.language}' language tree: the default language "
            f"'{default}' has none" + (f"; {_APART}{rest}" if rest else "")
        )
        reporter.info(display_path(tree.root), None, note)
    undated = dt.date.max
    return sorted(events, key=lambda e: -(e.span.start if e.span else undated).toordinal())


def hugo_pages(folder: Path) -> list[Path]:
    """The pages Hugo lists in a section ``folder``: not the files inside a leaf bundle
    (``a/index.md``'s folder, but its translations ``a/index.ko.md``), which are its
    resources, a nested ``a/b/index.md`` too."""

    def resource(path: Path) -> bool:
        inner = [folder / p for p in path.relative_to(folder).parents if p != Path(".")]
        own = path.name.split(".")[0] == "index"  # index.md, index.ko.md: the bundle's page
        return any(is_leaf_bundle(d) and not (own and path.parent == d) for d in inner)

    pages = [path for path in news_files(folder) if not resource(path)]
    return pages + branch_bundles(folder)  # post/retreat/_index.md, nothing below it


def _folders(roots: list[Path], tree_root: Path) -> list[tuple[Path, bool]]:
    """(folder, holds talks) of the news section and of the folders news or talks
    widgets list, each once."""

    found: dict[Path, tuple[Path, bool]] = {}
    news = next((r / "news" for r in roots if (r / "news").is_dir()), None)
    if news is not None:
        found[news.resolve()] = (news, False)
    for listing in listings(tree_root, _news_title):
        folder = tree_root / listing.folder
        found.setdefault(folder.resolve(), (folder, listing.talks))
    return list(found.values())


THEME_NEWS_FOLDERS = ("news", "post", "posts")


def theme_news_folder(site_dir: Path) -> Path | None:
    """The folder of dated pages (``content/news/``, ``content/post/``) that is the news of
    a Hugo site whose homepage comes only from its theme (no ``content/_index.md``, no
    ``content/home/``); ``None`` when the site has a homepage file or no such folder."""
    if not is_hugo(site_dir) or hugo_homepages(site_dir):
        return None
    suffixed = news_tree(site_dir)[0].suffixed  # another language's home/ is not its own
    keys = date_keys(read_hugo_config(site_dir))
    for root in content_roots(site_dir):
        if (root / "home").is_dir() and not suffixed:
            return None
        for name in THEME_NEWS_FOLDERS:
            folder = root / name
            if folder.is_dir() and any(
                _dated(path, keys) for path in news_files(folder) if inside(path, site_dir)
            ):
                return folder
    return None


def _dated(path: Path, keys: tuple[str, ...]) -> bool:
    try:
        meta = front_matter(path)
    except (BuildError, BadFrontMatter):
        return False
    return bool(page_date(meta, path, keys)[1]) and meta.get("draft") is not True


def _news_title(title: str) -> bool:
    return bool(title.strip()) and heading_matches(title, NEWS_HEADINGS)


def _read_page(
    path: Path,
    folder: Path,
    prefix: str,
    site_url: str,
    tz: dt.tzinfo | None,
    reporter: Reporter,
    *,
    talks: bool,
    keys: tuple[str, ...],
    config: dict[str, Any],
    settings: Settings | None = None,
) -> list[Item]:
    """The items of one page of a news folder: its front-matter news list, the rows of its
    news table (:mod:`.hugo_table_pages`, read with ``settings``), else itself."""
    meta = front_matter(path)
    if meta.get("draft") is True or meta.get("headless"):
        return []
    if (why := not_built(meta, config)) is not None:
        reporter.info(display_path(path), 1, f"{why}: Hugo does not build it; left out")
        return []
    listed = read_front_list(path, site_url, tz, reporter)
    if listed is not None:
        return listed
    if settings is not None and is_table_news_page(_body(path)):  # the news page itself
        return read_news_page(path, settings, reporter, headless=True, site=folder)[1]
    relative = path.relative_to(folder).with_suffix("").as_posix()
    relative = relative.removesuffix("/index").removesuffix("/_index")  # a bundle's page
    if language_suffix(path):
        relative = relative.rsplit(".", 1)[0]
    if slug := _plain(meta.get("slug")):
        relative = "/".join([*relative.split("/")[:-1], slug])
    url = str(meta.get("url") or f"{prefix}/{folder.name}/{relative}/")
    source = display_path(path)
    event = read_item(path, folder, url, site_url, tz, reporter, source, date_keys=keys)
    if event is None:
        return []
    base = event.links[0].url if event.links else site_url
    event.links += _attachments(meta, base)
    buttons = field_links(meta.get("links"), base)  # links: [{text: arXiv, url}] too
    add_arxiv(event, [*event.links, *buttons])
    summary = _plain(meta.get("summary")) or _lead(path)
    if summary and not summary.startswith(event.title.removesuffix("…")):  # a body title
        event.text = f"{event.title}. {summary}"
    if talks:
        _as_talk(event, meta, tz)
    event.type = type_of(event) if not talks else "talk"
    if not talks and presents_paper(_body(path)):  # its abstract, the paper its source
        event.type = "paper"
    add_links(event, buttons)
    return [event]


def _as_talk(event: Item, meta: dict[str, Any], tz: dt.tzinfo | None) -> None:
    """A Wowchemy event page as a talk: its event, place and last day."""
    end = front_date(meta.get("date_end"), tz) if meta.get("date_end") else None
    if event.span is not None and end is not None and end.end > event.span.start:
        event.span = DateSpan(event.span.start, end.end, Precision.DAY, ranged=True)
    venue = _plain(meta.get("event"))
    address = meta.get("address") if isinstance(meta.get("address"), dict) else {}
    place = _plain(meta.get("location")) or ", ".join(
        _plain(address.get(k)) for k in ("city", "region", "country") if _plain(address.get(k))
    )
    event.location = place or None
    event.text = ", ".join(p for p in (event.text, venue, place) if p)
    if event.kind_slug == "news":
        event.kind, event.kind_slug = "Talk", "talk"


def _attachments(meta: dict[str, Any], page_url: str) -> list[Link]:
    """Wowchemy's ``url_pdf``, ``url_slides``, ``url_video``… and ``links:`` ({name,
    url}) of a page, as attachments (a relative one against the page's address)."""
    named = [(key.removeprefix("url_"), meta.get(key)) for key in URL_KEYS]
    extra = meta.get("links") if isinstance(meta.get("links"), list) else []
    named += [(e.get("name"), e.get("url")) for e in extra if isinstance(e, dict)]
    links = []
    for name, href in named:
        label, href = _plain(name), _plain(href)
        url = urljoin(page_url, href) if href else ""
        if label and url and safe_url(url) and url.startswith(("http://", "https://", "/")):
            links.append(Link(label.capitalize(), url, label.lower(), href))
    return links


def _body(path: Path) -> str:
    """The page's Markdown body ("" when it cannot be read)."""
    try:
        return split_front_matter(read_text(path))[1]
    except (BuildError, BadFrontMatter):
        return ""


def _lead(path: Path) -> str:
    """The page's summary as Hugo makes it: the body before ``<!--more-->``, else its
    first paragraph, as plain text."""
    body = _body(path)
    lead = body.split("<!--more-->", 1)[0] if "<!--more-->" in body else body
    lead = _SHORTCODE.sub(" ", lead)
    lead = next((p for p in lead.strip().split("\n\n") if strip_tags(p).strip()), "")
    return " ".join(strip_tags(markdown().render(lead)).split())


def _plain(value: Any) -> str:
    if value is None or isinstance(value, dict | list):
        return ""
    return strip_tags(_SHORTCODE.sub(" ", str(value))).strip()
