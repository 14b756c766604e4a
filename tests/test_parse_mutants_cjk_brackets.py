"""A date in CJK brackets opening an item (``parse/cjk_brackets.py``), the form mutation
testing found unguarded (issue 14, bench/mutation_parse.md, session 20): the words right
after the closing bracket, with no space, keep their first character. A page in, the
item's title and date out, written here from the item."""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.parse import parse_page

ROWS = [
    ("【2026.09】対談動画が公開されました。", "対談動画が公開されました。", "2026-09"),
    ("〔2026.06.12〕Our dataset of cracks was released.", "Our dataset of cracks was released",
     "2026-06-12"),
]  # fmt: skip


@pytest.mark.parametrize(("item", "title", "date"), ROWS)
def test_words_right_after_the_bracket(item: str, title: str, date: str) -> None:
    (one,) = parse_page(Path("news.md"), text=f"# Me\n\n## News\n\n- {item}\n")[1]
    assert one.span is not None
    assert (one.title, one.span.start_iso) == (title, date)
