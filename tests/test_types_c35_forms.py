"""Item types in forms read on held-out homepages (rows written for these tests).

- An interview is news, whatever the person says in it ("Interviewed by X, where I talked
  about my career"); a guest visiting the lab who presents there is a visit hosted, no talk
  of the person's; a talk given by "my mentee/student" (a personal page) is someone else's,
  while a lab's "our student presented her work" is the lab's own talk.
- Tutorials made available online are material to work through, not a talk given.
- 採択 after a funder (JST創発, 財団の助成, AMED) is a grant won; after a venue, a paper.
- A phrase before a colon inside a bracketed title ("Our paper [Data: X of Y](…)") is the
  title's, not a headline.
- A listed document filed under ``Workshop`` whose body tells of the workshop itself being
  given ("X will give a workshop on Y", "In this workshop we will present …") is the event.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from feeds.build import load_site

from .type_table import AWARD, EVENT, NEWS, PAPER, TALK, type_of_first

ROWS = [
    # an interview: what is said there is said to the press
    ("Interviewed by the Lakeside Gazette, where I talked about my path into ecology.", NEWS),
    ("Featured in the River Times, where we spoke about our flood maps.", NEWS),
    ("Attended the Lake Meeting, where I presented our flood maps.", TALK),
    ("Chaired a session on deltas and gave a talk on river maps.", TALK),
    # a guest in the lab
    ("Dr. Ana Roe is visiting our lab for a month, presenting her work on deltas.", EVENT),
    ("Bo Lin visited us this week, presenting his work on soils.", EVENT),
    ("I visited the lab of Prof. Ana Roe, where I presented our flood maps.", TALK),
    # someone else's talk on a personal page; a lab's own student's talk
    ("My mentee Tom Berg presented his lightning talk at the Soil Summit.", NEWS),
    ("My PhD student Li Wen gave her first seminar at the Delta Institute.", NEWS),
    ("Our student Li Wen presented her work at the Delta Institute.", TALK),
    ("My student and I presented our poster at the Delta Institute.", TALK),
    # tutorials online
    ("Two new tutorials available!", NEWS),
    ("New video tutorials are now online: learn growth models in R.", NEWS),
    ("Gave a tutorial on growth models at the Lake Meeting.", TALK),
    # 採択: a funder's grant, a venue's paper
    ("JST創発に採択されました。", AWARD),
    ("湖畔財団の研究助成に採択", AWARD),
    ("AMEDの研究開発課題に採択されました。", AWARD),
    ("論文がICASSP 2025に採択されました。", PAPER),
    # a colon inside a bracketed title
    (
        "Our paper [Data: river gauges of the Lake region](https://doi.org/10.1000/x.1 2)"
        " was presented at the Lake workshop and is now online.",
        PAPER,
    ),
]


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_c35_forms(item: str, expected: str) -> None:
    assert type_of_first(item) == expected


LISTED = [  # (category, body, type)
    ("Workshop", "On 3 May, Ana Roe will give a workshop on the Delta language model.\n", EVENT),
    ("Workshop", "This term the Lake Series will give 4 workshops on reading maps.\n", EVENT),
    ("Workshop", "In this workshop we will present first results and discuss them.\n", EVENT),
    # a talk given at the occasion stays a talk
    ("Workshop", "Ana attended it.\n\nAna presented a poster on deltas there.\n", TALK),
    ("Conference", "Ana will give a talk on deltas at the meeting.\n", TALK),
]


@pytest.mark.parametrize(("category", "body", "expected"), LISTED)
def test_listed_occasion_itself(tmp_path: Path, category: str, body: str, expected: str) -> None:
    files = {
        "_quarto.yml": "project:\n  type: website\n",
        "news.qmd": "---\ntitle: News\nlisting:\n  contents: news\n---\n",
        "news/a/index.qmd": f'---\ntitle: "Delta Workshop 2025"\ndate: 2025-12-03\n'
        f"categories:\n  - {category}\n---\n\n{body}",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(textwrap.dedent(text), encoding="utf-8")
    loaded = load_site(
        tmp_path, today=dt.date(2026, 11, 26), overrides={"site_url": "https://x.org"}
    )
    assert [(e.title, e.type) for e in loaded.events] == [("Delta Workshop 2025", expected)]
