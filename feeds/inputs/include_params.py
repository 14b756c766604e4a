"""A data list handed to an include as a parameter::

    {% include timeline.html data=site.data.news limit=3 %}

with ``_includes/timeline.html`` walking ``include.data`` (``{% for item in include.data
%}``, or ``{% assign items = include.data | sort: "date" %}`` first). The include's
text is read with each ``include.<name>`` that names such a parameter written as the
data it names (``site.data.news``), so its loop is read as a loop over that data file
(:mod:`.jekyll_data`). A parameter of any other value (``limit=3``, ``title="News"``) is
left as written.
"""

from __future__ import annotations

import re

_NAME = r"[A-Za-z_][\w-]*"
_DATA_PARAM = re.compile(
    rf"(?<![\w.])({_NAME})\s*=\s*(site\.data(?:\.{_NAME}|\[\s*[\"']{_NAME}[\"']\s*\])+)"
)


def data_params(arg: str | None) -> dict[str, str]:
    """The parameters of an include's argument ``arg`` (``timeline.html data=site.data.news``)
    whose value is a data file: ``{"data": "site.data.news"}``."""
    return {m.group(1): m.group(2) for m in _DATA_PARAM.finditer(arg or "")}


def with_data_params(text: str, params: dict[str, str]) -> str:
    """``text`` of an include with ``include.<name>`` of each of ``params`` replaced by
    the data it names."""
    for name, value in params.items():
        text = re.sub(rf"\binclude\.{re.escape(name)}(?![\w-])", value, text)
    return text
