"""arXiv's Atom answers, as the fake API writes them (the reference sample's shape)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

_HEAD = """<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" \
xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">
"""
_AUTHORS = [("Ada Lovelace", ["University of Exampleton"]), ("Jürgen Müller-Øster", [])]


@dataclass
class FakePaper:
    """What the fake knows about one paper (defaults shaped like the sample's first entry)."""

    title: str = "Sparse Spectral Methods for Heat-Bath Dynamics\n  on Lattice Fibers"
    abstract: str = "We study heat-bath random walks on fibers\nof integer matrices & more."
    version: int = 1
    authors: list[tuple[str, list[str]]] = field(default_factory=lambda: list(_AUTHORS))
    categories: list[str] = field(default_factory=lambda: ["math.CO", "math.PR"])
    published: str = "2024-01-04T17:59:46Z"
    updated: str = "2024-03-18T09:41:07Z"
    comment: str | None = "24 pages, 3 figures"
    journal_ref: str | None = None
    doi: str | None = None
    abs_href: str | None = None  # the alternate link, if not the usual one
    pdf_href: str | None = None  # the PDF link, if not the usual one


def entry_xml(ident: str, paper: FakePaper, version: int | None = None) -> str:
    """One ``<entry>`` as the API writes it (same elements, same order as the sample)."""
    v, e = version or paper.version, escape

    def opt(tag: str, value: str | None) -> str:
        return f"    <arxiv:{tag}>{e(value)}</arxiv:{tag}>\n" if value else ""

    doi = f'    <link href="https://doi.org/{e(paper.doi or "")}" rel="related" title="doi"/>\n'
    cat = '    <category term="{}" scheme="http://arxiv.org/schemas/atom"/>\n'
    aff = "      <arxiv:affiliation>{}</arxiv:affiliation>\n"
    authors = "".join(
        f"    <author>\n      <name>{e(name)}</name>\n"
        + "".join(aff.format(e(a)) for a in affs)
        + "    </author>\n"
        for name, affs in paper.authors
    )
    return f"""  <entry>
    <id>http://arxiv.org/abs/{ident}v{v}</id>
    <title>{e(paper.title)}</title>
    <updated>{paper.updated}</updated>
    <link href={quoteattr(paper.abs_href or f"https://arxiv.org/abs/{ident}v{v}")} \
rel="alternate" type="text/html"/>
    <link href={quoteattr(paper.pdf_href or f"https://arxiv.org/pdf/{ident}v{v}")} \
rel="related" type="application/pdf" title="pdf"/>
{doi if paper.doi else ""}    <summary>{e(paper.abstract)}</summary>
{"".join(cat.format(c) for c in paper.categories)}    <published>{paper.published}</published>
{opt("comment", paper.comment)}    <arxiv:primary_category term="{paper.categories[0]}"/>
{opt("journal_ref", paper.journal_ref)}{opt("doi", paper.doi)}{authors}  </entry>
"""


def feed_xml(entries: list[str], query: str, total: int | None = None) -> str:
    """A whole feed around ``entries``, with the opensearch header (``total`` results in
    all, of which ``entries`` is a page; all of them by default)."""
    return f"""{_HEAD}  <id>https://arxiv.org/api/Zm9vYmFy</id>
  <title>arXiv Query: {escape(query)}</title>
  <updated>2026-04-12T22:10:19Z</updated>
  <link href={quoteattr("https://arxiv.org/api/query?" + query)} type="application/atom+xml"/>
  <opensearch:itemsPerPage>100</opensearch:itemsPerPage>
  <opensearch:totalResults>{len(entries) if total is None else total}</opensearch:totalResults>
  <opensearch:startIndex>0</opensearch:startIndex>
{"".join(entries)}</feed>
"""


def error_xml(bad: str, message: str = "") -> str:
    """The API's answer (with HTTP 400) to a malformed id; or any error ``message``."""
    url = f"https://arxiv.org/api/errors#incorrect_id_format_for_{bad}"
    message = message or f"incorrect id format for {bad}"
    entry = (
        f"  <entry>\n    <id>{escape(url)}</id>\n    <title>Error</title>\n"
        f"    <summary>{escape(message)}</summary>\n"
        "    <updated>2026-04-12T00:00:00-04:00</updated>\n"
        f'    <link href="{escape(url)}" rel="alternate" type="text/html"/>\n'
        "    <author>\n      <name>arXiv api core</name>\n    </author>\n  </entry>\n"
    )
    return feed_xml([entry], f"search_query=&id_list={bad}")


def words(text: str) -> list[str]:
    """Lower-case ASCII words, accents dropped: how the fake compares titles."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.findall(r"[a-z0-9]+", ascii_text.lower())
