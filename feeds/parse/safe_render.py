"""An item written in Markdown alone rendered straight to the HTML the sanitiser gives.

:func:`~.item_links.item_html` renders an item's tokens with markdown-it-py and passes the
HTML through :func:`~.markdown.safe_html` (ammonia, which parses it as a browser would and
writes it out again). For the common item, paragraphs of text, emphasis, links, code and
math with no raw HTML, what comes out is known from the tokens: the tags markdown-it-py
writes, all allowed, text escaped as ammonia's serialiser escapes it (``&``, ``<``, ``>``
and no-break spaces; in attributes also ``"``), ``<br />`` as ``<br>``, and a link's
address kept only when ammonia keeps it. :func:`safe_render` writes that in one pass;
it answers ``None`` for anything else (raw HTML, images, lists, tables, attributes, an
address it cannot tell), which takes the render-and-clean path. Same bytes either way.
"""

from __future__ import annotations

import re
from typing import Any

from markdown_it.token import Token

from ..latex_text import latex_to_text
from ..text import clean_text
from .markdown import _SANITISER

# Characters clean_text changes, and white space or controls a URL parser strips or drops:
# an address with any of them is left to ammonia.
_ODD_URL = re.compile(r"[^!-~]")
# Addresses ammonia keeps as written (its URL parser reads them without error): relative
# ones (no scheme) and http(s) ones with a plain host name whose last label begins with a
# letter (not an IPv4 number) and none is punycode, and a short port.
_KEPT_URL = re.compile(
    r"(?![A-Za-z][A-Za-z0-9+.-]*:)"
    r"|(?i:https?)://(?!(?:[A-Za-z0-9-]+\.)*(?i:xn--))(?:[A-Za-z0-9-]+\.)*[A-Za-z][A-Za-z0-9-]*"
    r"(?::[0-9]{1,4})?(?:[/?#\\]|$)"
    r"|(?i:mailto):"
)
_TAGS = {
    "strong_open": "<strong>", "strong_close": "</strong>", "em_open": "<em>",
    "em_close": "</em>", "s_open": "<s>", "s_close": "</s>", "link_close": "</a>",
    "softbreak": "\n", "hardbreak": "<br>\n",
}  # fmt: skip
_BLOCKS = {"paragraph_open", "paragraph_close"}


def safe_render(tokens: list[Token], renderer: Any, options: Any) -> str | None:
    """``safe_html(renderer.render(tokens))`` for an item of paragraphs holding text,
    emphasis, strike-through, code, math, line breaks and links; ``None`` otherwise."""
    if options["breaks"]:
        return None
    out: list[str] = []
    for i, token in enumerate(tokens):
        if token.type == "inline":
            if token.children and not _inline(token.children, out):
                return None
        elif token.type in _BLOCKS and not token.attrs:
            out.append(renderer.renderToken(tokens, i, options, {}))
        else:
            return None
    return clean_text("".join(out))


def _inline(children: list[Token], out: list[str]) -> bool:
    """Append the sanitised HTML of ``children``; ``False`` when one is not of the forms."""
    for child in children:
        kind = child.type
        if kind == "text":
            out.append(_text(child.content))
        elif kind == "link_open":
            tag = _link(child.attrs)
            if tag is None:
                return False
            out.append(tag)
        elif child.attrs:
            return False
        elif (tag := _TAGS.get(kind)) is not None:
            out.append(tag)
        elif kind == "code_inline":
            out.append(f"<code>{_text(child.content)}</code>")
        elif kind in ("math_inline", "math_inline_double"):
            out.append(_text(latex_to_text(child.content)))
        else:
            return False
    return True


def _text(text: str) -> str:
    """Text as ammonia writes it out."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\xa0", "&nbsp;") if "\xa0" in text else text


def _attribute(value: str) -> str:
    """An attribute's value as ammonia writes it out."""
    return _text(value).replace('"', "&quot;")


def _link(attrs: dict[str, Any]) -> str | None:
    """A link's opening tag as ammonia keeps it: the address only when its scheme is
    allowed and its URL parser reads it, a title always; ``None`` for other attributes."""
    out = "<a"
    for name, value in attrs.items():
        value = str(value)
        if name == "title":
            out += f' title="{_attribute(value)}"'
        elif name != "href" or _ODD_URL.search(value):
            return None
        elif _KEPT_URL.match(value) or _kept_by_cleaner(value):
            out += f' href="{_attribute(value)}"'
    return out + ">"


def _kept_by_cleaner(url: str) -> bool:
    """Whether ammonia keeps ``url`` as a link's address (asked of it when a scheme other
    than http(s) or mailto is written, or an unusual host: the answer is its own)."""
    return "href" in _SANITISER.clean(f'<a href="{_attribute(url)}"></a>')
