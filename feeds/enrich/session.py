"""The HTTP session under the arXiv client: polite spacing, timeouts, a hard deadline.

Every request waits until ``SPACING`` seconds after the previous one ended (arXiv's
terms of use), is not started at all once the run's deadline is near, and must be
over — headers and body — by the deadline: its socket timeout is what the run has left
(at most ``MAX_REQUEST``), the body is read in small pieces with the deadline checked
after each, and the whole exchange runs in a worker thread the caller stops waiting
for at the deadline (a server answering one byte per second cannot hold the build).
A 200 answer that is not a well-formed Atom feed is rejected before the client parses
it (its recovering parser would otherwise accept truncated entries).
"""

from __future__ import annotations

import re
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable
from typing import Any

import requests
from urllib3.exceptions import ProtocolError, ReadTimeoutError

from .reach import MAX_REQUEST, MIN_REQUEST

SPACING = 3.0  # seconds between requests (arXiv terms of use)
MAX_BODY = 32 * 1024 * 1024  # bytes; a longer answer is not an arXiv feed
PIECE = 16 * 1024  # bytes read at a time
ATOM = "{http://www.w3.org/2005/Atom}"

Clock = Callable[[], float]
Sleep = Callable[[float], None]


class BudgetExhausted(Exception):
    """The run's time budget leaves no room for another request."""


class MalformedResponse(Exception):
    """A 200 response that is not a well-formed Atom feed."""


class Unreachable(Exception):
    """No connection to arXiv could be made (name lookup, refused, TLS, connect timeout)."""


class PacedSession(requests.Session):
    """A session that spaces, bounds and checks every request it makes."""

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
        """Send one request at a polite time, bounded by the deadline; check a 200 body."""
        self.wait(0.0 if self.last is None else self.last + SPACING - self.clock())
        self.timeout = kwargs["timeout"] = min(self.deadline - self.clock(), MAX_REQUEST)
        kwargs["stream"] = True
        self.response = None
        self.count += 1
        stop = threading.Event()
        outcome: dict[str, Any] = {}

        def exchange() -> None:
            try:
                outcome["response"] = self._exchange(method, url, stop, *args, **kwargs)
            except BaseException as exc:  # handed to the waiting caller
                outcome["error"] = exc

        worker = threading.Thread(target=exchange, name="arxiv-request", daemon=True)
        worker.start()
        worker.join(self.timeout)
        self.last = self.clock()
        if worker.is_alive():  # the deadline passed mid-answer: leave it behind
            stop.set()
            raise requests.ReadTimeout(f"no complete answer within {self.timeout:.3g} s")
        if "error" in outcome:
            raise outcome["error"]
        response = self.response = outcome["response"]
        if response.status_code == 200:
            check_feed(response.content)
        return response

    def _exchange(
        self, method: str | bytes, url: str | bytes, stop: threading.Event, *args: Any, **kw: Any
    ) -> requests.Response:
        """Send the request and read its body piece by piece, watching the deadline."""
        try:
            response = super().request(method, url, *args, **kw)
        except requests.ConnectionError as exc:
            if connect_failure(exc):
                raise Unreachable(describe_unreachable(exc)) from exc
            raise
        body = bytearray()
        try:
            while True:
                if stop.is_set() or self.clock() > self.deadline:
                    raise requests.ReadTimeout("the time budget ran out while reading")
                piece = response.raw.read1(PIECE, decode_content=True)
                if not piece:
                    break
                body += piece
                if len(body) > MAX_BODY:
                    raise MalformedResponse(f"answer longer than {MAX_BODY} bytes")
        except ProtocolError as exc:
            raise requests.exceptions.ChunkedEncodingError(exc) from exc
        except ReadTimeoutError as exc:
            raise requests.ReadTimeout(exc) from exc
        finally:
            response.close()
        response._content = bytes(body)
        response._content_consumed = True
        return response


def connect_failure(exc: requests.ConnectionError) -> bool:
    """Whether ``exc`` means no connection was made (rather than one broken mid-answer)."""
    if isinstance(exc, requests.exceptions.ConnectTimeout | requests.exceptions.SSLError):
        return True
    reason = exc.args[0] if exc.args else None
    reason = getattr(reason, "reason", reason)  # a MaxRetryError's cause
    name = type(reason).__name__
    return name in ("NameResolutionError", "NewConnectionError", "ConnectTimeoutError") or (
        isinstance(reason, OSError) and not isinstance(reason, ProtocolError)
    )


def describe_unreachable(exc: requests.ConnectionError) -> str:
    """``could not reach arXiv (…)``, naming the cause without the URL's noise."""
    if isinstance(exc, requests.exceptions.ConnectTimeout):
        return "could not reach arXiv (connection timed out)"
    if isinstance(exc, requests.exceptions.SSLError):
        return "could not reach arXiv (TLS handshake failed)"
    errno = re.search(r"\[Errno -?\d+\] [^'\")]+", str(exc))
    reason = exc.args[0] if exc.args else None
    reason = getattr(reason, "reason", reason)
    return f"could not reach arXiv ({errno.group(0) if errno else type(reason).__name__})"


def check_feed(content: bytes) -> None:
    """Raise :class:`MalformedResponse` unless ``content`` is a well-formed Atom feed."""
    try:
        root = ET.fromstring(content)
    except ET.ParseError as exc:
        raise MalformedResponse(f"not well-formed XML: {exc}") from exc
    if root.tag != ATOM + "feed":
        raise MalformedResponse(f"not an Atom feed (root element {root.tag})")
