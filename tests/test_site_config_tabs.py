"""A site's configuration that PyYAML alone would refuse (issue 8, cause E of corpus c5).

Jekyll reads ``_config.yml`` with Ruby's Psych (libyaml), which takes a tab after
``key:`` as the white space it is; themes ship such lines. A configuration that still
cannot be read costs a warning naming ``file:line``, and only the settings that are
required (``site_url`` for ``build`` and ``check``) make it an error.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

import feedparser
import pytest

from tests.cli_run import feeds

NEWS = "## News\n\n- **Mar 2026**: Opened the new lab.\n- **Jan 2026**: Hired two students.\n"
HOME = "---\ntitle: Home\n---\n\n" + NEWS


def site_with(tmp_path: Path, config: str, extra: dict[str, str] | None = None) -> Path:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.md").write_text(HOME, encoding="utf-8")
    (site / "_config.yml").write_text(textwrap.dedent(config), encoding="utf-8")
    for name, text in (extra or {}).items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(text, encoding="utf-8")
    return site


def build(site: Path, out: Path):
    return feeds("build", "--content", str(site), "--out", str(out), "--now", "2026-11-26")


@pytest.mark.parametrize(
    ("config", "title", "link"),
    [
        ("title:\t\t   'Toy Lab'\nurl: https://lab.example.org\n", "Toy Lab", "lab.example.org"),
        ("title:\tToy Lab\nurl:\thttps://lab.example.org\n", "Toy Lab", "lab.example.org"),
        (
            "title: x\nurl:  \t https://lab.example.org\nbaseurl:\t/toy\n",
            "x",
            "lab.example.org/toy",
        ),
        (
            "author:\n  name:\tAda Toy\nurl: https://a.example.org\nplugins:\n  -\tjekyll-feed\n",
            "Ada Toy",
            "a.example.org",
        ),
    ],
)
def test_a_tab_after_a_key_is_white_space(
    tmp_path: Path, config: str, title: str, link: str
) -> None:
    site = site_with(tmp_path, config)
    out = tmp_path / "out"
    ran = build(site, out)
    assert ran.returncode == 0, ran.stderr
    assert "warning" not in ran.stderr
    feed = feedparser.parse((out / "atom.xml").read_bytes())
    assert feed.feed.title == f"{title} — news"
    assert feed.feed.link.rstrip("/") == f"https://{link}"
    assert [e.title for e in feed.entries] == ["Opened the new lab", "Hired two students"]


def test_a_tab_after_a_key_in_front_matter_is_white_space(tmp_path: Path) -> None:
    site = site_with(
        tmp_path,
        "url: https://lab.example.org\n",
        {"index.md": "---\ntitle:\tToy Home\n---\n\nI study toys.\n", "news.md": NEWS},
    )
    out = tmp_path / "out"
    ran = build(site, out)
    assert ran.returncode == 0, ran.stderr
    assert "not valid YAML" not in ran.stderr
    feed = feedparser.parse((out / "atom.xml").read_bytes())
    assert feed.feed.title == "Toy Home — news"


BROKEN = [
    ("title: Lab\nurl: [https://x.org\nemail: a\n", 3),
    ("title: Lab\n\turl: https://x.org\n", 2),  # a tab as indentation: libyaml refuses it too
]


@pytest.mark.parametrize(("config", "line"), BROKEN)
def test_an_unreadable_config_is_a_warning_when_site_url_is_set_elsewhere(
    tmp_path: Path, config: str, line: int
) -> None:
    site = site_with(tmp_path, config, {"feeds.toml": 'site_url = "https://toy.example.org/"\n'})
    out = tmp_path / "out"
    ran = build(site, out)
    assert ran.returncode == 0, ran.stderr
    assert "Traceback" not in ran.stderr
    warned = [s for s in ran.stderr.splitlines() if "_config.yml" in s]
    assert len(warned) == 1 and f"_config.yml:{line}: warning: " in warned[0], ran.stderr
    feed = feedparser.parse((out / "atom.xml").read_bytes())
    assert [e.title for e in feed.entries] == ["Opened the new lab", "Hired two students"]


@pytest.mark.parametrize(("config", "line"), BROKEN)
def test_an_unreadable_config_is_an_error_when_it_was_needed_for_site_url(
    tmp_path: Path, config: str, line: int
) -> None:
    site = site_with(tmp_path, config)
    out = tmp_path / "out"
    ran = build(site, out)
    assert ran.returncode == 1
    errors = [s for s in ran.stderr.splitlines() if s.startswith("error:")]
    assert len(errors) == 1 and f"_config.yml:{line}:" in errors[0], ran.stderr
    assert "site_url" in errors[0]
    assert not out.exists()
    listed = feeds("list", "--content", str(site), "--json", "--now", "2026-11-26")
    assert listed.returncode == 0, listed.stderr  # listing needs no site_url
    assert f"_config.yml:{line}: warning: " in listed.stderr


def test_an_unreadable_socials_file_is_a_warning_only(tmp_path: Path) -> None:
    site = site_with(
        tmp_path, "url: https://toy.example.org\n", {"_data/socials.yml": "email: [x\n"}
    )
    out = tmp_path / "out"
    ran = build(site, out)
    assert ran.returncode == 0, ran.stderr
    warned = [s for s in ran.stderr.splitlines() if "socials.yml" in s]
    assert len(warned) == 1 and "socials.yml:2: warning: " in warned[0], ran.stderr
    feed = feedparser.parse((out / "atom.xml").read_bytes())
    assert feed.feed.link.rstrip("/") == "https://toy.example.org"
