"""A card's tag of four or five words (``<ul class="tags"><li>Best student paper
award</li></ul>``, ``<span class="tag">Best student paper award</span>``) is its
label, as a bold label of up to five words is in Markdown: the card stays one dated
item, its text the title (it lost its text and date: an undated item "Best student paper
award", or a dated one without the card's text). Found by mutation testing (``_tag_list``
mutant 27, bench/mutation_parse.md "Session 21: fix12-cards"). A sentence in the meta
line is still no tag. Pages in our own words, read back from ``feeds list --json`` with
``json``.
"""

from __future__ import annotations

import json

import pytest

from .cli_run import feeds


def _card(tag: str, body: str, date: str = "May 2024") -> str:
    return (
        f'<div class="item"><div class="meta"><span>{date}</span>{tag}</div><p>{body}</p></div>\n'
    )


TAGS = [
    ('<ul class="tags"><li>Best student paper award</li></ul>', "Best student paper award"),
    ('<ul class="tags"><li>Best student paper award nominee</li></ul>',
     "Best student paper award nominee"),
    ('<div><ul><li>Best student paper award</li><li>Robots</li></ul></div>',
     "Best student paper award, Robots"),
    ('<span class="tag">Best student paper award</span>', "Best student paper award"),
    ('<span class="badge">Best student paper award</span>', "Best student paper award"),
]  # fmt: skip


@pytest.mark.parametrize(("tag", "kind"), TAGS, ids=[t for t, _ in TAGS])
def test_a_tag_of_four_or_five_words_labels_the_card(tmp_path, tag, kind):
    page = tmp_path / "index.html"
    cards = _card(tag, "Our loom paper won at KDD.") + _card(
        '<span class="tag">Talk</span>', "Spoke at the Gear Seminar.", "Mar 2024"
    )
    page.write_text(f"<html><body><h2>News</h2>\n<div>\n{cards}</div></body></html>\n")
    ran = feeds("list", "--json", "--now", "2024-06-01", "--content", str(page))
    assert ran.returncode == 0, ran.stderr
    listed = json.loads(ran.stdout)
    assert [(i["title"], i["start"], i["type"], i["kind"]) for i in listed] == [
        ("Our loom paper won at KDD", "2024-05", "award", kind),
        ("Spoke at the Gear Seminar", "2024-03", "talk", "Talk"),
    ]
