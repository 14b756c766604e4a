"""Items read from a talks section or a talks page say so in their ``section`` (issue 8,
an extra finding of corpus c15): ``talks``, not ``news``, which names the items of the news
section; a subsection under the talks heading (``### Upcoming``) still names its items.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from tests.cli_run import feeds

NOW = "2026-11-26"
HOME = """\
---
title: Home
---

I work on toy boats.

## News

- Feb 2026: Opened the toy lab.

## Invited Talks

- *2025.10*, Toy boats that float, Example Workshop, Example City
- *2025.06*, Sails for toys, Example Seminar

## Service

- Reviewer for EXCONF.
"""
UPCOMING = """\
## News

- Feb 2026: Opened the toy lab.

## Talks

### Upcoming

- Dec 2026: Toy harbours, Example Colloquium

### Past

- Oct 2025: Toy boats that float, Example Workshop
"""


def listed(files: dict[str, str], tmp_path: Path) -> list[tuple[str, str, str]]:
    """(start, type, section) of the items of a site of ``files``, in date order."""
    site = tmp_path / "site"
    for name, text in {"_config.yml": "url: https://toy.example.org\n", **files}.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(textwrap.dedent(text), encoding="utf-8")
    ran = feeds("list", "--json", "--content", str(site), "--now", NOW)
    assert ran.returncode == 0, ran.stderr
    return sorted((i["start"], i["type"], i["section"]) for i in json.loads(ran.stdout))


def test_a_talks_section_names_its_items(tmp_path: Path) -> None:
    assert listed({"index.md": HOME}, tmp_path) == [
        ("2025-06", "talk", "talks"),
        ("2025-10", "talk", "talks"),
        ("2026-02", "news", "news"),
    ]


def test_a_talks_page_names_its_items(tmp_path: Path) -> None:
    page = "---\ntitle: Talks\n---\n\n- Oct 2025: Toy boats that float, Example Workshop\n"
    files = {"index.md": "I work on toy boats.\n\n## News\n\n- Feb 2026: Opened the lab.\n"}
    assert listed({**files, "talks.md": page}, tmp_path) == [
        ("2025-10", "talk", "talks"),
        ("2026-02", "news", "news"),
    ]


def test_a_subsection_of_the_talks_still_names_its_items(tmp_path: Path) -> None:
    assert listed({"index.md": UPCOMING}, tmp_path) == [
        ("2025-10", "talk", "past"),
        ("2026-02", "news", "news"),
        ("2026-12", "talk", "upcoming"),
    ]
