"""公開 (made public) is a paper when a paper, a preprint or a dataset is made public, not
when the author's own website, page or blog goes online (issue 8: a bilingual site's
Japanese news, now read, said its website was published). Rows written for this test."""

from __future__ import annotations

import pytest

from .type_table import type_of_first

ROWS = [
    ("ウェブサイトを公開しました。", "news"),
    ("ホームページを公開しました。", "news"),
    ("研究室のブログが公開されました。", "news"),
    ("論文がarXivで公開されました。", "paper"),
    ("プレプリントを公開しました。", "paper"),
]


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_made_public(item: str, expected: str) -> None:
    assert type_of_first(item) == expected
