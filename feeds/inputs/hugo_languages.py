"""Hugo's language trees: where each language of a multilingual site keeps its content.

A language names its folder with ``contentDir`` (``[languages.fr] contentDir =
"content/fr"`` in ``config.toml``/``hugo.toml``, or ``fr: {contentDir: content/fr}`` in
``config/_default/languages.yaml``); without one it shares ``content/`` (its pages told
apart by a ``.fr.md`` suffix), or keeps the older ``content/<code>/`` convention. The
default language (``defaultContentLanguage``, ``en`` when unset) comes first, the others
by ``weight`` then in the order written. The news of one feed comes from one tree only:
two languages' copies of the same news are never mixed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Tree:
    """One language's content: its code and folder (``shared``: the folder is ``content/``
    that other languages share, telling their pages apart by a ``.<code>.md`` suffix)."""

    language: str
    root: Path
    shared: bool = False
    suffixed: bool = False  # not the default language's: only its ``x.<code>.md`` pages

    def owns(self, path: Path, others: set[str]) -> bool:
        """Whether the page ``path`` of this tree is in its language (``x.ko.md`` is the
        ``ko`` tree's, ``x.md`` the default language's; ``others``: the other codes)."""
        suffix = language_suffix(path)
        return suffix == self.language if self.suffixed else suffix not in others

    def homepage_names(self, names: tuple[str, ...]) -> tuple[str, ...]:
        """``names`` of pages as this tree names them: ``_index.ko.md`` in another
        language's part of a shared folder; ``_index.md``, then ``_index.en.md`` (Hugo
        reads both) for the default language's."""
        suffixed = tuple(f"{n.removesuffix('.md')}.{self.language}.md" for n in names)
        return suffixed if self.suffixed else (*names, *suffixed)


def language_trees(site_dir: Path, config: dict[str, Any]) -> list[Tree]:
    """Every language's tree that exists, the default language first (never empty: a
    site without languages is one tree, ``content/<default>/`` or ``content/``)."""
    content = site_dir / "content"
    default = default_language(config)
    table = config.get("languages")
    languages = _languages(table if isinstance(table, dict) else {})
    if default not in languages:
        languages[default] = {}
    order = sorted(
        languages,
        key=lambda code: (code != default, _weight(languages[code]), list(languages).index(code)),
    )
    trees: list[Tree] = []
    for code in order:
        folder = _text(languages[code].get("contentdir"))
        if folder:
            root = Path(folder) if Path(folder).is_absolute() else site_dir / folder
        elif _own_folder(content / code, code == default):
            root = content / code
        else:
            root = content
        shared = root.resolve() == content.resolve()
        fresh = all(t.root.resolve() != root.resolve() for t in trees)
        fresh = fresh or (shared and bool(trees) and _has_own_pages(content, code))
        if fresh and root.is_dir() and root.resolve().is_relative_to(site_dir.resolve()):
            trees.append(Tree(code, root, shared=shared, suffixed=shared and code != default))
    return trees or [Tree(default, content, shared=True)]


def news_sections(root: Path, tree: Tree, is_news_title: Callable[[str], bool]) -> list[Path]:
    """The list pages of the sections of ``root`` named by a news word other than
    ``news/`` (``updates/_index.en.md``), as ``tree`` names them, in name order."""
    found = []
    for folder in sorted(p for p in root.iterdir() if p.is_dir()) if root.is_dir() else []:
        if folder.name.lower() != "news" and is_news_title(folder.name.replace("-", " ")):
            names = tree.homepage_names(("_index.md",))
            found += [folder / n for n in names if (folder / n).is_file()]
    return found


def _has_own_pages(content: Path, code: str) -> bool:
    """Whether the shared ``content/`` has pages of language ``code`` (``x.ko.md``)."""
    return any(p.is_file() for p in content.rglob(f"*.{code}.md"))


def default_language(config: dict[str, Any]) -> str:
    """The code of the default content language (``en`` when unset)."""
    return _code(config.get("defaultcontentlanguage")) or "en"


def other_languages(trees: list[Tree], tree: Tree, config: dict[str, Any]) -> set[str]:
    """Codes of the languages other than ``tree``'s (their ``.<code>.md`` copies are
    left out of a shared folder)."""
    table = config.get("languages")
    codes = set(_languages(table if isinstance(table, dict) else {}))
    codes |= {t.language for t in trees}
    return codes - {tree.language}


def language_suffix(path: Path) -> str:
    """The language code of a page named ``index.fr.md`` (``""`` for ``index.md``)."""
    match = _SUFFIX.search(path.name)
    return match.group(1).lower() if match else ""


_SUFFIX = re.compile(r"\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})?)\.[A-Za-z]+$")


def _own_folder(folder: Path, default: bool) -> bool:
    """Whether ``content/<code>/`` is a language's folder by the older convention (a
    homepage there; for the default language, as the tool always read it)."""
    return (
        (folder / "home").is_dir()
        or (folder / "_index.md").is_file()
        or (not default and folder.is_dir())
    )


def _languages(table: dict[Any, Any]) -> dict[str, dict[str, Any]]:
    return {
        _code(code): {str(k).lower(): v for k, v in value.items()}
        for code, value in table.items()
        if isinstance(value, dict) and _code(code)
    }


def _weight(settings: dict[str, Any]) -> float:
    weight = settings.get("weight")
    if isinstance(weight, int | float) and not isinstance(weight, bool) and weight > 0:
        return float(weight)
    return float("inf")


def _code(value: Any) -> str:
    return _text(value).lower()


def _text(value: Any) -> str:
    return "" if value is None or isinstance(value, dict | list) else str(value).strip()
