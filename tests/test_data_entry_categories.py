"""A data entry's category (``type:``, ``category:``; issue 8) is the author's label, kept
as ``kind``; the normalised ``type`` comes from what the category word means (Publication:
paper, Grant: award, Media: news, Talk: talk). A category that names where it happened
(Conference, Workshop, Symposium) lets the entry's words say what was done there, in the
title or in the body (``content:``) the page shows under it; a bold label in a list does
the same. Sites written for these tests; items read back from ``feeds list --json``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import listed, write

# (category, title, body or None, expected type)
CATEGORIES = [
    ("Conference", "ICRA 2026", "Our lab has two papers accepted to ICRA 2026!", "paper"),
    ("Conference", "Our lab has two papers accepted to IROS 2025!", None, "paper"),
    ("Conference", "Attending ICRA 2026 in Vienna", None, "event"),
    ("Workshop", "Gave an invited talk at the robot learning workshop", None, "talk"),
    ("Symposium", "Robot symposium", "Our poster won the best poster award.", "award"),
    ("Publication", "Paper accepted to the Journal of Robot Surgery", None, "paper"),
    # the category decides as a bold label does, whatever the words say
    ("Publication", "Best paper award at HRI", "Our paper won a Best Paper Award!", "paper"),
    ("Grant", "ONR grant", "The lab received a grant from the ONR.", "award"),
    ("Media", "News article about our surgical robot", None, "news"),
    ("Presentation", "Talk at Cornell", None, "talk"),
]


def _yaml_entries() -> str:
    out = []
    for number, (category, title, body, _) in enumerate(CATEGORIES):
        out.append(f'- date: "2025-{12 - number:02}-10"\n  type: "{category}"\n  title: "{title}"')
        if body:
            out.append(f"  content: |\n    {body}")
    return "\n".join(out) + "\n"


def _expected() -> list[tuple[str, str]]:
    return [(category, type_) for category, _, _, type_ in CATEGORIES]


def test_a_hugo_data_entry_category_is_the_kind_and_maps_to_a_type(tmp_path: Path) -> None:
    site = write(
        tmp_path / "site",
        {
            "hugo.toml": 'baseURL = "https://ana.example.org/"\ntitle = "Ana"\n',
            "content/_index.md": "---\ntitle: Ana\n---\nHello.\n",
            "layouts/index.html": "{{ range site.Data.news }}{{ .title }}{{ end }}",
        },
    )
    (site / "data").mkdir()
    (site / "data" / "news.yaml").write_text(_yaml_entries(), encoding="utf-8")
    items, _ = listed(site)
    assert [(i["kind"], i["type"]) for i in items] == _expected()


def test_a_jekyll_data_entry_category_is_the_kind_and_maps_to_a_type(tmp_path: Path) -> None:
    site = write(
        tmp_path / "site",
        {
            "_config.yml": "title: Ana\n",
            "index.md": "---\nlayout: home\n---\n\n## News\n\n"
            "{% for post in site.data.news %}<h4>{{ post.title }}</h4>"
            "{{ post.content | markdownify }}{% endfor %}\n",
        },
    )
    (site / "_data").mkdir()
    (site / "_data" / "news.yml").write_text(_yaml_entries(), encoding="utf-8")
    items, _ = listed(site)
    assert [(i["kind"], i["type"]) for i in items] == _expected()


# a bold label that names where: the words (or the paragraph under it) say what was done
BOLD_LABELS = [
    ("**Conference**: Our paper was accepted to ICRA (Mar 2026)", "paper"),
    ("**Workshop**: I gave a talk on robot hands (Mar 2026)", "talk"),
    ("**Conference**: Attending NeurIPS in Vancouver (Dec 2025)", "event"),
    ("**Conference**: ICRA 2026 (Mar 2026)\n\n  Two of our papers were accepted.", "paper"),
    ("**Publication**: Our paper won the best paper award (Mar 2026)", "paper"),
    ("**Talk**: Attending ICRA (Mar 2026)", "talk"),
]


@pytest.mark.parametrize(("item", "type_"), BOLD_LABELS)
def test_an_event_label_lets_the_words_say_the_type(tmp_path: Path, item: str, type_: str):
    page = tmp_path / "index.md"
    page.write_text(f"# Ana\n\n## News\n\n- {item}\n", encoding="utf-8")
    ran = feeds("list", "--json", "--content", str(page), "--site-url", "https://a.org/")
    assert ran.returncode == 0, ran.stderr
    (one,) = json.loads(ran.stdout)
    assert one["type"] == type_
