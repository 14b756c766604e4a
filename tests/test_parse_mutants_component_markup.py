"""The markup of a framework component read as an HTML page (``component_markup.py``,
issue 14): each row is a component's text in; the words of the markup left to read and
its line count out (code blanked keeps its line breaks, so diagnostics name the
component's own lines). Written here from the input text.
"""

from __future__ import annotations

import pytest

from feeds.parse.component_markup import component_markup

ROWS = [
    # Astro: the fence, a script, a style, expressions, a comment holding a brace
    (
        ".astro",
        "---\nimport X from '../x.astro';\nconst n = {a: 1};\n---\n<h2>News</h2>\n"
        "<ul><li>{n.a} Talk</li></ul>\n<script>let a = {b: 1};</script>\n"
        "<style>li {color: red}</style>\n<!-- a { in a comment -->\n<p>Kept</p>",
        "<h2>News</h2> <ul><li> Talk</li></ul> <p>Kept</p>",
    ),
    (".Astro", "---\nconst n = 1;\n---\n<p>A</p>", "<p>A</p>"),
    # a fence is Astro's alone
    (".svelte", "---\nno fence\n---\n<p>A</p>", "--- no fence --- <p>A</p>"),
    # expressions: nested braces, a line break inside, a stray closing brace
    (".svelte", "<p>{a {b}\nc} d</p>\n<p>e } f</p>\n<p>g</p>", "<p> d</p> <p>e } f</p> <p>g</p>"),
    (".astro", "<p>x</p>{\n{\n}}<p>y</p>", "<p>x</p> <p>y</p>"),
    # Svelte's each blocks: the whole block, nested ones counted, several, one unclosed
    (
        ".svelte",
        "<p>a</p>{#each news as n}<li>{n}</li>{/each}<p>b</p>\n"
        "{#each xs as x}{#each x as y}<li>{y}</li>{/each}<li>in</li>{/each}<p>c</p>",
        "<p>a</p> <p>b</p> <p>c</p>",
    ),
    (".svelte", "<p>a</p>{#each xs as x}<li>x</li>\n<li>y</li>", "<p>a</p>"),
    (".svelte", "<p>a</p>{/each}<p>b</p>", "<p>a</p> <p>b</p>"),
    # Vue: the root template shown, a nested one kept, v-for elements and {{ }} blanked
    (
        ".vue",
        '<template>\n<ul><li v-for="n in news">{{ n.text }}</li><li>Static {{ n }}</li></ul>\n'
        '<template v-if="a"><p>A</p></template><template v-if="b"><p>B</p></template>\n'
        "</template>\n<script>export default {}</script>",
        '<ul> <li>Static </li></ul> <template v-if="a"><p>A</p></template><template '
        'v-if="b"><p>B</p></template>',
    ),
    (
        ".VUE",
        "<template><p>A</p></template><template><p>B</p></template>",
        "<p>A</p></template><template><p>B</p>",  # the first opening, the last closing
    ),
    (".vue", "<ul><li>A {{ x }}</li></ul>", "<ul><li>A </li></ul>"),
    (".vue", "<template><p>A</p>", "<p>A</p>"),
    (
        ".vue",
        '<li v-for="n in news">{{ n }}</li><p>Kept</p><LI v-for="m in ms">\nx</li><p>Too</p>',
        "<p>Kept</p> <p>Too</p>",
    ),
    (".vue", '<p>Kept</p><li v-for="n in news">\n{{ n }}', "<p>Kept</p>"),
    # the closing tag of a v-for element is the one after it, not one before
    (
        ".vue",
        '<ul><li>Static</li><li v-for="n in news">{{ n }}</li></ul>',
        "<ul><li>Static</li> </ul>",
    ),
]


@pytest.mark.parametrize(("suffix", "text", "words"), ROWS)
def test_the_markup_left_to_read(suffix: str, text: str, words: str) -> None:
    left = component_markup(text, suffix)
    assert " ".join(left.split()) == words
    assert left.count("\n") == text.count("\n")
