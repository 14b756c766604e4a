"""feeds/parse/text_encoding.py (session 23: fix14-left): the bytes of a page as text, or
the one line that says why not, case by case (expected texts and lines written out)."""

from __future__ import annotations

import codecs

import pytest

from feeds.parse.text_encoding import NotText, decode_page


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        (b"", ""),
        (b"ab", "ab"),
        (b"a\x00b", "ab"),  # three bytes: too short to be UTF-16, a NUL dropped
        (b"aXbYcZd\x00", "aXbYcZd"),  # one NUL in four odd bytes: UTF-8 with a stray NUL
        (b"\x00XbYcZdW", "XbYcZdW"),  # one in four even bytes
        (b"a" * 200 + b"\x00" * 300, "a" * 200),  # NULs after the first 200 bytes: stray
        (b"\x00b" * 40 + b"ab" * 60, "b" * 40 + "ab" * 60),  # 40% of even bytes: stray NULs
        (b"a\x00" * 40 + b"ab" * 60, "a" * 40 + "ab" * 60),  # 40% of odd bytes
        (codecs.BOM_UTF8 + "é\x00".encode(), "é"),
        (codecs.BOM_UTF16_LE + "é\nx".encode("utf-16-le"), "é\nx"),
        (codecs.BOM_UTF16_BE + "é\nx".encode("utf-16-be"), "é\nx"),
        (codecs.BOM_UTF16_BE + "a\x00b".encode("utf-16-be"), "ab"),
    ],
)
def test_decoded(raw, text):
    assert decode_page(raw) == text


@pytest.mark.parametrize(
    ("raw", "line", "why"),
    [
        (b"a\x00b\x00", 1, "UTF-16 text without a byte-order mark; save the file as UTF-8"),
        (b"\x00a\x00b", 1, "UTF-16 text without a byte-order mark; save the file as UTF-8"),
        (b"aXb\x00c\x00d\x00", 1, "UTF-16 text without a byte-order mark; save the file as UTF-8"),
        (  # half the even bytes of the first 200 are NUL: refused, whatever follows them
            b"\x00b" * 50 + b"ab" * 50 + b"cc",
            1,
            "UTF-16 text without a byte-order mark; save the file as UTF-8",
        ),
        (  # half the odd bytes
            b"a\x00" * 50 + b"ab" * 50 + b"cc",
            1,
            "UTF-16 text without a byte-order mark; save the file as UTF-8",
        ),
        (codecs.BOM_UTF32_LE + "ab".encode("utf-32-le"), 1, "UTF-32 text; save the file as UTF-8"),
        (codecs.BOM_UTF32_BE + "ab".encode("utf-32-be"), 1, "UTF-32 text; save the file as UTF-8"),
        (b"a\nb\n\xff", 3, "not UTF-8 text (byte 0xff); save the file as UTF-8"),
        (codecs.BOM_UTF8 + b"\n\xe9x", 2, "not UTF-8 text (byte 0xe9); save the file as UTF-8"),
        (
            codecs.BOM_UTF16_LE + "a\nb\n".encode("utf-16-le") + b"\x00\xd8x\x00",
            3,
            "not UTF-16 text (illegal UTF-16 surrogate); save the file as UTF-8",
        ),
        (  # U+0A0A is the bytes 0a 0a: lines are counted in the text, not in bytes
            codecs.BOM_UTF16_LE + "\u0a0a".encode("utf-16-le") + b"\x00\xd8x\x00",
            1,
            "not UTF-16 text (illegal UTF-16 surrogate); save the file as UTF-8",
        ),
        (
            codecs.BOM_UTF16_BE + "a\n".encode("utf-16-be") + b"\xdc\x00",
            2,
            "not UTF-16 text (illegal encoding); save the file as UTF-8",
        ),
    ],
)
def test_refused(raw, line, why):
    with pytest.raises(NotText) as told:
        decode_page(raw)
    assert (told.value.line, str(told.value)) == (line, why)
