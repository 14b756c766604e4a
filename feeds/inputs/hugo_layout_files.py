"""Files a Hugo home LAYOUT shows by path: the news kept outside ``content/`` (in
``assets/news.md``, ``static/updates.html``, ``news.md`` at the top) and pulled into the
homepage by the home layout or a partial it includes (a homepage with content, or one
that is the layout alone: then the files are the homepage)::

    {{ (resources.Get "news.md").Content | markdownify }}
    {{ with resources.Get "news.md" }}{{ .Content | markdownify }}{{ end }}
    {{ readFile "assets/news.md" | markdownify }}      {{ os.ReadFile "news.md" | .RenderString }}

Such a file is read as a Jekyll include is: its lines follow the homepage's own, each
named by the file and line it comes from; one that opens with no heading is headed by
its name (``news.md`` is news, ``bio.md`` ends the homepage's news before it). Only
Markdown and HTML files are read, only inside the site, and only when a template the
homepage is built with reads them.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..diagnostics import BuildError, display_path
from ..parse.front_matter import read_text
from .hugo import hugo_homepages, is_hugo
from .hugo_layout_news import home_layout, layout_texts
from .includes import Expanded

SHOWN_SUFFIXES = (".md", ".markdown", ".html", ".htm")

_RESOURCE = re.compile(r"\bresources\.Get(?:Match)?\s+\(?\s*[\"`]([^\"`\n]+)[\"`]")
_HEADING = re.compile(r"#{1,6}\s|<h[1-6]\b", re.IGNORECASE)
_READ_FILE = re.compile(r"\b(?:os\.)?readFile\s+\(?\s*[\"`]([^\"`\n]+)[\"`]", re.IGNORECASE)


def layout_files(page: Path, site_dir: Path) -> list[Path]:
    """The Markdown/HTML files of the site that the home layout of the Hugo homepage
    ``page`` (or a partial it includes) shows by path, in the order it names them;
    ``[]`` when ``page`` is no Hugo homepage or the layout names none. A homepage that
    is its layout alone (no ``content/_index.md``) is known by the first of them
    (:func:`layout_home`): then ``page`` is the first of the files returned."""
    if not is_hugo(site_dir):
        return []
    homepages = hugo_homepages(site_dir)
    if not homepages:
        files = _named_files(site_dir)
        return files if files and files[0].resolve() == page.resolve() else []
    if page.resolve() != homepages[0].resolve():
        return []
    return _named_files(site_dir)


def layout_home(site_dir: Path) -> Path | None:
    """The first file the home layout of a Hugo site shows by path, when the site has
    no homepage file (its homepage is the layout alone); else ``None``."""
    if not is_hugo(site_dir) or hugo_homepages(site_dir):
        return None
    return next(iter(_named_files(site_dir)), None)


def _named_files(site_dir: Path) -> list[Path]:
    found = home_layout(site_dir)
    if found is None:
        return []
    layout, root = found
    site = site_dir.resolve()
    files: list[Path] = []
    for text in layout_texts(layout, root):
        named = [(m.start(), site_dir / "assets", m.group(1)) for m in _RESOURCE.finditer(text)]
        named += [(m.start(), site_dir, m.group(1)) for m in _READ_FILE.finditer(text)]
        for _, base, name in sorted(named, key=lambda n: n[0]):
            path = base / name.lstrip("/")
            resolved = path.resolve()
            if (
                path.suffix.lower() in SHOWN_SUFFIXES
                and resolved.is_relative_to(site)
                and resolved.is_file()
            ):
                files.append(path)
    return list(dict.fromkeys(files))


def with_layout_files(expanded: Expanded, files: list[Path], page: Path) -> Expanded:
    """``expanded`` (the text of ``page``) with the lines of ``files`` after its own, each
    set apart by a blank line and known by its file and line; when ``page`` is the first
    of them (a homepage that is its layout alone), the files' lines alone."""
    text, origins = expanded.text, list(expanded.origins)
    if files[0].resolve() == page.resolve():
        text, origins = "", [(display_path(page), 1)]
    included = list(expanded.included)
    for path in files:
        source = display_path(path)
        try:
            shown = read_text(path, source)
        except BuildError:  # not UTF-8: the homepage is read without it
            continue
        lines = shown.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        first = next((line.strip() for line in lines if line.strip()), "")
        if not _HEADING.match(first):  # its name heads it: news.md is news, bio.md is not
            text += f"\n\n## {path.stem.replace('_', ' ').replace('-', ' ')}"
            origins += [(source, 1), (source, 1)]
        text += "\n\n" + "\n".join(lines)
        origins += [(source, 1)] + [(source, n) for n in range(1, len(lines) + 1)]
        included.append(path)
    return Expanded(text, origins, included)
