"""The ``feeds`` command: a thin click shell over the library (:mod:`feeds.build`,
:func:`feeds.check.run_check`); each command calls one library function."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from . import __version__, regex_cache
from .config import Settings, field_kind, setting_help
from .diagnostics import BuildError, Reporter
from .gc_pause import no_collections

_SETTING_FIELDS = [f.name for f in dataclasses.fields(Settings) if f.name not in ("out",)]


def _iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not a date like 2022-11-18") from exc


def content_option(func: Callable) -> Callable:
    return click.option(
        "--content",
        type=click.Path(path_type=Path),
        default=Path("content"),
        show_default=True,
        help="Content folder (with feeds.toml) or a single page file.",
    )(func)


def now_option(func: Callable) -> Callable:
    return click.option(
        "--now",
        callback=_iso_date,
        metavar="YYYY-MM-DD",
        help="Treat this day as today (default: today in the site time zone).",
    )(func)


def setting_options(func: Callable) -> Callable:
    """One option per setting (``--site-url``…); given ones override feeds.toml."""
    for name in reversed(_SETTING_FIELDS):
        kind = field_kind(name)
        flag = "--" + name.replace("_", "-")
        text = setting_help(name)
        if kind is bool:
            func = click.option(flag, name, is_flag=True, default=None, help=text)(func)
        else:
            metavar = {list: "A,B", int: "N", float: "SECONDS"}.get(kind, "TEXT")
            func = click.option(flag, name, default=None, metavar=metavar, help=text)(func)
    return func


def _overrides(kwargs: dict[str, Any]) -> dict[str, Any]:
    return {k: kwargs.pop(k) for k in _SETTING_FIELDS if k in kwargs}


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(1)


def _internal_error(exc: BaseException) -> str:
    """One line for an exception nothing expected: what it was and where in feeds it was
    raised, so a user can report it (outputs are published as a set, never half-way)."""
    frames = traceback.extract_tb(exc.__traceback__)
    ours = [f for f in frames if f"{os.sep}feeds{os.sep}" in f.filename] or frames
    where = ""
    if ours:
        frame = ours[-1]
        package = frame.filename.rsplit(f"{os.sep}feeds{os.sep}", 1)[-1]
        where = f" at feeds/{package}:{frame.lineno}"
    text = " ".join(str(exc).split())[:200]
    return (
        f"internal error{where}: {type(exc).__name__}: {text} (a bug in feeds: please report "
        "it with the page that caused it; FEEDS_DEBUG=1 shows the traceback)"
    )


class _Main(click.Group):
    """The command group, exiting 1 (not click's 2) on usage errors too: 0 ok, 1 error."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        if args or "args" in kwargs:  # called from Python (tests: CliRunner)
            return self._run(*args, **kwargs)
        # the command line: patterns the runs before compiled are not compiled again, and
        # no garbage collection over the imports and the command (see build's)
        with regex_cache.kept_patterns(), no_collections():
            return self._run(*args, **kwargs)

    def _run(self, *args: Any, **kwargs: Any) -> Any:
        kwargs["standalone_mode"] = False
        try:
            result = super().main(*args, **kwargs)
        except click.ClickException as exc:
            exc.show()
            sys.exit(1)
        except click.Abort:
            click.echo("Aborted!", err=True)
            sys.exit(1)
        except Exception as exc:  # a bug of ours: one line, not a traceback
            if os.environ.get("FEEDS_DEBUG"):
                raise
            click.echo(f"error: {_internal_error(exc)}", err=True)
            sys.exit(1)
        sys.exit(result if isinstance(result, int) else 0)


@click.group(cls=_Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="feeds")
def main() -> None:
    """Turn the news list of an academic homepage into feeds and a talk calendar."""


@main.command()
@content_option
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    default=None,
    help="Output folder (default: the 'out' setting, output/).",
)
@now_option
@click.option("-q", "--quiet", is_flag=True, help="Print errors only.")
@click.option("-v", "--verbose", is_flag=True, help="Also print notes (e.g. items left out).")
@click.option("--ping", is_flag=True, help="Notify the WebSub hub of the feeds that changed.")
@setting_options
def build(
    content: Path,
    out: Path | None,
    now: dt.date | None,
    quiet: bool,
    verbose: bool,
    ping: bool,
    **kwargs: Any,
) -> None:
    """Build the feeds and the calendar into the output folder."""
    from .build import build as run

    reporter = Reporter(quiet=quiet, verbose=verbose)
    try:
        result = run(
            content,
            out,
            overrides=_overrides(kwargs),
            today=now,
            reporter=reporter,
            progress=not quiet,
            notify=ping,
        )
    except BuildError as exc:
        _fail(str(exc))
        return
    if not quiet:
        if result.pinged is not None:
            click.echo(f"hub notified of {len(result.pinged.pinged)} changed feed(s)", err=True)
        events = [e for s in (result.site, *(s for _, s in result.languages)) for e in s.events]
        click.echo(
            f"{len(events)} items → {result.out_dir}/: "
            f"{len(result.written)} written, {len(result.unchanged)} unchanged"
            + (f", {len(result.removed)} removed" if result.removed else "")
            + (f", {len(reporter.warnings)} warnings" if reporter.warnings else ""),
            err=True,
        )
    sys.exit(1 if reporter.errors else 0)


@main.command(name="list")
@content_option
@now_option
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array (stable keys).")
@click.option("--kind", "kinds", multiple=True, help="Only items of this kind (repeatable).")
@click.option("--upcoming", is_flag=True, help="Only items still to come.")
@click.option("-q", "--quiet", is_flag=True, help="Do not print warnings.")
@setting_options
def list_(
    content: Path,
    now: dt.date | None,
    as_json: bool,
    kinds: tuple[str, ...],
    upcoming: bool,
    quiet: bool,
    **kwargs: Any,
) -> None:
    """Show what the parser understood."""
    from .build import list_by_language
    from .listing import event_dict

    reporter = Reporter(quiet=quiet)
    try:
        found = list_by_language(
            content,
            kinds=kinds,
            upcoming=upcoming,
            overrides=_overrides(kwargs),
            today=now,
            reporter=reporter,
        )
    except BuildError as exc:
        _fail(str(exc))
        return
    if as_json:
        shown = [event_dict(e) | {"language": language} for language, e in found]
        click.echo(json.dumps(shown, indent=2, ensure_ascii=False))
    else:
        for _, event in found:
            when = event.span.start_iso if event.span else "undated"
            shown = event.kind if event.kind_slug != "news" else event.type.capitalize()
            click.echo(f"{when:<10}  {shown:<14.14}  {event.title}")
    if errors := reporter.errors:  # listed all the same: nothing found is lost
        _fail(f"{len(errors)} error(s) in the input (above)")


@main.command()
@content_option
@click.option("--refresh", is_flag=True, help="Fetch again even what is cached.")
@click.option("--ids", default=None, metavar="ID,…", help="Only these arXiv ids (comma-separated).")
@click.option("-q", "--quiet", is_flag=True, help="Print errors only.")
@setting_options
def enrich(content: Path, refresh: bool, ids: str | None, quiet: bool, **kwargs: Any) -> None:
    """Update the arXiv cache (content/arxiv.json) for the papers the page links."""
    from .build import enrich_cache

    reporter = Reporter(quiet=quiet)
    try:
        result = enrich_cache(
            content,
            ids=ids.split(",") if ids else None,
            refresh=refresh,
            overrides=_overrides(kwargs),
            reporter=reporter,
            progress=not quiet,
        )
    except BuildError as exc:
        _fail(str(exc))
        return
    if result is not None and not quiet:
        for ident, (old, new) in sorted(result.new_versions.items()):
            click.echo(f"{ident}: new version v{new} (cached v{old})", err=True)
        click.echo(
            f"{len(result.papers)} of the papers asked for are known, {len(result.fetched)} "
            f"fetched in "
            f"{result.requests} request(s), {len(result.missing)} unknown to arXiv, "
            f"{len(result.failed)} failed",
            err=True,
        )
    failed = result is not None and result.failed and not result.fetched
    sys.exit(1 if reporter.errors or failed else 0)


@main.command()
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
    from .check import run_check

    try:
        report = run_check(content, out=out, overrides=_overrides(kwargs), today=now)
    except BuildError as exc:
        _fail(str(exc))
        return
    click.echo(report.format(strict))
    sys.exit(report.exit_code(strict))
