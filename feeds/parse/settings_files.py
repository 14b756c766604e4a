"""A site's settings file (``_config.yml``, ``hugo.toml``, ``_quarto.yml``…) read as a
mapping, with a ``file:line`` message when it cannot be."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from ..diagnostics import BuildError, display_path
from .front_matter import YamlError, load_yaml, read_text


def settings_file(path: Path) -> dict[str, Any]:
    """A site's settings file (YAML, or TOML by its ``.toml`` name) as a mapping; ``{}``
    when missing or empty.

    Raises :class:`BuildError` naming ``file:line`` when it is not UTF-8, not YAML/TOML or
    not a mapping: its settings (the site's URL) would silently be lost.
    """
    if not path.is_file():
        return {}
    source = display_path(path)
    text = read_text(path, source)
    if path.suffix == ".toml":
        try:
            data: Any = tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            line = re.search(r"line (\d+)", str(exc))
            where = f"{source}:{line.group(1)}" if line else source
            raise BuildError(f"{where}: not valid TOML ({exc}); fix it or remove it") from None
    else:
        try:
            data = load_yaml(text)
        except YamlError as exc:
            where = f"{source}:{exc.line}" if exc.line else source
            raise BuildError(f"{where}: not valid YAML ({exc}); fix it or remove it") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise BuildError(f"{source}:1: not a mapping of settings (a {type(data).__name__})")
    return data
