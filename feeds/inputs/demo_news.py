"""al-folio's demo announcements and posts: what the template ships, never the owner's news.

al-folio (and its forks such as multi-language-al-folio) comes with three example news
files, ``announcement_1.md`` .. ``announcement_3.md``, dated 2015-2016. Many sites keep
them next to their own news, or instead of any; published, they would be the template's
words in the owner's feed. A file is the demo when it shows the template's own text,
matched exactly (white space aside), never by likeness:

- an inline announcement whose whole body is one of the template's inline texts;
- a post whose title is the template's long announcement's and whose first paragraph is
  that announcement's opening (its body is lorem ipsum after it).

A file the owner edited (their own words under the template's leftover ``title:``, as an
inline item shows only its body) is theirs.

Its ``_posts/`` hold demo blog posts too ("a post with formatting and links", "a post with
plotly.js"), shown by the homepage's ``latest_posts``: a post is the demo when both its
file name and its ``title:`` are one of the template's (renamed or retitled, it is the
owner's). A site with nothing else says it has no news.
"""

from __future__ import annotations

import re
from typing import Any

from ..diagnostics import Reporter

# The bodies of al-folio's inline demos (announcement_1.md, announcement_3.md).
_INLINE_TEXTS = frozenset(
    {
        "A simple inline announcement.",
        "A simple inline announcement with Markdown emoji! :sparkles: :smile:",
    }
)
# announcement_2.md: its title and its first paragraph; multi-language-al-folio's
# Brazilian Portuguese copy too.
_LONG_POSTS = frozenset(
    {
        (
            "A long announcement with details",
            "Announcements and news can be much longer than just quick inline posts. In fact, "
            "they can have all the features available for the standard blog posts. See below.",
        ),
        (
            "Um anúncio longo com detalhes",
            "Anúncios e notícias podem ser muito mais longos do que apenas postagens rápidas em "
            "uma linha. Na verdade, eles podem ter todos os recursos disponíveis para as "
            "postagens padrão do blog. Veja abaixo.",
        ),
    }
)
# al-folio's demo posts: (file name without its extension, title)
_DEMO_POSTS = frozenset({
    ("2015-03-15-formatting-and-links", "a post with formatting and links"),
    ("2015-05-15-images", "a post with images"),
    ("2015-07-15-code", "a post with code"),
    ("2015-10-20-disqus-comments", "a post with disqus comments"),
    ("2015-10-20-math", "a post with math"),
    ("2018-12-22-distill", "a distill-style blog post"),
    ("2020-09-28-twitter", "a post with twitter"),
    ("2021-07-04-diagrams", "a post with diagrams"),
    ("2022-02-01-redirect", "a post with redirect"),
    ("2022-12-10-giscus-comments", "a post with giscus comments"),
    ("2023-03-20-table-of-contents", "a post with table of contents"),
    ("2023-03-21-tables", "displaying beautiful tables with Bootstrap Tables"),
    ("2023-04-24-videos", "a post with videos"),
    ("2023-04-25-audios", "a post with audios"),
    ("2023-04-25-sidebar-table-of-contents", "a post with table of contents on a sidebar"),
    ("2023-05-12-custom-blockquotes", "a post with custom blockquotes"),
    ("2023-07-04-jupyter-notebook", "a post with jupyter notebook"),
    ("2023-07-12-post-bibliography", "a post with bibliography"),
    ("2023-12-12-tikzjax", "a post with TikZJax"),
    ("2024-01-26-chartjs", "a post with chart.js"),
    ("2024-01-26-echarts", "a post with echarts"),
    ("2024-01-26-geojson-map", "a post with geojson"),
    ("2024-01-27-advanced-images", "a post with advanced image components"),
    ("2024-01-27-code-diff", "a post with code diff"),
    ("2024-01-27-vega-lite", "a post with vega lite"),
    ("2024-04-15-pseudocode", "a post with pseudo code"),
    ("2024-04-28-post-citation", "a post that can be cited"),
    ("2024-04-29-typograms", "a post with typograms"),
    ("2024-05-01-tabs", "a post with tabs"),
    ("2024-12-04-photo-gallery", "a post with image galleries"),
    ("2025-03-26-plotly", "a post with plotly.js"),
})  # fmt: skip
_SPACE = re.compile(r"\s+")
DEMO = "demo"  # the warning's code


def _words(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


def is_demo_announcement(meta: dict[str, Any], body: str) -> bool:
    """Whether a ``_news/`` document (front matter ``meta``, ``body`` after it) is one of
    al-folio's demo announcements, unedited."""
    if meta.get("inline"):
        return _words(body) in _INLINE_TEXTS
    title = meta.get("title")
    if not isinstance(title, str):
        return False
    opening = body.strip().split("\n\n", 1)[0]
    return (_words(title), _words(opening)) in _LONG_POSTS


def is_demo_post(stem: str, meta: dict[str, Any]) -> bool:
    """Whether the ``_posts/`` file named ``stem`` (no extension), with front matter
    ``meta``, is one of al-folio's demo posts, unedited in name and title."""
    title = meta.get("title")
    return isinstance(title, str) and (stem, _words(title)) in _DEMO_POSTS


def report_demo_posts(folder: str, count: int, reporter: Reporter) -> None:
    """One warning saying how many demo posts of ``folder`` were left out (none: nothing)."""
    if count:
        what = "demo post" if count == 1 else f"{count} demo posts"
        them = "it" if count == 1 else "them"
        reporter.warn(
            folder, None, f"al-folio's {what}, left out; delete {them} or edit {them}", code=DEMO
        )


def report_demos(sources: list[str], reporter: Reporter) -> None:
    """One warning naming every demo announcement left out (none: nothing)."""
    if not sources:
        return
    one = len(sources) == 1
    what = "demo announcement" if one else "demo announcements"
    them = "it" if one else "them"
    reporter.warn(
        ", ".join(sources),
        None,
        f"al-folio's {what}, left out; delete {them} or edit {them}",
        code=DEMO,
    )
