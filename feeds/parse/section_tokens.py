"""Markdown token forms the news-section collector (:mod:`.sections`) looks for: a
paragraph that is only a short bold label, a paragraph that is only one link, and the
links of an archive part."""

from __future__ import annotations

import re

from markdown_it.token import Token

# a paragraph that is one link alone ("[Older news](/news/)")
LINK_ALONE = re.compile(r"\s*\[[^\]\n]{1,120}\]\([^()\s]{1,300}\)\s*")


def bold_label(tokens: list[Token], i: int) -> str | None:
    """A paragraph that is only a short bold label (``**Upcoming**``, ``**2023:**``)."""
    if tokens[i].type != "paragraph_open" or i + 1 >= len(tokens):
        return None
    children = tokens[i + 1].children or []
    kinds = [c.type for c in children if not (c.type == "text" and c.content.strip() in ":")]
    if kinds != ["strong_open", "text", "strong_close"]:
        return None
    label = next((c.content for c in children if c.type == "text" and c.content.strip(" :")), "")
    return label.strip(" :") if 0 < len(label.split()) <= 4 else None


def archive_links(tokens: list[Token], archive: list[tuple[str, str, int]]) -> None:
    """Every link of ``tokens`` (text, target, line) onto ``archive``: the links of a news
    section's "Archive" part, read as pages of older news."""
    for tok in tokens:
        if tok.type != "inline" or not tok.children:
            continue
        line = tok.map[0] + 1 if tok.map else 0
        children = tok.children
        for k, child in enumerate(children):
            if child.type == "link_open":
                closing = next(
                    j for j in range(k, len(children)) if children[j].type == "link_close"
                )
                text = "".join(c.content for c in children[k + 1 : closing])
                archive.append((text, str(child.attrs.get("href", "")), line))
