"""The HTTP session under the arXiv client: polite spacing, timeouts, a deadline.

Every request waits until ``SPACING`` seconds after the previous one ended (arXiv's
terms of use), gets a timeout of at most ``MAX_REQUEST`` seconds and never more than the
run has left, and is not started at all once the run's deadline is near. A 200 answer
that is not a well-formed Atom feed is rejected before the client parses it (its
recovering parser would otherwise accept truncated entries).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Callable
from typing import Any

import requests

SPACING = 3.0  # seconds between requests (arXiv terms of use)
MAX_REQUEST = 20.0  # seconds any one request may take
MIN_REQUEST = 0.5  # no request is started with less budget than this left
ATOM = "{http://www.w3.org/2005/Atom}"

Clock = Callable[[], float]
Sleep = Callable[[float], None]


class BudgetExhausted(Exception):
    """The run's time budget leaves no room for another request."""


class MalformedResponse(Exception):
    """A 200 response that is not a well-formed Atom feed."""


class PacedSession(requests.Session):
    """A session that spaces, times out and checks every request it makes."""

    def __init__(self, clock: Clock, sleep: Sleep, deadline: float):
        super().__init__()
        self.clock, self.sleep, self.deadline = clock, sleep, deadline
        self.last: float | None = None  # clock() when the previous request ended
        self.timeout = 0.0  # timeout of the latest request
        self.response: requests.Response | None = None  # latest response
        self.count = 0  # requests made

    def wait(self, seconds: float) -> None:
        """Sleep ``seconds`` (if positive), unless that leaves too little budget."""
        if seconds + MIN_REQUEST > self.deadline - self.clock():
            raise BudgetExhausted()
        if seconds > 0:
            self.sleep(seconds)

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> Any:
        """Send one request at a polite time, with a timeout; check a 200 body."""
        self.wait(0.0 if self.last is None else self.last + SPACING - self.clock())
        self.timeout = kwargs["timeout"] = min(self.deadline - self.clock(), MAX_REQUEST)
        self.response = None
        self.count += 1
        try:
            response = super().request(method, url, *args, **kwargs)
        finally:
            self.last = self.clock()
        self.response = response
        if response.status_code == 200:
            check_feed(response.content)
        return response


def check_feed(content: bytes) -> None:
    """Raise :class:`MalformedResponse` unless ``content`` is a well-formed Atom feed."""
    try:
        root = ET.fromstring(content)
    except ET.ParseError as exc:
        raise MalformedResponse(f"not well-formed XML: {exc}") from exc
    if root.tag != ATOM + "feed":
        raise MalformedResponse(f"not an Atom feed (root element {root.tag})")
