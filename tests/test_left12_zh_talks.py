"""Chinese prose whose later sentence says the person spoke, with or without the
pronoun (``参加了X。我担任报告人。``, ``参加了X。受邀作报告。``), is a talk; one saying
someone else spoke stays an event (issue 8, noticed and left by an earlier session).
Types read back from ``feeds list --json`` with ``json``.
"""

from __future__ import annotations

import pytest

from .cli_run import bullets_listed

NOW = "2024-05-01"


def _listed(tmp_path, items: list[str], heading: str = "") -> list[dict]:
    return bullets_listed(tmp_path, items, heading, NOW)


SPOKE = [
    ("参加了EXCONF 2024。我担任报告人。", "talk"),
    ("参加了EXCONF 2024。我作为报告人介绍了我们的工作。", "talk"),
    ("参加了EXCONF 2024。受邀作报告。", "talk"),
    ("参加了EXCONF 2024。我们也在会上作了口头报告。", "talk"),
    ("参加了EXCONF 2024，我担任报告人。", "talk"),
    ("出席EXCONF 2024，受邀作特邀报告。", "talk"),
    # someone else spoke: the person attended
    ("参加了EXCONF 2024。张老师作了特邀报告。", "event"),
    ("参加了EXCONF 2024。会议很成功。", "event"),
    ("参加了EXCONF 2024，学生们作了报告。", "event"),
]


@pytest.mark.parametrize(("item", "type_"), SPOKE, ids=[r[0] for r in SPOKE])
def test_chinese_second_sentence_says_the_person_spoke(tmp_path, item, type_):
    (got,) = _listed(tmp_path, [f"**2024年5月** {item}"])
    assert got["type"] == type_
