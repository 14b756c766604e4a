"""The documents a Quarto or R Markdown listing shows: its ``contents`` entries (folders,
globs, ``!`` exclusions, a distill ``posts`` name for ``_posts/``) matched to the
site's documents, and the YAML files among them read as entries."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from ..diagnostics import display_path
from ..parse.front_matter import key_line, read_text
from .listed_item import DOCUMENT_SUFFIXES
from .listing_entries import yaml_entries
from .news_page import inside
from .output_folders import is_output

_IGNORED = ("readme", "license", "licence", "changelog")


def shown_documents(
    page: Path, contents: Iterable[object], site_dir: Path
) -> tuple[list[Path], list[tuple[dict, str, int]]]:
    """The documents a listing of ``page`` whose ``contents`` entries are given shows, in
    name order, and its YAML entries (each with the file and line it is written at)."""
    base = page.parent
    documents: list[Path] = []
    excluded: set[Path] = set()
    entries: list[tuple[dict, str, int]] = []
    for content in contents:
        if isinstance(content, dict):
            source = display_path(page)
            line = key_line(read_text(page, source), "listing")
            entries.append((content, source, line))
            continue
        if not isinstance(content, str) or not content.strip():
            continue
        pattern = content.strip()
        drop = pattern.startswith("!")
        pattern = pattern.lstrip("!")
        root = site_dir if pattern.startswith("/") else base
        pattern = pattern.lstrip("/") or "."
        found = _matches(root, pattern)
        if drop:
            excluded.update(p.resolve() for p in found)
            continue
        for path in found:
            if path.suffix.lower() in (".yml", ".yaml"):
                entries += [(e, display_path(path), n) for e, n in yaml_entries(path)]
            else:
                documents.append(path)
    unique: dict[Path, Path] = {}
    for path in documents:
        key = path.resolve()
        if (
            key not in excluded
            and key != page.resolve()
            and inside(path, site_dir)
            and not is_output(path, site_dir)  # a built copy under output-dir: docs
        ):
            unique.setdefault(key, path)
    return sorted(unique.values()), entries


def _matches(root: Path, pattern: str) -> list[Path]:
    """Documents (or YAML files) named by one ``contents`` entry under ``root``."""
    target = root / pattern
    plain = not any(c in pattern for c in "*?[/")
    if plain and (root / f"_{pattern}").is_dir() and not _folder_documents(target):
        # distill: ``listing: posts`` is the ``_posts/`` folder; the ``posts/`` beside it,
        # if any, is what distill built there (``output_dir: "."``), HTML only
        target = root / f"_{pattern}"
    if target.is_dir():
        return _folder_documents(target)
    if target.is_file():
        return [target]
    try:
        return [p for p in root.glob(pattern) if _document(p) or p.suffix in (".yml", ".yaml")]
    except (ValueError, NotImplementedError):  # a pattern pathlib refuses
        return []


def _folder_documents(folder: Path) -> list[Path]:
    """The documents under ``folder`` (none in ``_``- or ``.``-folders); ``[]`` when it
    is no folder."""
    if not folder.is_dir():
        return []
    return [
        p
        for p in folder.rglob("*")
        if _document(p) and not any(part[:1] in "._" for part in p.relative_to(folder).parts)
    ]


def _document(path: Path) -> bool:
    return (
        path.suffix in DOCUMENT_SUFFIXES
        and path.is_file()
        and path.stem.lower() not in _IGNORED
        and not path.name.startswith(("_", "."))
    )
