"""Item types in forms of the c16 corpus (issue 8): Hugo and Zola homepages.

Every row is a news item written for this test in the form people use (not copied from a
site); :func:`type_of_first` puts a bold month in front, checks the item count and date,
and gives the type.

- A talk the person gives at a meeting they attended is a talk: "Attended X. Poster
  presentation on my project." (a verbless sentence, a parenthesis or "with a poster"
  naming the person's own presentation), not the talks of others ("Talks by …",
  "Poster session on the last day").
- Grants and fellowships taken up (Japanese 採択 of a grant; "adopted as a JSPS DC2"),
  a shared task won ("ranked 1st in"), a reviewer honoured ("top-1% reviewer",
  "outstanding reviewer") are awards.
- Posts one is appointed to ("Appointed as Researcher", "Appointed Teaching Assistant")
  are positions; roles of service stay service ("appointed as co-lead", "as a mentor").
- A press release about a work (プレスリリース…を発表, "issued a press release") is news,
  even when it links the paper on arXiv; a public-facing article (in a popular outlet such
  as The Conversation, for the general public) is news, not a research paper; comments
  published in an admission guide are news.
- An accepted workshop proposal is organising the workshop: an event, as organising a
  workshop is (tests/type_table.py), not a paper.
- A work released with its kind in brackets: "*Title* (survey & position paper)
  released." is a paper.
"""

from __future__ import annotations

import pytest

from .type_table import type_of_first

TALK, PAPER, AWARD, SERVICE, POSITION = "talk", "paper", "award", "service", "position"
EVENT, NEWS = "event", "news"

ATTENDED_AND_PRESENTED = [
    ("Attended the Example Research Symposium on 10-12 May in Boston. Poster presentation on"
     " my summer project on graph search.", TALK),
    ("Attended the Toy Boat Workshop in Lyon. Presented a poster on toy boats.", TALK),
    ("Attended EXCONF 2023 with a poster presentation on graph search.", TALK),
    ("Attended EXCONF 2023 with an invited talk on graph search.", TALK),
    ("Attended the Example Symposium (poster presentation on toy boats).", TALK),
    ("Attended the Example Symposium. Oral presentation of our paper on toy boats.", TALK),
    ("Attended the Example Symposium. Invited talk on toy boats.", TALK),
    ("Participated in the Example Workshop; poster presentation on toy boats.", TALK),
    ("Attended the Example Symposium and presented a poster on toy boats.", TALK),
    # the talks of others, a session: still attending
    ("Attended the Example Symposium. Talks by Ann Lee and Bo Chen were great.", EVENT),
    ("Attended the Example Symposium. Great poster session with many talks.", EVENT),
    ("Attended the Example Summer School. Poster session on the last day.", EVENT),
    ("Attended the Example Symposium. Poster presentations by my students Ann and Bo.", EVENT),
    ("Attended the Example Symposium in Boston.", EVENT),
]  # fmt: skip

HONOURS = [
    ("My system ranked 1st in the shared task on toy boat parsing at EXCONF 2016.", AWARD),
    ("Our team ranked first in the Example Challenge.", AWARD),
    ("Our system placed 2nd in the toy boat track of the Example Shared Task.", AWARD),
    ("We finished third in the Example Competition.", AWARD),
    ("I am a [top-1% reviewer](https://example.org/reviewers) at EXCONF 2023!", AWARD),
    ("I have been selected as a top-10% reviewer for EXCONF 2023.", AWARD),
    ("Recognized as an outstanding reviewer for EXCONF 2024.", AWARD),
    ("Named a highlighted reviewer of EXCONF 2022.", AWARD),
    ("Recognized as a Silver Reviewer for EXCONF 2026.", AWARD),
    ("Adopted as a JSPS DC2", AWARD),
    ("Adopted as a JSPS Research Fellowship for Young Scientists (DC1).", AWARD),
    ("I was adopted as a scholarship awardee in the Example programme.", AWARD),
    ("研究費が採択されました", AWARD),
    ("科研費 基盤研究(C)に採択されました。", AWARD),
    ("科研費 挑戦的研究 (萌芽) に採択されました。", AWARD),  # the grant's name between
    ("「玩具船の自動認識」が 示例萌芽研究事業に採択されました。", AWARD),  # a funding programme
    ("示例財団の研究助成公募に採択されました。", AWARD),
    ("「玩具船の自動認識」が示例会議に採択されました。", PAPER),  # a meeting: a paper
    # still service: reviewing, without an honour
    ("Reviewer for EXCONF 2024.", SERVICE),
    ("I am a reviewer at EXCONF 2023.", SERVICE),
    ("Ranked among the top reviewers of EXCONF 2023.", AWARD),
]  # fmt: skip

APPOINTED = [
    ("Appointed as Researcher at Example University.", POSITION),
    ("Appointed Teaching Assistant for the course Toy Boats 101.", POSITION),
    ("Appointed as a Research Fellow at the Example Institute.", POSITION),
    ("Appointed Assistant Professor at Example University.", POSITION),
    ("Teaching Assistant for Toy Boats 101 at Example University.", POSITION),
    ("Appointed as a Mentor for the Example Programme.", SERVICE),
    ("Appointed as Co-Lead for the Example Language Benchmark.", SERVICE),
    ("Appointed Associate Editor of Example Letters.", SERVICE),
]

NOT_PAPERS = [
    ("プレスリリース「星の誕生の新しい謎」を発表しました", NEWS),
    ("研究成果について大学からプレスリリースを発表しました。", NEWS),
    ("プレスリリース「玩具船の謎」を発表しました [arXiv](https://arxiv.org/abs/2601.00001)", NEWS),
    ("Press release on our new result [arXiv](https://arxiv.org/abs/2601.00001).", NEWS),
    ("Example University issued a press release on our work on toy boats.", NEWS),
    ("Accepted our Workshop Proposal on Example Data to XYZ 2027", EVENT),
    ("Our tutorial proposal on toy boats was accepted at EXCONF 2026.", EVENT),
    ("My comments were published in the admission guide of Example University", NEWS),
    ("Co-authored a public-facing [article](https://example.org/a) in *Example Weekly* on how"
     " we name things.", NEWS),
    ("Wrote a popular-science article on toy boats for Example Weekly.", NEWS),
    # still papers
    ("Our paper on toy boats was published in Example Letters.", PAPER),
    ("Co-authored an article on toy boats in Example Letters.", PAPER),
    ("研究成果が示例会議で発表されました。", TALK),
    ("*A Survey of Example Agents* (survey & position paper) released.", PAPER),
    ("*Toy Boats: A Position* (position paper) is released.", PAPER),
    ("*ToyBench* (code and data) released.", NEWS),
]  # fmt: skip

ROWS = ATTENDED_AND_PRESENTED + HONOURS + APPOINTED + NOT_PAPERS


@pytest.mark.parametrize(("item", "expected"), ROWS)
def test_c16_form_type(item: str, expected: str) -> None:
    assert type_of_first(item) == expected
