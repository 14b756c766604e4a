"""Where a site's news starts: ``--content`` (a folder or a page file) → the content folder
and the page to read, by the finders of :data:`FINDERS`, tried in their order."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from ..config import Settings
from ..diagnostics import BuildError
from .app_shells import app_shell_news
from .component_pages import component_page, markup_news_component
from .doc_sites import doc_homepage, pages_folder
from .docusaurus import docusaurus_home
from .hexo import hexo_news
from .hugo import is_hugo
from .hugo_layout_files import layout_home
from .hugo_layout_news import layout_news_data, shortcode_news_data
from .hugo_params_news import params_news_folder
from .hugo_posts import THEME_NEWS_FOLDERS, theme_news_folder
from .js_sites import eleventy_news, is_component, js_site_news, site_root_of
from .news_data_fallback import fallback_news_data
from .news_page import find_homepage, news_page_candidates
from .pages_source import published_folder
from .site_news_pages import site_page_with_news
from .vue_press import vue_press_home


def _news_page(content: Path) -> Path | None:
    return next(iter(news_page_candidates(content, Settings().news_headings)), None)


def _docusaurus(content: Path, mdx: bool = False) -> Path | None:
    return docusaurus_home(content, Settings().news_headings, mdx=mdx)


def _shortcode_news(content: Path) -> Path | None:
    data = shortcode_news_data(content)
    return data.parent if data is not None else None


def _layout_news(content: Path) -> Path | None:
    data = layout_news_data(content)
    return data.parent if data is not None else None


Finder = Callable[[Path], Path | None]

FINDERS: tuple[Finder, ...] = (
    eleventy_news,  # Eleventy: its _data/news.json
    app_shell_news,  # Vite, Create React App: an empty index.html over src/data/news.ts
    hexo_news,  # Hexo: source/_data/news.yml a theme shows, or source/news/ over news posts
    _shortcode_news,  # Hugo: content/_index.md calls {{< news >}} over data/news.yaml
    find_homepage,  # index.md, _pages/about.md, index.qmd, Hugo's landing page, index.html
    _news_page,  # no homepage: news.md, _pages/news.md, a page with permalink /news/
    _docusaurus,  # Docusaurus: src/pages/index.md, else the blog named as news (news/)
    layout_home,  # Hugo: layouts/index.html shows assets/news.md by path
    theme_news_folder,  # Hugo: the homepage is the theme's, over content/<news folder>/
    _layout_news,  # Hugo: layouts/index.html over data/news.yaml
    params_news_folder,  # Hugo: layouts/index.html over config.toml [[params.news.list]]
    js_site_news,  # Astro, Nuxt…: the data their homepage shows
    markup_news_component,  # Astro…: news written in its markup
    partial(js_site_news, posts=True),  # Astro: the posts its homepage lists
    partial(_docusaurus, mdx=True),  # Docusaurus: src/pages/index.mdx's Markdown news
)


def resolve_content(content: Path, settings_page: str = "") -> tuple[Path, Path]:
    """(content folder, homepage file) for ``--content`` given a folder or a page file."""
    if content.is_file() and is_component(content):  # template code: the data it shows
        return site_root_of(content), component_page(content)
    if content.is_file():
        return content.parent, content
    if not content.is_dir():
        raise BuildError(f"{content}: no such content folder or page")
    if settings_page:
        page = content / settings_page
        if not page.is_file():
            raise BuildError(f"{page}: page named by the 'page' setting does not exist")
        if not page.resolve().is_relative_to(content.resolve()):  # a link out of the folder
            raise BuildError(
                f"{page}: the 'page' setting must name a file inside the content folder"
            )
        return content, page
    if (pages := pages_folder(content)) is not None:  # MkDocs, Pelican: their pages' folder
        content = pages
        if (home := doc_homepage(pages)) is not None:
            return content, home
    if (vue_press := vue_press_home(content)) is not None:  # VuePress, VitePress: docs/
        return vue_press
    for finder in FINDERS:
        if (page := finder(content)) is not None:
            return content, page
    if (published := published_folder(content)) is not None:  # GitHub Pages from docs/
        return resolve_content(published)
    if (page := site_page_with_news(content)) is not None:  # _pages/about_cn.md alone
        return content, page
    if (data := fallback_news_data(content)) is not None:  # an own generator's news.yaml
        return content, data
    hugo = (
        "; Hugo: no content/_index.md, content/home/ or dated pages in "
        + ", ".join(f"content/{name}/" for name in THEME_NEWS_FOLDERS)
        + ", nor a layouts/index.html or a shortcode of the landing page that shows"
        " data/news.yaml"
        if is_hugo(content)
        else ""
    )
    raise BuildError(
        f"{content}: no homepage found (index.md, about.md, _pages/about.md, index.qmd, "
        f"Hugo content/, index.html) and no news page (news.md){hugo}"
    )
