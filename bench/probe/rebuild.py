"""Rebuild a probe corpus from its committed manifest, ready for the shared scorer.

usage: rebuild.py bench/probe/cNN OUT [--mirrors TEMPLATE]

The manifest (``SOURCES.tsv``) names each site's repository, the paths taken and the commit;
``labels.jsonl`` holds the labels without the items' text (other people's sentences are not
committed). This copies the listed paths of each repository at its commit into ``OUT/<dir>/``
from a local git copy of it (``TEMPLATE`` with ``{owner}`` and ``{name}``, by default
``/work/.mirror/{owner}+{name}/repo``: a bare clone, ``git clone --bare
https://github.com/OWNER/NAME`` gives one), then writes ``OUT/labels.jsonl`` with each label's
``text`` read back from the copied file at its line (what ``probe_eval.py`` matches on, with
the line and the date). A label whose file is missing, or that shares its line with another
label (a minified page), gets ``""``: the scorer then matches it on line and date alone.

Paths are separated by commas or spaces; ``a/{x,y}.md`` is two paths, ``dir/*.md (13)`` a glob
expected to match 13 files, ``.`` the whole tree. The commit field's first word is the commit.
Prints one line per site that could not be copied as listed.
"""

from __future__ import annotations

import csv
import fnmatch
import io
import json
import re
import subprocess
import sys
import tarfile
from collections import Counter, defaultdict
from pathlib import Path

_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")
_FRONT_TITLE = re.compile(r"\s*title\s*[:=]\s*(.+)")
_TEXT_CHARS = 100


def split_paths(field: str) -> list[tuple[str, int | None]]:
    """The paths of a manifest row, each with the number of files a glob should match."""
    tokens, depth, current = [], 0, ""
    for char in field:
        depth += char in "{("
        depth -= char in "})"
        if depth == 0 and (char == "," or char.isspace()):
            tokens.append(current.strip())
            current = ""
        else:
            current += char
    tokens.append(current.strip())
    paths: list[tuple[str, int | None]] = []
    for token in filter(None, tokens):
        count = re.match(r"\((?:all )?(\d+)", token)
        if token.startswith("(") and paths:  # "(13)" after a glob: how many it matches
            if count:
                paths[-1] = (paths[-1][0], int(count.group(1)))
            continue
        counted = re.match(r"^(.*?)\s*\((?:all )?(\d+)[^)]*\)\s*$", token)
        path = counted.group(1) if counted else token
        expected = int(counted.group(2)) if counted else None
        braces = re.match(r"^(.*)\{([^}]*)\}(.*)$", path)
        alternatives = braces.group(2).split(",") if braces else [""]
        numbered = re.match(r"^(.*?)(\d+)\.\.(\d+)(.*)$", path)  # announcement_1..38.md
        if numbered and not braces:
            first, last = int(numbered.group(2)), int(numbered.group(3))
            paths += [(f"{numbered[1]}{n}{numbered[4]}", None) for n in range(first, last + 1)]
            continue
        for alternative in alternatives:
            whole = braces.group(1) + alternative + braces.group(3) if braces else path
            paths.append((whole.rstrip("/") or ".", expected))
    return paths


def _git(repo: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", "--git-dir", str(repo), *args], capture_output=True)


def _stored(repo: Path, commit: str, names: list[str]) -> list[str]:
    """The files whose content is in the local copy (a partial clone may lack large ones)."""
    asked = "".join(f"{commit}:{name}\n" for name in names).encode()
    checked = subprocess.run(
        ["git", "--git-dir", str(repo), "cat-file", "--batch-check=%(objecttype)"],
        input=asked,
        capture_output=True,
    )
    answers = checked.stdout.decode().splitlines()
    return [name for name, answer in zip(names, answers, strict=False) if answer == "blob"]


def copy_site(repo: Path, commit: str, field: str, out: Path) -> list[str]:
    """Copy the manifest's paths of one repository at ``commit`` into ``out``; the problems."""
    problems = []
    listed = _git(repo, "ls-tree", "-r", "-z", "--name-only", commit)
    if listed.returncode:
        return [f"commit {commit} not in {repo}"]
    names = [name for name in listed.stdout.decode().split("\0") if name]
    names = _stored(repo, commit, names)
    out.mkdir(parents=True, exist_ok=True)
    for path, expected in split_paths(field):
        if path == ".":
            chosen = names
        elif any(char in path for char in "*?["):
            chosen = [name for name in names if fnmatch.fnmatchcase(name, path)]
        else:
            chosen = [name for name in names if name == path or name.startswith(path + "/")]
        if not chosen:
            problems.append(f"{path}: not at {commit[:10]}")
            continue
        if expected is not None and len(chosen) != expected:
            problems.append(f"{path}: {len(chosen)} files, the manifest says {expected}")
        literal = [f":(literal){name}" for name in chosen]
        archive = _git(repo, "archive", "--format=tar", commit, "--", *literal)
        if archive.returncode:
            problems.append(f"{path}: {archive.stderr.decode().strip()[:100]}")
            continue
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(out, filter="data")
    return problems


def _front_title(lines: list[str]) -> tuple[int, str] | None:
    """The last line of a file's front matter and its title, if it has both."""
    if not lines or lines[0].strip() not in ("---", "+++"):
        return None
    fence = lines[0].strip()
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == fence), None)
    for line in lines[1:end] if end else []:
        if title := _FRONT_TITLE.match(line):
            return end + 1, title.group(1).strip().strip("'\"")
    return None


def _plain(line: str) -> str:
    return _SPACE.sub(" ", _TAG.sub(" ", line)).strip()


def add_text(labels: list[dict], corpus: Path) -> None:
    """Give each label its ``text``: its file's lines from the label's line to the next label's,
    tags dropped, the first line kept whole, at least ~100 characters."""
    lines_of: dict[tuple[str, str], list[int]] = defaultdict(list)
    for label in labels:
        lines_of[label["dir"], label["file"]].append(label["line"])
    shared = Counter((label["dir"], label["file"], label["line"]) for label in labels)
    files: dict[Path, list[str] | None] = {}
    for label in labels:
        path = corpus / label["dir"] / label["file"]
        if path not in files:
            text = path.read_text("utf-8", "replace") if path.is_file() else None
            files[path] = text.splitlines() if text is not None else None
        lines, line = files[path], label.get("line") or 0
        if not lines or not 0 < line <= len(lines) or shared[label["dir"], label["file"], line] > 1:
            label["text"] = ""
            continue
        later = [n for n in lines_of[label["dir"], label["file"]] if n > line]
        stop = min(later, default=len(lines) + 1)
        cap = min(max(_TEXT_CHARS, len(_plain(lines[line - 1]))), 2000)
        text = ""
        for number in range(line, min(stop, len(lines) + 1)):
            text = f"{text} {_plain(lines[number - 1])}".strip()
            if len(text) >= cap:
                break
        title = _front_title(lines)
        if title and len(lines_of[label["dir"], label["file"]]) == 1 and line > title[0]:
            text = f"{title[1]} {text}".strip()  # an entry alone in its file: its title shows first
        label["text"] = text[:cap]


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    manifest, out = Path(argv[0]), Path(argv[1])
    template = "/work/.mirror/{owner}+{name}/repo"
    if "--mirrors" in argv:
        template = argv[argv.index("--mirrors") + 1]
    with (manifest / "SOURCES.tsv").open(encoding="utf-8") as rows:
        for row in csv.DictReader(rows, delimiter="\t"):
            owner, _, name = row["repo"].strip().partition("/")
            repo = Path(template.format(owner=owner, name=name))
            if (repo / ".git").is_dir():
                repo = repo / ".git"
            commit = (row["commit"].split() or ["HEAD"])[0]
            if not repo.is_dir():
                print(f"{row['dir']}: no copy of {row['repo']} at {repo}")
                continue
            for problem in copy_site(repo, commit, row["paths"], out / row["dir"].strip()):
                print(f"{row['dir']}: {problem}")
    with (manifest / "labels.jsonl").open(encoding="utf-8") as lines:
        labels = [json.loads(line) for line in lines if line.strip()]
    add_text(labels, out)
    with (out / "labels.jsonl").open("w", encoding="utf-8") as written:
        written.writelines(json.dumps(label, ensure_ascii=False) + "\n" for label in labels)
    (out / "SOURCES.tsv").write_bytes((manifest / "SOURCES.tsv").read_bytes())
    empty = sum(not label["text"] for label in labels)
    print(f"{out}: {len(labels)} labels, {empty} without text")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
