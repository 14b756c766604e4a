"""Site settings: defaults < Jekyll ``_config.yml`` < ``feeds.toml`` < environment < CLI."""

from __future__ import annotations

import dataclasses
import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

CONFIG_NAME = "feeds.toml"
DEFAULT_ARXIV_API = "https://export.arxiv.org/api/query"
NEWS_HEADINGS = [
    "What's new", "News", "Latest news", "Recent news", "Updates", "Announcements", "Highlights",
    "Recent or upcoming events", "Neuigkeiten", "Actualités", "Noticias", "Notícias", "Novità",
    "新闻", "动态", "ニュース",
]  # fmt: skip


def _s(default: Any, help: str) -> Any:
    """A setting: its default and the help its command-line option shows."""
    if isinstance(default, list):
        return field(default_factory=lambda: list(default), metadata={"help": help})
    return field(default=default, metadata={"help": help})


def setting_help(name: str) -> str:
    return str(_FIELDS[name].metadata.get("help", ""))


@dataclass
class Settings:
    """Every setting; each is a key of ``feeds.toml`` and an option of ``feeds build``."""

    site_url: str = _s("", "Public URL of the homepage; relative links resolve against it.")
    title: str = _s("", "Feed title (default: the page title + ' — news').")
    description: str = _s("", "Feed description.")
    author: str = _s("", "Feed author's name.")
    email: str = _s("", "Feed author's e-mail.")
    language: str = _s("en", "Feed language.")
    timezone: str = _s("UTC", "Time zone of date-only items and of the calendar.")
    page: str = _s("", "The homepage inside the content folder (default: found).")
    news_headings: list[str] = _s(
        NEWS_HEADINGS,
        "Headings that open the news section.",
    )
    archive_headings: list[str] = _s(["Archive", "Older news"], "Subsections that are not news.")
    id_date: str = _s("2000", "Date part of the tag: ids (RFC 4151); set once, never change.")
    feed_limit: int = _s(100, "Newest items per feed; 0 for every item.")
    out: str = _s("output", "Output folder.")
    calendar_kinds: list[str] = _s(["Talk"], "Kinds that go into the talk calendar.")
    calendar_history_days: int = _s(365, "Days past talks stay in the calendar.")
    kind_feeds: list[str] = _s(["talk", "paper"], "Kinds that get an Atom feed of their own.")
    arxiv_api: str = _s(DEFAULT_ARXIV_API, "arXiv API query URL (env FEEDS_ARXIV_API).")
    arxiv_cache: str = _s("arxiv.json", "The arXiv cache, inside the content folder.")
    arxiv_timeout: float = _s(60.0, "Total seconds arXiv enrichment may take.")
    offline: bool = _s(False, "Make no network call at all (env FEEDS_OFFLINE=1).")

    def apply(self, values: dict[str, Any], origin: str = "") -> None:
        """Set known keys from ``values`` (nested tables flatten to ``table_key``)."""
        for key, value in _flatten(values).items():
            name = key.replace("-", "_")
            if name not in _FIELDS:
                raise ConfigError(f"{origin}: unknown setting {key!r}" if origin else key)
            setattr(self, name, _coerce(name, value, origin))

    def validate(self) -> None:
        """Refuse values no build could use."""
        from urllib.parse import urlsplit

        parts = urlsplit(self.site_url)
        if self.site_url and (parts.scheme not in ("http", "https") or not parts.netloc):
            raise ConfigError(f"site_url {self.site_url!r} is not an http(s) URL")
        for name in ("feed_limit", "calendar_history_days"):
            if getattr(self, name) < 0:
                raise ConfigError(f"{name} must not be negative")
        if self.arxiv_timeout <= 0:
            raise ConfigError("arxiv_timeout must be positive")

    @property
    def site_root(self) -> str:
        """The site URL with exactly one trailing slash (for joining)."""
        return self.site_url.rstrip("/") + "/" if self.site_url else ""


class ConfigError(ValueError):
    """A setting has an unknown name or a value of the wrong type."""


_FIELDS = {f.name: f for f in dataclasses.fields(Settings)}


def field_kind(name: str) -> type:
    """The Python type a setting takes: str, int, float, bool or list."""
    default = Settings().__getattribute__(name)
    return type(default)


def _flatten(values: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in values.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{name}_"))
        else:
            flat[name] = value
    return flat


def _coerce(name: str, value: Any, origin: str) -> Any:
    kind = field_kind(name)
    try:
        if kind is list:
            if isinstance(value, str):
                return [v.strip() for v in value.split(",") if v.strip()]
            return [str(v) for v in value]
        if kind is bool:
            if isinstance(value, str):
                return value.strip().lower() in ("1", "true", "yes", "on")
            return bool(value)
        return kind(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"{origin}: setting {name!r}: {exc}") from exc


def load_settings(
    content_dir: Path,
    overrides: dict[str, Any] | None = None,
    defaults: dict[str, Any] | None = None,
) -> Settings:
    """Settings for a content folder: ``defaults`` (what the site's Jekyll ``_config.yml``
    implies), its ``feeds.toml``, the environment, then ``overrides``."""
    settings = Settings()
    settings.apply(defaults or {}, str(content_dir / "_config.yml"))
    path = content_dir / CONFIG_NAME
    if path.is_file():
        try:
            data = tomllib.loads(path.read_bytes().decode("utf-8-sig"))
        except UnicodeDecodeError as exc:
            raise ConfigError(
                f"{path}: not UTF-8 text (byte {exc.start}); save it as UTF-8"
            ) from None
        except OSError as exc:
            raise ConfigError(f"{path}: cannot be read ({exc.strerror or exc})") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: {exc}") from exc
        settings.apply(data, str(path))
    env: dict[str, Any] = {}
    if os.environ.get("FEEDS_ARXIV_API"):
        env["arxiv_api"] = os.environ["FEEDS_ARXIV_API"]
    if os.environ.get("FEEDS_OFFLINE", "").strip() not in ("", "0"):
        env["offline"] = True
    settings.apply(env, "environment")
    settings.apply({k: v for k, v in (overrides or {}).items() if v is not None}, "option")
    settings.validate()
    return settings
