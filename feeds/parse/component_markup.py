"""The markup of a JavaScript framework's component, read as an HTML page: what a reader
sees of ``src/pages/index.astro``, ``+page.svelte`` or ``index.vue`` when its news is
written there as literal HTML (``<h2>News</h2><ul><li>…</li></ul>``).

The component's code is blanked, line breaks kept (diagnostics name the component's own
lines): Astro's ``---`` fence, ``<script>`` and ``<style>`` blocks, and every expression
(``{…}`` in Astro and Svelte, ``{{ … }}`` in Vue). A list the component generates from
data (``{news.map(n => <li>…</li>)}``, ``{#each news as n}<li>…</li>{/each}``, ``<li v-for="…">{{
n.text }}</li>``) is code too: nothing of it is left to read, so such a component holds no
literal news and the data it shows is the news (:mod:`feeds.inputs.js_sites`); a React
page's list over an array literal of its own file is read (:mod:`.jsx_markup`).
"""

from __future__ import annotations

import re

from .front_matter import blank
from .jsx_markup import JSX_SUFFIXES, jsx_markup

MARKUP_SUFFIXES = (".astro", ".vue", ".svelte", *JSX_SUFFIXES)
_FENCE = re.compile(r"\A\ufeff?---[ \t]*\n.*?^---[ \t]*$", re.DOTALL | re.MULTILINE)
_CODE_BLOCKS = re.compile(
    r"<(script|style)\b[^>]*>.*?(?:</\1\s*>|\Z)|<!--(?:(?!<!--).)*?-->", re.DOTALL | re.I
)  # and closed comments: a brace in one is no expression
_SVELTE_EACH = re.compile(r"\{#each\b|\{/each\s*\}")
_VUE_EXPRESSION = re.compile(r"\{\{.*?(?:\}\}|\Z)", re.DOTALL)
_VUE_TEMPLATE_OPEN = re.compile(r"<template\b[^>]*>", re.I)
_VUE_TEMPLATE_CLOSE = re.compile(r"</template\s*>", re.I)
_VUE_GENERATED = re.compile(r"<(\w[\w-]*)\b[^>]*\sv-for\s*=", re.I)
_MDX_STATEMENT = re.compile(r"^(?:import|export)\b.*$", re.M)
_MDX_CODE = re.compile(r"^(`{3,}|~{3,}).*?(?:^\1[ \t]*$|\Z)|`[^`\n]+`", re.S | re.M)


def component_markup(text: str, suffix: str) -> str:
    """``text`` of a component (``.astro``, ``.vue``, ``.svelte``) with its code blanked:
    the literal markup left is read as an HTML page."""
    suffix = suffix.lower()
    if suffix in JSX_SUFFIXES:  # a React page: the JSX it returns (:mod:`.jsx_markup`)
        return jsx_markup(text)
    if suffix == ".astro":
        text = blank(text, _FENCE)
    text = blank(text, _CODE_BLOCKS)
    if suffix == ".svelte":
        text = _blank_each_blocks(text)
    if suffix != ".vue":
        return _blank_expressions(text)
    text = blank(text, _VUE_EXPRESSION)
    text = _blank_generated(text)
    opened = _VUE_TEMPLATE_OPEN.search(text)  # the root <template> is the page, not hidden
    if opened is None:
        return text
    text = text[: opened.start()] + _spaces(opened.group()) + text[opened.end() :]
    closes = list(_VUE_TEMPLATE_CLOSE.finditer(text, opened.end()))
    if not closes:
        return text
    last = closes[-1]
    return text[: last.start()] + _spaces(last.group()) + text[last.end() :]


def mdx_markdown(body: str) -> str:
    """The Markdown of an MDX page's ``body`` (Docusaurus' ``src/pages/index.mdx``): its
    ``import``/``export`` lines and ``{…}`` expressions are code (``{news.map(n =>
    <li>…</li>)}``), blanked with line breaks kept; code blocks and spans stay as written."""
    out, at = [], 0
    for code in [*_MDX_CODE.finditer(body), None]:
        prose = body[at : code.start() if code else len(body)]
        out.append(_blank_expressions(blank(prose, _MDX_STATEMENT)))
        if code is not None:
            out.append(code.group())
            at = code.end()
    return "".join(out)


def _blank_expressions(text: str) -> str:
    """Every ``{…}`` (nested braces counted) as blank space, its line breaks kept."""
    out: list[str] = []
    depth = 0
    for char in text:
        if char == "{":
            depth += 1
        if depth and char != "\n":
            out.append(" ")
        else:
            out.append(char)
        if char == "}" and depth:
            depth -= 1
    return "".join(out)


def _blank_each_blocks(text: str) -> str:
    """Svelte's ``{#each …}…{/each}`` (nested blocks counted) as blank space."""
    out: list[str] = []
    depth = at = 0
    for mark in _SVELTE_EACH.finditer(text):
        if mark.group().startswith("{#"):
            if depth == 0:
                out.append(text[at : mark.start()])
                at = mark.start()
            depth += 1
        elif depth:  # a stray {/each} is left to the expressions
            depth -= 1
            if depth == 0:
                out.append(_spaces(text[at : mark.end()]))
                at = mark.end()
    tail = text[at:]
    return "".join(out) + (_spaces(tail) if depth else tail)


def _blank_generated(text: str) -> str:
    """Vue elements repeated by ``v-for`` (up to their closing tag, same name) blanked."""
    at = 0
    while (found := _VUE_GENERATED.search(text, at)) is not None:
        name = re.escape(found.group(1))
        end = re.compile(rf"</{name}\s*>", re.I).search(text, found.end())
        stop = end.end() if end else len(text)
        text = text[: found.start()] + _spaces(text[found.start() : stop]) + text[stop:]
        at = stop  # blanking keeps every offset
    return text


def _spaces(text: str) -> str:
    return "".join(c if c == "\n" else " " for c in text)
