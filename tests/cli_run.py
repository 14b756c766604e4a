"""Run ``feeds`` in this process as a user runs it from a shell (so coverage and mutation
testing see the code it runs): the exit code, standard output and standard error."""

from __future__ import annotations

from dataclasses import dataclass

from click.testing import CliRunner

from feeds.cli import main


@dataclass
class Ran:
    returncode: int
    stdout: str
    stderr: str


def feeds(*args: str) -> Ran:
    result = CliRunner().invoke(main, list(args), env={"FEEDS_OFFLINE": "1"})
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception  # a traceback a user would see: fail the test with it
    return Ran(result.exit_code, result.stdout, result.stderr)


def succeeded(*args: str) -> str:
    """Standard output of ``feeds *args``, which must exit 0 (else the test fails with
    what it printed)."""
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout
