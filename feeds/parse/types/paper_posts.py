"""A post whose body presents one paper: its abstract, with the paper named as the post's
source. Lab blogs post each new paper so, titled by the paper's title, which says no type
(or a wrong one: "… engineering for high production"); the body's form says it is the
paper::

    <the abstract>
    Original Paper: [bibtex key=Murali2023]

    #### MOTIVATION:
    …
    #### RESULTS:
    …

The words are tables: the lines that name the paper as the post's source, and the labels
of a structured abstract (two different ones are needed: "Results" alone is any report;
"Abstract" is not one of them, as a seminar's announcement has its abstract too).
"""

from __future__ import annotations

import re

# A line naming the paper the post presents: "Original Paper:", "Full paper: <link>",
# "[Read the paper](…)", "DOI: https://doi.org/…"
SOURCE_LINES = (
    r"(?:original|full|published|journal) (?:paper|article|publication)\s*:",
    r"read the (?:full )?paper\b",
    r"(?:link to|access) the (?:full )?paper\b",
    r"doi\s*:\s*\S*\b10\.\d{4,9}/",
    r"https?://(?:dx\.)?doi\.org/10\.\d{4,9}/\S+\s*$",
)
# A piece about the paper by someone else (a byline, "Read the whole blog at …"): the
# post is its coverage, news, though it names the paper too
COVERAGE_LINES = (
    r"(?i:read the (?:whole|full|complete|original) (?:blog|story|post|article|feature|interview))",
    r"by [A-Z][\w.'-]+(?: [A-Z][\w.'-]+){0,3}[*_\s]*$",
)
# A structured abstract's labels, each opening a line (a heading, bold, "Label:")
ABSTRACT_LABELS = (
    "background", "motivation", "methods", "results", "conclusions",
    "conclusion", "availability and implementation", "objective", "objectives", "findings",
    "significance",
)  # fmt: skip

_LINE_OPENING = r"^[\s>#*_\-\[]*"  # Markdown marks before a line's words
_SOURCE = re.compile(_LINE_OPENING + "(?:" + "|".join(SOURCE_LINES) + ")", re.I | re.M)
_COVERAGE = re.compile(_LINE_OPENING + "(?:" + "|".join(COVERAGE_LINES) + ")", re.M)
_LABEL = re.compile(
    _LINE_OPENING + "(" + "|".join(ABSTRACT_LABELS) + r")(?:[*_\s]*:|[*_]*\s*$)", re.I | re.M
)


def presents_paper(body: str) -> bool:
    """Whether a post's Markdown ``body`` presents one paper: a line naming it as the
    post's source, or two labels of a structured abstract; never a piece about it by
    someone else."""
    if _COVERAGE.search(body):  # its coverage, not the paper itself
        return False
    if _SOURCE.search(body):
        return True
    return len({m.group(1).lower() for m in _LABEL.finditer(body)}) >= 2
