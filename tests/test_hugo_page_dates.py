"""The date of a Hugo news page (issue 8) is the one Hugo gives it (``.Date``): its ``date:``,
else its ``publishDate:`` (``pubdate:``, ``published:``), else its ``lastmod:``
(``modified:``), whatever the case of the key; a site's ``[frontmatter] date = [...]``
setting names other keys or ``:filename`` (a name that begins with its day), with
``:default`` for Hugo's own list. Sites written for these tests; items read back from
``feeds list --json``."""

from __future__ import annotations

from pathlib import Path

import pytest

from .hugo_sites import listed, write

CONFIG = 'baseURL = "https://ana.example.org/"\ntitle = "Ana"\n'

# (front matter lines after the title, expected day or None)
PAGES = [
    ('publishDate: "2024-03-05T00:00:00Z"', "2024-03-05"),
    ("publishdate: 2024-02-11", "2024-02-11"),
    ("pubdate: 2024-01-20", "2024-01-20"),
    ("published: 2023-12-02", "2023-12-02"),
    ("lastmod: 2023-11-14", "2023-11-14"),
    ("modified: 2023-10-09", "2023-10-09"),
    # date first, then the publishing day, then the last change, as Hugo reads them
    ("date: 2023-09-01\npublishDate: 2023-09-20\nlastmod: 2024-05-01", "2023-09-01"),
    ("lastmod: 2024-05-01\npublishDate: 2023-08-04", "2023-08-04"),
    ('date: ""\npublishDate: 2023-07-07', "2023-07-07"),
    ("published: true\nlastmod: 2023-06-15", "2023-06-15"),  # a flag is no day
    ("summary: no day at all", None),
]


def _site(root: Path, config: str = CONFIG, names: list[str] | None = None) -> Path:
    files = {"hugo.toml": config, "content/_index.md": "---\ntitle: Ana\n---\nHello.\n"}
    for n, (lines, _) in enumerate(PAGES):
        name = names[n] if names else f"item-{n:02}"
        files[f"content/news/{name}/index.md"] = f"---\ntitle: 'Seminar number {n}'\n{lines}\n---\n"
    return write(root, files)


def _days(items: list[dict]) -> dict[str, str | None]:
    return {i["title"]: i["start"] for i in items}


def test_a_page_is_dated_as_hugo_dates_it(tmp_path: Path) -> None:
    items, ran = listed(_site(tmp_path / "site"))
    assert _days(items) == {f"Seminar number {n}": day for n, (_, day) in enumerate(PAGES)}
    assert ran.stderr.count("no 'date:'") == 1  # only the page with no day at all


@pytest.mark.parametrize(
    ("setting", "expected"),
    [
        # the site's own order: the publishing day before the date
        ('date = ["publishDate", ":default"]', {6: "2023-09-20", 7: "2023-08-04"}),
        # only the keys it names: no fallback to the last change
        ('date = ["date", "publishDate"]', {4: None, 5: None, 9: None}),
        # the day in the page's (bundle's) name first
        ('date = [":filename", ":default"]', {n: "2022-04-0" + str(n % 9 + 1) for n in (0, 6)}),
    ],
)
def test_the_sites_frontmatter_setting_is_followed(
    tmp_path: Path, setting: str, expected: dict[int, str | None]
) -> None:
    names = [f"2022-04-0{n % 9 + 1}-item-{n:02}" for n in range(len(PAGES))]
    config = CONFIG + f"\n[frontmatter]\n{setting}\n"
    items, _ = listed(_site(tmp_path / "site", config, names))
    days = _days(items)
    for n, day in expected.items():
        assert days[f"Seminar number {n}"] == day, (n, days)
    if ":filename" not in setting:  # the others keep Hugo's own reading
        assert days["Seminar number 0"] == "2024-03-05"


def test_a_theme_post_folder_dated_only_by_publishdate_is_read(tmp_path: Path) -> None:
    files = {"hugo.toml": CONFIG}
    for n in range(3):
        files[f"content/post/p{n}/index.md"] = (
            f"---\ntitle: 'Talk at the workshop {n}'\npublishDate: 2021-0{n + 1}-10\n---\n"
        )
    items, _ = listed(write(tmp_path / "site", files))
    assert sorted(_days(items).values()) == ["2021-01-10", "2021-02-10", "2021-03-10"]
