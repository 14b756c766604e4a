"""The tags of a page that :mod:`.includes` expands or blanks, found in one pass: Liquid
tags (``{% include x.md %}``, ``{% include_relative x.md %}``, ``{% raw %}`` text,
``{% comment %}`` and ``{% if false %}`` blocks, a loop over ``site.data.<name>``…),
the empty-state branch of a list (``{% if news.size == 0 %}<h3>No news yet</h3>``, up to
its ``{% else %}`` or ``{% endif %}``: shown only when the list it tests is empty, so never
a heading or an item of the news),
Liquid values (``{{ site.x }}``), Quarto includes (``{{< include x.qmd >}}``), Hugo's
``{{< ref "news/archive.md" >}}`` (the page's address, as Hugo writes it) and knitr
child chunks (```` ```{r child="x.Rmd"} ````).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .jekyll_data import MAX_LOOPS, DataLoop, Source, assigned, data_loop
from .template_loops import template_loop_end

_OPENER = re.compile(r"\{%|\{\{|^```+[ \t]*\{r[ ,]", re.MULTILINE)
_COMMENT = re.compile(r"\A\{%-?\s*comment\s*-?%\}")
_END_COMMENT = re.compile(r"\{%-?\s*endcomment\s*-?%\}")
_NEVER = re.compile(r"\A\{%-?\s*(?:(if)\s+(?:false|nil)|unless\s+true)\s*-?%\}")
_EMPTY_TERM = r"[\w.\[\]\"'-]+?(?:\.size\s*(?:==\s*0|<\s*1)|\s*==\s*(?:nil|null|empty|blank))"
_EMPTY_STATE = re.compile(rf"\A\{{%-?\s*if\s+{_EMPTY_TERM}(?:\s+or\s+{_EMPTY_TERM})*\s*-?%\}}\Z")
_EMPTY_LIST = re.compile(r"\.size\s*(?:==\s*0|<\s*1)|==\s*empty\b")  # nil alone: any unset value
_BRANCH = re.compile(r"\{%-?\s*(if|unless|endif|endunless|else|elsif)\b[^%]*%\}")
MAX_EMPTY_STATES = 20  # each looks for its branch's end: bounded, so the time stays linear
_END_IF = re.compile(r"\{%-?\s*endif\s*-?%\}")
_END_UNLESS = re.compile(r"\{%-?\s*endunless\s*-?%\}")
_RAW = re.compile(r"\A\{%-?\s*raw\s*-?%\}")
_END_RAW = re.compile(r"\{%-?\s*endraw\s*-?%\}")
_JEKYLL = re.compile(r"\A\{%-?\s*(include(?:_relative)?)\s+(.*?)-?%\}\Z", re.DOTALL)
_QUARTO = re.compile(r"\A\{\{<\s*include\s+(.*?)>\}\}\Z", re.DOTALL)
_KNITR = re.compile(
    r"```+[ \t]*\{r[ ,][^}\n]*?\bchild\s*=\s*(\"[^\"\n]+\"|'[^'\n]+')[^}\n]*\}[ \t]*\n"
)
_FENCE = re.compile(r"^[ \t]*```+[ \t]*$", re.MULTILINE)
# Hugo's {{< ref "news/archive.md" >}} (relref; path="…"): the address of a page of the site
_HUGO_REF = re.compile(r'\A\{\{[<%]-?\s*(?:rel)?ref\s+(?:path=)?"([^"\s]+)"\s*-?[>%]\}\}\Z')
_PAGE_FILE = re.compile(r"(?:/_?index)?\.(?:md|markdown|html)\Z")


def ref_address(target: str) -> str:
    """Where Hugo's ``ref`` to the content file ``target`` sends a reader (its default
    permalink): ``news/archive.md`` -> ``/news/archive/``; a section's ``_index.md`` and a
    bundle's ``index.md`` are their folder's address; an anchor (``#2024``) is kept."""
    path, _, anchor = target.partition("#")
    path = _PAGE_FILE.sub("", path.strip("/"))
    address = f"/{path}/" if path else "/"
    return address + (f"#{anchor}" if anchor else "")


def has_tags(text: str) -> bool:
    """Whether ``text`` has a tag at all (else it is read as written)."""
    return _OPENER.search(text) is not None


@dataclass(frozen=True)
class PageTag:
    """A tag of a page: where it starts and ends, and what it includes or shows."""

    start: int
    end: int
    arg: str | None = None  # the file an include names, as written
    jekyll: str | None = None  # "include" or "include_relative"
    raw: str | None = None  # {% raw %} text, shown as written
    data: DataLoop | None = None  # a loop over site.data.<name>, the whole loop


def page_tags(text: str, variables: Iterable[str] = ()) -> Iterator[PageTag]:
    """The Liquid tags, Quarto includes and knitr child chunks of ``text``, in order.

    One pass: each search for a closing mark that fails is not tried again, so the
    time stays linear whatever the text (unclosed ``{%``, ``{% raw %}`` repeated…).
    """
    closable = {"%}": True, "}}": True, "endraw": True, "fence": True}
    # {% assign news = site.data.news %}; ``variables``: data names a page has as they are
    # (mkdocs-macros' ``{% for item in news %}``: :mod:`.mkdocs_macros`)
    aliases: dict[str, Source] = {name: ((name,), ()) for name in variables}
    loops = MAX_LOOPS  # each looks for its endfor: bounded, so the time stays linear
    empty_states = MAX_EMPTY_STATES
    pos = 0
    while match := _OPENER.search(text, pos):
        start, opener = match.start(), match.group()
        pos = start + 2
        if opener.startswith("`"):
            knitr = _KNITR.match(text, start) if closable["fence"] else None
            fence = _FENCE.search(text, knitr.end()) if knitr else None
            if knitr and fence is None:
                closable["fence"] = False
            if knitr and fence:
                yield PageTag(start, fence.end(), knitr.group(1))
                pos = fence.end()
            continue
        close = "%}" if opener == "{%" else "}}"
        end = text.find(close, start + 2) if closable[close] else -1
        if end < 0:
            closable[close] = False
            continue
        end += 2
        tag = text[start:end]
        pos = end
        if opener == "{{" and (ref := _HUGO_REF.match(tag)):  # [older news]({{< ref "x.md" >}})
            yield PageTag(start, end, raw=ref_address(ref.group(1)))
        elif opener == "{{":
            quarto = _QUARTO.match(tag)
            yield PageTag(start, end, quarto.group(1) if quarto else None)
        elif never := _NEVER.match(tag):  # {% if false %}…{% endif %}: Jekyll shows nothing
            hidden = (_END_IF if never.group(1) == "if" else _END_UNLESS).search(text, end)
            pos = hidden.end() if hidden else len(text)
            yield PageTag(start, pos)
        elif empty_states and _empty_state(tag) and (hidden := _branch_end(text, end)):
            empty_states -= 1  # {% if news.size == 0 %}<h3>No news yet</h3>{% endif %}
            pos = hidden
            yield PageTag(start, pos)
        elif _COMMENT.match(tag):
            hidden = _END_COMMENT.search(text, end)
            pos = hidden.end() if hidden else len(text)
            yield PageTag(start, pos)
        elif _RAW.match(tag) and closable["endraw"]:
            literal = _END_RAW.search(text, end)
            if literal is None:
                closable["endraw"] = False
                yield PageTag(start, end)
                continue
            pos = literal.end()
            yield PageTag(start, pos, raw=text[end : literal.start()])
        elif jekyll := _JEKYLL.match(tag):
            yield PageTag(start, end, jekyll.group(2), jekyll.group(1))
        elif alias := assigned(tag, aliases):
            aliases[alias[0]] = alias[1]
            yield PageTag(start, end)
        elif loops and (loop := data_loop(text, start, end, aliases)):
            loops -= 1
            pos = loop.end or end
            yield PageTag(start, pos, data=loop if loop.end else None)
        elif loops and (template_end := template_loop_end(text, start, end)):
            loops -= 1  # {% for a in site.news %}…{{ a.title }}…: its own words are no item
            pos = template_end
            yield PageTag(start, pos)
        else:
            yield PageTag(start, end)


def _empty_state(tag: str) -> bool:
    """Whether an ``{% if %}`` tag tests that a list is empty (``news.size == 0``, ``news
    == empty``, with ``news == nil or`` beside it); ``x == nil`` alone tests any value."""
    return _EMPTY_STATE.match(tag) is not None and _EMPTY_LIST.search(tag) is not None


def _branch_end(text: str, start: int) -> int | None:
    """Where the branch of an ``{% if %}`` whose tag ends at ``start`` ends: at its own
    ``{% else %}``/``{% elsif %}`` (left to be read) or past its ``{% endif %}``; ``None``
    when it is never closed."""
    depth = 0
    for tag in _BRANCH.finditer(text, start):
        name = tag.group(1)
        if name in ("if", "unless"):
            depth += 1
        elif name in ("endif", "endunless"):
            if depth == 0:
                return tag.end()
            depth -= 1
        elif depth == 0:  # else, elsif of this if
            return tag.start()
    return None
