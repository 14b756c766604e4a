"""Hostile content: what readers render is sanitised, plain text stays text, and characters
no output may carry never reach a writer. Checked on the built files with html5lib,
lxml, feedparser, json and icalendar, never with our own helpers."""

from __future__ import annotations

import json
from pathlib import Path

import feedparser
import html5lib
import pytest
from click.testing import CliRunner
from icalendar import Calendar
from lxml import etree

from feeds.cli import main
from feeds.parse.markdown import safe_html, safe_url, strip_tags
from feeds.text import clean_text

from .output_safety import (
    CONTENT_NS,
    active_parts,
    assert_outputs_parse,
    html_payloads,
    unsafe_outputs,
)

NOW = "2022-11-10"
TALK = "- **Talk** at Rice {} (Nov 18, 2022)\n"


def build(site: Path, out: Path):
    return CliRunner().invoke(
        main, ["build", "--content", str(site), "--out", str(out), "--now", NOW, "-q"]
    )


def built(make_site, tmp_path: Path, news: str, config: str = "") -> Path:
    out = tmp_path / "out"
    result = build(make_site(news, config), out)
    assert result.exit_code == 0, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert_outputs_parse(out)
    return out


ATTACKS = {
    "quoted >": '<img src="a>" onerror="alert(1)">',
    "quoted > unquoted handler": '<img src="a>" onerror=alert(1)>',
    "entity j": '<a href="&#106;avascript:alert(1)">x</a>',
    "hex entity": '<a href="&#x6A;avascript:alert(1)">x</a>',
    "entity colon": '<a href="javascript&colon;alert(1)">x</a>',
    "entity tab": '<a href="java&Tab;script:alert(1)">x</a>',
    "newline": '<a href="java\nscript:alert(1)">x</a>',
    "leading space": '<a href=" javascript:alert(1)">x</a>',
    "mixed case": '<a href="JaVaScRiPt:alert(1)">x</a>',
    "vbscript": '<a href="vbscript:msgbox(1)">x</a>',
    "data svg link": '<a href="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">x</a>',
    "data svg image": '<img src="data:image/svg+xml,&lt;svg onload=alert(1)&gt;">',
    "data html": '<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">x</a>',
    "script": "<script>alert(1)</script>",
    "svg onload": "<svg onload=alert(1)></svg>",
    "iframe": '<iframe src="javascript:alert(1)"></iframe>',
    "math href": '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    "form": '<form action="javascript:alert(1)"><button>go</button></form>',
    "object": '<object data="javascript:alert(1)"></object>',
    "style element": "<style>body{display:none}</style>",
    "style attribute": '<div style="position:fixed;top:0;left:0">x</div>',
    "handler on allowed tag": '<b onmouseover="alert(1)">x</b>',
    "comment": "<!-- <script>alert(1)</script> -->",
    "unclosed tag eats item": '<a href="https://x.org" onclick="alert(1)"',
    "markdown link": "[x](javascript:alert(1))",
    "markdown link with tab": "[x](<java\tscript:alert(1)>)",
    "autolink": "<javascript:alert(1)>",
    "markdown image data": "![x](data:image/svg+xml;base64,PHN2Zz4=)",
    "base": '<base href="javascript:alert(1)//">',
    "markdown data:image/png link": "[x](data:image/png;base64,AAAA)",
    "autolink data:image/png": "<data:image/png;base64,AAAA>",
}


@pytest.mark.parametrize("attack", ATTACKS.values(), ids=ATTACKS.keys())
def test_attack_is_inert_in_every_output(make_site, tmp_path, attack):
    out = built(make_site, tmp_path, TALK.format(attack) + TALK.format("again"))
    assert unsafe_outputs(out) == []
    payloads = html_payloads(out)  # they were looked at
    assert all(len(payloads[name]) >= 2 for name in ("feed.xml", "atom.xml", "feed.json"))


@pytest.mark.parametrize("attack", ATTACKS.values(), ids=ATTACKS.keys())
def test_safe_html_leaves_nothing_active(attack):
    assert active_parts(safe_html(attack)) == []


def test_harmless_formatting_passes(make_site, tmp_path):
    out = built(
        make_site,
        tmp_path,
        TALK.format(
            '<b>bold</b> <a href="https://x.org/p" title="T">link</a> '
            '<span style="color:red"><em>new</em></span> <a href="/rel">r</a> '
            '<a href="mailto:me@example.org">m</a> <img src="pic.png" alt="P"> <sup>2</sup>'
        ),
    )
    root = etree.parse(str(out / "feed.xml")).getroot()
    html = root.find("channel/item").find(CONTENT_NS).text
    tree = html5lib.parseFragment(html, treebuilder="etree", namespaceHTMLElements=False)
    tags = [el.tag for el in tree.iter() if isinstance(el.tag, str)]
    assert {"b", "a", "span", "em", "img", "sup"} <= set(tags)
    links = {el.get("href") for el in tree.iter("a")}
    assert {"https://x.org/p", "/rel", "mailto:me@example.org"} <= links
    assert tree.find(".//a[@href='https://x.org/p']").get("title") == "T"
    assert tree.find(".//span").get("style") is None  # style is dropped
    assert tree.find(".//img").get("alt") == "P"


def test_markup_in_a_code_span_is_text_in_the_rss_description(make_site, tmp_path):
    out = built(make_site, tmp_path, TALK.format("on `<b>bold</b>` for CS&E"))
    root = etree.parse(str(out / "feed.xml")).getroot()
    description = root.find("channel/item/description").text
    assert "`" not in description and "CS&amp;E" in description  # HTML text once parsed
    assert "&lt;b&gt;bold&lt;/b&gt;" in description
    for html in (description, feedparser.parse(str(out / "feed.xml")).entries[0].summary):
        tree = html5lib.parseFragment(html, treebuilder="etree", namespaceHTMLElements=False)
        assert [el.tag for el in tree.iter() if isinstance(el.tag, str)] == ["DOCUMENT_FRAGMENT"]
        text = "".join(tree.itertext())
        assert "<b>bold</b>" in text and "CS&E" in text


BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
CONTROLS = ["\x01", "\x08", "\x0b", "\x0c", "\x1b", "\x7f", "\x85", "\ufffe", "\uffff"]


@pytest.mark.parametrize("char", BIDI + CONTROLS, ids=lambda c: f"U+{ord(c):04X}")
def test_bidi_and_control_characters_never_reach_an_output(make_site, tmp_path, char):
    out = built(
        make_site,
        tmp_path,
        f"- **Talk** at evil{char}gpj.exe on x{char}y (Nov 18, 2022)\n",
    )
    for path in (p for p in out.rglob("*") if p.is_file()):
        text = path.read_bytes().decode("utf-8")
        assert char not in text, path.name
    feed = json.loads((out / "feed.json").read_text(encoding="utf-8"))
    assert feed["items"][0]["title"].lower() == "talk: evilgpj.exe on xy"


@pytest.mark.parametrize("char", BIDI + CONTROLS + ["\ud800", "\udfff"], ids=ascii)
def test_clean_text_drops_the_character(char):
    assert clean_text(f"a{char}b\tc\nd") == "ab\tc\nd"
    assert clean_text("a\r\nb\rc") == "a\nb\nc"


def test_strip_tags_reads_html_as_a_browser(tmp_path):
    assert strip_tags('<img src="a>" onerror=alert(1)>A &amp; B') == "A & B"
    assert strip_tags("x<script>alert(1)</script><!-- c -->y") == "xy"


def test_safe_url_reads_the_scheme_as_a_browser_does():
    # browsers drop controls and spaces from a URL's scheme: "ht\ttps:" is https, kept;
    # "java\nscript:" is javascript, refused (links from Markdown come percent-encoded)
    kept = ("ht\ttps://example.org/a.pdf", " mailto:ana@example.org", "slides/talk.pdf")
    refused = ("java\nscript:alert(1)", "\x01javascript:x", "data:text/html,x")
    assert [safe_url(url) for url in kept] == [True, True, True]
    assert [safe_url(url) for url in refused] == [False, False, False]


def test_lone_surrogates_in_the_arxiv_cache_do_not_crash_a_writer(make_site, tmp_path):
    ident = "2101.00001"
    site = make_site(
        f"- **Paper** [out](https://arxiv.org/abs/{ident}) (Nov 1, 2022)\n"
        f"- **Talk** on [arXiv:{ident}](https://arxiv.org/abs/{ident}) (Nov 18, 2022)\n"
    )
    entry = {
        "title": "Bad \ud800 title \u202e",
        "authors": [{"name": "Ada \udfff Lovelace", "affiliations": []}],
        "abstract": "An abstract\x01 with \ud800 junk.",
        "categories": ["cs.LG\ud800"],
        "primary_category": "cs.LG",
        "published": "2021-01-01T00:00:00Z",
        "updated": "2021-01-01T00:00:00Z",
        "version": 1,
        "doi": None,
        "journal_ref": None,
        "comment": None,
        "abs_url": f"https://arxiv.org/abs/{ident}v1",
        "pdf_url": "javascript:alert(1)",
        "fetched": "2022-01-01T00:00:00Z",
    }
    # ensure_ascii keeps the lone surrogates as \ud800 escapes: valid JSON, valid UTF-8
    (site / "arxiv.json").write_text(json.dumps({ident: entry}), encoding="utf-8")
    out = tmp_path / "out"
    result = build(site, out)
    assert result.exit_code == 0, result.output
    assert_outputs_parse(out)
    assert unsafe_outputs(out) == []
    items = json.loads((out / "feed.json").read_text(encoding="utf-8"))["items"]
    assert [item["title"] for item in items] == ["Talk: Bad title", "Paper: Bad title"]
    assert "Ada  Lovelace" in items[1]["content_html"]  # the surrogate dropped
    (talk,) = Calendar.from_ical((out / "talks.ics").read_bytes()).walk("VEVENT")
    assert str(talk["SUMMARY"]) == "Bad title"
    for path in (p for p in out.rglob("*") if p.is_file()):
        text = path.read_bytes().decode("utf-8")
        assert "\u202e" not in text and "\x01" not in text, path.name


def test_browser_preview_shows_the_rss_description_as_text(make_site, tmp_path):
    out = built(make_site, tmp_path, TALK.format("on `<b>bold</b>` for CS&E &amp;lt; 1"))
    transform = etree.XSLT(etree.parse(str(out / "feed.xsl")))
    page = str(transform(etree.parse(str(out / "feed.xml"))))
    tree = html5lib.parse(page, treebuilder="etree", namespaceHTMLElements=False)
    (item,) = tree.iter("li")
    assert item.find("p").findall("*") == []
    assert "on <b>bold</b> for CS&E &lt; 1" in "".join(item.find("p").itertext())
