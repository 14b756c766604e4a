"""The folders a site's generator writes its built pages into: never a source.

Many sites commit what their generator built beside its sources: a MkDocs ``site/``,
Jekyll's ``_site/``, Hugo's ``public/`` (and its ``resources/`` cache), Eleventy's
``_site/``, Astro's and Vite's ``dist/``, Quarto's ``_site/`` (or ``docs/`` when
``_quarto.yml`` says ``output-dir: docs``), R Markdown's ``_site/``, Pelican's
``output/``. The pages there are copies of the sources, often older or newer ones:
where the generator is known (its configuration file is at the site's root), the folder
it writes into is read from its setting (``site_dir``, ``destination``, ``publishDir``,
``output-dir``, ``output_dir``, ``outDir``, ``OUTPUT_PATH``) or else is its default, and
every reader that chooses pages (:func:`is_output`) leaves it out.

The settings are only read (YAML, TOML, a JavaScript or Python file's plain string
value): a setting that cannot be read leaves the default.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..diagnostics import BuildError
from ..parse.front_matter import YamlError, load_yaml
from ..parse.settings_files import settings_file
from .hugo_config_keys import sets_hugo_settings

_HUGO_FILES = tuple(f"{n}{s}" for n in ("hugo", "config") for s in (".toml", ".yaml", ".yml"))
_TAG = re.compile(r"(?:(?<=\s)|^)!!?[A-Za-z][\w/.:-]*(?=\s|$)", re.M)  # mkdocs' !ENV
_VITE_OUT = re.compile(r"""\boutDir\s*:\s*(['"`])([^'"`\n]+)\1""")  # Astro, Vite
_ELEVENTY_OUT = re.compile(r"""\boutput\s*:\s*(['"`])([^'"`\n]+)\1""")  # dir: {output: …}
_PELICAN_OUT = re.compile(r"^OUTPUT_PATH\s*=\s*(['\"])([^'\"\n]+)\1", re.M)


def output_folders(site_dir: Path) -> frozenset[Path]:
    """The resolved folders the generators configured at ``site_dir``'s root build
    into (empty when none is known)."""
    try:
        return _output_folders(site_dir.resolve())
    except OSError:
        return frozenset()


def is_output(path: Path, site_dir: Path) -> bool:
    """Whether ``path`` lies in a folder a generator of ``site_dir`` builds into."""
    folders = output_folders(site_dir)
    if not folders:
        return False
    resolved = path.resolve()
    return any(resolved == f or resolved.is_relative_to(f) for f in folders)


def source_files(
    folder: Path, built: frozenset[Path], skip: frozenset[str] | set[str]
) -> Iterator[Path]:
    """Every file under ``folder`` in name order, leaving out dot files, symbolic links, the
    folders named in ``skip`` and the ``built`` output folders (:func:`output_folders`)."""
    try:
        children = sorted(folder.iterdir())
    except OSError:
        return
    for path in children:
        if path.name.startswith(".") or path.name in skip or path.is_symlink():
            continue
        if path.is_dir() and path.resolve() not in built:
            yield from source_files(path, built, skip)
        elif path.is_file():
            yield path


@lru_cache(maxsize=64)
def _output_folders(root: Path) -> frozenset[Path]:
    named: list[str] = []
    for rule in (_mkdocs, _jekyll, _hugo, _quarto, _rmarkdown, _eleventy, _vite, _pelican):
        named += rule(root)
    folders = set()
    for name in named:
        folder = (root / name.strip().strip("/")).resolve()
        if name.strip().strip("/") and folder != root and folder.is_relative_to(root):
            folders.add(folder)
    return frozenset(folders)


def _mkdocs(root: Path) -> list[str]:
    path = next((root / n for n in ("mkdocs.yml", "mkdocs.yaml") if (root / n).is_file()), None)
    if path is None:
        return []
    try:
        config = load_yaml(_TAG.sub("", path.read_text(encoding="utf-8", errors="replace")))
    except (YamlError, OSError):
        config = {}
    return [_text(config, "site_dir") or "site"]


def _jekyll(root: Path) -> list[str]:
    path = next((root / n for n in ("_config.yml", "_config.yaml") if (root / n).is_file()), None)
    return [] if path is None else [_text(_settings(path), "destination") or "_site"]


def _hugo(root: Path) -> list[str]:
    files = [root / n for n in _HUGO_FILES if (root / n).is_file()]
    files = [p for p in files if p.stem == "hugo" or sets_hugo_settings(p)]  # another tool's
    folder = root / "config" / "_default"
    if folder.is_dir():
        files += sorted(p for p in folder.glob("*.*") if p.suffix in (".toml", ".yaml", ".yml"))
    if not files or not (root / "content").is_dir():
        return []
    settings = [{k.lower(): v for k, v in _settings(p).items()} for p in files]
    publish = next((d["publishdir"] for d in settings if _text(d, "publishdir")), "public")
    return [publish, "resources"]


def _quarto(root: Path) -> list[str]:
    path = next((root / n for n in ("_quarto.yml", "_quarto.yaml") if (root / n).is_file()), None)
    if path is None:
        return []
    project = _settings(path).get("project")
    return [_text(project, "output-dir") or "_site"]


def _rmarkdown(root: Path) -> list[str]:
    path = next((root / n for n in ("_site.yml", "_site.yaml") if (root / n).is_file()), None)
    return [] if path is None else [_text(_settings(path), "output_dir") or "_site"]


def _eleventy(root: Path) -> list[str]:
    names = ("eleventy.config.js", "eleventy.config.mjs", "eleventy.config.cjs", ".eleventy.js")
    path = next((root / n for n in names if (root / n).is_file()), None)
    if path is None:
        return []
    found = _ELEVENTY_OUT.search(_read(path))
    return [found.group(2) if found else "_site"]


def _vite(root: Path) -> list[str]:
    stems = ("astro.config", "vite.config")
    suffixes = (".mjs", ".js", ".ts", ".mts", ".cjs")
    names = [f"{stem}{suffix}" for stem in stems for suffix in suffixes]
    path = next((root / n for n in names if (root / n).is_file()), None)
    if path is None:
        return []
    found = _VITE_OUT.search(_read(path))
    return [found.group(2) if found else "dist"]


def _pelican(root: Path) -> list[str]:
    if not (root / "pelicanconf.py").is_file():
        return []
    texts = [_read(root / n) for n in ("publishconf.py", "pelicanconf.py")]
    found = next((m for t in texts if (m := _PELICAN_OUT.search(t))), None)
    return [found.group(2) if found else "output"]


def _settings(path: Path) -> dict[str, Any]:
    try:
        data = settings_file(path)
    except BuildError:
        return {}
    return data if isinstance(data, dict) else {}


def _text(mapping: Any, key: str) -> str:
    value = mapping.get(key) if isinstance(mapping, dict) else None
    return value.strip() if isinstance(value, str) else ""


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
