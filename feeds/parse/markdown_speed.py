"""Faster equivalents of two markdown-it-py defaults: the same tokens, less work.

- A link's URL is normalised (``mdurl`` parse, punycode, percent-encoding: ~15 µs a link,
  0.15 s of a 10,000-item page) only when normalising could change it: a relative URL or
  an ``http(s)://host`` one written in the characters ``mdurl.encode`` keeps as they are
  comes back as written, so it is returned at once.
- The text rule stops only where an enabled inline rule can begin, and at ``]`` (where a
  link's label ends): markdown-it-py's default stops also at ``:``, ``-``, ``#``, ``%``, ``=``…,
  kept for rules feeds never enables (linkify, sub/superscripts), where every rule is then
  tried in turn, fails, and the character joins the pending text, as it would have inside
  the text run.
- markdown-it-py's block rules log a debug line each time one is tried (~21 calls a news
  item, 210,000 on a 10,000-item page, ~5% of tokenising it even with logging off): when
  debug logging is off for them as the parser is made, :func:`quiet_block_debug` has them
  skip the call.
"""

from __future__ import annotations

import importlib
import logging
import re

from markdown_it import MarkdownIt
from markdown_it.common.normalize_url import normalizeLink

# A URL mdurl gives back as written: characters its encoder keeps (letters, digits,
# ``;/?:@&=+$,-_.!~*'()#`` and ``%`` with two hex digits), either with no scheme (nothing
# before a ``:`` that could name one) and no ``//`` host, or http(s) with a plain host
# name (no port, no user, no IPv6, no odd or long label or name: mdurl may rewrite those).
_KEPT = r"(?:[A-Za-z0-9;/?:@&=+$,\-_.!~*'()#]|%[0-9A-Fa-f]{2})*"
_AS_WRITTEN = re.compile(
    r"(?:https?://([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})*)(?![^/?#])"
    r"|(?![A-Za-z0-9.+-]*:)(?!//))" + _KEPT
)

# Where each inline rule can begin (its first test is for that character); a link's
# label is also read up to ``]`` by skipping tokens, so the text rule must stop there.
RULE_STARTS = {
    "text": "",
    "newline": "\n",
    "escape": "\\",
    "backticks": "`",
    "strikethrough": "~",
    "emphasis": "*_",
    "link": "[]",
    "image": "!",
    "autolink": "<",
    "html_inline": "<",
    "entity": "&",
    "math_inline": "$",  # mdit_py_plugins.dollarmath
}


class FastLinksMarkdownIt(MarkdownIt):
    """markdown-it-py whose link normalising skips the URLs it would give back unchanged."""

    def normalizeLink(self, url: str) -> str:  # noqa: N802 (markdown-it-py's name)
        if (plain := _AS_WRITTEN.fullmatch(url)) and len(plain[1] or "") <= 255:
            return url
        return normalizeLink(url)


def stop_text_only_for_rules(md: MarkdownIt) -> None:
    """Let the text rule run on past characters no enabled inline rule begins with
    (kept as they are when a rule not in :data:`RULE_STARTS` is enabled)."""
    active = md.inline.ruler.get_active_rules()
    if all(name in RULE_STARTS for name in active):
        stops = "".join(sorted({c for name in active for c in RULE_STARTS[name]}))
        md.inline.terminator_re = re.compile(f"[{re.escape(stops)}]")


# markdown-it-py's block rule modules that log "entering <rule>" each time they are tried.
_LOGGING_BLOCK_RULES = (
    "blockquote", "code", "fence", "heading", "hr", "html_block", "lheading", "list",
    "paragraph", "reference",
)  # fmt: skip


class _QuietDebug:
    """A block rule's logger whose ``debug`` does nothing; the rest is the logger's own."""

    def __init__(self, logger: logging.Logger) -> None:
        self.logger = logger

    def debug(self, *args: object, **kwargs: object) -> None:
        pass

    def __getattr__(self, name: str) -> object:
        return getattr(self.logger, name)


def quiet_block_debug() -> None:
    """Skip the debug calls of markdown-it-py's block rules whose logger does not show
    debug messages now (a logger set to show them keeps them)."""
    for name in _LOGGING_BLOCK_RULES:
        module = importlib.import_module(f"markdown_it.rules_block.{name}")
        logger = getattr(module, "LOGGER", None)
        if isinstance(logger, logging.Logger) and not logger.isEnabledFor(logging.DEBUG):
            module.LOGGER = _QuietDebug(logger)
