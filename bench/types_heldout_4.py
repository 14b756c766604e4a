"""A fourth held-out table of item types: 10 talks, 10 papers, 7 news items, 3 events.

Written (in our own words, several languages) before the fourth round of tuning on real
homepages (issue 8, corpus C3: sentence openings mistaken for labels, the main verb of
long sentences, workshops taught, Chinese 作报告, op-eds), scored before and after,
never tuned on. Run: ``python bench/types_heldout_4.py``. Not a test: it prints, asserts
nothing.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from types_measure import report  # noqa: E402

TALKS = [
    "Ran a hands-on tutorial on causal inference at the Lisbon data week.",
    "Led a two-day workshop on Bayesian workflow for ecologists in Uppsala.",
    "Big news: I gave the opening lecture of the graph theory summer school in Prague.",
    "Taught a masterclass on remote sensing at the Nairobi AI summit.",
    "出席第五届计算语言学研讨会，并作特邀报告。",
    "在示范大学物理学院做了一场关于冷原子的报告。",
    "参加全国地理学年会，展示了关于城市热岛的海报。",
    "日本統計学会の春季大会で招待講演を行いました。",
    "Di una charla sobre redes neuronales en la Universidad de Granada.",
    "Ich habe auf der Jahrestagung der DMV einen Vortrag über Knotentheorie gehalten.",
]
PAPERS = [
    "Fresh preprint: a faster solver for sparse eigenproblems, now on arXiv.",
    "Our latest study: pollinator decline and crop yields is out, open access, in Ecology Letters.",
    "Update: my master's thesis project on ice sheets was accepted to The Cryosphere.",
    "The work I did during my internship at Example Labs has been accepted at KDD 2026.",
    "Our two works on (a) sparse attention and (b) token pruning were accepted by EMNLP 2025.",
    "Out now in Physical Review E, and presented at the APS March Meeting.",
    "我们关于图神经网络鲁棒性的工作被 AAAI 2026 录用。",
    "本研究室の論文が Journal of Fluid Mechanics に掲載されました。",
    "Notre article sur la dynamique des glaciers est paru dans Nature Geoscience.",
    "Nosso trabalho sobre dengue foi aceito na revista PLOS NTDs.",
]
NEWS = [
    "Wrote an opinion piece for the Financial Times on bank regulation.",
    "Our op-ed on heat policy was published in the Boston Globe.",
    "A blog post on reproducible pipelines is up on the lab website.",
    "New role: I am now the graduate admissions contact for the department.",
    "在示范日报发表评论文章，讨论人工智能与就业。",
    "Publié une tribune dans Libération sur la recherche publique.",
    "Our group moved into the new science building.",
]
# Written as news at first; by the project's types (issue 8 §4) attending or organising
# is an event: relabelled before any tuning, the first score counted them as misses.
EVENTS = [
    "Attended the Gordon Research Conference on cell polarity.",
    "Organised a workshop on open hardware at the Example Institute.",
    "Lab retreat in the Alps this week, great discussions!",
]

HELD_OUT_4: list[tuple[str, str]] = [
    *((text, "talk") for text in TALKS),
    *((text, "paper") for text in PAPERS),
    *((text, "news") for text in NEWS),
    *((text, "event") for text in EVENTS),
]

if __name__ == "__main__":
    assert [len(t) for t in (TALKS, PAPERS, NEWS, EVENTS)] == [10, 10, 7, 3]
    report("held out, round 4 (never tuned on)", HELD_OUT_4, show_misses=True)
