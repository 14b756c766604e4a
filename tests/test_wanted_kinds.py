"""A kind asked for that names no type and no label of the site (``--kind``, ``kind_feeds``,
``calendar.kinds``) is an error naming the option or setting and listing the types; a
type, or a label the news list writes, stays good."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_run import feeds

TYPES_LISTED = "talk, paper, award, service, position, event, news"
PAGE = """---
title: Me
---

## News

- **[Mar 2024]** **Seminar series:** I spoke about toy models at the maths club.
- **[Feb 2024]** Our paper on toy proofs was accepted at a workshop.
- **[Jan 2024]** I joined the toy lab as a postdoc.
"""


def site(tmp_path: Path, toml: str = "") -> Path:
    (tmp_path / "index.md").write_text(PAGE, encoding="utf-8")
    config = 'site_url = "https://me.example.org/"\n' + toml
    (tmp_path / "feeds.toml").write_text(config, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize(
    ("kinds", "titles"),
    [
        (["paper"], 1),  # a type
        (["papers"], 1),  # a type, plural
        (["Seminar series"], 1),  # a label the page writes
        (["seminar"], 1),  # a word of that label
        (["award"], 0),  # a type no item has: good, simply nothing
        (["talk", "Seminar"], 1),
    ],
)
def test_a_type_or_a_label_of_the_site_is_a_good_kind(tmp_path, kinds, titles):
    args = [a for k in kinds for a in ("--kind", k)]
    ran = feeds("list", "--json", "--now", "2024-05-01", "--content", str(site(tmp_path)), *args)
    assert ran.returncode == 0, ran.stderr
    assert len(json.loads(ran.stdout)) == titles


@pytest.mark.parametrize("kinds", [["nosuch"], ["talk", "talkz"], ["Seminar club"]])
def test_list_kind_naming_nothing_is_an_error(tmp_path, kinds):
    args = [a for k in kinds for a in ("--kind", k)]
    ran = feeds("list", "--now", "2024-05-01", "--content", str(site(tmp_path)), *args)
    assert ran.returncode == 1
    (line,) = ran.stderr.strip().splitlines()
    assert "--kind" in line and repr(kinds[-1]) in line and TYPES_LISTED in line
    assert "Traceback" not in ran.stderr


@pytest.mark.parametrize(
    ("toml", "named"),
    [
        ('kind_feeds = ["talk", "paperz"]\n', "feeds.toml:2: kind_feeds"),
        ('\n[calendar]\nkinds = ["colloquium"]\n', "feeds.toml:4: calendar.kinds"),
    ],
)
@pytest.mark.parametrize("command", ["build", "check"])
def test_a_setting_naming_nothing_is_an_error_at_its_line(tmp_path, toml, named, command):
    folder = site(tmp_path, toml)
    out = tmp_path / "out"
    ran = feeds(command, "--now", "2024-05-01", "--content", str(folder), "--out", str(out))
    assert ran.returncode == 1
    assert named in ran.stderr and TYPES_LISTED in ran.stderr
    assert not (out / "feed.xml").exists()


def test_a_setting_given_as_an_option_is_named_as_the_option(tmp_path):
    folder = site(tmp_path)
    ran = feeds(
        "build", "--now", "2024-05-01", "--content", str(folder), "--out", str(tmp_path / "o"),
        "--kind-feeds", "talk,nosuch",
    )  # fmt: skip
    assert ran.returncode == 1
    assert "--kind-feeds: 'nosuch'" in ran.stderr and TYPES_LISTED in ran.stderr


def test_labels_in_settings_that_the_site_writes_build(tmp_path):
    folder = site(tmp_path, 'kind_feeds = ["seminar series", "paper"]\n')
    out = tmp_path / "out"
    ran = feeds("build", "--now", "2024-05-01", "--content", str(folder), "--out", str(out))
    assert ran.returncode == 0, ran.stderr
    assert (out / "seminar-series.xml").exists() or any(out.glob("seminar*.xml"))
