"""A data file of news dated to the day, shown by a Liquid loop in a page of its own
(``news/index.md``, not a layout or include) through a ``date:`` filter: each item is
dated as precisely as the loop prints it (``"%-m/%Y"``: months; ``"%Y"``: years;
``"%b %-d, %Y"``: days), whatever the data holds. Run as a user runs ``feeds`` on the
site's root; the Atom feed read back with feedparser."""

from __future__ import annotations

from pathlib import Path

import feedparser
import pytest

from .hugo_sites import build, listed, write

CONFIG = "title: Wren Lab\nurl: https://ana.example.org\n"
DATA = """
- date: 2026-05-15
  text: Mia passed her qualifying exam
- date: 2025-11-03
  text: Our paper on zebrafish circuits was accepted to Neuron
"""
PAGE = """---
title: News
---

# News

{% assign recent = site.data.lab_updates | sort: "date" | reverse %}
{% for u in recent %}* {{ u.date | date: "FORMAT" }} - {{ u.text }}
{% endfor %}
"""
HOME = "---\ntitle: Home\n---\n\nWelcome to the Wren Lab. See our [news](/news/).\n"

FORMATS = {
    "%-m/%Y": ("month", ["2026-05", "2025-11"]),
    "%m.%Y": ("month", ["2026-05", "2025-11"]),
    "%B %Y": ("month", ["2026-05", "2025-11"]),
    "%Y": ("year", ["2026", "2025"]),
    "%b %-d, %Y": ("day", ["2026-05-15", "2025-11-03"]),
    "%Y-%m-%d": ("day", ["2026-05-15", "2025-11-03"]),
}


@pytest.mark.parametrize("form", FORMATS)
def test_an_item_is_as_precise_as_the_loop_prints_it(tmp_path: Path, form: str) -> None:
    precision, starts = FORMATS[form]
    site = write(
        tmp_path / "site",
        {
            "_config.yml": CONFIG, "_data/lab_updates.yml": DATA, "index.md": HOME,
            "news/index.md": PAGE.replace("FORMAT", form),
        },
    )  # fmt: skip
    items, _ = listed(site)
    assert [(i["start"], i["precision"]) for i in items] == [(s, precision) for s in starts]
    assert [i["line"] for i in items] == [1, 3]
    out = tmp_path / "out"
    assert build(site, out).returncode == 0
    feed = feedparser.parse((out / "atom.xml").read_text(encoding="utf-8"))
    assert [e.title for e in feed.entries] == [
        "Mia passed her qualifying exam",
        "Our paper on zebrafish circuits was accepted to Neuron",
    ]
