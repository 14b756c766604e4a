"""Which branch a Liquid loop over a data file takes for an entry decides the words the
reader sees (:mod:`feeds.inputs.loop_render`), and Liquid's truth is not Python's: only
``nil`` and ``false`` are false, so an entry with ``link: ""`` takes the ``{% if
n.link %}`` branch; ``!= ""``, ``== empty`` tell an empty link apart, ``!= nil`` does
not, and ``== blank`` holds for nothing in the Liquid Jekyll runs (4.x).
Run as a user runs ``feeds`` on the site's root; expectations written from the input."""

from __future__ import annotations

from pathlib import Path

import pytest

from .hugo_sites import listed, write

HOME = """---
permalink: /
title: Home
---
I study bees.

## News

{% for n in site.data.hives %}<p>{{ n.date }}:
{% if n.kind == "talk" %}Talk:{% endif %}
{% IF %}{{ n.title }}, slides online{% else %}{{ n.title }}, slides to come{% endif %}
</p>{% endfor %}
"""

HIVES_YML = """- date: 2025-05-02
  title: Bee counts at the orchard
  link: https://example.org/orchard
- date: 2025-04-03
  title: Hive weights over winter
  link: ""
- date: 2025-03-04
  title: Pollen colours by month
- date: 2025-02-05
  title: Drones and the spring swarm
  link:
"""

ORCHARD, WEIGHTS, POLLEN, DRONES = (
    "Bee counts at the orchard",
    "Hive weights over winter",
    "Pollen colours by month",
    "Drones and the spring swarm",
)

# the condition of the branch that says "slides online"; the entries that take it
CONDITIONS = {
    "if n.link": ("if n.link", {ORCHARD, WEIGHTS}),
    "if n.link != ''": ('if n.link != ""', {ORCHARD, POLLEN, DRONES}),
    "if n.link != nil": ("if n.link != nil", {ORCHARD, WEIGHTS}),
    "if n.link == empty": ("if n.link == empty", {WEIGHTS}),
    "if n.link == blank": ("if n.link == blank", set()),
    "if n.link != blank": ("if n.link != blank", {ORCHARD, WEIGHTS, POLLEN, DRONES}),
    "unless n.link": ("unless n.link", {POLLEN, DRONES}),
    "if n.link and n.link != ''": ("if n.link and n.link != ''", {ORCHARD}),
    "if n.link or n.title == 'x'": ("if n.title == 'x' or n.link", {ORCHARD, WEIGHTS}),
}


@pytest.mark.parametrize("case", CONDITIONS)
def test_the_branch_liquid_takes_gives_the_words(tmp_path: Path, case: str) -> None:
    tag, online = CONDITIONS[case]
    home = HOME.replace("{% IF %}", "{% " + tag + " %}")
    if tag.startswith("unless"):
        home = home.replace("slides to come{% endif %}", "slides to come{% endunless %}")
    site = write(tmp_path / "site", {"_data/hives.yml": HIVES_YML, "_pages/about.md": home})
    items, _ = listed(site)
    expected = [
        f"{t}, slides online" if t in online else f"{t}, slides to come"
        for t in (ORCHARD, WEIGHTS, POLLEN, DRONES)
    ]
    assert [i["title"] for i in items] == expected
