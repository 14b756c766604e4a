"""A blog page its author describes as news (its ``title`` or ``description`` says news,
announcements or updates, in one of our languages) lists the site's news when the site
has no other: its posts are the items, typed by their titles (a guest's seminar, named
with an honorific, is an event). Sites written in our own words; ``feeds list --json``
read back with ``json``.
"""

from __future__ import annotations

import pytest

from .cli_run import feeds
from .hugo_sites import listed, write

POSTS_LOOP = "{% for post in site.posts %}<h3>{{ post.title }}</h3>{% endfor %}\n"
CONFIG = "title: Lab\nurl: https://ana.example.org\npermalink: /blog/:year/:title/\n"
POST = "---\nlayout: post\ntitle: {title}\ndate: {date}\n---\n\nSome words.\n"


@pytest.mark.parametrize(
    ("front", "listed_news"),
    [
        ("title: posts\ndescription: News and updates", True),
        ("title: blog\ndescription: Lab updates and announcements", True),
        ("title: ブログ\ndescription: 研究室の活動記録やお知らせを掲載しています。", True),
        ("title: Noticias del grupo", True),
        ("title: blog\ndescription: Thoughts on statistics and teaching", False),
        ("title: ブログ", False),
    ],
)
def test_a_blog_page_described_as_news(tmp_path, front: str, listed_news: bool) -> None:
    site = write(
        tmp_path,
        {
            "_config.yml": CONFIG,
            "index.md": "---\nlayout: page\ntitle: Home\n---\n\nWelcome to the lab.\n",
            "blog.md": f"---\nlayout: page\n{front}\npermalink: /blog/\n---\n\n{POSTS_LOOP}",
            "_posts/2026-03-02-grant.md": POST.format(title="Grant received", date="2026-03-02"),
            "_posts/2026-01-15-tea.md": POST.format(title="Tea with visitors", date="2026-01-15"),
        },
    )
    if not listed_news:  # a blog, not news: the site has no news to list
        result = feeds(
            "list", "--json", "--content", str(site), "--now", "2026-11-26",
            "--site-url", "https://ana.example.org/",
        )  # fmt: skip
        assert result.returncode == 1
        return
    items, _ = listed(site)
    assert [(i["start"], i["title"]) for i in items] == [
        ("2026-03-02", "Grant received"),
        ("2026-01-15", "Tea with visitors"),
    ]


BLOG = "---\nlayout: page\ntitle: {title}\ndescription: {description}\npermalink: /blog/\n---\n\n"


def test_a_japanese_blog_of_announcements_typed_by_its_titles(tmp_path) -> None:
    site = write(
        tmp_path,
        {
            "_config.yml": CONFIG,
            "index.md": "---\ntitle: 概要\npermalink: /\n---\n\nようこそ。\n",
            "blog.md": BLOG.format(title="ブログ", description="お知らせを掲載します") + POSTS_LOOP,
            "_posts/2026-04-01-welcome.md": POST.format(
                title="新メンバーが着任しました", date="2026-04-01"
            ),
            "_posts/2026-02-10-seminar.md": POST.format(
                title="山田博士のセミナー", date="2026-02-10"
            ),
            "_posts/2026-01-20-talk.md": POST.format(title="学会でセミナー発表", date="2026-01-20"),
        },
    )
    items, _ = listed(site)
    assert [(i["start"], i["type"], i["links"][0]["url"]) for i in items] == [
        ("2026-04-01", "position", "https://ana.example.org/blog/2026/welcome/"),
        ("2026-02-10", "event", "https://ana.example.org/blog/2026/seminar/"),
        ("2026-01-20", "talk", "https://ana.example.org/blog/2026/talk/"),
    ]
