"""An HTML card whose meta line holds its tag as a list (``<ul class="tags"><li>Paper
</li></ul>``, as themes write tag lists) is one item: its text the title, its tags the
label, its date the item's (issue 8, noticed and left by an earlier session). Read back
from ``feeds list --json`` with ``json``.
"""

from __future__ import annotations

import json

import pytest

from .cli_run import feeds

NOW = "2024-05-01"


def _card(meta_tag: str, body: str, date: str = "May 2024") -> str:
    return (
        f'<div class="item"><div class="meta"><span>{date}</span>{meta_tag}</div>'
        f"<p>{body}</p></div>\n"
    )


TAG_LISTS = [
    ('<ul class="tags"><li>Paper</li></ul>', "Our work on robots.", "paper", "Paper"),
    ('<div><ul class="tags"><li>Talk</li></ul></div>', "Spoke at the Gear Seminar.", "talk",
     "Talk"),
    ('<ol class="tags"><li>Paper</li><li>Robots</li></ol>', "Our work on robots.", "paper",
     "Paper, Robots"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("tags", "body", "type_", "kind"), TAG_LISTS, ids=[r[0] for r in TAG_LISTS]
)
def test_a_cards_tag_list_is_its_label(tmp_path, tags, body, type_, kind):
    page = tmp_path / "index.html"
    cards = _card(tags, body) + _card('<span class="tag">Award</span>', "We won the Cog Prize.",
                                      "Mar 2024")  # fmt: skip
    page.write_text(f"<html><body><h2>News</h2>\n<div>\n{cards}</div></body></html>\n")
    ran = feeds("list", "--json", "--now", NOW, "--content", str(page))
    assert ran.returncode == 0, ran.stderr
    listed = json.loads(ran.stdout)
    assert [(i["title"], i["start"], i["type"], i["kind"]) for i in listed] == [
        (body.rstrip("."), "2024-05", type_, kind),
        ("We won the Cog Prize", "2024-03", "award", "Award"),
    ]


def test_a_list_of_sentences_in_a_meta_line_is_no_tag_list(tmp_path):
    page = tmp_path / "index.html"
    tags = "<ul><li>We went to the Gear Fair in Lyon with the whole lab.</li></ul>"
    page.write_text(
        f"<html><body><h2>News</h2>\n<div>\n{_card(tags, 'Our work on robots.')}</div>"
        "</body></html>\n"
    )
    ran = feeds("list", "--json", "--now", NOW, "--content", str(page))
    assert ran.returncode == 0, ran.stderr
    titles = [i["title"] for i in json.loads(ran.stdout)]
    assert "We went to the Gear Fair in Lyon with the whole lab" in titles
