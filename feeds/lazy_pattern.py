"""Regular expressions compiled when first used, so that start-up does not pay for them.

Compiling a pattern costs ~0.1-2 ms (a class spanning a whole script, such as
``[\u3400-\u9fff]``, is the dearest): a build should not compile the patterns of forms
its pages do not have. ``lazy(pattern, flags)`` stands for ``re.compile(pattern, flags)``
and compiles it when one of its methods is first called; from then on its methods are
the compiled pattern's own. Use only its methods (``search``, ``match``, ``sub``…):
it is not an instance of :class:`re.Pattern`.
"""

from __future__ import annotations

import re
from typing import Any, cast

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    def __init__(self, pattern: str, flags: int = 0) -> None:
        self._source = (pattern, flags)

    def __getattr__(self, name: str) -> Any:
        compiled = re.compile(*self._source)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)`` on first use (see the module's note)."""
    return cast(re.Pattern[str], LazyPattern(pattern, flags))


def beyond(text: str, first: str) -> bool:
    """Whether ``text`` has a character at or after ``first`` (in code point order): a
    pattern that only matches such characters cannot match a text without one."""
    return bool(text) and max(text) >= first
