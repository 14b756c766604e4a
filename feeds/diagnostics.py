"""Problems found while building, each named by ``file:line``."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO


class BuildError(Exception):
    """The build cannot go on (missing page, bad settings, unreadable file); the message,
    one line naming the file or setting, says why."""


@dataclass(frozen=True)
class Problem:
    """One warning or error about the input, located at ``source:line``."""

    source: str
    line: int | None
    message: str
    severity: str = "warning"  # "warning" | "error" | "info"
    code: str = ""  # what kind of mistake, for tools: "undated", "duplicate", "hidden"…

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line else self.source
        return f"{where}: {self.severity}: {self.message}"


@dataclass
class Reporter:
    """Collects problems and, unless quiet, prints them to a stream as they come."""

    stream: TextIO | None = None
    quiet: bool = False
    verbose: bool = False
    problems: list[Problem] = field(default_factory=list)

    def report(self, problem: Problem) -> None:
        self.problems.append(problem)
        if problem.severity == "info" and not self.verbose:
            return
        if not self.quiet or problem.severity == "error":
            print(problem, file=self.stream or sys.stderr)

    def warn(self, source: str, line: int | None, message: str, code: str = "") -> None:
        self.report(Problem(source, line, message, "warning", code))

    def error(self, source: str, line: int | None, message: str) -> None:
        self.report(Problem(source, line, message, "error"))

    def info(self, source: str, line: int | None, message: str) -> None:
        self.report(Problem(source, line, message, "info"))

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]


def display_path(path: Path) -> str:
    """``path`` relative to the working directory when inside it (for file:line messages)."""
    try:
        relative = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if relative.startswith("..") else relative
