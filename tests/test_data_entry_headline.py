"""A data-file entry with the item's line and a ``description:`` (issue 8): lab themes show
the line (``headline:``, ``news:``, ``item:``, ``summary:``, ``message:``) as the item and
the description under it (``<em>{{ article.headline }}</em><br>{{ article.description }}``),
so the line is the item's title and says what kind it is; the description is its body.
Sites written for these tests; items read back from ``feeds list --json``."""

from __future__ import annotations

from pathlib import Path

import feedparser
import pytest

from .hugo_sites import build, listed, write

# (the entry's YAML keys after its date, expected title, expected type, words of the body)
ENTRIES = [
    (
        'headline: "Our paper **Folding tiny proteins** is now available online"\n'
        '  description: "[Article link](https://doi.org/10.1000/xyz1) <br> Congrats Mia!"',
        "Our paper Folding tiny proteins is now available online",
        "paper",
        "Congrats Mia!",
    ),
    (
        'headline: "Dr Lee gave a talk at the Spring Symposium on Cell Biology"\n'
        '  description: "[event link](https://example.org/symposium)"',
        "Dr Lee gave a talk at the Spring Symposium on Cell Biology",
        "talk",
        "event link",
    ),
    # the description first in the file: the order of the keys does not matter
    (
        'description: "Photos from the day"\n  headline: "Kim joined the lab as a postdoc"',
        "Kim joined the lab as a postdoc",
        "position",
        "Photos from the day",
    ),
    (
        'news: "Our preprint on ion channels is on bioRxiv"\n  description: "Well done, team"',
        "Our preprint on ion channels is on bioRxiv",
        "paper",
        "Well done, team",
    ),
    (
        'item: "Sam won the best poster award"\n  description: "At the retreat"',
        "Sam won the best poster award",
        "award",
        "At the retreat",
    ),
    (
        'summary: "Ana gave a seminar at the physics colloquium"\n'
        '  description: "Slides are online"',
        "Ana gave a seminar at the physics colloquium",
        "talk",
        "Slides are online",
    ),
    (
        'message: "Lee defended his thesis"\n  description: "Congratulations, Dr. Lee"',
        "Lee defended his thesis",
        "position",
        "Congratulations, Dr. Lee",
    ),
    # a title and a description, a description alone: as before
    (
        'title: "Paper accepted at the Journal of Examples"\n  description: "Open access"',
        "Paper accepted at the Journal of Examples",
        "paper",
        "Open access",
    ),
    ('description: "Kim gave an invited talk at the soil meeting"', None, "talk", None),
]


def _data() -> str:
    return "".join(
        f'- date: "2025-{12 - n:02}-14"\n  {keys}\n' for n, (keys, *_) in enumerate(ENTRIES)
    )


@pytest.mark.parametrize("layout", ["jekyll", "hugo"])
def test_the_line_of_an_entry_wins_over_its_description(tmp_path: Path, layout: str) -> None:
    if layout == "jekyll":  # an allnews page of a lab theme: the headline, the description under
        files = {
            "_config.yml": "title: Lab\n",
            "_pages/allnews.md": "---\ntitle: News\npermalink: /allnews/\n---\n\n# News\n\n"
            "{% for article in site.data.news %}<p>{{ article.date }}<br>"
            "<em>{{ article.headline }}</em><br>{{ article.description }}</p>{% endfor %}\n",
            "_data/news.yml": _data(),
        }
    else:
        files = {
            "hugo.toml": 'baseURL = "https://ana.example.org/"\ntitle = "Lab"\n',
            "content/_index.md": "---\ntitle: Lab\n---\nHello.\n",
            "layouts/index.html": "{{ range site.Data.news }}{{ .headline }}{{ end }}",
            "data/news.yaml": _data(),
        }
    site = write(tmp_path / "site", files)
    items, _ = listed(site)
    assert len(items) == len(ENTRIES)
    assert build(site, tmp_path / "out").returncode == 0
    feed = feedparser.parse((tmp_path / "out" / "atom.xml").read_text(encoding="utf-8"))
    rows = zip(items, feed.entries, ENTRIES, strict=True)
    for n, (item, entry, (_, title, type_, body)) in enumerate(rows):
        assert item["start"] == f"2025-{12 - n:02}-14", item
        assert item["type"] == type_, item
        if title is not None:
            assert item["title"] == title == entry.title, item
        if body is not None:  # the description is shown after the line, not as it
            text = " ".join(entry.content[0].value.replace("<", " <").split())
            assert body in text and text.index(body) > text.index(title.split()[-1]), text
