"""Data entries written in several languages at once, as bilingual sites keep them: the
words under language codes (``- date: 2026-03`` / ``en: "Paper accepted"`` / ``zh:
"论文被接收"``), or a field whose value is such a map (``text: {en: …, ja: …}``, a link's
``{url, en, zh}``). Each takes the words of one language: the site's (the ``language``
setting, which a site's configuration sets), else English, else the first written; an
entry's own words (``title``, ``text``…) are never replaced.
"""

from __future__ import annotations

from typing import Any

from .data_entry import TEXT_KEYS, is_words
from .language_homepages import language_code

MAX_DEPTH = 8
_NOT_LANGUAGES = {"id"}  # an entry's id (Astro's file() loader), no Indonesian


def localized(data: Any, language: str = "en", depth: int = 0) -> Any:
    """``data`` with every map of words by language replaced by the words of one."""
    if depth > MAX_DEPTH:
        return data
    if isinstance(data, list):
        return [localized(value, language, depth + 1) for value in data]
    if not isinstance(data, dict):
        return data
    by_language = _by_language(data)
    if by_language and len(by_language) == len(data):  # text: {en: …, ja: …}
        return _pick(by_language, language)
    out = {key: localized(value, language, depth + 1) for key, value in data.items()}
    if (fields := _language_fields(out, language)) is not None:  # {time, en: {news: …}}
        return fields
    if by_language and not any(is_words(out.get(k)) for k in TEXT_KEYS):
        for key in by_language:
            out.pop(key)
        out["text"] = _pick(by_language, language)  # {date, en: …, zh: …}: its words
    return out


def _language_fields(entry: dict[Any, Any], language: str) -> dict[Any, Any] | None:
    """An entry whose fields are written once per language (``- time: "May 2026"`` /
    ``en: {news: "Paper accepted"}`` / ``zh: {news: "论文被接收"}``) with those of one
    language as its own (``{time, news}``); ``None`` for any other map (one with words of
    its own, or only languages: a table of words by language, not an entry)."""
    nested = {
        str(key): value
        for key, value in entry.items()
        if isinstance(value, dict) and str(key).lower() not in _NOT_LANGUAGES
        and language_code(str(key))
    }  # fmt: skip
    if not nested or len(nested) == len(entry) or any(is_words(entry.get(k)) for k in TEXT_KEYS):
        return None
    written = {
        name: name if any(is_words(value) for value in fields.values()) else ""
        for name, fields in nested.items()
    }
    chosen = _pick(written, language)  # the language's name whose fields have words
    if not chosen:
        return None
    own = {key: value for key, value in entry.items() if str(key) not in nested}
    return own | {key: value for key, value in nested[chosen].items() if key not in own}


def _by_language(data: dict[Any, Any]) -> dict[str, str]:
    """The words of ``data`` kept under language codes, by key."""
    return {
        str(key): value or ""
        for key, value in data.items()
        if str(key).lower() not in _NOT_LANGUAGES
        and language_code(str(key))
        and (isinstance(value, str) or value is None)
    }


def _pick(by_language: dict[str, str], language: str) -> str:
    wanted = language_code(language) or "en"
    codes = {name: language_code(name) for name in by_language}
    for choice in (wanted, "en"):
        for name, code in codes.items():
            if code == choice and by_language[name].strip():
                return by_language[name]
    return next((words for words in by_language.values() if words.strip()), "")
