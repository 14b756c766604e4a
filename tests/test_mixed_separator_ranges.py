"""A range of two day-first numeric dates written with a dot in the first and slashes in
the second (issue 8, scan16a): ``31.10-1/11/2025`` is 31 October to 1 November 2025, day
precision; so is the other way round, ``30/10-1.11.2025``. Written in our own words; a
data file of such dates read with ``feeds list --json`` and ``json``.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main
from feeds.parse.dates import parse_date

D = dt.date
RANGES = {
    "31.10-1/11/2025": (D(2025, 10, 31), D(2025, 11, 1)),
    "30/10-1.11.2025": (D(2025, 10, 30), D(2025, 11, 1)),
    "31.10.2025-1/11/2025": (D(2025, 10, 31), D(2025, 11, 1)),
    "3.5-6.5.2022": (D(2022, 5, 3), D(2022, 5, 6)),
}


@pytest.mark.parametrize("text", RANGES)
def test_a_range_with_two_separators(text: str) -> None:
    found = parse_date(text)
    assert found is not None
    assert (found.start, found.end, found.precision.value, found.ranged) == (
        *RANGES[text],
        "day",
        True,
    )


def test_a_data_file_dated_so(tmp_path: Path) -> None:
    files = {
        "_config.yml": "title: Lab\n",
        "index.md": "---\ntitle: Lab\n---\n## News\n\n{% for n in site.data.news %}\n"
        "- {{ n.date }}: {{ n.title }}\n{% endfor %}\n",
        "_data/news.yml": "- date: 31.10-1/11/2025\n  title: A workshop in Rome\n"
        "- date: 2025-09-02\n  title: Our paper is out\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    args = ["list", "--json", "--content", str(tmp_path), "--now", "2026-11-26"]
    result = CliRunner().invoke(main, [*args, "--site-url", "https://lab.example.org"])
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    assert [(i["start"], i["end"], i["title"]) for i in items] == [
        ("2025-10-31", "2025-11-01", "A workshop in Rome"),
        ("2025-09-02", None, "Our paper is out"),
    ]
