"""Item titles (issue 8 §6): no date left at the front, never cut inside a quotation.

Each row is one Markdown list item as people write them on homepages (written for these
tests) and the title a reader expects, written from the item by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.ids import assign_ids
from feeds.parse import parse_page

TITLES = [
    # a date the date rules do not read stays out of the title all the same
    ("June'19. We are looking for a research engineer in robotics.", None,
     "We are looking for a research engineer in robotics"),
    ("Mar 2020, Gave a seminar at Inria Grenoble.", None, "Gave a seminar at Inria Grenoble"),
    ("September 2016. Two posters at the Cosyne workshops.", None,
     "Two posters at the Cosyne workshops"),
    # bracketed and bold date prefixes
    ("**[Feb 2026]**: Our group moved to the new physics building.", "2026-02",
     "Our group moved to the new physics building"),
    ("[Sep. 12, 2024] Started a postdoc at EPFL.", "2024-09-12", "Started a postdoc at EPFL"),
    # a quoted title's own question mark does not end the sentence
    ('Presented "Can Robots Learn to Ask? A Study of Queries" at HRI 2023. Slides online.',
     None, 'Presented "Can Robots Learn to Ask? A Study of Queries" at HRI 2023'),
    # too long: cut before a quotation that opens late (and not after "on")
    ("Gave a talk at the Institute for Pure and Applied Mathematics in Los Angeles, "
     'California during the long program on "Geometry of Deep Learning Models and Their '
     'Training Dynamics".', None,
     "Gave a talk at the Institute for Pure and Applied Mathematics in Los Angeles, "
     "California during the long program…"),
    # … or after one that opens early and closes soon
    ('Our paper "Sparse Identification of Nonlinear Dynamics with Control from Noisy and '
     'Incomplete Measurements in Real Time" was accepted to the IEEE Conference on Decision '
     "and Control.", None,
     'Our paper "Sparse Identification of Nonlinear Dynamics with Control from Noisy and '
     'Incomplete Measurements in Real Time"…'),
]  # fmt: skip


@pytest.mark.parametrize(("item", "start", "title"), TITLES)
def test_item_title(item: str, start: str | None, title: str) -> None:
    page = f"# Someone\n\n### News\n\n- {item}\n"
    _, events = parse_page(Path("index.md"), text=page)
    assert len(events) == 1
    if start is not None:
        assert events[0].span is not None and events[0].span.start_iso == start
    assert events[0].title == title
    assert len(title) <= 160 and title.count('"') % 2 == 0


# Forms met on real homepages (issue 8, reports C1-J and C2-M), written for these tests:
# (item text, start date or None when not checked, title a reader expects).
ARXIV = "https://arxiv.org/abs/2501.01234"
OWN_WORDS = [
    # emoji shortcodes (jemoji / GitHub names) are emoji, or go when unknown; a leading
    # emoji is no part of the title, and never "Loud_sound: …"
    ("2026-05 :loud_sound: I gave a seminar on graph learning at the University of Somewhere. "
     "[Read more](/talk/graph/).", "2026-05",
     "I gave a seminar on graph learning at the University of Somewhere"),
    ("2025-09 :trident: :loud_sound: :scroll: I defended my thesis at the University of Elsewhere.",
     "2025-09", "I defended my thesis at the University of Elsewhere"),
    ("2024-06 :loud_sound::scroll: The tutorial on widget sorting was given at WidgetConf.",
     "2024-06", "The tutorial on widget sorting was given at WidgetConf"),
    ("2024-06 :busts_in_silhouette: Attended the widget summit in Lyon.", "2024-06",
     "Attended the widget summit in Lyon"),
    ("2024-05 Our demo won the audience prize :tada: at the widget fair.", "2024-05",
     "Our demo won the audience prize 🎉 at the widget fair"),
    ("2024-05 Our demo got a :medal_sports: and a :sparkle: at the fair.", "2024-05",
     "Our demo got a 🏅 and a ❇️ at the fair"),
    ("2024-04 :no_such_emoji_name: Released version 2 of our toolkit.", "2024-04",
     "Released version 2 of our toolkit"),
    # a talk about a paper is titled by what happened, not by the paper's name
    (f"2025-09 I presented [A Study of Widget Sorting]({ARXIV}) at the Widget Workshop.",
     "2025-09", "I presented A Study of Widget Sorting at the Widget Workshop"),
    (f"2025-09 I presented at the Spring Symposium the paper [A Study of Widget Sorting]({ARXIV}).",
     "2025-09", "I presented at the Spring Symposium the paper A Study of Widget Sorting"),
    (f"2025-07 Our work [Widgets Resist Sorting]({ARXIV}) won the Best Paper Award at WCL 2025!",
     "2025-07", "Our work Widgets Resist Sorting won the Best Paper Award at WCL 2025"),
    (f"2023-01 Our [survey of widget detection]({ARXIV}) is accepted by the Widget Journal.",
     "2023-01", "Our survey of widget detection is accepted by the Widget Journal"),
    (f"2025-10 Check our [new analytic study]({ARXIV}) on widget sorting.", "2025-10",
     "Check our new analytic study on widget sorting"),
    # a paper announced: its name, what happened to it, no list of co-authors
    (f"2025-05 :scroll: [The Hidden Cost of Widgets]({ARXIV}) (with A. Author, B. Author and "
     "C. Author) was accepted at WML 2025.", "2025-05",
     "The Hidden Cost of Widgets was accepted at WML 2025"),
    (f"2025-05 [Sorting Widgets Fast]({ARXIV}) (w/ D. Author) is out.", "2025-05",
     "Sorting Widgets Fast is out"),
    (f"01/2020: Our paper [Sorting Widgets Fast]({ARXIV}) (A. Author, **B. Writer** and C. "
     "Scribe) was accepted to WIDG 2020.", "2020-01",
     "Our paper Sorting Widgets Fast was accepted to WIDG 2020"),
    ("2020-01 Invited talk at the Widget Symposium (Fields Institute, Toronto).", "2020-01",
     "Invited talk at the Widget Symposium (Fields Institute, Toronto)"),
    # a quotation around a paper's name is never cut open
    ('2017-10 Ann presented her paper "[Do Widgets Sort Themselves? Studying Widgets and '
     "Order Via Photos of Widget Shelves in Small Shops](https://x.org/p)\" at the Widget "
     "Conference in Lyon.", "2017-10",
     'Ann presented her paper "Do Widgets Sort Themselves? Studying Widgets and Order Via '
     'Photos of Widget Shelves in Small Shops"…'),
    (f"2025-03: [A Study of Widget Sorting]({ARXIV})", "2025-03", "A Study of Widget Sorting"),
    # a long sentence is cut after the paper's name, never inside it
    ("2025-01 Our paper titled [A Hierarchical Approach to Sorting Widgets with Guarantees of "
     "Safety under Adversarial Noise and Limited Memory](https://doi.org/10.1/x) has been "
     "accepted by the Journal of Widgets!", "2025-01",
     "Our paper titled A Hierarchical Approach to Sorting Widgets with Guarantees of Safety "
     "under Adversarial Noise and Limited Memory…"),
    # … and a name that comes late is cut as any text (what the item is about comes first)
    ("2025-01 Presented at the Spring Symposium of the Widget Society in Lyon, France, our "
     "paper [A Hierarchical Approach to Sorting Widgets with Guarantees](https://x.org/p).",
     "2025-01",
     "Presented at the Spring Symposium of the Widget Society in Lyon, France, our paper A "
     "Hierarchical Approach to Sorting…"),
    # an item the author labelled a paper: label and the paper's name say it all
    ("**Paper release**: Proud to share our paper [Sorting Widgets in Linear Time]"
     f"({ARXIV}) on arXiv! It improves on earlier work. (Jan 5, 2025)", "2025-01-05",
     "Sorting Widgets in Linear Time"),
    # a pointer to more is not news
    ("2025-02 Our widget benchmark is released; see [the project page](https://x.org/p) "
     "for details.", "2025-02", "Our widget benchmark is released"),
    ("2025-02 Invited talk at the Widget Days, Lausanne (watch the talk [here](https://x.org/v)).",
     "2025-02", "Invited talk at the Widget Days, Lausanne"),
    ("2025-02 New preprint is out, check out [WidgetNet](https://x.org/w)!", "2025-02",
     "New preprint is out, check out WidgetNet"),
    ("2024-12 Our survey is published in the Widget Review vol. 3, with code.", "2024-12",
     "Our survey is published in the Widget Review vol. 3, with code"),
    # a first sentence too short to stand alone ("!!", a one-word label) is not the title
    ("Hooray!! My student defended her thesis today, congratulations to her!", None,
     "Hooray!! My student defended her thesis today, congratulations to her"),
    ("Hooray !! I have received my habilitation. See my [slides](https://x.org/s).", None,
     "Hooray !! I have received my habilitation"),
    ("April 2021: Presentation. Finding resting phases in animal tracks, invited session on "
     "movement at [CNC21](https://x.org/cnc).", "2021-04",
     "Presentation. Finding resting phases in animal tracks, invited session on movement at CNC21"),
    ("Done. The new lab website is online.", None, "Done. The new lab website is online"),
    ("Talk at MIT. Slides online.", None, "Talk at MIT"),
    ("Visited Prof. Smith at the Univ. of Somewhere. Great trip.", None,
     "Visited Prof. Smith at the Univ. of Somewhere"),
    # LaTeX ordinals read as a reader sees them
    ("February 2020: Our lab hosts the [6$^\\mbox{th}$ annual widget meeting](https://x.org).",
     "2020-02", "Our lab hosts the 6th annual widget meeting"),
    ("February 2020: We organise the 3$^{rd}$ workshop and the $5^{th}$ school.", "2020-02",
     "We organise the 3rd workshop and the 5th school"),
    ("February 2020: The 21\\textsuperscript{st} widget fair and the 1$^{er}$ colloque.",
     "2020-02", "The 21st widget fair and the 1er colloque"),
    # two dates at the front: neither stays in the title
    ("**Aug 2025 / Apr 2026:** First-author on *Widget Sorting*, a paper on widgets: "
     "[arXiv:2508.01234](https://arxiv.org/abs/2508.01234). **Accepted at TMLR**.", "2025-08",
     "First-author on Widget Sorting, a paper on widgets"),
    ("**[Aug 2025 & Apr 2026]** Wrote a widget survey with colleagues.", "2025-08",
     "Wrote a widget survey with colleagues"),
    ("**Aug 2025, Apr 2026:** Wrote a widget survey with colleagues.", "2025-08",
     "Wrote a widget survey with colleagues"),
]  # fmt: skip


@pytest.mark.parametrize(("item", "start", "title"), OWN_WORDS)
def test_title_is_the_items_own_words(item: str, start: str | None, title: str) -> None:
    page = f"# Someone\n\n### News\n\n- {item}\n"
    _, events = parse_page(Path("index.md"), text=page)
    assert len(events) == 1
    if start is not None:
        assert events[0].span is not None and events[0].span.start_iso == start
    assert events[0].title == title
    assert ":" + "loud" not in events[0].title


def test_two_talks_on_one_paper_are_two_items() -> None:
    """Two events about one arXiv paper in one month are told apart by their titles."""
    page = (
        "# Someone\n\n## News\n\n"
        f"- 2025-09 Ann and I presented [A Study of Widget Sorting]({ARXIV}) at the Widget "
        "Workshop and received the Best Paper Award.\n"
        f"- 2025-09 Ann and I presented [A Study of Widget Sorting]({ARXIV}) at the Reading "
        "Group.\n"
    )
    reporter = Reporter(quiet=True)
    _, events = parse_page(Path("index.md"), text=page, reporter=reporter)
    assign_ids(events, "https://example.org/", "2026", reporter)
    assert [e.title for e in events] == [
        "Ann and I presented A Study of Widget Sorting at the Widget Workshop and received the "
        "Best Paper Award",
        "Ann and I presented A Study of Widget Sorting at the Reading Group",
    ]
    assert not [w for w in reporter.warnings if "duplicate" in w.message]
