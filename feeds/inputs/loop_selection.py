"""Which entries of a data file a Liquid loop shows, and in which order::

    {% assign items = site.data.news | where: "show", true | sort: "date" | reverse %}
    {% for n in items reversed offset: 1 limit: 5 %}…{% endfor %}

The filters of the ``assign`` chain are played as Jekyll plays them: ``where`` (the
field's value as text equals the value's, ``true`` matching ``true``), ``where_exp``
(a condition on the entry, :mod:`.loop_render`), ``sort`` (entries without the field
first, as Jekyll puts them; ``"last"`` after), ``sort_natural``, ``reverse`` and
``slice: 0, 5`` (a cut). The
``for`` tag's own ``offset:``/``limit:`` then cut the list, and ``reversed`` turns that
cut around. Filters written inside the ``for`` tag (``for n in site.data.news | sort:
"date"``) are no filters to Liquid, which keeps the file's order there, and so do we.

A loop that cuts (``limit: 5``) shows the rest nowhere, unless another loop of the site
walks the same data without cutting it (a news page or an archive showing every entry):
then the reader sees all there, as a homepage's latest news whose page lists the rest.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path
from typing import Any

from .data_lists import DataList
from .data_shown import MAX_CHARS, MAX_FILES, TEMPLATE_SUFFIXES
from .loop_render import condition
from .output_folders import output_folders, source_files

Step = tuple[str, tuple[Any, ...]]  # a filter and its arguments' values

_FILTER = re.compile(r"\|\s*(\w+)\s*(?::((?:\"[^\"]*\"|'[^']*'|[^|\"'%])*))?")
_ARG = re.compile(r"\"([^\"]*)\"|'([^']*)'|([^\s,\"']+)")
_NUMBER = re.compile(r"-?\d+")
_CUT = re.compile(r"\b(limit|offset)\s*:\s*(\"[^\"]*\"|'[^']*'|[\w.\[\]\"'-]+)")
_REVERSED = re.compile(r"\bin\s+\S+\s+reversed\b")
_INTEGER_ASSIGN = re.compile(r"\{%-?\s*assign\s+([A-Za-z_][\w-]*)\s*=\s*(\d+)\s*-?%\}")
# {% assign news_limit = page.announcements.limit %}: a limit the page's front matter sets
_SETTING_ASSIGN = re.compile(
    r"\{%-?\s*assign\s+([A-Za-z_][\w-]*)\s*=\s*((?:page|site)(?:\.[A-Za-z_][\w-]*)+)\s*-?%\}"
)
_RESHAPING = ("map", "first", "last", "group_by", "group_by_exp", "size", "join", "split")
_NOT_SITE = {"_site", "node_modules", "vendor", "public", "resources"}
PAGE_SETTINGS = " page"  # the key of ``settings`` holding the page's front matter (no name
# of _config.yml has a space)
PLAYED = ("where", "where_exp", "sort", "sort_natural", "reverse", "compact", "uniq", "slice")


@dataclass(frozen=True)
class Selection:
    """What a loop does to the list it walks: the ``assign`` chain's filters, then the
    ``for`` tag's cut (``limit``/``offset`` as written: a number, or a setting such as
    ``site.news_limit``) and ``reversed``."""

    steps: tuple[Step, ...] = ()
    limit: str | None = None
    offset: str | None = None
    reversed: bool = False

    @property
    def cuts(self) -> bool:
        """Whether the loop shows only part of the list (a ``limit``, an ``offset``, a
        ``slice``)."""
        sliced = any(name == "slice" for name, _ in self.steps)
        return self.limit is not None or self.offset is not None or sliced


def filter_steps(value: str) -> tuple[Step, ...]:
    """The filters of an ``assign`` tag's value after its source (``| sort: "date" |
    reverse``) that choose or order entries; none when one of them makes the entries
    something else (``map``, ``group_by``…: the loop is read over the whole file, as
    before). Filters Liquid does not know (``| limit: 3``) change nothing, as there."""
    steps: list[Step] = []
    for found in _FILTER.finditer(value):
        name = found.group(1)
        if name in _RESHAPING:
            return ()
        if name not in PLAYED:
            continue
        args = tuple(_literal(a) for a in _ARG.finditer(found.group(2) or ""))
        steps.append((name, args))
    return tuple(steps)


def for_selection(tag: str, steps: tuple[Step, ...], template: str) -> Selection:
    """The selection of the ``{% for %}`` tag ``tag`` over a list the ``assign`` filters
    ``steps`` made; a ``limit`` naming a number ``template`` assigns is that number, one
    it assigns from a setting of the page or the site (``assign news_limit =
    page.announcements.limit``, in one branch of an ``if``) is that setting."""
    numbers = dict(_SETTING_ASSIGN.findall(template))
    numbers.update(_INTEGER_ASSIGN.findall(template))
    cut: dict[str, str] = {}
    for name, value in _CUT.findall(tag):
        cut[name] = numbers.get(value, value.strip("\"'"))
    return Selection(steps, cut.get("limit"), cut.get("offset"), bool(_REVERSED.search(tag)))


def shown_order(
    entries: list[Any],
    selection: Selection,
    settings: dict[str, Any],
    elsewhere: set[int] | frozenset[int] = frozenset(),
) -> list[int]:
    """The positions of ``entries`` the loop shows, in the order it shows them; those a
    cut leaves out stay when they are in ``elsewhere`` (another loop shows them). A
    ``limit`` naming a setting is read from ``settings`` (the site's ``_config.yml``,
    and under ``page`` the front matter of the page the loop is shown on); one that
    names nothing known cuts nothing."""
    order = list(range(len(entries)))
    for name, args in selection.steps:
        if name == "slice":  # | slice: 0, 5 — a cut, as the for tag's
            shown = set(_sliced(order, args))
            order = [n for n in order if n in shown or n in elsewhere]
            continue
        order = _step(order, entries, name, args)
    start = _number(selection.offset, settings) or 0
    count = _number(selection.limit, settings)
    cut = set(order[start:] if count is None else order[start : start + max(count, 0)])
    order = [n for n in order if n in cut or n in elsewhere]
    return order[::-1] if selection.reversed else order


def in_shown_order(found: DataList, order: list[int]) -> DataList:
    """``found`` (entries of the list the loop walks) in the loop's ``order``."""
    rank = {n: r for r, n in enumerate(order)}
    ranked = sorted(
        range(len(found.entries)),
        key=lambda n: rank.get(found.anchors[n][0], len(rank)) if found.anchors else n,
    )
    return replace(
        found,
        entries=[found.entries[n] for n in ranked],
        lines=[found.lines[n] for n in ranked],
        anchors=[found.anchors[n] for n in ranked] if found.anchors else [],
    )


def site_texts(site_dir: Path, needle: str) -> Iterator[str]:
    """The text of each page and template of the site that holds ``needle`` (at most
    :data:`MAX_FILES` files looked at, outside folders of tools and built output)."""
    built = output_folders(site_dir)
    files = (p for p in source_files(site_dir, built, _NOT_SITE) if p.suffix in TEMPLATE_SUFFIXES)
    for path in islice(files, MAX_FILES):
        try:
            text = path.read_text(encoding="utf-8", errors="replace")[:MAX_CHARS]
        except OSError:
            continue
        if needle in text:
            yield text


def _sliced(order: list[int], args: tuple[Any, ...]) -> list[int]:
    """Liquid's ``slice: offset, length`` of a list (a negative offset from its end;
    one entry when no length is given); the whole list when an argument is a name whose
    value is not known here."""
    numbers = [a for a in args if isinstance(a, int) and not isinstance(a, bool)]
    if not numbers or len(numbers) < len(args):  # slice: 0, include.limit: not known
        return order
    start = numbers[0] if numbers[0] >= 0 else max(len(order) + numbers[0], 0)
    length = numbers[1] if len(numbers) > 1 else 1
    return order[start : start + max(length, 0)]


def _step(order: list[int], entries: list[Any], name: str, args: tuple[Any, ...]) -> list[int]:
    if name == "reverse":
        return order[::-1]
    if name == "compact":
        return [n for n in order if entries[n] is not None]
    if name == "where" and args and isinstance(args[0], str):
        wanted = args[1] if len(args) > 1 else None
        if isinstance(wanted, _Name):  # a variable's value (the page's language): not known
            return order
        return [n for n in order if _matches(_field(entries[n], args[0]), wanted)]
    if name == "where_exp" and len(args) == 2 and all(isinstance(a, str) for a in args):
        if _names_other_values(args[1], args[0]):  # "n.date > site.time": not known here
            return order
        return [n for n in order if _holds(entries[n], args[0], args[1])]
    if name in ("sort", "sort_natural") and args and isinstance(args[0], str):
        last = name == "sort_natural" or (len(args) > 1 and args[1] == "last")
        values = {n: _field(entries[n], args[0]) for n in order}
        natural = name == "sort_natural"
        compare = functools.partial(_compare, values=values, last=last, natural=natural)
        return sorted(order, key=functools.cmp_to_key(compare))
    return order  # uniq, or a filter without the arguments it needs: as Liquid, no change


def _compare(a: int, b: int, *, values: dict[int, Any], last: bool, natural: bool) -> int:
    """Jekyll's ``sort`` by a field: entries without it first (``last``: after)."""
    x, y = values[a], values[b]
    if x is None or y is None:
        if x is None and y is None:
            return 0
        return (1 if x is None else -1) if last else (-1 if x is None else 1)
    if natural:
        x, y = _text(x).lower(), _text(y).lower()
    elif not _comparable(x, y):
        x, y = _text(x), _text(y)
    return (x > y) - (x < y)


def _comparable(x: Any, y: Any) -> bool:
    numbers = (int, float)
    if isinstance(x, bool) or isinstance(y, bool):
        return False
    if isinstance(x, numbers) and isinstance(y, numbers):
        return True
    if isinstance(x, dt.date) and isinstance(y, dt.date):
        return isinstance(x, dt.datetime) == isinstance(y, dt.datetime)
    return isinstance(x, str) and isinstance(y, str)


def _field(entry: Any, name: str) -> Any:
    """``entry``'s value at ``name`` (``a.b`` a field of a field), ``None`` when it has none."""
    value = entry
    for part in name.split("."):
        if not isinstance(value, dict):
            return None
        value = value.get(part, next((v for k, v in value.items() if str(k).lower() == part), None))
    return value


def _matches(value: Any, wanted: Any) -> bool:
    """Jekyll's ``where``: the field as text is the value as text (a list: one of its)."""
    if wanted is None:
        return value is None
    if isinstance(value, str):
        return value == _text(wanted)
    values = value if isinstance(value, list) else [value]
    return any(_text(v) == _text(wanted) for v in values if v is not None)


_WORDS = {"and", "or", "contains", "true", "false", "nil", "null", "empty", "blank"}
_QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")
_IDENTIFIER = re.compile(r"(?<![\w.])([A-Za-z_][\w-]*)(?:\.[\w-]+)*")


def _names_other_values(expression: str, variable: str) -> bool:
    """Whether ``expression`` reads a value other than the entry's fields and literals
    (``site.time``, ``page.lang``): the condition cannot be decided here."""
    bare = _QUOTED.sub(" ", expression)
    return any(m.group(1) not in (variable, *_WORDS) for m in _IDENTIFIER.finditer(bare))


def _holds(entry: Any, variable: str, expression: str) -> bool:
    if not isinstance(entry, dict):
        return False
    return condition(expression, variable, {str(k).lower(): v for k, v in entry.items()})


def _text(value: Any) -> str:
    """A value as Ruby prints it (``true``, ``2024-01-05``)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return ""
    return value.isoformat() if isinstance(value, dt.date) else str(value)


def _literal(found: re.Match[str]) -> Any:
    if found.group(3) is None:
        return found.group(1) if found.group(1) is not None else found.group(2)
    word = found.group(3)
    if word in ("true", "false"):
        return word == "true"
    if word in ("nil", "null"):
        return None
    return int(word) if _NUMBER.fullmatch(word) else _Name(word)


class _Name(str):
    """A variable named as an argument (not a quoted text): not known here."""


def _number(written: str | None, settings: dict[str, Any]) -> int | None:
    if written is None:
        return None
    if _NUMBER.fullmatch(written):
        return int(written)
    value: Any = settings
    if written.startswith("page."):  # the page's front matter, when the loop is on a page
        value, written = settings.get(PAGE_SETTINGS), "site." + written.removeprefix("page.")
    for part in written.removeprefix("site.").split(".") if written.startswith("site.") else ["?"]:
        value = value.get(part) if isinstance(value, dict) else None
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    return int(value) if isinstance(value, str) and _NUMBER.fullmatch(value.strip()) else None
