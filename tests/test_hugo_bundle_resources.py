"""Hugo lists only the pages of a section: a leaf bundle (``post/a/index.md``) is one
page, and every file inside its folder, a nested ``post/a/b/index.md`` or a
``post/a/notes.md`` beside it, is one of its resources, never listed (issue 8, c19 G2).
A branch bundle (``_index.md``) still holds pages. Sites written in our own words;
``feeds list --json`` read back with json."""

from __future__ import annotations

from pathlib import Path

import pytest

from .hugo_sites import HEADLESS, YAML_CONFIG, listed, post, summary, write

WIDGET = "---\nwidget: pages\ntitle: News\ncontent:\n  page_type: {FOLDER}\n---\n"
GRANT = ("We received a grant for the ageing study", "2023-03-15", "day", "award")
TALKS = ("Our students presented posters at two meetings", "2023-04-27", "day", "talk")

CASES = {
    "a leaf bundle inside a leaf bundle": (
        {
            "post/grant/index.md": post(GRANT[0], GRANT[1], "Great news."),
            "post/grant/talks/index.md": post(TALKS[0], TALKS[1], "A copy."),
            "post/talks/index.md": post(TALKS[0], TALKS[1], "Two meetings."),
        },
        [TALKS, GRANT],
    ),
    "a page file beside a bundle's index": (
        {
            "post/grant/index.md": post(GRANT[0], GRANT[1], "Great news."),
            "post/grant/notes.md": post("Notes kept with the grant", "2023-03-20"),
        },
        [GRANT],
    ),
    "leaf bundles under a branch bundle are pages": (
        {
            "post/2023/_index.md": "---\ntitle: 2023\n---\n",
            "post/2023/grant/index.md": post(GRANT[0], GRANT[1], "Great news."),
            "post/2023/talks.md": post(TALKS[0], TALKS[1], "Two meetings."),
        },
        [TALKS, GRANT],
    ),
}


@pytest.mark.parametrize("folder", ["post", "news"])
@pytest.mark.parametrize("case", CASES)
def test_only_the_pages_hugo_lists(tmp_path: Path, case: str, folder: str) -> None:
    files, expected = CASES[case]
    site = {
        "config/_default/config.yaml": YAML_CONFIG,
        "content/home/index.md": HEADLESS,
        **{f"content/{folder}/{name[5:]}": text for name, text in files.items()},
    }
    if folder == "post":  # a pages widget titled News lists post/; news/ is the section
        site["content/home/news.md"] = WIDGET.replace("{FOLDER}", folder)
    items, _ = listed(write(tmp_path / "site", site))
    assert summary(items) == expected
