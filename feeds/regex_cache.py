"""Compiled regular expressions kept from one run of ``feeds`` to the next, as Python keeps
compiled modules.

A build compiles ~600 patterns (feeds' own, and markdown-it-py's, PyYAML's… at import or
on first use; the date grammar alone is two patterns of ~12,000 characters): ~0.1 s of
CPU, a quarter of a small page's build. Python's compiler turns a pattern into a program
for its matching engine (``_sre``); :class:`RegexCache` keeps those programs in a file and
hands a pattern compiled before its program again instead of compiling it: the same
program, so the same :class:`re.Pattern` (``==`` compares the programs) and the same
matches. :func:`kept_patterns` routes ``re``'s compiling through it for one command-line run
(:mod:`feeds.cli`) and writes the file after it when the run compiled a pattern the file
did not have. It also keeps facts worked out from a pattern's text (:func:`kept_fact`:
type-table heads, which characters a date rule can start with), whose working out is a parse
of the pattern.

The file lives next to this module's bytecode (``feeds/__pycache__/``, or under
``PYTHONPYCACHEPREFIX``), named by the exact interpreter version and the engine's
``MAGIC``, and is written only where Python writes bytecode (not under
``PYTHONDONTWRITEBYTECODE``, nor in a folder feeds cannot write). A file that cannot be
read, or an entry the engine refuses, is ignored: the pattern is compiled as before. It
relies on CPython's ``re._parser``/``re._compiler``/``_sre.compile`` (the same in
3.11-3.13); on another interpreter nothing is installed.

The same file keeps what feeds works out from a pattern's parse at start-up
(:func:`kept_fact`, e.g. the texts a type phrase's matches hold), so a run does not parse
again a pattern the runs before read: such a fact is filed under the size and time of
the source file of the function that works it out, as Python files bytecode, so an
edited function works its facts out anew.
"""

from __future__ import annotations

import importlib.util
import marshal
import os
import re
import sys
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

try:  # CPython's engine and compiler; elsewhere there is nothing to keep
    import _sre
    from re import _compiler, _parser
except ImportError:  # pragma: no cover
    _sre = None

_ORIGINAL = _compiler.compile if _sre is not None else None
KNOWN = {(3, 11), (3, 12), (3, 13)}  # the versions whose compiler this copies; others: re as is
MAX_PATTERNS = 5000  # a site's own patterns (its headings, names) must not grow it forever
_Entry = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
T = TypeVar("T")


def cache_file() -> Path:
    """Where this interpreter's compiled patterns are kept."""
    bytecode = Path(importlib.util.cache_from_source(__file__))
    tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{getattr(_sre, 'MAGIC', 0)}"
    return bytecode.with_name(f"regex.{tag}.marshal")


class RegexCache:
    """The compiled patterns of ``path`` (none if it cannot be read); :meth:`compile`
    stands for ``re._compiler.compile``."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.added = 0
        try:
            found = marshal.loads(path.read_bytes())
        except (OSError, EOFError, ValueError, TypeError):
            found = {}
        # (pattern, flags) -> its program; (function, its file's stamp, pattern) -> a fact
        self.entries: dict[tuple[Any, ...], Any] = found if isinstance(found, dict) else {}
        self.stamps: dict[str, str | None] = {}  # a fact's function -> its file's stamp

    def compile(self, pattern: Any, flags: int = 0) -> re.Pattern[Any]:
        if not isinstance(pattern, (str, bytes)) or flags & re.DEBUG:
            return _ORIGINAL(pattern, flags)
        key = (pattern, int(flags))
        entry = self.entries.get(key)
        if entry is not None:
            try:
                final, code, groups, groupindex, indexgroup = entry
                return _sre.compile(
                    pattern, final, array("I", code).tolist(), groups, groupindex, indexgroup
                )
            except (TypeError, ValueError, RuntimeError, OverflowError):
                del self.entries[key]  # not a program of this engine: compiled anew
        try:  # re._compiler.compile, keeping what it hands the engine
            parsed = _parser.parse(pattern, flags)
            program = _compiler._code(parsed, flags)
            groupindex = parsed.state.groupdict
            indexgroup: list[str | None] = [None] * parsed.state.groups
            for name, index in groupindex.items():
                indexgroup[index] = name
            final, groups = flags | parsed.state.flags, parsed.state.groups - 1
            compiled = _sre.compile(pattern, final, program, groups, groupindex, tuple(indexgroup))
        except Exception:  # a bad pattern, or internals not as in 3.11-3.13: re's own path
            return _ORIGINAL(pattern, flags)
        if len(self.entries) < MAX_PATTERNS:
            try:
                code = array("I", program).tobytes()
            except OverflowError:  # pragma: no cover (the engine's words are 32 bits)
                return compiled
            self.entries[key] = (int(final), code, groups, dict(groupindex), tuple(indexgroup))
            self.added += 1
        return compiled

    def fact(self, work: Callable[[str], T], pattern: str) -> T:
        """``work(pattern)``, read from the file when a run before worked it out with the
        same source file of ``work``."""
        name = f"{work.__module__}.{work.__qualname__}"
        if name not in self.stamps:
            self.stamps[name] = _stamp(work)
        stamp = self.stamps[name]
        if stamp is None:
            return work(pattern)
        key = (name, stamp, pattern)
        if key in self.entries:
            return self.entries[key]  # type: ignore[no-any-return]
        found = work(pattern)
        if len(self.entries) < MAX_PATTERNS:
            self.entries[key] = found
            self.added += 1
        return found

    def save(self) -> None:
        """Write the patterns when some were added (atomically; quietly not at all where
        the folder cannot be written), without the facts of a function's older source."""
        if not self.added or sys.dont_write_bytecode:
            return
        for key in [k for k in self.entries if len(k) == 3 and k[0] in self.stamps]:
            if key[1] != self.stamps[key[0]]:
                del self.entries[key]
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(marshal.dumps(self.entries))
            os.replace(temporary, self.path)
            self.added = 0
        except OSError:
            temporary.unlink(missing_ok=True)


def _stamp(work: Callable[..., Any]) -> str | None:
    """The size and modification time of the source file ``work`` is defined in (what
    Python checks its bytecode against); ``None`` when it has none."""
    try:
        info = os.stat(sys.modules[work.__module__].__file__ or "")
    except (KeyError, OSError):
        return None
    return f"{info.st_size}-{info.st_mtime_ns}"


_ACTIVE: list[RegexCache] = []  # the cache of the running kept_patterns, if any


def kept_fact(work: Callable[[str], T], pattern: str) -> T:
    """``work(pattern)``: a fact worked out from a pattern (its result marshal can write:
    strings, numbers, tuples, ``None``), kept in the file with the compiled patterns
    while :func:`kept_patterns` runs (the command line), else worked out."""
    return _ACTIVE[-1].fact(work, pattern) if _ACTIVE else work(pattern)


@contextmanager
def kept_patterns(path: Path | None = None) -> Iterator[RegexCache | None]:
    """Within it, ``re`` compiles patterns through a :class:`RegexCache` of ``path``
    (default :func:`cache_file`), saved on the way out."""
    if _sre is None or sys.version_info[:2] not in KNOWN or _compiler.compile is not _ORIGINAL:
        yield None
        return
    cache = RegexCache(path or cache_file())
    _compiler.compile = cache.compile
    _ACTIVE.append(cache)
    try:
        yield cache
    finally:
        _compiler.compile = _ORIGINAL
        _ACTIVE.remove(cache)
        cache.save()
