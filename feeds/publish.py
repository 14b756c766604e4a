"""Stage 5: publish the outputs as one set, and write single files atomically.

A build's files change together or not at all: every changed file is first written to
a temp file beside its target (``.NAME.feeds-XXXXXXXX.tmp``) and synced; only then are
they renamed over their targets. A journal of the pending renames is written before the
first rename and removed after the last, so a build killed between two renames is
completed (rolled forward) by the next one. An exclusive ``flock`` on the output
folder itself keeps two builds from interleaving. Unchanged files are not rewritten
(their mtime stays). Temp files a killed build left behind are removed by the next.
"""

from __future__ import annotations

import errno
import fcntl
import json
import os
import re
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from .diagnostics import BuildError, display_path

JOURNAL_NAME = ".feeds.journal"
LOCK_WAIT = 60.0  # seconds a build waits for another one publishing into the same folder
TEMP_MARK = ".feeds-"
# Our temp files: ".NAME.feeds-XXXXXXXX.tmp" (and ".NAME.XXXXXXXX.tmp" of older builds).
_TEMP = re.compile(r"^\..+\.(feeds-)?[A-Za-z0-9_]{8}\.tmp$")


class PublishError(BuildError):
    """The outputs could not be written; the message names the file and the reason."""


def _reason(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _temp_for(path: Path, data: bytes, mode: int) -> Path:
    """``data`` in a synced temp file beside ``path`` with permission bits ``mode``."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}{TEMP_MARK}", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def _mode(path: Path) -> int:
    """Permission bits for a new version of ``path``: those of the file it replaces,
    else ``0644`` (readable by the web server, whatever the umask)."""
    try:
        return path.stat().st_mode & 0o777
    except OSError:
        return 0o644


def make_folder(folder: Path) -> None:
    """Create ``folder`` and its missing parents readable by everyone (``0755``, whatever
    the umask, as the files in them); folders that exist are left as they are."""
    missing = []
    while not folder.exists() and folder != folder.parent:
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        path.mkdir(exist_ok=True)
        os.chmod(path, 0o755)


def write_atomic(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` via a temp file and rename; ``False`` if already equal."""
    if _same(path, data):
        return False
    make_folder(path.parent)
    tmp = _temp_for(path, data, _mode(path))
    try:
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return True


def _same(path: Path, data: bytes) -> bool:
    try:
        return path.read_bytes() == data
    except OSError:
        return False


def clean_temps(folder: Path, names: Iterable[str] = ()) -> list[str]:
    """Remove the temp files a killed build left in ``folder``; their names.

    Ours are ``.NAME.feeds-XXXXXXXX.tmp``; older builds wrote ``.NAME.XXXXXXXX.tmp``,
    removed only for the ``names`` this build publishes (the folder may be a site's own).
    """
    legacy = {f".{name}" for name in names}
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _TEMP.match(entry.name)
        if not match or not (match.group(1) or entry.name[:-13] in legacy):
            continue
        if entry.is_file(follow_symlinks=False):
            try:
                os.unlink(entry.path)
                removed.append(entry.name)
            except OSError:
                pass
    return sorted(removed)


@contextmanager
def output_lock(out_dir: Path, wait: float = LOCK_WAIT) -> Iterator[None]:
    """Hold the exclusive lock of ``out_dir`` (waiting up to ``wait`` seconds).

    The lock is taken on the folder itself, so no lock file is left among the outputs.
    """
    try:
        fd = os.open(out_dir, os.O_RDONLY | os.O_DIRECTORY)
    except OSError as exc:
        raise PublishError(f"{display_path(out_dir)}: {_reason(exc)}; nothing written") from None
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise PublishError(
                        f"{display_path(out_dir)}: another feeds build is publishing here; "
                        "nothing written, the last outputs stay"
                    ) from None
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)  # closing releases the lock


def _roll_forward(out_dir: Path) -> None:
    """Finish the renames of a build killed while renaming (see the module doc)."""
    journal = out_dir / JOURNAL_NAME
    try:
        pending = json.loads(journal.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        journal.unlink(missing_ok=True)
        return
    if isinstance(pending, dict):
        for name, tmp in pending.items():
            source, target = out_dir / str(tmp), out_dir / str(name)
            inside = ".." not in Path(str(tmp)).parts + Path(str(name)).parts
            if inside and _TEMP.match(source.name) and source.is_file():
                try:
                    os.replace(source, target)
                except OSError:  # cannot be finished (the name became a folder): dropped
                    source.unlink(missing_ok=True)
    journal.unlink(missing_ok=True)


def _check_out_dir(out_dir: Path) -> None:
    if out_dir.resolve() == Path(out_dir.resolve().anchor):
        raise PublishError(f"{out_dir}: will not publish into the file system root; use --out")
    if out_dir.exists() and not out_dir.is_dir():
        raise PublishError(f"{display_path(out_dir)}: not a folder (--out / the 'out' setting)")


def publish(outputs: dict[str, bytes], out_dir: Path) -> tuple[list[str], list[str]]:
    """Write every output under ``out_dir`` as one set; return (written, unchanged) names.

    Raises :class:`PublishError` (one line: the file and the reason) when a file cannot
    be written; the previous outputs are then left as they were.
    """
    _check_out_dir(out_dir)
    try:
        make_folder(out_dir)
    except OSError as exc:
        raise PublishError(f"{display_path(out_dir)}: {_reason(exc)}; nothing written") from None
    with output_lock(out_dir):
        return _publish_locked(outputs, out_dir)


def _publish_locked(outputs: dict[str, bytes], out_dir: Path) -> tuple[list[str], list[str]]:
    _roll_forward(out_dir)
    folders = {(out_dir / name).parent for name in outputs} | {out_dir}
    for folder in sorted(folders):
        clean_temps(folder, (p.name for p in map(Path, outputs) if (out_dir / p).parent == folder))
    changed = {n: d for n, d in sorted(outputs.items()) if not _same(out_dir / n, d)}
    for name in changed:  # what a rename could not replace: refused before anything is written
        target = out_dir / name
        if target.is_dir() and not target.is_symlink():
            raise PublishError(
                f"{display_path(target)}: is a folder, so the output cannot be written there; "
                "nothing written, the last outputs stay"
            )
    unchanged = sorted(set(outputs) - set(changed))
    temps: dict[str, Path] = {}
    current = ""
    try:
        for name, data in changed.items():
            current = name
            target = out_dir / name
            make_folder(target.parent)
            temps[name] = _temp_for(target, data, _mode(target))
        current = JOURNAL_NAME
        journal = {n: (Path(n).parent / t.name).as_posix() for n, t in temps.items()}
        if len(temps) > 1:
            write_atomic(out_dir / JOURNAL_NAME, json.dumps(journal).encode())
    except OSError as exc:
        for tmp in temps.values():
            tmp.unlink(missing_ok=True)
        why = "disk full" if exc.errno == errno.ENOSPC else _reason(exc)
        raise PublishError(
            f"{display_path(out_dir / current)}: {why}; nothing written, the last outputs stay"
        ) from None
    try:
        for name, tmp in temps.items():
            current = name
            os.replace(tmp, out_dir / name)
        (out_dir / JOURNAL_NAME).unlink(missing_ok=True)
    except OSError as exc:  # rare: the journal lets the next build finish the set
        raise PublishError(
            f"{display_path(out_dir / current)}: {_reason(exc)}; the next build completes the set"
        ) from None
    return sorted(changed), unchanged
