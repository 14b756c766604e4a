"""Types in forms noticed and left by an earlier session (issue 8), in our own words: an
aside in parentheses about someone else (``(applying to PhD positions!)``) does not type
a paper; one saying what was done there (``Attended X (poster presentation)``) still
decides what the main clause leaves. Types read back with ``json``.
"""

from __future__ import annotations

import pytest

from .cli_run import bullets_listed

NOW = "2024-05-01"


def _listed(tmp_path, items: list[str], heading: str = "") -> list[dict]:
    return bullets_listed(tmp_path, items, heading, NOW)


ASIDES = [
    # about someone else: the paper stays a paper
    ("New [preprint on sparse cogs](https://arxiv.org/abs/2311.00001) led by "
     "[A. Student](https://a.example.org/) (applying to PhD positions!)", "paper"),
    ("New [preprint on sparse cogs](https://arxiv.org/abs/2311.00001) with "
     "[A. Student](https://a.example.org/) (who just joined the lab)", "paper"),
    ("New preprint on sparse cogs led by A. Student (who just joined the lab).", "paper"),
    ("Our [widget paper](https://arxiv.org/abs/2311.00002) is out (A. Student is on the job "
     "market!).", "paper"),
    ("Gave a talk at CogConf (my student joined GearLab as a postdoc).", "talk"),
    # the linked title was all there was to read: its words stand
    ("[Master's thesis defense](/publication/cogs/defense.pdf)! (Thanks to my advisor.)",
     "position"),
    # saying what was done there: it decides
    ("Poster at CogConf 2024 (won the best poster award!)", "award"),
    ("Oral presentation at CogConf 2024 (received the Best Paper Award).", "award"),
    ("Attended CogConf (poster presentation on widgets).", "talk"),
    ("Attended CogConf 2023 (gave a poster presentation on widgets).", "talk"),
    ("Attended CogConf (invited talk).", "talk"),
    ("Our paper on widgets was accepted to CogConf (oral presentation!).", "paper"),
    ("Received the Widget Award (for our paper on cogs).", "award"),
    ("Joined GearLab as a postdoc (funded by the Widget Fellowship).", "position"),
]  # fmt: skip


@pytest.mark.parametrize(("item", "type_"), ASIDES, ids=[r[0][:60] for r in ASIDES])
def test_an_aside_types_only_what_the_main_clause_leaves(tmp_path, item, type_):
    (got,) = _listed(tmp_path, [f"**Nov 2023** {item}"])
    assert got["type"] == type_
