"""Files of a Quarto project's checkout that are no source of its pages.

A file the project does not render: when ``_quarto.yml`` lists what to render
(``project: render: ["*.qmd", "blog/**/*.qmd", "!examples/**"]``), a file none of its
patterns names, or one a ``!`` pattern leaves out, stays in the repository only. Quarto
reads a pattern without a ``/`` at any depth (``*.qmd``: ``index.qmd`` and
``people/a.qmd``), one with a ``/`` from the project's root, and a folder (``drafts/``)
as all it holds. A list of ``!`` patterns alone leaves out those from all files.

Nor is a rendered copy committed beside its source (``news/index.html`` next to
``news/index.qmd``, with its listing's ``index-listing.json``): Quarto writes the page
into its output folder from the source, so the copy is older or newer output, and its
listing table mixes columns (the author's name) into the titles. The source is read.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ..diagnostics import BuildError
from ..parse.settings_files import settings_file

_QUARTO_FILES = ("_quarto.yml", "_quarto.yaml")
_SOURCES = (".qmd", ".ipynb", ".rmd", ".md")


def rendered_copy(path: Path, site_dir: Path) -> bool:
    """Whether ``path`` is an HTML page a Quarto project at ``site_dir`` renders from a
    source of the same name beside it."""
    if path.suffix.lower() not in (".html", ".htm") or not _is_quarto(site_dir.resolve()):
        return False
    try:
        siblings = {p.name.lower() for p in path.parent.iterdir() if p.is_file()}
    except OSError:
        return False
    return any(f"{path.stem.lower()}{suffix}" in siblings for suffix in _SOURCES)


def not_rendered(path: Path, site_dir: Path) -> bool:
    """Whether the Quarto project at ``site_dir`` lists what it renders and ``path`` is
    not among it: no page of the site."""
    patterns = _render_patterns(site_dir.resolve())
    if not patterns:
        return False
    try:
        relative = path.resolve().relative_to(site_dir.resolve()).as_posix()
    except ValueError:
        return False
    wanted = [p for negated, p in patterns if not negated]
    if wanted and not any(p.fullmatch(relative) for p in wanted):
        return True
    return any(p.fullmatch(relative) for negated, p in patterns if negated)


@lru_cache(maxsize=32)
def _is_quarto(root: Path) -> bool:
    return any((root / name).is_file() for name in _QUARTO_FILES)


@lru_cache(maxsize=32)
def _render_patterns(root: Path) -> tuple[tuple[bool, re.Pattern[str]], ...]:
    """``(negated, pattern)`` of each entry of ``project: render:`` (empty when there is
    no Quarto project or it renders every file)."""
    for name in (n for n in _QUARTO_FILES if (root / n).is_file()):
        try:
            config = settings_file(root / name)
        except BuildError:
            continue
        project = config.get("project") if isinstance(config, dict) else None
        render = project.get("render") if isinstance(project, dict) else None
        if isinstance(render, str):
            render = [render]
        if not isinstance(render, list):
            return ()
        entries = [e.strip() for e in render if isinstance(e, str) and e.strip()]
        return tuple((e.startswith("!"), _glob(e.removeprefix("!"))) for e in entries)
    return ()


def _glob(pattern: str) -> re.Pattern[str]:
    """A Quarto render glob as a pattern over paths relative to the project's root."""
    pattern = pattern.strip().removeprefix("./")
    anchored = pattern.startswith("/")
    pattern = pattern.strip("/") + ("/**" if pattern.endswith("/") else "")
    if not anchored and "/" not in pattern:
        pattern = "**/" + pattern
    out = ""
    for part in re.split(r"(\*\*/|\*\*|\*|\?)", pattern):
        if part == "**/":
            out += "(?:.*/)?"
        elif part == "**":
            out += ".*"
        elif part == "*":
            out += "[^/]*"
        elif part == "?":
            out += "[^/]"
        else:
            out += re.escape(part)
    return re.compile(out)
