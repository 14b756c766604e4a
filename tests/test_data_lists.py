"""News kept in a Hugo data file in the shapes people write it (:mod:`feeds.inputs.data_lists`):
a list wrapped in any one key, bare strings that open with their date, a map keyed by
dates, words and dates under other key names. Run as a user runs ``feeds list`` on the
site's root; expectations written here from the input."""

from __future__ import annotations

from pathlib import Path

import pytest

from .cli_run import feeds
from .hugo_sites import HEADLESS, YAML_CONFIG, listed, summary, write

SHAPES = {
    "wrapped in item:": (
        "data/news.yaml",
        """
        # news shown by the home widget
        item:
          - date: '2020-10-06'
            description: 'Our paper on tide gauges was accepted at the coast meeting.'
          - date: '2021-02-01'
            description: 'Gave an invited talk on estuaries at the river symposium.'
        """,
        [
            (
                "Gave an invited talk on estuaries at the river symposium",
                "2021-02-01",
                "day",
                "talk",
            ),
            (
                "Our paper on tide gauges was accepted at the coast meeting",
                "2020-10-06",
                "day",
                "paper",
            ),
        ],
        [5, 3],
    ),
    "wrapped in entries:, beside a title": (
        "data/news.json",
        '{"title": "Lab news",\n "entries": [\n  {"when": "2024-03-05",\n'
        '   "message": "Bo joins the lab as a PhD student!"}\n ]\n}\n',
        [("Bo joins the lab as a PhD student", "2024-03-05", "day", "position")],
        [3],
    ),
    "bare strings opening with the date": (
        "data/news.yaml",
        """
        items:
          - |
              Mar'26: Alice joins the group as a PhD student! \\
          - "2025-03-01: Our paper on sandbars was accepted at the coast meeting."
          - "**Nov 2024** Received the young researcher prize for dune models."
          - |
              March '24: We released the [shoreline dataset](https://example.org/shore) \\
        """,
        [
            ("Alice joins the group as a PhD student", "2026-03", "month", "position"),
            (
                "Our paper on sandbars was accepted at the coast meeting",
                "2025-03-01",
                "day",
                "paper",
            ),
            ("Received the young researcher prize for dune models", "2024-11", "month", "award"),
            ("We released the shoreline dataset", "2024-03", "month", "news"),
        ],
        [2, 4, 5, 6],
    ),
    "TOML map keyed by dates": (
        "data/news.toml",
        '''
        # news: one key per day

        2025-05-01 = """
          Our work on wave models has been accepted at the coast meeting!
        """

        2024-12-24 = "Gave a keynote on lagoons at the delta workshop."
        ''',
        [
            (
                "Our work on wave models has been accepted at the coast meeting",
                "2025-05-01",
                "day",
                "paper",
            ),
            ("Gave a keynote on lagoons at the delta workshop", "2024-12-24", "day", "talk"),
        ],
        [3, 7],
    ),
    "YAML map keyed by dates": (
        "data/news.yml",
        """
        news:
          "2023-07-14": Started as a postdoc at the ocean institute.
          2022-01-10:
            text: Our paper on river plumes is published in the plume journal.
            link: https://example.org/plumes
        """,
        [
            ("Started as a postdoc at the ocean institute", "2023-07-14", "day", "position"),
            (
                "Our paper on river plumes is published in the plume journal",
                "2022-01-10",
                "day",
                "paper",
            ),
        ],
        [2, 3],
    ),
    "year and month keys": (
        "data/news.yaml",
        """
        - {year: 2021, month: Feb, headline: Gave a seminar on silt at the lake institute}
        - {year: 2020, month: 3, day: 9, body: Our paper on silt was accepted at the lake meeting}
        - {year: 2019, note: Started my postdoc at the lake institute}
        """,
        [
            ("Gave a seminar on silt at the lake institute", "2021-02", "month", "talk"),
            ("Our paper on silt was accepted at the lake meeting", "2020-03-09", "day", "paper"),
            ("Started my postdoc at the lake institute", "2019", "year", "position"),
        ],
        [1, 2, 3],
    ),
    "map of years, dates without one": (
        "data/news.yaml",
        """
        news:
          2024:
            - "Jan 5: Gave a talk on tides at the port."
            - text: Bo joins the lab as a PhD student.
          "2023":
            - date: Mar 3
              text: Our paper on sandbars was accepted at the coast meeting.
        """,
        [
            ("Gave a talk on tides at the port", "2024-01-05", "day", "talk"),
            ("Bo joins the lab as a PhD student", "2024", "year", "position"),
            (
                "Our paper on sandbars was accepted at the coast meeting",
                "2023-03-03",
                "day",
                "paper",
            ),
        ],
        [3, 4, 6],
    ),
    "list of groups by year": (
        "data/news.json",
        '[\n {"year": 2022, "items": [\n   {"date": "Nov 2", "text": "Released the dune dataset"}\n'
        "  ]}\n]\n",
        [("Released the dune dataset", "2022-11-02", "day", "news")],
        [3],
    ),
}


@pytest.mark.parametrize("case", SHAPES)
def test_data_file_shapes(tmp_path: Path, case: str) -> None:
    name, text, expected, lines = SHAPES[case]
    site = write(
        tmp_path / "site",
        {"config/_default/config.yaml": YAML_CONFIG, "content/home/index.md": HEADLESS, name: text},
    )
    items, result = listed(site)
    assert summary(items) == expected
    assert [i["line"] for i in items] == lines
    assert "warning" not in result.stderr, result.stderr


def test_data_file_words_are_shown_without_liquid_or_line_break(tmp_path: Path) -> None:
    site = write(
        tmp_path / "site",
        {
            "config/_default/config.yaml": YAML_CONFIG,
            "content/home/index.md": HEADLESS,
            "data/news.yaml": (
                "- 'Jun 2025: New dataset out {{ site.baseurl }}on "
                "{% if x %}sandbars{% endif %} \\'\n"
            ),
        },
    )
    items, _ = listed(site)
    assert [i["title"] for i in items] == ["New dataset out on sandbars"]


@pytest.mark.parametrize(
    "text",
    [
        "tags:\n  - rivers\n  - deltas\n",  # strings without dates
        "people:\n  - name: Ana\n    role: PI\n",  # entries without words
        "a:\n  - '2024-01-01: one'\nb:\n  - '2024-02-01: two'\n",  # two lists, neither named
    ],
)
def test_data_file_that_holds_no_news_is_not_read(tmp_path: Path, text: str) -> None:
    site = write(
        tmp_path / "site",
        {
            "config/_default/config.yaml": YAML_CONFIG,
            "content/home/index.md": HEADLESS,
            "content/news/one.md": "---\ntitle: Gave a talk on tides\ndate: 2024-05-01\n---\n",
            "data/news.yaml": text,
        },
    )
    items, result = listed(site)
    assert [i["title"] for i in items] == ["Gave a talk on tides"]
    assert "data/news.yaml:1: warning: no list of news entries" in result.stderr


FILES = {
    "data/news.yaml": (
        "item:\n  - date: '2020-10-06'\n    description: 'Gave a talk on tides at the port.'\n"
    ),
    "data/news.toml": '[[news]]\ndate = 2020-10-06\ntext = "Gave a talk on tides at the port."\n',
    "_data/news.json": '[{"date": "2020-10-06", "content": "Gave a talk on tides at the port."}]',
    "_data/news.csv": "date,text\n2020-10-06,Gave a talk on tides at the port.\n",
}


@pytest.mark.parametrize("name", FILES)
def test_a_data_file_named_as_the_content_is_read_as_data(tmp_path: Path, name: str) -> None:
    site = write(tmp_path / "site", {name: FILES[name]})
    items, result = listed(site / name)
    assert summary(items) == [("Gave a talk on tides at the port", "2020-10-06", "day", "talk")]
    assert items[0]["line"] in (1, 2)
    assert "warning" not in result.stderr, result.stderr


@pytest.mark.parametrize(
    ("text", "line", "says"),
    [
        ("- name: Ana\n  role: PI\n", 1, "no list of news entries"),
        ("title: News\nitems: 3\n", 1, "no list of news entries"),
        ("- date: 2024-01-02\n  text: [unclosed\n", 3, "not valid YAML"),
    ],
)
def test_a_data_file_without_news_is_refused_in_one_line(
    tmp_path: Path, text: str, line: int, says: str
) -> None:
    site = write(tmp_path / "site", {"data/people.yaml": text})
    result = feeds(
        "list", "--content", str(site / "data" / "people.yaml"), "--site-url", "https://a.org/"
    )
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and says in result.stderr
    assert f"people.yaml:{line}: " in result.stderr


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        (None, ("2020-10-06", "day")),
        (
            '{{ (time .date).Format ($page.Params.date_format | default "Jan 2006") }}',
            ("2020-10", "month"),
        ),
        ('{{ time.Format "January 2, 2006" .date }}', ("2020-10-06", "day")),
        ('<time datetime="{{ .date }}">{{ time.Format "2006" .date }}</time>', ("2020", "year")),
    ],
)
def test_data_dates_as_the_widget_shows_them(tmp_path: Path, template, expected) -> None:
    files = {
        "config/_default/config.yaml": YAML_CONFIG,
        "content/home/index.md": HEADLESS,
        "data/news.yaml": "- date: '2020-10-06'\n  text: Bo joins the lab as a PhD student\n",
    }
    if template:
        files["layouts/partials/widgets/news.html"] = (
            f"{{{{ range $.Site.Data.news }}}}<li>{template} {{{{ .text }}}}</li>{{{{ end }}}}\n"
        )
    items, _ = listed(write(tmp_path / "site", files))
    assert [(i["start"], i["precision"]) for i in items] == [expected]


def test_a_data_file_named_as_the_content_is_dated_as_its_site_shows_it(tmp_path: Path) -> None:
    site = write(
        tmp_path / "site",
        {
            "data/news.yaml": "- date: '2020-10-06'\n  text: Bo joins the lab as a PhD student\n",
            "layouts/index.html": '{{ range .Site.Data.news }}{{ .date.Format "Jan 2006" }}',
        },
    )
    items, _ = listed(site / "data" / "news.yaml")
    assert [(i["start"], i["precision"]) for i in items] == [("2020-10", "month")]


@pytest.mark.parametrize(
    ("name", "text", "says"),
    [
        ("news.json", "[" * 50_000 + "]" * 50_000, "not valid JSON (nested too deeply)"),
        ("news.toml", "a = " + "[" * 50_000 + "]" * 50_000, "not valid TOML (nested too deeply)"),
        ("news.csv", 'date,text\n2024-01-01,"' + "x" * 200_000 + '"\n', "not valid CSV"),
    ],
)
def test_a_hostile_data_file_is_refused_in_one_line(tmp_path: Path, name, text, says) -> None:
    site = write(tmp_path / "site", {f"data/{name}": text})
    result = feeds("list", "--content", str(site / "data" / name), "--site-url", "https://a.org/")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and says in result.stderr, result.stderr
