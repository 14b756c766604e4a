"""A Liquid loop whose body prints its own variable is a template, shown once per entry
with that entry's fields::

    {% for article in sorted_articles %}
      <li><span>{{ article.date }}</span> {{ article.title }}
        <a href="{{ article.url }}"><div class="btn">Read more</div></a></li>
    {% endfor %}

Every value it prints is blanked like any Liquid value, so what would be left of the
body is the template's own words ("Read more", "Details"): never an entry of the news.
The whole loop is blanked instead; the entries themselves are read from where they are
kept (posts, collections, data files: other readers). A loop whose body prints no value
of its variable (``{% for p in site.posts %}{% include item.html %}{% endfor %}``) is
left to be read as before.
"""

from __future__ import annotations

import re

_FOR = re.compile(r"\A\{%-?\s*for\s+([A-Za-z_]\w*)\s+in\b")
_LOOP_TAG = re.compile(r"\{%-?\s*(for|endfor)\b[^%]*%\}")


def template_loop_end(text: str, start: int, end: int) -> int | None:
    """Where the loop opened by the tag ``text[start:end]`` ends (past its ``endfor``)
    when its body prints its variable (``{{ article.title }}``); else ``None``."""
    found = _FOR.match(text[start:end])
    if found is None:
        return None
    printed = re.compile(r"\{\{-?\s*" + found.group(1) + r"\b")
    depth = 1
    for tag in _LOOP_TAG.finditer(text, end):
        depth += 1 if tag.group(1) == "for" else -1
        if depth == 0:
            return tag.end() if printed.search(text, end, tag.start()) else None
    return None
