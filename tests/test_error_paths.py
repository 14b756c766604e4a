"""Error paths no test ran before (issue 14): a feeds.toml that is not TOML, the ``page``
setting naming a missing file, a folder with no homepage. Each is one line naming the
file, exit 1, no traceback, for build, check and list alike; nothing is written."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main

from .conftest import write_site

NEWS = "- **Talk** at Alpha Seminar (Oct 3, 2022)"


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def one_line_error(folder: Path, out: Path, *extra: str) -> str:
    """The single error line each command prints; checks they agree and write nothing."""
    lines = set()
    for command in ("build", "check", "list"):
        args = [command, "--content", str(folder), "--now", "2022-11-10", *extra]
        if command == "build":
            args += ["--out", str(out)]
        result = run(*args)
        assert result.exit_code == 1, (command, result.output)
        assert "Traceback" not in result.output + result.stderr, command
        printed = result.stderr.strip().splitlines()
        assert len(printed) == 1, (command, printed)
        lines.add(printed[0])
    assert len(lines) == 1, lines
    assert not out.exists() or not list(out.iterdir())
    return lines.pop()


def test_feeds_toml_that_is_not_toml(tmp_path: Path) -> None:
    folder = write_site(tmp_path / "site", NEWS, config='title = "unclosed\n')
    line = one_line_error(folder, tmp_path / "out")
    assert line.startswith(f"error: {folder / 'feeds.toml'}: ")
    assert "(at line 6, column 18)" in line  # after the five settings write_site writes


def test_page_setting_naming_a_missing_file(tmp_path: Path) -> None:
    folder = write_site(tmp_path / "site", NEWS, config='page = "news.md"\n')
    line = one_line_error(folder, tmp_path / "out")
    assert line == (f"error: {folder / 'news.md'}: page named by the 'page' setting does not exist")


def test_page_setting_picks_that_page(tmp_path: Path) -> None:
    folder = write_site(tmp_path / "site", NEWS, config='page = "news.md"\n')
    (folder / "index.md").rename(folder / "news.md")
    result = run("list", "--content", str(folder), "--json", "--now", "2022-11-10")
    assert result.exit_code == 0, result.output
    assert "Alpha Seminar" in result.output


@pytest.mark.parametrize("files", [[], ["README.md", "notes.md"]])
def test_no_homepage_found(tmp_path: Path, files: list[str]) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    for name in files:
        (folder / name).write_text("# Not a homepage\n", encoding="utf-8")
    line = one_line_error(folder, tmp_path / "out")
    assert line == (
        f"error: {folder}: no homepage found (index.md, about.md, _pages/about.md, index.qmd, "
        "Hugo content/, index.html) and no news page (news.md)"
    )


def test_content_folder_that_does_not_exist(tmp_path: Path) -> None:
    line = one_line_error(tmp_path / "missing", tmp_path / "out")
    assert line == f"error: {tmp_path / 'missing'}: no such content folder or page"
