"""Run mutmut's mutants against a few chosen test files (issue 14; bench/mutation_parse.md).

A full ``mutmut run`` runs every test that reaches a mutated function: for the parse
modules that is ~500 tests and minutes per surviving mutant on a small machine. This
driver takes the ``mutants/`` tree a ``mutmut run`` generated and runs each mutant against
the test files given, only: it imports the code once, then forks one child per mutant
(``MUTANT_UNDER_TEST`` set, as mutmut does) that runs ``pytest -x -q`` on those files.
A mutant the files kill is killed by the suite; one they leave alive may still be
killed by another test (re-check it with ``mutmut run NAME``), so the counts are lower
bounds. A child still running after ``--timeout`` seconds counts as killed (mutmut's
"timeout": the mutant loops).

    .venv/bin/python bench/mutant_files.py 'feeds.parse.html_items.*' \
        tests/test_parse_mutants_html_items.py tests/test_parse.py --jobs 2 --out /tmp/r.json

The patterns are ``fnmatch`` patterns over the mutant names of ``mutants/**/*.meta``.
Prints one line per surviving mutant and the counts; ``--out`` writes every verdict
(``{name: "killed" | "survived" | "timeout"}``) as JSON.
"""

from __future__ import annotations

import argparse
import fnmatch
import json
import os
import signal
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTANTS = ROOT / "mutants"


def mutant_names(patterns: list[str]) -> list[str]:
    """The names of mutmut's mutants that match one of ``patterns``, in file order."""
    names: list[str] = []
    for meta in sorted(MUTANTS.glob("feeds/**/*.meta")):
        for name in json.loads(meta.read_text())["exit_code_by_key"]:
            if any(fnmatch.fnmatchcase(name, p) for p in patterns):
                names.append(name)
    return names


def use_mutants_tree() -> None:
    """Import ``feeds`` from ``mutants/``, never from the worktree (as mutmut does)."""
    os.chdir(MUTANTS)
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT]
    sys.path.insert(0, str(MUTANTS))


def run_one(name: str, tests: list[str]) -> int:
    """In a forked child: pytest on ``tests`` with mutant ``name`` active; its exit code."""
    import pytest

    os.environ["MUTANT_UNDER_TEST"] = name
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    os.dup2(null, 2)
    return int(pytest.main([*tests, "-x", "-q", "-p", "no:cacheprovider"]))


def fork(name: str, tests: list[str]) -> int:
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            code = run_one(name, tests)
        finally:
            os._exit(code)
    return pid


def run_all(names: list[str], tests: list[str], jobs: int, timeout: float) -> dict[str, str]:
    verdicts: dict[str, str] = {}
    running: dict[int, tuple[str, float]] = {}
    todo = list(reversed(names))
    while todo or running:
        while todo and len(running) < jobs:
            name = todo.pop()
            running[fork(name, tests)] = (name, time.monotonic())
        pid, status = os.waitpid(-1, os.WNOHANG)
        if pid == 0:
            time.sleep(0.05)
            for pid, (name, started) in list(running.items()):
                if time.monotonic() - started > timeout:
                    os.kill(pid, signal.SIGKILL)
                    os.waitpid(pid, 0)
                    del running[pid]
                    verdicts[name] = "timeout"
            continue
        name, _ = running.pop(pid)
        code = os.waitstatus_to_exitcode(status)
        verdicts[name] = "survived" if code == 0 else "killed"
        if code not in (0, 1):  # 2-5: pytest could not run the tests: say so
            print(f"{name}: pytest exit {code}", file=sys.stderr)
        if verdicts[name] == "survived":
            print(f"survived {name}", flush=True)
    return verdicts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pattern", help="mutant names, fnmatch; several separated by ','")
    parser.add_argument("tests", nargs="+", help="test files (paths from the worktree)")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    names = mutant_names(args.pattern.split(","))
    out = args.out.resolve() if args.out else None
    use_mutants_tree()
    import pytest  # noqa: F401

    import feeds.parse  # noqa: F401  warm-up: the forked children share these imports

    for check, want in (("", 0), ("fail", 1)):  # the files pass as they are; they can fail
        pid = fork(check, args.tests)
        code = os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
        if code != want:
            print(f"MUTANT_UNDER_TEST={check!r}: pytest exit {code}, not {want}")
            return 2
    verdicts = run_all(names, args.tests, args.jobs, args.timeout)
    killed = sum(v != "survived" for v in verdicts.values())
    print(f"{killed}/{len(verdicts)} killed ({', '.join(args.tests)})")
    if out:
        out.write_text(json.dumps(verdicts, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
