"""A Hugo landing page (``content/_index.html`` or ``_index.md``) that shows the news
through a shortcode call (``{{< news >}}``) whose template ranges over
``data/news.yaml``: that data file is the news, whether the theme is in the repository
or not; when the landing page (``_index.md``) lists news of its own too, both are the
news. The data file may group plain lines under the day (or month) they are shown under.
Sites written for these tests; items read back from ``feeds list --json``."""

from __future__ import annotations

from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import listed, write

CONFIG = 'baseURL = "https://bo.example.org/"\ntitle = "Bo"\ntheme = "Plain"\n'
LANDING_HTML = '<div class="intro"><p>I study bridges.</p></div>\n<h2>News</h2>\n{{< news >}}\n'
DAY_GROUPS = """
- date: "March 03, 2026"
  items:
    - "Our paper on cable damping was accepted to the Journal of Example Structures."
- date: "Nov 20, 2025"
  items:
    - "Gave a talk on cable damping at the Bridge Forum in Oslo."
    - "Our group moved to a new building."
"""
DAY_LOOP = (
    '<div class="news">{{ range site.Data.news }}<div class="when">{{ .date }}</div>'
    "{{ range .items }}<p>{{ . | safeHTML }}</p>{{ end }}{{ end }}</div>"
)
EXPECTED_DAYS = [
    ("Our paper on cable damping was accepted to the Journal of Example Structures",
     "2026-03-03", "day", 3),
    ("Gave a talk on cable damping at the Bridge Forum in Oslo", "2025-11-20", "day", 6),
    ("Our group moved to a new building", "2025-11-20", "day", 7),
]  # fmt: skip

# files (path → text) beside hugo.toml and data/news.yaml
SHORTCODE_SITES = {
    "_index.html, the site's shortcode, the theme absent": {
        "content/_index.html": LANDING_HTML,
        "layouts/shortcodes/news.html": DAY_LOOP,
    },
    "_index.md, the theme's shortcode, % delimiters": {
        "content/_index.md": "---\ntitle: Home\n---\nHello.\n\n## Recent\n\n{{% news %}}\n",
        "themes/Plain/layouts/shortcodes/news.html": DAY_LOOP,
        "themes/Plain/layouts/index.html": "{{ .Content }}",
    },
    "_shortcodes folder, the loop in a partial, .Site.Data": {
        "content/_index.html": LANDING_HTML.replace("news", "home-news"),
        "layouts/_shortcodes/home-news.html": '{{ partial "news-rows.html" . }}',
        "layouts/partials/news-rows.html": DAY_LOOP.replace("site.Data", ".Site.Data"),
    },
}


@pytest.mark.parametrize("case", SHORTCODE_SITES)
def test_a_shortcode_of_the_landing_page_shows_the_news_data(tmp_path: Path, case: str) -> None:
    files = {"hugo.toml": CONFIG, "data/news.yaml": DAY_GROUPS, **SHORTCODE_SITES[case]}
    items, _ = listed(write(tmp_path / "site", files))
    assert [(i["title"], i["start"], i["precision"], i["line"]) for i in items] == EXPECTED_DAYS
    assert [i["type"] for i in items][:2] == ["paper", "talk"]


NOT_SHOWN = {
    "the shortcode ranges over another data file": {
        "content/_index.html": LANDING_HTML,
        "layouts/shortcodes/news.html": DAY_LOOP.replace("Data.news", "Data.projects"),
        "themes/Plain/layouts/index.html": "{{ .Content }}",  # the theme is here
    },
    "the shortcode is never called in the landing page": {
        "content/_index.html": "<p>I study bridges.</p>\n",
        "layouts/shortcodes/news.html": DAY_LOOP,
    },
}


@pytest.mark.parametrize("case", NOT_SHOWN)
def test_news_data_no_shortcode_of_the_landing_page_shows_is_not_read(
    tmp_path: Path, case: str
) -> None:
    files = {"hugo.toml": CONFIG, "data/news.yaml": DAY_GROUPS, **NOT_SHOWN[case]}
    ran = feeds("list", "--json", "--content", str(write(tmp_path / "site", files)))
    assert ran.returncode == 1 and "Traceback" not in ran.stderr
    assert "no homepage found" in ran.stderr


GROUPED_LINES = {
    "plain lines under a day": (DAY_GROUPS, EXPECTED_DAYS),
    "plain lines under a month": (
        '- month: "June 2027"\n  items:\n    - "Passed my qualifying examination."\n',
        [("Passed my qualifying examination", "2027-06", "month", 3)],
    ),
    "a line with its own date keeps it": (
        '- date: "June 2027"\n  items:\n    - "May 30, 2027: Passed my qualifying examination."\n',
        [("Passed my qualifying examination", "2027-05-30", "day", 3)],
    ),
}


@pytest.mark.parametrize("case", GROUPED_LINES)
def test_lines_grouped_under_a_date_take_it(tmp_path: Path, case: str) -> None:
    data, expected = GROUPED_LINES[case]
    site = write(tmp_path / "site", {"_data/news.yml": data})
    items, _ = listed(site / "_data" / "news.yml")
    assert [(i["title"], i["start"], i["precision"], i["line"]) for i in items] == expected


PLAIN_LOOP = "{{ range site.Data.news }}<p>{{ .date }}: {{ .text }}</p>{{ end }}"
PLAIN_DATA = (
    '- date: "2025-11-20"\n  text: "Gave a talk on cable damping at the Bridge Forum."\n'
    '- date: "2025-06-02"\n  text: "Our group moved to a new building."\n'
)
OWN = "- **2026-03-03**: Our paper on cable damping was accepted.\n- **2026-01-10**: Ana joined.\n"
BOTH = [
    ("Our paper on cable damping was accepted", "2026-03-03", 9),
    ("Ana joined", "2026-01-10", 10),
    ("Gave a talk on cable damping at the Bridge Forum", "2025-11-20", 1),
    ("Our group moved to a new building", "2025-06-02", 3),
]

# the landing page (path, text) → (title, start, line) of each item
OWN_AND_SHORTCODE = {
    "_index.md, the call under a heading of its own": (
        "content/_index.md",
        f"---\ntitle: Home\n---\n\nI study bridges.\n\n## News\n\n{OWN}\n### Earlier\n\n"
        "{{< news >}}\n",
        BOTH,
    ),
    "_index.md, the call right after the list": (
        "content/_index.md",
        f"---\ntitle: Home\n---\n\nI study bridges.\n\n## News\n\n{OWN}\n{{{{< news >}}}}\n",
        BOTH,
    ),
    "a Hugo Blox page: a news block of its own, the call in another block": (
        "content/_index.md",
        "---\ntitle: Home\ntype: landing\nsections:\n  - block: markdown\n    content:\n"
        "      title: News\n      text: |-\n"
        "        - **2026-03-03**: Our paper on cable damping was accepted.\n"
        "        - **2026-01-10**: Ana joined.\n"
        "  - block: markdown\n    content:\n      title: Earlier\n"
        "      text: '{{< news >}}'\n---\n",
        BOTH,  # the block's list on lines 9-10, as in the Markdown pages above
    ),
    "a Hugo Blox page whose news block holds only the call: the data alone": (
        "content/_index.md",
        "---\ntitle: Home\ntype: landing\nsections:\n  - block: markdown\n    content:\n"
        "      title: News\n      text: '{{< news >}}'\n---\n",
        BOTH[2:],
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", OWN_AND_SHORTCODE)
def test_a_landing_page_with_news_of_its_own_and_the_shortcode_shows_both(
    tmp_path: Path, case: str
) -> None:
    name, landing, expected = OWN_AND_SHORTCODE[case]
    files = {
        "hugo.toml": CONFIG,
        "data/news.yaml": PLAIN_DATA,
        "layouts/shortcodes/news.html": PLAIN_LOOP,
        name: landing,
    }
    items, _ = listed(write(tmp_path / "site", files))
    assert [(i["title"], i["start"], i["line"]) for i in items] == expected
