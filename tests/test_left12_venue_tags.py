"""A work announced after a venue tag (``[ICASSP 2025] A new variant of X is released.``)
is a paper, as a paper linked on arXiv is when its words say only news (issue 8, c9's
form); the press covering it stays news, and a verb saying another type still decides.
Types read back from ``feeds list --json`` with ``json``.
"""

from __future__ import annotations

import json

import pytest

from .cli_run import feeds

ROWS = [
    ("**12/2024.** [ICASSP 2025] A new variant of the cog model is released.", "paper"),
    ("**Dec 2024** [GearConf 2025] Our widget model is now out!", "paper"),
    ("**Dec 2024** [GearConf 2025] We announced CogNet, a model of cogs.", "paper"),
    # the press, another type, or no venue tag: as before
    ("**Dec 2024** [GearConf 2025] Our work was featured in the Cog Times.", "news"),
    ("**Dec 2024** [GearConf 2025] Gave a talk on widget models.", "talk"),
    ("**Dec 2024** A new variant of the cog model is released.", "news"),
    ("**Dec 2024** [Team Cog] Our new lab website is released.", "news"),
]


@pytest.mark.parametrize(("item", "type_"), ROWS, ids=[r[0] for r in ROWS])
def test_a_work_announced_after_a_venue_tag_is_a_paper(tmp_path, item, type_):
    page = tmp_path / "news.md"
    page.write_text(f"## News\n\n- {item}\n", encoding="utf-8")
    ran = feeds("list", "--json", "--now", "2025-05-01", "--content", str(page))
    assert ran.returncode == 0, ran.stderr
    assert [i["type"] for i in json.loads(ran.stdout)] == [type_]
