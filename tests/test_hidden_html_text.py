"""Text an author hid inside a news item of an HTML page (scan 25, cause 3: a vCard-style
page whose items hold ``<time style="display:none">August 2026</time>``, the date a pop-up
shows): ``style="display:none"``, ``visibility:hidden`` or the ``hidden`` attribute on a
part of a line is never in the item's title or body; a hidden ``<time>`` still dates an
item nothing visible dates (its words, else its ``datetime``). What readers do see stays:
``aria-hidden`` text (hidden from screen readers only), the rest of a text a "Read more"
control reveals, a whole item hidden until "Show more" shows it.

Pages written here in our own words; ``feed.json`` of a build read back with ``json``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .hugo_sites import build, write

PAGE = "<html><body>\n<h2>News</h2>\n{items}\n</body></html>\n"

# (the item's HTML, its title, its date, words that must be in its body, words that must not)
ROWS = [
    (
        '<li><b>May 2026</b> Gave a talk <span style="display:none">(draft)</span> at MIT.</li>',
        "Gave a talk at MIT", "2026-05-01", "Gave a talk at MIT.", "draft",
    ),
    (
        "<li><b>Apr 2026</b> Joined the Pond Lab <span hidden>as a spy</span>.</li>",
        "Joined the Pond Lab", "2026-04-01", "Joined the Pond Lab", "spy",
    ),
    (
        '<li><b>Mar 2026</b> Won the <span style="color: red; visibility: hidden">'
        "secret </span>Duck Prize.</li>",
        "Won the Duck Prize", "2026-03-01", "Won the Duck Prize.", "secret",
    ),
    (  # hidden from screen readers only: on screen
        '<li><b>Feb 2026</b> Gave a talk in <span aria-hidden="true">Oslo</span>.</li>',
        "Gave a talk in Oslo", "2026-02-01", "Gave a talk in Oslo", None,
    ),
    (  # the rest a "Read more" control reveals
        '<li><b>Jan 2026</b> Our lake study appeared. <span class="more" style="display:none">'
        'It covers ten lakes.</span> <a href="#" onclick="more()">Read more</a></li>',
        "Our lake study appeared", "2026-01-01", "It covers ten lakes.", None,
    ),
    (  # a whole item hidden until "Show more" shows it
        '<li style="display:none"><b>Dec 2025</b> Served on the XYZ committee.</li>',
        "Served on the XYZ committee", "2025-12-01", "Served on the XYZ committee.", None,
    ),
    (  # a hidden <time>: its words date the item, never its text
        '<li><h4>Started a postdoc</h4><time style="display:none" datetime="2025-08-09">'
        "August 2025</time><p>At the Lake Institute.</p></li>",
        "Started a postdoc At the Lake Institute", "2025-08-01", "At the Lake Institute.",
        "2025-08-09",
    ),
    (  # its datetime when its words say no date
        '<li>Defended my thesis. <time hidden datetime="2025-04-02"></time></li>',
        "Defended my thesis", "2025-04-02", "Defended my thesis.", None,
    ),
    (  # a visible date wins over a hidden one
        '<li><b>Mar 2025</b> Visited Oslo. <time style="display:none" datetime="2020-01-01">'
        "January 2020</time></li>",
        "Visited Oslo", "2025-03-01", "Visited Oslo.", "2020",
    ),
    (  # a card (heading, date, text) dated by its hidden <time>
        '<div class="card"><h4>Gave a talk</h4><time style="display:none" '
        'datetime="2024-06-03"></time><p>At the Pond Society.</p></div>',
        "Gave a talk", "2024-06-03", "At the Pond Society.", None,
    ),
    (  # a card with a visible date and a hidden one: the visible one
        '<div class="card"><h4>Won a grant</h4><time>May 2024</time><time style="display:none" '
        'datetime="2019-01-01">January 2019</time><p>From the Lake Fund.</p></div>',
        "Won a grant", "2024-05-01", "From the Lake Fund.", "2019",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("html", "title", "date", "shown", "hidden"), ROWS)
def test_hidden_text_is_not_published(
    tmp_path: Path, html: str, title: str, date: str, shown: str, hidden: str | None
) -> None:
    items = html if html.startswith("<div") else f"<ul>\n{html}\n</ul>"
    site = write(tmp_path / "site", {"index.html": PAGE.format(items=items)})
    result = build(site, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    feed = json.loads((tmp_path / "out" / "feed.json").read_text(encoding="utf-8"))
    [item] = feed["items"]
    assert (item["title"], item["date_published"][:10]) == (title, date)
    assert shown in item["content_html"]
    if hidden is not None:
        assert hidden not in item["content_html"] and hidden not in item["title"]
