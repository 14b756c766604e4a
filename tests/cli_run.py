"""Run ``feeds`` in this process as a user runs it from a shell (so coverage and mutation
testing see the code it runs): the exit code, standard output and standard error."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from click.testing import CliRunner

from feeds.cli import main


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


def feeds(*args: str) -> Ran:
    result = CliRunner().invoke(main, list(args), env={"FEEDS_OFFLINE": "1"})
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception  # a traceback a user would see: fail the test with it
    return Ran(result.exit_code, result.stdout, result.stderr)


def succeeded(*args: str) -> str:
    """Standard output of ``feeds *args``, which must exit 0 (else the test fails with
    what it printed)."""
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def one_item(folder: Path, heading: str, entry: str) -> dict:
    """The one item ``feeds list --json`` reads from a homepage in ``folder`` whose news
    section (under ``heading``) holds ``entry`` alone (the run must exit 0)."""
    page = folder / "index.md"
    page.write_text(f"---\ntitle: Me\n---\n\n# {heading}\n\n{entry}\n", encoding="utf-8")
    result = feeds(
        "list", "--json", "--content", str(page), "--now", "2026-11-26",
        "--site-url", "https://me.example.org/",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    (item,) = json.loads(result.stdout)
    return item


def bullets_listed(folder: Path, items: list[str], heading: str = "", now: str = "2024-05-01"):
    """``feeds list --json`` of a ``news.md`` in ``folder``: ``## News``, then ``heading``
    (e.g. a year heading), then one bullet per entry of ``items`` (the run must exit 0)."""
    page = folder / "news.md"
    lines = "".join(f"- {item}\n" for item in items)
    page.write_text(f"## News\n\n{heading}{lines}", encoding="utf-8")
    ran = feeds("list", "--json", "--now", now, "--content", str(page))
    assert ran.returncode == 0, ran.stderr
    return json.loads(ran.stdout)
