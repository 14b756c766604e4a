"""The Chromium binary the browser tests drive, or a visible skip — or, in CI, a failure.

``.ci/run`` sets ``FEEDS_REQUIRE_BROWSER=1``: there a missing browser fails the browser
tests instead of skipping them, so CI cannot be green without them. A developer's
``make test`` skips them with the reason (pytest's ``-rs`` prints it).
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
REQUIRE = "FEEDS_REQUIRE_BROWSER"


def chromium_binary() -> str:
    """The first Chromium on PATH; else fail when ``FEEDS_REQUIRE_BROWSER`` is set, else skip."""
    found = next((path for name in BROWSERS if (path := shutil.which(name))), None)
    if found is not None:
        return found
    reason = (
        f"no Chromium binary ({', '.join(BROWSERS)}) on PATH; "
        "install it with `apt-get install chromium`"
    )
    if os.environ.get(REQUIRE, "") not in ("", "0"):
        pytest.fail(f"{reason} ({REQUIRE} is set, as in CI: the browser tests must run)")
    pytest.skip(reason)


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextmanager
def serving(folder: Path) -> Iterator[str]:
    """Base URL of ``folder`` served on a free loopback port, while the block runs."""
    handler = partial(QuietHandler, directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)
