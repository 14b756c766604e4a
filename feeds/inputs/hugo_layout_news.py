"""A Hugo site whose homepage is its layout alone: no ``content/_index.md`` (Hugo needs
none), and the home layout (``layouts/index.html``, ``layouts/home.html``,
``layouts/_default/home.html``; else the theme's; with none of them, the list layout
``_default/list.html`` Hugo falls back on) ranges over a data file named as news
(``site.Data.news``, ``.Site.Data.news``, ``hugo.Data.news``, ``index site.Data "news"``),
in itself or in a partial it includes. That data file (``data/news.yaml``, ``.yml``,
``.toml``, ``.json``; or a folder ``data/news/``, :mod:`.hugo_data_folders`) is the news;
it is read as every Hugo data list is (:func:`.hugo_front_list.read_data_list`), dated as
the layout shows it. When the theme is not in the repository (:mod:`.hugo_absent_theme`)
and no layout of the site's own shows the news data, that file is read directly.

The landing page (``content/_index.md``, or ``_index.html``: Hugo renders both) may
show it too, through a shortcode (``{{< news >}}``) whose template
(``layouts/shortcodes/news.html``, else the theme's) ranges over that data: then it is
the news, whatever layout the theme has (:func:`shortcode_news_data`); unless the
landing page lists news of its own as well (in its body, or in the news block of a
Hugo Blox page's ``sections:``): then the page is read as the homepage, and
the data file it shows is read beside it, as a Hugo homepage's always is; both are the
news.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from ..config import Settings
from ..diagnostics import Reporter, display_path
from ..parse import parse_page
from .hugo import content_roots, hugo_homepages, is_hugo, read_hugo_config
from .hugo_absent_theme import absent_theme
from .hugo_landing import landing_news
from .news_page import is_news_title

HOME_LAYOUTS = ("index.html", "home.html", "_default/home.html", "_default/index.html")
LIST_LAYOUTS = ("list.html", "_default/list.html")  # the home's when none of those exists
DATA_SUFFIXES = (".yaml", ".yml", ".toml", ".json")
MAX_PARTIALS = 20  # partials followed from one home layout
MAX_CHARS = 200_000
MAX_OWN_LAYOUTS = 200  # the site's own layout files looked through for the news data

_NEWS_DATA = re.compile(
    r"\b(?:site|Site|hugo)\.Data\.news\b"
    r"|\bindex\s+\(?\s*(?:\$?\.Site|site|hugo)\.Data\s*\)?\s+[\"`]news[\"`]"
)
_RANGE = re.compile(r"\{\{-?\s*range\b")
_PARTIAL = re.compile(r"\bpartial(?:Cached)?\s+\"([^\"\n]+)\"")
_SHORTCODE = re.compile(r"\{\{[<%]-?\s*([\w.-]+)")  # {{< news >}}, {{% news %}}; not {{< /x >}}
_CALL = re.compile(r"\{\{[<%].*?[>%]\}\}", re.DOTALL)  # a whole call, blanked
LANDING_PAGES = ("_index.md", "_index.html")


def layout_news_data(site_dir: Path) -> Path | None:
    """The news data file the home layout of a Hugo site without a homepage file shows;
    ``None`` when the site has a homepage file, no such layout or no such data file."""
    if not is_hugo(site_dir) or hugo_homepages(site_dir):
        return None
    data = _news_data(site_dir)
    found = home_layout(site_dir)
    if data is None:
        return None
    if found is None:  # the homepage is the theme's: read it directly if it is absent
        return data if absent_theme(site_dir) and not _own_layouts_show_news(site_dir) else None
    layout, root = found
    return data if _shows_news(layout, root) else None


def _news_data(site_dir: Path) -> Path | None:
    """``data/news.yaml`` (``.yml``, ``.toml``, ``.json``), else the folder ``data/news/``."""
    data = next(
        (site_dir / "data" / f"news{s}" for s in DATA_SUFFIXES
         if (site_dir / "data" / f"news{s}").is_file()),
        None,
    )  # fmt: skip
    return data or next((f for f in [site_dir / "data" / "news"] if f.is_dir()), None)


def shortcode_news_data(site_dir: Path) -> Path | None:
    """The news data file a shortcode called in the landing page shows (its template, or
    a partial that includes, ranges over it); ``None`` when no call there shows it."""
    if not is_hugo(site_dir) or (data := _news_data(site_dir)) is None:
        return None
    names: list[str] = []
    own = False  # a homepage file lists news of its own: it is read, the data beside it
    homepages = hugo_homepages(site_dir)  # _index.md (Hugo's _index.html is none of them)
    for root in content_roots(site_dir):
        for page in (root / n for n in LANDING_PAGES):
            if page.is_file():
                text = page.read_text(encoding="utf-8", errors="replace")[:MAX_CHARS]
                names += _SHORTCODE.findall(text)
                own = own or (page in homepages and _lists_news(page, text))
    for name in dict.fromkeys(names):
        found = _shortcode_template(site_dir, name)
        if found is not None and _shows_news(*found):
            return None if own else data
    return None


def _lists_news(page: Path, text: str) -> bool:
    """Whether the landing page ``page`` lists news of its own, its shortcode calls
    left out: in its body, or in the news block of a Hugo Blox page's ``sections:``
    (:mod:`.hugo_landing`)."""
    if _SHORTCODE.search(text) is None:
        return False
    headings = Settings().news_headings
    block = landing_news(text, display_path(page), lambda t: is_news_title(t, headings))
    shown = block.text if block is not None else text
    calls = _CALL.sub(lambda m: "\n" * m.group().count("\n"), shown)
    return bool(parse_page(page, text=calls, reporter=Reporter(quiet=True))[1])


def _shortcode_template(site_dir: Path, name: str) -> tuple[Path, Path] | None:
    """(template of the shortcode ``name``, its layouts folder): the site's before the
    theme's, ``layouts/shortcodes/`` or Hugo 0.146's ``layouts/_shortcodes/``."""
    for root in layout_roots(site_dir):
        for folder in ("shortcodes", "_shortcodes"):
            if (root / folder / f"{name}.html").is_file():
                return root / folder / f"{name}.html", root
    return None


def _own_layouts_show_news(site_dir: Path) -> bool:
    """Whether a template of the site's own ``layouts/`` names the news data."""
    root = site_dir / "layouts"
    files = sorted(p for p in root.rglob("*.html") if p.is_file()) if root.is_dir() else []
    for path in files[:MAX_OWN_LAYOUTS]:
        if _NEWS_DATA.search(path.read_text(encoding="utf-8", errors="replace")[:MAX_CHARS]):
            return True
    return False


def home_layout(site_dir: Path) -> tuple[Path, Path] | None:
    """(home layout, the layouts folder it is in): the site's own before the theme's, as
    Hugo looks them up; with no home layout anywhere, the list layout Hugo falls back
    on (PaperMod's ``_default/list.html``, which shows the home in its profile mode)."""
    roots = layout_roots(site_dir)
    for names in (HOME_LAYOUTS, LIST_LAYOUTS):
        for root in roots:
            for name in names:
                if (root / name).is_file():
                    return root / name, root
    return None


def layout_roots(site_dir: Path) -> list[Path]:
    """``layouts/``, then each configured theme's ``themes/<name>/layouts/``."""
    theme = read_hugo_config(site_dir).get("theme")
    themes = [theme] if isinstance(theme, str) else theme if isinstance(theme, list) else []
    roots = [site_dir / "layouts"]
    roots += [site_dir / "themes" / str(t) / "layouts" for t in themes if str(t).strip()]
    return [r for r in roots if r.is_dir()]


def a_template_says(site_dir: Path, says: Callable[[str], bool], limit: int = 300) -> bool:
    """Whether a template of the site or of its theme (up to ``limit`` of each, by name)
    says what ``says`` looks for in its text."""
    for root in layout_roots(site_dir):
        for path in sorted(root.rglob("*.html"))[:limit]:
            try:
                text = path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                continue
            if says(text):
                return True
    return False


def section_shows_data_only(site_dir: Path, section: str) -> bool:
    """Whether the list template of the section ``section`` (``layouts/news/list.html``,
    ``news/section.html``, ``section/news.html``; else the theme's) shows the news data
    file and none of the section's pages (no ``.Pages``, ``.RegularPages``, ``.Paginator``
    in it or its partials): then those pages are only linked, not items. ``False`` when
    there is no such template (its pages are listed by the theme's list)."""
    names = (f"{section}/list.html", f"{section}/section.html", f"section/{section}.html")
    for root in layout_roots(site_dir):
        template = next((root / n for n in names if (root / n).is_file()), None)
        if template is not None:
            texts = layout_texts(template, root)
            shows_data = any(_NEWS_DATA.search(t) and _RANGE.search(t) for t in texts)
            return shows_data and not any(_PAGES.search(t) for t in texts)
    return False


_PAGES = re.compile(r"\.(?:Regular)?Pages(?:ByDate|ByTitle)?\b|\.Paginator\b|\.Paginate\b")


def _shows_news(layout: Path, root: Path) -> bool:
    """Whether ``layout`` or a partial it includes ranges over the news data."""
    return any(_NEWS_DATA.search(t) and _RANGE.search(t) for t in layout_texts(layout, root))


def layout_texts(layout: Path, root: Path) -> list[str]:
    """The text of ``layout`` and of the partials it includes (followed a few levels)."""
    seen: set[Path] = set()
    texts: list[str] = []
    todo = [layout]
    while todo and len(seen) <= MAX_PARTIALS:
        path = todo.pop(0)
        if path in seen:
            continue
        seen.add(path)
        try:
            text = path.read_text(encoding="utf-8", errors="replace")[:MAX_CHARS]
        except OSError:
            continue
        texts.append(text)
        todo += [p for name in _PARTIAL.findall(text) if (p := _partial(root, name))]
    return texts


def _partial(root: Path, name: str) -> Path | None:
    """The file of ``partial "name"``: ``partials/`` (or Hugo 0.146's ``_partials/``),
    ``.html`` implied."""
    names = [name] if name.endswith(".html") else [name, f"{name}.html"]
    for folder in ("partials", "_partials"):
        for candidate in names:
            path = root / folder / candidate
            if path.is_file():
                return path
    return None


def homepage_note(site_dir: Path, folder: Path) -> str:
    """What ``-v`` says when the news is read from ``folder`` because the site has no
    homepage file: the theme's homepage lists its pages, or the home layout its data."""
    data = layout_news_data(site_dir)
    found = home_layout(site_dir)
    shown = shortcode_news_data(site_dir) if data is None else None
    if shown is not None and shown.parent.resolve() == folder.resolve():
        return f"news read from {shown.name}: a shortcode of the landing page shows it"
    if data is None or data.parent.resolve() != folder.resolve():
        return "news read from this folder: the homepage is the theme's"
    if found is None:
        theme = absent_theme(site_dir)
        return (
            f"news read directly from {data.name}: the theme {theme}, whose homepage "
            "would show it, is not in the repository (a submodule or module not fetched)"
        )
    layout = found[0].relative_to(site_dir).as_posix()
    return f"news read from {data.name}: the homepage is {layout}, which shows it"
