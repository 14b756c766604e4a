"""The documented GitHub Actions workflows: the README quotes the files in docs/, the
feeds step is there, in the right place, with the command the README shows, and that
command and the snippet copy, run in a Jekyll and a Hugo site, give the outputs."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import feedparser
import pytest
import yaml
from icalendar import Calendar

from .conftest import JEKYLL_SITE, ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
WORKFLOWS = {
    # file: (the site generator's build command, the folder it publishes)
    "jekyll": ("bundle exec jekyll build", "_site"),
    "hugo": ("hugo --minify", "public"),
}
HUGO_PAGE = """+++
title = "Jane Doe"
+++

I study things.

## News

- **Talk** at [Seminar A](https://a.example.org/) (Chicago, Dec 1, 2099)
- **Paper release**: our paper on things (Nov 2, 2022)
"""


def workflow(name: str) -> tuple[str, dict[str, Any]]:
    text = (ROOT / "docs" / f"github-actions-{name}.yml").read_text(encoding="utf-8")
    return text, yaml.safe_load(text)


def steps(data: dict[str, Any]) -> list[dict[str, Any]]:
    (job,) = data["jobs"].values()
    return job["steps"]


def step_named(data: dict[str, Any], name: str) -> dict[str, Any]:
    (found,) = [s for s in steps(data) if s.get("name") == name]
    return found


def readme_blocks(language: str) -> list[str]:
    return re.findall(rf"^```{language}\n(.*?)^```$", README, re.S | re.M)


@pytest.mark.parametrize("name", WORKFLOWS)
def test_readme_quotes_the_workflow_file(name: str) -> None:
    text, _ = workflow(name)
    assert text in readme_blocks("yaml")
    assert f"(docs/github-actions-{name}.yml)" in README


@pytest.mark.parametrize("name", WORKFLOWS)
def test_feeds_step_runs_the_readme_command_before_the_site_build(name: str) -> None:
    _, data = workflow(name)
    site_build, published = WORKFLOWS[name]
    runs = [s.get("run", "") for s in steps(data)]
    feeds = step_named(data, "Build the feeds")["run"]
    assert feeds.startswith("feeds build --content ")
    assert f"{feeds}\n" in readme_blocks("sh")  # the command the README shows
    assert runs.index(feeds) < runs.index(step_named(data, "Snippets for the layouts")["run"])
    assert runs.index(feeds) < runs.index(site_build)
    assert "python -m pip install feeds" in runs[: runs.index(feeds)]
    triggers = data[True]  # YAML 1.1 reads the key `on` as true
    assert set(triggers) >= {"push", "schedule"}
    assert any(published in str(s.get("with", {})) for s in steps(data))


def run_steps(data: dict[str, Any], site: Path) -> None:
    """Run the feeds step and the snippet copy with bash in ``site`` (offline: the
    test environment sets FEEDS_OFFLINE)."""
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    assert env.get("FEEDS_OFFLINE") == "1"
    for name in ("Build the feeds", "Snippets for the layouts"):
        command = step_named(data, name)["run"]
        done = subprocess.run(
            ["bash", "-e", "-c", command], cwd=site, env=env, capture_output=True, text=True
        )
        assert done.returncode == 0, (command, done.stderr)


def check_outputs(out: Path, snippets: Path) -> None:
    for feed in ("feed.xml", "atom.xml"):
        parsed = feedparser.parse((out / feed).read_bytes())
        assert not parsed.bozo and parsed.entries, feed
    assert Calendar.from_ical((out / "talks.ics").read_bytes()).get("VERSION") == "2.0"
    for snippet in ("feeds-head.html", "feeds-events.html"):
        assert (snippets / snippet).read_bytes() == (out / snippet).read_bytes()


def test_jekyll_workflow_steps_build_an_al_folio_site(tmp_path: Path) -> None:
    site = tmp_path / "site"
    shutil.copytree(JEKYLL_SITE, site)
    run_steps(workflow("jekyll")[1], site)
    check_outputs(site, site / "_includes")


def test_hugo_workflow_steps_build_a_hugo_site(tmp_path: Path) -> None:
    site = tmp_path / "site"
    (site / "content").mkdir(parents=True)
    (site / "content" / "_index.md").write_text(HUGO_PAGE, encoding="utf-8")
    (site / "content" / "feeds.toml").write_text(
        'site_url = "https://jane.example.org/"\nauthor = "Jane Doe"\n', encoding="utf-8"
    )
    run_steps(workflow("hugo")[1], site)
    check_outputs(site / "static", site / "layouts" / "partials")
    assert [p.name for p in (site / "static" / "talks").iterdir()] == ["2099-12-01.ics"]
