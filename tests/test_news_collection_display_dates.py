"""An al-folio ``_news`` item with ``display_date:`` is dated as the site shows it
(issue 8, c17 cause A).

A site whose news include prints ``{{ item.display_date }}`` (else the ``date:``) shows
``2025年3月`` beside the item: the item is dated by that, at its precision. A value the
date grammar cannot read leaves the ``date:`` standing; a site whose templates never print
the field shows ``date:``, whatever the front matter says.

Every site is written here in our own words; ``feeds list --json`` is read back with
``json``; expectations are written from the input.
"""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main

NOW = "2026-11-26"

SHOWING_INCLUDE = """\
<table>
{% for item in news limit: news_limit %}
  <tr><th>
    {% if item.display_date %}
      {{ item.display_date }}
    {% else %}
      {% include date_format.liquid format='short' date=item.date %}
    {% endif %}
  </th><td>{{ item.content }}</td></tr>
{% endfor %}
</table>
"""
PLAIN_INCLUDE = """\
{% for item in news %}<tr><th>{{ item.date | date: "%b %d, %Y" }}</th>
<td>{{ item.content }}</td></tr>{% endfor %}
"""


def site_with(tmp_path: Path, include: str, news: str) -> Path:
    (tmp_path / "_config.yml").write_text("url: https://me.example.org\n", encoding="utf-8")
    (tmp_path / "_includes").mkdir()
    (tmp_path / "_includes" / "news.liquid").write_text(include, encoding="utf-8")
    (tmp_path / "_pages").mkdir()
    (tmp_path / "_pages" / "about.md").write_text(
        "---\nlayout: about\ntitle: about\nannouncements:\n  enabled: true\n---\n\nHello.\n",
        encoding="utf-8",
    )
    (tmp_path / "_news").mkdir()
    (tmp_path / "_news" / "item.md").write_text(textwrap.dedent(news).lstrip(), "utf-8")
    return tmp_path


def listed(site: Path) -> list[dict]:
    result = CliRunner().invoke(main, ["list", "--json", "--content", str(site), "--now", NOW])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def inline(display: str, body: str, date: str = "2025-03-09 12:00:00+0800") -> str:
    return (
        f"---\nlayout: post\ndate: {date}\ndisplay_date: {display}\ninline: true\n---\n\n{body}\n"
    )


DISPLAYED = [
    (inline("2025年3月", "我们的演示系统获得某研讨会最佳演示奖。"), ("2025-03", "month")),
    (inline("March 2025", "Our demo won the best demo award."), ("2025-03", "month")),
    (inline("Mar. 2025", "Our demo won the best demo award."), ("2025-03", "month")),
    (inline("'2025.03'", "Our demo won the best demo award."), ("2025-03", "month")),
    (inline("Spring 2025", "Taught the widget seminar."), ("2025", "year")),
    (inline("2024", "Joined the widget lab.", "2024-06-30"), ("2024", "year")),
    (inline("2025年2月14日", "论文被某会议接收。"), ("2025-02-14", "day")),
    (  # the shown month stands under a day in the body, as a leading month does
        inline("2025年4月", "I gave a talk at the widget workshop on April 12, 2025."),
        ("2025-04", "month"),
    ),
    (  # a post (not inline): its link is dated as shown too
        "---\nlayout: post\ntitle: Widget prize\ndate: 2023-12-01\n"
        "display_date: 2023年12月\n---\n\nWe won the widget prize.\n",
        ("2023-12", "month"),
    ),
    # what the grammar cannot read: the date: stands, as the template's fallback
    (inline("coming soon", "Our demo won the best demo award."), ("2025-03-09", "day")),
    (inline("''", "Our demo won the best demo award."), ("2025-03-09", "day")),
]


@pytest.mark.parametrize(("news", "expected"), DISPLAYED)
def test_a_shown_display_date_dates_the_item(tmp_path, news, expected):
    (item,) = listed(site_with(tmp_path, SHOWING_INCLUDE, news))
    assert (item["start"], item["precision"]) == expected


def test_a_site_that_never_prints_display_date_shows_the_date(tmp_path):
    news = inline("2025年3月", "我们的演示系统获得某研讨会最佳演示奖。")
    (item,) = listed(site_with(tmp_path, PLAIN_INCLUDE, news))
    assert (item["start"], item["precision"]) == ("2025-03-09", "day")


def test_a_layout_printing_display_date_counts_as_the_include_does(tmp_path):
    site = site_with(tmp_path, PLAIN_INCLUDE, inline("May 2024", "We moved to a new lab."))
    (site / "_layouts").mkdir()
    (site / "_layouts" / "about.liquid").write_text(
        "{% for n in site.news %}<b>{{- n.display_date | default: n.date -}}</b>{% endfor %}\n",
        encoding="utf-8",
    )
    (item,) = listed(site)
    assert (item["start"], item["precision"]) == ("2024-05", "month")
