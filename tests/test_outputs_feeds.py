"""RSS, Atom and per-kind Atom feeds: valid, complete, styled for browsers, deterministic."""

from __future__ import annotations

import html
from pathlib import Path

import feedparser
import pytest
from lxml import etree

from feeds.build import BuildResult, build, load_site
from feeds.kinds import kind_matches
from feeds.render import atom as atom_module
from feeds.render import outputs
from feeds.render import rss as rss_module
from feeds.render.xsl import stylesheet

from .conftest import CONTENT, TODAY, Tags, absolute, sample_paper

XML_FEEDS = ["feed.xml", "atom.xml", "talks.xml", "papers.xml"]
NS = {
    "atom": "http://www.w3.org/2005/Atom",
    "content": "http://purl.org/rss/1.0/modules/content/",
    "dc": "http://purl.org/dc/elements/1.1/",
}


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    out = tmp_path_factory.mktemp("out")
    return build(CONTENT, out, today=TODAY, overrides={"offline": True})


@pytest.mark.parametrize("name", XML_FEEDS)
def test_feed_is_well_formed_and_valid(built: BuildResult, name: str) -> None:
    parsed = feedparser.parse((built.out_dir / name).read_bytes())
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    assert parsed.version == ("rss20" if name == "feed.xml" else "atom10")
    assert parsed.entries
    assert parsed.feed.title.startswith(built.site.title)


@pytest.mark.parametrize("name", XML_FEEDS)
def test_feed_links_the_stylesheet(built: BuildResult, name: str) -> None:
    doc = etree.parse(str(built.out_dir / name))
    pis = list(doc.getroot().itersiblings(preceding=True))[::-1]
    pi = pis[0]  # the first stylesheet is the one XSLT-capable browsers apply
    assert isinstance(pi, etree._ProcessingInstruction)
    assert pi.target == "xml-stylesheet"
    assert pi.get("type") == "text/xsl"
    assert pi.get("href") == "feed.xsl"  # relative: same origin wherever output/ is served
    assert (built.out_dir / pi.get("href")).is_file()


def test_rss_has_full_content_and_plain_description(built: BuildResult) -> None:
    root = etree.parse(str(built.out_dir / "feed.xml")).getroot()
    items = root.findall("channel/item")
    events = {e.id: e for e in built.site.events}
    assert len(items) == len(events)
    for item in items:
        description = item.findtext("description")
        content = item.findtext("content:encoded", namespaces=NS)
        assert description and content
        assert Tags(description).tags == [], description
        assert len(description) <= 280
        assert item.findtext("guid") in events
        # the whole item as HTML: its text is the description's, untruncated
        text = "".join(etree.fromstring(f"<div>{content}</div>", etree.HTMLParser()).itertext())
        plain = html.unescape(description).removesuffix("…").strip()  # HTML text
        assert " ".join(text.split()).startswith(plain)
    ipam = next(
        i for i in items if (i.findtext("title") or "").startswith("Talk: IPAM workshop")
    )  # content/index.md line 60, written out here
    content = ipam.findtext("content:encoded", namespaces=NS)
    assert Tags(content).hrefs == [
        "http://www.ipam.ucla.edu/programs/workshops/workshop-i-diffractive-imaging-with-"
        "phase-retrieval/?tab=overview",
        "http://sunju.org/talks/2022-Oct-IPAM-PR-WS.pdf",
        "https://youtu.be/y4sdeFDuu6M",
    ]
    assert Tags(content).tags[0] == "strong"
    parsed = feedparser.parse((built.out_dir / "feed.xml").read_bytes())
    first = parsed.entries[0]
    assert first.content[0].type == "text/html"
    assert "<strong>Talk</strong>" in first.content[0].value


def test_atom_has_summary_and_content(built: BuildResult) -> None:
    parsed = feedparser.parse((built.out_dir / "atom.xml").read_bytes())
    for entry in parsed.entries:
        assert entry.summary_detail.type == "text/plain"
        assert Tags(entry.summary).tags == []
        assert entry.content[0].type == "text/html"
        assert entry.content[0].value


def test_atom_entry_links_keep_their_attributes(built: BuildResult) -> None:
    """feedgen drops rel/type/title of entry links (its issue #135); we put them back."""
    root = etree.parse(str(built.out_dir / "atom.xml")).getroot()
    for entry in root.findall("atom:entry", NS):
        links = entry.findall("atom:link", NS)
        assert [link.get("rel") for link in links][:1] == ["alternate"]
        assert all(link.get("rel") in ("alternate", "related") for link in links)
    ipam = next(
        e
        for e in feedparser.parse((built.out_dir / "atom.xml").read_bytes()).entries
        if "IPAM" in e.title
    )
    related = {link.title: link.href for link in ipam.links if link.rel == "related"}
    assert related["Slides"] == "http://sunju.org/talks/2022-Oct-IPAM-PR-WS.pdf"
    assert related["Video"] == "https://youtu.be/y4sdeFDuu6M"


@pytest.mark.parametrize("name", XML_FEEDS)
def test_every_url_is_absolute(built: BuildResult, name: str) -> None:
    parsed = feedparser.parse((built.out_dir / name).read_bytes())
    urls = [parsed.feed.link] + [link.href for link in parsed.feed.links]
    for entry in parsed.entries:
        urls += [entry.link] + [link.href for link in entry.links]
        urls += Tags(entry.content[0].value).hrefs
    assert urls and all(absolute(u) for u in urls), [u for u in urls if not absolute(u)]


def test_kind_feeds_hold_their_kind_only(built: BuildResult) -> None:
    events = built.site.events
    expect = {"talks.xml": {"Talk"}, "papers.xml": {"Paper release"}}
    ids = set()
    for name, kinds in expect.items():
        parsed = feedparser.parse((built.out_dir / name).read_bytes())
        assert {t.term for e in parsed.entries for t in e.tags} == kinds
        assert len(parsed.entries) == sum(e.kind in kinds for e in events)
        assert parsed.feed.id == f"http://sunju.org/{name}"
        ids.add(parsed.feed.id)
    assert feedparser.parse((built.out_dir / "atom.xml").read_bytes()).feed.id not in ids


@pytest.mark.parametrize(
    ("kind_slug", "kind", "match"),
    [
        ("paper-release", "paper", True),
        ("paper-release", "Papers", True),
        ("papers", "paper", True),
        ("talk", "talk", True),
        ("talks", "Talk", True),
        ("talk-video", "talk", True),
        ("invited-talk", "talk", True),
        ("keynote-talk", "Talk", True),
        ("talking-points", "talk", False),
        ("invited-talk", "invited talk", True),
        ("talk", "invited talk", False),
        ("talkative", "talk", False),
        ("paper-release", "Paper release", True),
        ("news", "news", True),
        ("service", "talk", False),
    ],
)
def test_kind_matches(kind_slug: str, kind: str, match: bool) -> None:
    assert kind_matches(kind_slug, kind) is match


def test_kind_feeds_follow_the_setting() -> None:
    kinds = ["talks", "Talk", "Paper release", "service"]
    site = load_site(CONTENT, today=TODAY, overrides={"kind_feeds": kinds})
    kind = {o.name: o.options for o in outputs(site) if o.options.get("kind")}
    assert list(kind) == ["talks.xml", "paper-releases.xml", "services.xml"]
    assert kind["talks.xml"]["name"] == "talks.xml"
    feed = feedparser.parse(atom_module.render(site, **kind["services.xml"]))
    assert feed.bozo == 0
    assert {t.term for e in feed.entries for t in e.tags} == {"Service"}


def test_arxiv_papers_enrich_rss_and_atom() -> None:
    site = load_site(CONTENT, today=TODAY)
    event = next(e for e in site.events if "2211.00799" in e.arxiv)
    event.papers = [sample_paper()]
    atom = feedparser.parse(atom_module.render(site))
    entry = next(e for e in atom.entries if e.id == event.id)
    assert [a.name for a in entry.authors] == ["Ada Lovelace", "Alan Turing"]
    assert {"eess.IV", "cs.CV"} <= {t.term for t in entry.tags}
    assert "We retrieve ℓp phases &lt;fast&gt;." in entry.content[0].value
    assert any(link.href == "https://arxiv.org/pdf/2211.00799v1" for link in entry.links)
    rss = etree.fromstring(rss_module.render(site))
    item = next(i for i in rss.iter("item") if i.findtext("guid") == event.id)
    assert [c.text for c in item.findall("dc:creator", NS)] == ["Ada Lovelace", "Alan Turing"]
    assert feedparser.parse(rss_module.render(site)).bozo == 0


def test_build_is_deterministic(built: BuildResult, tmp_path: Path) -> None:
    again = build(CONTENT, tmp_path, today=TODAY, overrides={"offline": True})
    names = sorted(p.name for p in built.out_dir.iterdir() if p.is_file())
    assert names == sorted(p.name for p in tmp_path.iterdir() if p.is_file())
    for name in names:
        assert (built.out_dir / name).read_bytes() == (tmp_path / name).read_bytes(), name
    assert again.site.now == built.site.now


@pytest.mark.parametrize("name", XML_FEEDS)
def test_stylesheet_renders_rss_and_atom(built: BuildResult, name: str) -> None:
    """The XSLT (applied here by libxslt, in test_browser by Chromium) lists every item."""
    transform = etree.XSLT(stylesheet())
    page = transform(etree.parse(str(built.out_dir / name)))
    html = etree.tostring(page, method="html", encoding="unicode")
    doc = etree.HTML(html)
    text = " ".join(doc.itertext())
    parsed = feedparser.parse((built.out_dir / name).read_bytes())
    assert "This is a web feed" in text
    assert f"http://sunju.org/{name}" in text  # the address to copy
    items = doc.findall(".//ul[@class='items']/li")
    assert [li.findtext("a").strip() for li in items] == [e.title for e in parsed.entries]
    assert [li.find("a").get("href") for li in items] == [e.link for e in parsed.entries]
    assert doc.find(".//meta[@name='viewport']") is not None
    assert "subscribe.html" in [a.get("href") for a in doc.iter("a")]
