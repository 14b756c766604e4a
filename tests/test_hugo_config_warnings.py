"""A value of a Hugo site's configuration that no build could use is a warning naming the
Hugo configuration file it came from, not a ``_config.yml`` the site does not have."""

from __future__ import annotations

from pathlib import Path

from .cli_run import feeds


def test_a_bad_hugo_base_url_is_warned_about_in_hugo_toml(tmp_path: Path):
    (tmp_path / "hugo.toml").write_text('baseURL = "ftp://files.example.org/"\n')
    (tmp_path / "content" / "home").mkdir(parents=True)
    (tmp_path / "content" / "home" / "news.md").write_text(
        "---\ntitle: News\n---\n\n- **Jan 2025** Gave a talk at MIT.\n", encoding="utf-8"
    )
    ran = feeds(
        "list", "--content", str(tmp_path), "--now", "2025-02-01",
        "--site-url", "https://me.example.org/",
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    assert "Gave a talk at MIT" in ran.stdout
    (warning,) = [line for line in ran.stderr.splitlines() if "site_url" in line]
    assert warning.startswith(f"{tmp_path / 'hugo.toml'}: warning: setting 'site_url': "), warning
    assert "_config.yml" not in ran.stderr
