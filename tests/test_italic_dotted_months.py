"""News items opening with an italic dotted year and month, as acad-homepage pages write
them in Chinese: ``- *2026.6*: &nbsp;🎉🎉 text``, a range ``*2024.6 - 2025.1:*`` (the colon
inside the emphasis or after it), months unpadded, loose list (blank lines between)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli_run import feeds

PAGE = """# 🔥 新闻

- *2026.6*: &nbsp;🎉🎉  被评选为[**优秀风筝学生**](https://example.org/a).

- *2025.7 - 2026.6*: &nbsp;🎉🎉   前往[**风筝实验室**](https://example.org/b)交流实习.

- *2025.3:* &nbsp;一篇论文被**KITE**接收.

- *2024.6 - 2025.1:* &nbsp;🎉🎉   前往[**风筝学校交流学习**](https://example.org/c).

# 📝 论文

- *2023.1*: 不是新闻.
"""


def test_italic_dotted_months_and_ranges(tmp_path: Path):
    (tmp_path / "index.md").write_text(PAGE, encoding="utf-8")
    ran = feeds("list", "--json", "--now", "2026-11-26", "--content", str(tmp_path / "index.md"))
    assert ran.returncode == 0, ran.stderr
    got = [(i["start"], i["end"], i["precision"], i["title"]) for i in json.loads(ran.stdout)]
    assert got == [
        ("2026-06", None, "month", "被评选为优秀风筝学生"),
        ("2025-07", "2026-06", "month", "前往风筝实验室交流实习"),
        ("2025-03", None, "month", "一篇论文被KITE接收"),
        ("2024-06", "2025-01", "month", "前往风筝学校交流学习"),
    ]
