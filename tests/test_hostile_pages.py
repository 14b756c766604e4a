"""Property: any page, however hostile, builds to safe, parseable outputs, or fails with a
message and leaves the previous outputs as they were. Never a traceback."""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from feeds.cli import main

from .output_safety import assert_outputs_parse, snapshot, unsafe_outputs

NOW = "2022-11-10"
CONFIG = 'site_url = "https://example.org/~me"\nauthor = "Me"\ntimezone = "America/Chicago"\n'
GOOD_PAGE = "---\ntitle: Me\n---\n\n### News\n\n- **Talk** at Rice (Nov 18, 2022)\n"
PROPERTY = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

# Pieces hostile pages are made of: odd characters, entities, dates, emphasis, comments.
WORDS = st.sampled_from(
    [
        "Talk", "at", "Rice", "**Talk**", "**Nov 18, 2022**", "*new*", "`<b>code</b>`",
        "CS&E", "&amp;", "&#106;", "&colon;", "&Tab;", "(Nov 18, 2022)", "(2021)", "2022:",
        "$x^2$", ":tada:", "\x00", "\x01", "\x0b", "\x1b", "\x7f", "\x85", "\u202e",
        "\u2066", "\ufffe", "\uffff", "\ufeff", "\r", "\t", "<!-- hidden -->", "<!--",
        "-->", "]]>", "<![CDATA[", "{{ x }}", "{% raw %}", "\\", "|", "<", ">", "\"", "'",
    ]
)  # fmt: skip
SCHEMES = st.sampled_from(
    [
        "javascript:alert(1)", "JaVaScRiPt:alert(1)", "java\tscript:alert(1)",
        " javascript:alert(1)", "&#106;avascript:alert(1)", "javascript&colon;alert(1)",
        "vbscript:msgbox(1)", "data:image/svg+xml,<svg onload=alert(1)>",
        "data:text/html,<script>alert(1)</script>", "https://example.org/a?b=1&c=2",
        "http://x.org", "mailto:me@example.org", "/relative", "relative.pdf", "#frag",
        "https://arxiv.org/abs/2101.00001", "file:///etc/passwd", "",
        "data:image/png;base64,AAAA", "DATA:image/gif;base64,R0lGOD",
    ]
)  # fmt: skip
TAGS = st.sampled_from(
    [
        "a", "img", "b", "span", "div", "p", "script", "style", "svg", "math", "iframe",
        "form", "object", "embed", "base", "meta", "link", "textarea", "title", "noscript",
        "template", "xmp", "plaintext", "details", "video", "table", "td", "mi",
    ]
)  # fmt: skip
ATTRIBUTES = st.sampled_from(
    [
        ' href="{url}"', " href='{url}'", " href={url}", ' src="{url}"',
        ' src="a>" onerror=alert(1)', ' onload="alert(1)"',
        " onmouseover=alert(1)", ' style="position:fixed"',
        ' xlink:href="{url}"', ' srcset="{url}"', ' formaction="{url}"', ' action="{url}"',
        ' data="{url}"', ' title="x>y"', ' class="c"', " open", ' href="java\nscript:x"',
    ]
)  # fmt: skip


@st.composite
def raw_html(draw) -> str:
    tag = draw(TAGS)
    attrs = "".join(a.format(url=draw(SCHEMES)) for a in draw(st.lists(ATTRIBUTES, max_size=3)))
    inner = draw(st.lists(WORDS, max_size=3))
    close = draw(st.sampled_from([f"</{tag}>", "", f"</{tag}", ">"]))
    return f"<{tag}{attrs}>{' '.join(inner)}{close}"


@st.composite
def links(draw) -> str:
    url, text = draw(SCHEMES), draw(WORDS)
    form = draw(st.sampled_from(["[{t}]({u})", "[{t}](<{u}>)", "<{u}>", "![{t}]({u})"]))
    return form.format(t=text, u=url)


INLINE = st.one_of(WORDS, WORDS, links(), raw_html(), st.text(max_size=8))


@st.composite
def items(draw, depth: int = 0) -> list[str]:
    """A list item and maybe nested ones (at most four levels, below the parser's limit)."""
    marker = draw(st.sampled_from(["- ", "* ", "1. ", "+ "]))
    lines = ["  " * depth + marker + " ".join(draw(st.lists(INLINE, min_size=1, max_size=8)))]
    if depth < 3:
        for child in draw(st.lists(items(depth + 1), max_size=2)):
            lines += child
    return lines


@st.composite
def pages(draw) -> str:
    blocks = []
    for _ in range(draw(st.integers(1, 4))):
        kind = draw(st.sampled_from(["list", "list", "html", "heading", "quote", "fence"]))
        if kind == "list":
            blocks.append("\n".join(draw(items())))
        elif kind == "html":
            blocks.append(draw(raw_html()))
        elif kind == "heading":
            blocks.append(draw(st.sampled_from(["### 2021", "## Older news", "**Upcoming**"])))
        elif kind == "quote":
            blocks.append("> " + " ".join(draw(st.lists(INLINE, max_size=4))))
        else:
            blocks.append("```\n" + draw(raw_html()) + "\n```")
    anchor = draw(st.booleans())  # with a sound item, most builds succeed
    good = "- **Talk** at Rice (Nov 18, 2022)\n\n" if anchor else ""
    # now and then no news section at all: the build fails and must keep the last outputs
    heading = draw(st.sampled_from(["### News", "### News", "### News", "### Teaching"]))
    return f"---\ntitle: Me\n---\n\n{heading}\n\n{good}" + "\n\n".join(blocks) + "\n"


@pytest.fixture(scope="module")
def previous(tmp_path_factory) -> Path:
    """The outputs of a good build: what a failed build must leave as they are."""
    site = tmp_path_factory.mktemp("good")
    (site / "feeds.toml").write_text(CONFIG, encoding="utf-8")
    (site / "index.md").write_text(GOOD_PAGE, encoding="utf-8")
    out = site / "out"
    result = build(site, out)
    assert result.exit_code == 0, result.output
    return out


def build(site: Path, out: Path):
    return CliRunner().invoke(
        main, ["build", "--content", str(site), "--out", str(out), "--now", NOW, "-q"]
    )


def check_build(page: bytes, previous: Path) -> None:
    """Build ``page`` over a copy of ``previous``; check the outcome either way."""
    with tempfile.TemporaryDirectory() as folder:
        site = Path(folder)
        (site / "feeds.toml").write_text(CONFIG, encoding="utf-8")
        (site / "index.md").write_bytes(page)
        out = site / "out"
        shutil.copytree(previous, out)
        before = snapshot(out)
        result = build(site, out)
        assert result.exception is None or isinstance(result.exception, SystemExit), (
            result.exception
        )
        assert result.exit_code in (0, 1), result.output
        assert "Traceback" not in result.output and "Traceback" not in result.stderr
        if result.exit_code == 1:
            assert result.stderr.strip(), "an error says what is wrong"
            after = {name: (out / name).read_bytes() for name in before}
            assert after == before, "a failed build left the previous outputs intact"
        else:
            assert_outputs_parse(out)
            assert unsafe_outputs(out) == []


@PROPERTY
@given(pages())
def test_hostile_markdown_and_html(previous, page):
    check_build(page.encode("utf-8"), previous)


@PROPERTY
@given(st.text(max_size=400).map(str.encode))
def test_arbitrary_text(previous, page):
    check_build(page, previous)


@PROPERTY
@given(st.binary(max_size=400))
def test_arbitrary_bytes(previous, page):
    check_build(page, previous)


HOSTILE_PAGE = (
    "---\ntitle: Me\u202e\n---\n\n### News\n\n"
    '- **Talk** at Rice <img src="a>" onerror=alert(1)> '
    '<a href="&#106;avascript:alert(1)">x</a>\x01\ufffe (Nov 18, 2022)\n'
    "- **Paper** [p](java\tscript:alert(1)) <svg onload=alert(1)> `<b>code</b>` CS&E (2021)\n"
)


@pytest.mark.parametrize(
    ("page", "code"),
    [
        (HOSTILE_PAGE, 0),
        ("---\ntitle: [\n---\n### News\n- x <a", 0),
        ("# Me\n\n### Teaching\n\n- <script>alert(1)</script> \x01 (2021)\n", 1),
    ],
)
def test_hostile_page_in_a_real_process(previous, tmp_path, page, code):
    site = tmp_path / "site"
    site.mkdir()
    (site / "feeds.toml").write_text(CONFIG, encoding="utf-8")
    (site / "index.md").write_text(page, encoding="utf-8")
    out = tmp_path / "out"
    shutil.copytree(previous, out)
    before = snapshot(out)
    args = ["build", "--content", str(site), "--out", str(out), "--now", NOW]
    done = subprocess.run(
        [sys.executable, "-m", "feeds", *args], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == code and "Traceback" not in done.stderr, done.stderr
    if code == 0:
        assert_outputs_parse(out)
        assert unsafe_outputs(out) == []
    else:
        assert "error" in done.stderr and "index.md" in done.stderr
        assert snapshot(out) == before
