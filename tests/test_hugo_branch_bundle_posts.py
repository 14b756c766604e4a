"""Hugo posts written as branch bundles (issue 8, c28 cause D): ``content/post/retreat/
_index.md`` with nothing under it is a section to Hugo, and the news section's list page
(``/post/``, whose ``.Pages`` holds sub-sections) lists it among the posts with its title
and date, where the homepage widget's "see all" link leads. So it is one item, as a leaf
bundle (``post/x/index.md``) or a ``post/x.md`` is; a branch bundle holding posts
(``post/2024/_index.md`` over ``post/2024/talk.md``) only groups them, and an undated one
(``post/archive/_index.md``) is a list page. Sites in our own words, read back with
``json`` (``feeds list --json``)."""

from __future__ import annotations

from pathlib import Path

from .hugo_sites import HEADLESS, YAML_CONFIG, listed, summary, write

WIDGET = (
    "---\nwidget: pages\nheadless: true\ntitle: Latest News\n"
    "content:\n  count: 2\n  page_type: post\n---\n"
)


def post(title: str, date: str, body: str) -> str:
    return f"---\ntitle: '{title}'\ndate: {date}\n---\n\n{body}\n"


SITE = {
    "config/_default/config.yaml": YAML_CONFIG,
    "content/home/index.md": HEADLESS,
    "content/home/news.md": WIDGET,
    "content/post/_index.md": "---\ntitle: Posts\n---\n",
    "content/post/retreat/_index.md": post(
        "Lab retreat in the hills", "2025-06-01", "We spent two days walking."
    ),
    "content/post/retreat/photo.md": "",  # removed below: a bundle with a page is a group
    "content/post/Mia MS/_index.md": post(
        "Mia defended her MS thesis", "2025-03-20", "Congratulations to Mia!"
    ),
    "content/post/poster/index.md": post("Best poster prize for Jo", "2024-11-05", "Jo won."),
    "content/post/seminar.md": post(
        "Invited seminar at the soil institute", "2024-09-10", "Dana gave an invited seminar."
    ),
    "content/post/2023/_index.md": post("Posts of 2023", "2023-01-01", "The year's posts."),
    "content/post/2023/grant.md": post("New grant for the lab", "2023-05-02", "We got a grant."),
    "content/post/archive/_index.md": "---\ntitle: Archive\n---\n\nOlder posts.\n",
}


def test_a_childless_branch_bundle_is_a_post(tmp_path: Path) -> None:
    files = {k: v for k, v in SITE.items() if k != "content/post/retreat/photo.md"}
    items, _ = listed(write(tmp_path / "site", files))
    assert summary(items) == [
        ("Lab retreat in the hills", "2025-06-01", "day", "event"),
        ("Mia defended her MS thesis", "2025-03-20", "day", "position"),
        ("Best poster prize for Jo", "2024-11-05", "day", "award"),
        ("Invited seminar at the soil institute", "2024-09-10", "day", "talk"),
        ("New grant for the lab", "2023-05-02", "day", "award"),
    ]
    links = {i["title"]: i["links"][0]["url"] for i in items}
    assert links["Lab retreat in the hills"] == "https://ana.example.org/post/retreat/"


def test_a_branch_bundle_holding_a_page_is_a_group_not_a_post(tmp_path: Path) -> None:
    files = dict(SITE)
    files["content/post/retreat/photo.md"] = post("Photos of the walk", "2025-06-02", "Hills.")
    items, _ = listed(write(tmp_path / "site", files))
    titles = [i["title"] for i in items]
    assert "Lab retreat in the hills" not in titles
    assert titles[0] == "Photos of the walk"
    assert "Mia defended her MS thesis" in titles
