"""A made-up site written to a folder, and the (title, start) pairs `feeds list --json`
finds in it, in-process: the helpers of the tests of news pages found by links and
news pages kept in a collection."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from click.testing import CliRunner

from feeds.cli import main


def write(site: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = site / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return site


def listed(site: Path, site_url: str) -> list[tuple[str, str]]:
    result = CliRunner().invoke(
        main,
        ["list", "--json", "--content", str(site), "--now", "2026-11-26", "--site-url", site_url]
        + ["--cache", "off", "-q"],
    )
    assert result.exit_code == 0, result.output
    return [(item["title"], item["start"]) for item in json.loads(result.stdout)]


def opened(found: list[tuple[str, str]], expected: list[tuple[str, str]]) -> bool:
    """Whether ``found`` is ``expected``, each title starting as expected, in any order."""
    rest = list(found)
    for words, start in expected:
        hit = next((f for f in rest if f[0].startswith(words) and f[1] == start), None)
        if hit is None:
            return False
        rest.remove(hit)
    return not rest
