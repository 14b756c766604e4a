"""Reading a page: its text (decoded, newlines normalised) and its front matter.

Front matter is YAML between ``---`` lines (Jekyll, al-folio; ``...`` may close it) or
TOML between ``+++`` lines (Hugo). The body keeps its line numbers: the front-matter
lines are blanked, not removed.
"""

from __future__ import annotations

import re
import tomllib
from copy import deepcopy
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..diagnostics import BuildError, display_path
from .front_matter_lead import keys_after_fence, spaced_lead
from .header_metadata import header_metadata
from .read_once import once
from .text_encoding import NotText, decode_page

_YAML = re.compile(r"\A(?:\ufeff)?---[ \t]*\n(.*?\n)??(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_TOML = re.compile(r"\A(?:\ufeff)?\+\+\+[ \t]*\n(.*?\n)??\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL)
# Hugo's page lexer starts the front matter right after the opening ``+++``: a first key
# may follow it on that line (``+++ title = "…"``), the closing ``+++`` on a line of its own.
_TOML_KEYED = re.compile(
    r"\A(?:\ufeff)?\+\+\+[ \t]*(\S[^\n]*\n(?:.*?\n)??)\+\+\+[ \t]*(?:\n|\Z)", re.DOTALL
)


def _toml(text: str) -> re.Pattern[str] | None:
    """The TOML front-matter pattern ``text`` opens with: the fence alone on its line,
    or (where the site's generator is Hugo's lexer) a key after it; ``None`` for neither."""
    if _TOML.match(text):
        return _TOML
    if keys_after_fence() and _TOML_KEYED.match(text):
        return _TOML_KEYED
    return None


def read_text(path: Path, source: str | None = None) -> str:
    """The text of ``path``: UTF-8, or UTF-16 with a BOM (a BOM is dropped; see
    :func:`~feeds.parse.text_encoding.decode_page`), ``\\r\\n`` and ``\\r`` made ``\\n``.

    A file that cannot be read or is no such text raises :class:`BuildError` naming it
    (``source``, default: its display path) and the line.
    """
    return once(path, lambda: _read_text(path, source))


def _read_text(path: Path, source: str | None) -> str:
    where = source or display_path(path)
    try:
        text = decode_page(path.read_bytes())
    except NotText as exc:
        raise BuildError(f"{where}:{exc.line}: {exc}") from None
    except OSError as exc:
        raise BuildError(f"{where}: cannot be read ({exc.strerror or exc})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def blank(text: str, pattern: re.Pattern[str]) -> str:
    """Replace each match by as many newlines as it spans, keeping line numbers."""
    return pattern.sub(lambda m: "\n" * m.group().count("\n"), text)


class BadFrontMatter(ValueError):
    """Front matter that is not valid YAML or TOML; ``body`` is the text with it blanked."""

    def __init__(self, message: str, body: str, language: str = "YAML"):
        super().__init__(message)
        self.body = body
        self.language = language


MAX_YAML_VALUES = 10_000  # values a YAML document may expand to through its aliases


class YamlError(ValueError):
    """YAML that cannot be read; ``line`` is 1-based within the document (or ``None``)."""

    def __init__(self, message: str, line: int | None = None):
        super().__init__(message)
        self.line = line


# White space holding a tab after ``key:`` or a list's ``-``: Jekyll's YAML reader (Ruby's
# Psych, libyaml) takes it as separation, PyYAML refuses it (a tab in indentation is no
# YAML for either, and stays an error).
_TAB_SEPARATION = re.compile(
    r"(?m)^( *(?:-(?=[ \t]))?[ \t]*[^\s#'\"\-][^\t\n]*?:|^ *-)"  # the key, or the dash
    r"([ \t]*\t[ \t]*)"  # white space with a tab in it
)


# A year and a month written with a dot (``date: 2025.10``): a float to YAML, whose
# value has lost the month's zero (2025.1); its text is what the author wrote.
_YEAR_MONTH = re.compile(r"\A(?:19|20)\d\d\.(?:0[1-9]|1[0-2]|[1-9])\Z")


def _loader() -> type:
    """PyYAML's safe loader, but a timestamp that is no day of the calendar
    (``2023-04-31``) stays text, as Jekyll's YAML reader (Psych) keeps it; PyYAML stops;
    and a plain ``2025.10`` (a year and month, :data:`_YEAR_MONTH`) stays text."""
    import yaml

    class Loader(yaml.SafeLoader):
        def construct_yaml_timestamp(self, node: Any) -> Any:
            try:
                return super().construct_yaml_timestamp(node)
            except ValueError:  # day or month out of range
                return self.construct_scalar(node)

        def construct_yaml_float(self, node: Any) -> Any:
            if _YEAR_MONTH.match(str(node.value)):
                return self.construct_scalar(node)
            return super().construct_yaml_float(node)

    Loader.add_constructor("tag:yaml.org,2002:timestamp", Loader.construct_yaml_timestamp)
    Loader.add_constructor("tag:yaml.org,2002:float", Loader.construct_yaml_float)
    return Loader


def load_yaml(text: str) -> Any:
    """``yaml.safe_load`` of ``text``, bounded: a document whose aliases expand to more
    than :data:`MAX_YAML_VALUES` values (an "alias bomb") raises :class:`YamlError`.

    A tab after ``key:`` or ``-`` is read as a space, as Jekyll reads it. A text read
    before is not parsed again (a build reads a page's front matter ~12 times); each
    caller gets its own copy."""
    return deepcopy(_parsed_yaml(text))


def _parse_yaml(text: str) -> Any:
    import yaml

    try:
        try:
            data = yaml.load(text, Loader=_loader())  # noqa: S506 (a safe loader)
        except yaml.YAMLError:
            spaced = _TAB_SEPARATION.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
            if spaced == text:
                raise
            try:
                data = yaml.load(spaced, Loader=_loader())  # noqa: S506
            except yaml.YAMLError:
                data = yaml.load(text, Loader=_loader())  # noqa: S506 (raises again): the error of the text as written
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        line = mark.line + 1 if mark else None
        raise YamlError(" ".join(str(problem).split())[:200], line) from None
    except RecursionError:
        raise YamlError("nested too deeply") from None
    _count_values(data, [MAX_YAML_VALUES])
    return data


_parsed_yaml = lru_cache(maxsize=256)(_parse_yaml)  # undecorated, so mutation tests reach it


def _count_values(value: Any, budget: list[int]) -> None:
    """Walk ``value`` (shared parts once per use), raising when over ``budget``."""
    stack = [value]
    while stack:
        budget[0] -= 1
        if budget[0] < 0:
            raise YamlError(
                f"expands to more than {MAX_YAML_VALUES} values through aliases (&/*); not read"
            )
        item = stack.pop()
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)


def blank_front_matter(text: str) -> str:
    """``text`` with its front matter (YAML or TOML) blanked, line numbers kept."""
    lead, rest = spaced_lead(text)  # a Hugo page may open with blank lines
    for pattern in (_YAML, _toml(rest)):
        if pattern is not None and pattern.match(rest):
            return lead + blank(rest, pattern)
    return text


def has_front_matter(text: str) -> bool:
    """Whether ``text`` opens with front matter (``---``/``+++`` on its first line, or
    after blank lines where the site's generator skips them, as Hugo does), the mark
    Jekyll needs to treat a collection file as a document rather than a static file."""
    rest = spaced_lead(text)[1]
    return _OPENED.match(rest) is not None or _toml(rest) is not None


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Front matter (YAML or TOML, or Pelican's ``Title:`` lines) and the body with those
    lines blanked.

    Raises :class:`BadFrontMatter` when it is malformed, not a mapping, or expands
    to too many values (YAML aliases).
    """
    lead, text = spaced_lead(text)  # a Hugo page may open with blank lines
    if lead:
        try:
            meta, body = split_front_matter(text)
        except BadFrontMatter as exc:
            exc.body = lead + exc.body
            raise
        return meta, lead + body
    if match := _YAML.match(text):
        body = blank(text, _YAML)
        try:
            meta = load_yaml(match.group(1) or "")
        except YamlError as exc:  # malformed YAML: say so; the news can still be read
            where = f"line {exc.line + 1}: " if exc.line else ""
            raise BadFrontMatter(f"{where}{exc}", body) from None
        if meta is None:
            return {}, body
        if not isinstance(meta, dict):
            raise BadFrontMatter(f"a {type(meta).__name__}, not a mapping of keys", body)
        return meta, body
    if (toml := _toml(text)) and (match := toml.match(text)):
        body = blank(text, toml)
        try:
            meta = tomllib.loads(match.group(1) or "")
        except tomllib.TOMLDecodeError as exc:
            raise BadFrontMatter(" ".join(str(exc).split())[:200], body, "TOML") from exc
        return meta, body
    if _OPENED.match(text):  # Jekyll would not even render such a page
        raise BadFrontMatter("opened by its first line but never closed", text)
    return header_metadata(text) or ({}, text)  # Pelican's "Title: News" lines


_OPENED = re.compile(r"\A\ufeff?(?:---|\+\+\+)[ \t]*\n")


def front_matter(path: Path) -> dict[str, Any]:
    """Just the front matter of a page (``{}`` when none, malformed or unreadable)."""
    try:
        return split_front_matter(read_text(path))[0]
    except (BuildError, BadFrontMatter):
        return {}


def key_line(text: str, key: str) -> int:
    """1-based line of ``key:`` (YAML) or ``key =`` (TOML) in the front matter (1 if absent)."""
    lines = text.split("\n")
    fence = lines[0].lstrip("\ufeff")[:3]
    if fence not in ("---", "+++"):
        return 1
    ends = ("---", "...") if fence == "---" else ("+++",)
    for number, line in enumerate(lines[1:], start=2):
        if line.strip() in ends:
            break
        if re.match(rf"{key}\s*[:=]", line):
            return number
    return 1


def list_entry_lines(lines: list[str], key: int) -> list[int]:
    """1-based lines of the ``- `` entries of the YAML list whose key is on line index
    ``key``: those at the list's own indentation, up to a line indented less, a line at
    that indentation that is no entry, or the end of the front matter."""
    found: list[int] = []
    indent: int | None = None
    for n in range(key + 1, len(lines)):
        line = lines[n]
        stripped = line.lstrip()
        if not stripped or stripped.startswith("#"):
            continue
        if line.rstrip() in ("---", "+++", "..."):  # a fence: at the line's start only
            break
        depth = len(line) - len(stripped)
        if indent is None and stripped.startswith("-"):
            indent = depth
        if indent is None or depth < indent or (depth == indent and not stripped.startswith("-")):
            break
        if depth == indent:
            found.append(n + 1)
    return found
