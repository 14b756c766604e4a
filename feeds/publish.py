"""Stage 5: write outputs atomically, leaving unchanged files (and their mtimes) alone."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomic(path: Path, data: bytes) -> bool:
    """Write ``data`` to ``path`` via a temp file and rename; ``False`` if already equal."""
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def publish(outputs: dict[str, bytes], out_dir: Path) -> tuple[list[str], list[str]]:
    """Write every output under ``out_dir``; return (written, unchanged) names."""
    written, unchanged = [], []
    for name, data in sorted(outputs.items()):
        (written if write_atomic(out_dir / name, data) else unchanged).append(name)
    return written, unchanged
