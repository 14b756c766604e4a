"""A Liquid loop over a Jekyll data file shows some of its entries, in its own order
(:mod:`feeds.inputs.loop_selection`): ``where``/``where_exp``/``sort``/``reverse`` in
the ``assign`` chain, ``reversed``/``offset:``/``limit:`` in the ``for`` tag. The items
are the entries the reader sees, in the order the page shows them; what a ``limit:``
leaves out is still read when another page of the site lists every entry.
Run as a user runs ``feeds`` on the site's root; expectations written from the input."""

from __future__ import annotations

from pathlib import Path

import pytest

from .hugo_sites import listed, write

HOME = """---
permalink: /
title: Home
---
I grow mosses on rooftops.

## Recent news

{LOOP}

## Teaching

- Botany 101, every spring.
"""

# written out of date order on purpose: the file's order is not the page's
MOSSES_YML = """- date: 2024-03-02
  text: Moss walk in the old town with the first-year class
  show: true
- date: 2025-06-11
  text: Our roof garden census appeared in the city newsletter
  show: false
- date: 2023-10-20
  text: Started the rooftop moss survey with two volunteers
  show: true
- date: 2025-01-15
  text: A second rooftop joined the survey
- date: 2024-11-30
  text: Winter meeting of the moss circle at the library
  show: true
"""

WALK, CENSUS, SURVEY, ROOF, WINTER = (
    "Moss walk in the old town with the first-year class",
    "Our roof garden census appeared in the city newsletter",
    "Started the rooftop moss survey with two volunteers",
    "A second rooftop joined the survey",
    "Winter meeting of the moss circle at the library",
)

BODY = "<p>{{ n.date }}: {{ n.text }}</p>"

LOOPS = {
    "the file's order": (
        "{% for n in site.data.mosses %}" + BODY + "{% endfor %}",
        [WALK, CENSUS, SURVEY, ROOF, WINTER],
    ),
    "sorted newest first through an assign": (
        '{% assign items = site.data.mosses | sort: "date" | reverse %}'
        "{% for n in items %}" + BODY + "{% endfor %}",
        [CENSUS, ROOF, WINTER, WALK, SURVEY],
    ),
    "sorted oldest first, single quotes": (
        "{% assign items = site.data.mosses | sort: 'date' %}"
        "{% for n in items %}" + BODY + "{% endfor %}",
        [SURVEY, WALK, WINTER, ROOF, CENSUS],
    ),
    "sorted, then the for tag's reversed": (
        '{%- assign items = site.data.mosses | sort: "date" -%}'
        "{%- for n in items reversed -%}" + BODY + "{%- endfor -%}",
        [CENSUS, ROOF, WINTER, WALK, SURVEY],
    ),
    "filters inside the for tag are none to Liquid: the file's order": (
        '{% for n in site.data.mosses | sort: "date" | reverse %}' + BODY + "{% endfor %}",
        [WALK, CENSUS, SURVEY, ROOF, WINTER],
    ),
    "where a field is true": (
        '{% assign items = site.data.mosses | where: "show", true %}'
        "{% for n in items %}" + BODY + "{% endfor %}",
        [WALK, SURVEY, WINTER],
    ),
    "where a field is the text true": (
        "{% assign items = site.data.mosses | where: 'show', 'true' %}"
        "{% for n in items %}" + BODY + "{% endfor %}",
        [WALK, SURVEY, WINTER],
    ),
    "where, then sorted": (
        '{% assign shown = site.data.mosses | where: "show", true %}'
        '{% assign items = shown | sort: "date" | reverse %}'
        "{% for n in items %}" + BODY + "{% endfor %}",
        [WINTER, WALK, SURVEY],
    ),
    "where_exp on a field's truth": (
        '{% assign items = site.data.mosses | where_exp: "m", "m.show" %}'
        "{% for n in items %}" + BODY + "{% endfor %}",
        [WALK, SURVEY, WINTER],
    ),
    "where_exp comparing a field": (
        '{% assign items = site.data.mosses | where_exp: "m", "m.show != false" %}'
        "{% for n in items %}" + BODY + "{% endfor %}",
        [WALK, SURVEY, ROOF, WINTER],
    ),
    "where_exp ordering a field": (
        '{% assign items = site.data.mosses | where_exp: "m", "m.text >= \'Our\'" %}'
        "{% for n in items %}" + BODY + "{% endfor %}",
        [CENSUS, SURVEY, WINTER],
    ),
    "where_exp on a value not known here keeps every entry": (
        '{% assign items = site.data.mosses | where_exp: "m", "m.date > site.time" %}'
        "{% for n in items %}" + BODY + "{% endfor %}",
        [WALK, CENSUS, SURVEY, ROOF, WINTER],
    ),
    "an offset": (
        "{% for n in site.data.mosses offset: 3 %}" + BODY + "{% endfor %}",
        [ROOF, WINTER],
    ),
    "a limit, no other page": (
        "{% for n in site.data.mosses limit:2 %}" + BODY + "{% endfor %}",
        [WALK, CENSUS],
    ),
    "a sorted list, cut and reversed": (
        '{% assign items = site.data.mosses | sort: "date" %}'
        "{% for n in items reversed offset: 1 limit: 2 %}" + BODY + "{% endfor %}",
        [WINTER, WALK],
    ),
    "a limit assigned in the page": (
        "{% assign shown_count = 3 %}{% for n in site.data.mosses limit: shown_count %}"
        + BODY
        + "{% endfor %}",
        [WALK, CENSUS, SURVEY],
    ),
    "a limit from the site's settings": (
        "{% for n in site.data.mosses limit: site.news_count %}" + BODY + "{% endfor %}",
        [WALK],
    ),
    "a limit naming nothing known": (
        "{% for n in site.data.mosses limit: page.count %}" + BODY + "{% endfor %}",
        [WALK, CENSUS, SURVEY, ROOF, WINTER],
    ),
    "the for tag's reversed over the file": (
        "{% for n in site.data.mosses reversed %}" + BODY + "{% endfor %}",
        [WINTER, ROOF, SURVEY, CENSUS, WALK],
    ),
    "where_exp with and": (
        "{% assign items = site.data.mosses | where_exp: 'm', "
        "'m.show and m.text contains \"moss\"' %}{% for n in items %}" + BODY + "{% endfor %}",
        [SURVEY, WINTER],
    ),
    "sort_natural by the words": (
        '{% assign items = site.data.mosses | sort_natural: "text" %}'
        "{% for n in items %}" + BODY + "{% endfor %}",
        [ROOF, WALK, CENSUS, SURVEY, WINTER],
    ),
    "sorted, then sliced": (
        '{% assign items = site.data.mosses | sort: "date" | reverse | slice: 1, 2 %}'
        "{% for n in items %}" + BODY + "{% endfor %}",
        [ROOF, WINTER],
    ),
    "sliced from the end": (
        "{% assign items = site.data.mosses | slice: -2, 5 %}"
        "{% for n in items %}" + BODY + "{% endfor %}",
        [ROOF, WINTER],
    ),
    "a slice whose length names nothing known": (
        "{% assign items = site.data.mosses | slice: 0, include.limit %}"
        "{% for n in items %}" + BODY + "{% endfor %}",
        [WALK, CENSUS, SURVEY, ROOF, WINTER],
    ),
    "a filter Liquid does not know changes nothing": (
        '{% assign items = site.data.mosses | where: "show", false | limit: 1 %}'
        "{% for n in items %}" + BODY + "{% endfor %}",
        [CENSUS],
    ),
}


@pytest.mark.parametrize("case", LOOPS)
def test_the_items_are_the_entries_the_loop_shows_in_its_order(tmp_path: Path, case: str):
    loop, expected = LOOPS[case]
    site = write(
        tmp_path / "site",
        {
            "_config.yml": "title: Moss\nnews_count: 1\n",
            "_data/mosses.yml": MOSSES_YML,
            "_pages/about.md": HOME.replace("{LOOP}", loop),
        },
    )
    items, _ = listed(site)
    assert [i["title"] for i in items] == expected


ALL = [WALK, CENSUS, SURVEY, ROOF, WINTER]
LINES = {WALK: 1, CENSUS: 4, SURVEY: 7, ROOF: 10, WINTER: 12}  # in _data/mosses.yml

ELSEWHERE = {
    "an archive page lists every entry": (
        {"_pages/news.md": "---\npermalink: /news/\n---\n{% for n in site.data.mosses %}"
         + BODY + "{% endfor %}\n"},
        ALL,
    ),
    "a page in a folder of its own lists them through an assign": (
        {"pages/archive.html": "---\npermalink: /archive/\n---\n"
         '{% assign all = site.data.mosses | sort: "date" %}'
         "{% for m in all %}<li>{{ m.text }}</li>{% endfor %}\n"},
        ALL,
    ),
    "a fold of the same page shows the rest": (
        {"_includes/more.html": "<details>{% for m in site.data.mosses %}"
         "{% if forloop.index > 2 %}<li>{{ m.text }}</li>{% endif %}{% endfor %}</details>"},
        ALL,
    ),
    "another page shows only the entries marked to show": (
        {"_pages/shown.md": "---\npermalink: /shown/\n---\n"
         '{% assign s = site.data.mosses | where: "show", true %}'
         "{% for m in s %}<li>{{ m.text }}</li>{% endfor %}\n"},
        [WALK, CENSUS, SURVEY, WINTER],
    ),
    "another page is cut as well": (
        {"_pages/news.md": "---\npermalink: /news/\n---\n"
         "{% for m in site.data.mosses limit: 3 %}<li>{{ m.text }}</li>{% endfor %}\n"},
        [WALK, CENSUS, SURVEY],
    ),
    "another page walks other data": (
        {"_data/people.yml": "- name: Ana\n",
         "_pages/people.md": "---\npermalink: /people/\n---\n"
         "{% for m in site.data.people %}<li>{{ m.name }}</li>{% endfor %}\n"},
        [WALK, CENSUS],
    ),
}  # fmt: skip


def test_a_sliced_homepage_list_and_an_archive_of_all(tmp_path: Path) -> None:
    home = HOME.replace(
        "{LOOP}",
        '{% assign latest = site.data.mosses | sort: "date" | reverse | slice: 0, 2 %}'
        "{% for n in latest %}" + BODY + "{% endfor %}",
    )
    archive = (
        "---\npermalink: /archive/\n---\n"
        "{% for m in site.data.mosses %}<li>{{ m.text }}</li>{% endfor %}\n"
    )
    files = {"_data/mosses.yml": MOSSES_YML, "_pages/about.md": home}
    alone, _ = listed(write(tmp_path / "alone", files))
    assert [i["title"] for i in alone] == [CENSUS, ROOF]
    both, _ = listed(write(tmp_path / "both", {**files, "_pages/archive.md": archive}))
    assert sorted(i["title"] for i in both) == sorted(ALL)


@pytest.mark.parametrize("case", ELSEWHERE)
def test_what_a_limit_leaves_out_is_read_where_another_page_shows_it(tmp_path: Path, case: str):
    files, expected = ELSEWHERE[case]
    loop = "{% for n in site.data.mosses limit: 2 %}" + BODY + "{% endfor %}"
    if "_includes/more.html" in files:
        loop += "\n{% include more.html %}"
    site = write(
        tmp_path / "site",
        {"_data/mosses.yml": MOSSES_YML, "_pages/about.md": HOME.replace("{LOOP}", loop), **files},
    )
    items, _ = listed(site)
    assert sorted(i["title"] for i in items) == sorted(expected)
    assert {i["title"]: i["line"] for i in items} == {t: LINES[t] for t in expected}


def test_a_loop_over_year_groups_chosen_by_where(tmp_path: Path) -> None:
    """Entries grouped by year, the page's loop keeping one year's group: its entries,
    the other group's not (the groups stay groups with one left out)."""
    groups = (
        "- year: 2024\n  items:\n"
        "    - date: 2024-05-01\n      text: We planted a moss garden on the roof\n"
        "    - date: 2024-02-01\n      text: A walk along the river mosses\n"
        "- year: 2023\n  items:\n"
        "    - date: 2023-05-01\n      text: Our lab opened its doors to students\n"
    )
    loop = (
        '{% assign recent = site.data.groups | where: "year", 2024 %}{% for y in recent %}'
        "<h3>{{ y.year }}</h3>{% for n in y.items %}<p>{{ n.date }} {{ n.text }}</p>"
        "{% endfor %}{% endfor %}"
    )
    site = write(
        tmp_path / "site",
        {"_data/groups.yml": groups, "_pages/about.md": HOME.replace("{LOOP}", loop)},
    )
    items, _ = listed(site)
    assert [(i["title"], i["start"], i["line"]) for i in items] == [
        ("We planted a moss garden on the roof", "2024-05-01", 3),
        ("A walk along the river mosses", "2024-02-01", 5),
    ]


# al-folio's news include, made to walk a data file: the page that includes it sets how
# many it shows in its front matter (``announcements: limit: 2``); without that setting
# the include shows every entry (issue 8, scan29 Smart-Ag)
NEWS_INCLUDE = """<div class="news">
{% assign news_size = site.data.mosses | size %}
{% assign items = site.data.mosses | sort: "date" | reverse %}
{% if include.limit and page.announcements.limit %}
  {% assign news_limit = page.announcements.limit %}
{% else %}
  {% assign news_limit = news_size %}
{% endif %}
{% for n in items limit: news_limit %}<p>{{ n.date }}: {{ n.text }}</p>{% endfor %}
</div>
"""
PAGE_LIMITS = {
    "the page sets the limit": ("announcements:\n  enabled: true\n  limit: 2\n", [CENSUS, ROOF]),
    "the page sets none": (
        "announcements:\n  enabled: true\n",
        [CENSUS, ROOF, WINTER, WALK, SURVEY],
    ),
    "the setting is no number": (
        "announcements:\n  limit: some\n",
        [CENSUS, ROOF, WINTER, WALK, SURVEY],
    ),
}


@pytest.mark.parametrize(("front", "expected"), PAGE_LIMITS.values(), ids=PAGE_LIMITS.keys())
def test_a_limit_the_page_sets_for_its_include(tmp_path: Path, front: str, expected: list[str]):
    home = HOME.replace("title: Home\n", "title: Home\n" + front)
    site = write(
        tmp_path / "site",
        {
            "_config.yml": "title: Moss\n",
            "_data/mosses.yml": MOSSES_YML,
            "_includes/news.liquid": NEWS_INCLUDE,
            "_pages/about.md": home.replace("{LOOP}", "{% include news.liquid limit=true %}"),
        },
    )
    items, _ = listed(site)
    assert [i["title"] for i in items] == expected
