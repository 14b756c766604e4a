"""Includes expanded in place (Jekyll, Quarto, knitr), with a line map back to the files."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from feeds.diagnostics import Reporter
from feeds.inputs.includes import MAX_DEPTH, expand


def write(site: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = site / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return site


def lines_from(expanded, site: Path) -> list[tuple[str, str, int]]:
    """(text, file relative to the site, line) of every non-blank expanded line."""
    out = []
    for number, text in enumerate(expanded.text.split("\n"), 1):
        source, line = expanded.where(number)
        if text.strip():
            out.append((text, Path(source).resolve().relative_to(site.resolve()).as_posix(), line))
    return out


def test_includes_expand_in_place_with_a_line_map(tmp_path: Path) -> None:
    site = write(
        tmp_path,
        {
            "_pages/about.md": """
                ---
                permalink: /
                ---
                Hello.
                {% include_relative includes/news.md %}
                After.
                {%- include footer.md -%}
                """,
            "_pages/includes/news.md": """
                ---
                hidden: front matter of the include
                ---
                # News
                - one
                {% include_relative more.md %}
                """,
            "_pages/includes/more.md": "- two\n- three\n",
            "_includes/footer.md": "Footer.",
        },
    )
    reporter = Reporter(quiet=True)
    expanded = expand(site / "_pages" / "about.md", site, reporter)
    assert lines_from(expanded, site) == [
        ("---", "_pages/about.md", 1),
        ("permalink: /", "_pages/about.md", 2),
        ("---", "_pages/about.md", 3),
        ("Hello.", "_pages/about.md", 4),
        ("# News", "_pages/includes/news.md", 4),
        ("- one", "_pages/includes/news.md", 5),
        ("- two", "_pages/includes/more.md", 1),
        ("- three", "_pages/includes/more.md", 2),
        ("After.", "_pages/about.md", 6),
        ("Footer.", "_includes/footer.md", 1),
    ]
    assert "hidden" not in expanded.text  # an include's front matter is not shown
    assert reporter.problems == []


def test_other_liquid_is_blanked_and_comments_hidden(tmp_path: Path) -> None:
    site = write(
        tmp_path,
        {
            "index.md": """
                {% if site.news %}- item {{ site.author | upcase }} here{% endif %}
                {% comment %}
                - a hidden item
                {% endcomment %}
                - {% raw %}{{ shown as written }}{% endraw %}
                - last
                """,
        },
    )
    expanded = expand(site / "index.md", site, Reporter(quiet=True))
    assert expanded.text.split("\n") == [
        "- item  here",
        "",
        "",
        "",
        "- {{ shown as written }}",
        "- last",
    ]


def test_quarto_include_and_knitr_child(tmp_path: Path) -> None:
    site = write(
        tmp_path,
        {
            "index.qmd": """
                ## News
                {{< include _news.qmd >}}
                ```{r child="older.Rmd"}
                ```
                Done.
                """,
            "_news.qmd": "- new item\n",
            "older.Rmd": "- older item\n",
        },
    )
    expanded = expand(site / "index.qmd", site, Reporter(quiet=True))
    assert lines_from(expanded, site) == [
        ("## News", "index.qmd", 1),
        ("- new item", "_news.qmd", 1),
        ("- older item", "older.Rmd", 1),
        ("Done.", "index.qmd", 5),
    ]


def test_includes_never_leave_the_site_nor_loop(tmp_path: Path) -> None:
    outside = write(tmp_path / "outside", {"secret.md": "- SECRET\n"})
    site = write(
        tmp_path / "site",
        {
            "index.md": """
                {% include_relative ../outside/secret.md %}
                {% include_relative link.md %}
                {% include_relative index.md %}
                {% include_relative missing.md %}
                {% include {{ page.file }} %}
                {% include_relative a.md %}
                """,
            "a.md": "- a\n{% include_relative b.md %}\n",
            "b.md": "- b\n{% include_relative a.md %}\n",
        },
    )
    (site / "link.md").symlink_to(outside / "secret.md")
    reporter = Reporter(quiet=True)
    expanded = expand(site / "index.md", site, reporter)
    assert "SECRET" not in expanded.text
    assert [line for line in expanded.text.split("\n") if line.strip()] == ["- a", "- b"]
    said = [(p.line, p.message) for p in reporter.warnings]
    assert [line for line, _ in said] == [1, 2, 3, 4, 5, 2]
    assert "outside the site" in said[0][1] and "outside the site" in said[1][1]
    assert "includes itself" in said[2][1] and "includes itself" in said[5][1]
    assert "not found" in said[3][1] and "cannot follow" in said[4][1]


def test_includes_are_bounded_in_depth(tmp_path: Path) -> None:
    files = {f"p{n}.md": f"- level {n}\n{{% include_relative p{n + 1}.md %}}\n" for n in range(20)}
    site = write(tmp_path, files)
    reporter = Reporter(quiet=True)
    expanded = expand(site / "p0.md", site, reporter)
    assert f"- level {MAX_DEPTH}" in expanded.text
    assert f"- level {MAX_DEPTH + 2}" not in expanded.text
    assert len(reporter.warnings) == 1 and "deeper" in reporter.warnings[0].message


@pytest.mark.parametrize(
    "tag",
    [
        "{% include_relative x.md",
        "{{ never closed",
        "{% raw %}",
        "{% raw %}" * 50,
        "```{r child='x'}",
    ],
)
def test_unclosed_tags_are_left_alone(tmp_path: Path, tag: str) -> None:
    site = write(tmp_path, {"index.md": f"- item {tag}\n- next\n"})
    expanded = expand(site / "index.md", site, Reporter(quiet=True))
    assert expanded.text.split("\n")[1] == "- next"
    assert expanded.where(2)[1] == 2


def test_included_liquid_templates_are_not_shown(tmp_path: Path) -> None:
    site = write(
        tmp_path,
        {
            "index.md": """
                {% include news.liquid limit=true %}
                {% include loop.html %}
                {% include plain.html %}
                {% include gone.liquid %}
                """,
            "_includes/news.liquid": "{% if site.news %}<table>\n{% else %}No news{% endif %}\n",
            "_includes/loop.html": "<ul>{% for x in site.news %}\n<li>{{ x }}</li>{% endfor %}\n",
            "_includes/plain.html": "<h2>News</h2>\n",
        },
    )
    reporter = Reporter(quiet=True)
    expanded = expand(site / "index.md", site, reporter)
    assert [line for line in expanded.text.split("\n") if line.strip()] == ["<h2>News</h2>"]
    assert reporter.problems == []  # a missing template is no news file missing


def test_a_parser_error_names_the_included_file(tmp_path: Path, monkeypatch) -> None:
    from feeds.config import Settings
    from feeds.diagnostics import BuildError, display_path
    from feeds.inputs import page_reader

    site = write(
        tmp_path,
        {"index.md": "# Home\n\n{% include_relative part.md %}\n", "part.md": "a\nb\nc\n"},
    )
    source = display_path(site / "index.md")
    expanded_line = 5  # "c": line 3 of part.md, line 5 of the page as read

    def refuse(path, **kw):
        assert kw["text"].split("\n")[expanded_line - 1] == "c"
        raise BuildError(f"{source}:{expanded_line}: nested too deeply")

    monkeypatch.setattr(page_reader, "parse_page", refuse)
    with pytest.raises(BuildError) as caught:
        page_reader.read_news_page(site / "index.md", Settings(), Reporter(quiet=True), site=site)
    assert str(caught.value) == f"{display_path(site / 'part.md')}:3: nested too deeply"
