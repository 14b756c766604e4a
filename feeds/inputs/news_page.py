"""Where a site keeps its news when it is not a list on the homepage.

:func:`find_homepage` knows the homepages of Jekyll, Quarto, R Markdown and Hugo sites
and, failing those, a hand-written ``index.html``. :func:`news_page_candidates` lists
the separate news pages, in the order tried: ``news.md``, ``_pages/news.md``, a page
whose permalink is ``/news/``, ``recent_news.md``, ``news.html`` (:mod:`.html_news_pages`),
a page titled as news ("Updates"), the same two kinds of page in a Jekyll site's other
folders (``menu/news.md``), Hugo's news widget and news section,
R Markdown ``news.Rmd``, Quarto ``news.qmd``, a page the Quarto or R Markdown navbar
or sidebar links to as news (``text: What's New``, ``href: news/index.qmd``), and last
a news file meant to be included (``_includes/news.md``) when the homepage does not
include it.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..parse.coverage import is_coverage_title
from ..parse.front_matter import front_matter
from ..parse.page import heading_matches
from . import hugo, jekyll
from .astro_root_page import unserved_root_page
from .folder_homepage import folder_homepage
from .html_news_pages import html_news_pages
from .language_homepages import chosen_homepage
from .notebook_site import navbar_news_pages
from .output_folders import is_output
from .page_folders import folder_pages
from .redirect_pages import redirect_target
from .unpublished import not_rendered, rendered_copy

NOTEBOOK_HOMEPAGES = ("index.qmd", "index.Rmd", "index.rmd")
NEWS_PAGES = (
    "news.md", "news.markdown", "_pages/news.md", "_pages/news.markdown", "news/index.md",
)  # fmt: skip
LATER_NEWS_PAGES = ("recent_news.md", "_pages/recent_news.md")
NOTEBOOK_NEWS_PAGES = ("news.Rmd", "news.rmd", "news.qmd")
NEWS_INCLUDES = ("_includes/news.md", "_pages/includes/news.md", "includes/news.md")
HTML_HOMEPAGES = ("index.html", "index.htm")
# what knitr leaves beside a page whose rendering stopped (``news.knit.md``, ``news.utf8.md``,
# a copy of it ``news.knit 2.md``): a step of the build, never a page a reader is sent to
_KNIT_STEP = re.compile(r"\.(?:knit|utf8)(?: \d+)?\.md\Z", re.I)


def find_homepage(site_dir: Path) -> Path | None:
    """The homepage of ``site``: a Markdown page (Jekyll), ``index.qmd``/``index.Rmd``,
    Hugo's landing page, else an ``index.html``: written by hand or by a tool (jemdoc,
    a site builder) whose source is not here, it is the page readers see (the page it
    sends them to when it only redirects: ``en/index.html``)."""
    page = jekyll.find_homepage(site_dir) or folder_homepage(site_dir)  # pages/home.md
    if page is None:
        page = next((site_dir / n for n in NOTEBOOK_HOMEPAGES if (site_dir / n).is_file()), None)
    hugo_page = next(iter(hugo.hugo_homepages(site_dir)), None) if page is None else None
    page = page or hugo_page or handwritten_homepage(site_dir)
    if page is not None and hugo_page is None:  # cn.html when the language setting says zh
        page = chosen_homepage(site_dir, page) or page
    source = page is not None and inside(page, site_dir) and not is_output(page, site_dir)
    return page if source else None


def handwritten_homepage(site_dir: Path) -> Path | None:
    """``index.html`` (or ``.htm``), whatever ``<meta name="generator">`` it names: with no
    Markdown, notebook or Hugo homepage beside it, no source of it is here to read (never
    beside an Astro project's ``src/pages/``, which builds the site: :mod:`.astro_root_page`)."""
    if unserved_root_page(site_dir):  # an Astro project's leftover root page
        return None
    page = next((site_dir / n for n in HTML_HOMEPAGES if (site_dir / n).is_file()), None)
    return (redirect_target(page, site_dir) or page) if page is not None else None


def is_news_title(title: str, news_headings: list[str]) -> bool:
    """Whether a page's title says the page is news ("News", "Latest News", "Updates")
    or press coverage ("In the media", "Press")."""
    return bool(title.strip()) and (
        heading_matches(title, news_headings) or is_coverage_title(title)
    )


def news_page_candidates(site_dir: Path, news_headings: list[str]) -> list[Path]:
    """Separate news pages of ``site`` that exist, in the order tried (inside the site)."""

    def news_title(title: str) -> bool:
        return is_news_title(title, news_headings)

    found = [site_dir / n for n in NEWS_PAGES]
    pages = jekyll.site_pages(site_dir)
    found += [p for p in pages if _permalink(p) in ("news", "news.html")]
    found += [site_dir / n for n in LATER_NEWS_PAGES]
    found += html_news_pages(site_dir)  # news.html, news_ja.html: the default language's
    found += [p for p in pages if news_title(_title(p))]  # "Updates", "Latest News"
    in_folders = folder_pages(site_dir)  # menu/news.md: Jekyll renders it where it sits
    found += [p for p, meta in in_folders if _news_permalink(meta)]
    found += [p for p, meta in in_folders if news_title(_text(meta.get("title")))]
    found += hugo.hugo_news_pages(site_dir, news_title)
    found += [site_dir / n for n in NOTEBOOK_NEWS_PAGES]
    found += navbar_news_pages(site_dir, news_headings)  # _quarto.yml: text: What's New
    includes = [site_dir / n for n in NEWS_INCLUDES if (site_dir / n).is_file()]
    including = _including_news(site_dir) if includes else set()  # read once
    found += [p for p in includes if including - {p.resolve()}]
    unique: dict[Path, Path] = {}
    for path in found:
        if _KNIT_STEP.search(path.name) or not path.is_file():
            continue
        if inside(path, site_dir) and not _built(path, site_dir):
            unique.setdefault(path.resolve(), path)
    return list(unique.values())


def _built(path: Path, site_dir: Path) -> bool:
    """Whether ``path`` is no source: built output (in an output folder, or a Quarto page's
    rendered copy beside its source) or a file the generator does not render."""
    if is_output(path, site_dir) or rendered_copy(path, site_dir):
        return True
    return not_rendered(path, site_dir)


def is_news_file(path: Path) -> bool:
    """Whether ``path`` is named as a news file (``news.md``, ``recent_news.md``,
    ``news.qmd``…): given alone as ``--content``, it is news from its first line."""
    names = (*NEWS_PAGES, *LATER_NEWS_PAGES, *NOTEBOOK_NEWS_PAGES)
    return path.name in {Path(name).name for name in names} - {"index.md"}


def headless_page(path: Path, news_headings: list[str], *, named_news: bool = False) -> bool:
    """Whether ``path`` is news from its first line: a news page by its name, or a page
    whose front-matter ``title`` is a news title (a Hugo news widget, "Recent News")."""
    title = front_matter(path).get("title")
    return named_news or is_news_title(
        str(title or "") if isinstance(title, str) else "", news_headings
    )


def inside(path: Path, site_dir: Path) -> bool:
    """Whether ``path`` is in ``site`` once links are followed (never read outside it)."""
    return path.resolve().is_relative_to(site_dir.resolve())


def _title(path: Path) -> str:
    return _text(front_matter(path).get("title"))


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _permalink(path: Path) -> str:
    return str(front_matter(path).get("permalink") or "").strip().strip("/")


def _news_permalink(meta: dict[str, object]) -> bool:
    return str(meta.get("permalink") or "").strip().strip("/") in ("news", "news.html")


_INCLUDES_NEWS = re.compile(r"\{%-?\s*include(?:_relative)?\s+[^%]*?\bnews\.md")


def _including_news(site_dir: Path) -> set[Path]:
    """The pages, layouts and includes of the site that include a ``news.md``: a news
    include (``_includes/news.md``) is shown only when one other than itself does (by
    another page than the homepage, which has no news list). A theme's demo ``news.md``
    that nothing includes is on no page."""
    places = [*jekyll.site_pages(site_dir), *sorted(site_dir.glob("*.htm*"))]
    for folder in ("_layouts", "_includes", "_pages/includes", "includes"):
        if (site_dir / folder).is_dir():
            places += sorted((site_dir / folder).rglob("*.*"))
    including = set()
    for place in places:
        try:
            if place.is_file() and _INCLUDES_NEWS.search(
                place.read_text(encoding="utf-8", errors="replace")
            ):
                including.add(place.resolve())
        except OSError:
            continue
    return including
