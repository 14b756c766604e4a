"""Settings that pass a first look but name nothing real are refused in one line naming the
setting, as every other bad setting is (README, "The CLI")."""

from __future__ import annotations

from pathlib import Path

import pytest

from .cli_run import feeds

PAGE = "# Me\n\n## News\n\n- **Jan 2025** Gave a talk at MIT.\n"


@pytest.fixture
def site(tmp_path: Path) -> Path:
    (tmp_path / "index.md").write_text(PAGE, encoding="utf-8")
    return tmp_path


def _listed(site: Path, toml: str):
    (site / "feeds.toml").write_text(f'site_url = "https://me.example.org/"\n{toml}\n')
    return feeds("list", "--content", str(site), "--now", "2025-02-01")


@pytest.mark.parametrize("value", ["2019", "2019-02", "2019-02-28", "2020-02-29"])
def test_a_real_id_date_is_taken(site: Path, value: str):
    ran = _listed(site, f'id_date = "{value}"')
    assert ran.returncode == 0, ran.stderr


@pytest.mark.parametrize("value", ["2019-02-30", "2019-04-31", "2021-02-29"])
def test_an_id_date_that_is_no_day_is_refused(site: Path, value: str):
    """RFC 4151's date is a real day: ``tag:me.example.org,2019-02-30:`` is no tag URI."""
    ran = _listed(site, f'id_date = "{value}"')
    assert ran.returncode == 1
    assert ran.stderr.startswith("error: ") and "feeds.toml:2: setting 'id_date'" in ran.stderr
    assert len(ran.stderr.splitlines()) == 1


def test_a_page_inside_the_content_folder_is_read(site: Path):
    (site / "pages").mkdir()
    (site / "index.md").rename(site / "pages" / "home.md")
    ran = _listed(site, 'page = "pages/home.md"')
    assert ran.returncode == 0, ran.stderr
    assert "Gave a talk at MIT" in ran.stdout


@pytest.mark.parametrize("where", ["../outside/home.md", "ABSOLUTE", "linked/home.md"])
def test_a_page_outside_the_content_folder_is_refused(tmp_path: Path, where: str):
    """README: ``page`` is "the homepage inside the content folder"; a file elsewhere on
    the machine (``..``, an absolute path, a link out of the folder) is never read."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "home.md").write_text(PAGE.replace("MIT", "a secret place"), encoding="utf-8")
    site = tmp_path / "site"
    site.mkdir()
    (site / "linked").symlink_to(outside)
    value = str(outside / "home.md") if where == "ABSOLUTE" else where
    ran = _listed(site, f'page = "{value}"')
    assert ran.returncode == 1
    assert "secret" not in ran.stdout
    (line,) = ran.stderr.splitlines()
    assert line.startswith("error: ") and "'page'" in line and "inside the content folder" in line


@pytest.mark.parametrize(
    "api", ["not a url", "file:///etc/passwd", "ftp://x.org/q", "http://[::1", ""]
)
def test_an_arxiv_api_that_is_no_http_url_is_a_setting_error(site: Path, api: str):
    """Checked as it is read, like site_url and hub: not a warning about arXiv's "response"
    at every build."""
    ran = _listed(site, f'[arxiv]\napi = "{api}"')
    assert ran.returncode == 1
    (line,) = ran.stderr.splitlines()
    assert line.startswith("error: ") and "feeds.toml:3: setting 'arxiv.api'" in line
    (site / "feeds.toml").write_text('site_url = "https://me.example.org/"\n')
    ran = feeds("list", "--content", str(site), "--now", "2025-02-01", "--arxiv-api", api)
    assert ran.returncode == 1 and ran.stderr.startswith("error: --arxiv-api: ")


@pytest.mark.parametrize("api", ["http://127.0.0.1:8123/api/query", "https://x.org/q?key=1"])
def test_an_http_arxiv_api_is_taken(site: Path, api: str):
    ran = _listed(site, f'[arxiv]\napi = "{api}"')
    assert ran.returncode == 0, ran.stderr


@pytest.mark.parametrize(
    ("toml", "line", "key"),
    [
        ('title = "T"\nsite-ur1 = "https://x.org/"', 3, "site-ur1"),
        ("calendar = 3", 2, "calendar"),
        ('\n\n[calendar]\nkind = ["talk"]', 5, "calendar.kind"),
    ],
)
def test_an_unknown_setting_names_its_line(site: Path, toml: str, line: int, key: str):
    ran = _listed(site, toml)
    assert ran.returncode == 1
    (message,) = ran.stderr.splitlines()
    assert message.startswith(f"error: {site / 'feeds.toml'}:{line}: unknown setting "), message
    assert key in message


def test_a_feeds_toml_that_is_not_utf8_names_its_line_and_byte(site: Path):
    latin1 = 'site_url = "https://me.example.org/"\ntitle = "Zürich"\n'.encode("latin-1")
    (site / "feeds.toml").write_bytes(latin1)
    ran = feeds("list", "--content", str(site), "--now", "2025-02-01")
    assert ran.returncode == 1
    (line,) = ran.stderr.splitlines()
    assert line == f"error: {site / 'feeds.toml'}:2: not UTF-8 text (byte 0xfc); save it as UTF-8"
