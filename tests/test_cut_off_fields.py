"""A data file's visibility cut-off is never an entry's date (:mod:`feeds.inputs.loop_fields`):
a loop that shows each announcement only until it expires compares a field with now
(``{% capture expires %}{{ item.expires | date: '%s' }}{% endcapture %}{% if expires >
nowunix %}``); that field (``expires``, ``expiry``, ``show_until``, or any field piped
through ``date: '%s'``) is not the date the loop shows. Run as a user runs ``feeds``;
expectations written from the input."""

from __future__ import annotations

from pathlib import Path

import pytest

from .hugo_sites import listed, summary, write

PAGE = """\
---
layout: page
title: Announcements
---

<h3>Announcements</h3>
{{% for item in site.data.announcements %}}
{{% capture nowunix %}}{{{{'now' | date: '%s'}}}}{{% endcapture %}}
{{% capture cut %}}{{{{ item.{cut} | date: '%s'}}}}{{% endcapture %}}
{{% if cut > nowunix %}}
<div><p class="when">{{{{ item.{when} | date: "%B %Y" }}}}</p>
<p><a href="{{{{ item.url }}}}">{{{{ item.name }}}}</a></p></div>
{{% endif %}}
{{% endfor %}}
"""
DATA = """\
- {cut}: 2027-01-31
  {when}: 2026-10-05
  name: Our autumn newsletter is out, with the workshop report
  url: https://example.org/autumn
- {cut}: 2026-12-15
  {when}: 2026-06-20
  name: Registration for the summer school on solvers opens
  url: https://example.org/school
"""
EXPECTED = [
    ("Our autumn newsletter is out, with the workshop report", "2026-10", "month"),
    ("Registration for the summer school on solvers opens", "2026-06", "month"),
]


@pytest.mark.parametrize(
    ("cut", "when"),
    [("expires", "posted"), ("expiry", "published_on"), ("show_until", "day"), ("closes", "sent")],
)
def test_the_cut_off_is_not_the_date(tmp_path: Path, cut: str, when: str) -> None:
    site = write(
        tmp_path,
        {
            "_config.yml": "title: Project\n",
            "_data/announcements.yml": DATA.format(cut=cut, when=when),
            "index.md": PAGE.format(cut=cut, when=when),
        },
    )
    items, _ = listed(site)
    assert [row[:3] for row in summary(items)] == EXPECTED
