"""A data file of news dated by month, written month first or in other ways (issue 8,
scan16a): ``date: 06-2026`` (also ``6-2026``, ``06/2026``, ``2026-06``, ``June 2026``)
is June 2026, month precision: in a field that holds only a date, the two numbers are
a month and a year. A full day stays a day. Sites written in our own words; ``feeds list
--json`` read back with ``json``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main

from .site_listing import write

INDEX = (
    "---\ntitle: Duck Lab\n---\n# Duck Lab\n\n## News\n\n{% for n in site.data.news %}\n"
    "- {{ n.date }}: {{ n.title }}\n{% endfor %}\n"
)
FORMS = {
    "06-2026": "2026-06",
    "6-2026": "2026-06",
    "11 - 2025": "2025-11",
    "06/2026": "2026-06",
    "'2026-06'": "2026-06",
    "June 2026": "2026-06",
}


@pytest.mark.parametrize("written", FORMS)
def test_a_month_in_a_date_field(tmp_path: Path, written: str) -> None:
    data = (
        f"- date: {written}\n  title: Sam joined the lab\n"
        "- date: 2025-03-04\n  title: Our poster won a prize\n"
        "- date: 13-2025\n  title: A slip of the pen\n"
    )
    site = write(
        tmp_path, {"_config.yml": "title: Duck Lab\n", "index.md": INDEX, "_data/news.yaml": data}
    )
    args = ["list", "--json", "--content", str(site), "--now", "2026-11-26"]
    result = CliRunner().invoke(main, [*args, "--site-url", "https://duck.example.org"])
    assert result.exit_code == 0, result.output
    items = {i["title"]: i for i in json.loads(result.stdout)}
    month = FORMS[written]
    assert (items["Sam joined the lab"]["start"][:7], items["Sam joined the lab"]["precision"]) == (
        month,
        "month",
    )
    assert (
        items["Our poster won a prize"]["start"],
        items["Our poster won a prize"]["precision"],
    ) == (
        "2025-03-04",
        "day",
    )
    assert items["A slip of the pen"]["start"] is None  # no thirteenth month
