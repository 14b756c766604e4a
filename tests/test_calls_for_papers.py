"""A call for papers (``Call for papers: …``, ``CFP: …``, ``Call for abstracts``) announces
someone's venue asking for work: the item is news, or an event, never a paper and never a
talk, whatever the words after it ask for (``submit your papers``, ``accepting talks``).
The same in the other languages' words (``Appel à communications``, ``Convocatoria de
ponencias``, ``Chamada de trabalhos``, ``Aufruf zur Einreichung``, and the English words on a
German page) (issue 8, a form left by an earlier session). Pages in our own words, read back
from ``feeds list --json`` with ``json``; the talk calendar holds none of them.
"""

from __future__ import annotations

import json

import pytest

from .cli_run import feeds

NEWS_OR_EVENT = {"news", "event"}

ENTRIES = [
    "Call for papers: The Loom Workshop at ICML 2024 is open (Jan 2024)",
    "Call for papers: submit your papers to the Loom Workshop (Mar 2024)",
    "**Call for Papers**: submit your work on spindles to the Weaving Workshop (Jul 2024)",
    "CFP: submit your papers to the Weaving Workshop by May 1 (Mar 2024)",
    "CFP: Special issue on looms in the Journal of Weaving is accepting papers (Mar 2024)",
    "**CFP**: The Loom Workshop (Mar 2024)",
    "CfP: short papers and posters on looms wanted for the Mill Symposium (Mar 2024)",
    "Call for abstracts: Textile Symposium 2024, extended abstracts due May 1 (Mar 2024)",
    "Call for short papers: the Loom Workshop at NeurIPS (Mar 2024)",
    "Call for papers: [The Loom Workshop](https://arxiv.org/abs/2401.00001) (Mar 2024)",
    "Call for talks: the Loom Meetup wants speakers (Mar 2024)",
    "CFP: submit a talk proposal to the Loom Meetup (Mar 2024)",
    "Appel à communications : atelier sur les métiers à tisser (mars 2024)",
    "Appel à contributions: soumettez vos articles au colloque sur le tissage (mars 2024)",
    "Convocatoria de artículos: envíe su artículo al taller sobre telares (marzo 2024)",
    "Convocatoria de ponencias: congreso sobre telares en Madrid (marzo 2024)",
    "Convocatoria: taller sobre telares en Madrid (marzo 2024)",
    "Llamada a contribuciones: taller sobre telares (marzo 2024)",
    "Chamada de trabalhos: envie seu artigo para a oficina sobre teares (março 2024)",
    "Call for Papers: Tagung über Webstühle in Berlin (März 2024)",
    "Aufruf zur Einreichung von Beiträgen: Tagung über Webstühle (März 2024)",
    "Invito a presentare contributi: convegno sui telai a Roma (marzo 2024)",
]


def _build(tmp_path, entries: list[str]) -> tuple[list[dict], str]:
    page = tmp_path / "index.md"
    news = "".join(f"- {entry}\n" for entry in entries)
    page.write_text(f"# Ada\n\n## News\n\n{news}\n## Teaching\n\nNone.\n", encoding="utf-8")
    out = tmp_path / "out"
    ran = feeds(
        "build", "--content", str(page), "--out", str(out), "--now", "2026-11-27",
        "--site-url", "https://ada.example.org/",
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    listed = feeds("list", "--json", "--now", "2026-11-27", "--content", str(page))
    return json.loads(listed.stdout), (out / "talks.ics").read_text(encoding="utf-8")


@pytest.mark.parametrize("entry", ENTRIES)
def test_a_call_for_papers_is_news_or_an_event(tmp_path, entry):
    (item,), calendar = _build(tmp_path, [entry])
    assert item["type"] in NEWS_OR_EVENT, (item["title"], item["type"])
    assert "BEGIN:VEVENT" not in calendar


def test_the_call_of_a_venue_one_edits_is_service(tmp_path):
    entry = "Call for papers for the special issue on looms I am co-editing (Mar 2024)"
    (item,), _ = _build(tmp_path, [entry])
    assert item["type"] == "service"


@pytest.mark.parametrize(
    ("entry", "type_"),
    [
        ("Our paper on looms was accepted at the Loom Workshop (Mar 2024)", "paper"),
        ("Gave a talk at the Loom Workshop after its call for papers closed (Mar 2024)", "talk"),
    ],
)
def test_the_words_call_for_papers_later_in_a_sentence_leave_its_verb_to_decide(
    tmp_path, entry, type_
):
    (item,), _ = _build(tmp_path, [entry])
    assert item["type"] == type_
