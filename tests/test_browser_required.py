"""Without Chromium the browser tests skip for a developer and fail in CI (issue 14)."""

from __future__ import annotations

import shutil

import pytest

from .browser_binary import REQUIRE, chromium_binary


@pytest.fixture
def no_browser(monkeypatch: pytest.MonkeyPatch) -> pytest.MonkeyPatch:
    monkeypatch.setattr(shutil, "which", lambda name: None)
    return monkeypatch


def outcome() -> BaseException:
    """What chromium_binary raises (a skip or a failure, caught so neither ends this test)."""
    try:
        chromium_binary()
    except BaseException as exc:  # pytest's Skipped and Failed are BaseExceptions
        return exc
    raise AssertionError("chromium_binary returned without a browser")


def test_a_developer_without_chromium_skips_with_the_reason(no_browser) -> None:
    no_browser.delenv(REQUIRE, raising=False)
    skipped = outcome()
    assert type(skipped) is pytest.skip.Exception
    assert "no Chromium binary" in str(skipped) and "`apt-get install chromium`" in str(skipped)
    no_browser.setenv(REQUIRE, "0")
    assert type(outcome()) is pytest.skip.Exception


def test_ci_without_chromium_fails(no_browser) -> None:
    no_browser.setenv(REQUIRE, "1")
    failed = outcome()
    assert type(failed) is pytest.fail.Exception
    assert "FEEDS_REQUIRE_BROWSER is set" in str(failed)


def test_the_browser_found_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(shutil, "which", lambda name: f"/opt/{name}" if "chrome" in name else None)
    monkeypatch.setenv(REQUIRE, "1")
    assert chromium_binary() == "/opt/google-chrome"


def test_ci_requires_the_browser() -> None:
    from .conftest import ROOT

    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert f"export {REQUIRE}=1" in script
    assert "apt-get install" in script and "chromium" in script
