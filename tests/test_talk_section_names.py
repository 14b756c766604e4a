"""A talks section after the news (``# Invited Talks``) whose items open with the talk's
name in bold (``* **WidgetNet** (Sept. 2024) @ Gear Lab``; issue 8, seen on corpus c10):
the bold names no kind, so it is the talk's name, opening its title, never its label; a
talk the news already tells (same date, its name said there) is published once, as the
news item. A bold kind word (``**Keynote**``) stays the label. Written in our own words;
``feeds list --json`` is read back with ``json``.
"""

from __future__ import annotations

import json

from .cli_run import feeds

PAGE = """\
# Someone

## News

- **[2024.09]** I will give a talk about our work, WidgetNet, at the Gear Lab. See you there!
- **[2024.05]** Our paper on sparse gadgets was accepted to WidgetConf 2024.

## Invited Talks

* **WidgetNet** (Sept. 2024) @ Gear Lab, Some City.
* **Sparse Gadgets** (Jun. 2025) @ Cog Institute, Other City.
* **Keynote** (May 2023) Widget Days, Lyon.
"""


def test_a_bold_talk_name_is_its_title_and_a_known_talk_is_kept_once(tmp_path):
    page = tmp_path / "index.md"
    page.write_text(PAGE, encoding="utf-8")
    ran = feeds("list", "--json", "--now", "2026-11-26", "--content", str(page),
                "--site-url", "https://x.org/")  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    got = [(i["line"], i["start"], i["type"], i["kind"]) for i in json.loads(ran.stdout)]
    assert sorted(got) == [
        (5, "2024-09", "talk", None),
        (6, "2024-05", "paper", None),
        (11, "2025-06", "talk", "Talk"),
        (12, "2023-05", "talk", "Keynote"),
    ]
    titles = {i["line"]: i["title"] for i in json.loads(ran.stdout)}
    assert titles[11].startswith("Sparse Gadgets") and "Cog Institute" in titles[11]
