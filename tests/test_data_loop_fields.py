"""A data file of news whose entries use field names of their own (``quando:``, ``aviso:``,
Portuguese ``data:``/``noticia:``, German ``datum:``/``nachricht:``), shown by a Liquid
loop that names them (``{{ n.quando | date: "%d/%m" }}`` … ``{{ n.aviso }}``): the loop
says which field is the date (the one it pipes through ``date``, or that holds a date)
and which is the words (the longest field it shows; a short field shown before it, such
as a bold course name, opens the words). Run as a user runs ``feeds`` on the site's root;
expectations written from the input, the feed read back with feedparser."""

from __future__ import annotations

import json
from pathlib import Path

import feedparser
import pytest

from .cli_run import feeds
from .hugo_sites import NOW, build, listed, summary, write

INDEX = """
---
layout: page
title: {TITLE}
---

{ASSIGN}
<div class="row avisos">
  {% for n in {OVER} %}
  <div class="col-2">{{ n.{DATE} | date: "%d/%m" }}</div>
  <div class="col-10">
    {% if n.{LABEL} %}<strong>{{ n.{LABEL} }}</strong>{% endif %}
    {{ n.{TEXT} }}
  </div>
  {% endfor %}
</div>
"""

LAYOUT = "<html><body><h1>{{ page.title }}</h1>{{ content }}</body></html>\n"


def _data(date: str, label: str, text: str) -> str:
    return f"""
- {date}: 2019-03-10
  {label}: "Turma B"
  {text}: Lista de exercícios 2 disponível na página do curso.
- {date}: 2019-02-21
  {text}: "Gave an invited talk on matrix games at the river seminar"
- {date}: 2018-11-05
  {label}: "Cálculo I"
  {text}: Notas da primeira prova no <a href="https://example.org/notas">mural</a>.
"""


EXPECTED = [
    ("Turma B Lista de exercícios 2 disponível na página do curso", "2019-03-10", "day", "news"),
    ("Gave an invited talk on matrix games at the river seminar", "2019-02-21", "day", "talk"),
    ("Cálculo I Notas da primeira prova no mural", "2018-11-05", "day", "news"),
]

# (page title, data file name, date field, label field, text field, sorted through an assign)
CASES = {
    "Portuguese keys through a sorted assign":
        ("Últimas notícias", "noticias", "data", "curso", "noticia", True),
    "German keys, the loop over the data itself":
        ("Neuigkeiten", "neuigkeiten", "datum", "kurs", "nachricht", False),
    "keys in no table: the loop's own uses decide":
        ("Notícias", "quadro", "quando", "turma", "aviso", True),
    "Spanish keys": ("Novedades", "novedades", "fecha", "grupo", "texto", False),
}  # fmt: skip


def _site(root: Path, case: str) -> Path:
    title, name, date, label, text, sort = CASES[case]
    assign = f"{{% assign itens = site.data.{name} | sort: '{date}' | reverse %}}" if sort else ""
    page = (
        INDEX.replace("{ASSIGN}", assign)
        .replace("{TITLE}", title)
        .replace("{OVER}", "itens" if sort else f"site.data.{name}")
        .replace("{DATE}", date)
        .replace("{LABEL}", label)
        .replace("{TEXT}", text)
    )
    return write(
        root,
        {
            "_config.yml": "title: Turmas\nurl: https://ana.example.org\n",
            "_layouts/page.html": LAYOUT,
            "index.html": page,
            f"_data/{name}.yml": _data(date, label, text),
        },
    )


@pytest.mark.parametrize("case", CASES)
def test_loop_names_the_fields(tmp_path: Path, case: str) -> None:
    site = _site(tmp_path / "site", case)
    items, _ = listed(site)
    assert summary(items) == EXPECTED
    assert [i["line"] for i in items] == [1, 4, 6]  # each entry's line in the data file
    assert [link["url"] for link in items[2]["links"]] == ["https://example.org/notas"]


def test_feed_of_the_loop(tmp_path: Path) -> None:
    site = _site(tmp_path / "site", "keys in no table: the loop's own uses decide")
    result = build(site, tmp_path / "out")
    assert result.returncode == 0, result.stderr
    feed = feedparser.parse((tmp_path / "out" / "feed.xml").read_text(encoding="utf-8"))
    assert [e.title for e in feed.entries] == [title for title, *_ in EXPECTED]
    assert [e.published_parsed[:3] for e in feed.entries] == [
        (2019, 3, 10),
        (2019, 2, 21),
        (2018, 11, 5),
    ]


def test_a_short_field_shown_after_the_words_stays_out(tmp_path: Path) -> None:
    """The longest field shown is the words; a short one shown after them (a place) is
    not put in front of them, and a field the loop never shows is not read."""
    page = (
        "---\nlayout: page\ntitle: Notícias\n---\n"
        "{% for n in site.data.avisos %}<p>{{ n.quando | date: '%d/%m/%Y' }} "
        "{{ n.aviso }} <em>{{ n.local }}</em></p>{% endfor %}\n"
    )
    data = (
        "- quando: 2020-05-02\n  local: Sala 3\n  escondido: Nada disto aparece\n"
        "  aviso: Prova de recuperação marcada para a próxima semana.\n"
        "- quando: 2020-04-01\n  local: Online\n  aviso: Início das aulas remotas de Álgebra.\n"
    )
    site = write(
        tmp_path / "site",
        {
            "_config.yml": "title: T\nurl: https://ana.example.org\n",
            "_layouts/page.html": LAYOUT,
            "index.html": page,
            "_data/avisos.yml": data,
        },
    )
    items, _ = listed(site)
    assert [(i["title"], i["start"]) for i in items] == [
        ("Prova de recuperação marcada para a próxima semana", "2020-05-02"),
        ("Início das aulas remotas de Álgebra", "2020-04-01"),
    ]


@pytest.mark.parametrize(
    ("date", "text"),
    [("data", "noticia"), ("data", "notícia"), ("datum", "nachricht"), ("fecha", "texto"),
     ("data", "notizia"), ("date", "nouvelle")],
)  # fmt: skip
def test_translated_keys_in_the_data_file_itself(tmp_path: Path, date: str, text: str) -> None:
    """The data file read on its own (no loop to tell): the common translations of
    ``date:`` and ``text:`` are known."""
    site = write(
        tmp_path / "site",
        {
            "news.yml": f"- {date}: 2021-06-01\n  {text}: Abrimos as inscrições do curso.\n"
            f"- {date}: 2021-05-03\n  {text}: Nova lista de exercícios publicada.\n"
        },
    )
    result = feeds(
        "list", "--json", "--content", str(site / "news.yml"), "--now", NOW,
        "--site-url", "https://ana.example.org/",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert [(i["title"], i["start"]) for i in json.loads(result.stdout)] == [
        ("Abrimos as inscrições do curso", "2021-06-01"),
        ("Nova lista de exercícios publicada", "2021-05-03"),
    ]
