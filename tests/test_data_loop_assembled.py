"""A Jekyll data file of news kept as a MAPPING keyed by slug (not a list), walked by a
Liquid loop over its (key, entry) pairs (``{% assign e = pair[1] %}``), whose sentence
is assembled by Liquid from the entry's fields, branch by branch (``{% if e.kind ==
"paper" %}New paper <i>{{ e.title_of_paper }}</i> at {{ e.venue }}!``); the loop shows
only some entries (``status``), an archive page the others. Sites written for these
tests, run as a user runs ``feeds`` on the site's root; the feed read back with
feedparser."""

from __future__ import annotations

from pathlib import Path

import feedparser

from .hugo_sites import build, listed, write

CONFIG = "title: Bee Group\nurl: https://ana.example.org\n"
LAYOUT = "<html><body>{{ content }}</body></html>\n"
DATA = """
rosa_prize:
  kind: prize
  words: Rosa won the department teaching prize
  when: 10/2025
  shown: current

sparse-nets:
  kind: paper
  title_of_paper: 'Sparse Nets: Fewer Weights'
  url_of_paper: https://arxiv.org/abs/2501.00001
  venue: ICLR 2026
  when: 09/2025
  shown: current

old-graphs:
  kind: paper
  title_of_paper: Graphs Revisited
  url_of_paper: https://example.org/graphs.pdf
  when: 03/2021
  shown: old
"""
INCLUDE = """
<table>
  <tbody>
    {% for pair in site.data.updates %}
    {% assign e = pair[1] %}
    {% if e.shown == "{STATUS}" %}
    <tr>
      {% if e.kind == "paper" %}
        <td><b>[{{ e.when }}]</b></td>
        {% if e.venue %}
        <td>New paper <a href="{{ e.url_of_paper }}"><i>{{ e.title_of_paper }}</i></a>
          at {{ e.venue }}!</td>
        {% else %}
        <td>Read our new paper
          <a href="{{ e.url_of_paper }}"><i>{{ e.title_of_paper }}</i></a>.</td>
        {% endif %}
      {% elsif e.kind == "prize" %}
        <td><b>[{{ e.when }}]</b></td><td>{{ e.words }}. Congratulations!</td>
      {% endif %}
    </tr>
    {% endif %}
    {% endfor %}
  </tbody>
</table>
"""
INDEX = "---\nlayout: default\n---\n\n## Updates\n\n{% include updates.html %}\n\n[Old](/old)\n"
OLD = "---\nlayout: default\n---\n\n## Old updates\n\n{% include old_updates.html %}\n"


def test_a_map_of_entries_is_read_as_the_loop_assembles_each(tmp_path: Path) -> None:
    site = write(
        tmp_path / "site",
        {
            "_config.yml": CONFIG, "_layouts/default.html": LAYOUT, "_data/updates.yml": DATA,
            "_includes/updates.html": INCLUDE.replace("{STATUS}", "current"),
            "_includes/old_updates.html": INCLUDE.replace("{STATUS}", "old"),
            "index.md": INDEX, "old.md": OLD,
        },
    )  # fmt: skip
    items, _ = listed(site)
    got = sorted((i["start"], i["title"], i["type"], i["line"]) for i in items)
    assert got == [
        ("2021-03", "Read our new paper Graphs Revisited", "paper", 15),
        ("2025-09", "New paper Sparse Nets: Fewer Weights at ICLR 2026", "paper", 7),
        ("2025-10", "Rosa won the department teaching prize", "award", 1),
    ]
    out = tmp_path / "out"
    assert build(site, out).returncode == 0
    feed = feedparser.parse((out / "atom.xml").read_text(encoding="utf-8"))
    texts = {e.title: " ".join(e.summary.split()) for e in feed.entries}
    assert "Congratulations!" in texts["Rosa won the department teaching prize"]
    assert "at ICLR 2026!" in texts["New paper Sparse Nets: Fewer Weights at ICLR 2026"]
    sparse = next(e for e in feed.entries if "Sparse" in e.title)
    assert "https://arxiv.org/abs/2501.00001" in [link.href for link in sparse.links]
