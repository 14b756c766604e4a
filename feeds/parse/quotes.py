"""News written inside a block quote (``> - **Dec 2023**: Talk at Yale``, ``> **Oct 2023**:
Joined X``), as some pages box their news: a reader sees the list or the paragraphs the
quote holds, so they are read as if written without it."""

from __future__ import annotations

from markdown_it.token import Token


def unquoted(tokens: list[Token]) -> list[Token]:
    """``tokens`` without their block-quote tokens, what a quote held one level up for
    each quote around it (its source lines kept)."""
    if not any(t.type == "blockquote_open" for t in tokens):
        return tokens
    out: list[Token] = []
    depth = 0
    for tok in tokens:
        if tok.type == "blockquote_open":
            depth += 1
        elif tok.type == "blockquote_close":
            depth -= 1
        else:
            if depth:
                tok.level -= depth
            out.append(tok)
    return out
