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

MAX_DEPTH = 8  # includes inside includes
MAX_LINES = 200_000  # of the whole expanded page

_TAG = re.compile(
    r"(?s:\{%-?\s*comment\s*-?%\}.*?(?:\{%-?\s*endcomment\s*-?%\}|\Z))"  # hidden block
    r"|(?s:\{%-?\s*raw\s*-?%\}(?P<raw>.{0,100000}?)\{%-?\s*endraw\s*-?%\})"  # literal text
    r"|(?s:\{%-?\s*(?P<jekyll>include(?:_relative)?)\s+(?P<jarg>.{0,500}?)-?%\})"
    r"|(?s:\{\{<\s*include\s+(?P<qarg>.{0,500}?)>\}\})"  # Quarto
    r"|^```+[ \t]*\{r[ ,][^}\n]*?\bchild\s*=\s*(?P<karg>\"[^\"\n]+\"|'[^'\n]+')[^}\n]*\}"
    r"[ \t]*\n(?:.*\n)*?[ \t]*```+[ \t]*$"  # knitr child chunk
    r"|(?s:\{%.{0,2000}?%\}|\{\{.{0,2000}?\}\})",  # any other Liquid (or Hugo shortcode): blanked
    re.MULTILINE,
)


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


def expand(path: Path, site: Path, reporter: Reporter, text: str | None = None) -> Expanded:
    """The text of page ``path`` (of site folder ``site``) with its includes expanded."""
    source = display_path(path)
    text = read_text(path, source) if text is None else text
    if _TAG.search(text) is None:
        origins = [(source, n) for n in range(1, text.count("\n") + 2)]
        return Expanded(text, origins, changed=False)
    out = _Builder()
    _expand_into(out, text, path, source, site.resolve(), reporter, [path.resolve()])
    return Expanded("\n".join(out.lines), out.origins, out.included)


@dataclass
class _Builder:
    lines: list[str] = field(default_factory=list)
    origins: list[tuple[str, int]] = field(default_factory=list)
    included: list[Path] = field(default_factory=list)
    current: str = ""

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
    site: Path,
    reporter: Reporter,
    stack: list[Path],
) -> None:
    line, pos = 1, 0
    for match in _TAG.finditer(text):
        line = out.add(text[pos : match.start()], source, line)
        pos = match.end()
        tag = match.group()
        arg = match.group("jarg") or match.group("qarg") or match.group("karg")
        if match.group("raw") is not None:
            line = out.add(match.group("raw"), source, line)
            continue
        target = _target(arg, match.group("jekyll"), path, site) if arg else None
        if target is not None and _template(target):
            arg = target = None  # a layout piece (al-folio's news.liquid): blanked
        if arg is None or target is None:
            if arg is not None:
                reporter.warn(source, line, f"cannot follow {' '.join(tag.split())}", "include")
            line = out.add("\n" * tag.count("\n"), source, line)  # blanked, lines kept
            continue
        name = arg.strip()
        if not target.resolve().is_relative_to(site):
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
            body = blank_front_matter(read_text(target, inner))
            out.included.append(target)
            _expand_into(out, body, target, inner, site, reporter, [*stack, target.resolve()])
        line += tag.count("\n")
    line = out.add(text[pos:], source, line)
    if out.current or not text.endswith("\n"):
        out.flush(out.current, source, line)


def _template(path: Path) -> bool:
    """Whether an included file is a Liquid template rather than text to show: any
    ``.liquid`` file, or an ``.html`` one that loops or prints Liquid values."""
    if path.suffix == ".liquid":
        return True
    if path.suffix not in (".html", ".htm") or not path.is_file():
        return False
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return "{%" in text or "{{" in text


def _target(arg: str, jekyll: str | None, path: Path, site: Path) -> Path | None:
    """The file an include names, or ``None`` when it names it with a variable."""
    try:
        words = shlex.split(arg.strip())
    except ValueError:
        return None
    name = words[0] if words else ""
    if not name or "{{" in name or (jekyll == "include" and "=" in name):
        return None
    if jekyll == "include":
        return site / "_includes" / name
    return path.parent / name
