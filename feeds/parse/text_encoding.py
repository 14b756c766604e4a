"""The text of a page's bytes: UTF-8 (with or without a BOM), or UTF-16 with a BOM.

Editors on Windows save "Unicode" text as UTF-16 with a byte-order mark; it is read as
such (little or big endian). Anything else is refused in one line naming the file's line:
bytes that are not UTF-8, UTF-32, and UTF-16 without a BOM (which would otherwise read
as UTF-8 text with a NUL after every letter). A stray NUL character (U+0000) is dropped:
it is no text a reader sees, and Markdown would turn it into "�" in a title.
"""

from __future__ import annotations

import codecs

_BOMS = (  # UTF-32's first: its little-endian BOM begins with UTF-16's
    (codecs.BOM_UTF32_LE, ""),
    (codecs.BOM_UTF32_BE, ""),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SAVE = "save the file as UTF-8"


class NotText(ValueError):
    """Bytes that are no text this reads; ``line`` is where (1-based), ``str`` says why."""

    def __init__(self, line: int, why: str):
        super().__init__(why)
        self.line = line


def decode_page(raw: bytes) -> str:
    """``raw`` as text, its BOM dropped and every NUL removed; :class:`NotText` otherwise."""
    encoding = "utf-8"
    for bom, name in _BOMS:
        if raw.startswith(bom):
            if not name:
                raise NotText(1, f"UTF-32 text; {_SAVE}")
            encoding, raw = name, raw[len(bom) :]
            break
    else:
        if _utf16_without_bom(raw):
            raise NotText(1, f"UTF-16 text without a byte-order mark; {_SAVE}")
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].decode(encoding, errors="replace").count("\n") + 1
        if encoding == "utf-8":
            why = f"not UTF-8 text (byte 0x{raw[exc.start]:02x}); {_SAVE}"
        else:
            why = f"not {encoding.upper()[:6]} text ({exc.reason}); {_SAVE}"
        raise NotText(line, why) from None
    return text.replace("\x00", "")


def _utf16_without_bom(raw: bytes) -> bool:
    """Whether ``raw`` reads as UTF-16 without a BOM: a NUL in every other byte of its
    start (ASCII letters in UTF-16), where UTF-8 text has none."""
    head = raw[:200]
    return len(head) >= 4 and (
        head[0::2].count(0) * 2 >= len(head[0::2]) or head[1::2].count(0) * 2 >= len(head[1::2])
    )
