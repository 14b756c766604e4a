"""A year (or month) heading written with markup around its date, as Jekyll sites do: a
kramdown attribute list (``### 2021 {#y2021}``), an anchor (``### <a name="y2021"></a>2021``)
or a link to itself (``### [2021](#2021)``), dates the items under it, whether they are a
Markdown list or a raw HTML list, as a plain ``### 2021`` does."""

from __future__ import annotations

import json

import pytest

from tests.cli_run import feeds

HEADINGS = [
    ("### 2021", "2021"),
    ("### 2021 {#y2021}", "2021"),
    ("### 2021 {: #y2021 .year}", "2021"),
    ("### 2021 {:.year}", "2021"),
    ('### <a name="y2021"></a>2021', "2021"),
    ('### <span id="y2021">2021</span>', "2021"),
    ("### [2021](#2021)", "2021"),
    ("### **2021** {#y2021}", "2021"),
    ("### March 2021 {#march}", "2021-03"),
]
LISTS = {
    "html": "<ul>\n<li>Mar 3: Gave a seminar on toys.</li>\n"
    "<li>Moved to the toy lab.</li>\n</ul>\n",
    "markdown": "- Mar 3: Gave a seminar on toys.\n- Moved to the toy lab.\n",
}


@pytest.mark.parametrize(("heading", "year"), HEADINGS)
@pytest.mark.parametrize("markup", LISTS)
def test_a_marked_up_year_heading_dates_its_list(tmp_path, heading, year, markup):
    page = tmp_path / "news.md"
    older = "### 2019\n\n- Oct 1: Started a toy blog.\n"
    page.write_text(f"## News\n\n{heading}\n\n{LISTS[markup]}\n{older}", encoding="utf-8")
    ran = feeds("list", "--json", "--now", "2024-05-01", "--content", str(page))
    assert ran.returncode == 0, ran.stderr
    found = [(i["title"], i["start"]) for i in json.loads(ran.stdout)]
    assert found == [
        ("Gave a seminar on toys", "2021-03-03"),
        ("Moved to the toy lab", year),
        ("Started a toy blog", "2019-10-01"),
    ]
    assert "no date" not in ran.stderr
