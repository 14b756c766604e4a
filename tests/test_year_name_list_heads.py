"""A list entry whose head is a year and a short name without a colon (``- 2021 Talks``,
``- **2021** news``, ``- 2021 Invited talks and seminars``, ``- Talks 2021``) heads a
group of that year, as ``- 2021: Talks`` does: the entries under it take the year when
they say less (issue 8, a form a session noticed and left). The same in raw HTML
(``<li><b>2021</b> Talks<ul>…``) and for a head written in two paragraphs (``- 2021``, a
blank line, ``Talks``). Pages in our own words, read back from ``feeds list --json``
with ``json``.
"""

from __future__ import annotations

import json

import pytest

from .cli_run import feeds

# (the entry's head, its sub-entries, the items expected: title, start, type)
HEADS = [
    (  # the form noticed: a year, a space, a name
        "2021 Talks",
        ["Gave a talk at the Loom Society (Oct 3)", "Talk at the Mill Museum"],
        [
            ("Gave a talk at the Loom Society", "2021-10-03", "talk"),
            ("Talk at the Mill Museum", "2021", "talk"),
        ],
    ),  # fmt: skip
    (  # the year in bold, the name in lower case
        "**2019** news",
        ["Paper on looms accepted at ICML"],
        [("Paper on looms accepted at ICML", "2019", "paper")],
    ),
    (  # a longer name (four words after the year)
        "2020 Invited talks and seminars",
        ["Gave a talk at the Weavers' Guild (May 12)"],
        [("Gave a talk at the Weavers' Guild", "2020-05-12", "talk")],
    ),
    (  # the year after the name
        "Talks 2017",
        ["Gave a talk at the Loom Society (Feb 9)"],
        [("Gave a talk at the Loom Society", "2017-02-09", "talk")],
    ),
    (  # a dash between (read already; kept so)
        "2018 — Talks",
        ["Gave a talk at the Mill Museum (Jun 1)"],
        [("Gave a talk at the Mill Museum", "2018-06-01", "talk")],
    ),
    (  # a sub-entry with its own full date keeps it
        "2022 Papers",
        ["Paper on spindles accepted at ICLR (Jan 2023)"],
        [("Paper on spindles accepted at ICLR", "2023-01", "paper")],
    ),
]

# Heads that stay one item with its sub-list as body: a sentence after the year.
ITEMS = [
    (
        "2021 Gave a long talk on card readers at the Loom Society",
        ["Slides online"],
        "2021 Gave a long talk on card readers at the Loom Society",
    ),
    (
        "Talks on card readers (see below) 2021",
        ["Slides online"],
        "Talks on card readers (see below) 2021",
    ),
]


def _markdown(head: str, subs: list[str]) -> str:
    return f"- {head}\n" + "".join(f"  - {sub}\n" for sub in subs)


def _html(head: str, subs: list[str]) -> str:
    head = head.replace("**", "<b>", 1).replace("**", "</b>", 1)
    inner = "".join(f"<li>{sub}</li>" for sub in subs)
    return f"<ul>\n<li>{head}<ul>{inner}</ul></li>\n</ul>\n"


def _listed(tmp_path, news: str) -> list[dict]:
    page = tmp_path / "index.md"
    page.write_text(f"# Ada\n\n## News\n\n{news}\n## Teaching\n\nNone.\n", encoding="utf-8")
    ran = feeds("list", "--json", "--now", "2026-11-27", "--content", str(page))
    assert ran.returncode == 0, ran.stderr
    return json.loads(ran.stdout)


@pytest.mark.parametrize("markup", [_markdown, _html], ids=["markdown", "html"])
@pytest.mark.parametrize(("head", "subs", "expected"), HEADS, ids=[row[0] for row in HEADS])
def test_a_year_and_a_name_head_a_group_of_that_year(tmp_path, markup, head, subs, expected):
    listed = _listed(tmp_path, markup(head, subs))
    assert [(i["title"], i["start"], i["type"]) for i in listed] == expected


@pytest.mark.parametrize("markup", [_markdown, _html], ids=["markdown", "html"])
@pytest.mark.parametrize(("head", "subs", "title"), ITEMS, ids=[row[0] for row in ITEMS])
def test_a_sentence_after_a_year_is_one_item(tmp_path, markup, head, subs, title):
    (item,) = _listed(tmp_path, markup(head, subs))
    assert item["title"].startswith(title[:20])


def test_a_head_in_two_paragraphs(tmp_path):
    news = "- 2021\n\n  Talks\n  - Gave a talk at the Loom Society (Oct 3)\n"
    listed = _listed(tmp_path, news)
    assert [(i["title"], i["start"]) for i in listed] == [
        ("Gave a talk at the Loom Society", "2021-10-03")
    ]
