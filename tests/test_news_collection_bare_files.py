"""``_news/`` files without an extension (c12 cause D): Jekyll reads a collection file
that opens with front matter whatever its name, so ``_news/2026-02-18-workshop`` is an
item; an extensionless file without front matter (notes, a licence, a binary) is not.
The site is written in our own words; ``feeds list --json`` is read back with ``json``.
"""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from feeds.cli import main

from .site_listing import write

HOME = (
    "---\nlayout: about\ntitle: About\n---\nI study toy boats.\n\n"
    "## News\n\n{% include news.liquid %}\n"
)


def test_a_news_file_without_an_extension_is_read_when_it_has_front_matter(
    tmp_path: Path,
) -> None:
    site = write(
        tmp_path,
        {
            "_config.yml": "title: Ada\ncollections:\n  news:\n    output: false\n",
            "_pages/about.md": HOME,
            "_news/2026-02-18-workshop": "---\ndate: 2026-02-18\ntitle: Sound workshop\n"
            "inline: true\n---\nGave an invited talk at the sound workshop of Example Town.\n",
            "_news/2025-05-02-prize.md": "---\ndate: 2025-05-02\ninline: true\n---\n"
            "Our student won the best poster prize at ToyConf.\n",
            "_news/NOTES": "date: 2023-03-03\nThings to write about later.\n",
            "_news/LICENSE": "Permission is granted to copy.\n",
        },
    )
    (site / "_news" / "2022-02-02-picture").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00---\n")
    result = CliRunner().invoke(
        main, ["list", "--json", "--content", str(site), "--now", "2026-11-26", "-q"]
    )
    assert result.exit_code == 0, result.output
    got = [(i["start"], i["type"], i["title"]) for i in json.loads(result.stdout)]
    assert [g[:2] for g in got] == [("2026-02-18", "talk"), ("2025-05-02", "award")], got
    assert got[0][2].startswith("Gave an invited talk at the sound workshop")
