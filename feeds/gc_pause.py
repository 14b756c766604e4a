"""The garbage collector while a build runs (a speed setting, nothing else)."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_collections() -> Iterator[None]:
    """No garbage collection while a build makes its many objects.

    A build allocates hundreds of thousands of long-lived objects (tokens, items) and
    almost no reference cycles: a build of any of the 456 sites of the homepage corpora
    left at most 1,456 objects in cycles (~190 on average), the 10,000-item page ~460. The
    collector found nothing worth its scans: with thresholds raised to (50,000, 50, 100)
    it still took ~6% of a 10,000-item build (79 young and 7 middle collections) and more
    at 50,000. It is switched back on afterwards (also after an error) if it was on, and
    then collects what the build left in cycles. Nested uses keep it off until the
    outermost ends. Usable as a decorator: ``@no_collections()``.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
