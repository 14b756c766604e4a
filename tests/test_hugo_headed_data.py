"""A Hugo template that shows a data file of another name than ``news`` under a news
heading (:mod:`feeds.inputs.hugo_headed_data`): a site's own partial (overriding a theme
that is not in the repository) ranges over ``site.Data.updates`` below "<h2>Updates!</h2>".
That file is the news; a data file no template shows under such a heading is not.
Expectations are written from the input, read back from ``feeds list --json``."""

from __future__ import annotations

from pathlib import Path

import pytest

from .hugo_sites import listed, summary, write

CONFIG = 'baseURL: "https://ana.example.org/"\ntitle: "Ana"\ntheme: "SomeTheme"\n'
HOME = "---\ntitle: Ana\n---\n# About me\n\nI build compilers for small boards.\n"
UPDATES = """\
- date: 2026-03-02
  text: "Started a new job as a toolchain engineer at Example Corp!"
- date: 2025-09-15
  text: "Our paper on register allocation was accepted at the Example Conference."
"""
PARTIAL = """\
<div class="right">
  {{{{ $.Content }}}}
  <div class="news-section">
    <h2>{heading}</h2>
    <div class="news-content">
      {{{{- range {data} }}}}
      <span class="news-date">{{{{ .date | time.Format "Jan 2006" }}}}</span>
      <span class="news-text">{{{{ .text | markdownify }}}}</span>
      {{{{ end }}}}
    </div>
  </div>
</div>
"""
SHOWN = [
    ("Started a new job as a toolchain engineer at Example Corp", "2026-03", "month", "position"),
    (
        "Our paper on register allocation was accepted at the Example Conference",
        "2025-09",
        "month",
        "paper",
    ),
]


OWN = ("Gave a talk at the Example Meetup", "2024-01-05", "day", "talk")
HOME_NEWS = HOME + "\n## News\n\n- 2024-01-05: Gave a talk at the Example Meetup.\n"


@pytest.mark.parametrize(
    ("heading", "data", "expected"),
    [
        ("Updates!", "site.Data.updates", [OWN, *SHOWN]),
        ("Recent updates", ".Site.Data.updates", [OWN, *SHOWN]),
        ("<span>Announcements</span>", "$.Site.Data.updates", [OWN, *SHOWN]),
        ("Skills", "site.Data.updates", [OWN]),  # not a news heading: not news
        ("Updates!", "first 1 site.Data.updates", [OWN, SHOWN[0]]),  # the first one only
    ],
)
def test_data_file_under_a_news_heading(tmp_path: Path, heading, data, expected) -> None:
    write(
        tmp_path,
        {
            "config.yaml": CONFIG,
            "content/_index.md": HOME_NEWS,
            "data/updates.yaml": UPDATES,
            "layouts/partials/index_profile.html": PARTIAL.format(heading=heading, data=data),
        },
    )
    items, _ = listed(tmp_path)
    assert summary(items) == expected


def test_a_data_file_no_template_shows_is_not_news(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            "config.yaml": CONFIG,
            "content/_index.md": HOME_NEWS,
            "data/updates.yaml": UPDATES,
            "layouts/partials/footer.html": "<footer>{{ site.Title }}</footer>\n",
        },
    )
    items, _ = listed(tmp_path)
    assert [i["start"] for i in items] == ["2024-01-05"]
