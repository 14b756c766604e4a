"""A homepage's Liquid loop over the ``_news/`` collection that shows only some of it
(``{% for item in site.news limit: 5 %}``, with ``offset:`` or ``reversed``) chooses
what the page shows; the collection is the site's news, and the feeds hold all of it,
as the README says (issue 8: "the news items a reader sees" are the site's news, the
homepage a window on them; a feed reader keeps older items too, up to ``feed_limit``).
A site in our own words, read back from ``feeds list --json`` with ``json``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_run import feeds

LOOPS = [
    "{% for item in site.news limit: 5 %}",
    "{% assign news = site.news | reverse %}{% for item in news limit: 3 %}",
    "{% for item in site.news reversed limit: 2 offset: 1 %}",
    "{% for item in site.news offset: 4 %}",
]


def _site(folder: Path, loop: str) -> Path:
    (folder / "_news").mkdir(parents=True)
    (folder / "_pages").mkdir()
    (folder / "_includes").mkdir()
    (folder / "_config.yml").write_text(
        "title: Ada\nurl: https://ada.example.org\ncollections:\n  news:\n    output: true\n",
        encoding="utf-8",
    )
    (folder / "_pages" / "about.md").write_text(
        "---\nlayout: about\npermalink: /\nnews: true\n---\n\nI study looms.\n\n## News\n\n"
        "{% include news.liquid %}\n",
        encoding="utf-8",
    )
    (folder / "_includes" / "news.liquid").write_text(
        f"<ul>\n{loop}\n<li>{{{{ item.date }}}} {{{{ item.content }}}}</li>\n{{% endfor %}}\n"
        "</ul>\n",
        encoding="utf-8",
    )
    for month in range(1, 8):
        (folder / "_news" / f"talk{month}.md").write_text(
            f"---\nlayout: post\ndate: 2024-0{month}-10\ninline: true\n---\n\n"
            f"Gave talk number {month} at the Loom Society.\n",
            encoding="utf-8",
        )
    return folder


@pytest.mark.parametrize("loop", LOOPS)
def test_the_feeds_hold_the_whole_collection_whatever_the_loop_shows(tmp_path, loop):
    site = _site(tmp_path / "site", loop)
    ran = feeds("list", "--json", "--now", "2026-11-27", "--content", str(site))
    assert ran.returncode == 0, ran.stderr
    listed = json.loads(ran.stdout)
    assert sorted(i["start"] for i in listed) == [f"2024-0{m}-10" for m in range(1, 8)]
    assert {i["type"] for i in listed} == {"talk"}
