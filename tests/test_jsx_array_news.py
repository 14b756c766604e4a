"""A Gatsby or Next page (``src/pages/index.js``) that keeps its news as an array literal
in the same file and maps it under a news heading (issue 8, session 21): each object is
one item, a JSX fragment's words read as HTML, ``link`` a link of the item; an array
that is no plain literal is refused with the existing one-line message. Sites written
here in our own words, read back as JSON by the command line."""

# ruff: noqa: E501  (the pages are written as people write them, long lines kept)
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.cli import main

from .site_listing import listed, opened, write

SITE = "https://cosmo.example.org/"
CONFIG = {"gatsby-config.js": 'module.exports = { siteMetadata: { title: "Cosmo" } };\n'}

BRIEF_FORM = """\
import * as React from "react";
import Layout from "../components/layout";

const newsItems = [
  {
    date: "2026-04-08",
    text: <><a href="/people#ana">Ana</a> joins the group to work on lensing.</>,
  },
  { date: "2026-03", text: <>Our paper on voids was{" "}submitted to arXiv.</>, link: "https://arxiv.org/abs/2603.00001" },
];

export default function IndexPage() {
  return (
    <Layout>
      <h1>Example Cosmology Group</h1>
      <h2>Recent News</h2>
      <ul className="news">
        {newsItems.map((item) => (
          <li key={item.date}><strong>{item.date}</strong><p>{item.text}</p></li>
        ))}
      </ul>
    </Layout>
  );
}
"""
ARROW_FORM = """\
import React from 'react'

// the latest first
export const news = [
  { date: '2026-04-08', title: 'Ana joins the group to work on lensing', },
  { date: '2026-03', title: 'Our paper on voids was submitted to arXiv', url: 'https://arxiv.org/abs/2603.00001' },
  { date: '2025-01', title: 'An older item the page does not show' },
]

const Home = () => (
  <main>
    <h2>News</h2>
    <div className="news-list">
      {news.slice(0, 2).map((n, i) => (
        <div key={i} className="news-row"><span>{n.date}</span> {n.title}</div>
      ))}
    </div>
  </main>
)

export default Home
"""
TSX_FORM = """\
type Update = { when: string; description: JSX.Element };

const updates: Update[] = [
  { when: "April 2026", description: <span className="who">Ana joins the group to work on lensing.</span> },
  /* submitted */
  { when: "March 2026", description: <>Our paper on voids was submitted to <a href="https://arxiv.org/abs/2603.00001">arXiv</a>.</> },
];

export default function Page() {
  return (
    <>
      <h2>Latest news</h2>
      <ol>{updates.map((u) => <li>{u.when}: {u.description}</li>)}</ol>
    </>
  );
}
"""
EXPECTED = [
    ("Ana joins the group to work on lensing", "2026-04-08"),
    ("Our paper on voids was submitted to arXiv", "2026-03"),
]
FORMS = {
    "brief form, src/pages/index.js": ("src/pages/index.js", BRIEF_FORM, EXPECTED),
    "arrow component, slice, div rows": ("src/pages/index.jsx", ARROW_FORM, EXPECTED),
    "typed tsx, comment, ol": (
        "src/pages/index.tsx",
        TSX_FORM,
        [EXPECTED[0][:1] + ("2026-04",), EXPECTED[1]],
    ),
}


@pytest.mark.parametrize(("name", "page", "expected"), FORMS.values(), ids=FORMS.keys())
def test_a_react_page_maps_its_own_array_of_news(
    tmp_path: Path, name: str, page: str, expected: list[tuple[str, str]]
) -> None:
    site = write(tmp_path, {**CONFIG, name: page})
    assert opened(listed(site, SITE), expected), listed(site, SITE)


def test_the_item_link_is_kept(tmp_path: Path) -> None:
    site = write(tmp_path, {**CONFIG, "src/pages/index.js": BRIEF_FORM})
    result = CliRunner().invoke(
        main, ["list", "--json", "--content", str(site), "--now", "2026-11-26", "-q"]
    )
    assert result.exit_code == 0, result.output
    items = {item["start"]: item for item in json.loads(result.stdout)}
    urls = {link["url"] for link in items["2026-03"]["links"]}
    assert "https://arxiv.org/abs/2603.00001" in urls
    assert any(link["url"].endswith("/people#ana") for link in items["2026-04-08"]["links"])


NOT_LITERAL = {
    "an expression in a fragment": ("joins the group", "joins the {group}"),
    "a variable as a value": ('date: "2026-03"', "date: latest"),
    "a call": ("text: <>Our paper", "text: paper(), x: <>Our paper"),
}


@pytest.mark.parametrize(("old", "new"), NOT_LITERAL.values(), ids=NOT_LITERAL.keys())
def test_an_array_that_is_no_plain_literal_is_refused_in_one_line(
    tmp_path: Path, old: str, new: str
) -> None:
    site = write(tmp_path, {**CONFIG, "src/pages/index.js": BRIEF_FORM.replace(old, new, 1)})
    result = CliRunner().invoke(
        main, ["list", "--json", "--content", str(site), "--now", "2026-11-26", "-q"]
    )
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.output.strip().count("\n") <= 1, result.output
