"""Jekyll ``_posts/`` shown as the news: the homepage or a page titled as news
(``noticias.md``, ``title: Notícias``) walks ``site.posts`` (or ``paginator.posts``) in
a Liquid loop, in the page itself, its layouts or what they include (or an include told
to list them, ``{% include list.html data="posts" %}``: :mod:`.include_data_lists`)::

    _layouts/allposts.html:  {% include tiles.html %}
    _includes/tiles.html:    {% for tile in site.posts %}<h3>{{ tile.title }}</h3>{% endfor %}

The loop may be in the site's THEME instead: a page laid out as ``home``, ``posts``,
``archives`` or ``blog`` with no such layout in the site's ``_layouts/``, on a site with
a ``theme:`` or ``remote_theme:`` (minima's and minimal-mistakes' ``home`` list the
posts, so do minimal-mistakes' ``posts`` and Chirpy's ``archives``).

The posts are those of ``_posts/`` and of any folder's ``_posts/`` (``news/_posts/``,
filed under that folder's category: :func:`post_folders`). Each post is an item: dated
by its ``date:`` or its file name (``_posts/2025-10-09-paper.md``), titled by its
``title``, typed by its title and, when that says nothing, its ``description`` and first
paragraph; linked at its permalink.
A blog page its author describes as news (:mod:`.described_news_pages`) counts as a news
page. A post whose body presents a paper is one (:mod:`feeds.parse.types.paper_posts`).
Read only when the site has no other news (:func:`~feeds.inputs.site_sources.read_sources`). A page
listing one category's or tag's posts only: :mod:`.jekyll_post_selection`.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from ..config import Settings
from ..diagnostics import Reporter, display_path
from ..model import DateSpan, Item, Precision
from ..parse.front_matter import (
    front_matter,
    has_front_matter,
    key_line,
    read_text,
)
from ..parse.markdown import strip_tags
from ..parse.types.paper_posts import presents_paper
from ..text import first_sentence
from .demo_news import is_demo_post, report_demo_posts
from .described_news_pages import described_news_pages
from .documents import front_matter_or_warn
from .front_dates import front_date
from .include_data_lists import listed_by_includes
from .jekyll import expand_permalink, find_homepage, jekyll_slug, read_config
from .jekyll_layouts import default_layout, layout_name
from .jekyll_post_selection import PostSelection, shown_selection, template_texts
from .linked_posts import linked_post
from .news_collection import news_files
from .news_page import inside, news_page_candidates
from .polyglot import language_prefix, one_language
from .post_bodies import body_item, prints_post_content
from .post_loop_cut import shown_post_count

THEME_POST_LISTS = ("home", "posts", "archives", "blog")  # themes' layouts listing posts
_POSTS_LOOP = re.compile(
    r"\{%-?\s*(?:for\s+\w+\s+in|assign\s+\w+\s*=)\s*(?:site|paginator)\.posts\b"
)
_POST_NAME = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})-(.+)")
# Jekyll's permalink styles for posts (``permalink:`` in _config.yml)
_STYLES = {
    "date": "/:categories/:year/:month/:day/:title:output_ext",
    "pretty": "/:categories/:year/:month/:day/:title/",
    "ordinal": "/:categories/:year/:y_day/:title:output_ext",
    "none": "/:categories/:title:output_ext",
}
_NOT_SOURCE = ("node_modules", "vendor")  # Jekyll's default excludes
_PARAGRAPH = re.compile(r"\n\s*\n")
_MARKUP = re.compile(r"\{%.*?%\}|\{\{.*?\}\}|<!--.*?-->|!\[[^\]]*\]\([^)]*\)", re.DOTALL)


def read_shown_posts(
    site_dir: Path,
    page_path: Path,
    settings: Settings,
    site_url: str,
    tz: dt.tzinfo,
    reporter: Reporter,
) -> list[Item]:
    """The site's posts, newest first, when the homepage or a news page shows them
    through a Liquid loop; else ``[]``."""
    folders = post_folders(site_dir)
    if not folders:
        return []
    pages = [page_path, find_homepage(site_dir)]
    pages += news_page_candidates(site_dir, settings.news_headings)
    pages += described_news_pages(site_dir, settings.news_headings)  # "News and updates"
    selection = None  # the first page that lists posts says which: one category's, or all
    every = False  # …every post, in a loop that may cut them (``limit:``)
    for page in dict.fromkeys(p for p in pages if p is not None and p.is_file()):
        selection = shown_selection(site_dir, [page])
        if selection is None and (every := _loops_posts(page, site_dir)):
            selection = PostSelection("categories")  # every post
        if selection is not None:
            break
    if selection is None:
        return []
    by_body = prints_post_content(page, site_dir)  # an untitled post shows its body
    config = read_config(site_dir)
    style = str(config.get("permalink") or "date").strip()
    template = _STYLES.get(style, style)
    items = []
    for folder in folders:
        demos = 0
        dirs = folder.parent.relative_to(site_dir).parts  # news/_posts/: category "news"
        for path in one_language(folder, news_files(folder), config, reporter):  # polyglot's
            if not (inside(path, site_dir) and selection.keeps(path, folder, dirs)):
                continue
            if is_demo_post(path.stem, front_matter(path)):  # al-folio's "a post with math"
                demos += 1
            elif item := _post(path, template, site_url, tz, reporter, by_body, (site_dir, config)):
                items.append(item)
        report_demo_posts(display_path(folder), demos, reporter)
    items.sort(key=lambda e: -(e.span.start if e.span else dt.date.min).toordinal())
    return items[: shown_post_count(page, site_dir, len(items))] if every else items


def post_folders(site_dir: Path) -> list[Path]:
    """The site's ``_posts/`` and those of its folders (``news/_posts/``): Jekyll reads the
    posts of each, the folder's name one of their categories. Folders Jekyll skips
    (``_site``, ``.git``, ``node_modules``, ``vendor``) are none."""
    nested = [
        f
        for f in site_dir.glob("*/_posts")
        if f.parent.name[:1] not in "._#" and f.parent.name not in _NOT_SOURCE
    ]
    return [f for f in [site_dir / "_posts", *sorted(nested)] if f.is_dir()]


def _loops_posts(page: Path, site_dir: Path) -> bool:
    """Whether ``page``, its layouts or the files they include loop over the posts
    (an include inside ``{% if page.X %}`` that the page leaves unset is not followed)."""
    meta = front_matter(page)
    if _theme_lists_posts(meta, site_dir):
        return True

    def follows(text: str, include: re.Match[str]) -> bool:
        return not _switched_off(text[: include.start()], meta)

    return any(
        _POSTS_LOOP.search(text) or "posts" in listed_by_includes(text, site_dir)
        for text in template_texts(page, site_dir, follows)
    )


def _theme_lists_posts(meta: dict[str, Any], site_dir: Path) -> bool:
    """Whether the page is laid out in a theme's layout that lists the posts: ``home``
    (``posts``…) that the site does not define itself, with a theme named."""
    name = layout_name(meta) or default_layout(site_dir)
    if name.lower() not in THEME_POST_LISTS or _own_layout(site_dir, name):
        return False
    config = read_config(site_dir)
    return any(
        isinstance(config.get(k), str) and config[k].strip() for k in ("theme", "remote_theme")
    )


def _own_layout(site_dir: Path, name: str) -> bool:
    """Whether the site has a layout ``name`` of its own in ``_layouts/``."""
    folder = site_dir / "_layouts"
    return folder.is_dir() and any(p.stem == name for p in folder.iterdir() if p.is_file())


_IF_PAGE = re.compile(r"\{%-?\s*if\s+page\.([\w-]+)(?:\.([\w-]+))?\s*-?%\}")
_END_IF = re.compile(r"\{%-?\s*endif\s*-?%\}")


def _switched_off(before: str, meta: dict[str, Any]) -> bool:
    """Whether the text ``before`` an include leaves it inside ``{% if page.X %}`` (or
    ``page.X.enabled``) with ``X`` unset or false in the page's front matter."""
    opened = list(_IF_PAGE.finditer(before))
    if not opened or len(_END_IF.findall(before[opened[-1].end() :])):
        return False
    key, sub = opened[-1].groups()
    value = meta.get(key)
    if sub and isinstance(value, dict):
        value = value.get(sub)
    return not value


def _post(
    path: Path,
    template: str,
    site_url: str,
    tz: dt.tzinfo,
    reporter: Reporter,
    by_body: bool = False,
    site: tuple[Path, dict[str, Any]] | None = None,
) -> Item | None:
    """One post as an item; ``None`` when its name is not a post's or it is unpublished;
    with ``by_body`` (the list prints a post's content), a post without a title is its
    body (:mod:`.post_bodies`); ``site`` (its folder and ``_config.yml``) puts a
    polyglot language's prefix before its permalink (``/ja/blog/…``)."""
    name = _POST_NAME.fullmatch(path.stem)
    source = display_path(path)
    text = read_text(path, source)
    if name is None or not has_front_matter(text):  # Jekyll reads neither as a post
        return None
    if (read := front_matter_or_warn(text, source, reporter, "post skipped")) is None:
        return None
    meta, body = read
    if meta.get("published") is False:
        return None
    span = front_date(meta["date"], tz) if meta.get("date") else None
    if span is None:
        try:
            day = dt.date(*map(int, name.groups()[:3]))
        except ValueError:
            return None
        span = DateSpan(day, day, Precision.DAY)
    untitled = not strip_tags(str(meta.get("title") or "")).strip()
    if by_body and untitled and (shown := body_item(body, source, span, site_url)):
        return shown
    slug = name.group(4)
    title = strip_tags(str(meta.get("title") or "")).strip() or slug.replace("-", " ")
    parts = {"title": jekyll_slug(str(meta.get("slug") or slug)), "slug": jekyll_slug(slug)}
    folders = _folder_categories(path, site[0]) if site else []  # news/_posts/: "news" first
    parts["categories"] = "/".join(jekyll_slug(c) for c in [*folders, *_categories(meta)])
    prefix = language_prefix(path, site[0], meta, site[1], site_url) if site else ""
    url = (
        site_url.rstrip("/")
        + prefix
        + expand_permalink(str(meta.get("permalink") or template), parts, span.start)
    )
    lines = body.split("\n")
    first = next((k for k, line in enumerate(lines) if line.strip()), None)
    line = first + 1 if first is not None else key_line(text, "title")
    description = strip_tags(str(meta.get("description") or ""))
    item = linked_post(  # a title that says nothing: its description and opening say more
        title, url, span, source, line, lambda: (description + " " + _opening(body)).strip()
    )
    if item.type == "talk" and _filed_as_press(meta):  # "Intervention dans <a magazine>"
        item.type = "news"
    if presents_paper(body):  # its abstract, the paper named as its source
        item.type = "paper"
    return item


def _opening(body: str) -> str:
    """The first paragraph of a post's Markdown body, as plain text, one sentence."""
    text = _MARKUP.sub(" ", body).strip()
    paragraph = _PARAGRAPH.split(text, 1)[0] if text else ""
    return first_sentence(strip_tags(re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", paragraph)))


_PRESS = {"media", "medias", "médias", "press", "presse", "interview", "interviews", "in the news"}


def _filed_as_press(meta: dict[str, Any]) -> bool:
    """Whether the post's tags or categories file it as media coverage (not a talk)."""
    tags = meta.get("tags")
    tags = tags if isinstance(tags, list | tuple) else str(tags).split() if tags else []
    words = [*_categories(meta), *(str(t) for t in tags)]
    return any(w.strip().lower().replace("-", " ") in _PRESS for w in words)


def _folder_categories(post: Path, site_dir: Path) -> list[str]:
    """The folders above a post's ``_posts/`` (``news/_posts/x.md``: ``["news"]``)."""
    parts = post.relative_to(site_dir).parts if post.is_relative_to(site_dir) else ()
    return list(parts[: parts.index("_posts")]) if "_posts" in parts else []


def _categories(meta: dict[str, Any]) -> list[str]:
    value = meta.get("categories", meta.get("category"))
    if isinstance(value, list | tuple):
        return [str(v).strip() for v in value if str(v).strip()]
    return str(value).split() if value else []
