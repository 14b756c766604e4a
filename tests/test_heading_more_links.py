"""A heading of the news section that is a link to more news (``### [Older news](old.md)``
after the list, or the news heading itself, ``## [News](news.md)``) is followed as a
"more news" link alone in its paragraph is (issue 8, closing note): the older items are
read too. A heading that links anything else is no item and follows nothing.

Written in our own words; expectations written here from the input, the output read with
the json parser.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .hugo_sites import listed, summary, write

OLD = """---
title: Older news
---
- **Jan 2023** Joined the Widget Lab.
- **Dec 2022** Our paper on gears was accepted.
"""

HOMES = {
    "an 'Older news' heading after the list": """---
title: Home
permalink: /
---
## News
- **Mar 2024** Our paper on cogs was accepted.
- **Feb 2024** Gave a talk at the Gear Lab.

### [Older news](old_news.md)

## Research
I study cogs.
""",
    "the same heading closing the section": """---
title: Home
permalink: /
---
## News
- **Mar 2024** Our paper on cogs was accepted.
- **Feb 2024** Gave a talk at the Gear Lab.

## [See all news →](old_news.md)
""",
    "the news heading itself links the news page": """---
title: Home
permalink: /
---
## [News](news.md)
- **Mar 2024** Our paper on cogs was accepted.
- **Feb 2024** Gave a talk at the Gear Lab.
""",
}

EXPECTED = [
    ("Our paper on cogs was accepted", "2024-03", "month", "paper"),
    ("Gave a talk at the Gear Lab", "2024-02", "month", "talk"),
    ("Joined the Widget Lab", "2023-01", "month", "position"),
    ("Our paper on gears was accepted", "2022-12", "month", "paper"),
]


@pytest.mark.parametrize("name", HOMES)
def test_a_heading_linking_more_news_is_followed(tmp_path: Path, name):
    older = "news.md" if "(news.md)" in HOMES[name] else "old_news.md"
    site = write(
        tmp_path / "site",
        {"_config.yml": "title: Ana\n", "index.md": HOMES[name], older: OLD},
    )
    items, _ = listed(site)
    assert summary(items) == EXPECTED


def test_a_heading_linking_elsewhere_follows_nothing(tmp_path: Path):
    home = HOMES["an 'Older news' heading after the list"].replace(
        "### [Older news](old_news.md)", "### [Our lab](lab.md)"
    )
    site = write(
        tmp_path / "site",
        {"_config.yml": "title: Ana\n", "index.md": home, "lab.md": OLD},
    )
    items, _ = listed(site)
    assert summary(items) == EXPECTED[:2]
