"""Hugo shortcodes that show a file of the site in a page::

    {{< readfromfile "content/newslist.dat" 5 >}}     {{% readfile file="news.md" %}}

A call is followed when its template (``layouts/shortcodes/<name>.*``, also
``layouts/_shortcodes/`` and a theme's) reads a file named by its arguments:
:mod:`.hugo_template` works out which file and what of it is shown (the first lines,
each its own paragraph…). That text stands in the call's place, apart from what surrounds
it, each line known by the file and line it comes from. A file outside the site is never
read (a warning says so), nor one that is missing; calls of other shortcodes are blanked
like before.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..diagnostics import BuildError, Reporter, display_path
from ..parse.front_matter import read_text
from .hugo_pipeline import Call
from .hugo_template import shown_text
from .shown_lines import Text

_CALL = re.compile(r"\A\{\{([<%])-?\s*([\w.-]+)(.*?)\s*-?[>%]\}\}\Z", re.DOTALL)
_ARG = re.compile(r"""(?:([\w-]+)\s*=\s*)?("(?:[^"\\]|\\.)*"|`[^`]*`|[^\s"`]+)""")
_TEMPLATE_FOLDERS = ("layouts/shortcodes", "layouts/_shortcodes")
_READERS = re.compile(r"readFile|ReadFile|resources\.Get|Resources\.Get")
Shown = list[tuple[str, str, int]]  # (line, file, line number in it)


def file_shortcode(
    tag: str, page: Path, site_dir: Path, reporter: Reporter, source: str, line: int
) -> Shown | None:
    """The lines the shortcode call ``tag`` (in ``page``, at ``source:line``) shows of
    a file of the site, set apart by blank lines; ``None`` when the tag is no call of a
    shortcode that reads a file, ``[]`` when the file is not read (a warning says why)."""
    match = _CALL.match(tag)
    if match is None:
        return None
    name = match.group(2)
    site = site_dir.resolve()
    found = next(((r, t) for r in _roots(page.resolve(), site) if (t := _template(r, name))), None)
    if found is None:
        return None
    root, template = found
    text = _template_text(template, template.stat().st_mtime_ns)
    if not _READERS.search(text):
        return None
    positional, named = _arguments(match.group(3))
    refused: list[str] = []

    def read(base: str, name: str) -> Text | None:
        return _read(base, name, root, page, site, refused)

    content = root / "content"
    folder = page.parent.resolve()
    page_dir = f"{folder.relative_to(content)}/" if folder.is_relative_to(content) else ""
    shown = shown_text(text, Call(positional, named, page_dir.lstrip("./"), read))
    if shown is None:
        what = refused[0] if refused else "no file of the site"
        reporter.warn(source, line, f"shortcode {name}: {what}; not read", "include")
        return []
    out: Shown = [("", source, line)]
    where = (source, line)
    for text_line, origin in shown:
        where = origin or where
        out.append((text_line, *where))
    return [*out, ("", source, line)]


def _roots(page: Path, site: Path) -> list[Path]:
    """Hugo project folders that may hold the templates: the site's folder first, then
    each folder from the page up to it (``--content`` may be ``content/``)."""
    found = [site] if (site / "layouts").is_dir() or (site / "content").is_dir() else []
    found += [p for p in page.parents if p.is_relative_to(site) and (p / "layouts").is_dir()]
    return list(dict.fromkeys(found)) or [site]


def _template(root: Path, name: str) -> Path | None:
    folders = [root / f for f in _TEMPLATE_FOLDERS]
    themes = root / "themes"
    if themes.is_dir():
        folders += [t / f for t in sorted(themes.iterdir()) for f in _TEMPLATE_FOLDERS]
    for folder in folders:
        found = sorted(folder.glob(f"{name}.*")) if folder.is_dir() else []
        found.sort(key=lambda p: p.suffix != ".html")
        if found and found[0].is_file():
            return found[0]
    return None


@lru_cache(maxsize=64)
def _template_text(template: Path, _mtime: int) -> str:
    return template.read_text(encoding="utf-8", errors="replace")


def _arguments(text: str) -> tuple[list[str], dict[str, str]]:
    positional: list[str] = []
    named: dict[str, str] = {}
    for key, value in _ARG.findall(text):
        if value[:1] in ('"', "`"):
            value = value[1:-1].replace('\\"', '"')
        if key:
            named[key] = value
        else:
            positional.append(value)
    return positional, named


def _read(
    base: str, name: str, root: Path, page: Path, site: Path, refused: list[str]
) -> Text | None:
    """The lines of the file ``name`` a template reads (from the project folder, its
    ``assets/`` or the page's folder, as ``base`` says; else the first of those that has
    it), each with its origin; ``None`` when there is none inside the site."""
    firsts = {"root": root, "assets": root / "assets", "page": page.parent}
    bases = [firsts.get(base, root), root, page.parent, root / "content", root / "assets"]
    for folder in dict.fromkeys(bases):
        path = folder / name.lstrip("/") if name.startswith("/") else folder / name
        resolved = path.resolve()
        if not resolved.is_relative_to(site):
            refused.append(f"{name} is outside the site")
            return None
        if resolved.is_file():
            try:
                text = read_text(path)
            except BuildError:
                refused.append(f"{name} is not UTF-8 text")
                return None
            where = display_path(path)
            lines = text.split("\n")
            if lines and lines[-1] == "":
                lines.pop()  # the file's last newline ends its last line
            return [(line, (where, number)) for number, line in enumerate(lines, 1)]
    refused.append(f"file {name} not found")
    return None
