"""News items that open with a day and month but no year, ``**12/3:** …`` (issue 8,
cause E of corpus c7).

With no year heading above them, the year comes from the list: the nearest item dated
with a year above the run of such items (else below it), a day later in the year than
the one above it being in the year before (newest first); with no such item, from the
items' own words ("accepted to ACL 2020"). Day first or month first as the page's other
numeric dates say (``30/4`` can only be day first). A later date said in the sentence
("will start in October 2020") never replaces the item's own. Pages are written here in
our own words; ``feeds list --json`` is read back with ``json``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_run import feeds

NOW = "2026-11-26"

# (the news list, [(start, precision) of each item, in order])
CASES = {
    "own words give the year; 30/4 makes the page day first; a later date stays out": (
        "* **4/5:** [A toy paper on genders of nouns](p/x/) to appear in Toy Journal 2020.\n\n"
        "* **30/4:** Sam receives a scholarship for the doctorate. Congrats, Sam!\n\n"
        "* **28/4:** Alex will start a PhD at Some University in October 2020.\n\n"
        "* **4/4:** 3 papers accepted to SomeConf 2020\n"
        "  - [First toy paper](p/a/)\n  - [Second toy paper](p/b/)\n",
        [
            ("2020-05-04", "day"),
            ("2020-04-30", "day"),
            ("2020-04-28", "day"),
            ("2020-04-04", "day"),
        ],
    ),
    "a day over 12 decides the order; the year named by the items": (
        "- **12/3:** Two papers accepted to SomeConf 2021\n"
        "- **2/3:** Alex will start a PhD in September 2021.\n"
        "- **14/2:** Gave a seminar at Toy University\n",
        [("2021-03-12", "day"), ("2021-03-02", "day"), ("2021-02-14", "day")],
    ),
    "a dated item above: the year goes back when the day comes round": (
        "- 2024-03-03: Our paper was accepted at SomeConf\n"
        "- **20/11:** Gave a talk at Toy Institute\n"
        "- **2/10:** Started as a postdoc at Example Lab\n"
        "- **15/12:** Won a best poster award\n",
        [
            ("2024-03-03", "day"),
            ("2023-11-20", "day"),
            ("2023-10-02", "day"),
            ("2022-12-15", "day"),
        ],
    ),
    "a dated item below only: read upwards from it": (
        "- [15/1] Gave a talk at Toy Institute\n"
        "- [20/12] Our paper was accepted at SomeConf\n"
        "- [02.11.2024] Started as a postdoc at Example Lab\n",
        [("2025-01-15", "day"), ("2024-12-20", "day"), ("2024-11-02", "day")],
    ),
    "dated items above and below: the year that keeps the list's order (2 days, not a year)": (
        "- **28/11/2024:** Joint lab meeting with Toy Lab\n"
        "- **30/11:** Two of us receive fellowships\n"
        "- **30/11/2024:** We joined the march for research funding\n"
        "- **18/11/2024:** Data collection starts\n",
        [
            ("2024-11-28", "day"),
            ("2024-11-30", "day"),
            ("2024-11-30", "day"),
            ("2024-11-18", "day"),
        ],
    ),
    "dated items above and below: across New Year, the reading from below is nearer": (
        "- 2024-01-10: Our paper was accepted at SomeConf\n"
        "- **15/1:** Gave a talk at Toy Institute\n"
        "- 2023-12-01: Started as a postdoc at Example Lab\n",
        [("2024-01-10", "day"), ("2024-01-15", "day"), ("2023-12-01", "day")],
    ),
    "dated items above and below that agree: as before": (
        "- 2024-03-03: Our paper was accepted at SomeConf\n"
        "- **20/11:** Gave a talk at Toy Institute\n"
        "- **2/10:** Started as a postdoc at Example Lab\n"
        "- 2023-09-01: Won a best poster award\n",
        [
            ("2024-03-03", "day"),
            ("2023-11-20", "day"),
            ("2023-10-02", "day"),
            ("2023-09-01", "day"),
        ],
    ),
    "dated items from older to newer: the year goes on when the day comes round": (
        "- 2023-10-02: Started as a postdoc at Example Lab\n"
        "- 2024-01-10: Our paper was accepted at SomeConf\n"
        "- **20/11:** Gave a talk at Toy Institute\n"
        "- **15/1:** Won a best poster award\n",
        [
            ("2023-10-02", "day"),
            ("2024-01-10", "day"),
            ("2024-11-20", "day"),
            ("2025-01-15", "day"),
        ],
    ),
    "month names without a year, the year from the words": (
        "- **Mar 12:** Gave a talk at Foo Workshop 2022\n- **Jan 5:** Paper accepted to Bar 2022\n",
        [("2022-03-12", "day"), ("2022-01-05", "day")],
    ),
    "a year heading gives the year; 4/5 read as the page reads": (
        "### 2019\n- **4/5:** Gave a talk at Toy Institute\n- **20/4:** Paper accepted\n",
        [("2019-05-04", "day"), ("2019-04-20", "day")],
    ),
    "a fraction ending a sentence is no date": (
        "### 2020\n- We won 3/4 of the toy games\n",
        [("2020", "year")],
    ),
    "no year anywhere: undated, as before": (
        "- **4/5:** Gave a talk at Toy Institute\n- **20/4:** Our paper was accepted\n",
        [(None, None), (None, None)],
    ),
}


@pytest.mark.parametrize("name", CASES)
def test_a_leading_day_and_month_gets_the_year_of_its_list(tmp_path: Path, name: str) -> None:
    body, expected = CASES[name]
    page = tmp_path / "index.md"
    page.write_text(f"---\ntitle: Lab\n---\n\n## Lab News\n\n{body}", encoding="utf-8")
    result = feeds(
        "list", "--json", "--content", str(page), "--now", NOW,
        "--site-url", "https://lab.example.org/",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    items = json.loads(result.stdout)
    assert [(i["start"], i["precision"]) for i in items] == expected, result.stderr


def test_the_title_keeps_the_words_not_the_date(tmp_path: Path) -> None:
    body = CASES["own words give the year; 30/4 makes the page day first; a later date stays out"]
    page = tmp_path / "index.md"
    page.write_text(f"---\ntitle: Lab\n---\n\n## News\n\n{body[0]}", encoding="utf-8")
    result = feeds(
        "list", "--json", "--content", str(page), "--now", NOW, "--site-url", "https://l.org/"
    )
    titles = [i["title"] for i in json.loads(result.stdout)]
    assert titles[2] == "Alex will start a PhD at Some University in October 2020"
    assert titles[1].startswith("Sam receives a scholarship")
