"""Where a build's time goes: each stage of ``feeds build --offline`` timed on its own.

Run ``python bench/stages.py [N] [--profile STAGE]`` (N synthetic items, default 10,000,
the page ``bench/bench.py`` generates). Each stage is timed in this process, best of
``--repeat`` runs of its CPU time (steadier than wall time on a shared machine), in a
build's order: read (file, front matter, comments), tokenise (markdown-it-py), items
(tokens → events), ids, one newest-first sort, each renderer, publish. ``--profile
STAGE`` prints cProfile's top functions of the stages whose name starts with STAGE.
Stages run with the interpreter's garbage collector on (a build turns it off,
:mod:`feeds.gc_pause`), so the whole-process figures of ``bench.py`` are lower
than the sum. Not a test: it prints figures, it asserts nothing.
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import gc
import itertools
import pstats
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import write_content  # noqa: E402


class Stages:
    """Times (best of ``repeat``) and optionally profiles each stage it is given."""

    def __init__(self, repeat: int, profile: str) -> None:
        self.repeat, self.profile = repeat, profile
        self.rows: list[tuple[str, float]] = []

    def run(self, name: str, func: Callable[[], Any]) -> Any:
        best, result = float("inf"), None
        for _ in range(self.repeat):
            gc.collect()
            start = time.process_time()
            result = func()
            best = min(best, time.process_time() - start)
        if self.profile and name.startswith(self.profile):
            profiler = cProfile.Profile()
            profiler.runcall(func)
            print(f"--- {name}")
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(30)
        self.rows.append((name, best))
        return result

    def merge_folders(self) -> None:
        """One row for the files of a folder (``render talks/*.ics``: one per talk)."""
        rows: list[tuple[str, float]] = []
        counts: dict[str, int] = {}
        for name, seconds in self.rows:
            folder, slash, rest = name.partition("/")
            if slash:
                name = f"{folder}/*{rest[rest.rfind('.') :]}" if "." in rest else f"{folder}/*"
            counts[name] = counts.get(name, 0) + 1
            if counts[name] > 1:
                rows[[n for n, _ in rows].index(name)] = (name, dict(rows)[name] + seconds)
            else:
                rows.append((name, seconds))
        self.rows = [(f"{n} ({counts[n]})" if counts[n] > 1 else n, s) for n, s in rows]


def profile_build(content: Path, out: Path, stages: Stages, overrides: dict[str, Any]) -> None:
    from feeds.config import load_settings
    from feeds.diagnostics import Reporter
    from feeds.ids import assign_ids
    from feeds.parse.front_matter import blank, read_text, split_front_matter
    from feeds.parse.item import to_item
    from feeds.parse.markdown import markdown
    from feeds.parse.page import _COMMENT, read_page
    from feeds.publish import publish
    from feeds.render import outputs
    from feeds.site import Site

    settings = load_settings(content, {"offline": True, **overrides}, {})
    path = content / "index.md"

    def read() -> str:
        return blank(split_front_matter(read_text(path, "index.md"))[1], _COMMENT)

    body = stages.run("read", read)
    stages.run("tokenise", lambda: markdown().parse(body))
    page = stages.run(
        "page (incl. tokenise)",
        lambda: read_page(path, "index.md", settings.news_headings, [], Reporter(quiet=True)),
    )

    def items() -> list[Any]:
        reporter = Reporter(quiet=True)
        return [e for raw in page.items if (e := to_item(raw, settings.site_root, reporter))]

    events = stages.run("items", items)
    stages.run(
        "ids",
        lambda: assign_ids(events, settings.site_url, settings.id_date, Reporter(quiet=True)),
    )
    site = Site(settings, content, path, page, events, dt.date(2022, 11, 10))

    def sort() -> list[Any]:  # the order a build makes once (Site caches it)
        site.__dict__.pop("_order_cache", None)
        return site.newest_first()

    stages.run("sort (once per build)", sort)
    rendered = {}
    for output in outputs(site):
        rendered[output.name] = stages.run(f"render {output.name}", lambda o=output: o.render(site))
    stages.merge_folders()
    runs = itertools.count()
    stages.run("publish (fresh folder)", lambda: publish(rendered, out / str(next(runs))))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("n", nargs="?", type=int, default=10000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", default="", help="profile the stages starting with this")
    parser.add_argument("--feed-limit", type=int, default=None, help="override feed_limit")
    args = parser.parse_args()
    stages = Stages(args.repeat, args.profile)
    with tempfile.TemporaryDirectory() as tmp:
        content = write_content(Path(tmp) / "c", args.n)
        overrides = {} if args.feed_limit is None else {"feed_limit": args.feed_limit}
        profile_build(content, Path(tmp) / "out", stages, overrides)
    print(f"{'stage':<28}{'best CPU (s)':>12}")
    for name, seconds in stages.rows:
        print(f"{name:<28}{seconds:>12.3f}")


if __name__ == "__main__":
    main()
