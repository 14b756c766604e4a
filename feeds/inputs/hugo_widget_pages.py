"""Wowchemy widgets that hold the news of a Hugo site when no list page does.

* A section page built as a ``widget_page`` (``content/news/index.md`` with ``type:
  widget_page``) is only the container of the widget files in its folder (``list.md``…):
  a ``blank`` widget's body is read as a news page, a dated-entries widget by
  :mod:`.hugo_dated_widgets`. The container is never an item, nor is any other file of
  a leaf bundle (a folder with an ``index.md``: those files are its resources).
* A dated-entries widget (``experience``, ``accomplishments``) on the homepage titled as
  news or kept in ``home/news.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..parse.front_matter import front_matter

DATED_WIDGETS = {"experience": "experience", "accomplishments": "item"}
NEWS_FOLDERS = ("news", "updates")


def is_widget_page(path: Path) -> bool:
    """Whether ``path`` is a Wowchemy ``type: widget_page`` (a container of widgets)."""
    return _text(front_matter(path).get("type")).lower() == "widget_page"


def is_leaf_bundle(folder: Path) -> bool:
    """Whether ``folder`` is a Hugo leaf bundle: its ``index.md`` is the one page, the
    other files beside it are its resources (widgets), never pages of their own."""
    return (folder / "index.md").is_file()


def page_widgets(folder: Path) -> list[Path]:
    """The widget files of the widget page ``folder/index.md``, in weight order (those
    switched off with ``active: false`` left out); ``[]`` when it is no widget page."""
    index = folder / "index.md"
    if not index.is_file() or not is_widget_page(index):
        return []
    found = []
    for path in sorted(folder.glob("*.md")):
        meta = front_matter(path)
        if (
            path.name != "index.md"
            and _text(meta.get("widget"))
            and meta.get("active") is not False
        ):
            found.append((_weight(meta.get("weight")), path.name, path))
    return [path for _, _, path in sorted(found)]


def news_widget_pages(root: Path, is_news_title: Callable[[str], bool]) -> list[Path]:
    """Files of the content folder ``root`` to read as news pages: the widgets of a news
    section built as a widget page (``news/index.md``, or any section's ``index.md``
    titled as news), except dated-entries widgets; a news leaf bundle's ``index.md``."""
    found: list[Path] = []
    for folder, widgets in _news_sections(root, is_news_title):
        if widgets:
            found += [w for w in widgets if _kind(w) not in DATED_WIDGETS]
        elif folder.name.lower() in NEWS_FOLDERS:
            found.append(folder / "index.md")
    return found


def dated_widgets(root: Path, is_news_title: Callable[[str], bool]) -> list[Path]:
    """The dated-entries widgets of ``root`` that are news: on the homepage (``home/``)
    titled as news or named ``news.md``; any of a news widget page."""
    home = root / "home"
    found = [
        p
        for p in (sorted(home.glob("*.md")) if home.is_dir() else [])
        if _kind(p) in DATED_WIDGETS
        and front_matter(p).get("active") is not False
        and (p.stem == "news" or is_news_title(_title(p)))
    ]
    for _, widgets in _news_sections(root, is_news_title):
        found += [w for w in widgets if _kind(w) in DATED_WIDGETS]
    return found


def _news_sections(
    root: Path, is_news_title: Callable[[str], bool]
) -> list[tuple[Path, list[Path]]]:
    """(folder, its widgets) of each leaf-bundle section of ``root`` that is news (named
    ``news/`` or its ``index.md`` titled as news); ``[]`` widgets: no widget page."""
    folders = sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []
    return [
        (folder, page_widgets(folder))
        for folder in folders
        if folder.name != "home"
        and (folder / "index.md").is_file()
        and (folder.name.lower() in NEWS_FOLDERS or is_news_title(_title(folder / "index.md")))
    ]


def _kind(path: Path) -> str:
    return _text(front_matter(path).get("widget")).lower()


def _title(path: Path) -> str:
    return _text(front_matter(path).get("title"))


def _weight(value: Any) -> float:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return float(value)
    return float("inf")


def _text(value: Any) -> str:
    if value is None or isinstance(value, dict | list | bool):
        return ""
    return str(value).strip()
