"""The cache of parsed pages (``cache`` setting): a rebuild of an unchanged page does not
parse it again, and gives byte for byte what a build without the cache gives."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import feedparser
import pytest
from click.testing import CliRunner

from feeds.cli import main
from feeds.inputs import page_reader
from feeds.inputs.parsed_pages import ParsedPages

NEWS = """\
- **Talk** Gave a seminar on sparse solvers at Rice University (Mar 3, 2022)
- Our paper on tensor sketches was accepted to ICML. (Feb 1, 2022)
- Joined the lab of Dr. Ada as a postdoc. (Jan 10, 2022)
-
"""


def build(content: Path, out: Path, cache: Path | str) -> tuple[int, str]:
    env = {"FEEDS_CACHE": str(cache), "FEEDS_OFFLINE": "1", "FEEDS_DEBUG": "1"}  # raise, not a line
    result = CliRunner().invoke(
        main,
        ["build", "--content", str(content), "--out", str(out), "--now", "2022-11-10"],
        env=env,
        catch_exceptions=False,
    )
    return result.exit_code, result.output


def files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def titles(out: Path) -> list[str]:
    return [entry.title for entry in feedparser.parse(str(out / "feed.xml")).entries]


def test_rebuild_from_the_cache_is_byte_identical(make_site, tmp_path: Path) -> None:
    site = make_site(NEWS)
    cache = tmp_path / "cache"
    assert build(site, tmp_path / "first", cache)[0] == 0
    assert len(list(cache.glob("*.pickle"))) == 1
    assert build(site, tmp_path / "second", cache)[0] == 0
    assert build(site, tmp_path / "plain", "off")[0] == 0
    first, second = files(tmp_path / "first"), files(tmp_path / "second")
    assert first == second == files(tmp_path / "plain")
    assert titles(tmp_path / "second") == [
        "Talk: Gave a seminar on sparse solvers at Rice University",
        "Our paper on tensor sketches was accepted to ICML",
        "Joined the lab of Dr. Ada as a postdoc",
    ]


def test_an_unchanged_page_is_not_parsed_again(
    make_site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    site = make_site(NEWS)
    cache = tmp_path / "cache"
    assert build(site, tmp_path / "first", cache)[0] == 0

    def refuse(*args, **kwargs):
        raise AssertionError("parsed again")

    monkeypatch.setattr(page_reader, "parse_page", refuse)
    assert build(site, tmp_path / "second", cache)[0] == 0
    monkeypatch.setenv("FEEDS_DEBUG", "1")  # the CLI re-raises what it did not expect
    with pytest.raises(AssertionError, match="parsed again"):  # off: parsed every time
        build(site, tmp_path / "third", "off")


def test_a_changed_page_include_or_setting_is_parsed_again(make_site, tmp_path: Path) -> None:
    site = make_site("{% include_relative news_list.md %}\n")
    (site / "news_list.md").write_text("- Spoke at the Lisbon workshop. (May 2, 2022)\n")
    cache = tmp_path / "cache"
    assert build(site, tmp_path / "a", cache)[0] == 0
    assert titles(tmp_path / "a") == ["Spoke at the Lisbon workshop"]

    (site / "news_list.md").write_text("- Spoke at the Porto workshop. (May 2, 2022)\n")
    assert build(site, tmp_path / "b", cache)[0] == 0
    assert titles(tmp_path / "b") == ["Spoke at the Porto workshop"]

    index = site / "index.md"
    index.write_text(index.read_text() + "- Moved to Oslo. (Jun 1, 2022)\n")
    assert build(site, tmp_path / "c", cache)[0] == 0
    assert titles(tmp_path / "c") == ["Moved to Oslo", "Spoke at the Porto workshop"]

    config = site / "feeds.toml"
    config.write_text(config.read_text() + 'news_headings = ["Latest"]\n')
    code, output = build(site, tmp_path / "d", cache)
    assert code == 1 and "no news" in output.lower()  # "### News" no longer opens news


def test_a_rebuild_repeats_the_warnings(make_site, tmp_path: Path) -> None:
    site = make_site(NEWS)
    cache = tmp_path / "cache"
    line = 12  # 3 lines of front matter, blank, intro, blank, heading, blank, 4th item
    outputs = [build(site, tmp_path / name, cache)[1] for name in ("a", "b")]
    for output in outputs:
        assert f"index.md:{line}: warning: empty news item" in output


def test_a_damaged_cache_file_is_parsed_again(make_site, tmp_path: Path) -> None:
    site = make_site(NEWS)
    cache = tmp_path / "cache"
    assert build(site, tmp_path / "a", cache)[0] == 0
    for slot in cache.glob("*.pickle"):
        slot.write_bytes(slot.read_bytes()[:100])
    assert build(site, tmp_path / "b", cache)[0] == 0
    assert files(tmp_path / "a") == files(tmp_path / "b")


class Planted:
    """A pickle that, when loaded, makes a folder: proof it was read."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.mkdir, (str(self.marker),))


@pytest.mark.parametrize(("mode", "loaded"), [(0o700, True), (0o777, False)])
def test_a_folder_others_may_write_is_never_read(
    make_site, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: int, loaded: bool
) -> None:
    site = make_site(NEWS)
    cache = tmp_path / "cache"
    cache.mkdir()
    marker = tmp_path / "planted-pickle-ran"
    monkeypatch.chdir(tmp_path)
    slot = ParsedPages(cache)._slot(str((site / "index.md").relative_to(tmp_path)))
    slot.write_bytes(pickle.dumps(Planted(marker)))
    cache.chmod(mode)
    assert build(site, tmp_path / "out", cache)[0] == 0
    assert marker.exists() is loaded
    if not loaded:
        assert slot.read_bytes() == pickle.dumps(Planted(marker))  # not replaced either


def test_cache_off_writes_nothing(make_site, tmp_path: Path, monkeypatch) -> None:
    site = make_site(NEWS)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert build(site, tmp_path / "out", "off")[0] == 0
    assert not (tmp_path / "xdg").exists()
    assert build(site, tmp_path / "out2", "")[0] == 0  # default: $XDG_CACHE_HOME/feeds
    assert len(list((tmp_path / "xdg" / "feeds").glob("*.pickle"))) == 1


@pytest.mark.parametrize(
    "names",
    [
        ["a.py", "a/b.py", "a-b.py", "a_b/c.py", "A.py", "b.py"],
        ["x/y/z.py", "x/y.py", "x.py", "x/y/z/w.py", "x.y/z.py", ".hidden/h.py"],
        ["m.py", "m.pyc", "__pycache__/m.cpython-311.pyc", "notes.txt", "deep/er/n.py"],
    ],
)
def test_the_code_digest_reads_the_files_rglob_finds_in_its_order(tmp_path: Path, names):
    from feeds.inputs.parsed_pages import _sources

    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(name)
    expected = [p.relative_to(tmp_path).parts for p in sorted(tmp_path.rglob("*.py"))]
    assert _sources(str(tmp_path)) == expected


def test_the_code_digest_changes_with_a_source_file_s_size_time_or_name(tmp_path: Path):
    """A source file counts by name, size and modification time (what Python checks its
    bytecode against): an edit that keeps the size still changes the key."""
    import os

    from feeds.inputs.parsed_pages import _sources_digest

    (tmp_path / "sub").mkdir()
    module = tmp_path / "sub" / "rules.py"
    module.write_text("RULE = 'a'\n")
    (tmp_path / "notes.txt").write_text("not code")
    os.utime(module, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    first = _sources_digest(str(tmp_path))
    assert _sources_digest(str(tmp_path)) == first  # nothing changed: the same key
    (tmp_path / "notes.txt").write_text("still not code, longer")
    assert _sources_digest(str(tmp_path)) == first  # only *.py files count
    module.write_text("RULE = 'b'\n")  # same size, a new time
    edited = _sources_digest(str(tmp_path))
    assert edited != first
    os.utime(module, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    module.write_text("RULE = 'bc'\n")
    os.utime(module, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    assert _sources_digest(str(tmp_path)) not in (first, edited)  # same time, a new size
    module.rename(tmp_path / "sub" / "other.py")
    assert _sources_digest(str(tmp_path)) not in (first, edited)
