"""An Astro homepage that shows a content collection of posts (``src/content/posts/``,
``blog/``), filtered by front matter (issue 8, c22 cause E): ``getCollection('posts')``
then ``.filter((e) => hasCategory(e, 'career') && e.data.important === 'new')``. Each
post is an item dated by its front matter; only the posts the filters name are read (a
category the page names, a field's value it compares with); a post whose body the page
renders (``<Content />``) is its body's words, else its title. Sites written in our own
words; items read back with json.
"""

from __future__ import annotations

from pathlib import Path

from .hugo_sites import listed, summary, write

HOME = """---
import { getCollection } from 'astro:content';
const posts = await getCollection('posts');
const has = (entry, c) => [].concat(entry.data.categories || []).includes(c);
const talks = posts.filter((entry) => has(entry, 'talk') && entry.data.important === 'new');
const news = posts.filter((entry) => has(entry, 'career') && entry.data.important === 'new');
const rendered = await Promise.all(
  news.map(async (e) => ({ e, Content: (await e.render()).Content })));
---
<h2>Talks</h2>
<ul>{talks.map((p) => (<li>{p.data.title}</li>))}</ul>
<h2>News</h2>
<ul>{rendered.map(({ e, Content }) => (<li><Content /></li>))}</ul>
"""


def post(title: str, date: str, category: str, important: str, body: str = "") -> str:
    return (
        f'---\n\n\ntitle: "{title}"\ndate: {date}\ncategories: {category}\n'
        f"important: {important}\n---\n{body}\n"
    )


SITE = {
    "astro.config.mjs": "export default {};\n",
    "src/pages/index.astro": HOME,
    "src/content/posts/2026-02-10-grant.md": post(
        "Grant", "2026-02-10 00:00:00 +00:00", "career", "new",
        "I received a young investigator grant from the Pond Fund.",
    ),
    "src/content/posts/2026-03-04-talk.md": post(
        "Invited talk: Counting ducks at scale", "2026-03-04 18:00:00 +00:00", "talk", "new"
    ),
    "src/content/posts/2026-02-27-seminar.md": post(
        "Lower bounds for duck counting", "2026-02-27 18:00:00 +00:00", "talk", "new"
    ),  # filed as a talk: its category says what its title does not
    "src/content/posts/2025-11-20-paper.md": post(
        "paper news", "2025-11-20 00:00:00 +00:00", "career", "new",
        "Our paper on lake ice was accepted at Pond Letters.",
    ),
    # not shown by the page: a research post, an old career post
    "src/content/posts/2025-06-01-research.md": post(
        "A study of ponds", "2025-06-01 00:00:00 +00:00", "research", "new",
        "We study ponds.",
    ),
    "src/content/posts/2024-01-01-old.md": post(
        "Old", "2024-01-01 00:00:00 +00:00", "career", "old", "Joined the Lake Lab."
    ),
}  # fmt: skip


def test_the_posts_the_homepage_shows_are_the_news(tmp_path: Path) -> None:
    items, _ = listed(write(tmp_path / "site", SITE))
    assert summary(items) == [
        ("Counting ducks at scale", "2026-03-04", "day", "talk"),
        ("Lower bounds for duck counting", "2026-02-27", "day", "talk"),
        ("I received a young investigator grant from the Pond Fund", "2026-02-10", "day", "award"),
        ("Our paper on lake ice was accepted at Pond Letters", "2025-11-20", "day", "paper"),
    ]


def test_a_blog_collection_without_filters_is_read_whole(tmp_path: Path) -> None:
    home = (
        "---\nimport { getCollection } from 'astro:content';\n"
        "const entries = (await getCollection('blog')).slice(0, 5);\n---\n"
        "<ul>{entries.map((e) => (<li>{e.data.title}</li>))}</ul>\n"
    )
    site = write(
        tmp_path / "site",
        {
            "astro.config.mjs": "export default {};\n",
            "src/pages/index.astro": home,
            "src/content/blog/a.md": '---\ntitle: "Gave a talk at the Pond Seminar"\n'
            "date: 2026-03-04\n---\nSlides soon.\n",
            "src/content/blog/b.md": '---\ntitle: "Joined the Lake Lab as a postdoc"\n'
            "date: 2025-10-01\n---\n",
        },
    )
    items, _ = listed(site)
    assert summary(items) == [
        ("Gave a talk at the Pond Seminar", "2026-03-04", "day", "talk"),
        ("Joined the Lake Lab as a postdoc", "2025-10-01", "day", "position"),
    ]


FORMATTED_HOME = (
    HOME.replace(
        "---\n<h2>Talks</h2>",
        "const talkDate = (d) =>\n"
        "  new Intl.DateTimeFormat('en-US', { month: 'short', day: '2-digit' }).format(d);\n"
        "const newsDate = (d) =>\n"
        "  new Intl.DateTimeFormat('en-US', { month: 'short', year: 'numeric' }).format(d);\n"
        "---\n<h2>Talks</h2>",
    )
    .replace("<li>{p.data.title}</li>", "<li>{talkDate(p.data.date)} {p.data.title}</li>")
    .replace("<li><Content /></li>", "<li>{newsDate(e.data.date)} <Content /></li>")
)


def test_each_list_is_dated_as_its_format_shows(tmp_path: Path) -> None:
    """A list whose date format names no day shows months ("Feb 2026"); one that names
    the day (even without the year, "Mar 04") shows days."""
    assert "newsDate(e.data.date)" in FORMATTED_HOME
    items, _ = listed(write(tmp_path / "site", {**SITE, "src/pages/index.astro": FORMATTED_HOME}))
    assert summary(items) == [
        ("Counting ducks at scale", "2026-03-04", "day", "talk"),
        ("Lower bounds for duck counting", "2026-02-27", "day", "talk"),
        ("I received a young investigator grant from the Pond Fund", "2026-02", "month", "award"),
        ("Our paper on lake ice was accepted at Pond Letters", "2025-11", "month", "paper"),
    ]


def test_news_written_in_the_markup_wins_over_the_blog(tmp_path: Path) -> None:
    home = (
        "---\nimport { getCollection } from 'astro:content';\n"
        "const recent = (await getCollection('blog')).slice(0, 3);\n---\n"
        "<h2>News</h2>\n<ul>\n<li><b>Mar 2026</b> Gave a talk at the Pond Seminar.</li>\n"
        "<li><b>Oct 2025</b> Joined the Lake Lab as a postdoc.</li>\n</ul>\n"
        "<h2>Blog</h2>\n<ul>{recent.map((e) => (<li>{e.data.title}</li>))}</ul>\n"
    )
    site = write(
        tmp_path / "site",
        {
            "astro.config.mjs": "export default {};\n",
            "src/pages/index.astro": home,
            "src/content/blog/a.md": '---\ntitle: "Thoughts on ducks"\ndate: 2026-01-04\n---\n',
        },
    )
    items, _ = listed(site)
    assert summary(items) == [
        ("Gave a talk at the Pond Seminar", "2026-03", "month", "talk"),
        ("Joined the Lake Lab as a postdoc", "2025-10", "month", "position"),
    ]
