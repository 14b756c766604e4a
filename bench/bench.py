"""Benchmark `feeds build`: wall time, CPU time and peak memory, next to Hugo and the targets.

Run with `make bench` (or `python bench/bench.py [N ...]`, default 100 1,000 10,000 50,000).
Each figure is the best of ``--repeat`` runs of the real command in a fresh interpreter
(start-up included), into a temporary folder. Rows:

- the seed homepage and N synthetic items in the seed's forms, ``feeds build --offline``;
- the 10,000-item page again without ``--offline`` and with no network: the arXiv API
  (``FEEDS_ARXIV_API``) is a closed port on 127.0.0.1, so every lookup is refused as on a
  machine without network (never a real host); it must cost no more than the offline
  build plus one failed lookup;
- Hugo (when ``hugo`` is on PATH, else a note) building the same N items: one content
  page per item (its Markdown and its date), RSS + Atom of the newest ``feed_limit``
  (100) items with their HTML content, no HTML pages; the ratio feeds/Hugo per N.

Not a test: it prints figures and the targets of issue 11, it asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
VENUES = ["UCLA", "Rice University", "MIT", "ETH Zürich", "Virtual", "UMN", "San Francisco"]
FEED_LIMIT = 100  # feeds' default feed_limit, also given to Hugo
TARGETS = {  # issue 11 (wall seconds, including interpreter start)
    "seed": "≤0.2 s",
    100: "≤0.15 s",
    10000: "≤1.0 s, ≤150 MB",
    50000: "≤5 s",
}


def synthetic_item(i: int, rng: random.Random) -> tuple[str, str]:
    """One news item in one of the seed's forms, with its quirks; and its ISO date."""
    year = 2000 + i % 25
    month = rng.randrange(12)
    day = rng.randint(1, 27)
    form_of_date = rng.randrange(5)
    date = [
        f"{MONTHS[month]} {day:02d}, {year}",
        f"{MONTHS[month]} {day} {year}",
        f"{MONTHS[month]} {day}--{day + 1}, {year}",
        f"{MONTHS[month]}, {year}",
        f"{year}-{month + 1:02d}-{day:02d}",
    ][form_of_date]
    iso = f"{year}-{month + 1:02d}-{1 if form_of_date == 3 else day:02d}"
    venue = rng.choice(VENUES)
    form = i % 4
    if form == 0:
        text = (
            f"**Talk** in [Seminar {i}](https://seminar{i}.example.org/) at {venue} "
            f"\\[[Slides](talks/t{i}.pdf)\\] ({venue}, {date})"
        )
    elif form == 1:
        text = (
            f"**Paper release**: Proud to release our paper [Optimization beyond $\\ell_p$ "
            f"number {i}](https://arxiv.org/abs/{2000 + i % 500:04d}.{i:05d}) on arXiv! "
            f"This is a longer blurb about the paper and why it matters. ({date})"
        )
    elif form == 2:
        role = rng.choice(["PI", "Co-PI"])
        text = f"**Service**: To be an Area chair for Conference {i} ({role}, {date})"
    else:
        text = f"**Media**: We're featured by [Outlet {i}](https://news.example.org/{i}) ({date})."
    return text, iso


def synthetic_items(n: int) -> list[tuple[str, str]]:
    rng = random.Random(n)
    return [synthetic_item(i, rng) for i in range(n)]


def write_content(folder: Path, n: int) -> Path:
    """A feeds content folder: the seed's settings and a page of ``n`` news items."""
    folder.mkdir(parents=True)
    shutil.copy(ROOT / "content" / "feeds.toml", folder / "feeds.toml")
    items = "\n".join(f"- {text}" for text, _ in synthetic_items(n))
    (folder / "index.md").write_text(
        f"---\ntitle: Bench\n---\n\n### What's new\n\n#### Past\n\n{items}\n", encoding="utf-8"
    )
    return folder


HUGO_CONFIG = f"""\
baseURL = "http://sunju.org/"
title = "Bench"
languageCode = "en"
disableKinds = ["taxonomy", "term", "section", "sitemap", "robotsTXT", "404"]
[outputs]
home = ["RSS", "Atom"]
[outputFormats.Atom]
mediaType = "application/atom+xml"
baseName = "atom"
[mediaTypes."application/atom+xml"]
suffixes = ["xml"]
[services.rss]
limit = {FEED_LIMIT}
[[cascade]]
[cascade._build]
render = "never"
list = "always"
[cascade._target]
kind = "page"
"""
HUGO_RSS = """\
{{ printf "<?xml version=\\"1.0\\" encoding=\\"utf-8\\"?>" | safeHTML }}
<rss version="2.0"><channel><title>{{ .Site.Title }}</title><link>{{ .Permalink }}</link>
<description>News</description>
{{ range first LIMIT (sort .Site.RegularPages "Date" "desc") }}<item><title>{{ .Title }}</title>
<guid isPermaLink="false">{{ .File.BaseFileName }}</guid>
<pubDate>{{ .Date.Format "Mon, 02 Jan 2006 15:04:05 -0700" }}</pubDate>
<description>{{ .Content | html }}</description></item>
{{ end }}</channel></rss>
"""
HUGO_ATOM = """\
{{ printf "<?xml version=\\"1.0\\" encoding=\\"utf-8\\"?>" | safeHTML }}
<feed xmlns="http://www.w3.org/2005/Atom"><title>{{ .Site.Title }}</title>
<id>{{ .Permalink }}</id><updated>{{ now.Format "2006-01-02T15:04:05Z07:00" }}</updated>
{{ range first LIMIT (sort .Site.RegularPages "Date" "desc") }}<entry><title>{{ .Title }}</title>
<id>tag:sunju.org,2019:{{ .File.BaseFileName }}</id>
<updated>{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}</updated>
<content type="html">{{ .Content | html }}</content></entry>
{{ end }}</feed>
"""


def write_hugo_site(folder: Path, n: int) -> Path:
    """A Hugo site of the same ``n`` items: one page each, RSS + Atom of the newest 100."""
    (folder / "content" / "news").mkdir(parents=True)
    (folder / "layouts").mkdir()
    (folder / "hugo.toml").write_text(HUGO_CONFIG, encoding="utf-8")
    (folder / "layouts" / "index.rss.xml").write_text(
        HUGO_RSS.replace("LIMIT", str(FEED_LIMIT)), encoding="utf-8"
    )
    (folder / "layouts" / "index.atom.xml").write_text(
        HUGO_ATOM.replace("LIMIT", str(FEED_LIMIT)), encoding="utf-8"
    )
    for i, (text, iso) in enumerate(synthetic_items(n)):
        title = text.split("**")[1].replace('"', "")
        (folder / "content" / "news" / f"item-{i}.md").write_text(
            f'---\ntitle: "{title} {i}"\ndate: {iso}\n---\n\n{text}\n', encoding="utf-8"
        )
    return folder


def run_best(
    cmd: list[str],
    out: Path,
    repeat: int,
    env: dict[str, str],
    *,
    warm_up: bool = True,
    remove: tuple[Path, ...] = (),
) -> tuple[float, float, float]:
    """Best wall time (s), CPU time (s) and peak RSS (MB) of ``cmd`` over ``repeat`` runs,
    after one uncounted warm-up run (it writes the bytecode caches, as an installed
    ``feeds`` has them); ``remove`` (files or folders) are deleted before each run (caches
    to start without)."""
    best_wall, best_cpu, best_mem = float("inf"), float("inf"), float("inf")
    for run in range(0 if warm_up else 1, repeat + 1):
        shutil.rmtree(out, ignore_errors=True)
        for path in remove:
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink(missing_ok=True)
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        if status != 0:
            raise SystemExit(f"failed: {' '.join(cmd)}")
        if run == 0:
            continue
        best_wall = min(best_wall, elapsed)
        best_cpu = min(best_cpu, usage.ru_utime + usage.ru_stime)
        best_mem = min(best_mem, usage.ru_maxrss / 1024)
    return best_wall, best_cpu, best_mem


def feeds_cmd(content: Path, out: Path, *, offline: bool = True) -> list[str]:
    exe = Path(sys.executable).parent / "feeds"
    cmd = [str(exe), "build", "--content", str(content), "--out", str(out)]
    return cmd + ["--now", "2022-11-10", "--quiet"] + (["--offline"] if offline else [])


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (connections to it are refused)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


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
    parser.add_argument("sizes", nargs="*", type=int, default=[100, 1000, 10000, 50000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    hugo = shutil.which("hugo")
    # Without .pyc files every start compiles feeds' modules again (~30-60 ms): let the
    # warm-up run write them even where PYTHONDONTWRITEBYTECODE is set.
    unset = ("FEEDS_OFFLINE", "PYTHONDONTWRITEBYTECODE")
    env = {k: v for k, v in os.environ.items() if k not in unset}
    offline_env = {**env, "FEEDS_OFFLINE": "1"}
    no_network = {**env, "FEEDS_ARXIV_API": f"http://127.0.0.1:{closed_port()}/api/query"}
    header = (
        f"{'input':<26}{'items':>7}{'wall (s)':>10}{'cpu (s)':>9}{'peak MB':>9}"
        f"{'tokenise':>10}{'Hugo (s)':>10}{'feeds/Hugo':>11}  target"
    )
    print(header)
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        out = base / "out"
        rows: list[tuple[str, Path, int | str]] = [("seed homepage", ROOT / "content", "seed")]
        rows += [(f"{n:,} items", write_content(base / f"c{n}", n), n) for n in args.sizes]
        for label, content, n in rows:
            cache = base / f"cache-{n}"  # parsed pages (setting ``cache``): none at first
            offline_env["FEEDS_CACHE"] = no_network["FEEDS_CACHE"] = str(cache)
            build = feeds_cmd(content, out)
            wall, cpu, mem = run_best(build, out, args.repeat, offline_env, remove=(cache,))
            floor = tokenise_time(content / "index.md", args.repeat)
            hugo_cell, ratio = "", ""
            if hugo and isinstance(n, int):
                site = write_hugo_site(base / f"h{n}", n)
                cmd = [hugo, "--quiet", "-s", str(site), "-d", str(base / "hugo-out")]
                hugo_wall = run_best(cmd, base / "hugo-out", args.repeat, dict(os.environ))[0]
                shutil.rmtree(site)
                hugo_cell, ratio = f"{hugo_wall:.3f}", f"{wall / hugo_wall:.2f}"
            target = TARGETS.get(n, "")
            if isinstance(n, int) and n >= 1000:
                target = ", ".join(filter(None, [target, "faster than Hugo (ratio < 1)"]))
            items = "48" if n == "seed" else str(n)
            print(
                f"{label:<26}{items:>7}{wall:>10.3f}{cpu:>9.3f}{mem:>9.1f}{floor:>10.3f}"
                f"{hugo_cell:>10}{ratio:>11}  {target}",
                flush=True,
            )
            run_best(build, out, 1, offline_env, warm_up=False)  # fills the cache
            wall, cpu, mem = run_best(build, out, args.repeat, offline_env)
            print(
                f"{'  rebuild, page unchanged':<26}{items:>7}{wall:>10.3f}{cpu:>9.3f}{mem:>9.1f}",
                flush=True,
            )
            if n == 10000:  # as the first build above: no parsed-page cache, best of repeat
                wall, cpu, mem = run_best(  # runs (the first failed lookup ends lookups)
                    feeds_cmd(content, out, offline=False),
                    out,
                    args.repeat,
                    no_network,
                    remove=(cache, content / "arxiv.json"),
                )
                print(
                    f"{'  same, no network':<26}{n:>7}{wall:>10.3f}{cpu:>9.3f}{mem:>9.1f}"
                    f"{'':>10}{'':>10}{'':>11}  ≤ offline build + one failed lookup",
                    flush=True,
                )
    if not hugo:
        print("Hugo: not installed (`apt-get install hugo`), so no Hugo column.")
    print("wall and peak memory: the whole `feeds build` process, best of", args.repeat, "runs;")
    print("first build: no parsed-page cache; rebuild: the cache of the build before (same page).")
    print("tokenise: markdown-it-py's md.parse() of the page alone, in this process (the floor")
    print("under any build that reads the page with markdown-it-py tokens).")
    print("no network: no --offline; the arXiv API is a closed port on 127.0.0.1 (refused);")
    print("as the first build, without an arXiv cache either.")


if __name__ == "__main__":
    main()
