"""Searching arXiv for papers without an arXiv link, by DOI and by title.

Several DOIs and titles go into one query (``doi:"A" OR ti:"B"``), as many as fit in
``MAX_QUERY`` characters of URL and ``MAX_BATCH`` clauses. An answer is taken only when
certain: the folded title (or the DOI) is equal and one of the site's author names is
among the paper's authors, and exactly one paper qualifies.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import quote_plus

import arxiv

from ..arxiv_ids import split_version
from ..model import Paper
from .candidates import Wanted, fold_doi, fold_name, fold_title
from .fetch import CHUNK, Lookup, Refused, Stopped, Warn, to_paper, usable

MAX_QUERY = 1000  # characters of the URL-encoded search_query
MAX_BATCH = 20  # clauses per query: each title gets a fair share of the CHUNK results
_JOIN = " OR "


@dataclass
class Searched:
    """What the searches found: by key, the paper or ``None`` (asked, nothing certain)."""

    answers: dict[str, Paper | None] = field(default_factory=dict)
    failed: list[Wanted] = field(default_factory=list)  # asked, but the request failed
    not_asked: list[Wanted] = field(default_factory=list)  # the lookup had stopped


def batches(wanted: list[Wanted]) -> list[list[Wanted]]:
    """``wanted`` in order, cut into queries that stay within the limits."""
    out: list[list[Wanted]] = []
    size = 0
    for item in wanted:
        length = len(quote_plus(item.clause)) + len(quote_plus(_JOIN))
        if not out or len(out[-1]) >= MAX_BATCH or size + length > MAX_QUERY:
            out.append([])
            size = 0
        out[-1].append(item)
        size += length
    return out


def search(lookup: Lookup, wanted: list[Wanted], authors: Iterable[str], warn: Warn) -> Searched:
    """Ask arXiv about each of ``wanted``; stop at the first stop of ``lookup``."""
    names = {fold_name(a) for a in authors if a.strip()}
    out = Searched()
    queued = batches(wanted)
    for n, batch in enumerate(queued):
        query = _JOIN.join(item.clause for item in batch)
        try:
            results = lookup.results(arxiv.Search(query=query, max_results=CHUNK))
        except Refused as exc:
            warn(f"{exc}; {len(batch)} DOI/title search(es) not made")
            out.failed += batch
            continue
        except Stopped as exc:
            rest = [item for b in queued[n:] for item in b]
            warn(f"{exc}; {len(rest)} DOI/title search(es) not made")
            out.not_asked += rest
            break
        papers = [_paper(result) for result in usable(results, warn)]
        for item in batch:
            out.answers[item.key] = certain(item, papers, names)
    return out


def _paper(result: arxiv.Result) -> Paper:
    ident, version = split_version(result.get_short_id())
    return to_paper(result, ident, version or 1)


def certain(item: Wanted, papers: list[Paper], names: set[str]) -> Paper | None:
    """The one paper that is ``item`` for sure (same title or DOI, an author of ours)."""
    if item.kind == "doi":
        same = [p for p in papers if p.doi and fold_doi(p.doi) == item.value]
    else:
        same = [p for p in papers if fold_title(p.title) == item.value]
    ours = {p.arxiv_id: p for p in same if names & {fold_name(a) for a in p.authors}}
    return next(iter(ours.values())) if len(ours) == 1 else None
