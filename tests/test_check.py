"""``feeds check``: each kind of mistake is reported at its file:line; exit codes."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from feeds.check import run_check, site_file
from feeds.cli import main
from feeds.validate import validate

from .conftest import JEKYLL_SITE

NOW = "2022-06-01"
CLEAN = """
    #### Upcoming

    - **Talk** at the [Summer School](https://school.example.org/) (Jul 4, 2022)

    #### Past

    - **Talk** at the [Spring Seminar](https://spring.example.org/) \\[[Slides](talks/spring.pdf)\\] (May 1, 2022)
    """  # noqa: E501
MISTAKES = """
    #### Upcoming

    - **Talk** at the Old Venue (Jan 5, 2022)

    #### Past

    - **Talk** at the Future Venue (Dec 5, 2022)
    - **Paper release**: [A paper](https://arxiv.org/abs/2201.00001v1) (Mar 1, 2022)
    - **Talk** at Somewhere \\[[Slides](talks/missing.pdf)\\] \\[[Home](https://example.org/x.pdf)\\] (Feb 1, 2022)
    - **Award** for something, no date given
    - **Talk** at Twice (Feb 2, 2022)
    - **Talk** at Twice (Feb 2, 2022)
    """  # noqa: E501


def run(*args: str):
    return CliRunner().invoke(main, ["check", "--now", NOW, *args], catch_exceptions=False)


def line_of(path: Path, needle: str, nth: int = 0) -> int:
    lines = [i for i, line in enumerate(path.read_text().splitlines(), 1) if needle in line]
    return lines[nth]


@pytest.fixture
def clean(make_site) -> Path:
    site = make_site(CLEAN)
    (site / "talks").mkdir()
    (site / "talks" / "spring.pdf").write_bytes(b"%PDF-1.4\n")
    return site


def test_clean_content_passes(clean: Path):
    result = run("--content", str(clean), "--strict")
    assert result.exit_code == 0, result.output
    assert "0 errors, 0 warnings" in result.output
    assert "Outputs: " in result.output and "parsed back" in result.output


def test_each_mistake_is_reported_at_its_line(make_site):
    site = make_site(MISTAKES)
    page = site / "index.md"
    report = run_check(site, today=dt.date.fromisoformat(NOW))
    text = report.format()

    def reported(needle: str, message: str, nth: int = 0, severity: str = "warning") -> None:
        where = f"{page.name}:{line_of(page, needle, nth)}: {severity}: "
        lines = [line for line in text.splitlines() if where in line and message in line]
        assert len(lines) == 1, f"{where}…{message} not reported once in:\n{text}"

    reported("Old Venue", "under 'Upcoming' but its date (2022-01-05) has passed")
    reported("Future Venue", "under 'Past' but its date (2022-12-05) is still ahead")
    reported("A paper", "arXiv 2201.00001 is not in the cache")
    reported("Somewhere", "links to 'talks/missing.pdf', but the site has no such file")
    reported("no date given", "no date found", severity="error")
    reported("Twice", "duplicate news item", nth=1, severity="error")
    assert "example.org/x.pdf" not in text  # absolute links are not checked
    assert report.exit_code() == 1  # mistakes in the list itself are errors
    assert len(report.of("warning")) == 4 and len(report.of("error")) == 2
    # grouped: one heading per kind of finding
    for heading in ("Content", "Sections", "Links", "arXiv", "Outputs: "):
        assert f"\n{heading}" in text


def test_exit_codes_and_strict(make_site):
    assert run("--content", str(make_site(MISTAKES))).exit_code == 1  # undated, duplicate
    warnings_only = "\n".join(
        line
        for line in MISTAKES.splitlines()
        if "no date given" not in line and "Twice" not in line
    )
    site = make_site(warnings_only)
    assert run("--content", str(site)).exit_code == 0  # warnings only
    strict = run("--content", str(site), "--strict")
    assert strict.exit_code == 1 and "problems found (strict)" in strict.output
    missing = run("--content", str(site / "nowhere"))
    assert missing.exit_code == 1 and "no such content folder" in missing.output


def test_cached_arxiv_ids_are_not_reported(make_site):
    from feeds.enrich.cache import Cache
    from feeds.model import Paper

    site = make_site(MISTAKES)
    before = run_check(site, today=dt.date.fromisoformat(NOW))
    assert any("2201.00001 is not" in p.message for p in before.found["arXiv"])
    cache = Cache.load(site / "arxiv.json")
    paper = Paper("2201.00001", "T", ("A",), "Abstract", ("cs.LG",), "cs.LG", "2022-01-01",
                  "2022-01-01", 1, "https://arxiv.org/abs/2201.00001v1",
                  "https://arxiv.org/pdf/2201.00001v1")  # fmt: skip
    cache.put(paper, "2022-01-02T00:00:00Z")
    cache.save()
    report = run_check(site, today=dt.date.fromisoformat(NOW))
    assert all("2201.00001 is not" not in p.message for p in report.found["arXiv"])


def test_out_option_keeps_the_outputs(clean: Path, tmp_path: Path):
    out = tmp_path / "built"
    result = run("--content", str(clean), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert (out / "feed.xml").is_file() and (out / "atom.xml").is_file()


def test_broken_outputs_are_errors(clean: Path, tmp_path: Path, monkeypatch):
    broken = {
        "feed.xml": b"<rss version='2.0'><channel><title>x</channel>",
        "talks.ics": b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:x\r\nEND:VEVENT\r\n"
        b"END:VCALENDAR\r\n",
        "feed.json": json.dumps({"version": "1", "items": [{"id": 1}]}).encode(),
    }
    monkeypatch.setattr("feeds.build.render_all", lambda site: broken)
    result = run("--content", str(clean), "--out", str(tmp_path / "out"))
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if ": error: " in line]
    assert any("feed.xml: error: feedparser: not well-formed" in e for e in errors)
    assert any("talks.ics: error: event 1 has no UID" in e for e in errors)
    assert any("feed.json: error: 'version'" in e for e in errors)
    assert any("feed.json: error: item 1 has no string 'id'" in e for e in errors)


def test_validate_good_outputs(tmp_path: Path):
    (tmp_path / "feed.json").write_text(
        json.dumps(
            {
                "version": "https://jsonfeed.org/version/1.1",
                "title": "t",
                "items": [
                    {
                        "id": "a",
                        "content_html": "<p>x</p>",
                        "date_published": "2022-01-01T00:00:00Z",
                    }
                ],
            }
        )
    )
    assert validate(tmp_path, ["feed.json", "feed.xsl"]) == []


def test_jekyll_site_check(tmp_path: Path):
    site = Path(shutil.copytree(JEKYLL_SITE, tmp_path / "site"))
    news = site / "_news" / "announcement_2.md"
    news.write_text(news.read_text() + "\nSee the [map](assets/map.png).\n")
    report = run_check(site, today=dt.date(2022, 11, 20))
    links = [str(p) for p in report.found["Links"]]
    assert len(links) == 1  # the fixture's own relative links point at files it has
    assert "announcement_2.md:7: warning: links to 'assets/map.png'" in links[0]
    assert not report.of("error")
    assert any("merged" in p.message for p in report.found["Notes"])


def test_site_file():
    root = Path("/site")
    assert site_file(root, "talks/x.pdf") == root / "talks" / "x.pdf"
    assert site_file(root, "/talks/x%20y.pdf") == root / "talks" / "x y.pdf"
    assert site_file(root, "/al-folio/assets/x.pdf", "/al-folio") == root / "assets" / "x.pdf"
    assert site_file(root, "../../etc/passwd.txt") == root / "etc" / "passwd.txt"
    for href in (
        "https://x.org/a.pdf",
        "//x.org/a.pdf",
        "#top",
        "news/",
        "about",
        "page.html",
        "mailto:a@b.org",
    ):
        assert site_file(root, href) is None
