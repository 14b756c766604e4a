"""al-folio's demo announcements in ``_news/`` are left out with one warning naming them.

The template ships ``announcement_1.md`` .. ``announcement_3.md`` (2015-2016); a site
that keeps them would publish the template's words as its owner's news. Only the
template's own text, unedited, is the demo; a file the owner edited is theirs."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.inputs.news_collection import read_news

from .cli_run import feeds

URL = "https://ada.example.org"
WARNING = "al-folio's demo announcement"

# The template's three files, as al-folio ships them (their text is the form matched).
DEMO_1 = """\
---
layout: post
date: 2015-10-22 15:59:00-0400
inline: true
related_posts: false
---

A simple inline announcement.
"""
DEMO_2 = """\
---
layout: post
title: A long announcement with details
date: 2015-11-07 16:11:00-0400
inline: false
related_posts: false
---

Announcements and news can be much longer than just quick inline posts. In fact, they can
have all the features available for the standard blog posts. See below.

---

Filler words follow here, and a list.
"""
DEMO_3 = """\
---
layout: post
date: 2016-01-15 07:59:00-0400
inline: true
related_posts: false
---

A simple inline announcement with Markdown emoji! :sparkles: :smile:
"""
OWN = """\
---
layout: post
date: 2026-03-02
inline: true
---

Our paper on tide gauges was accepted at the coastal meeting.
"""
OWN_TITLE = "Our paper on tide gauges was accepted at the coastal meeting"  # its full stop aside


def inline(body: str, title: str = "") -> str:
    head = f"title: {title}\n" if title else ""
    return f"---\nlayout: post\n{head}date: 2026-01-05\ninline: true\n---\n\n{body}\n"


def post(title: str, body: str) -> str:
    return f"---\nlayout: post\ntitle: {title}\ndate: 2026-01-05\ninline: false\n---\n\n{body}\n"


def site(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = tmp_path / "_news" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return tmp_path


@pytest.mark.parametrize(
    ("text", "demo"),
    [
        (DEMO_1, True),
        (DEMO_2, True),
        (DEMO_3, True),
        (inline("A simple   inline\nannouncement."), True),  # white space aside
        (inline("A simple inline announcement.", title="Welcome"), True),  # title not shown
        # the owner's words under the template's leftover title: an inline item shows its body
        (inline("I joined the harbour lab.", "A long announcement with details"), False),
        (inline("A simple inline announcement. We moved to Leeds!"), False),  # edited
        (inline("A simple inline announcement"), False),  # not the template's text exactly
        (post("A long announcement with details", "Our lab retreat in the Dales."), False),
        (
            post(
                "Lab retreat",
                "Announcements and news can be much longer than just quick "
                "inline posts. In fact, they can have all the features available for the "
                "standard blog posts. See below.",
            ),
            False,
        ),  # fmt: skip
        (
            post(
                "Um anúncio longo com detalhes",
                "Anúncios e notícias podem ser muito mais "
                "longos do que apenas postagens rápidas em uma linha. Na verdade, eles podem "
                "ter todos os recursos disponíveis para as postagens padrão do blog. Veja "
                "abaixo.\n\nMais texto.",
            ),
            True,
        ),  # fmt: skip
    ],
)
def test_only_the_templates_own_text_is_the_demo(tmp_path: Path, text: str, demo: bool) -> None:
    reporter = Reporter(quiet=True)
    items = read_news(site(tmp_path, {"a.md": text}), URL, None, reporter)
    warnings = [p for p in reporter.problems if WARNING in p.message]
    assert (len(items), len(warnings)) == ((0, 1) if demo else (1, 0))


def test_one_warning_names_every_demo_and_the_owners_news_stays(tmp_path: Path) -> None:
    files = {
        "announcement_1.md": DEMO_1,
        "announcement_2.md": DEMO_2,
        "announcement_3.md": DEMO_3,
        "2026-03-02-paper.md": OWN,
    }
    reporter = Reporter(quiet=True)
    items = read_news(site(tmp_path, files), URL, None, reporter)
    assert [i.title for i in items] == [OWN_TITLE]
    (warning,) = [p for p in reporter.problems if "demo" in p.message]
    assert warning.severity == "warning"
    assert warning.message == ("al-folio's demo announcements, left out; delete them or edit them")
    names = [Path(s).name for s in warning.source.split(", ")]
    assert names == ["announcement_1.md", "announcement_2.md", "announcement_3.md"]


def al_folio(tmp_path: Path, files: dict[str, str]) -> Path:
    """A trimmed al-folio site: its configuration, an about page showing the news."""
    root = site(tmp_path / "site", files)
    (root / "_config.yml").write_text("title: Ada Lab\nurl: https://ada.example.org\n")
    (root / "_pages").mkdir()
    (root / "_pages" / "about.md").write_text(
        textwrap.dedent(
            """\
            ---
            layout: about
            title: about
            permalink: /
            news: true
            ---

            We study tides.
            """
        )
    )
    return root


def test_a_site_with_only_the_demos_is_an_error_that_names_them(tmp_path: Path) -> None:
    root = al_folio(tmp_path, {"announcement_1.md": DEMO_1, "announcement_3.md": DEMO_3})
    (root / "_pages" / "news.md").write_text(  # the news page is what the error names
        "---\nlayout: page\ntitle: news\npermalink: /news/\n---\n\n{% include news.liquid %}\n"
    )
    result = feeds(
        "list", "--json", "--content", str(root), "--now", "2026-11-26",
        "--site-url", "https://ada.example.org/",
    )  # fmt: skip
    assert result.returncode == 1
    assert "A simple inline" not in result.stdout
    assert "_news/announcement_1.md, " in result.stderr
    assert "_news/announcement_3.md: warning: al-folio's demo announcements" in result.stderr


def test_the_owners_news_beside_the_demos_is_listed(tmp_path: Path) -> None:
    root = al_folio(tmp_path, {"announcement_1.md": DEMO_1, "2026-03-02-paper.md": OWN})
    result = feeds(
        "list", "--json", "--content", str(root), "--now", "2026-11-26",
        "--site-url", "https://ada.example.org/",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    titles = [item["title"] for item in json.loads(result.stdout)]
    assert titles == [OWN_TITLE]
    assert "announcement_1.md: warning: al-folio's demo announcement, left out" in result.stderr
