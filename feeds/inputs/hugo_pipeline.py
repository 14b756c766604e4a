"""The value of one action of a Hugo shortcode template (:mod:`.hugo_template`): a
pipeline of calls (``$f | readFile | markdownify``) worked out for a shortcode
:class:`Call`: the call's arguments (``.Get 0``, ``.Get "file"``), file readers
(``readFile``, ``os.ReadFile``, ``resources.Get …``/``.Page.Resources.Get …`` then
``.Content``), path builders (``printf``, ``path.Join``, ``print``, ``add``) and the
functions that cut the text into lines and join them again (``split``, ``first``,
``after``, ``last``, ``delimit``). Anything else raises :class:`Unknown`, never a guess.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .shown_lines import Text, delimit, split_lines

_TOKEN = re.compile(
    r"""(?P<space>\s+)|(?P<str>"(?:[^"\\]|\\.)*"|`[^`]*`)|(?P<num>-?\d+)
    |(?P<var>\$\w*(?:\.\w+)*)|(?P<field>(?:\.\w+)+|\.)|(?P<name>[A-Za-z_]\w*(?:\.\w+)*)
    |(?P<punct>:=|=|[()|,])""",
    re.VERBOSE,
)
_METHODS = frozenset({  # of the call or its page: "Get", or a resource of the page
    "Get", "Page.Resources.Get", "Page.Resources.GetMatch", "Resources.Get",
    "Resources.GetMatch", "RenderString", "Page.RenderString"
})  # fmt: skip
_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", '"': '"', "\\": "\\"}
SAME = frozenset({  # functions that give the text back as it is, for our purpose
    "markdownify", "transform.Markdownify", "safeHTML", "safe.HTML", "htmlUnescape",
    "transform.HTMLUnescape", "chomp", "strings.Chomp", "strings.TrimSpace", "trim",
    "strings.Trim", "string", "emojify"
})  # fmt: skip


class Unknown(Exception):
    """A value the template computes in a way not understood here."""


@dataclass(frozen=True)
class Resource:
    """A file found by ``resources.Get`` (under ``assets/``) or a page's own resources."""

    base: str  # "assets" or "page"
    path: str


@dataclass
class Call:
    """A shortcode call: its arguments, and how to read a file the template names."""

    positional: list[str]
    named: dict[str, str]
    page_dir: str  # the page's folder under ``content/`` (``.Page.File.Dir``)
    read: Callable[[str, str], Text | None]  # (base, path) → the file's lines
    variables: dict[str, Any] = field(default_factory=dict)

    def get(self, key: Any) -> Any:
        if isinstance(key, int):
            return self.positional[key] if 0 <= key < len(self.positional) else None
        return self.named.get(str(key))


def _tokens(text: str) -> list[tuple[str, str, bool]]:
    """(kind, text, glued to the token before) of each token of an action."""
    out: list[tuple[str, str, bool]] = []
    pos, glued = 0, False
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if match is None:
            raise Unknown(text[pos:])
        pos = match.end()
        kind = match.lastgroup or ""
        if kind == "space":
            glued = False
            continue
        out.append((kind, match.group(), glued))
        glued = True
    return out


def pipeline_value(text: str, call: Call, dot: Any) -> Any:
    """The value of the pipeline ``text`` for ``call``, ``dot`` being ``.``."""
    if not text.strip():
        return None
    tokens = _tokens(text)
    value, pos = _parse_pipeline(tokens, 0, call, dot)
    if pos != len(tokens):
        raise Unknown(text)
    return value


def _parse_pipeline(tokens: list, pos: int, call: Call, dot: Any) -> tuple[Any, int]:
    value, pos, piped = None, pos, False
    while True:
        operands: list[tuple[str, Any]] = []
        while pos < len(tokens) and tokens[pos][1] not in ("|", ")"):
            operand, pos = _operand(tokens, pos, call, dot)
            operands.append(operand)
        value = _command(operands, [value] if piped else [], call, dot)
        if pos < len(tokens) and tokens[pos][1] == "|":
            pos, piped = pos + 1, True
            continue
        return value, pos


def _operand(tokens: list, pos: int, call: Call, dot: Any) -> tuple[tuple[str, Any], int]:
    """One operand: ("fn", name) for a function or method to call, else ("value", v)."""
    kind, text, _ = tokens[pos]
    pos += 1
    if kind == "str":
        value: Any = text[1:-1] if text[0] == "`" else _unquote(text[1:-1])
    elif kind == "num":
        value = int(text)
    elif text == "(":
        value, pos = _parse_pipeline(tokens, pos, call, dot)
        if pos >= len(tokens) or tokens[pos][1] != ")":
            raise Unknown("(")
        pos += 1
    elif kind == "name":
        if text in ("true", "false", "nil"):
            return ("value", {"true": True, "false": False, "nil": None}[text]), pos
        return ("fn", text), pos
    elif kind in ("var", "field"):
        path = text.split(".")
        if kind == "var" and path[0] != "$":
            if path[0] not in call.variables:
                raise Unknown(text)
            value, names = call.variables[path[0]], path[1:]
        else:
            value, names = (call if kind == "var" else dot), [n for n in path[1:] if n]
        value = _fields(value, names, call)
    else:
        raise Unknown(text)
    while pos < len(tokens) and tokens[pos][0] == "field" and tokens[pos][2]:
        value = _fields(value, tokens[pos][1].split(".")[1:], call)  # (…).Content
        pos += 1
    return ("value", value), pos


def _fields(value: Any, names: list[str], call: Call) -> Any:
    """``.Page.File.Dir`` and the like; a method still to call is ("method", name)."""
    for at, name in enumerate(names):
        rest = ".".join(names[at:])
        if rest in ("Page.File.Dir", "File.Dir", "Page.Dir", "Dir") and value is call:
            return call.page_dir
        if rest in _METHODS:
            return ("method", rest, value)
        if name == "Page" and value is call:
            continue
        if name == "Content" and isinstance(value, Resource):
            value = _read(value, call)
            continue
        raise Unknown(name)
    return value


def _command(operands: list[tuple[str, Any]], piped: list[Any], call: Call, dot: Any) -> Any:
    if not operands:
        if piped:
            return piped[0]
        raise Unknown("empty")
    (kind, head), args = operands[0], [v for _, v in operands[1:]] + piped
    if any(kind == "fn" for kind, _ in operands[1:]):
        raise Unknown("nested call without parentheses")
    if kind == "fn":
        return _function(head, args, call)
    if isinstance(head, tuple) and head and head[0] == "method":
        if not args:
            raise Unknown(head[1])
        if head[1] == "Get":
            return call.get(args[0])
        if head[1].endswith("RenderString"):
            return args[-1]
        return Resource("page", str(args[0]))
    if args:
        raise Unknown("arguments to a value")
    return head


def _function(name: str, args: list[Any], call: Call) -> Any:
    if name in ("readFile", "os.ReadFile"):
        return _read(Resource("root", _path(args[0])), call)
    if name in ("resources.Get", "resources.GetMatch"):
        return Resource("assets", _path(args[0]))
    if name in SAME:
        return args[-1] if name in ("trim", "strings.Trim") else args[0]
    if name in ("split", "strings.Split"):
        return split_lines(args[0], args[1])
    if name in ("first", "last", "after"):
        count, items = int(args[0]), args[1]
        if not isinstance(items, list):
            raise Unknown(name)
        if name == "first":
            return items[:count]
        return items[count:] if name == "after" else items[len(items) - count :]
    if name == "delimit" and isinstance(args[0], list):
        return delimit(args[0], str(args[1]))
    if name == "int":
        return int(args[0])
    if name == "default":
        return args[1] if args[1] not in (None, "", 0, False) else args[0]
    if name == "printf" and all(isinstance(a, str | int) for a in args):
        return re.sub(r"%[sdv]", "{}", str(args[0])).format(*args[1:])
    joins = ("print", "add", "path.Join", "filepath.Join")
    if name in joins and all(isinstance(a, str) for a in args):
        return posixpath.join(*args) if name.endswith("Join") else "".join(args)
    raise Unknown(name)


def _path(value: Any) -> str:
    if not isinstance(value, str) or not value:
        raise Unknown("a path that is not a text")
    return value


def _read(resource: Resource, call: Call) -> Text:
    text = call.read(resource.base, resource.path)
    if text is None:
        raise Unknown(resource.path)
    return text


def _unquote(text: str) -> str:
    return re.sub(r"\\(.)", lambda m: _ESCAPES.get(m.group(1), m.group(1)), text)
