"""The Go-template forms a file-reading Hugo shortcode is written in (issue 8; coverage of
feeds/inputs/hugo_template.py): a template and a call in, the lines it shows out.

Each case is a template written here in the forms shortcodes use, a call (its arguments,
its page folder) and the files of a made-up site; the expectation is the text a reader
of the built page sees from the file (its lines, joined), or ``None`` when the template
shows no file (or is not understood: never a guess).
"""

from __future__ import annotations

import pytest

from feeds.inputs.hugo_pipeline import Call
from feeds.inputs.hugo_template import shown_text

FILES = {
    ("root", "content/news.dat"): "**[14.03.25]** A seminar\n**[02.01.25]** A paper",
    ("root", "content/blog/extra.md"): "one\ntwo\nthree",
    ("assets", "news/list.md"): "from assets",
    ("page", "items.md"): "from the page bundle",
}


def read(base: str, path: str):
    text = FILES.get((base, path))
    if text is None:
        return None
    return [(line, (path, n)) for n, line in enumerate(text.split("\n"), 1)]


def shown(template: str, *positional: str, **named: str) -> str | None:
    call = Call(list(positional), dict(named), "content/blog/", read)
    text = shown_text(template, call)
    return None if text is None else "\n".join(line for line, _ in text)


CASES = {
    "named argument inside with": (
        '{{ with .Get "file" }}{{ readFile . }}{{ end }}',
        (),
        {"file": "content/news.dat"},
        "**[14.03.25]** A seminar\n**[02.01.25]** A paper",
    ),
    "with over a missing argument shows nothing, the next action does": (
        '{{ with .Get "missing" }}{{ if true }}{{ readFile "content/news.dat" }}{{ end }}{{ end }}'
        '{{ readFile "content/blog/extra.md" }}',
        (),
        {},
        "one\ntwo\nthree",
    ),
    "with over a missing argument goes to its else": (
        '{{ with .Get "file" }}{{ readFile . }}{{ else }}{{ readFile "content/blog/extra.md" }}'
        "{{ end }}",
        (),
        {},
        "one\ntwo\nthree",
    ),
    "else branch when the if shows nothing": (
        '{{ if .Get "x" }}{{ $a := 1 }}{{ else }}{{ readFile (.Get 0) }}{{ end }}',
        ("content/news.dat",),
        {},
        "**[14.03.25]** A seminar\n**[02.01.25]** A paper",
    ),
    "range over the lines: one block a line": (
        '{{ range split (readFile (.Get 0)) "\\n" }}{{ . }}{{ end }}',
        ("content/blog/extra.md",),
        {},
        "one\n\ntwo\n\nthree",
    ),
    "last two lines": (
        '{{ $t := split (os.ReadFile (.Get 0)) "\\n" }}{{ delimit (last 2 $t) "\\n" }}',
        ("content/blog/extra.md",),
        {},
        "two\nthree",
    ),
    "a path built with printf from the page folder": (
        '{{ $p := printf "%s%s" .Page.File.Dir (.Get 0) }}{{ readFile $p }}',
        ("extra.md",),
        {},
        "one\ntwo\nthree",
    ),
    "a path built with path.Join": (
        '{{ readFile (path.Join "content" "blog" (.Get 0)) | markdownify }}',
        ("extra.md",),
        {},
        "one\ntwo\nthree",
    ),
    "a default when the argument is missing": (
        '{{ $f := .Get "file" | default "content/news.dat" }}{{ readFile $f | safeHTML }}',
        (),
        {},
        "**[14.03.25]** A seminar\n**[02.01.25]** A paper",
    ),
    "resources.Get then .Content": (
        "{{ with resources.Get (.Get 0) }}{{ .Content | markdownify }}{{ end }}",
        ("news/list.md",),
        {},
        "from assets",
    ),
    "a page resource's content": (
        '{{ $r := .Page.Resources.Get "items.md" }}{{ $r.Content }}',
        (),
        {},
        "from the page bundle",
    ),
    "an int argument counts the lines": (
        '{{ $n := int (.Get 1) }}{{ delimit (first $n (split (readFile (.Get 0)) "\\n")) "\\n" }}',
        ("content/blog/extra.md", "2"),
        {},
        "one\ntwo",
    ),
    "a comment and a define are skipped": (
        '{{/* shows the file */}}{{ define "x" }}{{ end }}{{ readFile `content/news.dat` }}',
        (),
        {},
        "**[14.03.25]** A seminar\n**[02.01.25]** A paper",
    ),
    "a missing file shows nothing": ('{{ readFile "content/none.md" }}', (), {}, None),
    "an unknown function: not understood": (
        '{{ readFile (replace (.Get 0) "a" "b") }}',
        ("content/news.dat",),
        {},
        None,
    ),
    "a variable never set: not understood": ("{{ readFile $nowhere }}", (), {}, None),
    "an unclosed parenthesis: not understood": ("{{ readFile (.Get 0 }}", ("x",), {}, None),
    "a character the template language has not: not understood": (
        "{{ readFile ~ }}",
        (),
        {},
        None,
    ),
    "a number is no path": ("{{ readFile 3 }}", (), {}, None),
    "a function inside arguments without parentheses: not understood": (
        "{{ readFile printf (.Get 0) }}",
        ("content/news.dat",),
        {},
        None,
    ),
    "arguments given to a value: not understood": (
        '{{ readFile ("content/news.dat" "more") }}',
        (),
        {},
        None,
    ),
    "first over a text that is no list: not understood": ('{{ first 1 "words" }}', (), {}, None),
    "printing a plain value shows no file": ('{{ .Get 0 }}{{ "words" }}', ("x",), {}, None),
}


@pytest.mark.parametrize("name", CASES)
def test_what_a_shortcode_template_shows(name: str) -> None:
    template, positional, named, expected = CASES[name]
    assert shown(template, *positional, **named) == expected


def test_lines_keep_the_file_and_line_they_come_from() -> None:
    call = Call(["content/blog/extra.md"], {}, "content/blog/", read)
    text = shown_text("{{ readFile (.Get 0) }}", call)
    assert text == [
        ("one", ("content/blog/extra.md", 1)),
        ("two", ("content/blog/extra.md", 2)),
        ("three", ("content/blog/extra.md", 3)),
    ]
