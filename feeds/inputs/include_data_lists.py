"""What a Jekyll page lists through an include told by a parameter which data to list:
the Greene Lab "lab website template" (and the lab sites made from it) writes its news
page (or homepage) as::

    {% include list.html data="posts" component="post-excerpt" %}

and ``_includes/list.html`` looks that name up in the site::

    {% assign data = site.data[include.data] | default: site[include.data] %}
    {% for d in data %} … {% endfor %}

so the page lists the site's posts (``site.posts``), as a ``{% for post in site.posts %}``
loop would. :func:`listed_by_includes` gives the names such includes list, from the
parameters the page passes and the ``site[include.X]`` look-ups of the included file.
A data file so listed whose name says news (``data="news"``: ``_data/news.yml``) is
shown in the include's place, as a ``{% for item in site.data.news %}`` loop is
(:func:`listed_news_data`); a list of another name (``data="citations"``) is not news.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..config import NEWS_HEADINGS
from ..parse.front_matter import read_text
from ..parse.sections import heading_matches

_INCLUDE_CALL = re.compile(r"\{%-?\s*include\s+([\w./-]+)(.*?)-?%\}", re.DOTALL)
_ARGUMENT = re.compile(r"""([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([\w.-]+))""")
_LOOKUP = re.compile(r"site(?:\.data)?\[\s*include\.([\w-]+)\s*\]")


def listed_by_includes(text: str, site_dir: Path) -> set[str]:
    """The names (``posts``, ``news``…) that the includes called in ``text`` look up in
    the site by a parameter the call gives (``data="posts"`` read as
    ``site[include.data]``); a quoted value only, a variable names nothing we know."""
    names: set[str] = set()
    for call in _INCLUDE_CALL.finditer(text):
        arguments = {
            key: quoted or single
            for key, quoted, single, bare in _ARGUMENT.findall(call.group(2))
            if quoted or single  # data=page.x is a variable: not a name
        }
        if not arguments:
            continue
        keys = _lookup_keys(site_dir, call.group(1))
        names.update(arguments[key].strip() for key in keys if key in arguments)
    return {name for name in names if name}


def _lookup_keys(site_dir: Path, name: str) -> set[str]:
    """The ``include.X`` keys the include ``name`` (from ``_includes/``) looks up in the
    site; none when it cannot be read."""
    path = site_dir / "_includes" / name
    if not (path.is_file() and path.resolve().is_relative_to(site_dir.resolve())):
        return set()
    try:
        text = read_text(path)
    except Exception:  # noqa: BLE001 - an unreadable include lists nothing
        return set()
    return set(_LOOKUP.findall(text))


def listed_news_data(tag: str, site_dir: Path) -> list[str]:
    """The names an include ``tag`` lists whose words say news (``news``, ``updates``,
    ``noticias``), in a fixed order; their data files are read by the caller."""
    names = listed_by_includes(tag, site_dir)
    return sorted(n for n in names if heading_matches(n.replace("_", " "), NEWS_HEADINGS))
