"""What a Hugo shortcode template shows of a file of the site, worked out from the template.

Only the little of Go's template language that shortcodes reading a file use is
understood: variables (``$x := …``), ``with``/``if``/``else``/``range`` blocks, pipelines
(``$f | readFile | markdownify``), the call's arguments (``.Get 0``, ``.Get "file"``),
file readers (``readFile``, ``os.ReadFile``, ``resources.Get …``/``.Page.Resources.Get …``
then ``.Content``), path builders (``printf``, ``path.Join``, ``print``, ``add``) and the
functions that cut the text into lines and join them again (``split``, ``first``,
``after``, ``last``, ``delimit``). Anything else makes the value unknown, never a guess.

:func:`shown_text` gives the first file text the template prints, as lines that know the
file and line they come from; ``None`` when the template prints none. The blocks are
walked here; the value of each action's pipeline is worked out by :mod:`.hugo_pipeline`.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .hugo_pipeline import Call, Unknown, pipeline_value
from .shown_lines import Text, delimit, is_text

_ACTION = re.compile(r"\{\{-?\s*(.*?)\s*-?\}\}", re.DOTALL)
_COMMENT = re.compile(r"\A/\*.*\*/\Z", re.DOTALL)


def shown_text(template: str, call: Call) -> Text | None:
    """The first text read from a file that ``template`` prints for ``call``."""
    actions = [a for a in _ACTION.findall(template) if a and not _COMMENT.match(a)]
    try:
        return _walk(actions, 0, len(actions), call, call)[0]
    except RecursionError:  # blocks nested beyond reason: shown as not understood
        return None


def _walk(actions: list[str], start: int, stop: int, call: Call, dot: Any) -> tuple[Any, int]:
    """Run the actions from ``start``; (the first file text printed, the index after)."""
    index = start
    while index < stop:
        words = actions[index].split(None, 1)
        keyword, rest = (words[0], words[1] if len(words) > 1 else "") if words else ("", "")
        index += 1
        if keyword in ("end", "else"):
            return None, index - 1
        if keyword in ("if", "with", "range"):
            inner = dot if keyword == "if" else _value(rest, call, dot)[1]
            lines = keyword == "range" and isinstance(inner, list) and inner
            if lines and all(is_text(line) for line in inner):
                inner = inner[0]  # what the body prints of one line, each line prints
            if keyword == "with" and inner in (None, "", False, 0, []):
                body, index = None, _end(actions, index, stop, or_else=True)  # Hugo skips it
            else:
                body, index = _walk(actions, index, stop, call, inner)
            if body is not None and lines and body is inner:
                body = delimit(lines, "\n\n")  # each line its own block
            while body is None and index < stop and actions[index].split(None, 1)[0] == "else":
                body, index = _walk(actions, index + 1, stop, call, dot)
            if body is not None:
                return body, index
            index = _end(actions, index, stop) + 1
            continue
        if keyword in ("define", "block"):  # a template defined for later: not shown here
            index = _end(actions, index, stop) + 1
            continue
        if keyword in ("template", "break", "continue", "return"):
            continue
        printed, value = _value(actions[index - 1], call, dot)
        if printed and is_text(value):
            return value, index
    return None, index


def _end(actions: list[str], index: int, stop: int, *, or_else: bool = False) -> int:
    """The index of the ``{{ end }}`` (or, ``or_else``, of an ``{{ else }}``) of the block
    whose body goes on at ``index``."""
    depth = 0
    while index < stop:
        keyword = (actions[index].split(None, 1) or [""])[0]
        if keyword in ("if", "with", "range", "define", "block"):
            depth += 1
        elif keyword == "end" or (or_else and keyword == "else"):
            if depth == 0:
                return index
            depth -= keyword == "end"
        index += 1
    return index


def _value(action: str, call: Call, dot: Any) -> tuple[bool, Any]:
    """(printed, value) of an action; ``$x := value`` stores the value, printing nothing."""
    match = re.match(r"\A(\$\w+)\s*:?=\s*(.+)\Z", action, re.DOTALL)
    value = _try(lambda: pipeline_value(match.group(2) if match else action, call, dot))
    if match is not None:
        call.variables[match.group(1)] = value
    return match is None, value


def _try(work: Callable[[], Any]) -> Any:
    try:
        return work()
    except (Unknown, IndexError, ValueError, TypeError, KeyError):
        return None
