"""Which fields of a Quarto listing are the words (:mod:`feeds.inputs.listing_entries`):
a field the listing's template prints as a date (``display_date``, ``date_iso``,
``eventDate``) is never the words, whatever its name; a table listing whose ``title``
column is renamed to a category (``field-display-names: {title: "Category"}``) keeps
the document's ``description`` as its words, after that label. Sites written here in
our own words; read back through ``feeds list --json``."""

from __future__ import annotations

from pathlib import Path

import pytest

from .hugo_sites import listed, write

QUARTO = "project:\n  type: website\n"
HOME = "---\ntitle: Ada Byron\n---\n\nI study rivers.\n"
CUSTOM = """\
---
title: News
listing:
  - id: archive
    contents: [news/news.yml]
    type: custom
    sort: ["date desc"]
    template: archive.ejs
---

::: {#archive}
:::
"""
TEMPLATE = """\
<% for (const item of items) { %>
<% const shown = item.{field} || item.date %>
<li><strong>[<%= shown %>]</strong>
<% if (item.title) { %><strong><%= item.title %></strong><% } %>
<span><%= item.description %></span></li>
<% } %>
"""
NEWS_YML = """\
- date: "2026-05"
  {field}: "2026/05"
  title: "Hydrology Prize."
  description: "I received the 2026 Example Hydrology Prize."
- date: "2026-03"
  {field}: "2026/03"
  title: " "
  description: "Mara joins the group as a postdoctoral fellow."
"""


@pytest.mark.parametrize("field", ["display_date", "date_iso", "eventDate", "shown-date"])
def test_a_date_field_the_template_prints_is_not_the_words(tmp_path: Path, field: str) -> None:
    write(
        tmp_path,
        {
            "_quarto.yml": QUARTO,
            "index.qmd": HOME,
            "news.qmd": CUSTOM,
            "archive.ejs": TEMPLATE.replace("{field}", field),
            "news/news.yml": NEWS_YML.replace("{field}", field),
        },
    )
    items, _ = listed(tmp_path)
    assert [(i["title"], i["start"], i["type"]) for i in items] == [
        ("Hydrology Prize.", "2026-05", "award"),
        ("Mara joins the group as a postdoctoral fellow.", "2026-03", "position"),
    ]


TABLE = """\
---
title: News
listing:
- id: news
  type: table
  sort: "date desc"
  fields: [date, image, title, description]
  field-display-names:
    title: "{label}"
    description: "Details"
  contents:
  - news/2026-prize
  - news/2025-paper
---
"""
DOCUMENTS = {
    "news/2026-prize/index.qmd": '---\ntitle: "Award"\ndescription: "Ana received the Example '
    'Prize for river modelling."\ndate: "2026-04-02"\n---\n\nPhoto of the day.\n',
    "news/2025-paper/index.qmd": '---\ntitle: "Research highlight"\ndescription: "Our study of '
    'snowmelt timing is published in Water Letters!"\ndate: "2025-10-20"\n---\n',
}


@pytest.mark.parametrize(
    ("label", "titles"),
    [
        (
            "Category",
            [
                "Award: Ana received the Example Prize for river modelling.",
                "Research highlight: Our study of snowmelt timing is published in Water Letters!",
            ],
        ),
        ("类别", None),  # the same, in Chinese
        ("Post", ["Award", "Research highlight"]),  # renamed, still the title
    ],
)
def test_a_title_renamed_to_a_category_is_a_label(tmp_path: Path, label: str, titles) -> None:
    write(
        tmp_path,
        {
            "_quarto.yml": QUARTO,
            "index.qmd": HOME,
            "news.qmd": TABLE.format(label=label),
            **DOCUMENTS,
        },
    )
    items, _ = listed(tmp_path)
    expected = titles or [
        "Award: Ana received the Example Prize for river modelling.",
        "Research highlight: Our study of snowmelt timing is published in Water Letters!",
    ]
    assert [i["title"] for i in items] == expected
    assert [i["start"] for i in items] == ["2026-04-02", "2025-10-20"]
