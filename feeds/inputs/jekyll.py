"""Jekyll conventions (al-folio or plain Jekyll): ``_config.yml`` defaults, the homepage,
collection folders and permalinks."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from ..diagnostics import BuildError
from ..parse.front_matter import front_matter
from ..parse.markdown import strip_tags
from ..parse.settings_files import settings_file
from .polyglot import polyglot_languages

HOMEPAGE_CANDIDATES = (
    "_pages/about.md", "index.md", "about.md", "_pages/index.md", "index.markdown",
)  # fmt: skip
PAGE_SUFFIXES = (".md", ".markdown")


CONFIG_NAMES = ("_config.yml", "_config.yaml")  # Jekyll reads either (the Greene Lab's)


def config_path(site_dir: Path) -> Path:
    """The site's Jekyll configuration: ``_config.yml``, else ``_config.yaml`` when only
    that one is there (``_config.yml``, missing, when neither is)."""
    first, *others = (site_dir / name for name in CONFIG_NAMES)
    return next((p for p in others if p.is_file() and not first.is_file()), first)


def read_config(site_dir: Path) -> dict[str, Any]:
    """``site/_config.yml`` (or ``_config.yaml``) as a mapping; ``{}`` when missing or
    unreadable (a warning says so once: :func:`feeds.inputs.site_config.config_problems`)."""
    return readable_settings(config_path(site_dir))


def readable_settings(path: Path) -> dict[str, Any]:
    """:func:`settings_file`, or ``{}`` when it cannot be read."""
    try:
        return settings_file(path)
    except BuildError:
        return {}


# Descriptions themes ship as placeholders: not the site's own words, never published.
THEME_DESCRIPTIONS = (
    "a simple, whitespace theme for academics",  # al-folio
    "personal description",  # academicpages
    "write an awesome description for your new site",  # jekyll new
)


def jekyll_defaults(site_dir: Path) -> dict[str, Any]:
    """Settings implied by ``site/_config.yml``; ``{}`` when there is none.

    al-folio's ``title: blank`` means "use the full name"; the feed title is the site
    title (or name) followed by " — news".
    """
    data = read_config(site_dir)
    if not data:
        return {}
    out: dict[str, Any] = {}
    url = _text(data.get("url")).rstrip("/")
    baseurl = _text(data.get("baseurl")).strip("/")
    if url:
        out["site_url"] = f"{url}/{baseurl}" if baseurl else url
    author = data.get("author")
    author_name = _text(author.get("name") if isinstance(author, dict) else author)
    name = " ".join(
        t for k in ("first_name", "middle_name", "last_name") if (t := _text(data.get(k)))
    )
    name = name or author_name or _text(data.get("name"))  # minimal themes: ``name:``
    if name:
        out["author"] = name
    title = _plain(_text(data.get("title")))
    if title.lower() == "blank":
        title = ""
    if title or out.get("author"):
        out["title"] = f"{title or out['author']} — news"
    description = _plain(_text(data.get("description")))
    if description and not any(d in description.lower() for d in THEME_DESCRIPTIONS):
        out["description"] = description
    email = _text(data.get("email"))
    if not email and isinstance(author, dict):
        email = _text(author.get("email"))
    if not email:  # al-folio ≥ 0.13 keeps social links in _data/socials.yml
        email = _text(readable_settings(site_dir / "_data" / "socials.yml").get("email"))
    if email:
        out["email"] = email
    if lang := _text(data.get("lang")) or _text(data.get("locale")).replace("_", "-"):
        out["language"] = lang
    if timezone := _text(data.get("timezone")):
        out["timezone"] = timezone
    return out


def find_homepage(site_dir: Path) -> Path | None:
    """The homepage of a content folder or Jekyll site.

    The usual names first (al-folio's ``_pages/about.md``, ``index.md``, ``about.md``),
    then any top-level or ``_pages/`` page whose front matter says ``permalink: /``.
    """
    for name in HOMEPAGE_CANDIDATES:
        if (site_dir / name).is_file():
            return site_dir / name
    for folder in language_folders(site_dir):  # jekyll-polyglot: _pages/en-us/about.md
        for name in ("about.md", "index.md"):
            if (folder / name).is_file():
                return folder / name
    for path in site_pages(site_dir):
        if str(front_matter(path).get("permalink") or "").strip() in ("/", "/index.html"):
            return path
    return None


def language_folders(site_dir: Path) -> list[Path]:
    """``_pages/<lang>/`` of a multilingual (jekyll-polyglot) site, the language read
    first (:func:`.polyglot.polyglot_languages`), then the others in their order; ``[]``
    for a site in one language."""
    if not (site_dir / "_pages").is_dir():
        return []
    folders = [site_dir / "_pages" / code for code in polyglot_languages(read_config(site_dir))]
    return [folder for folder in folders if folder.is_dir()]


def site_pages(site_dir: Path) -> list[Path]:
    """Markdown pages of the site: top level, ``_pages/`` and, on a multilingual site,
    the default language's ``_pages/<lang>/`` (sorted, deterministic)."""
    languages = language_folders(site_dir)[:1]
    found = [
        p
        for folder in (site_dir, site_dir / "_pages")
        if folder.is_dir()
        for p in folder.iterdir()
        if p.suffix in PAGE_SUFFIXES and p.is_file()
    ]
    return sorted(found) + sorted(
        p for folder in languages for p in folder.iterdir() if p.suffix in PAGE_SUFFIXES
    )


def collection_dir(site_dir: Path, config: dict[str, Any], name: str) -> Path:
    """Folder of collection ``name`` (``_news``), honouring ``collections_dir``."""
    base = _text(config.get("collections_dir")).strip("/")
    return (site_dir / base if base else site_dir) / f"_{name}"


def collection_permalink(config: dict[str, Any], name: str) -> str:
    """The permalink template of collection ``name``, as Jekyll derives it.

    ``collections: <name>: permalink:`` when given; else ``/<name>/:path`` plus a
    suffix from the site ``permalink`` style: ``/`` for pretty or slash-ending styles
    (al-folio: ``/blog/:year/:title/``), ``:output_ext`` for date/ordinal/none. With no
    ``permalink`` setting at all, al-folio's ``/news/:path/`` is assumed.
    """
    collections = config.get("collections")
    meta = collections.get(name) if isinstance(collections, dict) else None
    if isinstance(meta, dict) and _text(meta.get("permalink")):
        return _text(meta.get("permalink"))
    style = _text(config.get("permalink"))
    if not style or style == "pretty" or style.endswith("/"):
        return f"/{name}/:path/"
    return f"/{name}/:path:output_ext"


def expand_permalink(template: str, parts: dict[str, str], day: dt.date | None) -> str:
    """A permalink template with its ``:placeholders`` filled; always starts with ``/``."""
    values = dict(parts, output_ext=".html")
    if day is not None:
        values.update(
            year=f"{day:%Y}",
            month=f"{day:%m}",
            day=f"{day:%d}",
            i_month=str(day.month),
            i_day=str(day.day),
            short_year=f"{day:%y}",
        )
    url = re.sub(r":([a-z_]+)", lambda m: values.get(m.group(1), m.group(0)), template)
    return "/" + re.sub(r"/{2,}", "/", url).lstrip("/")


def jekyll_slug(text: str) -> str:
    """Jekyll's default ``slugify``: lower case, runs of other characters to ``-``."""
    return re.sub(r"[^a-z0-9._~!$&'()+,;=@]+", "-", text.lower()).strip("-")


def _text(value: Any) -> str:
    return "" if value is None else str(value).strip()


def _plain(text: str) -> str:
    """Markdown links and HTML tags reduced to their text, white space squashed."""
    return strip_tags(re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text))
