"""A page whose news yields no items names the news section that holds the words not read
(feeds/parse/sections.py ``Collector.finish`` keeps it as ``Page.filled_section``;
feeds/parse/__init__.py and feeds/build.py name it). With an empty "Highlights" heading
above the "News" heading whose text could not be read, ``build`` and ``check`` named
"Highlights", sending the author to the wrong place. Pages written here; the expected
file:line and heading read off each page."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main

PROSE = "Something happened yesterday.\n\nWe did a thing last week.\n"

PAGES = [
    pytest.param(  # an empty heading, then the news heading over prose with no dates
        "index.md",
        f"# Ana Lee\n\n## Highlights\n\n## News\n\n{PROSE}\n## Teaching\n",
        5,
        "News",
        id="empty-heading-first",
    ),
    pytest.param(  # only a comment under the first heading: no words a reader sees
        "index.md",
        f"# Ana Lee\n\n## Highlights\n<!-- to write -->\n\n## Latest news\n\n{PROSE}",
        6,
        "Latest news",
        id="a-comment-under-the-first-heading",
    ),
    pytest.param(  # only tags under the first heading
        "index.md",
        f'# Ana Lee\n\n## Highlights\n<div class="highlights"></div>\n\n## News\n\n{PROSE}',
        6,
        "News",
        id="tags-under-the-first-heading",
    ),
    pytest.param(  # the words first, an empty news heading after them
        "index.md",
        f"# Ana Lee\n\n## News\n\n{PROSE}\n## Updates\n",
        3,
        "News",
        id="words-first",
    ),
    pytest.param(  # no words under either heading: the first is named, as before
        "index.md",
        "# Ana Lee\n\n## Highlights\n\n## News\n\n## Teaching\n",
        3,
        "Highlights",
        id="both-empty",
    ),
    pytest.param(  # a hand-written HTML page
        "index.html",
        "<html><body>\n<h2>Highlights</h2>\n<h2>News</h2>\n<p>Something happened.</p>\n"
        "<p>We did a thing.</p>\n</body></html>\n",
        3,
        "News",
        id="html-page",
    ),
]


@pytest.mark.parametrize("command", ["build", "check"])
@pytest.mark.parametrize(("name", "page", "line", "heading"), PAGES)
def test_the_section_holding_words_is_named(
    tmp_path: Path, command: str, name: str, page: str, line: int, heading: str
) -> None:
    site = tmp_path / "site"
    site.mkdir()
    (site / "feeds.toml").write_text('site_url = "https://example.org/"\n', encoding="utf-8")
    (site / name).write_text(page, encoding="utf-8")
    out = ["--out", str(tmp_path / "o")] if command == "build" else []
    result = CliRunner().invoke(main, [command, "--content", str(site), *out])
    assert result.exit_code == 1
    refused = [row for row in result.output.splitlines() if "yields no items" in row]
    assert refused and all(
        f"{name}:{line}:" in row and f"news section {heading!r}" in row for row in refused
    ), result.output
    assert "Traceback" not in result.output
