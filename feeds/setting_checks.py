"""What each setting may hold, beyond its type: one check per setting that needs one
(:data:`CHECKS`), each returning the problem in words or ``None``."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit


def no_check(value: Any) -> str | None:
    return None


def one_line(value: Any) -> str | None:
    if isinstance(value, str) and _CONTROL.search(value):
        return "must be one line of text (no line breaks or control characters)"
    if isinstance(value, list):
        return next((p for v in value if (p := one_line(v))), None)
    return None


def _url(value: str) -> str | None:
    if not value:
        return None
    if problem := one_line(value):
        return problem
    if any(ch.isspace() for ch in value):
        return f"{value!r} has spaces; write them as %20"
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 (raises on a bad port)
    except ValueError as exc:
        return f"{value!r} is not a URL ({exc})"
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return f"{value!r} is not an http(s) URL"
    if parts.username is not None or parts.password is not None:
        return f"{value!r} must not hold a user name or password"
    if parts.query or parts.fragment or value.endswith(("?", "#")):
        return f"{value!r} must not have a query (?…) or fragment (#…)"
    return None


def _api_url(value: str) -> str | None:
    """An http(s) address of the arXiv API; unlike site_url it may carry a query (?key=…)."""
    if problem := one_line(value):
        return problem
    try:
        parts = urlsplit(value)
        parts.port  # noqa: B018 (raises on a bad port)
    except ValueError as exc:
        return f"{value!r} is not a URL ({exc})"
    if parts.scheme not in ("http", "https") or not parts.hostname or " " in value:
        return f"{value!r} is not an http(s) URL"
    return None


def _email(value: str) -> str | None:
    if not value:
        return None
    if one_line(value) or not re.fullmatch(r"[^@\s<>\"]+@[^@\s<>\"]+", value):
        return f"{value!r} is not an e-mail address"
    return None


def _between(low: float, high: float) -> Any:
    def check(value: float) -> str | None:
        if not low <= value <= high:
            return f"must be between {_num(low)} and {_num(high)}, not {_num(value)}"
        return None

    return check


def _num(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def _not_empty(value: list[str]) -> str | None:
    if not [v for v in value if v.strip()]:
        return "must name at least one heading"
    return one_line(value)


def _inside_folder(value: str) -> str | None:
    """A file path that stays inside the folder it is relative to (no absolute path, no ..)."""
    from pathlib import PurePath, PureWindowsPath

    path = PurePath(value)
    windows_anchor = PureWindowsPath(value).anchor
    if path.parts and not path.is_absolute() and not windows_anchor and ".." not in path.parts:
        return None
    return f"{value!r} must be a relative file path inside the content folder (no '..')"


_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")


def _zone(value: str) -> str | None:
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        return f"unknown time zone {value!r} (write e.g. Europe/Berlin)"
    return None


def _tag_date(value: str) -> str | None:
    """RFC 4151's date of a ``tag:`` URI: ``2019``, ``2019-05`` or ``2019-05-01``."""
    if not re.fullmatch(r"\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?", value):
        return f"{value!r} is not a date like 2019 or 2019-05-01 (RFC 4151)"
    if len(value) == 10:
        import datetime as dt

        try:
            dt.date.fromisoformat(value)
        except ValueError:
            return f"{value!r} is not a day of the calendar (RFC 4151 takes a real date)"
    return None


CHECKS: dict[str, Any] = {
    "id_date": _tag_date,
    "timezone": _zone,
    "site_url": _url,
    "email": _email,
    "news_headings": _not_empty,
    "feed_limit": _between(0, 1_000_000),
    "calendar_history_days": _between(0, 36_500),
    "arxiv_timeout": _between(0.001, 86_400),
    "arxiv_cache": _inside_folder,
    "page": lambda value: _inside_folder(value) if value else None,  # "": found
    "arxiv_retry_days": _between(0, 36_500),
    "hub": _url,
    "arxiv_api": _api_url,
}
