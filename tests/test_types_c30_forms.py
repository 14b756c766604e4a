"""Types of item wordings met in probe corpus c30 (issue 8); rows written for this test.

- Being in the news (on the radio, on a podcast) talking about one's work is a media
  appearance, news: the outlet may come first ("I am in the Swiss news talking about our
  work", "I was on WINK News talking about …") as well as last ("talks about X in the
  news"). Talking about a work at a seminar or a festival stays a talk.
- Chinese: a result announced (取得…进展) whose sentence goes on to say the press covered
  it (相关成果获…专题报道, 受到…报道, 被…报道) is news: the coverage is what is told.
- A Quarto or distill listing's document filed under a category that names an occasion
  (``conference``, ``workshop``) or nothing is typed by its words; when the title and
  summary say no more than an event, the first paragraph of the document that says a
  talk, a paper or an award does ("Talk presented at the X Meeting"). A category naming a
  type (``talk``, ``funding``) is the author's label and wins.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from pathlib import Path

import pytest

from feeds.build import load_site

from .type_table import AWARD, EVENT, NEWS, PAPER, TALK, type_of_first

ROWS = [
    # the outlet first: a media appearance
    ("I am in the Swiss news talking about our work on induced seismicity.", NEWS),
    ("I was on Lakeside News talking about virtual reality and our lab.", NEWS),
    ("Ana appeared on the Soil Stories podcast talking about methane.", NEWS),
    ("Bo is on the radio again today speaking about river floods.", NEWS),
    ("I was in a local newspaper interview, talking about our flood maps.", NEWS),
    (  # whatever paper it links: the press covers the work
        "I am in the [Swiss news](https://news.example.ch/quakes) talking about our "
        "[work](https://doi.org/10.1000/quake.1) on induced seismicity.",
        NEWS,
    ),
    (
        "Ana talks about our [river paper](https://doi.org/10.1000/river.2) on the radio.",
        NEWS,
    ),
    # talking about a work at a meeting: a talk
    ("Dr. Lee talked about gene editing in medicine at the Lake Science festival.", TALK),
    ("I'll be talking about our work at the Lake seminar.", TALK),
    ("I was at the news seminar talking about our flood maps.", TALK),
    ("I am in the news seminar series talking about our work.", TALK),
    # Chinese: a result covered by the press
    ("我校海洋学部在智慧海洋领域取得突破性进展，相关成果获湖畔大学英文版专题报道！", NEWS),
    ("课题组在海洋预报方面取得重要进展，相关成果受到湖畔新闻网关注和报道。", NEWS),
    ("课题组在海洋预报方面取得重要进展，研究成果被湖畔日报报道。", NEWS),
    ("课题组在海洋预报方面取得重要进展，团队接受了湖畔电视台专访。", NEWS),
    # a result announced or published, no coverage: a paper
    ("课题组在海洋预报方面取得重要进展。", PAPER),
    ("课题组在海洋预报方面取得重要进展，相关成果发表于《湖畔海洋学报》。", PAPER),
    ("课题组在海洋预报方面取得重要进展，相关成果获得广泛引用。", PAPER),
]


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_c30_forms(item: str, expected: str) -> None:
    assert type_of_first(item) == expected


ATTENDED = "Ana and Bo attended the Lake Society Meeting in Oslo. It was a fine chance to meet."
TALK_LINE = "**Doe, A.** (2025). River maps at scale. Talk presented at the Lake Society Meeting."
POSTER_LINE = "**Roe, B.** (2025). Deltas. Poster presented at the Lake Society Meeting."

LISTED = [  # (front matter lines, body, type)
    # an occasion named by the category: what was done there, from the body
    ("categories: [conference, rivers]\n", f"{ATTENDED}\n\n{TALK_LINE}\n", TALK),
    ("categories: [conference, rivers]\n", f"{ATTENDED}\n\n{POSTER_LINE}\n", TALK),
    ("categories: [workshop]\n", f"{ATTENDED}\n\nOur paper on deltas was accepted there.\n", PAPER),
    ("categories: [conference]\n", f"{ATTENDED}\n\n## Photos\n\nWe met old friends.\n", EVENT),
    ("categories: [conference]\n", "We met old friends.\n", EVENT),
    # talks named, none given: the workshop's own news
    ("", "The workshop met in Aveiro. Besides 63 oral talks, it held a general assembly.\n", EVENT),
    (
        "categories: [conference]\n",
        "It met in Aveiro.\n\nBesides 63 oral talks, it held a vote.\n",
        EVENT,
    ),
    # the description is the summary; the body's paragraphs come after it
    ("categories: [conference]\ndescription: Ana and Bo attended it.\n", f"{TALK_LINE}\n", TALK),
    # no category, or one that says only news: the words, the body when they say an event
    ("", f"{ATTENDED}\n\n{TALK_LINE}\n", TALK),
    ("categories: [announcements]\n", f"{ATTENDED}\n\n{TALK_LINE}\n", TALK),
    ("", "We spent two days in the hills.\n\nBo presented a poster on deltas.\n", NEWS),
    # a category naming a type is the author's label
    ("categories: [talk]\n", f"{ATTENDED}\n", TALK),
    ("categories: [funding]\n", f"{ATTENDED}\n\n{TALK_LINE}\n", AWARD),
]


@pytest.mark.parametrize(("front", "body", "expected"), LISTED)
def test_listed_document_types(tmp_path: Path, front: str, body: str, expected: str) -> None:
    files = {
        "_quarto.yml": "project:\n  type: website\n",
        "news.qmd": "---\ntitle: News\nlisting:\n  contents: news\n---\n",
        "news/a/index.qmd": f'---\ntitle: "Lake Society Meeting 2025"\ndate: 2025-12-03\n'
        f"{front}---\n\n{body}",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(textwrap.dedent(text), encoding="utf-8")
    loaded = load_site(
        tmp_path, today=dt.date(2026, 11, 26), overrides={"site_url": "https://x.org"}
    )
    assert [(e.title, e.type) for e in loaded.events] == [("Lake Society Meeting 2025", expected)]
