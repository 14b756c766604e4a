"""`feeds enrich` and `feeds build` exits around arXiv: bad ids, offline, cache location."""

from __future__ import annotations

import io
import json
import os
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main

from .arxiv_checks import closed_port_url
from .arxiv_fake import FakeArxiv

X, Y = "2401.01234", "2312.09876"
NEWS = f"""
- **Paper release**: our paper [One](https://arxiv.org/abs/{X}) is out. (Jan 5, 2024)
- **Paper release**: our paper [Two](https://arxiv.org/abs/{Y}) is out. (Jan 3, 2024)
"""


@pytest.fixture
def online(monkeypatch: pytest.MonkeyPatch):
    with FakeArxiv() as fake:
        monkeypatch.setenv("FEEDS_ARXIV_API", fake.url)
        monkeypatch.delenv("FEEDS_OFFLINE", raising=False)
        monkeypatch.setattr("feeds.enrich.papers.wall_sleep", fake.sleeps.append)
        yield fake


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_enrich_ids_fetches_only_those(make_site, online: FakeArxiv) -> None:
    site = make_site(NEWS)
    result = run("enrich", "--content", str(site), "--ids", f"arXiv:{Y}v2", "-q")
    assert result.exit_code == 0, result.stderr
    assert [r.id_list for r in online.requests] == [[Y]]
    assert list(json.loads((site / "arxiv.json").read_text(encoding="utf-8"))) == [Y]


@pytest.mark.parametrize("ids", ["2401.01234,not-an-id", "12345", "2401.01234;2312.09876"])
def test_enrich_bad_ids_exit_1_without_a_request(make_site, online: FakeArxiv, ids: str) -> None:
    site = make_site(NEWS)
    result = run("enrich", "--content", str(site), "--ids", ids)
    assert result.exit_code == 1 and online.requests == []
    assert result.stderr.startswith("error: not an arXiv id") and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_enrich_offline_exits_1_without_a_request(
    make_site, online: FakeArxiv, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = make_site(NEWS)
    monkeypatch.setenv("FEEDS_OFFLINE", "1")
    result = run("enrich", "--content", str(site))
    assert result.exit_code == 1 and online.requests == []
    assert result.stderr == "error: offline (FEEDS_OFFLINE or --offline): nothing can be fetched\n"
    assert not (site / "arxiv.json").exists()


def test_enrich_without_network_exits_1_with_one_warning(
    make_site, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = make_site(NEWS)
    monkeypatch.setenv("FEEDS_ARXIV_API", closed_port_url())
    monkeypatch.delenv("FEEDS_OFFLINE", raising=False)
    result = run("enrich", "--content", str(site))
    assert result.exit_code == 1
    warnings = [line for line in result.stderr.splitlines() if "warning" in line]
    assert len(warnings) == 1 and "could not reach arXiv" in warnings[0]
    assert "2 id(s) not enriched" in warnings[0]


@pytest.mark.parametrize("where", ["/tmp/elsewhere.json", "../arxiv.json", "data/../../x.json"])
@pytest.mark.parametrize("command", ["build", "enrich", "list"])
def test_cache_outside_the_content_folder_is_refused(
    make_site, online: FakeArxiv, tmp_path: Path, where: str, command: str
) -> None:
    site = make_site(NEWS, config=f'[arxiv]\ncache = "{where}"\n')
    args = [command, "--content", str(site)]
    if command == "build":
        args += ["--out", str(tmp_path / "out")]
    result = run(*args)
    assert result.exit_code == 1 and online.requests == []
    assert result.stderr.count("\n") == 1 and "feeds.toml:7: setting 'arxiv.cache'" in result.stderr
    assert f"{where!r} must be a relative file path inside the content folder" in result.stderr
    assert not (tmp_path / "out").exists() and not Path("/tmp/elsewhere.json").exists()


def test_cache_through_a_link_out_of_the_folder_is_refused(
    make_site, online: FakeArxiv, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    site = make_site(NEWS, config='[arxiv]\ncache = "data/arxiv.json"\n')
    os.symlink(outside, site / "data")
    result = run("build", "--content", str(site), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1 and online.requests == []
    assert "arxiv.cache 'data/arxiv.json' leads outside the content folder" in result.stderr
    assert list(outside.iterdir()) == []


def test_progress_bar_only_on_a_terminal(
    make_site, online: FakeArxiv, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    from feeds.build import load_site
    from feeds.diagnostics import Reporter
    from feeds.enrich.site import enrich_site

    site = load_site(make_site(NEWS))
    pipe, tty = io.StringIO(), Terminal()
    monkeypatch.setattr(sys, "stderr", pipe)
    enrich_site(site, Reporter(quiet=True), progress=True)
    monkeypatch.setattr(sys, "stderr", tty)
    enrich_site(site, Reporter(quiet=True), progress=True, refresh=True)
    assert len(online.requests) == 2
    assert pipe.getvalue() == "" and "arXiv" in tty.getvalue()
