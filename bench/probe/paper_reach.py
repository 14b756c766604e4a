"""Issue 13's figures on a probe corpus: paper items, how many link arXiv, how many more a
DOI or title lookup could reach (items that carry a DOI or a usable title).

Usage: python bench/probe/paper_reach.py CORPUS_DIR  (the corpus layout of
../shared/probe/README.md; the pages themselves are not in this repository).
"""

from __future__ import annotations

import csv
import datetime as dt
import sys
from pathlib import Path

from feeds.build import load_site
from feeds.diagnostics import Reporter
from feeds.enrich.candidates import dois, is_paper, titles


def main() -> None:
    corpus = Path(sys.argv[1])
    text = (corpus / "SOURCES.tsv").read_text(encoding="utf-8")
    rows = csv.DictReader(text.splitlines(), delimiter="\t")
    total = {"paper items": 0, "link arXiv": 0, "with a DOI": 0, "with a title": 0}
    for row in rows:
        try:
            site = load_site(
                corpus / row["dir"],
                overrides={"site_url": "https://example.github.io/"},
                today=dt.date(2026, 11, 26),
                reporter=Reporter(quiet=True),
            )
        except Exception as exc:  # noqa: BLE001 (a figure, not a test)
            print(f"{row['dir']}: not read ({exc})")
            continue
        papers = [e for e in site.events if is_paper(e)]
        linked = [e for e in papers if e.arxiv]
        rest = [e for e in papers if not e.arxiv]
        with_doi = [e for e in rest if dois(e)]
        with_title = [e for e in rest if not dois(e) and titles(e)]
        counts = (len(papers), len(linked), len(with_doi), len(with_title))
        for key, n in zip(total, counts, strict=True):
            total[key] += n
        print(f"{row['dir'][:40]:40} " + " ".join(f"{n:4}" for n in counts))
    print("total: " + ", ".join(f"{k} {v}" for k, v in total.items()))


if __name__ == "__main__":
    main()
