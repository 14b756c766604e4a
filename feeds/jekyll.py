"""Defaults taken from a Jekyll site's ``_config.yml`` (al-folio or plain Jekyll)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

HOMEPAGE_CANDIDATES = (
    "_pages/about.md", "index.md", "about.md", "_pages/index.md", "index.markdown",
)


def jekyll_defaults(site: Path) -> dict[str, Any]:
    """Settings implied by ``site/_config.yml``; ``{}`` when there is none."""
    path = site / "_config.yml"
    if not path.is_file():
        return {}
    import yaml  # comes with python-frontmatter

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError:
        return {}
    if not isinstance(data, dict):
        return {}
    out: dict[str, Any] = {}
    url = str(data.get("url") or "").rstrip("/")
    baseurl = str(data.get("baseurl") or "").strip("/")
    if url:
        out["site_url"] = f"{url}/{baseurl}" if baseurl else url
    name = " ".join(
        str(data[k]) for k in ("first_name", "middle_name", "last_name") if data.get(k)
    )
    author = data.get("author")
    if isinstance(author, dict):
        author = author.get("name")
    if name or author:
        out["author"] = name or str(author)
    if data.get("title"):
        out["title"] = _strip_tags(str(data["title"]))
    if data.get("description"):
        out["description"] = _strip_tags(str(data["description"]))
    email = data.get("email") or (data.get("author") or {}).get("email") if isinstance(
        data.get("author"), dict
    ) else data.get("email")
    if email:
        out["email"] = str(email)
    if data.get("lang"):
        out["language"] = str(data["lang"])
    if data.get("timezone"):
        out["timezone"] = str(data["timezone"])
    return out


def find_homepage(site: Path) -> Path | None:
    """The homepage of a content folder or Jekyll site."""
    for name in HOMEPAGE_CANDIDATES:
        if (site / name).is_file():
            return site / name
    return None


def _strip_tags(text: str) -> str:
    return re.sub(r"<[^>]+>", "", text).strip()
