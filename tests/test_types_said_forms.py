"""Types from how real academics word their news (issue 8, c8 causes C, D, E).

Talks said in German, Italian and other languages with the verb in the present tense or
after "happy to"; going to an event "to present my paper"; workshops and tutorials the
person led or co-ran; a paper described ("In it, we present …") or an internship's work
accepted; and what is accepted or published that is not a paper: a funding proposal,
a grant programme, a summer school, a software package.

Every item is written here in our own words; ``feeds list --json`` is read back with
``json``; the expected type is written from the input.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main

NOW = "2026-11-26"
URL = "https://me.example.org/"


def typed(tmp_path: Path, item: str) -> str:
    page = tmp_path / "index.md"
    page.write_text(f"# Me\n\n## News\n\n- Mar 2025: {item}\n", encoding="utf-8")
    result = CliRunner().invoke(
        main, ["list", "--json", "--content", str(page), "--now", NOW, "--site-url", URL]
    )
    assert result.exit_code == 0, result.output
    (found,) = json.loads(result.stdout)
    return found["type"]


TALKS = [
    # C1: German, present tense, after a sentence about taking part
    "Ich nehme an der Herbsttagung in Kassel teil. Am 4. Mai um 10:00 Uhr präsentiere ich "
    "den Aufsatz „Gitter und Felder“ im Raum 12.",
    "Wir präsentieren unsere Arbeit über Gitterfelder auf der Frühjahrstagung in Jena.",
    "Ich stelle unser neues Verfahren im Kolloquium der Universität Bonn vor.",
    "Ich halte einen Vortrag über Gitterfelder in Kassel.",
    "I will attend the spring meeting in Oslo. There I present our work on lattice fields.",
    # C2: Italian, "happy to present", present and future tense
    'Felice di presentare <i>"Reti e campi"</i> al <b>Convegno di Primavera 2025</b>, il '
    "12 giugno presso il Dipartimento di Fisica.",
    "Sono lieta di presentare il nostro lavoro sulle reti al seminario di Pisa.",
    "Presento il lavoro sulle reti al convegno di Bologna.",
    "Feliz de presentar nuestro trabajo sobre redes en el congreso de Lima.",
    "Presento nuestro trabajo sobre redes en el seminario de Quito.",
    "Feliz em apresentar nosso trabalho sobre redes no congresso de Recife.",
    # C3: going to an event to present one's work
    "Attending [Spring Symposium](https://example.org) in Oslo to present my internship "
    "[paper](https://example.org/p.pdf).",
    "Travelling to the Autumn Meeting in Lyon to present our poster on lattice fields.",
    "Heading to the graph workshop in Pisa to present our new results.",
    # C4: workshops and tutorials the person led or co-ran
    "I led a [**workshop** on survey tools](https://example.org/slides.pdf) with Jane Roe "
    "at the [Autumn Linguistics Conference](https://example.org).",
    "I co-led a tutorial on sampling methods at the Summer Statistics Meeting.",
    "I joined [Jane Roe](https://example.org) for a [**workshop** on field methods]"
    "(https://example.org/ws.pdf) held at the University of Oslo.",
]

PAPERS = [
    # D1: a paper released, then what it presents
    "Our work '**Sparse Probes: A Toolkit for Training Diagnostics**' is now on "
    "[ArXiv](https://arxiv.org/abs/2103.00001). In it, we present a new kind of profiler.",
    "Our preprint on lattice sampling is out. In this paper, we introduce a faster sampler.",
    # D2: an internship's work accepted
    "My summer internship work ['Dense Probes for Captions'](https://arxiv.org/abs/2507.00001)"
    " has been accepted to EMNLP 2025!",
    "My Acme Research internship work 'Dense Probes' has been accepted to ACL 2025!",
]

OTHERS = [
    # E1, E2: proposals and grant programmes are funding, not papers
    (
        "Happy to share that our proposal LATTICE: Auditing Chat Assistants for Schools has "
        "been accepted by the Campus Institute seed program.",
        "award",
    ),
    (
        "My project proposal got accepted to [Vendor Academic GPU Grant Program]"
        "(https://example.org) and I received a GPU card.",
        "award",
    ),
    ("Our research proposal on lattice sampling was funded by the national agency.", "award"),
    ("Unser Forschungsantrag zu Gitterfeldern wurde bewilligt.", "award"),
    # E3: a person accepted to a school or programme goes there
    (
        "I was accepted to [SSLP](https://example.org) (Summer School on Sampling for "
        "Linguists), to be held in September in Potsdam!",
        "event",
    ),
    ("I have been accepted to the Doctoral Consortium at the Autumn Meeting.", "event"),
    ("I got accepted into the Lattice Winter School in Les Houches.", "event"),
    # E4: software published on a package index is news
    ("My package [fastgrid](https://example.org) was published on CRAN!", "news"),
    ("Our Python package latticekit is now published on PyPI.", "news"),
    ("Our R package was published in the Journal of Statistical Software.", "paper"),
    # what stays as it was
    ("Our workshop proposal was accepted at the Autumn Meeting.", "event"),
    ("Our paper was accepted to the Summer School proceedings.", "paper"),
    ("I attended the spring meeting in Oslo. Jane Roe presented her work there.", "event"),
    ("Wir halten Sie über unsere Arbeit an Gitterfeldern auf dem Laufenden.", "news"),
    ("Wir nehmen ab sofort Bewerbungen für eine Doktorandenstelle entgegen.", "news"),
]


@pytest.mark.parametrize("item", TALKS)
def test_talks_said_in_many_ways(tmp_path, item):
    assert typed(tmp_path, item) == "talk"


@pytest.mark.parametrize("item", PAPERS)
def test_papers_said_in_many_ways(tmp_path, item):
    assert typed(tmp_path, item) == "paper"


@pytest.mark.parametrize(("item", "expected"), OTHERS)
def test_accepted_or_published_but_no_paper(tmp_path, item, expected):
    assert typed(tmp_path, item) == expected


INLINE_NEWS = [
    (  # the first paragraph only says where the person goes; the next one, the talk
        "Nach langem Überlegen habe ich mich entschieden, an der Herbsttagung teilzunehmen.\n\n"
        'Am 4. Mai um 10:00 Uhr präsentiere ich den Aufsatz "Gitter und Felder" im Raum 12.\n',
        "talk",
    ),
    (
        "I will attend the spring meeting in Oslo.\n\n"
        "On May 4 I present our work on lattice fields in room 12.\n",
        "talk",
    ),
    ("I will attend the spring meeting in Oslo.\n\nSee you there!\n", "event"),
]


@pytest.mark.parametrize(("body", "expected"), INLINE_NEWS)
def test_an_inline_news_item_is_typed_by_all_its_paragraphs(tmp_path, body, expected):
    (tmp_path / "_config.yml").write_text("url: https://me.example.org\n", encoding="utf-8")
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_pages" / "about.md").write_text(
        "---\nlayout: about\nannouncements:\n  enabled: true\n---\n\nHello.\n", encoding="utf-8"
    )
    (tmp_path / "_news").mkdir()
    (tmp_path / "_news" / "item.md").write_text(
        f"---\nlayout: post\ndate: 2025-04-20\ninline: true\n---\n\n{body}", encoding="utf-8"
    )
    result = CliRunner().invoke(main, ["list", "--json", "--content", str(tmp_path), "--now", NOW])
    assert result.exit_code == 0, result.output
    (item,) = json.loads(result.stdout)
    assert item["type"] == expected
