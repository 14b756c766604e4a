"""HTML a site script writes into the page with string literals, read in its place.

Some hand-written homepages keep their news in a file of the site such as
``recent-news.js`` made of ``document.write('<ul>\\ <li>…</li>\\ </ul>')`` calls, loaded
with ``<script src="recent-news.js"></script>`` where the list shows. What a reader sees
there is the HTML those calls write, so it is read in place of the script element:
``document.write``/``writeln`` and ``el.innerHTML = …`` (or ``+=``) whose argument is
string literals only (``'…'``, ``"…"``, template literals without ``${}``, joined by
``+``; escapes and ``\\`` line continuations read as JavaScript does). Nothing is
executed; a script that computes what it writes, or one outside the site, is left alone.
Each written line is named by the script file and line it comes from.
"""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

from ..diagnostics import display_path

_SCRIPT = re.compile(
    r"""<script\b[^>]*?\bsrc\s*=\s*(['"])(?P<src>[^'"]+)\1[^>]*>\s*</script\s*>""", re.I
)
_WRITE = re.compile(r"(?:\bdocument\.write(?:ln)?\s*\(|\.innerHTML\s*\+?=(?!=))\s*")
_ESCAPES = {"n": "\n", "t": "\t", "r": "", "b": "", "f": "", "v": "", "0": ""}
MAX_SCRIPT = 1_000_000  # characters of a script read


def written_html(script: str) -> list[tuple[str, int]]:
    """The characters the literal writes of ``script`` put in the page, each with the
    1-based script line it is written on; empty when a write is not literals only."""
    out: list[tuple[str, int]] = []
    for call in _WRITE.finditer(script):
        chars = _literals(script, call.end())
        if chars is None:
            continue
        out.extend(chars)
        out.append(("\n", chars[-1][1] if chars else 1))
    return out


def _literals(text: str, pos: int) -> list[tuple[str, int]] | None:
    """String literals joined by ``+`` from ``pos``, up to ``)``, ``;`` or the line end."""
    out: list[tuple[str, int]] = []
    line = text.count("\n", 0, pos) + 1
    while True:
        while pos < len(text) and text[pos] in " \t\r\n":
            line += text[pos] == "\n"
            pos += 1
        if pos >= len(text) or text[pos] not in "'\"`":
            return None
        quote, pos = text[pos], pos + 1
        while True:
            if pos >= len(text):
                return None
            char = text[pos]
            if char == quote:
                pos += 1
                break
            if char == "\\" and pos + 1 < len(text):
                nxt = text[pos + 1]
                pos += 2
                if nxt == "\n":  # a line continuation: white space to HTML, kept
                    out.append(("\n", line))  # so each line stays on its own line
                    line += 1
                elif nxt == "u" and re.fullmatch(r"[0-9a-fA-F]{4}", text[pos : pos + 4]):
                    out.append((chr(int(text[pos : pos + 4], 16)), line))
                    pos += 4
                else:
                    out.append((_ESCAPES.get(nxt, nxt), line))
                continue
            if char == "\n" and quote != "`":
                return None
            if quote == "`" and text.startswith("${", pos):
                return None  # computed: never executed
            out.append((char, line))
            line += char == "\n"
            pos += 1
        while pos < len(text) and text[pos] in " \t\r\n":
            line += text[pos] == "\n"
            pos += 1
        if pos < len(text) and text[pos] == "+":
            pos += 1
            continue
        return out if pos >= len(text) or text[pos] in ");\n}" else None


def with_written_scripts(
    text: str, path: Path, site_dir: Path, source: str
) -> tuple[str, list[tuple[str, int]], list[Path]] | None:
    """``text`` of HTML page ``path`` with each site script that writes literal HTML
    replaced by that HTML, the (source, line) of every line, and the scripts read; ``None``
    when the page loads no such script."""
    if path.suffix.lower() not in (".html", ".htm"):
        return None
    lines: list[str] = []
    origins: list[tuple[str, int]] = []
    scripts: list[Path] = []
    pos, line = 0, 1
    for match in _SCRIPT.finditer(text):
        script = _site_script(match.group("src"), path.parent, site_dir)
        if script is None:
            continue
        written = written_html(script.read_text(encoding="utf-8", errors="replace")[:MAX_SCRIPT])
        if not "".join(c for c, _ in written).strip():
            continue
        before = text[pos : match.start()].split("\n")
        for part in before[:-1]:
            lines.append(part)
            origins.append((source, line))
            line += 1
        lines.append(before[-1])
        origins.append((source, line))
        inner, start = display_path(script), ""
        first = written[0][1]
        for char, at in written:
            if char == "\n":
                lines.append(start)
                origins.append((inner, first))
                start, first = "", at
            else:
                if not start:
                    first = at
                start += char
        if start:
            lines.append(start)
            origins.append((inner, first))
        line += match.group().count("\n")
        pos = match.end()
        scripts.append(script)
    if not scripts:
        return None
    rest = text[pos:].split("\n")
    for part in rest:
        lines.append(part)
        origins.append((source, line))
        line += 1
    return "\n".join(lines), origins, scripts


def _site_script(address: str, folder: Path, site_dir: Path) -> Path | None:
    """The ``.js`` file of the site an address names, or ``None`` (elsewhere, missing)."""
    address = address.split("#", 1)[0].split("?", 1)[0].strip()
    if not address or re.match(r"[a-z][a-z0-9+.-]*:|//", address, re.I):
        return None
    path = (site_dir if address.startswith("/") else folder) / unquote(address).lstrip("/")
    if path.suffix.lower() != ".js" or not path.is_file():
        return None
    return path if path.resolve().is_relative_to(site_dir.resolve()) else None
