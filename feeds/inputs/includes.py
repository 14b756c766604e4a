"""Includes inside a page, expanded in place: Jekyll ``{% include_relative x.md %}`` and
``{% include x.md %}`` (from ``_includes/``), Quarto ``{{< include x.qmd >}}`` and knitr
child chunks (```` ```{r child="x.Rmd"} ````).

The page becomes one text with a line map, so what is read in it can be named by the
file and line it comes from (:meth:`Expanded.where`). Every other Liquid tag
(``{% if %}``, ``{{ site.x }}``) is blanked, never published, and ``{% comment %}``
blocks are hidden like HTML comments; so are included Liquid templates (``.liquid``, or
``.html`` with Liquid in it, such as al-folio's news loop). An include is followed only
inside the site, at most :data:`MAX_DEPTH` deep and never into itself.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path

from ..diagnostics import BuildError, Reporter, display_path
from ..parse.front_matter import blank_front_matter, read_text
from .file_shortcodes import file_shortcode
from .include_data_lists import listed_news_data
from .include_params import data_params, with_data_params
from .include_sections import part_heading
from .jekyll_data import DataLoop, loop_markdown, shows_news
from .mkdocs_macros import macro_variables
from .page_tags import has_tags, page_tags
from .script_writes import with_written_scripts

MAX_DEPTH = 8  # includes inside includes
MAX_LINES = 200_000  # of the whole expanded page


@dataclass
class Expanded:
    """A page with its includes expanded: the text and, per line, where it comes from."""

    text: str
    origins: list[tuple[str, int]]  # (source, 1-based line) of each line of ``text``
    included: list[Path] = field(default_factory=list)  # files read, in order
    changed: bool = True  # False: the page has no tag at all, ``text`` is as written

    def where(self, line: int | None) -> tuple[str | None, int | None]:
        """The (source, line) of line ``line`` of the expanded text."""
        if line is None or not 1 <= line <= len(self.origins):
            return None, line
        return self.origins[line - 1]


def expand(
    path: Path,
    site_dir: Path,
    reporter: Reporter,
    text: str | None = None,
    page: Path | None = None,
) -> Expanded:
    """The text of page ``path`` (of site folder ``site``) with its includes expanded;
    ``page`` is the page whose front matter ``page.<name>`` loops walk (default ``path``;
    a layout's: the page laid out in it)."""
    source = display_path(path)
    text = read_text(path, source) if text is None else text
    if not has_tags(text):
        if written := with_written_scripts(text, path, site_dir.resolve(), source):
            return Expanded(*written)
        origins = [(source, n) for n in range(1, text.count("\n") + 2)]
        return Expanded(text, origins, changed=False)
    out = _Builder(html=path.suffix.lower() in (".html", ".htm"), page=page or path)
    _expand_into(out, text, path, source, site_dir.resolve(), reporter, [path.resolve()])
    return Expanded("\n".join(out.lines), out.origins, out.included)


@dataclass
class _Builder:
    lines: list[str] = field(default_factory=list)
    origins: list[tuple[str, int]] = field(default_factory=list)
    included: list[Path] = field(default_factory=list)
    current: str = ""
    html: bool = False  # the page is HTML: a data loop's entries are written as <li>s
    page: Path | None = None  # whose front matter a ``page.news`` loop walks

    def add(self, text: str, source: str, line: int) -> int:
        """Append ``text`` (from ``source`` at ``line``); the line number after it."""
        parts = text.split("\n")
        for part in parts[:-1]:
            self.flush(self.current + part, source, line)
            line += 1
        self.current += parts[-1]
        return line

    def flush(self, text: str, source: str, line: int) -> None:
        if len(self.lines) >= MAX_LINES:
            raise BuildError(f"{source}:{line}: includes expand to more than {MAX_LINES} lines")
        self.lines.append(text)
        self.origins.append((source, line))
        self.current = ""


def _expand_into(
    out: _Builder,
    text: str,
    path: Path,
    source: str,
    site_dir: Path,
    reporter: Reporter,
    stack: list[Path],
) -> None:
    line, pos = 1, 0
    for found in page_tags(text, macro_variables(site_dir)):
        line = out.add(text[pos : found.start], source, line)
        pos = found.end
        tag = text[found.start : found.end]
        arg = found.arg
        if found.raw is not None:
            line = out.add(found.raw, source, line)
            continue
        if found.data is not None and _data_into(out, found.data, site_dir, reporter, source, line):
            line += tag.count("\n")
            continue
        shown = (
            file_shortcode(tag, path, site_dir, reporter, source, line)
            if tag.startswith("{{")
            else None
        )
        if shown is not None:  # {{< readfromfile "news.dat" >}}: the file's lines
            if out.current.strip():
                out.flush(out.current, source, line)
            for text_line, origin, number in shown:
                out.flush(text_line, origin, number)
            out.current, line = "", line + tag.count("\n")
            continue
        target = _target(arg, found.jekyll, path, site_dir) if arg else None
        params = data_params(arg)  # data=site.data.news: read as that data's loop
        if target is not None and _template(target, site_dir, params, out.page):
            if _listed_into(out, tag, site_dir, reporter, source, line):  # data="news"
                line += tag.count("\n")
                continue
            arg = target = None  # a layout piece (al-folio's news.liquid): blanked
        if arg is None or target is None:
            if arg is not None:
                reporter.warn(source, line, f"cannot follow {' '.join(tag.split())}", "include")
            line = out.add("\n" * tag.count("\n"), source, line)  # blanked, lines kept
            continue
        name = arg.strip()
        if not target.resolve().is_relative_to(site_dir):
            reporter.warn(source, line, f"included {name} is outside the site; not read", "include")
        elif target.resolve() in stack:
            reporter.warn(source, line, f"included {name} includes itself; not read", "include")
        elif len(stack) > MAX_DEPTH:
            reporter.warn(
                source, line, f"includes nested deeper than {MAX_DEPTH}; {name} not read", "include"
            )
        elif not target.is_file():
            reporter.warn(source, line, f"included file {arg.strip()} not found", "include")
        else:
            if out.current.strip():
                out.flush(out.current, source, line)
            out.current = ""
            inner = display_path(target)
            body = with_data_params(blank_front_matter(read_text(target, inner)), params)
            out.included.append(target)
            if part := part_heading(target, body, out.lines):  # "_includes/experience.md"
                out.flush(f"<h1>{part}</h1>" if out.html else f"\n# {part}\n", inner, 1)
            _expand_into(out, body, target, inner, site_dir, reporter, [*stack, target.resolve()])
        line += tag.count("\n")
    line = out.add(text[pos:], source, line)
    if out.current or not text.endswith("\n"):
        out.flush(out.current, source, line)


def _data_into(
    out: _Builder, loop: DataLoop, site_dir: Path, reporter: Reporter, source: str, line: int
) -> bool:
    """Write the entries a loop over a data file shows in its place, as a Markdown list
    apart from what surrounds it; ``False`` when the data holds no news."""
    found = loop_markdown(site_dir, loop, reporter, out.page)
    if found is None:
        return False
    lines, origins, data_source = found
    if out.current.strip():
        out.flush(out.current, source, line)
    markup = "ul" if out.html else _in_markup(out, source)
    out.flush(f"<{markup}>" if markup == "ul" else "", source, line)
    if markup:  # an HTML page (or inside an HTML include's markup): each entry one <li>
        lines, origins = _as_html(lines, origins)
    if markup == "table":  # inside a table: rows, as a browser shows them
        lines = [f"<tr><td>{text[4:-5]}</td></tr>" for text in lines]
    for text, origin in zip(lines, origins, strict=True):
        out.flush(text, data_source, origin)
    out.flush("</ul>" if markup == "ul" else "", source, line)
    return True


def _listed_into(
    out: _Builder, tag: str, site_dir: Path, reporter: Reporter, source: str, line: int
) -> bool:
    """Write the news data file an include is told to list (``{% include list.html
    data="news" %}``: :mod:`.include_data_lists`) in its place; ``False`` when none."""
    for name in listed_news_data(tag, site_dir):
        if _data_into(out, DataLoop((name,), None), site_dir, reporter, source, line):
            return True
    return False


def _in_markup(out: _Builder, source: str) -> str:
    """``"ul"`` when a loop of the HTML include ``source`` sits inside its markup (the
    last line written before it opens a tag: a Markdown list there would be no list),
    ``"table"`` when that tag is a table's; else ``""``."""
    if not source.lower().endswith((".html", ".htm")):
        return ""
    last = next((t.strip() for t in reversed(out.lines) if t.strip()), "")
    if _TABLE_TAG.match(last):
        return "table"
    return "ul" if last.startswith("<") and not last.startswith("</") else ""


_TABLE_TAG = re.compile(r"<(?:table|tbody|thead|tfoot|colgroup|/colgroup|/tr)\b", re.I)


def _as_html(lines: list[str], origins: list[int]) -> tuple[list[str], list[int]]:
    """Markdown list entries (``- date: words`` and their indented lines) as one
    ``<li>`` line each, on the line of the entry."""
    from ..parse.markdown import markdown

    entries: list[tuple[list[str], int]] = []
    for text, origin in zip(lines, origins, strict=True):
        if text.startswith("- ") or not entries:
            entries.append(([text[2:]], origin))
        else:
            entries[-1][0].append(text.strip())
    render = markdown().renderInline
    items = [f"<li>{' '.join(render(t).split())}</li>" for t in ("\n".join(e[0]) for e in entries)]
    return items, [origin for _, origin in entries]


def _template(path: Path, site_dir: Path, params: dict[str, str], page: Path | None) -> bool:
    """Whether an included file is a Liquid template rather than text to show: any
    ``.liquid`` file, or an ``.html`` one that loops or prints Liquid values; not one
    whose loop shows a data file of news (:mod:`.jekyll_data`) or ``page``'s own list."""
    if path.suffix not in (".liquid", ".html", ".htm") or not path.is_file():
        return path.suffix == ".liquid"  # a theme's template, missing here
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return path.suffix == ".liquid"
    liquid = path.suffix == ".liquid" or "{%" in text or "{{" in text
    return liquid and not shows_news(with_data_params(text, params), site_dir, page)


def _target(arg: str, jekyll: str | None, path: Path, site_dir: Path) -> Path | None:
    """The file an include names, or ``None`` when it names it with a variable."""
    try:
        words = shlex.split(arg.strip())
    except ValueError:
        return None
    name = words[0] if words else ""
    if not name or "{{" in name or (jekyll == "include" and "=" in name):
        return None
    if jekyll == "include":
        return site_dir / "_includes" / name
    return path.parent / name
