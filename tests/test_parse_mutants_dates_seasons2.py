"""The season builders of ``feeds/parse/dates/words.py`` (issue 14's mutation run,
session 22). They run once, when the season rules' patterns are made at import; these
tests call them again, so that a broken builder fails here (and under mutation testing).
"""

from __future__ import annotations

import re

from feeds.parse.dates.words import season_after_year_re, season_re


def test_season_re_matches_a_season_of_any_language_as_a_whole_word():
    pattern = re.compile(season_re("s"), re.IGNORECASE)
    for name in ("Fall", "autumn", "été", "Frühjahr", "otoño", "estate", "Wintersemester"):
        assert pattern.fullmatch(name)["s"] == name, name
    assert not pattern.match("Falls")  # a word that opens with a season is no season
    assert not pattern.match("Herbstlaub")


def test_season_after_year_re_matches_the_cjk_seasons():
    pattern = re.compile(season_after_year_re("a"))
    for name in ("秋", "春季", "冬学期", "가을", "봄학기"):
        assert pattern.fullmatch(name)["a"] == name, name
    assert not pattern.match("秋田")  # a place name: no season
    assert not pattern.fullmatch("fall")
