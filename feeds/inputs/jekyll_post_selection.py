"""Jekyll posts of one category or tag shown as the news: a news page (or the homepage)
that lists ``site.categories.<x>`` / ``site.tags.<x>`` in a Liquid loop, in itself, its
layouts or what they include::

    {% for post in site.categories.noticias %} … {% endfor %}
    {% assign news = site.posts | where: "category", "news" %}
    {% for post in site.posts | where_exp: "p", "p.categories contains 'news'" %}
    {% for post in site.tags[page.taxonomy] %}
    {% for c in site.categories %}{% if c.first == "news" %}{% for post in c.last %}

or a page paged by jekyll-paginate-v2 over one category or tag (``pagination: {enabled:
true, category: news}``), or a page laid out in Minimal Mistakes' ``category`` (``tag``)
archive, which lists ``site.categories[page.taxonomy]`` (``_includes/posts-category.html``);
its ``categories`` (``tags``) archive lists every post. Such a layout is the theme's when
the site has none of that name in ``_layouts/`` and names a theme (``theme``,
``remote_theme``, or Minimal Mistakes' own ``minimal_mistakes_skin`` key of a copied-in
theme).

A post's categories are its front-matter ``categories``/``category`` (a list or words),
its tags ``tags``/``tag`` (a sub-folder of ``_posts/`` is no category in Jekyll).
Names are compared in any case, singular or plural (:func:`_singular`). A loop over
``site.posts`` filtered by its path (``where_exp: "p", "p.path contains 'news/'"``) keeps
the posts of that folder of ``_posts/``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..parse.front_matter import front_matter, read_text
from .jekyll import read_config
from .jekyll_layouts import default_layout, layout_name, page_layouts
from .news_page import inside

MAX_FILES = 24  # pages, layouts and includes looked through for the loop
THEME_KEYS = ("theme", "remote_theme", "minimal_mistakes_skin")
# Minimal Mistakes' archive layouts: (what they list, one name or all)
TAXONOMY_LAYOUTS = {
    "category": ("categories", True),
    "tag": ("tags", True),
    "categories": ("categories", False),
    "tags": ("tags", False),
}
_NAME = (  # .news (not .size), ['news'], [page.taxonomy] / [include.taxonomy]
    r"""(?:\.(?!(?:size|first|last)\b)([\w-]+)|\[\s*["']([^"']+)["']\s*\]"""
    r"|\[\s*(?:page|include)\.([\w-]+)\s*\])"
)
_TAXONOMY_LOOP = re.compile(r"site\.(categories|tags)" + _NAME)
_WHERE = re.compile(
    r"""site\.posts\s*\|\s*where\s*:\s*["'](categories|category|tags|tag)["']\s*,"""
    r"""\s*["']([^"']+)["']"""
)
_WHERE_EXP = re.compile(
    r"""site\.posts\s*\|\s*where_exp\s*:\s*["'](\w+)["']\s*,\s*["']\s*\1\."""
    r"""(categories|tags|path)\s+contains\s+(?:\\?["']|')([^"'\\]+)"""
)
# {% for c in site.categories %}{% if c.first == "news" %} (or c[0], the name first)
_EVERY_TAXONOMY = re.compile(r"\{%-?\s*for\s+(\w+)\s+in\s+site\.(categories|tags)\s*-?%\}")
_NAME_TEST = (
    r"""\{{%-?\s*if\s+(?:{v}(?:\.first|\[0\])\s*==\s*["']([^"']+)["']"""
    r"""|["']([^"']+)["']\s*==\s*{v}(?:\.first|\[0\]))"""
)
_INCLUDE = re.compile(r"\{%-?\s*include(?:_relative)?\s+([\w./-]+)")


@dataclass(frozen=True)
class PostSelection:
    """The posts a page lists: those with one of ``names`` among their ``field``
    (``categories``, ``tags`` or ``path``); every post when ``names`` is empty."""

    field: str
    names: tuple[str, ...] = ()

    def keeps(self, post: Path, posts_dir: Path, folders: tuple[str, ...] = ()) -> bool:
        """Whether the page lists ``post`` of ``posts_dir``, the ``_posts/`` inside the
        site's ``folders`` (``("news",)`` for ``news/_posts/``: categories of its posts)."""
        if not self.names:
            return True
        if self.field == "path":
            where = "/".join([*folders, "_posts", post.relative_to(posts_dir).as_posix()])
            return any(name.strip("/") in where for name in self.names)
        meta = front_matter(post)
        own = post_names(meta, self.field) + (list(folders) if self.field == "categories" else [])
        wanted = {_singular(n) for n in self.names}
        return any(_singular(n) in wanted for n in own)


def _singular(name: str) -> str:
    """``name`` compared in any case and number: a post filed under ``Noticias`` on a
    site whose news page lists ``Noticia`` is one of its news (a slip Jekyll keeps apart,
    and the reader would not)."""
    name = name.strip().lower()
    return name[:-1] if len(name) > 3 and name.endswith("s") else name


def post_names(meta: dict[str, Any], field: str) -> list[str]:
    """A post's categories (``field="categories"``) or tags as Jekyll reads them: a list,
    or words of a string, under the plural or the singular key."""
    value = meta.get(field, meta.get({"categories": "category"}.get(field, field[:-1])))
    if isinstance(value, list | tuple):
        return [str(v).strip() for v in value if str(v).strip()]
    return str(value).split() if value else []


def shown_selection(site_dir: Path, pages: list[Path]) -> PostSelection | None:
    """What the first of ``pages`` that lists posts of a category or tag lists;
    ``None`` when none does."""
    for page in dict.fromkeys(pages):
        if page.is_file() and (found := _page_selection(page, site_dir)) is not None:
            return found
    return None


def _page_selection(page: Path, site_dir: Path) -> PostSelection | None:
    meta = front_matter(page)
    paged = meta.get("pagination")  # jekyll-paginate-v2: the page pages those posts
    if isinstance(paged, dict) and paged.get("enabled") is True:
        for field in ("categories", "tags"):
            names = post_names(paged, field)
            if names:
                return PostSelection(field, tuple(names))
    name = (layout_name(meta) or default_layout(site_dir)).lower()
    if name in TAXONOMY_LAYOUTS and _theme_layout(site_dir, name):
        field, one = TAXONOMY_LAYOUTS[name]
        taxonomy = str(meta.get("taxonomy") or "").strip()
        if not one:
            return PostSelection(field)
        return PostSelection(field, (taxonomy,)) if taxonomy else None
    for text in template_texts(page, site_dir):
        if (found := _loop_selection(text, meta)) is not None:
            return found
    return None


def template_texts(
    page: Path, site_dir: Path, follows: Callable[[str, re.Match[str]], bool] | None = None
) -> Iterator[str]:
    """The texts of ``page``, its layouts and the files they include (``follows(text,
    include)`` says whether an include is followed; all are by default), each once, at most
    :data:`MAX_FILES`; a file that cannot be read shows nothing."""
    todo = [page, *page_layouts(page, site_dir)]
    seen: set[Path] = set()
    while todo and len(seen) < MAX_FILES:
        path = todo.pop(0)
        if path in seen or not path.is_file() or not inside(path, site_dir):
            continue
        seen.add(path)
        try:
            text = read_text(path)
        except Exception:  # noqa: BLE001 - an unreadable template shows nothing
            continue
        yield text
        for include in _INCLUDE.finditer(text):
            if follows is None or follows(text, include):
                todo += [site_dir / "_includes" / include.group(1), path.parent / include.group(1)]


def _loop_selection(text: str, meta: dict[str, Any]) -> PostSelection | None:
    """The selection a template's Liquid ``text`` lists (``page.x`` from ``meta``)."""
    if found := _TAXONOMY_LOOP.search(text):
        field, dotted, quoted, key = found.groups()
        name = dotted or quoted or str(meta.get(key) or "").strip()
        return PostSelection(field, (name,)) if name else None
    if found := _every_taxonomy_kept(text):
        return found
    if found := _WHERE.search(text):
        field = "tags" if found.group(1).startswith("tag") else "categories"
        return PostSelection(field, (found.group(2),))
    if found := _WHERE_EXP.search(text):
        return PostSelection(found.group(2), (found.group(3),))
    return None


def _every_taxonomy_kept(text: str) -> PostSelection | None:
    """The one category (tag) a loop over all of them keeps by its name:
    ``{% for c in site.categories %}{% if c.first == "news" %}{% for post in c.last %}``."""
    for loop in _EVERY_TAXONOMY.finditer(text):
        test = re.compile(_NAME_TEST.format(v=re.escape(loop.group(1))))
        if found := test.search(text, loop.end()):
            return PostSelection(loop.group(2), (found.group(1) or found.group(2),))
    return None


def _theme_layout(site_dir: Path, name: str) -> bool:
    """Whether the layout ``name`` comes from the site's theme: none of that name in
    ``_layouts/``, and a theme named in ``_config.yml``."""
    folder = site_dir / "_layouts"
    if folder.is_dir() and any(p.stem.lower() == name for p in folder.iterdir()):
        return False
    config = read_config(site_dir)
    return any(isinstance(config.get(k), str) and config[k].strip() for k in THEME_KEYS)
