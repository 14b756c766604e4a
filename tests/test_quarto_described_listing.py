"""A Quarto listing page the author describes as news (``title: Blog``, ``description:
Updates from the lab``) is the news when the site has no other: no news on the homepage
and no listing its title, file name or navbar calls news. A blog described otherwise
stays a blog. Sites written here in our own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_quarto_listing import QUARTO, post, read, write

HOME = "---\ntitle: Rock Physics Group\n---\n\nWe study rocks.\n"
HOME_WITH_NEWS = HOME + "\n## News\n\n- **Mar 2026**: Opened the new core lab.\n"
BLOG = (
    '---\ntitle: "Blog"\ndescription: "{about}"\nlisting:\n  contents: "posts/*.qmd"\n'
    '  sort: "date desc"\n---\n\n::: {{#listing}}\n:::\n'
)
POSTS = {
    "blog/posts/2026-05-04-visit.qmd": post("Visit to the core repository", "2026-05-04"),
    "blog/posts/2026-02-17-award.qmd": post("Student award at the rock meeting", "2026-02-17"),
}
BLOG_TITLES = ["Visit to the core repository", "Student award at the rock meeting"]

# (files beside _quarto.yml and the posts, titles of the items in feed order)
DESCRIBED = {
    "described as updates, no other news": (
        {"index.qmd": HOME, "blog/index.qmd": BLOG.format(about="Updates from the group")},
        BLOG_TITLES,
    ),
    "described as news and announcements": (
        {"index.qmd": HOME, "blog/index.qmd": BLOG.format(about="News and announcements")},
        BLOG_TITLES,
    ),
    "the homepage has news: the blog stays a blog": (
        {"index.qmd": HOME_WITH_NEWS, "blog/index.qmd": BLOG.format(about="Group updates")},
        ["Opened the new core lab"],
    ),
    "another listing is titled news: the blog stays a blog": (
        {
            "index.qmd": HOME,
            "blog/index.qmd": BLOG.format(about="Updates from the group"),
            "news.qmd": '---\ntitle: "News"\nlisting:\n  contents: "items/*.qmd"\n---\n',
            "items/hire.qmd": post("A new technician joined", "2026-06-01"),
        },
        ["A new technician joined"],
    ),
}


@pytest.mark.parametrize("case", DESCRIBED)
def test_a_listing_described_as_news_is_the_news_when_no_other(tmp_path: Path, case: str) -> None:
    files, titles = DESCRIBED[case]
    site = write(tmp_path, {"_quarto.yml": QUARTO, **POSTS, **files})
    assert [title for title, *_ in read(site)] == titles


def test_a_blog_described_otherwise_is_no_news(tmp_path: Path) -> None:
    blog = BLOG.format(about="Thoughts on rocks and research")
    site = write(
        tmp_path, {"_quarto.yml": QUARTO, **POSTS, "index.qmd": HOME, "blog/index.qmd": blog}
    )
    assert read(site) == []
