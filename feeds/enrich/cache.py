"""The arXiv metadata cache (``content/arxiv.json``): one entry per version-free id.

Beside the papers, the answers to searches for papers without an arXiv link: keyed
``doi:<doi>`` or ``title:<folded title>``, each ``{"query", "found", "asked"}`` with the
id found or ``"none"`` and when arXiv was asked.

The file is written deterministically (sorted keys, two-space indent, UTF-8, trailing
newline), atomically, and only when its bytes change. Nothing in it is ever lost: a
failed fetch leaves entries as they were, and a file that cannot be read whole
(truncated, not an object, too deeply nested, an entry of the wrong shape) is copied
to ``arxiv.json.broken-<UTC stamp>`` before it is first rewritten, the rewrite starting
from every entry that could be salvaged.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..arxiv_ids import arxiv_page_url, split_version
from ..diagnostics import Reporter
from ..lazy_pattern import lazy
from ..model import Paper
from ..publish import write_atomic
from .salvage import salvage_entries

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


def entry_to_paper(ident: str, entry: Any) -> Paper:
    """The :class:`Paper` of a cache entry; ``ValueError`` if it is malformed.

    Every field is type-checked; links that are not http(s) links to arXiv are rebuilt
    from the id rather than trusted.
    """
    try:
        if not isinstance(entry, dict):
            raise TypeError("not an object")
        authors = _list(entry["authors"])
        version = entry["version"]
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise TypeError("version is not a positive integer")
        if not all(isinstance(a, dict) for a in authors):
            raise TypeError("an author is not an object")
        return Paper(
            arxiv_id=ident,
            title=_str(entry["title"]),
            authors=tuple(_str(a["name"]) for a in authors),
            abstract=_str(entry["abstract"]),
            categories=tuple(_str(c) for c in _list(entry["categories"])),
            primary_category=_str(entry["primary_category"]),
            published=_str(entry["published"]),
            updated=_str(entry["updated"]),
            version=version,
            abs_url=arxiv_page_url(entry.get("abs_url"), "abs", ident, version),
            pdf_url=arxiv_page_url(entry.get("pdf_url"), "pdf", ident, version),
            doi=_opt(entry.get("doi")),
            journal_ref=_opt(entry.get("journal_ref")),
            comment=_opt(entry.get("comment")),
            affiliations=tuple(
                tuple(_str(x) for x in _list(a.get("affiliations") or [])) for a in authors
            ),
        )
    except (KeyError, TypeError) as exc:
        raise ValueError(f"malformed cache entry {ident!r}: {exc}") from exc


_UNPRINTABLE = lazy("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")


LOOKUP_PREFIXES = ("doi:", "title:")
NONE = "none"  # what a search that found nothing records


@dataclass(frozen=True)
class Asked:
    """A recorded search: its query, the id it found (``None``: nothing) and when."""

    query: str
    found: str | None
    asked: datetime


def is_lookup_key(key: str) -> bool:
    return key.startswith(LOOKUP_PREFIXES)


def entry_to_asked(key: str, entry: Any) -> Asked:
    """The :class:`Asked` of a search entry; ``ValueError`` if it is malformed."""
    try:
        if not isinstance(entry, dict):
            raise TypeError("not an object")
        found = _str(entry["found"])
        if found != NONE:
            split_version(found)
        asked = datetime.strptime(_str(entry["asked"]), "%Y-%m-%dT%H:%M:%SZ")
        return Asked(
            _str(entry["query"]), None if found == NONE else found, asked.replace(tzinfo=UTC)
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise ValueError(f"malformed cache entry {key!r}: {exc}") from exc


def _str(value: Any) -> str:
    """A string field, without the characters no feed may carry (controls, surrogates)."""
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {type(value).__name__}")
    return _UNPRINTABLE.sub("", value)


def _list(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise TypeError(f"expected a list, got {type(value).__name__}")
    return value


def _opt(value: Any) -> str | None:
    return None if value is None else _str(value)


def dump(entries: dict[str, Entry]) -> bytes:
    """The canonical bytes of the cache file (lone surrogates written as ``?``)."""
    text = json.dumps(entries, sort_keys=True, indent=2, ensure_ascii=False)
    return (text + "\n").encode("utf-8", errors="replace")


def utc_stamp(moment: datetime) -> str:
    """``2024-01-04T17:59:46Z``: how the cache writes moments."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Cache:
    """The cache file's entries, as read (or salvaged), plus whatever was put since."""

    def __init__(
        self,
        path: Path,
        entries: dict[str, Entry],
        raw: bytes | None,
        broken: bool = False,
        writable: bool = True,
    ):
        self.path = path
        self.entries = entries
        self.raw = raw  # the file's bytes as read; None if there was no file
        self.broken = broken  # the file could not be read whole: keep a copy before saving
        self.writable = writable  # False when the file exists but could not be read

    @classmethod
    def load(cls, path: Path, reporter: Reporter | None = None) -> Cache:
        """Read ``path``; a missing file is empty, a damaged one reported and salvaged."""
        if path.exists() and not path.is_file():  # a pipe would wait for a writer forever
            _warn(reporter, path, "cannot read the arXiv cache (not a file); left as it is")
            return cls(path, {}, None, writable=False)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return cls(path, {}, None, False)
        except OSError as exc:
            _warn(reporter, path, f"cannot read the arXiv cache ({exc}); left as it is")
            return cls(path, {}, None, writable=False)  # what we cannot read we never replace
        entries, problems = salvage_entries(raw)
        for ident, entry in list(entries.items()):
            try:
                (entry_to_asked if is_lookup_key(ident) else entry_to_paper)(ident, entry)
            except ValueError as exc:
                problems.append(str(exc))
                del entries[ident]
        if problems:
            more = len(problems) - 3
            shown = "; ".join(problems[:3]) + (f"; … ({more} more)" if more > 0 else "")
            _warn(
                reporter,
                path,
                f"damaged arXiv cache ({shown}); {len(entries)} entr(ies) salvaged, the rest "
                f"is fetched again and the file kept as {path.name}.broken-<time> when rewritten",
            )
        return cls(path, entries, raw, bool(problems))

    def papers(self, reporter: Reporter | None = None) -> dict[str, Paper]:
        """Every paper entry as a :class:`Paper` (malformed ones were dropped when loading)."""
        return {
            key: entry_to_paper(key, entry)
            for key, entry in self.entries.items()
            if not is_lookup_key(key)
        }

    def searches(self) -> dict[str, Asked]:
        """Every recorded search, by key (``doi:…``, ``title:…``)."""
        return {
            key: entry_to_asked(key, entry)
            for key, entry in self.entries.items()
            if is_lookup_key(key)
        }

    def put(self, paper: Paper, fetched: str) -> None:
        """Add or replace the entry of ``paper``."""
        self.entries[paper.arxiv_id] = paper_to_entry(paper, fetched)

    def put_search(self, key: str, query: str, found: str | None, asked: str) -> None:
        """Record the outcome of a search (``found`` ``None``: nothing certain)."""
        self.entries[key] = {"query": query, "found": found or NONE, "asked": asked}

    def save(self, reporter: Reporter | None = None, now: datetime | None = None) -> bool:
        """Write the file if its bytes changed; a damaged original is kept aside first."""
        data = dump(self.entries)
        if data == self.raw or not self.writable:
            return False
        try:
            if self.broken and self.raw is not None:
                kept = keep_aside(self.path, self.raw, now or datetime.now(UTC))
                _warn(reporter, self.path, f"rewrote the damaged arXiv cache; old copy: {kept}")
            write_atomic(self.path, data)
        except OSError as exc:
            _warn(reporter, self.path, f"cannot write the arXiv cache: {exc}")
            return False
        self.raw, self.broken = data, False
        return True


def keep_aside(path: Path, raw: bytes, now: datetime) -> Path:
    """Write ``raw`` to a new ``NAME.broken-<stamp>[-n]`` beside ``path``; never overwrite."""
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    for n in range(1000):
        target = path.with_name(f"{path.name}.broken-{stamp}" + (f"-{n}" if n else ""))
        try:
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            continue
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(raw)
                out.flush()
                os.fsync(out.fileno())
        except OSError:
            target.unlink(missing_ok=True)
            raise
        return target
    raise OSError(f"too many kept copies of {path.name}")


def _warn(reporter: Reporter | None, path: Path, message: str) -> None:
    if reporter is not None:
        reporter.warn(str(path), None, message)
