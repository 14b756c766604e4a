"""Item types in forms seen on real homepages (issue 8, causes C1-G, C1-H, C2-K, C2-L).

Every row is a news item written for this test in the form people use (not copied from a
site); the test puts a date in front and checks the item's count, date and type.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from feeds.parse import parse_page

TALK, PAPER, AWARD, POSITION = "talk", "paper", "award", "position"
EVENT, NEWS = "event", "news"

# C1-G: co-authorship and a DOI link are paper signals, as an arXiv link is.
CO_AUTHORED = [
    (
        "Coauthor on [Sorting Gadgets Quickly](https://doi.org/10.4321/sg.2026) "
        "(**GADG 2026**), a faster gadget sort.",
        PAPER,
    ),
    ("Co-author of [Maps of Small Lakes](https://lakes.example.org/m) (**LIMN 2025**).", PAPER),
    ("Co-authored a study of wetland methane with colleagues in Lund.", PAPER),
    ("I coauthored the chapter on sampling in the new handbook of statistics.", PAPER),
    ("[Tidal Forcing of Ice Shelves](https://doi.org/10.1029/2025GL000111)", PAPER),
    ("With Ana Ruiz: [Counting Trees in Cities](https://dx.doi.org/10.1016/j.ufug.2025.1)", PAPER),
    ("Our work [Quiet Networks] (**NETS 2026**) shows how to prune routers.", PAPER),
    # not papers: coauthors met, a data set's DOI
    ("Met my coauthors in Lisbon for a week of writing.", NEWS),
    ("Released the [urban tree census](https://doi.org/10.5281/zenodo.123456).", NEWS),
]

# C1-H: citation honours and best papers are awards; a submission is no paper; media is news.
HONOURS_SUBMISSIONS_MEDIA = [
    ("Our gadget survey becomes an **ESI Highly Cited Paper**.", AWARD),
    ("Our lake paper is now an ESI Hot Paper.", AWARD),
    ("ESI Highly Cited Paper: our survey of gadget sorting.", AWARD),
    ("Our article on tidal ice was selected as a Popular Article of the journal.", AWARD),
    ("Our gadget paper was chosen as an Editor's Choice by Gadget Letters.", AWARD),
    ("Listed among the most downloaded articles of Gadget Letters in 2025.", AWARD),
    ("Best paper at the gadget workshop!", AWARD),
    ("Our paper was nominated for the best paper award at GADG.", AWARD),
    ("Our router paper is a best paper candidate at NETS 2026.", AWARD),
    ("Papers submitted to Gadget Letters and the Journal of Widgets.", NEWS),
    ("Our manuscript on router pruning is under review at a networking journal.", NEWS),
    ("Submitted our gadget paper to the spring conference.", NEWS),
    ("Our paper submitted in March was accepted at GADG 2026.", PAPER),
    ("Featured in Gadget Weekly for our widget work.", NEWS),
    ("Featured by the Lake Institute for *AlgaeWatch*, a project on blooms.", NEWS),
    ("Our router study was covered by the local radio.", NEWS),
    ("Interviewed by the Lake Gazette about algae blooms.", NEWS),
    ("[Website] The collected code of our gadget papers is available here.", NEWS),
    ("The website of the lake survey is available [here](https://lakes.example.org).", NEWS),
    ("Our paper on lake ice is available here.", PAPER),
]

# C2-K: a panel or round table, and presenting after attending, are talks.
PANELS_AND_PRESENTING = [
    ("Took part in a round table on data sharing at the library congress.", TALK),
    ("I participated in a panel on reproducible science.", TALK),
    ("Sat on a panel about machine learning in hospitals.", TALK),
    ("Attending the winter meeting and presenting our sampler.", TALK),
    ("Attending GADG 2026, presenting our gadget sorter, slides online.", TALK),
    ("Visited the Lund group, where I had the chance to present my recent work.", TALK),
    ("Had a chance to present my thesis work at the lab meeting.", TALK),
    ("Participé en una mesa redonda sobre datos abiertos.", TALK),
    ("J'ai participé à une table ronde sur la science ouverte.", TALK),
    ("参加了关于开放科学的圆桌论坛。", TALK),
    # not talks: someone else presents, a talk heard
    ("Hosted Prof. Kim, who presented her work on sensors.", EVENT),
    ("Attended a talk by Dr. Lee on lake ice.", EVENT),
    ("Participated in the gadget hackathon in Delft.", EVENT),
]

# C2-L: a link text is an attachment, not the verb; a course taught is news.
ATTACHMENTS_AND_COURSES = [
    (
        "I have received my degree, see my [presentation](https://e.example.org/p) "
        "and my [thesis](https://e.example.org/t.pdf)",
        POSITION,
    ),
    ("Received my PhD degree from Lund; see the [slides](https://e.example.org/s).", POSITION),
    (
        "Last day of my internship at Gadget Labs, see my [presentation](https://e.example.org/p).",
        POSITION,
    ),
    ("Wrapped up the lake survey, see the [presentation](https://e.example.org/p).", NEWS),
    ("Received an honorary degree from the University of Gadgets.", AWARD),
    ("I will give a course on lake ecology at the autumn school.", NEWS),
    ("Giving a class on linear models this term.", NEWS),
    ("I am giving a course on sampling at the summer school.", NEWS),
    ("Gave a [talk](https://e.example.org/t) at the gadget seminar.", TALK),
    ("Slides of my [presentation](https://e.example.org/p) at GADG.", TALK),
    ("Presented a [poster](https://e.example.org/p) at the lake symposium.", TALK),
    ("Gave a short course on sampling at the summer school.", TALK),
    ("Impartiré un curso de limnología en Valdivia.", NEWS),
    ("Impartí una charla en Valdivia.", TALK),
    ("Je donne un cours de limnologie ce semestre.", NEWS),
]

ROWS = CO_AUTHORED + HONOURS_SUBMISSIONS_MEDIA + PANELS_AND_PRESENTING + ATTACHMENTS_AND_COURSES


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_homepage_form_type(item: str, expected: str) -> None:
    page = f"# Someone\n\n## News\n\n- **Mar 2026:** {item}\n- **Feb 2026:** Met a friend.\n"
    _, events = parse_page(Path("index.md"), text=page)
    assert len(events) == 2
    span = events[0].span
    assert span is not None
    assert (span.start, span.precision) == (dt.date(2026, 3, 1), "month")
    assert events[0].type == expected
    assert events[1].type == NEWS


def test_the_whole_table_on_one_page_gives_the_same_types() -> None:
    page = "# Someone\n\n## News\n\n" + "".join(f"- **Mar 2026:** {i}\n" for i, _ in ROWS)
    _, events = parse_page(Path("index.md"), text=page)
    assert [e.type for e in events] == [expected for _, expected in ROWS]
