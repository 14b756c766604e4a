"""A white paper (白皮书) is a paper (issue 8): released, jointly released or tagged as one;
attending its launch is still an event. Items written for these tests; types read back from
``feeds list --json``."""

from __future__ import annotations

import pytest

from tests.test_leftover_forms import listed

WHITE_PAPERS = [
    ("📑【白皮书+1】某大学与医院联合发布《**语音大模型安全白皮书**》", "paper"),
    ("我们的白皮书正式上线", "paper"),
    ("参加《人工智能白皮书》发布会", "event"),
    ("【论文+2】某实验室2篇论文被ACL 2025接收", "paper"),
]


@pytest.mark.parametrize(("item", "type_"), WHITE_PAPERS)
def test_a_white_paper_is_a_paper(tmp_path, item, type_):
    (one,) = listed(tmp_path, f"# 主页\n\n## 新闻\n\n- 2025-08-12: {item}\n")
    assert one["type"] == type_
