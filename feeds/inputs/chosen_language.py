"""Which language's news a multilingual site's feeds are read from.

A site that keeps its news in two languages (Hugo language trees, jekyll-polyglot's
``_news/en/`` + ``_news/fr/``) gets one language's feeds, never two mixed: the default
language's, unless the ``language`` setting (``feeds.toml``, ``--language``) names
another of the site's languages (``ko``, or ``ko-KR`` for the ``ko`` tree). The setting
holds while a build reads its inputs (:func:`reading_language`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_CHOSEN: ContextVar[str] = ContextVar("chosen_language", default="")


@contextmanager
def reading_language(setting: str) -> Iterator[None]:
    """Read the news of the site's language that ``setting`` names, meanwhile."""
    token = _CHOSEN.set(setting.strip().lower().replace("_", "-"))
    try:
        yield
    finally:
        _CHOSEN.reset(token)


def chosen(codes: Iterable[str]) -> str | None:
    """The one of the site's language ``codes`` the setting names (the same code, else
    the same language: ``en-US`` names ``en``), ``None`` when it names none."""
    wanted = _CHOSEN.get()
    if not wanted:
        return None
    codes = list(codes)
    folded = {code.lower().replace("_", "-"): code for code in codes}
    if wanted in folded:
        return folded[wanted]
    primary = wanted.split("-")[0]
    return next((code for fold, code in folded.items() if fold.split("-")[0] == primary), None)
