"""A "more news" link after an HTML entity (``See&nbsp;[all news](/news/)``,
``&rarr; [All news](/news/)``) is no item, as it is after plain spaces (issue 8, noticed
and left by an earlier session). Items are read back from ``feeds list --json``.
"""

from __future__ import annotations

import pytest

from .cli_run import bullets_listed

NOW = "2024-05-01"


def _listed(tmp_path, items: list[str], heading: str = "") -> list[dict]:
    return bullets_listed(tmp_path, items, heading, NOW)


MORE_LINKS = [
    "See&nbsp;[all news](/news/)",
    "See&nbsp;[more](/news/)",
    "&rarr; [All news](/news/)",
    "&raquo;&nbsp;[Older news](/news/)",
    "&nbsp;→&nbsp;[All news](/news/)",
    "View&#160;[all news](/news/)",
]


@pytest.mark.parametrize("link", MORE_LINKS)
def test_a_more_link_after_an_entity_is_no_item(tmp_path, link):
    listed = _listed(tmp_path, ["**Mar 2021** Joined GearLab.", link])
    assert [(i["title"], i["start"]) for i in listed] == [("Joined GearLab", "2021-03")]


def test_a_link_after_an_entity_with_words_is_an_item(tmp_path):
    listed = _listed(tmp_path, ["**Mar 2021** Read&nbsp;[our cog primer](/news/) today."])
    assert [i["title"] for i in listed] == ["Read our cog primer today"]
