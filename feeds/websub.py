"""WebSub publishing (https://www.w3.org/TR/websub/#publishing): tell the hub which feeds changed.

``feeds build --ping`` with a ``hub`` set sends one ``POST`` per feed whose bytes this
build changed (``hub.mode=publish``, ``hub.url=<the feed's public URL>``), nothing for
the unchanged ones, and nothing at all when offline. The whole round is bounded by
:data:`PING_TIMEOUT` seconds; a hub that cannot be reached or answers with an error is
a warning, never a failed build (the feeds are published either way).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import urlencode, urlsplit

from .diagnostics import Reporter

if TYPE_CHECKING:
    import urllib.request

PING_TIMEOUT = 20.0  # seconds for all the POSTs of one build
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")


@dataclass
class PingResult:
    """Which feed URLs the hub accepted, and which it was not told about."""

    pinged: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)


def publish_request(hub: str, topic: str) -> urllib.request.Request:
    """The form-encoded ``POST`` that tells ``hub`` the feed at ``topic`` changed."""
    import urllib.request  # only a build that pings pays for the HTTP stack

    body = urlencode({"hub.mode": "publish", "hub.url": topic}).encode("ascii")
    headers = {"Content-Type": "application/x-www-form-urlencoded", "User-Agent": "feeds"}
    return urllib.request.Request(hub, data=body, headers=headers, method="POST")


def ping(
    hub: str,
    topics: Iterable[str],
    reporter: Reporter,
    *,
    timeout: float = PING_TIMEOUT,
    clock: Callable[[], float] = time.monotonic,
) -> PingResult:
    """POST each topic to ``hub`` in turn, within ``timeout`` seconds in all.

    After the first failure to connect the rest are not tried (the hub is down);
    a hub answering with an HTTP error is reported per feed.
    """
    import urllib.error
    import urllib.request

    result = PingResult()
    todo = list(topics)
    if urlsplit(hub).scheme not in ("http", "https"):
        reporter.warn("hub", None, f"hub {hub!r} is not an http(s) URL: hub not notified")
        result.failed = todo
        return result
    deadline = clock() + timeout
    for index, topic in enumerate(todo):
        left = deadline - clock()
        if left <= 0:
            result.failed += todo[index:]
            reporter.warn("hub", None, f"{hub}: out of time, not notified: {todo[index:]}")
            break
        try:
            with urllib.request.urlopen(publish_request(hub, topic), timeout=left) as reply:
                reply.read(1024)
            result.pinged.append(topic)
        except urllib.error.HTTPError as exc:  # the hub answered: only this feed failed
            result.failed.append(topic)
            reporter.warn("hub", None, f"{hub} refused {topic}: HTTP {exc.code} {exc.reason}")
        except (OSError, ValueError) as exc:  # URLError, timeouts: the hub is not there
            result.failed += todo[index:]
            reason = getattr(exc, "reason", exc)
            reporter.warn("hub", None, f"{hub} cannot be reached ({reason}): hub not notified")
            break
    return result


def changed_feeds(outputs: Iterable[tuple[str, str]], written: Iterable[str]) -> list[str]:
    """Names of the feeds (by media type) among the files a build wrote.

    ``outputs`` are ``(name, media_type)`` pairs of every output of the build.
    """
    changed = set(written)
    return [name for name, media in outputs if media in FEED_TYPES and name in changed]
