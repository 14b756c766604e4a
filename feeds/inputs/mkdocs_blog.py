"""The posts of Material for MkDocs' blog plugin, when the blog is the site's news::

    mkdocs.yml:                 plugins: [search, blog]   (or blog: {blog_dir: news})
                                nav: [{Home: index.md}, {News: [blog/index.md]}]
    docs/blog/index.md:         # News
    docs/blog/posts/grant.md:   ---
                                date: {created: 2026-03-02}
                                ---
                                # We received a seed grant

The blog is news when its folder, its index page's title or first heading, or the
``nav:`` entry that names its index says news in one of our languages (a blog called
"Blog" is not). Each post is an item: titled by its ``title:`` or first heading, dated
by its ``date:`` (``created:`` of a mapping), typed by its title and, when that says
nothing, its first paragraph; linked where the plugin puts it
(``/<blog>/<yyyy>/<mm>/<dd>/<slug>/``). Drafts (``draft: true``) are left out.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from ..config import NEWS_HEADINGS
from ..diagnostics import Reporter, display_path
from ..model import Item
from ..parse.front_matter import front_matter, read_text, split_front_matter
from ..parse.markdown import strip_tags
from ..parse.sections import heading_matches
from ..text import first_sentence, slugify
from .doc_sites import mkdocs_config, pages_folder
from .documents import front_matter_or_warn
from .front_dates import front_date
from .linked_posts import linked_post
from .news_collection import news_files
from .news_page import inside

_HEADING = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.M)
_MARKUP = re.compile(r"<!--.*?-->|!\[[^\]]*\]\([^)]*\)|\[([^\]]*)\]\([^)]*\)", re.DOTALL)


def read_mkdocs_blog(
    site_dir: Path, site_url: str, tz: dt.tzinfo, reporter: Reporter
) -> list[Item]:
    """The posts of the site's MkDocs blog, newest first, when it is the news; else ``[]``
    (``site_dir``: the site, or its ``docs_dir`` beside ``mkdocs.yml``)."""
    root = site_dir if mkdocs_config(site_dir) is not None else site_dir.parent
    config, docs = mkdocs_config(root), pages_folder(root)
    options = _blog_options(config) if config else None
    if (
        docs is None
        or options is None
        or site_dir.resolve() not in (root.resolve(), docs.resolve())
    ):
        return []  # the content folder is the site or its docs_dir
    blog_dir = str(options.get("blog_dir") or "blog").strip("/") or "."
    posts = str(options.get("post_dir") or "{blog}/posts").replace("{blog}", blog_dir)
    folder = docs / posts
    if not (folder.is_dir() and inside(folder, root)):
        return []
    if not _named_as_news(docs, blog_dir, config.get("nav")):
        return []
    prefix = site_url.rstrip("/") + ("" if blog_dir == "." else f"/{blog_dir}")
    items = [item for path in news_files(folder) if (item := _post(path, prefix, tz, reporter))]
    return sorted(items, key=lambda e: -(e.span.start if e.span else dt.date.min).toordinal())


def _blog_options(config: dict[str, Any]) -> dict[str, Any] | None:
    """The blog plugin's options (``{}`` when it is named without any), ``None`` when the
    site does not use it."""
    plugins = config.get("plugins")
    entries = plugins if isinstance(plugins, list) else [plugins] if plugins else []
    for entry in entries:
        if isinstance(entry, str) and entry.strip() in ("blog", "material/blog"):
            return {}
        if isinstance(entry, dict):
            for name, value in entry.items():
                if str(name).strip() in ("blog", "material/blog"):
                    options = value if isinstance(value, dict) else {}
                    return None if options.get("enabled") is False else options
    return None


def _named_as_news(docs: Path, blog_dir: str, nav: Any) -> bool:
    """Whether the blog's folder, its index page or the menu entry of that page says news."""
    index = docs / blog_dir / "index.md"
    names = [Path(blog_dir).name]
    if index.is_file():
        names.append(str(front_matter(index).get("title") or ""))
        heading = _HEADING.search(_body(index))
        names.append(heading.group(1) if heading else "")
    names += _nav_titles(nav, f"{blog_dir}/index.md".removeprefix("./"))
    return any(name.strip() and heading_matches(name, NEWS_HEADINGS) for name in names)


def _nav_titles(value: Any, page: str, title: str = "") -> list[str]:
    """The titles the ``nav:`` gives ``page``: its own, and the section's it stands in."""
    if isinstance(value, str):
        return [title] if value.strip().lstrip("/") == page else []
    if isinstance(value, list):
        return [found for entry in value for found in _nav_titles(entry, page, title)]
    if isinstance(value, dict):
        found = []
        for key, entry in value.items():
            inner = _nav_titles(entry, page, str(key))
            found += [*inner, str(key)] if inner and isinstance(entry, list) else inner
        return found
    return []


def _body(path: Path) -> str:
    try:
        return split_front_matter(read_text(path))[1]
    except Exception:  # noqa: BLE001 - an unreadable index names nothing
        return ""


def _post(path: Path, prefix: str, tz: dt.tzinfo, reporter: Reporter) -> Item | None:
    """One blog post as an item; ``None`` for a draft or a post without a date."""
    source = display_path(path)
    text = read_text(path, source)
    if (read := front_matter_or_warn(text, source, reporter, "post skipped")) is None:
        return None
    meta, body = read
    if meta.get("draft") is True:
        return None
    value = meta.get("date")
    value = value.get("created") if isinstance(value, dict) else value
    span = front_date(value, tz) if value else None
    if span is None:
        reporter.warn(source, 1, "a blog post without a date: (or date: created:); left out")
        return None
    heading = _HEADING.search(body)
    title = strip_tags(str(meta.get("title") or "")).strip()
    title = title or (strip_tags(heading.group(1)).strip() if heading else path.stem)
    line = text[: heading.start() + len(text) - len(body)].count("\n") + 1 if heading else 1
    slug = str(meta.get("slug") or "").strip() or slugify(title)
    url = f"{prefix}/{span.start:%Y/%m/%d}/{slug}/"
    return linked_post(
        title, url, span, source, line, lambda: _opening(body[heading.end() :] if heading else body)
    )


def _opening(body: str) -> str:
    """The first paragraph of a post, as plain text, one sentence."""
    text = _MARKUP.sub(lambda m: m.group(1) or " ", body).strip()
    return first_sentence(strip_tags(re.split(r"\n\s*\n", text, maxsplit=1)[0])) if text else ""
