"""Forms a review of real homepages found leaking into what subscribers see.

Each expectation is written from the input; outputs are read back with feedparser, lxml
and html5lib.
"""

from __future__ import annotations

from pathlib import Path

import feedparser
import html5lib
from click.testing import CliRunner
from lxml import etree

from feeds.cli import main

ATOM = "{http://www.w3.org/2005/Atom}"


def build(folder: Path, *extra: str) -> Path:
    out = folder / "out"
    result = CliRunner().invoke(
        main,
        ["build", "--content", str(folder), "--out", str(out), "--now", "2022-11-10", *extra],
    )
    assert result.exit_code == 0, result.output
    return out


def page(tmp_path: Path, news: str, name: str = "index.md", head: str = "# Me\n\n") -> Path:
    folder = tmp_path / "site"
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(head + news, encoding="utf-8")
    return folder


def test_kramdown_attribute_lists_after_links_never_show(tmp_path):
    folder = page(
        tmp_path,
        '## News\n\n- Gave a [talk](https://x.org/t){:target="\\_blank"} on ODEs at '
        '[a School](https://s.org){:target="_blank"} (Nov 18, 2022)\n{: .news-scroll}\n',
    )
    out = build(folder, "--site-url", "https://me.org/")
    for name in ("feed.xml", "atom.xml", "feed.json", "talks.ics", "subscribe.html"):
        text = (out / name).read_text(encoding="utf-8")
        assert "{:" not in text and "_blank" not in text, name
    (entry,) = feedparser.parse((out / "atom.xml").read_bytes()).entries
    assert entry.title.endswith("Gave a talk on ODEs at a School")


def test_struck_out_text_is_struck_not_raw(tmp_path):
    folder = page(tmp_path, "## News\n\n- ~~Seeking a PhD candidate in learning.~~ (Oct 2022)\n")
    out = build(folder, "--site-url", "https://me.org/")
    (entry,) = feedparser.parse((out / "atom.xml").read_bytes()).entries
    assert "~~" not in entry.title and "Seeking a PhD candidate in learning" in entry.title
    fragment = html5lib.parseFragment(entry.content[0].value, namespaceHTMLElements=False)
    assert [s.text for s in fragment.iter("s")] == ["Seeking a PhD candidate in learning."]


def test_an_attachment_in_parentheses_leaves_the_title(tmp_path):
    folder = page(
        tmp_path,
        "## News\n\n- Invited talk ([slides](https://x.org/s.pdf)) at the Vision Workshop "
        "(Nov 18, 2022)\n",
    )
    out = build(folder, "--site-url", "https://me.org/")
    (entry,) = feedparser.parse((out / "feed.xml").read_bytes()).entries
    assert entry.title.endswith("Invited talk at the Vision Workshop")


def test_atom_names_an_author_even_when_no_setting_does(tmp_path):
    html = (
        "<html><head><title>Ada Lovelace</title></head><body><h2>News</h2>"
        "<ul><li>Gave a talk at MIT (Nov 18, 2022)</li></ul></body></html>"
    )
    folder = page(tmp_path, html, name="index.html", head="")
    out = build(folder, "--site-url", "https://me.org/")
    root = etree.parse(str(out / "atom.xml")).getroot()
    names = [n.text for n in root.findall(f"{ATOM}author/{ATOM}name")]
    assert names == ["Ada Lovelace"]  # RFC 4287: a feed author unless every entry has one
    assert feedparser.parse((out / "feed.xml").read_bytes()).feed.title == "Ada Lovelace — news"


def test_jekyll_name_is_the_author_and_theme_placeholders_are_not_descriptions(tmp_path):
    folder = page(tmp_path, "## News\n\n- Gave a talk at MIT (Nov 18, 2022)\n")
    (folder / "_config.yml").write_text(
        'url: https://me.org\nname: "Grace Hopper"\ndescription: >-\n'
        "  A simple, whitespace theme for academics. Based on [*folio](https://x.org) design.\n",
        encoding="utf-8",
    )
    out = build(folder)
    feed = feedparser.parse((out / "atom.xml").read_bytes()).feed
    assert feed.author == "Grace Hopper"
    assert "whitespace theme" not in (out / "subscribe.html").read_text(encoding="utf-8")
    assert "whitespace theme" not in (out / "feed.xml").read_text(encoding="utf-8")


def test_the_subscribe_page_offers_no_empty_feed_of_one_kind(tmp_path):
    folder = page(tmp_path, "## News\n\n- Gave a talk at MIT (Nov 18, 2022)\n")
    out = build(folder, "--site-url", "https://me.org/")
    tree = html5lib.parse(
        (out / "subscribe.html").read_text(encoding="utf-8"), namespaceHTMLElements=False
    )
    hrefs = {a.get("href") for a in tree.iter("a")}
    assert "https://me.org/talks.xml" in hrefs  # one talk: offered
    assert "https://me.org/papers.xml" not in hrefs  # no paper: not offered
    assert (out / "papers.xml").is_file()  # still published, for readers subscribed already


def test_a_badge_in_an_html_item_is_its_label_not_part_of_its_title(tmp_path):
    folder = page(
        tmp_path,
        '<ul>\n<li><span class="news-date">2022.11</span><span class="news-label">Paper</span>'
        "Sparse Walks is accepted by ICML</li>\n</ul>\n",
        head="# Me\n\n## News\n\n",
    )
    out = build(folder, "--site-url", "https://me.org/")
    (entry,) = feedparser.parse((out / "papers.xml").read_bytes()).entries
    assert entry.title == "Paper: Sparse Walks is accepted by ICML"
    assert [t.term for t in entry.tags] == ["Paper"]
