"""Item types in forms read on held-out homepages (c40; rows written for these tests).

- Japanese ``掲載`` is a paper when a journal publishes the work (``論文が…誌に掲載``), but
  what the site itself posts (``ホームページに…を掲載``) or a renewed site now shows
  (``ウェブサイトをリニューアルしました。…情報を掲載しています``) is news.
"""

from __future__ import annotations

import pytest

from .type_table import NEWS, PAPER, type_of_first

JA_ROWS = [
    # the site renewed or opened, and what it now shows
    (
        "研究室のウェブサイトをリニューアルしました。研究内容やメンバーの情報を掲載しています。",
        NEWS,
    ),
    ("研究室のホームページを開設しました。", NEWS),
    ("ホームページに今年度のゼミ日程を掲載しました。", NEWS),
    ("ウェブサイト上に新しい論文リストを掲載しました。", NEWS),
    # a journal publishing the work stays a paper
    ("山田の論文がPond Letters誌に掲載されました。", PAPER),
    ("論文がJournal of Web Pagesに掲載されました。", PAPER),
    ("研究室のウェブサイトで紹介した研究の論文がPond Letters誌に掲載されました。", PAPER),
]


@pytest.mark.parametrize(("item", "expected"), JA_ROWS)
def test_c40_japanese_posted_forms(item: str, expected: str) -> None:
    assert type_of_first(item) == expected
