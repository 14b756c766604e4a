"""Benchmark `feeds build`: wall time and peak memory on the seed and on N synthetic items.

Run with `make bench` (or `python bench/bench.py [N ...]`). Each figure is the best of
``--repeat`` runs of the real command in a fresh interpreter (start-up included),
offline, into a temporary folder. Not a test: it prints figures, it asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
VENUES = ["UCLA", "Rice University", "MIT", "ETH Zürich", "Virtual", "UMN", "San Francisco"]


def synthetic_item(i: int, rng: random.Random) -> str:
    """One news item in one of the seed's forms, with its quirks."""
    year = 2000 + i % 25
    month = rng.randrange(12)
    day = rng.randint(1, 27)
    date = rng.choice(
        [
            f"{MONTHS[month]} {day:02d}, {year}",
            f"{MONTHS[month]} {day} {year}",
            f"{MONTHS[month]} {day}--{day + 1}, {year}",
            f"{MONTHS[month]}, {year}",
            f"{year}-{month + 1:02d}-{day:02d}",
        ]
    )
    venue = rng.choice(VENUES)
    form = i % 4
    if form == 0:
        return (
            f"- **Talk** in [Seminar {i}](https://seminar{i}.example.org/) at {venue} "
            f"\\[[Slides](talks/t{i}.pdf)\\] ({venue}, {date})"
        )
    if form == 1:
        return (
            f"- **Paper release**: Proud to release our paper [Optimization beyond $\\ell_p$ "
            f"number {i}](https://arxiv.org/abs/{2000 + i % 500:04d}.{i:05d}) on arXiv! "
            f"This is a longer blurb about the paper and why it matters. ({date})"
        )
    if form == 2:
        role = rng.choice(["PI", "Co-PI"])
        return f"- **Service**: To be an Area chair for Conference {i} ({role}, {date})"
    return f"- **Media**: We're featured by [Outlet {i}](https://news.example.org/{i}) ({date})."


def write_content(folder: Path, n: int) -> Path:
    rng = random.Random(n)
    folder.mkdir(parents=True)
    shutil.copy(ROOT / "content" / "feeds.toml", folder / "feeds.toml")
    items = "\n".join(synthetic_item(i, rng) for i in range(n))
    (folder / "index.md").write_text(
        f"---\ntitle: Bench\n---\n\n### What's new\n\n#### Past\n\n{items}\n", encoding="utf-8"
    )
    return folder


def measure(content: Path, out: Path, repeat: int) -> tuple[float, float]:
    """Best wall time (s) and peak RSS (MB) of `feeds build` over ``repeat`` runs."""
    exe = Path(sys.executable).parent / "feeds"
    cmd = [
        str(exe),
        "build",
        "--content",
        str(content),
        "--out",
        str(out),
        "--now",
        "2022-11-10",
        "--quiet",
        "--offline",
    ]
    best_time, best_mem = float("inf"), float("inf")
    for _ in range(repeat):
        shutil.rmtree(out, ignore_errors=True)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, env={**os.environ, "FEEDS_OFFLINE": "1"})
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        if status != 0:
            raise SystemExit(f"feeds build failed on {content}")
        del before
        best_time = min(best_time, elapsed)
        best_mem = min(best_mem, usage.ru_maxrss / 1024)
    return best_time, best_mem


def tokenise_time(page: Path, repeat: int) -> float:
    """Best time of markdown-it-py's ``parse`` of ``page`` (the parser feeds build uses)."""
    from feeds.parse.markdown import markdown

    text = page.read_text(encoding="utf-8")
    md = markdown()
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        md.parse(text)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("sizes", nargs="*", type=int, default=[100, 1000, 10000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        rows = [("seed homepage", ROOT / "content", 48)]
        for n in args.sizes:
            rows.append((f"{n:,} items", write_content(base / f"c{n}", n), n))
        print(f"{'input':<16}{'items':>8}{'wall (s)':>11}{'peak (MB)':>11}{'tokenise (s)':>14}")
        for label, content, n in rows:
            wall, mem = measure(content, base / "out", args.repeat)
            floor = tokenise_time(content / "index.md", args.repeat)
            print(f"{label:<16}{n:>8}{wall:>11.3f}{mem:>11.1f}{floor:>14.3f}")
        print("tokenise: markdown-it-py's md.parse() of the page alone, in this process (the floor")
        print("under any build that reads the page with markdown-it-py tokens)")


if __name__ == "__main__":
    main()
