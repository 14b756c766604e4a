"""The ``feeds check`` command: lint the content and validate the outputs before deploy."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

import click

from .cli import _fail, _overrides, content_option, now_option, setting_options


@click.command()
@content_option
@now_option
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=None,
    help="Build the outputs here (default: a temporary folder, then removed).",
)
@click.option("--strict", is_flag=True, help="Fail on warnings too, not only on errors.")
@setting_options
def check(
    content: Path, now: dt.date | None, out: Path | None, strict: bool, **kwargs: Any
) -> None:
    """Lint the content and parse every output back; exit 1 on problems."""
    from .build import BuildError
    from .check import run_check

    try:
        report = run_check(content, out=out, overrides=_overrides(kwargs), today=now)
    except BuildError as exc:
        _fail(str(exc))
        return
    click.echo(report.format(strict))
    sys.exit(report.exit_code(strict))
