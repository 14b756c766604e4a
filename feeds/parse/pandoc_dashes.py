"""Pandoc's dashes: Quarto and R Markdown (distill, blogdown through Pandoc) render their
Markdown with Pandoc's ``smart`` typography, which shows ``---`` as an em dash and ``--``
as an en dash (``IFCRS Council 2023--2027`` reads "IFCRS Council 2023–2027", ``Invited
Talk---Rank-based …`` "Invited Talk—Rank-based …"). A title read from such a source says
what the page shows. Other Markdown keeps its hyphens: not every renderer makes dashes
of them (marked, Python-Markdown, remark), and a hand-written page shows what it writes.
"""

from __future__ import annotations

import re

PANDOC_SUFFIXES = (".qmd", ".rmd")  # Quarto, R Markdown (case aside: .Rmd)
_DASHES = re.compile(r"-{2,3}")


def is_pandoc_source(source: str) -> bool:
    """Whether the page ``source`` (a path) is Markdown that Pandoc renders."""
    return source.lower().endswith(PANDOC_SUFFIXES)


def pandoc_dashes(text: str) -> str:
    """``text`` with ``---`` as an em dash and ``--`` as an en dash, as Pandoc shows them."""
    if "--" not in text:
        return text
    return _DASHES.sub(lambda m: "—" if len(m.group()) == 3 else "–", text)
