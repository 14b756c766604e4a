"""A post whose body presents one paper (its abstract, the paper named as the post's
source, or a structured abstract's labels) is a paper, whatever its title's words or its
topical category say; a piece about the paper by someone else (a byline, "Read the whole
blog at …") stays news, and a seminar's announcement with its abstract stays a talk. Bodies
written in our own words; Hugo posts listed by ``feeds list --json``."""

from __future__ import annotations

import pytest

from .hugo_sites import listed, write

CONFIG = 'baseURL = "https://ana.example.org/"\ntitle = "Lab"\n'
MENU = '[[menu.main]]\nname = "News"\nurl = "post"\n'


@pytest.mark.parametrize(
    ("title", "body", "expected"),
    [
        (
            "Engineering plant cells for high yield",
            "We model the cells.\n\nOriginal Paper: [bibtex key=Doe2024]\n",
            "paper",
        ),
        (
            "A new pathway finder",
            "#### MOTIVATION:\n\nPathways matter.\n\n#### RESULTS:\n\nWe find them.\n",
            "paper",
        ),
        (
            "Gut microbes and sleep",
            "**Background:** Microbes vary.\n\n**Conclusions:** They matter.\n",
            "paper",
        ),
        ("Robust networks", "We study networks.\n\nDOI: https://doi.org/10.1234/abcd.5\n", "paper"),
        (
            "Making networks resilient",
            "**_by Ann Writer_**\n\n> A story about our work.\n\n"
            "Read the whole blog at https://blog.example.org/x\n\n"
            "Original Paper: [bibtex key=Doe2022]\n",
            "news",
        ),
        ("Seminar next week", "Speaker: a guest.\n\nAbstract: We talk about graphs.\n", "talk"),
        ("Results of the lab retreat", "Results: we hiked.\n", "event"),
    ],
)
def test_a_post_presenting_a_paper(tmp_path, title: str, body: str, expected: str) -> None:
    site = write(
        tmp_path,
        {
            "hugo.toml": CONFIG + MENU,
            "content/_index.md": "---\ntitle: Lab\n---\n",
            "content/post/one/index.md": f'---\ntitle: "{title}"\ndate: 2024-05-02\n'
            f"category:\n  - networks\n---\n{body}",
        },
    )
    items, _ = listed(site)
    assert [(i["title"], i["type"]) for i in items] == [(title, expected)]
