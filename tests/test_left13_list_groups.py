"""A list entry holding a sub-list is a group heading only when its own text is a date
or a short name (``- 2021``, ``- Nov 2018``, ``- Talks``, ``- 2021: Talks``): the entries
below are the items, dated by it. An entry with its own date and sentence (``- Oct
2021: Joined the Loom Lab`` + indented details) is one item, its sub-list the details,
dated or not (nested entries belong to their parent) (issue 8, a form noticed and left
by an earlier session). The same in Markdown and in raw HTML
(``<li>…<ul><li>…</li></ul></li>``). Pages in our own words, read back from
``feeds list --json`` with ``json``.
"""

from __future__ import annotations

import json

import pytest

from .cli_run import feeds

# (the entry's text, its sub-entries, the items expected: title, start, type)
NESTED = [
    (  # the form noticed: a dated sentence with undated details below
        "Oct 2021: Joined Acme",
        ["Working on card readers", "A team of five"],
        [("Joined Acme", "2021-10", "position")],
    ),
    (  # the date in bold, a longer sentence
        "**Oct 2021**: Joined the Loom Lab",
        ["Working on card readers", "A team of five"],
        [("Joined the Loom Lab", "2021-10", "position")],
    ),
    (  # the date at the end
        "Joined Acme, Oct 2021",
        ["Working on card readers", "A team of five"],
        [("Joined Acme", "2021-10", "position")],
    ),
    (  # the date in brackets first
        "[Oct 2021] Joined Acme",
        ["Working on card readers"],
        [("Joined Acme", "2021-10", "position")],
    ),
    (  # the day, and one detail
        "March 3, 2022: Defended my thesis on looms",
        ["Thanks to my committee"],
        [("Defended my thesis on looms", "2022-03-03", "position")],
    ),
    (  # a dated sentence over entries dated on their own: one item, they are its body
        "Oct 2021: Gave three talks on card readers",
        ["Talk at the Loom Society (Oct 3, 2021)", "Talk at the Mill Museum (Oct 9, 2021)"],
        [("Gave three talks on card readers", "2021-10", "talk")],
    ),
    (  # the same, short (it was a group: the head's words were lost)
        "Oct 2021: Two talks",
        ["Talk at the Loom Society (Oct 3, 2021)", "Talk at the Mill Museum (Oct 9, 2021)"],
        [("Two talks", "2021-10", "talk")],
    ),
    (  # a year alone: a group that dates its entries
        "2020",
        ["Paper on looms accepted at ICML", "Talk at the Mill Museum (May 2020)"],
        [
            ("Paper on looms accepted at ICML", "2020", "paper"),
            ("Talk at the Mill Museum", "2020-05", "talk"),
        ],
    ),  # fmt: skip
    (  # a month alone, in bold: its month too
        "**Nov 2018**",
        ["Paper on looms accepted at NeurIPS"],
        [("Paper on looms accepted at NeurIPS", "2018-11", "paper")],
    ),
    (  # a year and a short name: a group of that year
        "2021: Talks",
        ["Talk at the Loom Society", "Talk at the Mill Museum"],
        [("Talk at the Loom Society", "2021", "talk"), ("Talk at the Mill Museum", "2021", "talk")],
    ),  # fmt: skip
    (  # a short name alone: a group
        "Talks",
        ["Talk at the Loom Society (Feb 2017)"],
        [("Talk at the Loom Society", "2017-02", "talk")],
    ),
]


def _markdown(head: str, subs: list[str]) -> str:
    return f"- {head}\n" + "".join(f"  - {sub}\n" for sub in subs)


def _html(head: str, subs: list[str]) -> str:
    head = head.replace("**", "<b>", 1).replace("**", "</b>", 1)
    inner = "".join(f"<li>{sub}</li>" for sub in subs)
    return f"<ul>\n<li>{head}<ul>{inner}</ul></li>\n</ul>\n"


@pytest.mark.parametrize("markup", [_markdown, _html], ids=["markdown", "html"])
@pytest.mark.parametrize(("head", "subs", "expected"), NESTED, ids=[row[0] for row in NESTED])
def test_a_list_entry_with_a_sub_list(tmp_path, markup, head, subs, expected):
    page = tmp_path / "index.md"
    news = markup(head, subs)
    page.write_text(f"# Ada\n\n## News\n\n{news}\n## Teaching\n\nNone.\n", encoding="utf-8")
    ran = feeds("list", "--json", "--now", "2026-11-27", "--content", str(page))
    assert ran.returncode == 0, ran.stderr
    listed = json.loads(ran.stdout)
    assert [(i["title"], i["start"], i["type"]) for i in listed] == expected


@pytest.mark.parametrize("markup", [_markdown, _html], ids=["markdown", "html"])
def test_the_details_under_a_dated_entry_are_its_body(tmp_path, markup):
    page = tmp_path / "index.md"
    news = markup("Oct 2021: Joined Acme", ["Working on card readers", "A team of five"])
    page.write_text(f"# Ada\n\n## News\n\n{news}\n", encoding="utf-8")
    out = tmp_path / "out"
    ran = feeds(
        "build", "--content", str(page), "--out", str(out), "--now", "2026-11-27",
        "--site-url", "https://ada.example.org/",
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    (item,) = json.loads((out / "feed.json").read_text(encoding="utf-8"))["items"]
    assert item["title"] == "Joined Acme"
    assert "Working on card readers" in item["content_html"]
    assert "A team of five" in item["content_html"]
