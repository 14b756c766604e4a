"""HTML inline content of a hand-written page read into an item's title, text, HTML and
links (feeds/parse/html_inline.py, feeds/parse/html_tree.py): the page in, the
published fields out (issue 14, session 17).

Written for the mutants a mutation run of ``html_inline.py`` and ``html_tree.py`` left
alive; every expectation is written here from the page (see bench/mutation_parse.md).
"""

from __future__ import annotations

from pathlib import Path

from feeds.diagnostics import Reporter
from feeds.parse import parse_page


def parse(text: str, name: str = "home.html"):
    reporter = Reporter(quiet=True)
    page, events = parse_page(
        Path(name), site_root="https://example.org/", reporter=reporter, text=text
    )
    return page, events, [(p.line, p.code) for p in reporter.problems]


def test_control_characters_in_code_are_dropped_not_read_as_markers():
    # NUL is the reader's line-break marker and \x01-\x04 its bold/emphasis markers:
    # inside <code> they once broke the page (a traceback) or made bold text in code.
    text = (
        "<h2>News</h2>\n<p>Mar 2021 Talk on <code>a\x00b</code> and more<br>"
        "Feb 2021 Talk on <code>c\x01d\x02e</code></p>\n"
    )
    _, events, problems = parse(text)
    assert [(e.title, e.html) for e in events] == [
        ("Talk on ab and more", "<p>Mar 2021 Talk on <code>ab</code> and more</p>"),
        ("Talk on cde", "<p>Feb 2021 Talk on <code>cde</code></p>"),
    ]
    assert problems == []
    # the same for the markers in plain text
    _, events, _ = parse("<h2>News</h2>\n<p>Mar 2021 Talk\x01 at \x03MIT</p>\n")
    assert [(e.title, e.html) for e in events] == [("Talk at MIT", "<p>Mar 2021 Talk at MIT</p>")]


INLINE_PAGE = """\
<html><body>
<h2>News</h2>
<ul>
<li><b>Mar 2021</b> Talk at <strong>MIT</strong>, <i>on</i> <em>stars</em>, <tt>tt</tt> <kbd>kbd</kbd> <samp>samp</samp> <code>a`b</code><code></code></li>
<li>Feb 2021 A<b>(x)</b>B C<b> y</b>D E<b>zz </b>F G<b>w</b>H I<b> </b>J</li>
<li>Jan 2021 Talk at R&amp;D &lt;lab&gt; &amp;amp; more</li>
<li>Dec 2020 Talk at <a name="top">Yale</a>, <a href>Rice</a>, <a href="#more" onclick="x()">CMU</a>, <a href="/a<b>c">Penn</a></li>
<li>Nov 2020 Talk<span>s</span> at Duke<div>and NYU</div></li>
<li><h5>Oct 2020</h5>Talk at UCLA</li>
<li><span class="label">Invited Talk Series</span> Talk at Caltech (Sep 2020)</li>
<li><span class="label">Best Paper Award Talk</span> at ICML (Aug 2020)</li>
<li><a href="javascript:more()">Show more</a></li>
<li><a href="#">Show all</a></li>
<li><a onclick="more()">Show older</a></li>
<li><a href="JavaScript:more()">Show everything</a></li>
</ul>
<p><b>Jul 2020 Talk at Brown<br>Jun 2020 Visit to Penn</b></p>
<p>May 2020 Talk<noscript><span>Enable JS</span></noscript> at Harvard<br/>Apr 2020 Visit to Yale</p>
<div class="card"><h4>Talk at Stanford</h4><span>Mar 2020</span><script>track("x")</script></div>
<dl><dt>Feb<br>2020</dt><dd>Talk at Berkeley</dd><dt><time>Jan</time><time>2020</time></dt><dd>Talk at UW</dd></dl>
<dl><dt>M<b>ar</b> 2019</dt><dd>Talk at UCSD</dd><dt><div>Feb</div><div>2019</div></dt><dd>Talk at UCSB</dd></dl>
<div class="card"><h4>Poster at AAAI</h4><p>Jan 2019<div>with a demo</div></p></div>
<p><b>Dec 2018</b> Talk at <i>Oxford</p>
<p>Nov 2018 Visit to Cambridge</p>
<ul><li>2018<ul><li>Talk at ETH (Oct 5)<li>Visit to EPFL (Oct 7)</ul></li></ul>
<ul><li>Talk at <b>INRIA (Sep 2018)<li>Visit to CNRS (Aug 2018)</ul>
</body></html>
"""  # noqa: E501


def test_inline_markup_of_an_html_page():
    page, events, problems = parse(INLINE_PAGE)
    assert [(e.title, e.span.start_iso, e.line) for e in events] == [
        ("Talk at MIT, on stars, tt kbd samp a'b", "2021-03", 4),
        ("A (x) B C yD Ezz F GwH I J", "2021-02", 5),
        ("Talk at R&D <lab> &amp; more", "2021-01", 6),
        ("Talk at Yale, Rice, CMU, Penn", "2020-12", 7),
        ("Talks at Duke and NYU", "2020-11", 8),  # a <span> of text joins, a block is apart
        ("Talk at UCLA", "2020-10", 9),
        ("Talk at Caltech", "2020-09", 10),
        ("Best Paper Award Talk at ICML", "2020-08", 11),
        # (entries of nothing but a "Show more" link or a javascript: link: none)
        # bold over a <br>: two lines, two items
        ("Talk at Brown", "2020-07", 17),
        ("Visit to Penn", "2020-06", 17),
        # a hidden element in a paragraph neither ends it nor shows; <br/> is a <br>
        ("Talk at Harvard", "2020-05", 18),
        ("Visit to Yale", "2020-04", 18),
        ("Talk at Stanford", "2020-03", 19),  # a card; a script shows no text
        # a term's date over a <br>, in two <time>s, in a bold part, in two blocks
        ("Talk at Berkeley", "2020-02", 20),
        ("Talk at UW", "2020-01", 20),
        ("Talk at UCSD", "2019-03", 21),
        ("Talk at UCSB", "2019-02", 21),
        # a block in a paragraph ends it: the date line of a card
        ("Poster at AAAI", "2019-01", 22),
        # an element left open ends with its paragraph or list entry
        ("Talk at Oxford", "2018-12", 23),
        ("Visit to Cambridge", "2018-11", 24),
        ("Talk at ETH", "2018-10-05", 25),
        ("Visit to EPFL", "2018-10-07", 25),
        ("Talk at INRIA", "2018-09", 26),
        ("Visit to CNRS", "2018-08", 26),
    ]
    html = [e.html for e in events]
    assert html[0] == (
        "<p><strong>Mar 2021</strong> Talk at <strong>MIT</strong>, <em>on</em> <em>stars</em>, "
        "<code>tt</code> <code>kbd</code> <code>samp</code> <code>a'b</code></p>"
    )
    # bold moved out of the words it would glue to, so that CommonMark shows it
    assert html[1] == (
        "<p>Feb 2021 A <strong>(x)</strong> B C <strong>y</strong>D E<strong>zz</strong> F "
        "G<strong>w</strong>H I J</p>"
    )
    assert html[2] == "<p>Jan 2021 Talk at R&amp;D &lt;lab&gt; &amp;amp; more</p>"
    # no link without an href, with an empty one or a "#" control; "<" ">" escaped
    assert [x.url for x in events[3].links] == ["https://example.org/a%3Cb%3Ec"]
    assert [e.kind for e in events[6:8]] == ["Invited Talk Series", "News"]  # a badge
    assert not any("Show" in e.text or "Enable" in e.text for e in events)
    assert "<p>with a demo</p>" in html[17]
    assert page.archive == [] and problems == []


def test_deep_nesting_keeps_the_elements_up_to_the_limit():
    depth = 60  # with <html> and <body>, the <li> is the 64th element open
    text = (
        "<html><body>\n<h2>News</h2>\n" + "<div>" * depth
        + "<ul><li>Talk at MIT (Mar 2021)</li><li>Talk at CMU (Feb 2021)</li></ul>"
        + "</div>" * depth + "\n</body></html>\n"
    )  # fmt: skip
    _, events, problems = parse(text)
    assert [(e.title, e.span.start_iso, e.line) for e in events] == [
        ("Talk at MIT", "2021-03", 3),
        ("Talk at CMU", "2021-02", 3),
    ]
    assert problems == []


def test_list_entries_without_a_list_close_each_other():
    text = "<h2>News</h2>\n<li>Talk at MIT (Mar 2021)\n<li>Talk at CMU (Feb 2021)\n"
    _, events, _ = parse(text)
    assert [(e.title, e.span.start_iso, e.line) for e in events] == [
        ("Talk at MIT", "2021-03", 2),
        ("Talk at CMU", "2021-02", 3),
    ]


def test_raw_html_of_a_markdown_page_read_over_blank_lines_up_to_its_end():
    text = (
        "---\ntitle: Home\n---\n\n## News\n\n"
        '<div class="news">\n<ul>\n<li>Talk at Yale (Mar 3, 2021)</li>\n\n'
        "<li>Talk at Rice (Mar 5, 2021)</li>\n</ul>\n</div>\n\n"
        "<div>\n<p>Feb 2021 Visited CMU</p>\n\n</div>\n\n"
        "Jan 2021: Visited **Penn**  \nDec 2020: Visited Duke\n"
    )
    _, events, problems = parse(text, name="index.md")
    assert [(e.title, e.span.start_iso, e.line) for e in events] == [
        ("Talk at Yale", "2021-03-03", 9),
        ("Talk at Rice", "2021-03-05", 11),
        ("Visited CMU", "2021-02", 16),
        ("Visited Penn", "2021-01", 20),
        ("Visited Duke", "2020-12", 21),
    ]
    assert problems == []


def test_term_dates_split_by_elements_and_self_closing_tags():
    text = """\
<html><body>
<h2>News</h2>
<dl><dt>Feb 3<br>2020</dt><dd>Talk at Berkeley</dd><dt><time>Jan 3</time><time>2020</time></dt><dd>Talk at UW</dd></dl>
<p>Dec 2019 Talk at MIT<br/>with slides</p>
<p>Nov 2019 Talk at CMU<b/> and Rice</p>
</body></html>
"""  # noqa: E501
    _, events, problems = parse(text)
    assert [(e.title, e.span.start_iso, e.line, e.html) for e in events] == [
        # "Feb 3" and "2020" apart, not "Feb 32020"
        (
            "Talk at Berkeley",
            "2020-02-03",
            3,
            "<p><strong>Feb 3 2020</strong> Talk at Berkeley</p>",
        ),
        ("Talk at UW", "2020-01-03", 3, "<p><strong>Jan 3 2020</strong> Talk at UW</p>"),
        # <br/> is a line break inside the paragraph; <b/> is an empty element
        ("Talk at MIT with slides", "2019-12", 4, "<p>Dec 2019 Talk at MIT with slides</p>"),
        ("Talk at CMU and Rice", "2019-11", 5, "<p>Nov 2019 Talk at CMU and Rice</p>"),
    ]
    assert problems == []


def test_a_br_line_that_is_all_code_is_at_its_line():
    # session 22: such a line's item was at line 0 (only text set a line's number)
    text = (
        "<html><body>\n<h2>News</h2>\n<p>Mar 2024: Talk at MIT<br>\n"
        "<code>Feb 2024: release of sorter v2</code><br>\nJan 2024: Visit to Yale</p>\n"
        "<p><code>Dec 2023: release of sorter v1</code></p>\n"
        "<p>Nov 2023: release of\n<code>sorter v0</code></p>\n"  # the line of its first text
        "<p><code></code>\nOct 2023: Talk at Yale</p>\n</body></html>\n"  # empty code: no line
    )
    _, events, problems = parse(text)
    assert [(e.text, e.span.start_iso, e.line) for e in events] == [
        ("Mar 2024: Talk at MIT", "2024-03", 3),
        ("Feb 2024: release of sorter v2", "2024-02", 4),
        ("Jan 2024: Visit to Yale", "2024-01", 5),
        ("Dec 2023: release of sorter v1", "2023-12", 6),
        ("Nov 2023: release of sorter v0", "2023-11", 7),
        ("Oct 2023: Talk at Yale", "2023-10", 10),
    ]
    assert problems == []


def test_an_item_opening_with_an_icon_link_alone_on_its_line_is_at_that_line():
    # session 22: the link's line was never set (no text in it), so the item was at line 0
    text = (
        "<html><body>\n<h2>News</h2>\n<p><br>\n"
        '<a href="https://example.org/slides.pdf"><img src="pdf.png"></a><br>\n'
        "Talk at MIT (Feb 4, 2020)</p>\n"
        '<p><a href="https://example.org/talk.pdf"><img src="pdf.png"></a>\n'
        "Jan 2020: Talk at Yale</p>\n</body></html>\n"
    )
    _, events, problems = parse(text)
    assert [(e.title, e.span.start_iso, e.line) for e in events] == [
        ("Talk at MIT", "2020-02-04", 4),
        ("Talk at Yale", "2020-01", 6),
    ]
    assert problems == []


def typed(body: str) -> list[tuple[str, str | None, str, str]]:
    """The items of a page whose news is under ``<h2>News</h2>``: title, start, type, kind."""
    _, events, _ = parse(f"<h2>News</h2>\n{body}\n")
    return [(e.title, e.span.start_iso if e.span else None, e.type, e.kind) for e in events]


def test_a_badge_of_one_word_labels_its_item():
    # (issue 14, session 23: is_badge) "News" is the kind of an item no label names
    assert typed(
        '<ul><li><span class="badge">Award</span> Mar 2026: won the Cog Prize</li></ul>'
    ) == [("Won the Cog Prize", "2026-03", "award", "Award")]


def test_an_empty_badge_an_icon_labels_nothing():
    # a card whose badge holds only an icon: no label, its title as written
    card = (
        '<div class="card"><span class="badge"><i class="fa fa-star"></i></span>'
        "<h3>Spoke at the Mill Museum</h3><time>Mar 2026</time></div>"
    )
    assert typed(card) == [("Spoke at the Mill Museum", "2026-03", "talk", "News")]
    # the same before a one-word badge: that one labels the item
    card = card.replace("</span><h3>", '</span><span class="badge">Talk</span><h3>')
    assert typed(card) == [("Spoke at the Mill Museum", "2026-03", "talk", "Talk")]
