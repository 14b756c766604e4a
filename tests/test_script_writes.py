"""A hand-written homepage whose news a site script writes with string literals (issue 8,
corpus C4 cause A5): ``<script src="latest.js">`` where ``latest.js`` is
``document.write('<ul>\\ <li>…</li>\\ </ul>')`` (escaped quotes, ``\\`` line
continuations), ``"…"`` joined by ``+``, a template literal, ``el.innerHTML = '…'``. The
HTML those literals write is read in place of the script element; nothing is executed.
The news label is plain text ``Latest news: (<a>full list</a>)``, no heading; its link
to the full list is followed like any more-news link. Sites are written in our own
words; items are read back with ``json`` (``feeds list --json``), expectations here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import NOW, listed, summary, write

SEMINAR = ("Gave a seminar on sparse solvers at Example University", "2026-03", "month", "talk")
PAPER = ("Our paper on graph sketches is accepted at ExConf '26", "2025-11", "month", "paper")


def home(label: str = "Latest news:", script: str = "latest.js") -> str:
    return (
        "<!DOCTYPE html>\n<html><head><title>Ana</title></head><body>\n"
        "<h1>Ana</h1>\n<div class='box'>\n<p>I study solvers.</p>\n"
        f'{label}\n<script src="{script}"></script>\n</div>\n'
        "<div class='foot'><ul><li>Design: Example Templates</li></ul></div>\n</body></html>\n"
    )


SINGLE = r"""document.write('\
<ul>\
<li>\
March \'26 - Gave a seminar on sparse solvers at Example University.\
</li>\
<li>\
November \'25 - Our paper on graph sketches is accepted at ExConf \'26.\
</li>\
</ul>\
');
"""
WRITTEN = {
    "single quotes, escaped quotes, line continuations": SINGLE,
    "double quotes joined by +": (
        'document.write("<ul>" +\n'
        '  "<li>March \'26 - Gave a seminar on sparse solvers at Example University.</li>" +\n'
        "  \"<li>November '25 - Our paper on graph sketches is accepted at ExConf '26.</li>\"\n"
        '  + "</ul>");\n'
    ),
    "a template literal over several lines": (
        "document.writeln(`<ul>\n"
        "<li>March '26 - Gave a seminar on sparse solvers at Example University.</li>\n"
        "<li>November '25 - Our paper on graph sketches is accepted at ExConf '26.</li>\n"
        "</ul>`);\n"
    ),
    "innerHTML of an element, \\u escapes": (
        "var box = document.getElementById('news');\n"
        "box.innerHTML = '<ul><li>March \\u002726 - Gave a seminar on sparse solvers at "
        "Example University.</li>' +\n"
        "  '<li>November \\'25 - Our paper on graph sketches is accepted at ExConf \\'26.</li>"
        "</ul>';\n"
    ),
}


@pytest.mark.parametrize("case", WRITTEN, ids=list(WRITTEN))
def test_what_a_site_script_writes_is_read_in_its_place(tmp_path: Path, case: str) -> None:
    site = write(tmp_path / "site", {"index.html": home(), "latest.js": WRITTEN[case]})
    items, _ = listed(site)
    assert summary(items) == [SEMINAR, PAPER]


def test_the_label_link_to_the_full_list_is_followed(tmp_path: Path) -> None:
    older = r"""document.write('\
<ul>\
<li>\
May \'24 - Joined the Example Lab as a postdoc.\
</li>\
</ul>\
');
"""
    site = write(
        tmp_path / "site",
        {
            "index.html": home('Latest news: (<a href="./full-news.html">full list</a>)'),
            "latest.js": SINGLE,
            "full-news.html": home("News:", "full.js"),
            "full.js": older,
        },
    )
    items, ran = listed(site)
    assert summary(items) == [
        SEMINAR, PAPER, ("Joined the Example Lab as a postdoc", "2024-05", "month", "position")
    ]  # fmt: skip
    assert [item["line"] for item in items[:2]] == [3, 6]  # the <li> lines of latest.js
    assert "Design" not in ran.stdout  # the footer after the label's box is no news
    assert "warning" not in ran.stderr


NOT_READ = {
    "a write of a computed value": "var n = 'x';\ndocument.write('<ul><li>' + n + '</li></ul>');\n",
    "a template literal with ${}": "document.write(`<ul><li>March '26 - ${talk}</li></ul>`);\n",
}


@pytest.mark.parametrize("case", NOT_READ, ids=list(NOT_READ))
def test_a_script_that_computes_what_it_writes_is_not_run(tmp_path: Path, case: str) -> None:
    site = write(tmp_path / "site", {"index.html": home(), "latest.js": NOT_READ[case]})
    result = feeds(
        "list", "--json", "--content", str(site), "--now", NOW,
        "--site-url", "https://ana.example.org/",
    )  # fmt: skip
    assert result.returncode == 1
    assert "no news found" in result.stderr
