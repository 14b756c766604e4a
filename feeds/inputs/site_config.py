"""The site's generator configuration files that cannot be read, as problems.

Reading the site never stops on them: Jekyll's ``_config.yml`` and Hugo's configuration
are read for defaults (title, author, ``site_url``), each unreadable file is left out
with one warning naming ``file:line`` (:func:`config_warnings`), and it becomes an error
only where a setting it would have given is required (``site_url`` for ``build``, see
:func:`site_url_error`).
"""

from __future__ import annotations

import re
from pathlib import Path

from ..diagnostics import BuildError, Problem
from ..parse.settings_files import settings_file
from .hugo import config_files
from .jekyll import config_path

JEKYLL_FILES = ("_data/socials.yml",)  # and the configuration: jekyll.config_path
_WHERE = re.compile(r"(?P<source>.+?)(?::(?P<line>\d+))?: (?P<message>.*)", re.DOTALL)
_ADVICE = "; fix it or remove it"


def config_problems(site_dir: Path) -> list[Problem]:
    """A warning for each configuration file of the site that cannot be read."""
    paths = [config_path(site_dir)] + [site_dir / name for name in JEKYLL_FILES]
    paths += config_files(site_dir)
    found = []
    for path in paths:
        try:
            settings_file(path)
        except BuildError as exc:
            match = _WHERE.fullmatch(str(exc))
            source, line, message = (
                (match["source"], int(match["line"]) if match["line"] else None, match["message"])
                if match
                else (str(path), None, str(exc))
            )
            message = message.removesuffix(_ADVICE)
            found.append(
                Problem(source, line, f"{message}; its settings are not used", code="config")
            )
    return found


def site_url_error(site_dir: Path) -> str:
    """Why ``site_url`` is missing when an unreadable configuration file may hold it
    (``file:line: …``), else ``""``."""
    problems = [p for p in config_problems(site_dir) if not p.source.endswith("socials.yml")]
    if not problems:
        return ""
    first = problems[0]
    where = f"{first.source}:{first.line}" if first.line else first.source
    message = first.message.removesuffix("; its settings are not used")
    return f"{where}: {message}, so site_url is not set: fix it, or set site_url elsewhere"
