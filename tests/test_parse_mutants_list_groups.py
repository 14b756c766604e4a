"""List entries holding a sub-list inside a year (``### 2021`` or ``- 2021``): the forms
the mutation run of session 22 found untested (bench/mutation_parse.md, "Session 22:
mutate13e"), two of them lost news before its fix: ``- Oct 3: Joined Acme`` (a day
without its year) and ``- Joined Acme [Oct 2021]`` (a date in brackets at the end), each
with details below, were read as group headings and their own words dropped. Pages in
our own words, Markdown and raw HTML, read back from ``feeds list --json`` (``json``)."""

from __future__ import annotations

import json

import pytest

from .cli_run import feeds

# (the entry's text, its sub-entries, the items expected: title, start, type)
NESTED = [
    ("Oct 3: Joined Acme", ["On card readers"], [("Joined Acme", "2021-10-03", "position")]),
    ("Joined Acme, Oct 3", ["A team of five"], [("Joined Acme", "2021-10-03", "position")]),
    ("Joined Acme [Oct 2021]", ["A team of five"], [("Joined Acme", "2021-10", "position")]),
    ("Dec 2020 – Jan 2021", ["Talk at MIT"], [("Talk at MIT", "2021", "talk")]),
    ("[ ]", ["Paper accepted at ICML"], [("Paper accepted at ICML", "2021", "paper")]),
    ("Talks [Oct 5]", ["Talk at MIT"], [("Talk at MIT", "2021-10", "talk")]),
    ("Talks", ["Talk at MIT"], [("Talk at MIT", "2021", "talk")]),
    ("Oct 3", ["Talk at MIT"], [("Talk at MIT", "2021-10", "talk")]),
    ("Oct 3:", ["Talk at MIT"], [("Talk at MIT", "2021-10", "talk")]),
    ("May", ["Talk at MIT"], [("Talk at MIT", "2021-05", "talk")]),
    ("2021: Papers and talks", ["Talk at MIT"], [("Talk at MIT", "2021", "talk")]),
    ("Joined Acme, Oct 3:", ["A team of five"],  # one item (its title keeps the date
     [("Joined Acme, Oct 3", "2021-10-03", "position")]),  # before a colon: title.py's)
    ("Talks and papers, 2021", ["Talk at MIT"],
     [("Talk at MIT", "2021", "talk")]),
    ("Dec 2020 – Jan 2021: Talks", ["Talk at MIT"],
     [("Talk at MIT", "2021", "talk")]),
]  # fmt: skip


def _markdown(head: str, subs: list[str]) -> str:  # in a year group
    return f"- 2021\n  - {head}\n" + "".join(f"    - {sub}\n" for sub in subs)


def _html(head: str, subs: list[str]) -> str:  # in a year group of its own (raw HTML does
    inner = "".join(f"<li>{sub}</li>" for sub in subs)  # not see the Markdown heading's year)
    return f"<ul>\n<li>2021<ul><li>{head}<ul>{inner}</ul></li></ul></li>\n</ul>\n"


@pytest.mark.parametrize("markup", [_markdown, _html], ids=["markdown", "html"])
@pytest.mark.parametrize(("head", "subs", "expected"), NESTED, ids=[row[0] for row in NESTED])
def test_an_entry_with_a_sub_list_in_a_year(tmp_path, markup, head, subs, expected):
    page = tmp_path / "index.md"
    news = markup(head, subs)
    page.write_text(f"# Ada\n\n## News\n\n{news}\n## Teaching\n\nNone.\n", "utf-8")
    ran = feeds("list", "--json", "--now", "2026-11-27", "--content", str(page))
    assert ran.returncode == 0, ran.stderr
    listed = json.loads(ran.stdout)
    assert [(i["title"], i["start"], i["type"]) for i in listed] == expected


def test_a_heading_inside_a_month_group(tmp_path):
    """``<h4>`` straight inside a ``<ul>`` (browsers show it): the month still dates the
    entries after it."""
    page = tmp_path / "index.md"
    news = "<ul>\n<li>Nov 2018<ul><h4>Talks</h4><li>Talk at MIT</li></ul></li>\n</ul>\n"
    page.write_text(f"# Ada\n\n## News\n\n{news}\n## Teaching\n\nNone.\n", "utf-8")
    ran = feeds("list", "--json", "--now", "2026-11-27", "--content", str(page))
    assert ran.returncode == 0, ran.stderr
    listed = json.loads(ran.stdout)
    assert [(i["title"], i["start"], i["type"]) for i in listed] == [
        ("Talk at MIT", "2018-11", "talk")
    ]
