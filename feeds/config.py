"""Site settings: defaults < Jekyll ``_config.yml`` < ``feeds.toml`` < environment < CLI."""

from __future__ import annotations

import dataclasses
import math
import os
import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from .setting_checks import CHECKS, no_check, one_line

CONFIG_NAME = "feeds.toml"
DEFAULT_ARXIV_API = "https://export.arxiv.org/api/query"
NEWS_HEADINGS = [
    "What's new", "News", "Latest news", "Recent news", "Updates", "Announcements", "Highlights",
    "Recent or upcoming events", "Neuigkeiten", "Aktuelles", "Actualités", "Actualité",
    "Noticias", "Novedades", "Notícias", "Novidades", "Novità", "Notizie",
    "新闻", "动态", "消息", "资讯",
    "ニュース", "お知らせ", "新着情報", "最新情報", "近況", "最近の活動",
    "소식", "뉴스", "공지사항",
]  # fmt: skip


TALK_HEADINGS = [
    "Talks", "Talk", "Presentations", "Invited talks", "Keynotes", "Vorträge", "Charlas",
    "Ponencias", "Exposés", "Palestras", "学术报告", "講演",
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
    author_aliases: list[str] = _s([], "Other spellings of the author's name on arXiv.")
    email: str = _s("", "Feed author's e-mail.")
    language: str = _s("en", "Feed language; on a multilingual site, the only language built.")
    languages: list[str] = _s(
        [], "A multilingual site's other languages built into <out>/<lang>/ (default: all)."
    )
    timezone: str = _s("UTC", "Time zone of date-only items and of the calendar.")
    page: str = _s("", "The homepage inside the content folder (default: found).")
    news_headings: list[str] = _s(
        NEWS_HEADINGS,
        "Headings that open the news section.",
    )
    archive_headings: list[str] = _s(["Archive", "Older news"], "Subsections that are not news.")
    talk_headings: list[str] = _s(
        TALK_HEADINGS, "Titles of a talks page and headings of a talks section (items: talks)."
    )
    id_date: str = _s("2000", "Date part of the tag: ids (RFC 4151); set once, never change.")
    feed_limit: int = _s(100, "Newest items per feed; 0 for every item.")
    out: str = _s("output", "Output folder.")
    calendar_kinds: list[str] = _s(["talk"], "Types or labels that go into the talk calendar.")
    calendar_history_days: int = _s(365, "Days past talks stay in the calendar.")
    kind_feeds: list[str] = _s(["talk", "paper"], "Types or labels with an Atom feed of their own.")
    arxiv_api: str = _s(DEFAULT_ARXIV_API, "arXiv API query URL (env FEEDS_ARXIV_API).")
    arxiv_cache: str = _s("arxiv.json", "The arXiv cache, inside the content folder.")
    arxiv_timeout: float = _s(60.0, "Total seconds arXiv enrichment may take.")
    hub: str = _s("", "WebSub hub URL the feeds name; `feeds build --ping` notifies it.")
    arxiv_retry_days: int = _s(30, "Days before a paper not found on arXiv is searched again.")
    offline: bool = _s(False, "Make no network call at all (env FEEDS_OFFLINE=1).")
    cache: str = _s(
        "", "Folder of parsed pages reused by the next build (default ~/.cache/feeds; 'off')."
    )
    types_talk: list[str] = _s([], "Words that make an item a talk ([types] talk = [...]).")
    types_paper: list[str] = _s([], "Words that make an item a paper.")
    types_award: list[str] = _s([], "Words that make an item an award.")
    types_service: list[str] = _s([], "Words that make an item service (reviewing, chairing).")
    types_position: list[str] = _s([], "Words that make an item a position (joined, graduated).")
    types_event: list[str] = _s([], "Words that make an item an event (attended, organised).")

    def apply(
        self, values: dict[str, Any], origin: str = "", ignored: list[str] | None = None
    ) -> None:
        """Set known keys from ``values`` (nested tables flatten to ``table_key``).

        With ``ignored`` (values the site's own config implies), a value no build could
        use is left out and its message added there, instead of stopping the build."""
        written = _written_keys(values)
        for key, value in _flatten(values).items():
            name = key.replace("-", "_")
            if name not in _FIELDS:
                where = setting_line(origin, key, written[key]) if origin else ""
                shown = written_name(name, origin, written[key])
                raise ConfigError(f"{where}: unknown setting {shown!r}" if origin else key)
            try:
                setattr(self, name, _coerce(name, value, origin, written[key]))
            except ConfigError as exc:
                if ignored is None:
                    raise
                ignored.append(f"{exc}; ignored")

    def validate(self) -> None:
        """Refuse combinations no build could use (each value was checked as it came)."""
        for name in _FIELDS:
            value = getattr(self, name)
            if problem := one_line(value) or CHECKS.get(name, no_check)(value):
                raise ConfigError(f"setting {written_name(name)!r}: {problem}")

    @property
    def site_root(self) -> str:
        """The site URL with exactly one trailing slash (for joining)."""
        return self.site_url.rstrip("/") + "/" if self.site_url else ""


_TABLES = ("arxiv", "calendar", "types")  # feeds.toml tables: [calendar] kinds = …
ENV_NAMES = {"arxiv_api": "FEEDS_ARXIV_API", "cache": "FEEDS_CACHE", "offline": "FEEDS_OFFLINE"}
ENV_ORIGINS = ("option", "environment")


class ConfigError(ValueError):
    """A setting has an unknown name or a value of the wrong type."""


_FIELDS = {f.name: f for f in dataclasses.fields(Settings)}


def field_kind(name: str) -> type:
    """The Python type a setting takes: str, int, float, bool or list."""
    return _kinds()[name]


@cache  # the command line asks it for every setting of four commands at start-up
def _kinds() -> dict[str, type]:
    defaults = Settings()
    return {name: type(defaults.__getattribute__(name)) for name in _FIELDS}


def _flatten(values: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in values.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{name}_"))
        else:
            flat[name] = value
    return flat


def written_name(name: str, origin: str = "", key: str = "") -> str:
    """Setting ``name`` as the user writes it: the option (``--calendar-kinds``) or the
    environment variable (``FEEDS_ARXIV_API``) it came from, else its ``feeds.toml`` key
    as written (``key``) or documented (``calendar.kinds``, ``types.talk``)."""
    if origin == "option":
        return "--" + name.replace("_", "-")
    if origin == "environment":
        return ENV_NAMES.get(name, name)
    if key:
        return key
    table, _, leaf = name.partition("_")
    return f"{table}.{leaf}" if table in _TABLES and leaf else name


def _written_keys(values: dict[str, Any], prefix: str = "", dotted: str = "") -> dict[str, str]:
    """The flat name of each key of ``values`` (as :func:`_flatten`) → the key as written."""
    keys: dict[str, str] = {}
    for key, value in values.items():
        if isinstance(value, dict):
            keys.update(_written_keys(value, f"{prefix}{key}_", f"{dotted}{key}."))
        else:
            keys[f"{prefix}{key}"] = f"{dotted}{key}"
    return keys


def _coerce(name: str, value: Any, origin: str, key: str = "") -> Any:
    """``value`` as the type of setting ``name``, checked; :class:`ConfigError` otherwise."""
    kind = field_kind(name)
    problem = None
    if kind is list:
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",") if v.strip()]
        if not isinstance(value, list | tuple) or not all(
            isinstance(v, str | int | float) and not isinstance(v, bool) for v in value
        ):
            problem = 'must be a list of words, e.g. ["Talk", "Paper"]'
        else:
            value = [str(v).strip() for v in value]
    elif kind is bool:
        words = {"1": True, "true": True, "yes": True, "on": True, "0": False, "false": False}
        words |= {"no": False, "off": False, "": False}
        if isinstance(value, str) and value.strip().lower() in words:
            value = words[value.strip().lower()]
        elif not isinstance(value, bool):
            problem = "must be true or false"
    elif kind is str:
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = str(value)
        if not isinstance(value, str):
            problem = f"must be text, not {_toml_type(value)}"
    elif kind in (int, float):
        value, problem = _number(value, kind)
    if problem is None:
        problem = one_line(value) or CHECKS.get(name, no_check)(value)
    if problem is not None and origin in ENV_ORIGINS:  # the option or variable is the name
        raise ConfigError(f"{written_name(name, origin)}: {problem}")
    if problem is not None:
        shown = written_name(name, origin, key)
        raise ConfigError(f"{setting_line(origin, name, key)}: setting {shown!r}: {problem}")
    return value


def _number(value: Any, kind: type) -> tuple[Any, str | None]:
    if isinstance(value, bool):
        return value, "must be a number, not true/false"
    try:
        number = float(value) if isinstance(value, str | int | float) else math.nan
    except ValueError:
        return value, f"{value!r} is not a number"
    if not math.isfinite(number):
        return value, f"must be a finite number, not {value!r}"
    if kind is int and number != int(number):
        return value, f"must be a whole number, not {value!r}"
    return kind(number), None


def _toml_type(value: Any) -> str:
    return {list: "a list", tuple: "a list", dict: "a table", bool: "true/false"}.get(
        type(value), type(value).__name__
    )


def setting_line(origin: str, name: str, key: str = "") -> str:
    """``feeds.toml:LINE`` for a setting read from a file (its last key as ``key`` writes
    it, when given), else the origin as given."""
    if origin == "option":
        return "--" + name.replace("_", "-")
    path = Path(origin) if origin.endswith(".toml") else None
    if path is None or not path.is_file():
        return origin or "option"
    leaf = re.escape(key.rsplit(".", 1)[-1] if key else name.split("_", 1)[-1])
    dotted = re.escape(name.replace("_", ".", 1))
    pattern = re.compile(rf"^\s*[\"']?(?:{re.escape(name)}|{dotted}|{leaf})[\"']?\s*=", re.M)
    try:
        match = pattern.search(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError):
        return origin
    return f"{origin}:{match.string.count(chr(10), 0, match.start()) + 1}" if match else origin


def load_settings(
    content_dir: Path,
    overrides: dict[str, Any] | None = None,
    defaults: dict[str, Any] | None = None,
    ignored: list[str] | None = None,
    defaults_origin: Path | None = None,
) -> Settings:
    """Settings for a content folder: ``defaults`` (what the site's Jekyll ``_config.yml``
    implies), its ``feeds.toml``, the environment, then ``overrides``. A ``defaults`` value
    no build could use (an obfuscated e-mail) is left out, its message added to
    ``ignored``."""
    settings = Settings()
    origin = defaults_origin or content_dir / "_config.yml"  # the file the defaults came from
    settings.apply(defaults or {}, str(origin), ignored=ignored)
    path = content_dir / CONFIG_NAME
    if path.exists() and not path.is_file():  # a folder, a pipe: never opened
        raise ConfigError(f"{path}: not a file; its settings cannot be read")
    if path.is_file():
        try:
            data = tomllib.loads(path.read_bytes().decode("utf-8-sig"))
        except UnicodeDecodeError as exc:
            line = exc.object[: exc.start].count(b"\n") + 1
            raise ConfigError(
                f"{path}:{line}: not UTF-8 text (byte 0x{exc.object[exc.start]:02x}); "
                "save it as UTF-8"
            ) from None
        except OSError as exc:
            raise ConfigError(f"{path}: cannot be read ({exc.strerror or exc})") from None
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: {exc}") from exc
        settings.apply(data, str(path))
    env: dict[str, Any] = {}
    if os.environ.get("FEEDS_ARXIV_API"):
        env["arxiv_api"] = os.environ["FEEDS_ARXIV_API"]
    if os.environ.get("FEEDS_CACHE", "").strip():
        env["cache"] = os.environ["FEEDS_CACHE"]
    if os.environ.get("FEEDS_OFFLINE", "").strip() not in ("", "0"):
        env["offline"] = True
    settings.apply(env, "environment")
    settings.apply({k: v for k, v in (overrides or {}).items() if v is not None}, "option")
    settings.validate()
    return settings
