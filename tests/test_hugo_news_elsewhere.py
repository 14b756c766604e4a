"""Hugo news kept where the news page or the homepage shows it from (held-out c41, c42).

* The news section's own list template ranges over another section's pages
  (``layouts/news/list.html``: ``{{ range where site.RegularPages "Section" "post" }}``,
  or a ``$posts := where …`` it ranges over): those pages are the news.
* Hugo Academic's ``about`` widget shows the author's page
  (``content/authors/admin/_index.md``), whose biography ends with "**Recent news:**",
  a list opening each item with ``(Mon-YY)`` (a spreadsheet's ``mmm-yy``: ``(Apr-25)`` is
  April 2025) and a link to older news written as Hugo's ``{{< ref "news/archive.md" >}}``.

Sites written in our own words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import NOW, listed, write

CONFIG = "title: Gear Lab\nbaseURL: https://gear.example.org/\n"
HOME = "---\ntitle:\nsections:\n  - block: hero\n    content:\n      title: Gear Lab\n---\n"
POSTS = {
    "content/post/2025-03-gear-prize/index.md": (
        "---\ntitle: Mia wins the gear prize\ndate: 2025-03-14\n---\n\nWell done, Mia.\n"
    ),
    "content/post/2024-11-open-day/index.md": (
        "---\ntitle: Our open day drew a crowd\ndate: 2024-11-02\n---\n\nThanks to all.\n"
    ),
}
EXPECTED = [("Mia wins the gear prize", "2025-03-14"), ("Our open day drew a crowd", "2024-11-02")]
LIST_HEAD = '{{ define "main" }}<h1>{{ .Title }}</h1>\n'
# (template of the news section, file it is kept in, does the news page show the posts)
TEMPLATES = {
    "range over where": (
        LIST_HEAD + '{{ range where .Site.RegularPages "Section" "post" }}'
        '<a href="{{ .RelPermalink }}">{{ .Title }}</a>{{ end }}{{ end }}',
        "layouts/news/list.html",
        True,
    ),
    "assigned, then ranged, by type": (
        LIST_HEAD + '{{ $posts := where site.RegularPages "Type" "post" }}\n'
        "{{ $posts = $posts.ByDate.Reverse }}\n{{ range first 1 $posts }}<b>{{ .Title }}</b>"
        "{{ end }}\n{{ range after 1 $posts }}<i>{{ .Title }}</i>{{ end }}{{ end }}",
        "layouts/news/list.html",
        True,
    ),
    "the section template of a type the page names": (
        LIST_HEAD + '{{ range (where .Site.Pages "Section" "post").ByDate }}{{ .Title }}'
        "{{ end }}{{ end }}",
        "layouts/section/news.html",
        True,
    ),
    "a count of the posts only": (
        LIST_HEAD + '<p>{{ len (where .Site.RegularPages "Section" "post") }} posts</p>'
        "{{ .Content }}{{ end }}",
        "layouts/news/list.html",
        False,
    ),
    "assigned but never ranged over": (
        LIST_HEAD + '{{ $posts := where .Site.RegularPages "Section" "post" }}'
        "<p>{{ len $posts }} posts</p>{{ end }}",
        "layouts/news/list.html",
        False,
    ),
}


@pytest.mark.parametrize("case", TEMPLATES, ids=list(TEMPLATES))
def test_the_news_list_template_shows_another_section(tmp_path: Path, case: str) -> None:
    template, where, shown = TEMPLATES[case]
    files = {
        "config/_default/hugo.yaml": CONFIG,
        "config/_default/menus.yaml": "main:\n  - name: News\n    url: news\n",
        "content/_index.md": HOME,
        "content/news/_index.md": '---\ntitle: "News"\ntype: "news"\n---\n\nFrom the lab.\n',
        where: template,
        **POSTS,
    }
    site = write(tmp_path / "site", files)
    if not shown:  # the news page is all there is, and it lists nothing: an error
        ran = feeds("list", "--json", "--content", str(site), "--now", NOW)
        assert ran.returncode == 1 and "yields no items" in ran.stderr
        return
    items, ran = listed(site)
    got = sorted(((i["title"], i["start"]) for i in items), key=lambda t: t[1], reverse=True)
    assert got == EXPECTED, ran


BIO = """\
---
title: Ada Gear
role: Lecturer
---

I am a lecturer in gear theory. My interests are listed below.

**Recent news:**

- (Apr-25) New paper [*Gears in the wild*](https://doi.org/10.1000/g1) accepted by Gear Letters.
- (Feb-25) I received the 2024 reviewer award of the Gear Journal.
- (Nov-24) I will be speaking about gears at the Gear Days 2025.

[Click here for older news]({{< ref "news/archive.md" >}})

**Awards:**

- Gear prize (2023).
"""
ARCHIVE = """\
---
title: "News Archive"
---

- (Apr-25) New paper [*Gears in the wild*](https://doi.org/10.1000/g1) accepted by Gear Letters.
- (Feb-25) I received the 2024 reviewer award of the Gear Journal.
- (Nov-24) I will be speaking about gears at the Gear Days 2025.
- (Jun-23) I joined the Cog Group as a postdoc.
"""
ABOUT = '+++\nwidget = "about"\nheadless = true\nactive = ACTIVE\nauthor = "admin"\n+++\n'
# each item as the bio and its archive say it: (words it opens with, month)
NEWS = [
    ("New paper Gears in the wild", "2025-04"),
    ("I received the 2024 reviewer award", "2025-02"),
    ("I will be speaking about gears", "2024-11"),
    ("I joined the Cog Group", "2023-06"),
]


def _academic(root: Path, active: str = "true") -> Path:
    return write(
        root,
        {
            "config.toml": 'title = "Ada Gear"\nbaseURL = "https://ada.example.org/"\n',
            "content/home/index.md": "+++\nheadless = true\n+++\n",
            "content/home/about.md": ABOUT.replace("ACTIVE", active),
            "content/authors/admin/_index.md": BIO,
            "content/news/archive.md": ARCHIVE,
        },
    )


def test_the_about_widget_shows_the_bio_news_and_its_archive(tmp_path: Path) -> None:
    items, ran = listed(_academic(tmp_path / "site"))
    got = [(i["title"], i["start"][:7], i["precision"]) for i in items]
    assert len(got) == len(NEWS), ran
    for (title, start, precision), (words, month) in zip(got, NEWS, strict=True):
        assert title.startswith(words) and (start, precision) == (month, "month")


def test_a_bio_the_homepage_does_not_show_is_no_news(tmp_path: Path) -> None:
    site = _academic(tmp_path / "site", active="false")
    (site / "content/news/archive.md").unlink()  # the bio's news alone
    ran = feeds("list", "--json", "--content", str(site), "--now", NOW)
    assert ran.returncode == 1 and "(Apr-25)" not in ran.stdout, ran.stderr


# (opening of two items, (first item's month, precision)): the two digits are a year only
# when the years the items name allow it, unless the month is joined to them by a hyphen
TWO_DIGITS = {
    "mmm-yy: April 2025, whatever years are named": (
        ("(Apr-25)", "(Mar-25)"),
        ("2025-04", "month"),
    ),
    "spaced, years named against it: a day": (("Apr 25,", "Mar 25,"), (None, None)),
    "mmm-yy, no year named": (("(Apr-25)", "(Mar-25)"), ("2025-04", "month")),
}
WORDS = {
    "mmm-yy: April 2025, whatever years are named": ("Widget Days 2026", "widget prize 2024"),
    "spaced, years named against it: a day": ("Widget Days 2026", "widget prize 2024"),
    "mmm-yy, no year named": ("Widget Days", "widget prize"),
}


@pytest.mark.parametrize("case", TWO_DIGITS, ids=list(TWO_DIGITS))
def test_a_month_joined_to_two_digits_is_its_year(tmp_path: Path, case: str) -> None:
    (first, second), want = TWO_DIGITS[case]
    talk, prize = WORDS[case]
    body = f"## News\n\n- {first} Gave a talk at the {talk}.\n- {second} Won the {prize}.\n"
    items, _ = listed(write(tmp_path / "site", {"index.md": "---\ntitle: Home\n---\n\n" + body}))
    start = items[0]["start"]
    assert (start and start[:7], items[0]["precision"]) == want
