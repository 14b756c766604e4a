"""A page saved as UTF-16 with a byte-order mark (Windows "Unicode") is read like UTF-8;
UTF-16 without a BOM, UTF-32 and bytes that are no UTF-8 are refused in one line naming
the file and line; a NUL character in a UTF-8 page is dropped, never shown as "�"."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from tests.cli_run import feeds

PAGE = (
    "---\ntitle: Me\n---\n\n## News\n\n"
    "- **[Mar 2024]** Gave a talk on café geometry in Zürich.\n"
    "- **[Feb 2024]** Our paper “Toy proofs” was accepted.\n"
)
EXPECTED = [
    ("Gave a talk on café geometry in Zürich", "2024-03"),
    ("Our paper “Toy proofs” was accepted", "2024-02"),
]


def listed(folder: Path, data: bytes):
    page = folder / "index.md"
    page.write_bytes(data)
    ran = feeds("list", "--json", "--now", "2024-05-01", "--content", str(page))
    return ran


@pytest.mark.parametrize(
    "data",
    [
        PAGE.encode("utf-8"),
        codecs.BOM_UTF8 + PAGE.encode("utf-8"),
        codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + PAGE.encode("utf-16-be"),
        codecs.BOM_UTF16_LE + PAGE.replace("\n", "\r\n").encode("utf-16-le"),
        PAGE.encode("utf-16"),  # Python's own: a BOM, then the machine's order
    ],
)
def test_utf8_and_utf16_with_a_bom_read_alike(tmp_path, data):
    ran = listed(tmp_path, data)
    assert ran.returncode == 0, ran.stderr
    found = [(i["title"], i["start"]) for i in json.loads(ran.stdout)]
    assert found == EXPECTED


@pytest.mark.parametrize(
    ("data", "said"),
    [
        (PAGE.encode("utf-16-le"), "index.md:1: UTF-16 text without a byte-order mark"),
        (PAGE.encode("utf-16-be"), "index.md:1: UTF-16 text without a byte-order mark"),
        (PAGE.encode("utf-32"), "index.md:1: UTF-32 text"),
        (PAGE.encode("latin-1", errors="replace"), "index.md:7: not UTF-8 text (byte 0xe9)"),
        (  # a lone surrogate half on line 8
            codecs.BOM_UTF16_LE + PAGE.encode("utf-16-le") + b"\x00\xd8",
            "index.md:9: not UTF-16 text",
        ),
    ],
)
def test_other_encodings_are_refused_in_one_line(tmp_path, data, said):
    ran = listed(tmp_path, data)
    assert ran.returncode == 1
    (line,) = ran.stderr.strip().splitlines()
    assert said in line and line.endswith("save the file as UTF-8"), line


def test_a_nul_in_a_utf8_page_is_dropped_not_shown(tmp_path):
    data = PAGE.replace("café", "ca\x00fé").replace("Toy", "\x00Toy").encode("utf-8")
    ran = listed(tmp_path, data)
    assert ran.returncode == 0, ran.stderr
    found = [(i["title"], i["start"]) for i in json.loads(ran.stdout)]
    assert found == EXPECTED
    assert "\ufffd" not in ran.stdout and "\\u0000" not in ran.stdout
