"""Whether arXiv's API can be reached at all, asked before the network stack is imported.

On a machine without network the first lookup fails (no name lookup, no route, the
connection refused) and ends arXiv enrichment for the run (:class:`.fetch.Lookup`).
Importing ``requests``, ``urllib3`` and ``arxiv`` only to find that out costs a build
~0.1 s of CPU, more than the failed lookup itself. :func:`unreachable` opens the TCP
connection the first request would open, as ``urllib3`` opens it (each address of the
host in turn, the same timeout), and names a failure as :func:`.session.describe_unreachable`
names it for that request. When the connection is made it is closed again and the
lookups go on as before (one handshake more); when ``requests`` would not connect
directly (a proxy in the environment, or a system whose proxies it reads elsewhere) or
the address is one it parses its own way, nothing is tried here.
"""

from __future__ import annotations

import os
import re
import sys
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    import socket

MAX_REQUEST = 20.0  # seconds any one request may take
MIN_REQUEST = 0.5  # no request is started with less budget than this left
_ERRNO = re.compile(r"\[Errno -?\d+\] [^'\")]+")


def unreachable(api: str, budget: float) -> str | None:
    """``could not reach arXiv (…)`` when no TCP connection to ``api``'s host and port
    opens within the first request's timeout; ``None`` when one does, or when this
    cannot tell (see the module's note)."""
    target = _direct_target(api)
    if target is None or budget <= MIN_REQUEST:
        return None
    import socket  # only a build that looks arXiv up opens a connection

    try:
        _connect(*target, timeout=min(budget, MAX_REQUEST)).close()
    except TimeoutError:
        return "could not reach arXiv (connection timed out)"
    except socket.gaierror as exc:
        return _describe(exc, "NameResolutionError")
    except OSError as exc:
        return _describe(exc, "NewConnectionError")
    return None


def _direct_target(api: str) -> tuple[str, int] | None:
    """The host and port ``requests`` would connect to for ``api``, when it connects
    there itself (no proxy) and the host is a plain ASCII name or address."""
    if sys.platform == "darwin" or os.name == "nt":  # proxies from system settings
        return None
    if any(name.lower().endswith("_proxy") and value for name, value in os.environ.items()):
        return None
    try:
        parts = urlsplit(api)
        host, port = parts.hostname, parts.port
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not host or not host.isascii():
        return None
    try:
        host.encode("idna")  # urllib3 refuses the address otherwise (empty labels)
    except UnicodeError:
        return None
    return host, port or (443 if parts.scheme == "https" else 80)


def _connect(host: str, port: int, timeout: float) -> socket.socket:
    """A connected socket, tried as ``urllib3.util.connection.create_connection`` tries:
    every address of ``host`` (IPv6 ones only where IPv6 works), the last error raised."""
    import socket

    family = socket.AF_UNSPEC if _has_ipv6() else socket.AF_INET
    error: OSError | None = None
    for af, kind, proto, _, address in socket.getaddrinfo(host, port, family, socket.SOCK_STREAM):
        sock = None
        try:
            sock = socket.socket(af, kind, proto)
            sock.settimeout(timeout)
            sock.connect(address)
            return sock
        except OSError as exc:
            error = exc
            if sock is not None:
                sock.close()
    raise error if error is not None else OSError("getaddrinfo returns an empty list")


def _has_ipv6() -> bool:
    """Whether a socket can be bound to ``::1`` (urllib3's test)."""
    import socket

    if not socket.has_ipv6:
        return False
    try:
        with socket.socket(socket.AF_INET6) as sock:
            sock.bind(("::1", 0))
    except Exception:
        return False
    return True


def _describe(exc: OSError, kind: str) -> str:
    found = _ERRNO.search(str(exc))
    return f"could not reach arXiv ({found.group(0) if found else kind})"


def some(ids: list[str], limit: int = 5) -> str:
    """The first ``limit`` of ``ids``, and how many more."""
    return ", ".join(ids[:limit]) + (f", … ({len(ids) - limit} more)" if len(ids) > limit else "")
