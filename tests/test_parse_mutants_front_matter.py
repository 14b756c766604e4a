"""A page's text and front matter (feeds/parse/front_matter.py): bytes and front matter
in, the text, the keys, the lines and the messages out.

Written for the mutants a mutation run of ``front_matter.py`` left alive (issue 14);
every expectation is written here from the input (PyYAML's and tomllib's own words
where a message quotes them).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.diagnostics import BuildError, Reporter
from feeds.parse import parse_page
from feeds.parse.front_matter import (
    MAX_YAML_VALUES,
    BadFrontMatter,
    YamlError,
    blank_front_matter,
    front_matter,
    has_front_matter,
    key_line,
    list_entry_lines,
    load_yaml,
    read_text,
    split_front_matter,
)
from feeds.parse.settings_files import settings_file


def test_text_is_utf8_without_bom_and_with_unix_line_ends(tmp_path):
    page = tmp_path / "home.md"
    page.write_bytes("\ufeff## News\r\n- Café (Nov 2022)\r- Talk\n".encode())
    assert read_text(page) == "## News\n- Café (Nov 2022)\n- Talk\n"


def test_a_file_not_in_utf8_is_named_with_its_line(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "home.md").write_bytes(b"## News\n- Talk\n- Caf\xe9 (Nov 2022)\n")
    with pytest.raises(BuildError) as told:
        read_text(Path("home.md"))
    assert str(told.value) == "home.md:3: not UTF-8 text (byte 0xe9); save the file as UTF-8"
    with pytest.raises(BuildError) as told:
        read_text(Path("home.md"), "site/index.md")
    assert str(told.value).startswith("site/index.md:3: not UTF-8 text")


def test_a_file_that_cannot_be_read_is_named(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    with pytest.raises(BuildError) as told:
        read_text(Path("news"))
    assert str(told.value) == "news: cannot be read (Is a directory)"


# front matter, keys, the body (its lines blanked, so line numbers hold)
SPLITS = [
    ("---\ntitle: A\n---\nbody\n", {"title": "A"}, "\n\n\nbody\n"),
    ("\ufeff---\ntitle: A\n...\nbody\n", {"title": "A"}, "\n\n\nbody\n"),  # "..." closes YAML
    ("---  \ntitle: A\n---\t\n", {"title": "A"}, "\n\n\n"),
    ("---\n---\nbody\n", {}, "\n\nbody\n"),
    ("---\n# nothing\n---\nbody\n", {}, "\n\n\nbody\n"),
    ("+++\ntitle = 'A'\nn = 2\n+++\nbody\n", {"title": "A", "n": 2}, "\n\n\n\nbody\n"),
    ("+++\n+++\nbody\n", {}, "\n\nbody\n"),
    ("## News\n---\ntitle: A\n---\n", {}, "## News\n---\ntitle: A\n---\n"),  # not on line 1
    ("body\n", {}, "body\n"),
]


@pytest.mark.parametrize(("text", "meta", "body"), SPLITS)
def test_front_matter_and_the_body_with_its_lines_kept(text, meta, body):
    assert split_front_matter(text) == (meta, body)
    assert blank_front_matter(text) == body


# message, language, body
BAD = [
    ("---\na: [1, 2\nb: 3\n---\nbody\n", "line 3: expected ',' or ']', but got ':'", "YAML",
     "\n\n\n\nbody\n"),
    ("---\n- a\n- b\n---\nbody\n", "a list, not a mapping of keys", "YAML", "\n\n\n\nbody\n"),
    ("---\nhello\n---\nbody\n", "a str, not a mapping of keys", "YAML", "\n\n\nbody\n"),
    ("+++\ntitle = 'A'\nn = \n+++\nbody\n", "Invalid value (at line 2, column 5)", "TOML",
     "\n\n\n\nbody\n"),
    ("---\ntitle: A\nbody\n", "opened by its first line but never closed", "YAML",
     "---\ntitle: A\nbody\n"),
    ("+++\ntitle = 'A'\nbody\n", "opened by its first line but never closed", "YAML",
     "+++\ntitle = 'A'\nbody\n"),
    # no line to name: no "line N: " either
    ("---\n" + "[" * 5000 + "\n---\nbody\n", "nested too deeply", "YAML", "\n\n\nbody\n"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "message", "language", "body"), BAD)
def test_front_matter_that_cannot_be_read_says_why(text, message, language, body):
    with pytest.raises(BadFrontMatter) as told:
        split_front_matter(text)
    assert (str(told.value), told.value.language, told.value.body) == (message, language, body)
    assert has_front_matter(text)


def test_a_page_with_bad_front_matter_is_still_read_on_its_lines():
    reporter = Reporter(quiet=True)
    page = "---\na: [1, 2\nb: 3\n---\n## News\n- Talk at MIT (Nov 2022)\n"
    _, events = parse_page(Path("home.md"), reporter=reporter, text=page)
    assert [(e.title, e.line) for e in events] == [("Talk at MIT", 6)]
    assert [(p.line, p.message) for p in reporter.problems] == [
        (1, "front matter is not valid YAML (line 3: expected ',' or ']', but got ':')")
    ]


@pytest.mark.parametrize(
    ("text", "opened"),
    [
        ("---\n", True),
        ("+++ \n", True),
        ("\ufeff---\n", True),
        ("#---\n", False),
        ("\n---\n", False),
    ],
)
def test_what_opens_front_matter(text, opened):
    assert has_front_matter(text) is opened


def test_yaml_with_tabs_after_keys_and_dashes_is_read_as_jekyll_reads_it():
    assert load_yaml("title:\tHello\ntags:\n-\tx\n- \t y\n") == {
        "title": "Hello", "tags": ["x", "y"],
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        # a tab in indentation stays an error, told as written (its line, PyYAML's words)
        ("title: Hello\n\tbad: 1\n", "found character '\\t' that cannot start any token", 2),
        ("a:\t1\n  b: [\n", "found character '\\t' that cannot start any token", 1),
        ("a: [1, 2\nb: 3\n", "expected ',' or ']', but got ':'", 2),
        ("a: 1\nb: *x\n", "found undefined alias 'x'", 2),
        ("[" * 5000, "nested too deeply", None),
        # an error of PyYAML's reader has no mark: no line, its own words in one line
        (
            "title: a\x01b\n",
            "unacceptable character #x0001: special characters are not "
            'allowed in "<unicode string>", position 8',
            None,
        ),
        # a long message is cut at 200 characters
        (
            "a: !" + "x" * 300 + " 1\n",
            "could not determine a constructor for the tag '!" + "x" * 152,
            1,
        ),
    ],
)
def test_yaml_that_cannot_be_read_says_why_and_where(text, message, line):
    with pytest.raises(YamlError) as told:
        load_yaml(text)
    assert (str(told.value), told.value.line) == (message, line)


def test_an_alias_bomb_is_refused_at_its_bound():
    said = f"expands to more than {MAX_YAML_VALUES} values through aliases (&/*); not read"
    # a list of n values is n + 1 values; a mapping of n keys 2n + 1
    assert len(load_yaml("[" + ", ".join(["1"] * (MAX_YAML_VALUES - 1)) + "]")) == 9_999
    with pytest.raises(YamlError, match="^expands to more than 10000 values") as told:
        load_yaml("[" + ", ".join(["1"] * MAX_YAML_VALUES) + "]")
    assert str(told.value) == said
    keys = ", ".join(f"k{n}: {n}" for n in range(4_999))
    assert len(load_yaml("{" + keys + "}")) == 4_999
    with pytest.raises(YamlError):
        load_yaml("{" + keys + ", k: 1}")
    # shared parts count once per use: 3 lists of 4 000 are 12 000 values
    with pytest.raises(YamlError):
        load_yaml("a: &a [" + ", ".join(["1"] * 4_000) + "]\nb: [*a, *a]\n")


def test_front_matter_of_a_file_and_none_when_it_cannot_be_had(tmp_path):
    good, bad, latin = tmp_path / "a.md", tmp_path / "b.md", tmp_path / "c.md"
    good.write_text("---\ntitle: A\n---\nbody\n", encoding="utf-8")
    bad.write_text("---\ntitle: [\n---\nbody\n", encoding="utf-8")
    latin.write_bytes(b"---\ntitle: Caf\xe9\n---\n")
    assert front_matter(good) == {"title": "A"}
    assert front_matter(bad) == front_matter(latin) == front_matter(tmp_path / "none.md") == {}


KEY_LINES = [
    ("---\ntitle: A\ndate: 2022-11-18\n---\n", "date", 3),
    ("---\ntitle: A\n---\ndate: 2022\n", "date", 1),  # below the front matter
    ("---\ntitle: A\n...\ndate: 2022\n", "date", 1),
    ("---\ntitle: A\n", "date", 1),
    ("+++\ntitle = 'A'\ndate = 2022-11-18\n+++\n", "date", 3),
    ("+++\ntitle = 'A'\n---\ndate = 2022-11-18\n+++\n", "date", 4),  # "---" ends no TOML
    ("+++\ntitle = 'A'\n+++\ndate = 2022\n", "date", 1),
    ("\ufeff---\ndate :  2022\n---\n", "date", 2),
    ("---  \ntitle: A\ndate: 2022\n---\n", "date", 3),  # spaces after the fence
    ("X---\ndate: 2022\n---\n", "date", 1),  # no fence: "---" must open line 1
    ("title: A\ndate: 2022\n", "date", 1),  # no front matter
    ("## News\n---\ndate: 2022\n", "date", 1),
    ("---\n  date: 2022\ndate: 2023\n---\n", "date", 3),  # the key at the start of a line
]


@pytest.mark.parametrize(("text", "key", "line"), KEY_LINES)
def test_the_line_of_a_key(text, key, line):
    assert key_line(text, key) == line


def test_a_settings_file_yaml_or_toml(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("_config.yml").write_text("url: https://a.example\ntitle: A\n", encoding="utf-8")
    Path("hugo.toml").write_text("baseURL = 'https://b.example/'\n", encoding="utf-8")
    Path("empty.yml").write_text("# nothing\n", encoding="utf-8")
    assert settings_file(Path("_config.yml")) == {"url": "https://a.example", "title": "A"}
    assert settings_file(Path("hugo.toml")) == {"baseURL": "https://b.example/"}
    assert settings_file(Path("empty.yml")) == settings_file(Path("missing.yml")) == {}


SETTINGS_ERRORS = [
    ("_config.yml", "url: [\n",
     "_config.yml:2: not valid YAML (expected the node content, but found '<stream end>'); fix"),
    ("_config.yml", "- a\n- b\n", "_config.yml:1: not a mapping of settings (a list)"),
    ("_config.yml", "just words\n", "_config.yml:1: not a mapping of settings (a str)"),
    ("_config.yml", "[" * 5000, "_config.yml: not valid YAML (nested too deeply); fix it"),
    ("hugo.toml", "title = 'A'\nbaseURL = \n",
     "hugo.toml:2: not valid TOML (Invalid value (at line 2, column 11)); fix it or remove it"),
    ("hugo.toml", "title = 'A", "hugo.toml: not valid TOML (Expected"),
    ("_config.yml", b"title: Caf\xe9\n", "_config.yml:1: not UTF-8 text (byte 0xe9)"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "text", "message"), SETTINGS_ERRORS)
def test_a_settings_file_that_cannot_be_read_is_named_with_its_line(
    tmp_path, monkeypatch, name, text, message
):
    monkeypatch.chdir(tmp_path)
    path = Path(name)
    path.write_bytes(text if isinstance(text, bytes) else text.encode())
    with pytest.raises(BuildError) as told:
        settings_file(path)
    assert str(told.value).startswith(message), str(told.value)


LIST_PAGE = """\
---
title: News
news:
  - date: 2022-11-18
    title: Talk

  # a comment between entries
  - date: 2022-12-01
    title: Award
  -   date: 2023-01-02
other: 1
---
- not in the list
"""


@pytest.mark.parametrize(
    ("page", "key", "lines"),
    [
        (LIST_PAGE, 2, [4, 8, 10]),
        ("---\nnews:\n- a\n- b\nother:\n- c\n---\n", 1, [3, 4]),  # entries at the key's depth
        ("---\nnews:\n  - a\n - b\n---\n", 1, [3]),  # a line indented less ends the list
        ("---\nnews:\n  - a\n  b: 1\n  - c\n---\n", 1, [3]),  # an entry-less line ends it
        ("---\nnews:\n  - a\n...\n  - c\n", 1, [3]),
        ("+++\nnews:\n  - a\n+++\n  - c\n", 1, [3]),
        ("---\nnews: []\nother: 1\n---\n", 1, []),
        # the closing fence ends a list at the key's depth, with spaces after it too
        ("---\nnews:\n- a\n- b\n---\n- c\n", 1, [3, 4]),
        ("---\nnews:\n- a\n---  \n- c\n", 1, [3]),
        ("---\nnews:\n", 1, []),
        # indented, "...", "+++" and "---" are text of an entry's value, no fence
        ("---\nnews:\n- a: |\n    ...\n    +++\n    ---\n- b\n---\n", 1, [3, 7]),
    ],
)
def test_the_lines_of_a_yaml_lists_entries(page, key, lines):
    assert list_entry_lines(page.split("\n"), key) == lines
