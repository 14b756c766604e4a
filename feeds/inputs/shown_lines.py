"""Text shown from a file of the site, as lines that each know the file and line they
come from, and the few ways a template cuts it into lines and joins them again."""

from __future__ import annotations

from typing import Any

Origin = tuple[str, int] | None
Text = list[tuple[str, Origin]]  # a string made of a file's lines: (line, its origin)


def is_text(value: Any) -> bool:
    return (
        isinstance(value, list)
        and bool(value)
        and all(
            isinstance(part, tuple) and len(part) == 2 and isinstance(part[0], str)
            for part in value
        )
    )


def split_lines(text: Any, separator: Any) -> list[Text]:
    if not is_text(text) or separator not in ("\n", "\r\n"):
        raise ValueError("only lines are split")
    return [[part] for part in text]


def delimit(items: list[Any], separator: str) -> Text:
    out: Text = []
    for at, item in enumerate(items):
        if at:
            out = joined(out, [(piece, None) for piece in separator.split("\n")])
        out = joined(out, item if is_text(item) else [(str(item), None)])
    return out


def joined(head: Text, tail: Text) -> Text:
    """``head`` then ``tail`` as one text: the last line of one and the first of the
    other become one line, of the origin of whichever has one."""
    if not head:
        return list(tail)
    if not tail:
        return list(head)
    (last, before), (first, after) = head[-1], tail[0]
    return [*head[:-1], (last + first, before or after), *tail[1:]]
