"""Software or data published *in* a venue is its paper ("our package was published in
JOSS"); published *on* a repository (CRAN, PyPI, Zenodo) it is no paper. Used by
:mod:`.sentence` when "published" is the main verb."""

from __future__ import annotations

import re

from .words import Hit


def software_in_journal(lowered: str, verb: Hit, head: Hit) -> bool:
    """Whether software or data (``head``) is published *in* a venue: its paper (a package
    published *on* CRAN or PyPI is no paper; nor is "our interview was published in X")."""
    return (
        lowered.startswith("publish", verb.start)
        and _SOFTWARE.search(lowered, head.start, head.end) is not None
        and _IN_VENUE.match(lowered, verb.end) is not None
    )


_SOFTWARE = re.compile(r"packages?|software|toolkits?|tools?|datasets?|databases?|librar")
_IN_VENUE = re.compile(
    r"\s+in\s+(?!(?:the\s+)?(?:cran|pypi|bioconductor|conda|npm|julia|github|zenodo)(?!\w))"
)
