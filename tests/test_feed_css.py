"""The XML feeds in a real browser with XSLT on and off (headless Chromium, DevTools).

Chromium turns XSLT off from version 155 (the ``XSLT`` feature; ``--disable-features=
XSLT`` turns it off in older ones, ``--enable-features=XSLT`` back on in newer ones).
With it on, ``feed.xsl`` makes the page; with it off, the browser falls back on the
second stylesheet, ``feed.css``, which must show the feed's notice and a link to the
subscribe page. Chromium is driven over ``--remote-debugging-pipe`` (no port, no
extra package): the test asks the page itself whether the notice is laid out and on
screen, and saves a screenshot of each case in the build's ``screenshots/`` folder.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import select
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import feedparser
import pytest

from feeds.build import BuildResult, build

from .browser_binary import chromium_binary, serving
from .conftest import CONTENT, TODAY

LIMIT = 90.0  # seconds one DevTools exchange may take before the test gives up
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--hide-scrollbars",
    "--window-size=1100,900",
]
XSLT = {"on": "--enable-features=XSLT", "off": "--disable-features=XSLT"}
NOTICE = "This is a feed — copy its address into a reader"
XSL_NOTICE = "This is a web feed"  # what feed.xsl writes
PROBE = """(() => {
  const visible = (node) => {
    if (!node) return null;
    const box = node.getBoundingClientRect();
    const style = getComputedStyle(node);
    const line = node.getClientRects()[0];  // an inline link may wrap: its first line
    const hit = line && document.elementFromPoint(line.left + line.width / 2,
                                                  line.top + line.height / 2);
    return {text: node.textContent.replace(/\\s+/g, " ").trim(), width: box.width,
            height: box.height, top: box.top, display: style.display,
            visibility: style.visibility, onTop: !!hit && node.contains(hit)};
  };
  const byText = (text) => [...document.querySelectorAll("*")].reverse()
      .find((n) => n.textContent.includes(text));
  const notice = document.getElementsByClassName("feeds-notice")[0] || byText(%s);
  const link = [...document.querySelectorAll("a")].find((a) =>
      (a.getAttribute("href") || "").endsWith("subscribe.html"));
  const titles = [...document.querySelectorAll("item > title, entry > title")];
  const plumbing = document.querySelector("item > guid, entry > id");
  return {contentType: document.contentType, notice: visible(notice), link: visible(link),
          plumbing: plumbing && getComputedStyle(plumbing).display,
          linkHref: link ? link.href : null, firstTitle: visible(titles[0] || null),
          text: document.documentElement.textContent.replace(/\\s+/g, " ")};
})()"""


class DevTools:
    """Chromium's DevTools protocol over ``--remote-debugging-pipe`` (fds 3 and 4)."""

    def __init__(self, chromium: str, profile: Path, *flags: str) -> None:
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()

        def wire() -> None:  # in the child: fd 3 reads commands, fd 4 writes replies
            commands = fcntl.fcntl(to_browser_r, fcntl.F_DUPFD, 10)
            replies = fcntl.fcntl(from_browser_w, fcntl.F_DUPFD, 10)
            os.dup2(commands, 3)
            os.dup2(replies, 4)

        self.proc = subprocess.Popen(
            [chromium, *FLAGS, f"--user-data-dir={profile}", "--remote-debugging-pipe",
             *flags, "about:blank"],
            close_fds=False,  # the fds 3 and 4 wire() sets up must survive exec
            preexec_fn=wire,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )  # fmt: skip
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next = 0
        self.session = ""
        self.events: list[dict[str, Any]] = []

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait(timeout=30)
        os.close(self._to_browser)
        os.close(self._from_browser)

    def _message(self, deadline: float) -> dict[str, Any]:
        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            ready, _, _ = select.select([self._from_browser], [], [], max(left, 0))
            if not ready:
                raise TimeoutError("Chromium did not answer over the DevTools pipe")
            chunk = os.read(self._from_browser, 1 << 20)
            if not chunk:
                raise EOFError("Chromium closed the DevTools pipe")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def call(self, method: str, **params: Any) -> dict[str, Any]:
        self._next += 1
        ident = self._next
        message: dict[str, Any] = {"id": ident, "method": method, "params": params}
        if self.session and not method.startswith("Target."):
            message["sessionId"] = self.session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + LIMIT
        while True:
            reply = self._message(deadline)
            if reply.get("id") == ident:
                assert "error" not in reply, reply["error"]
                return reply["result"]
            self.events.append(reply)

    def wait_for(self, method: str) -> None:
        deadline = time.monotonic() + LIMIT
        while not any(e.get("method") == method for e in self.events):
            self.events.append(self._message(deadline))

    def open(self, url: str) -> None:
        targets = self.call("Target.getTargets")["targetInfos"]
        page = next(t for t in targets if t["type"] == "page")
        self.session = self.call("Target.attachToTarget", targetId=page["targetId"], flatten=True)[
            "sessionId"
        ]
        self.call("Page.enable")
        self.events.clear()
        self.call("Page.navigate", url=url)
        self.wait_for("Page.loadEventFired")

    def evaluate(self, expression: str) -> Any:
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True)
        assert "exceptionDetails" not in result, result["exceptionDetails"]
        return result["result"]["value"]

    def screenshot(self, path: Path) -> None:
        data = self.call("Page.captureScreenshot", format="png")["data"]
        path.write_bytes(base64.b64decode(data))


@pytest.fixture(scope="module")
def chromium() -> str:
    return chromium_binary()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> BuildResult:
    return build(CONTENT, tmp_path_factory.mktemp("out"), today=TODAY, overrides={"offline": True})


@pytest.fixture(scope="module")
def served(built: BuildResult) -> Iterator[str]:
    """Base URL of the build's output folder, served on a free loopback port."""
    with serving(built.out_dir) as url:
        yield url


def look_at(chromium: str, profile: Path, url: str, xslt: str, shot: Path) -> dict[str, Any]:
    browser = DevTools(chromium, profile, XSLT[xslt])
    try:
        browser.open(url)
        text = XSL_NOTICE if xslt == "on" else NOTICE
        found = browser.evaluate(PROBE % json.dumps(text))
        browser.screenshot(shot)
    finally:
        browser.close()
    print(f"screenshot: {shot}")
    return found


def on_screen(box: dict[str, Any] | None, *, on_top: bool = True) -> bool:
    """Laid out, visible, in the first screenful and (``on_top``) not covered."""
    return bool(
        box
        and box["width"] > 50
        and box["height"] > 10
        and 0 <= box["top"] < 900
        and box["display"] != "none"
        and box["visibility"] == "visible"
        and (box["onTop"] or not on_top)
    )


@pytest.mark.parametrize("name", ["feed.xml", "atom.xml", "talks.xml"])
@pytest.mark.parametrize("xslt", ["on", "off"])
def test_feed_is_readable_with_and_without_xslt(
    chromium: str, served: str, built: BuildResult, tmp_path: Path, name: str, xslt: str
) -> None:
    folder = built.out_dir / "screenshots"
    folder.mkdir(exist_ok=True)
    shot = folder / f"{name.replace('.', '-')}-xslt-{xslt}.png"
    page = look_at(chromium, tmp_path, served + name, xslt, shot)
    items = feedparser.parse((built.out_dir / name).read_bytes()).entries
    assert items
    if xslt == "on":  # feed.xsl made an HTML page
        assert page["contentType"] == "text/html"
        # Chromium 155+ lays its own XSLT deprecation banner over the top of the page.
        assert XSL_NOTICE in page["notice"]["text"]
        assert on_screen(page["notice"], on_top=False)
    else:  # the XML itself, styled by feed.css
        assert page["contentType"].endswith("xml")  # no transformation
        assert page["notice"]["text"].startswith(NOTICE) and on_screen(page["notice"])
        assert on_screen(page["firstTitle"]) and page["firstTitle"]["display"] == "block"
        assert page["plumbing"] == "none"  # ids and the like are not shown
        assert page["firstTitle"]["text"] == " ".join(items[0].title.split())
    assert on_screen(page["link"]) and page["linkHref"] == served + "subscribe.html"
    for entry in items:
        assert " ".join(entry.title.split()) in page["text"]
    assert shot.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")


@pytest.mark.parametrize("name", ["feed.xml", "atom.xml", "talks.xml", "papers.xml"])
def test_readers_ignore_the_notice(built: BuildResult, name: str) -> None:
    parsed = feedparser.parse((built.out_dir / name).read_bytes())
    assert not parsed.bozo and parsed.version in ("rss20", "atom10")
    assert "copy its address" not in parsed.feed.title
    assert "copy its address" not in parsed.feed.get("subtitle", "")
    for entry in parsed.entries:
        assert "copy its address" not in entry.title + entry.get("summary", "")
