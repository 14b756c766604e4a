"""Compiled patterns kept between runs (feeds.regex_cache): a pattern served from the file
is the pattern ``re`` compiles, a bad file costs nothing, and a command-line build writes
the file and builds the same bytes with it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from feeds.regex_cache import RegexCache, kept_patterns

PATTERNS = [  # (pattern, flags, text, what the first match's groups are)
    (r"(?P<month>Nov|Dec)\w*\.? (?P<day>\d{1,2}), (?P<year>\d{4})", re.I, "on nov. 18, 2022", {
        "month": "nov", "day": "18", "year": "2022"
    }),
    (r"(?x) (?P<y>\d{4}) \s* 年 \s* (?P<m>\d{1,2}) \s* 月", 0, "2023年 5月", {
        "y": "2023", "m": "5"
    }),
    (r"(?<![\w.])(?P<id>\d{4}\.\d{4,5})(?:v\d+)?", 0, "arXiv:2301.01234v2", {"id": "2301.01234"}),
    (rb"(?P<tag>[\x80-\xff]+)", 0, b"ab\xc3\xa9c", {"tag": b"\xc3\xa9"}),
]  # fmt: skip


def stdlib(pattern, flags):
    re.purge()  # re's own cache may hold a pattern compiled through the cache
    return re.compile(pattern, flags)


def test_a_pattern_read_back_from_the_file_is_the_pattern_re_compiles(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    path = tmp_path / "regex.marshal"
    first = RegexCache(path)
    for pattern, flags, _, _ in PATTERNS:
        assert first.compile(pattern, flags) == stdlib(pattern, flags)
    first.save()
    assert path.is_file()
    again = RegexCache(path)
    for pattern, flags, text, groups in PATTERNS:
        served = again.compile(pattern, flags)
        # == compares the engine's programs, flags and pattern text
        assert served == stdlib(pattern, flags)
        assert served.groupindex == stdlib(pattern, flags).groupindex
        assert served.search(text).groupdict() == groups
    assert again.added == 0  # every one came from the file, none was compiled again


def test_a_file_that_cannot_be_read_or_a_refused_program_compiles_as_before(tmp_path):
    path = tmp_path / "regex.marshal"
    path.write_bytes(b"\x00not marshal data")
    cache = RegexCache(path)
    assert cache.entries == {}
    pattern = r"(?P<year>\d{4})"
    cache.entries[(pattern, 0)] = (32, b"\x01\x00\x00\x00\x02\x00\x00\x00", 0, {}, ())
    compiled = cache.compile(pattern)  # the engine refuses that program: compiled anew
    assert compiled == stdlib(pattern, 0)
    assert compiled.match("2024x").group("year") == "2024"


def test_nothing_is_written_where_python_writes_no_bytecode(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    path = tmp_path / "regex.marshal"
    with kept_patterns(path) as cache:
        assert re.compile(r"nothing-written-\d+x") == stdlib(r"nothing-written-\d+x", 0)
    assert cache is not None and cache.added == 1
    assert not path.exists()


def test_kept_patterns_routes_re_compile_only_within_it(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    path = tmp_path / "regex.marshal"
    with kept_patterns(path):
        re.purge()
        re.compile(r"within-(?P<n>\d+)")
    re.purge()
    re.compile(r"after-(?P<n>\d+)")
    kept = {key for key, _ in RegexCache(path).entries}
    assert r"within-(?P<n>\d+)" in kept and r"after-(?P<n>\d+)" not in kept


def test_the_command_line_keeps_its_patterns_and_builds_the_same_bytes(tmp_path):
    page = tmp_path / "site" / "index.md"
    page.parent.mkdir()
    page.write_text(
        "# Me\n\n## News\n\n- **Talk** at MIT (Nov 18, 2022)\n"
        "- Our paper [X](https://arxiv.org/abs/2301.01234) is out (Oct 2022)\n",
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = str(tmp_path / "pycache")  # the regex file goes there too
    outputs = []
    for run in ("compiled", "from the file"):
        out = tmp_path / run
        command = [sys.executable, "-m", "feeds", "build", "--content", str(page.parent)]
        command += ["--out", str(out), "--now", "2022-11-20", "--offline", "--quiet"]
        command += ["--site-url", "https://example.org"]
        command += ["--cache", str(tmp_path / f"cache-{run}")]
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        outputs.append({p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()})
        kept = list((tmp_path / "pycache").rglob("regex.*.marshal"))
        assert len(kept) == 1  # written by the first run
    assert outputs[0] == outputs[1] and Path("feed.xml") in outputs[0]


def test_compiler_internals_unlike_3_11_to_3_13_leave_re_to_compile(tmp_path, monkeypatch):
    """A Python whose private compiler differs (a later version) still compiles every
    pattern, by re's own path, and a pattern that is wrong stays re's error."""
    import feeds.regex_cache as regex_cache

    def changed(*args, **kwargs):
        raise TypeError("_code() takes 3 positional arguments")

    monkeypatch.setattr(regex_cache._compiler, "_code", changed)
    cache = RegexCache(tmp_path / "regex.marshal")
    monkeypatch.setattr(regex_cache, "_ORIGINAL", lambda p, f=0: "compiled by re")
    assert cache.compile(r"(?P<year>\d{4})", 0) == "compiled by re"
    assert cache.added == 0


def test_an_interpreter_not_known_gets_no_cache(tmp_path, monkeypatch):
    import feeds.regex_cache as regex_cache

    monkeypatch.setattr(regex_cache, "KNOWN", set())
    with kept_patterns(tmp_path / "regex.marshal") as cache:
        assert cache is None
        assert regex_cache._compiler.compile is regex_cache._ORIGINAL


def test_a_value_worked_out_from_a_pattern_is_kept_in_the_file(tmp_path, monkeypatch):
    from feeds.regex_cache import kept_value

    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    path = tmp_path / "regex.marshal"
    made: list[str] = []

    def make(text: str) -> str:
        made.append(text)
        return text.upper()

    assert kept_value("kind", "ab", make) == "AB"  # no run keeps patterns: made each time
    with kept_patterns(path):
        assert kept_value("kind", "ab", make) == "AB"
        assert kept_value("kind", "ab", make) == "AB"  # the second time from the cache
        re.compile(r"(?P<kept>x)\d")  # a pattern in the same file
    assert made == ["ab", "ab"]
    with kept_patterns(path) as cache:
        assert kept_value("kind", "ab", make) == "AB"
        assert kept_value("other kind", "ab", make) == "AB"  # another kind: made
        assert cache.compile(r"(?P<kept>x)\d").match("x1")
    assert made == ["ab", "ab", "ab"]
