"""A multilingual Hugo site whose theme builds the homepage from its configuration (no
``content/_index.md``) and keeps the news as one page per language (issue 8, corpus C22
cause D): ``content/news.en.md``, ``content/news/_index.de.md``, the language being the
site's ``defaultContentLanguage`` (``config.toml``, ``hugo.toml`` or
``config/_default/``). Sites written here in our own words, read back through
``feeds list --json``."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main

EN = """\
---
title: "News"
---
 * 2025.12, our paper "Quiet Links" is accepted by IEEE INFOCOM 2026!

 * 2024.5, welcome two new master students to our group!
"""
ZH = """\
---
title: "新闻"
---
 * 2025.11，我们的论文《安静的链路》被 IEEE INFOCOM 2026 接收！
"""
REDIRECT = '---\ntitle: "新闻"\n---\n\n<script>\nwindow.location.href = "/news";\n</script>\n'
DE = """\
---
title: Neuigkeiten
---
- 2025-10: Unser Artikel über leise Verbindungen wurde in Physical Review A veröffentlicht.
"""
TOML = 'theme = "timer-hugo"\ndefaultContentLanguage = "{lang}"\n'
TOML_LANGUAGES = "[languages.en]\nweight = 1\n[languages.zh]\nweight = 2\n"

WANTED_EN = [('our paper "Quiet Links" is accepted', "2025-12", "paper"),
             ("welcome two new master students", "2024-05", "position")]  # fmt: skip
WANTED_ZH = [("我们的论文《安静的链路》被", "2025-11", "paper")]
WANTED_DE = [("Unser Artikel über leise Verbindungen", "2025-10", "paper")]

SITES = {
    "news.en.md, the zh page a redirect (config.toml)": (
        {
            "config.toml": TOML.format(lang="en") + TOML_LANGUAGES,
            "content/news.en.md": EN,
            "content/news.zh.md": REDIRECT,
        },
        "en",
        WANTED_EN,
    ),
    "news.zh.md when the default language is zh (hugo.toml)": (
        {
            "hugo.toml": TOML.format(lang="zh") + TOML_LANGUAGES,
            "content/news.en.md": EN,
            "content/news.zh.md": ZH,
        },
        "zh",
        WANTED_ZH,
    ),
    "news/_index.de.md, languages in config/_default/": (
        {
            "config/_default/hugo.yaml": "theme: x\ndefaultContentLanguage: de\n",
            "config/_default/languages.yaml": "de:\n  weight: 1\nen:\n  weight: 2\n",
            "content/news/_index.de.md": DE,
            "content/news/_index.en.md": EN,
        },
        "de",
        WANTED_DE,
    ),
    "news.en.md with no languages table (en by default)": (
        {"config.toml": 'theme = "x"\n', "content/news.en.md": EN},
        "en",
        WANTED_EN,
    ),
    "the homepage is the default language's _index.en.md": (
        {
            "config.toml": TOML.format(lang="en") + TOML_LANGUAGES,
            "content/_index.en.md": "---\ntitle: Lab\n---\n\n## News\n\n" + EN.split("---\n")[2],
            "content/_index.zh.md": "---\ntitle: 课题组\n---\n\n## 新闻\n\n" + ZH.split("---\n")[2],
        },
        "en",
        WANTED_EN,
    ),
    "a news section's _index.en.md named by a news word": (
        {
            "config.toml": TOML.format(lang="en") + TOML_LANGUAGES,
            "content/updates/_index.en.md": EN,
            "content/updates/_index.zh.md": ZH,
        },
        "en",
        WANTED_EN,
    ),
}


@pytest.mark.parametrize(("files", "language", "wanted"), SITES.values(), ids=SITES.keys())
def test_the_default_languages_news_page(
    tmp_path: Path, files: dict[str, str], language: str, wanted: list[tuple[str, str, str]]
) -> None:
    """The default language's items are those of its own page (``feeds list`` shows
    every language's, each saying its language)."""
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(textwrap.dedent(text), encoding="utf-8")
    result = CliRunner().invoke(
        main,
        ["list", "--json", "--content", str(tmp_path), "--now", "2026-11-26"]
        + ["--site-url", "https://lab.example.org/", "--cache", "off", "-q"],
    )
    assert result.exit_code == 0, result.output
    items = [i for i in json.loads(result.stdout) if i["language"] == language]
    found = [(i["title"], i["start"], i["precision"], i["type"]) for i in items]
    assert len(found) == len(wanted), found
    for (title, start, precision, kind), (words, when, want) in zip(found, wanted, strict=True):
        assert title.lower().startswith(words.lower()), (title, words)
        assert (start, precision, kind) == (when, "month", want), found
