"""MyST admonitions (Jupyter Book, mystmd) on a news page: a ``:::{note} Title`` box (or
MyST's own backtick form, ```` ```{note} Title ````) whose body is paragraphs is one item;
a box holding a list is opened and its entries are the items; other directives and code
blocks stay as they are. Pages written for these tests,
read as a user runs ``feeds list`` on them."""

from __future__ import annotations

from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import listed, write

FRONT = "---\ntitle: 'Novedades'\n---\n\n"

# page body → (title, start, line) of each item
MYST_PAGES = {
    "a titled box, one paragraph": (
        ":::{important} Congreso de Dinámica 2027, Lima.\nHabrá cupos para estudiantes.\n:::\n",
        [("Habrá cupos para estudiantes", "2027", 5)],
    ),
    "two boxes, one with :class: and four colons": (
        ":::{note} 2026-03-10: Taller de análisis\nNos vemos en Rosario.\n:::\n\n"
        "::::{admonition} Premio 2025\n:class: tip\nRecibimos el premio a la mejor tesis.\n::::\n",
        [
            ("Taller de análisis Nos vemos en Rosario", "2026-03-10", 5),
            ("Recibimos el premio a la mejor tesis", "2025", 10),
        ],
    ),  # fmt: skip
    "an untitled box: its first line opens the entry": (
        ":::{tip}\nJune 2026: nueva preimpresión en arXiv.\n:::\n",
        [("Nueva preimpresión en arXiv", "2026-06", 6)],
    ),
    "a box holding a list: its entries": (
        ":::{note} Últimas noticias\n- 2026-05-02: Charla en Quito.\n"
        "- 2026-04-11: Ana se unió al grupo.\n:::\n",
        [("Charla en Quito", "2026-05-02", 6), ("Ana se unió al grupo", "2026-04-11", 7)],
    ),
    "backticks: a titled box, one paragraph": (
        "```{important} Congreso de Dinámica 2027, Lima.\nHabrá cupos para estudiantes.\n```\n",
        [("Habrá cupos para estudiantes", "2027", 5)],
    ),
    "backticks: two boxes, :class: and a YAML block of options": (
        "```{note} 2026-03-10: Taller de análisis\n:class: tip\nNos vemos en Rosario.\n```\n\n"
        "````{admonition} Premio 2025\n---\nclass: tip\n---\nRecibimos el premio.\n````\n",
        [
            ("Taller de análisis Nos vemos en Rosario", "2026-03-10", 6),
            ("Recibimos el premio", "2025", 13),
        ],
    ),  # fmt: skip
    "backticks: an untitled box": (
        "```{tip}\nJune 2026: nueva preimpresión en arXiv.\n```\n",
        [("Nueva preimpresión en arXiv", "2026-06", 6)],
    ),
    "backticks: a box holding a list and a code block": (
        "````{note} Últimas noticias\n- 2026-05-02: Charla en Quito.\n"
        "- 2026-04-11: Ana se unió al grupo.\n\n```\n- 2026-01-01: ejemplo\n```\n````\n",
        [("Charla en Quito", "2026-05-02", 6), ("Ana se unió al grupo", "2026-04-11", 7)],
    ),
}


@pytest.mark.parametrize("case", MYST_PAGES)
def test_myst_admonitions_on_a_news_page(tmp_path: Path, case: str) -> None:
    body, expected = MYST_PAGES[case]
    page = write(tmp_path / "site", {"noticias.md": FRONT + body}) / "noticias.md"
    items, _ = listed(page)
    assert [(i["title"], i["start"], i["line"]) for i in items] == expected


NOT_ITEMS = {
    "another directive": ":::{figure} grupo.png\nEl grupo en 2026.\n:::\n",
    "an admonition inside a code block": "```\n:::{note} Congreso 2026\nEjemplo.\n:::\n```\n",
    "a box never closed": ":::{note} Congreso 2026\nEstamos yendo.\n",
    "another directive, backticks": "```{figure} grupo.png\nEl grupo en 2026.\n```\n",
    "backticks: an admonition inside a longer code block": (
        "````\n```{note} Congreso 2026\nEjemplo.\n```\n````\n"
    ),
    "backticks: a box never closed is code to the end": "```{note} Congreso 2026\nEstamos.\n",
}


@pytest.mark.parametrize("case", NOT_ITEMS)
def test_what_is_no_admonition_box_is_no_item(tmp_path: Path, case: str) -> None:
    page = write(tmp_path / "site", {"noticias.md": FRONT + NOT_ITEMS[case]}) / "noticias.md"
    ran = feeds("list", "--json", "--content", str(page), "--now", "2026-11-26")
    assert ran.returncode == 1 and "Traceback" not in ran.stderr
    assert "yields no items" in ran.stderr
