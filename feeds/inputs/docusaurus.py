"""A Docusaurus site whose news is a blog: the classic preset's ``blog`` or a second
instance of the blog plugin, named as news::

    docusaurus.config.js:   plugins: [['@docusaurus/plugin-content-blog',
                                       {id: 'news', path: './news', routeBasePath: 'news',
                                        blogTitle: 'Lab News'}]]
                            (or presets: [['classic', {blog: {routeBasePath: 'news'}}]])
    news/2026-03-02-grant.md:  ---
                               title: We received a seed grant
                               ---

A plugin of the site's own (``['./plugins/extended-blog-plugin', {id: 'news', path:
'news', blogTitle: 'News'}]``, a wrapper of the blog plugin that also puts recent posts
on the homepage) is a blog when its options are one's: an option only the blog plugin
takes (``blogTitle``, ``feedOptions``, ``showReadingTime``…).

A blog is news when its ``id``, folder, ``routeBasePath``, ``blogTitle`` or
``blogSidebarTitle`` says news in one of our languages (a blog called "Blog" is not).
Each Markdown post (``.md``, ``.mdx``; not ``_``-files or folders, drafts or unlisted
posts) is an item: titled by its ``title:``, else its first heading, else its file
name; dated by its ``date:``, else the date its file or folder name opens with
(``2026-03-02-grant.md``, ``2026-03-02-grant/index.md``); linked where Docusaurus puts
it: ``<routeBasePath>/<slug>``, the slug its ``slug:`` or ``YYYY/MM/DD/<name>``. The
configuration is JavaScript and only read: an option written as anything but a string
(``path.resolve(__dirname, 'news')`` aside) keeps the plugin's default.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from typing import Any

from ..diagnostics import Reporter, display_path
from ..model import Item
from ..parse.front_matter import read_text
from ..parse.markdown import strip_tags
from .documents import front_matter_or_warn
from .front_dates import front_date
from .linked_posts import linked_post
from .news_page import inside
from .notebook_site import says_news

CONFIGS = tuple(f"docusaurus.config.{s}" for s in ("js", "ts", "mjs", "cjs", "mts"))
HOMEPAGES = ("src/pages/index.md",)  # a component homepage (index.js) shows no words here
MDX_HOMEPAGE = "src/pages/index.mdx"  # Markdown with JSX: after what the JS readers find
MAX_CHARS = 200_000
MAX_POSTS = 2_000

_BLOG = re.compile(
    r"""['"](?:@docusaurus/)?(?:plugin-)?content-blog['"]\s*,\s*(?=\{)"""  # a plugin
    r"""|(?<![\w$.])blog\s*:\s*(?=\{)"""  # the classic preset's
)
_LOCAL_PLUGIN = re.compile(  # a plugin of the site's own: ['./plugins/extended-blog', {…}]
    r"""(?<=\[)\s*(?:require\.resolve\(\s*)?['"](?P<module>\.{1,2}/[^'"\n]+)['"]\s*\)?\s*,\s*(?=\{)"""
)
_BLOG_ONLY = re.compile(  # options only the blog plugin takes
    r"""(?<![\w$.])(?:blogTitle|blogDescription|blogSidebarTitle|blogSidebarCount|postsPerPage"""
    r"""|showReadingTime|feedOptions|authorsMapPath|blogListComponent|blogPostComponent)\s*:"""
)
_OPTION = re.compile(
    r"""(?<![\w$.])(?P<key>id|path|routeBasePath|blogTitle|blogSidebarTitle)\s*:\s*"""
    r"""(?:path\.(?:resolve|join)\(\s*__dirname\s*,\s*)?(?P<q>['"`])(?P<value>[^'"`\n]*)(?P=q)"""
)
_SETTING = re.compile(
    r"""^\s*(?P<key>url|baseUrl|title)\s*:\s*(['"`])(?P<value>[^'"`\n]*)\2""", re.M
)
_DATED = re.compile(r"^(?P<folder>.*?)(?P<date>\d{4}[-/]\d{1,2}[-/]\d{1,2})[-/]?(?P<text>.*?)$")
_STRING = r"""'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`"""
_TOKEN = re.compile(rf"{_STRING}|//[^\n]*|/\*.*?(?:\*/|\Z)", re.S)
_BLANK = re.compile(r"[^\n]")  # a comment's characters, its lines kept
_NESTING = re.compile(rf"{_STRING}|[{{}}\[\]]")
_HEADING = re.compile(r"^#\s+(.+?)\s*#*\s*$", re.M)
_MARKUP = re.compile(
    r"<!--.*?-->|!\[[^\]]*\]\([^)]*\)|\[([^\]]*)\]\([^)]*\)|^import .*$", re.S | re.M
)


def config_path(site_dir: Path) -> Path | None:
    return next((site_dir / n for n in CONFIGS if (site_dir / n).is_file()), None)


def news_blogs(site_dir: Path, news_headings: list[str]) -> list[tuple[Path, str]]:
    """(folder, route) of each blog of the site named as news, folders that exist."""
    path = config_path(site_dir)
    if path is None:
        return []
    code = _code(_read(path))
    found = []
    for match in _blog_matches(code):
        options = _options(_object_at(code, match.end()))
        folder = site_dir / (options.get("path") or "blog").strip().removeprefix("./")
        route = (options.get("routeBasePath") or "blog").strip("/ ")
        names = [options.get(k, "") for k in ("id", "blogTitle", "blogSidebarTitle")]
        names += [Path(options.get("path") or "blog").name, route.rsplit("/", 1)[-1]]
        if not any(n.strip() and says_news(n, news_headings) for n in names):
            continue
        if folder.is_dir() and inside(folder, site_dir) and folder.resolve() != site_dir.resolve():
            found.append((folder, route))
    return list(dict.fromkeys(found))


def _blog_matches(code: str) -> list[re.Match[str]]:
    """Where each blog's options open: the blog plugin's, the preset's ``blog``, and a
    plugin of the site's own (``./plugins/extended-blog-plugin``, a wrapper of the blog
    plugin) given options only a blog takes (``blogTitle``, ``feedOptions``…)."""
    local = [
        m for m in _LOCAL_PLUGIN.finditer(code) if _BLOG_ONLY.search(_object_at(code, m.end()))
    ]
    return sorted([*_BLOG.finditer(code), *local], key=lambda m: m.start())


def docusaurus_home(site_dir: Path, news_headings: list[str], mdx: bool = False) -> Path | None:
    """The homepage of a Docusaurus site: ``src/pages/index.md``, else (a component
    homepage) the folder of its news blog, read as the news; ``None`` when neither.
    With ``mdx``: ``src/pages/index.mdx`` (its ``## News`` list), else ``None``."""
    if config_path(site_dir) is None:
        return None
    if mdx:
        return site_dir / MDX_HOMEPAGE if (site_dir / MDX_HOMEPAGE).is_file() else None
    page = next((site_dir / n for n in HOMEPAGES if (site_dir / n).is_file()), None)
    if page is not None:
        return page
    blogs = news_blogs(site_dir, news_headings)
    return blogs[0][0] if blogs else None


def docusaurus_note(site_dir: Path, folder: Path, news_headings: list[str]) -> str | None:
    """What ``-v`` says when the news is read from the blog ``folder`` because the
    homepage is a component; ``None`` when ``folder`` is no news blog of the site."""
    if not folder.is_dir() or config_path(site_dir) is None:
        return None
    for blog, route in news_blogs(site_dir, news_headings):
        if blog.resolve() == folder.resolve():
            return f"news read from this blog: the homepage is a component, /{route}/ the news"
    return None


def docusaurus_defaults(site_dir: Path) -> dict[str, Any]:
    """``site_url`` (``url`` + ``baseUrl``) and ``title`` of ``docusaurus.config.js``."""
    path = config_path(site_dir)
    if path is None:
        return {}
    settings: dict[str, str] = {}
    for match in _SETTING.finditer(
        _code(_read(path))
    ):  # the first of each: the site's own, at the top
        settings.setdefault(match.group("key"), match.group("value").strip())
    out: dict[str, Any] = {}
    url = settings.get("url", "")
    if url.startswith(("http://", "https://")):
        out["site_url"] = url.rstrip("/") + "/" + settings.get("baseUrl", "/").strip("/")
        out["site_url"] = out["site_url"].rstrip("/")
    if settings.get("title"):
        out["title"] = f"{settings['title']} — news"
    return out


def read_docusaurus_news(
    site_dir: Path, site_url: str, news_headings: list[str], reporter: Reporter
) -> list[Item]:
    """The posts of the site's news blogs, newest first (``[]`` for other sites)."""
    items: list[Item] = []
    for folder, route in news_blogs(site_dir, news_headings):
        prefix = site_url.rstrip("/") + (f"/{route}" if route else "")
        for path in _posts(folder):
            item = _post(path, folder, prefix, reporter)
            items += [item] if item is not None else []
    return sorted(items, key=lambda e: -(e.span.start if e.span else dt.date.min).toordinal())


def _posts(folder: Path) -> list[Path]:
    """The blog's Markdown posts, as the plugin includes them (no ``_``-names)."""
    found = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if d[:1] not in "._")
        found += [Path(root, f) for f in files if f[:1] not in "._" and f.endswith((".md", ".mdx"))]
    return sorted(found)[:MAX_POSTS]


def _post(path: Path, folder: Path, prefix: str, reporter: Reporter) -> Item | None:
    """One post as an item; ``None`` for a draft, an unlisted post or one without a date."""
    source = display_path(path)
    text = read_text(path, source)
    if (read := front_matter_or_warn(text, source, reporter, "post skipped")) is None:
        return None
    meta, body = read
    if meta.get("draft") is True or meta.get("unlisted") is True:
        return None
    relative = re.sub(r"(?:/index)?\.mdx?$", "", path.relative_to(folder).as_posix())
    named = _DATED.match(relative)
    value = meta.get("date") or (named.group("date") if named else None)
    span = front_date(value, None) if value else None
    if span is None:
        reporter.warn(
            source, 1, "a blog post without a date (date: or a dated file name); left out"
        )
        return None
    heading = _HEADING.search(body)
    title = strip_tags(str(meta.get("title") or "")).strip()
    title = title or (strip_tags(heading.group(1)).strip() if heading else "")
    title = title or (named.group("text") if named else relative.rsplit("/", 1)[-1])
    line = text[: heading.start() + len(text) - len(body)].count("\n") + 1 if heading else 1
    slug = str(meta.get("slug") or "").strip()
    if not slug and named:
        slug = (
            f"{named.group('date').replace('-', '/')}/{named.group('folder')}{named.group('text')}"
        )
    url = prefix + "/" + (slug or relative).lstrip("/")
    rest = body[heading.end() :] if heading else body
    return linked_post(title, url, span, source, line, lambda: _opening(rest))


def _opening(body: str) -> str:
    """The first paragraph of a post, as plain text (MDX imports left out)."""
    text = _MARKUP.sub(lambda m: m.group(1) or " ", body).strip()
    return strip_tags(re.split(r"\n\s*\n", text, maxsplit=1)[0]) if text else ""


def _code(text: str) -> str:
    """``text`` with its comments blanked (``// aren't``, ``/* … */``), strings kept."""
    out, at = [], 0
    while (found := _TOKEN.search(text, at)) is not None:
        token = found.group()
        out += [text[at : found.start()], _BLANK.sub(" ", token) if token[0] == "/" else token]
        at = found.end()
    return "".join(out) + text[at:]


def _object_at(code: str, start: int) -> str:
    """The text inside the ``{…}`` at ``start``: its own keys, with nested objects and
    arrays left out (a brace in a string counts not)."""
    depth, kept, at = 0, [], start
    while (found := _NESTING.search(code, at)) is not None:
        kept += [code[at : found.start()]] if depth == 1 else []
        token, at = found.group(), found.end()
        if token[0] in "'\"`":
            kept += [token] if depth == 1 else []
        elif token in "{[":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                break
    return "".join(kept)


def _options(text: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for match in _OPTION.finditer(text):
        found.setdefault(match.group("key"), match.group("value"))
    return found


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")[:MAX_CHARS]
    except OSError:
        return ""
