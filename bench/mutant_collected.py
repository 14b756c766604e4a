"""Run mutmut's mutants against test files collected once (issue 14; bench/mutation_parse.md).

A faster variant of :mod:`bench.mutant_files` for a loaded machine: pytest collects the
test files once, in ``mutants/``, and then, instead of running them, forks one child per
mutant (``MUTANT_UNDER_TEST`` set, as mutmut does) that runs the collected tests in order
up to the first failure. No child imports or collects anything, so a mutant the first
test kills costs a fork and that test. The verdicts are the same as mutant_files.py's: a
mutant these files kill is killed by the suite; a survivor may still be killed by another
test. A child still running after ``--timeout`` seconds counts as killed ("timeout").

    .venv/bin/python bench/mutant_collected.py 'feeds.parse.front_matter.*' \
        tests/test_parse_mutants_front_matter.py --out /tmp/fm.json

Verdicts are appended to ``<out>.progress`` as they come (a long run can be stopped and
its verdicts kept); ``--out`` gets them all as JSON at the end. Mutant names as in
mutant_files.py (``fnmatch`` patterns, several separated by ``,``).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from pathlib import Path

from mutant_files import MUTANTS, ROOT, mutant_names


class Driver:
    """A pytest plugin that replaces the test run by one forked run per mutant."""

    def __init__(self, names: list[str], timeout: float, progress: Path):
        self.names, self.timeout, self.progress = names, timeout, progress
        self.verdicts: dict[str, str] = {}
        self.ok = True

    def run(self, items: list, name: str) -> int | None:
        """Exit code of the collected tests with mutant ``name`` active; None on timeout."""
        from _pytest.runner import runtestprotocol
        from mutmut.mutation.trampoline import set_mutant_under_test

        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                set_mutant_under_test(name)
                null = os.open(os.devnull, os.O_WRONLY)
                os.dup2(null, 1)
                os.dup2(null, 2)
                code = 0
                for i, item in enumerate(items):
                    after = items[i + 1] if i + 1 < len(items) else None
                    if any(r.failed for r in runtestprotocol(item, log=False, nextitem=after)):
                        code = 1
                        break
            except BaseException:
                code = 1
            finally:
                os._exit(code)
        started = time.monotonic()
        while (done := os.waitpid(pid, os.WNOHANG))[0] == 0:
            if time.monotonic() - started > self.timeout:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                return None
            time.sleep(0.02)
        return os.waitstatus_to_exitcode(done[1])

    def pytest_runtestloop(self, session) -> bool:
        items = list(session.items)
        for check, want in (("", 0), ("fail", 1)):  # the files pass as they are; they can fail
            if (code := self.run(items, check)) != want:
                print(f"MUTANT_UNDER_TEST={check!r}: exit {code}, not {want}", file=sys.__stderr__)
                self.ok = False
                return True
        for name in self.names:
            code = self.run(items, name)
            verdict = "timeout" if code is None else "survived" if code == 0 else "killed"
            self.verdicts[name] = verdict
            with self.progress.open("a") as log:
                log.write(f"{name} {verdict}\n")
            if verdict == "survived":
                print(f"survived {name}", file=sys.__stderr__, flush=True)
        return True


def main(driver_class: type = Driver, doc: str = __doc__) -> int:
    """Parse the command line, run ``driver_class``'s mutants against the test files, and
    write the verdicts (shared by :mod:`mutant_reached`, whose driver picks tests per mutant)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("pattern", help="mutant names, fnmatch; several separated by ','")
    parser.add_argument("tests", nargs="+", help="test files (paths from the worktree)")
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    names = mutant_names(args.pattern.split(","))
    out = args.out.resolve()
    progress = out.with_name(out.name + ".progress")
    progress.write_text("")
    os.chdir(MUTANTS)  # import feeds and the tests from mutants/, as mutmut does
    sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != ROOT]
    sys.path.insert(0, str(MUTANTS))
    import pytest

    driver = driver_class(names, args.timeout, progress)
    pytest.main([*args.tests, "-q", "-p", "no:cacheprovider"], plugins=[driver])
    killed = sum(v in ("killed", "timeout") for v in driver.verdicts.values())
    print(f"{killed}/{len(driver.verdicts)} killed ({', '.join(args.tests)})", file=sys.__stderr__)
    out.write_text(json.dumps(driver.verdicts, indent=1) + "\n")
    return 0 if driver.ok else 2


if __name__ == "__main__":
    sys.exit(main())
