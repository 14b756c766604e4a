"""Where a value of a data file (YAML, JSON, TOML or CSV) starts in its text, so that a
message about a news entry names its file's line (used by :mod:`.data_lists`)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any


class DataLines:
    """Where a value of the data starts in its text (1-based; 0 when not known)."""

    def __init__(self, text: str, suffix: str):
        self.text, self.suffix = text, suffix
        self.tree: Any = None
        if suffix not in (".toml", ".csv"):
            self.tree = _compose(text)

    def of(self, path: list[Any]) -> int:
        if self.suffix == ".csv":  # a row after the header line
            return path[-1] + 2 if path and isinstance(path[-1], int) else 0
        if self.tree is not None:
            return _node_line(self.tree, path)
        if self.suffix == ".toml" and path:
            return _toml_line(self.text, path)
        return 0


def _compose(text: str) -> Any:
    """The YAML node tree of ``text`` (JSON is YAML too), for its lines; ``None`` when
    it cannot be read so."""
    import yaml

    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except (yaml.YAMLError, RecursionError):
        return None


def _node_line(node: Any, path: list[Any]) -> int:
    import yaml

    for n, step in enumerate(path):
        if isinstance(node, yaml.SequenceNode) and isinstance(step, int):
            if step >= len(node.value):
                return 0
            node = node.value[step]
        elif isinstance(node, yaml.MappingNode):
            wanted = step.isoformat() if isinstance(step, dt.date) else str(step)
            pair = next((p for p in node.value if str(p[0].value) == wanted), None)
            if pair is None:
                return 0
            if n == len(path) - 1:
                return pair[0].start_mark.line + 1  # the key's line
            node = pair[1]
        else:
            return 0
    return node.start_mark.line + 1


def _toml_line(text: str, path: list[Any]) -> int:
    """The line of the last key of ``path`` (``key =``, ``"key" =``, ``[key]``,
    ``[[key]]``); for an index, the ``n``-th ``[[key]]`` table after the key's own."""
    last = path[-1]
    key, index = (path[-2], last) if isinstance(last, int) and len(path) > 1 else (last, None)
    if index is not None and len(path) > 2:  # [[params.news.list]]: the whole dotted name
        dotted = r"\s*\.\s*".join(re.escape(str(k)) for k in path[:-1])
        header = re.compile(rf"\s*\[\[\s*{dotted}\s*\]\]")
        tables = [n for n, line in enumerate(text.split("\n"), 1) if header.match(line)]
        if index < len(tables):
            return tables[index]
    name = re.escape(key.isoformat() if isinstance(key, dt.date) else str(key))
    found = [
        n
        for n, line in enumerate(text.split("\n"), 1)
        if re.match(rf"\s*(?:\[\[?\s*)?[\"']?{name}[\"']?\s*(?:=|\]\]?)", line)
    ]
    if index is None:
        return found[0] if found else 0
    return found[index] if len(found) > 1 and index < len(found) else 0
