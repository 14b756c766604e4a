"""Helpers of the Hugo site tests: write a site into a folder, run ``feeds`` on it as a
user does (the command line, in this process: :mod:`tests.cli_run`), and the item
fields the tests compare."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

from .cli_run import Ran, feeds

NOW = "2026-11-26"


def write(site: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = site / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return site


def listed(site: Path, zone: str = "UTC") -> tuple[list[dict], Ran]:
    """The items of ``feeds list --json`` run on the site's root, as a user runs it."""
    result = feeds(
        "list", "--json", "--content", str(site),
        "--now", NOW, "--site-url", "https://ana.example.org/", "--timezone", zone,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout), result


def build(site: Path, out: Path) -> Ran:
    return feeds(
        "build", "--content", str(site), "--out", str(out),
        "--now", NOW, "-v", "--site-url", "https://ana.example.org/", "--timezone", "UTC",
    )  # fmt: skip


def summary(items: list[dict]) -> list[tuple[str, str, str, str]]:
    return [(i["title"], i["start"], i["precision"], i["type"]) for i in items]


def post(title: str, date: str, body: str = "", extra: str = "") -> str:
    return f'---\ntitle: "{title}"\ndate: {date}\n{extra}---\n\n{body}\n'


YAML_CONFIG = "title: Ana\nbaseURL: https://ana.example.org/\n"

HEADLESS = "---\nheadless: true\n---\n"


def widget_site(root: Path, name: str, text: str) -> Path:
    """A Hugo site (YAML config, headless homepage) whose page ``name`` holds ``text``."""
    return write(
        root,
        {"config/_default/config.yaml": YAML_CONFIG, "content/home/index.md": HEADLESS, name: text},
    )
