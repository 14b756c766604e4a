"""A yearless numeric date (``(05.03)``, ``(04/02)``) under a year heading is read as the
page's language writes dates when nothing else on the page says which way: day first in
German, French, Spanish, Italian, Portuguese, Dutch, Russian, Polish, British English;
month first in (US) English and when no language is given. The language is the page's
front matter ``lang`` (or ``locale``), its ``<html lang>``, else the site's (``_config.yml``
``lang``/``locale``, ``feeds.toml`` ``language``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_run import feeds

DAY_FIRST = ["de", "fr", "es", "it", "pt", "nl", "ru", "pl", "de-AT", "en-GB"]
MONTH_FIRST = ["en", "en-US"]
ITEMS = "- Gave a seminar on toys (05.03)\n- Our paper on toys is out (04/02)\n"


def dates(site: Path, page: str) -> list[str]:
    ran = feeds("list", "--json", "--now", "2024-05-01", "--content", str(site / page))
    assert ran.returncode == 0, ran.stderr
    return [item["start"] for item in json.loads(ran.stdout)]


def expected(lang: str | None) -> list[str]:
    if lang in DAY_FIRST:
        return ["2021-03-05", "2021-02-04"]
    return ["2021-05-03", "2021-04-02"]


@pytest.mark.parametrize("lang", [*DAY_FIRST, *MONTH_FIRST])
@pytest.mark.parametrize("key", ["lang", "locale"])
def test_front_matter_language(tmp_path, lang, key):
    (tmp_path / "news.md").write_text(
        f"---\n{key}: {lang}\n---\n## News\n\n### 2021\n\n{ITEMS}", encoding="utf-8"
    )
    assert dates(tmp_path, "news.md") == expected(lang)


def test_no_language_reads_month_first(tmp_path):
    (tmp_path / "news.md").write_text(f"## News\n\n### 2021\n\n{ITEMS}", encoding="utf-8")
    assert dates(tmp_path, "news.md") == expected(None)


@pytest.mark.parametrize("lang", ["de", "fr", "en", "en-US"])
def test_html_lang_of_a_hand_written_page(tmp_path, lang):
    (tmp_path / "index.html").write_text(
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head><title>Me</title></head>\n<body>\n'
        "<h2>News</h2>\n<h3>2021</h3>\n<ul>\n<li>Gave a seminar on toys (05.03)</li>\n"
        "<li>Our paper on toys is out (04/02)</li>\n</ul>\n</body>\n</html>\n",
        encoding="utf-8",
    )
    assert dates(tmp_path, "index.html") == expected(lang)


@pytest.mark.parametrize(
    ("config", "lang"),
    [
        ("lang: de\n", "de"),
        ("locale: fr_FR\n", "fr"),
        ("locale: en_US\n", "en"),
        ("lang: pl\nlocale: en_US\n", "pl"),
    ],
)
def test_site_language_from_config_yml(tmp_path, config, lang):
    (tmp_path / "_config.yml").write_text(
        f"title: Me\nurl: https://me.example.org\n{config}", encoding="utf-8"
    )
    (tmp_path / "index.md").write_text(
        f"---\nlayout: home\n---\n## News\n\n### 2021\n\n{ITEMS}", encoding="utf-8"
    )
    ran = feeds("list", "--json", "--now", "2024-05-01", "--content", str(tmp_path))
    assert ran.returncode == 0, ran.stderr
    assert [i["start"] for i in json.loads(ran.stdout)] == expected(lang)


def test_a_date_that_can_only_be_month_first_still_wins(tmp_path):
    (tmp_path / "news.md").write_text(
        f"---\nlang: de\n---\n## News\n\n### 2021\n\n{ITEMS}- Visited a lab (12/31/2020)\n",
        encoding="utf-8",
    )
    assert dates(tmp_path, "news.md") == ["2021-05-03", "2021-04-02", "2020-12-31"]
