"""``feeds check``: lint the content, then build and parse every output back.

Mistakes in the news list (items without a date, duplicates, items hidden by an unclosed
comment, a news list that reads markedly fewer items than it shows) and outputs that do
not parse back are errors; the rest (stale sections, missing files, uncached arXiv ids)
are warnings, which ``strict`` counts as problems too.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import posixpath
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

from .build import loader, ready_to_publish, write_outputs
from .diagnostics import Problem, Reporter, display_path
from .enrich import load_papers
from .enrich.site import enrich_site
from .inputs.project_folder import site_folder
from .languages import language_sites
from .site import Site
from .validate import validate
from .wanted_kinds import check_setting_kinds

CATEGORIES = ("Content", "Sections", "Links", "arXiv", "Outputs", "Notes")
_PAGE_SUFFIXES = ("", ".html", ".htm")


def collector() -> Reporter:
    """A reporter that only collects (prints nothing, errors included)."""
    return Reporter(stream=io.StringIO(), quiet=True)


@dataclass
class CheckReport:
    """What ``feeds check`` found, by category, and which outputs were parsed back."""

    content: str
    today: dt.date
    out_dir: str
    found: dict[str, list[Problem]] = field(default_factory=lambda: {c: [] for c in CATEGORIES})
    outputs: list[str] = field(default_factory=list)

    def add(self, category: str, problems: Iterable[Problem]) -> None:
        for problem in problems:
            self.found["Notes" if problem.severity == "info" else category].append(problem)

    def of(self, severity: str) -> list[Problem]:
        return [p for ps in self.found.values() for p in ps if p.severity == severity]

    def problems(self, strict: bool = False) -> list[Problem]:
        """What makes the check fail: errors, and warnings too when ``strict``."""
        return self.of("error") + (self.of("warning") if strict else [])

    def exit_code(self, strict: bool = False) -> int:
        return 1 if self.problems(strict) else 0

    def format(self, strict: bool = False) -> str:
        """The readable report: one block per category, each line ``file:line: …``."""
        lines = [f"feeds check: {self.content} (now {self.today.isoformat()})"]
        for category in CATEGORIES:
            problems = sorted(self.found[category], key=_order)
            if category == "Outputs":
                lines += [
                    "",
                    f"Outputs: {len(self.outputs)} files built in {self.out_dir} and parsed back",
                ]
            elif problems:
                lines += ["", category]
            lines += [f"  {p}" for p in problems]
        errors, warnings, notes = (len(self.of(s)) for s in ("error", "warning", "info"))
        verdict = "problems found" if self.exit_code(strict) else "ok"
        lines += [
            "",
            f"{errors} errors, {warnings} warnings, {notes} notes: {verdict}"
            + (" (strict)" if strict else ""),
        ]
        return "\n".join(lines)


# Mistakes in the news list itself: the build carries on, the check fails.
MISTAKES = {"undated", "duplicate", "hidden", "unread", "empty", "lost"}


def _promote(problem: Problem) -> Problem:
    if problem.code in MISTAKES and problem.severity == "warning":
        return dataclasses.replace(problem, severity="error")
    return problem


def run_check(
    content: Path,
    *,
    out: Path | None = None,
    overrides: dict[str, Any] | None = None,
    today: dt.date | None = None,
) -> CheckReport:
    """Lint ``content`` and validate its outputs, built into ``out`` (default: a temp dir).

    Raises :class:`~feeds.diagnostics.BuildError` when the content cannot be loaded at all.
    """
    loading = collector()
    content = site_folder(content, loading, overrides)  # web/ when the root has no site
    sites = language_sites(content, overrides, loader(content, today), loading)  # each language
    site = sites[0][1]
    for _, each in sites:
        ready_to_publish(each)  # what build refuses, check refuses in the same words
    check_setting_kinds([each for _, each in sites], overrides)
    report = CheckReport(display_path(content), site.today, "")
    report.add("Content", [_promote(p) for p in loading.problems])
    for _, each in sites:
        report.add("Sections", check_sections(each))
        report.add("Links", check_links(each))
        report.add("arXiv", check_arxiv(each))
    if out is not None:
        _build_and_validate(sites, out, report)
    else:
        with tempfile.TemporaryDirectory(prefix="feeds-check-") as tmp:
            _build_and_validate(sites, Path(tmp), report)
            report.out_dir = "a temporary folder"
    return report


def check_sections(site: Site) -> list[Problem]:
    """Items under "Upcoming" that are over, and items under "Past" still ahead."""
    found = []
    for event in site.events:
        if event.span is None:
            continue
        head, when = event.section.split("-")[0], _when(event.span)
        if head == "upcoming" and not event.is_upcoming(site.today):
            why = f"under 'Upcoming' but its date ({when}) has passed (now {site.today}); "
            found.append(Problem(event.source, event.line, why + "move it to 'Past'"))
        elif head == "past" and event.span.start > site.today:
            why = f"under 'Past' but its date ({when}) is still ahead (now {site.today}); "
            found.append(Problem(event.source, event.line, why + "move it to 'Upcoming'"))
    return found


def check_links(site: Site) -> list[Problem]:
    """Links written relative (``talks/x.pdf``) to files that are not in the site."""
    baseurl = urlsplit(site.settings.site_url).path.rstrip("/")
    found, seen = [], set()
    for event in site.events:
        for link in event.links:
            path = site_file(site.content_dir, link.href, baseurl)
            key = (event.source, event.line, link.href)
            if path is None or path.exists() or key in seen:
                continue
            seen.add(key)
            found.append(
                Problem(
                    event.source,
                    event.line,
                    (
                        f"links to {link.href!r}, but the site has no such file "
                        f"(expected {display_path(path)})"
                    ),
                )
            )
    return found


def site_file(site_dir: Path, href: str, baseurl: str = "") -> Path | None:
    """The file a relative link names inside ``site_dir``; ``None`` for other links.

    Links with a scheme or host, fragment-only links and links to pages (no file
    extension, ``.html``, trailing ``/``) are not file links. Relative paths resolve
    against the site root, as the feeds do.
    """
    parts = urlsplit(href.strip())
    if parts.scheme or parts.netloc or not parts.path or parts.path.endswith("/"):
        return None
    path = posixpath.normpath(urljoin("/", unquote(parts.path)))
    if baseurl and path.startswith(baseurl + "/"):
        path = path[len(baseurl) :]
    if PurePosixPath(path).suffix.lower() in _PAGE_SUFFIXES:
        return None
    return site_dir / path.lstrip("/")


def check_arxiv(site: Site) -> list[Problem]:
    """arXiv links whose metadata is not in the cache (a missing cache is empty)."""
    path = site.content_dir / site.settings.arxiv_cache
    reading = collector()
    cached = load_papers(path, reading) if path.is_file() else {}
    found = list(reading.problems)
    for event in site.events:
        for ident in event.arxiv:
            if ident not in cached:
                found.append(
                    Problem(
                        event.source,
                        event.line,
                        (
                            f"arXiv {ident} is not in the cache ({display_path(path)}); "
                            "run `feeds enrich` online to fetch it"
                        ),
                    )
                )
    return found


def _build_and_validate(sites: list[tuple[str, Site]], out: Path, report: CheckReport) -> None:
    enriching = collector()
    for _, site in sites:
        enrich_site(site, enriching, offline_only=True)
    report.add("arXiv", enriching.problems)
    result = write_outputs(sites[0][1], out, sites[1:])
    report.out_dir = display_path(out)
    report.outputs = result.outputs
    report.add("Outputs", validate(out, report.outputs))


def _when(span: Any) -> str:
    return f"{span.start_iso}–{span.end_iso}" if span.ranged else span.start_iso


def _order(problem: Problem) -> tuple[str, int]:
    return problem.source, problem.line or 0
