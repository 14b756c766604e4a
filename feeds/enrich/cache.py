"""The arXiv metadata cache (``content/arxiv.json``): one entry per version-free id.

The file is written deterministically (sorted keys, two-space indent, UTF-8, trailing
newline), atomically, and only when its bytes change. Entries are never dropped: a
failed fetch leaves them as they were, and a corrupt file is kept (as ``.bak``) before
it is replaced.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..diagnostics import Reporter
from ..model import Paper
from ..publish import write_atomic

Entry = dict[str, Any]


def paper_to_entry(paper: Paper, fetched: str) -> Entry:
    """The JSON entry of ``paper``, stamped with its fetch time (ISO)."""
    affiliations = paper.affiliations or tuple(() for _ in paper.authors)
    return {
        "title": paper.title,
        "authors": [
            {"name": name, "affiliations": list(affs)}
            for name, affs in zip(paper.authors, affiliations, strict=False)
        ],
        "abstract": paper.abstract,
        "categories": list(paper.categories),
        "primary_category": paper.primary_category,
        "published": paper.published,
        "updated": paper.updated,
        "version": paper.version,
        "doi": paper.doi,
        "journal_ref": paper.journal_ref,
        "comment": paper.comment,
        "abs_url": paper.abs_url,
        "pdf_url": paper.pdf_url,
        "fetched": fetched,
    }


def entry_to_paper(ident: str, entry: Entry) -> Paper:
    """The :class:`Paper` of a cache entry; ``ValueError`` if it is malformed."""
    try:
        authors = entry["authors"]
        version = entry["version"]
        if not isinstance(version, int) or isinstance(version, bool):
            raise TypeError("version is not an integer")
        return Paper(
            arxiv_id=ident,
            title=_str(entry["title"]),
            authors=tuple(_str(a["name"]) for a in authors),
            abstract=_str(entry["abstract"]),
            categories=tuple(_str(c) for c in entry["categories"]),
            primary_category=_str(entry["primary_category"]),
            published=_str(entry["published"]),
            updated=_str(entry["updated"]),
            version=version,
            abs_url=_str(entry["abs_url"]),
            pdf_url=_str(entry["pdf_url"]),
            doi=_opt(entry.get("doi")),
            journal_ref=_opt(entry.get("journal_ref")),
            comment=_opt(entry.get("comment")),
            affiliations=tuple(
                tuple(_str(x) for x in a.get("affiliations") or ()) for a in authors
            ),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"malformed cache entry {ident!r}: {exc!r}") from exc


def _str(value: Any) -> str:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {value!r}")
    return value


def _opt(value: Any) -> str | None:
    return None if value is None else _str(value)


def dump(entries: dict[str, Entry]) -> bytes:
    """The canonical bytes of the cache file."""
    text = json.dumps(entries, sort_keys=True, indent=2, ensure_ascii=False)
    return (text + "\n").encode("utf-8")


def utc_stamp(moment: datetime) -> str:
    """``2024-01-04T17:59:46Z``: how the cache writes moments."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Cache:
    """The cache file's entries, as read, plus whatever was put since."""

    def __init__(self, path: Path, entries: dict[str, Entry], raw: bytes | None, corrupt: bool):
        self.path = path
        self.entries = entries
        self.raw = raw  # the file's bytes as read; None if there was no file
        self.corrupt = corrupt

    @classmethod
    def load(cls, path: Path, reporter: Reporter | None = None) -> Cache:
        """Read ``path``; a missing file is empty, a corrupt one is reported and empty."""
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return cls(path, {}, None, False)
        except OSError as exc:
            _warn(reporter, path, f"cannot read the arXiv cache ({exc}); treating it as empty")
            return cls(path, {}, None, True)
        try:
            entries = json.loads(raw.decode("utf-8"))
            if not isinstance(entries, dict):
                raise ValueError("top level is not an object")
        except ValueError as exc:  # includes JSON and Unicode decode errors
            _warn(reporter, path, f"corrupt arXiv cache ({exc}); treating it as empty")
            return cls(path, {}, raw, True)
        return cls(path, entries, raw, False)

    def papers(self, reporter: Reporter | None = None) -> dict[str, Paper]:
        """Every readable entry as a :class:`Paper`; unreadable ones are reported, skipped."""
        papers: dict[str, Paper] = {}
        for ident, entry in self.entries.items():
            try:
                if not isinstance(entry, dict):
                    raise ValueError(f"malformed cache entry {ident!r}: not an object")
                papers[ident] = entry_to_paper(ident, entry)
            except ValueError as exc:
                _warn(reporter, self.path, f"{exc}; it will be fetched again")
        return papers

    def put(self, paper: Paper, fetched: str) -> None:
        """Add or replace the entry of ``paper``."""
        self.entries[paper.arxiv_id] = paper_to_entry(paper, fetched)

    def save(self, reporter: Reporter | None = None) -> bool:
        """Write the file if its bytes changed (a corrupt original goes to ``.bak``)."""
        data = dump(self.entries)
        if data == self.raw:
            return False
        try:
            if self.corrupt and self.raw is not None:
                backup = self.path.with_name(self.path.name + ".bak")
                write_atomic(backup, self.raw)
                _warn(reporter, self.path, f"replaced the corrupt arXiv cache; old copy: {backup}")
            write_atomic(self.path, data)
        except OSError as exc:
            _warn(reporter, self.path, f"cannot write the arXiv cache: {exc}")
            return False
        self.raw, self.corrupt = data, False
        return True


def _warn(reporter: Reporter | None, path: Path, message: str) -> None:
    if reporter is not None:
        reporter.warn(str(path), None, message)
