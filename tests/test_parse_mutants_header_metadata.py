"""Pelican's ``Key: value`` lines opening a Markdown page (``feeds.parse.header_metadata``
through ``split_front_matter``): the forms the mutation run of session 22 found untested
(bench/mutation_parse.md, "Session 22: mutate13e"). Expectations written from the text."""

from __future__ import annotations

import pytest

from feeds.parse.front_matter import split_front_matter

NEWS = "".join(f"- [May {2016 - n}] Item {n}\n" for n in range(70))  # a long page
FIELDS = [f"Key{n}: value {n}" for n in range(1, 59)]

PAGES = [  # (the page, its metadata, the body's first line)
    ("Title: News\nDate: 2016\n\n" + NEWS, {"title": "News", "date": "2016"}, ""),
    ("\nTitle: News\nDate: 2016\n\nx\n", {}, ""),  # not on the first line: no metadata
    ("\ufeffTitle: News\n\nx\n", {"title": "News"}, ""),
    ("XTitle: News\n\nx\n", {}, "XTitle: News"),
    ("Title: A page\nSummary: one,\n\ttwo\n\nx\n", {"title": "A page", "summary": "one, two"}, ""),
    ("\n".join(["Title: News", *FIELDS, "", "x"]), {"title": "News", "key58": "value 58"}, ""),
    ("\n".join(["Title: News", *FIELDS, "Key59: v", "", "x"]), {}, "Title: News"),  # 60 lines
]  # fmt: skip


@pytest.mark.parametrize(("text", "meta", "first"), PAGES)
def test_metadata_lines(text: str, meta: dict[str, str], first: str) -> None:
    found, body = split_front_matter(text)
    assert {k: v for k, v in found.items() if k in ("title", "date", "summary", "key58")} == meta
    assert len(found) == (len(FIELDS) + 1 if "key58" in meta else len(meta))
    assert body.split("\n")[0] == first
    assert body.count("\n") == text.count("\n")  # every line keeps its number
    assert body.rstrip("\n").split("\n")[-1] == text.rstrip("\n").split("\n")[-1]  # the end kept
