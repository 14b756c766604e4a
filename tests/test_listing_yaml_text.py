"""A Quarto listing over a YAML file of entries (issue 8, corpus C22 cause A): each entry
is an item titled by the words the listing shows (``title``, else ``subtitle`` or
``description``, else the field the listing's own template prints), at the line of the
YAML file it starts on; an entry with no words is said, never published untitled.
Sites written here in our own words; read back through ``feeds list --json``."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main

QUARTO = "project:\n  type: website\n"
HOME = "---\ntitle: Ada Byron\n---\n\nI study rivers.\n"
PAGE = """\
---
listing:
  - id: news
    contents: news/items.yml
{extra}    date-format: "MMMM YYYY"
---

::: {{#news}}
:::
"""
CARD = """\
<ul>
<% for (const item of items) { %>
  <li <%= metadataAttrs(item) %>>
  <% if (item.link) { %><a href="<%- item.link %>"><%= item.{field} %></a>
  <% } else { %><span><%= item.{field} %></span><% } %>
  <span class="when"><%= item.date %></span></li>
<% } %>
</ul>
"""
ITEMS = """\
# comments above the entries, as people leave them
- {field}: Mara joins the group as a postdoctoral fellow!
  date: March 2026
- {field}: "Tom presented the talk: “Rain on rivers” at the Hydrology Forum"
  date: February 2026
  link: https://forum.example.org/rain
- {field}: Our paper on snowmelt timing is published in Water Letters.
  date: January 2026
"""
EXPECTED = [  # (title starts, start, type, line in the YAML file)
    ("Mara joins the group as a postdoctoral fellow", "2026-03", "position", 2),
    ("Tom presented the talk: “Rain on rivers” at the Hydrology Forum", "2026-02", "talk", 4),
    ("Our paper on snowmelt timing is published in Water Letters", "2026-01", "paper", 7),
]

FORMS = {  # name: (the field the entries use, the template's field or None, listing options)
    "description, shown by the page's own EJS template": ("description", "description", ""),
    "description, the default listing (no template)": ("description", None, ""),
    "description, a grid listing": ("description", None, "    type: grid\n"),
    "subtitle only": ("subtitle", None, ""),
    "a field of the site's own, which its template prints": ("headline", "headline", ""),
    "text, which its template prints": ("text", "text", ""),
    "title, as Quarto's documentation writes them": ("title", None, ""),
}


def site_of(tmp_path: Path, field: str, shown: str | None, extra: str) -> Path:
    files = {"_quarto.yml": QUARTO, "index.qmd": HOME}
    if shown is not None:
        extra += "    template: news/card.ejs\n"
        files["news/card.ejs"] = CARD.replace("{field}", shown)
    files["news.qmd"] = PAGE.format(extra=extra)
    files["news/items.yml"] = ITEMS.format(field=field)
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(textwrap.dedent(text), encoding="utf-8")
    return tmp_path


def listed(site: Path) -> tuple[list[dict], str]:
    result = CliRunner().invoke(
        main,
        ["list", "--json", "--content", str(site), "--now", "2026-11-26"]
        + ["--site-url", "https://lab.example.org/", "--cache", "off"],
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout), result.stderr


@pytest.mark.parametrize(("field", "shown", "extra"), FORMS.values(), ids=FORMS.keys())
def test_each_entry_has_its_words_and_line(
    tmp_path: Path, field: str, shown: str | None, extra: str
) -> None:
    items, said = listed(site_of(tmp_path, field, shown, extra))
    found = [(i["title"], i["start"], i["precision"], i["type"], i["line"]) for i in items]
    assert len(found) == len(EXPECTED), found
    for (title, start, precision, kind, line), (words, when, want, at) in zip(
        found, EXPECTED, strict=True
    ):
        assert title.startswith(words), (title, words)
        assert (start, precision, kind, line) == (when, "month", want, at), found
    assert "duplicate" not in said, said
    assert all(link["url"] for i in items for link in i["links"]), items  # none empty
    talk = next(i for i in items if i["type"] == "talk")
    assert "https://forum.example.org/rain" in [link["url"] for link in talk["links"]]


def test_an_entry_without_words_is_said_not_published(tmp_path: Path) -> None:
    site = site_of(tmp_path, "description", "description", "")
    with (site / "news/items.yml").open("a", encoding="utf-8") as out:
        out.write("- date: December 2025\n  image: /images/retreat.jpg\n")
    items, said = listed(site)
    assert [i["line"] for i in items] == [2, 4, 7]
    assert all(i["title"] for i in items)
    assert "news/items.yml:9:" in said and "no words" in said, said


def test_a_file_of_entries_none_with_words_is_an_error(tmp_path: Path) -> None:
    site = site_of(tmp_path, "description", "description", "")
    (site / "news/items.yml").write_text(
        "- date: March 2026\n  image: a.jpg\n- date: May 2026\n  image: b.jpg\n", encoding="utf-8"
    )
    result = CliRunner().invoke(
        main, ["list", "--json", "--content", str(site), "--now", "2026-11-26", "--cache", "off"]
    )
    assert result.exit_code == 1, result.output
    assert "news.qmd" in result.stderr and "no items" in result.stderr, result.stderr
