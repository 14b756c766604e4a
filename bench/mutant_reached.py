"""Run mutmut's mutants against only the collected tests that reach the mutated function
(issue 14; bench/mutation_parse.md, "Session 21: mutate12c").

A variant of :mod:`bench.mutant_collected` for a heavily loaded machine: pytest collects
the test files once; one forked child runs every test with a profiler and records which
of the mutated functions (mutmut's ``…__mutmut_orig``) each test calls; then each
mutant's child (``MUTANT_UNDER_TEST`` set) runs only the tests that reach its function,
up to the first failure. Tests that killed an earlier mutant of the same function run
first. A test that never calls a function cannot see its mutants (the functions mutmut
mutates here run no code at import), so the verdicts are those of mutant_collected.py
on the same files, in less time: a mutant these files kill is killed by the suite; a
survivor may still be killed by another test. A mutant no test reaches is "no tests".

    .venv/bin/python bench/mutant_reached.py 'feeds.parse.locate.x_prose_date__*' \
        tests/test_dates_real_forms.py --out /tmp/prose.json

Verdicts are appended to ``<out>.progress`` as they come; ``--out`` gets them all as
JSON at the end. Mutant names as in mutant_files.py (``fnmatch`` patterns, ``,``).
"""

from __future__ import annotations

import gc
import json
import os
import re
import signal
import sys
import time
from collections import Counter
from pathlib import Path

from mutant_collected import main as collected_main


def function_of(name: str) -> str:
    """``feeds.parse.locate.x_within__mutmut_3`` → ``x_within`` (the orig's code name
    without its ``__mutmut_orig``)."""
    return re.sub(r"__mutmut_\d+$", "", name).rsplit(".", 1)[-1]


class Driver:
    """A pytest plugin that replaces the test run by one forked run per mutant."""

    def __init__(self, names: list[str], timeout: float, progress: Path):
        self.names, self.timeout, self.progress = names, timeout, progress
        self.verdicts: dict[str, str] = {}
        self.ok = True

    def fork(self, work, timeout: float | None = None) -> tuple[int | None, bytes]:
        """Run ``work()`` (its result: bytes) in a child; (exit code or None after
        ``timeout`` seconds, the mutant's by default; what it wrote)."""
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:
            gc.disable()  # a collection would touch (and copy) every page of the parent
            os.close(read)
            code = 1
            try:
                null = os.open(os.devnull, os.O_WRONLY)
                os.dup2(null, 1)
                os.dup2(null, 2)
                out = work()
                os.write(write, out)
                code = 0
            except BaseException:
                code = 1
            finally:
                os._exit(code)
        os.close(write)
        os.set_blocking(read, False)
        chunks: list[bytes] = []
        started = time.monotonic()
        while (done := os.waitpid(pid, os.WNOHANG))[0] == 0:
            try:
                while chunk := os.read(read, 65536):
                    chunks.append(chunk)
            except BlockingIOError:
                pass
            if time.monotonic() - started > (timeout or self.timeout):
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                os.close(read)
                return None, b""
            time.sleep(0.02)
        try:
            while chunk := os.read(read, 65536):
                chunks.append(chunk)
        except BlockingIOError:
            pass
        os.close(read)
        return os.waitstatus_to_exitcode(done[1]), b"".join(chunks)

    @staticmethod
    def run_items(items: list, name: str) -> bytes:
        """In a child: the index of the first failing item of ``items``, or -1."""
        from _pytest.runner import runtestprotocol
        from mutmut.mutation.trampoline import set_mutant_under_test

        set_mutant_under_test(name)
        for i, item in enumerate(items):
            after = items[i + 1] if i + 1 < len(items) else None
            if any(r.failed for r in runtestprotocol(item, log=False, nextitem=after)):
                return str(i).encode()
        return b"-1"

    @staticmethod
    def reach(items: list, wanted: set[str]) -> bytes:
        """In a child: for each item, the wanted functions it calls; and whether it passed."""
        from _pytest.runner import runtestprotocol
        from mutmut.mutation.trampoline import set_mutant_under_test

        set_mutant_under_test("")
        seen: set[str] = set()

        def profile(frame, event, arg):
            if event == "call" and frame.f_code.co_name in wanted:
                seen.add(frame.f_code.co_name)

        result = []
        for i, item in enumerate(items):
            after = items[i + 1] if i + 1 < len(items) else None
            seen.clear()
            sys.setprofile(profile)
            try:
                reports = runtestprotocol(item, log=False, nextitem=after)
            finally:
                sys.setprofile(None)
            failed = any(r.failed for r in reports)
            result.append([sorted(f.removesuffix("__mutmut_orig") for f in seen), failed])
        return json.dumps(result).encode()

    def pytest_runtestloop(self, session) -> bool:
        items = list(session.items)
        gc.collect()
        gc.freeze()  # the children share the collected tests' pages, not copy them
        wanted = {function_of(n) + "__mutmut_orig" for n in self.names}
        code, out = self.fork(lambda: self.reach(items, wanted), timeout=3600)
        reached = json.loads(out) if code == 0 else None
        if reached is None or any(failed for _, failed in reached):
            print("the files do not pass as they are", file=sys.__stderr__)
            self.ok = False
            return True
        code, out = self.fork(lambda: self.run_items(items, "fail"), timeout=3600)
        if code != 0 or out == b"-1":  # the files can fail
            print("MUTANT_UNDER_TEST='fail' killed nothing", file=sys.__stderr__)
            self.ok = False
            return True
        by_function: dict[str, list[int]] = {}
        for i, (functions, _) in enumerate(reached):
            for f in functions:
                by_function.setdefault(f, []).append(i)
        kills: dict[str, Counter] = {}
        for name in self.names:
            f = function_of(name)
            counts = kills.setdefault(f, Counter())
            order = sorted(by_function.get(f, []), key=lambda i: -counts[i])
            if not order:
                verdict = "no-tests"
            else:
                chosen = [items[i] for i in order]
                code, out = self.fork(lambda c=chosen, n=name: self.run_items(c, n))
                if code is None:
                    verdict = "timeout"
                elif code != 0 or out != b"-1":
                    verdict = "killed"
                    if code == 0:
                        counts[order[int(out)]] += 1
                else:
                    verdict = "survived"
            self.verdicts[name] = verdict
            with self.progress.open("a") as log:
                log.write(f"{name} {verdict}\n")
            if verdict in ("survived", "no-tests"):
                print(f"{verdict} {name}", file=sys.__stderr__, flush=True)
        return True


def main() -> int:
    return collected_main(Driver, __doc__)


if __name__ == "__main__":
    sys.exit(main())
