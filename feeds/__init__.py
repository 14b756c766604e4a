"""feeds: turn the news list of an academic homepage into feeds and a talk calendar.

The library API is :data:`__all__`; each name is imported on first use, so
``import feeds`` (and ``feeds --version``) stays cheap. ``run_build`` is
:func:`feeds.build.build` (the module ``feeds.build`` holds the name ``build``).
"""

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

_WHERE = {
    "run_build": ("build", "build"),
    "load_site": ("build", "load_site"),
    "write_outputs": ("build", "write_outputs"),
    "list_items": ("build", "list_items"),
    "enrich_cache": ("build", "enrich_cache"),
    "BuildResult": ("build", "BuildResult"),
    "run_check": ("check", "run_check"),
    "CheckReport": ("check", "CheckReport"),
    "BuildError": ("diagnostics", "BuildError"),
    "Reporter": ("diagnostics", "Reporter"),
    "Settings": ("config", "Settings"),
    "Site": ("site", "Site"),
    "event_dict": ("listing", "event_dict"),
}

__all__ = ["__version__", *_WHERE]


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'feeds' has no attribute {name!r}")
    module, attribute = _WHERE[name]
    return getattr(import_module(f"{__name__}.{module}"), attribute)
