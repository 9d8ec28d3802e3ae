"""Rebuilds the training clips from training/data/MANIFEST.csv into a folder outside the repository.

    python -m training.fetch_data DATA_FOLDER [--mirrors DIR] [--manifest CSV]

Each row names a public GitHub repository, a commit and a path, and the file's SHA-256. A file is taken from a
local bare mirror of the repository when there is one (`DIR/<owner>+<name>/...`, as the workplace's fetch tool
leaves them, or any bare git directory found under DIR whose name holds owner+name), else downloaded from
raw.githubusercontent.com at that exact commit. Every file is checked against its SHA-256 before it is kept; a
file already there with the right hash is not fetched again. This is a development tool: the app itself never
reaches the network.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import subprocess
import sys
import urllib.request
from pathlib import Path

MANIFEST = Path(__file__).resolve().parent / "data" / "MANIFEST.csv"
MOST_BYTES = 64 << 20


def rows(manifest: Path) -> list[dict[str, str]]:
    with manifest.open(newline="", encoding="utf-8") as file:
        return list(csv.DictReader(file))


def mirror_of(repo: str, mirrors: Path | None) -> Path | None:
    if mirrors is None:
        return None
    wanted = repo.replace("/", "+")
    for candidate in sorted(mirrors.glob(f"{wanted}*")):
        for git_dir in (candidate, *sorted(candidate.glob("*"))):
            if (git_dir / "HEAD").is_file() and (git_dir / "objects").is_dir():
                return git_dir
    return None


def from_mirror(git_dir: Path, commit: str, path: str) -> bytes | None:
    done = subprocess.run(
        ["git", f"--git-dir={git_dir}", "cat-file", "blob", f"{commit}:{path}"], capture_output=True, check=False
    )
    return done.stdout if done.returncode == 0 else None


def from_github(repo: str, commit: str, path: str) -> bytes:
    url = f"https://raw.githubusercontent.com/{repo}/{commit}/{urllib.request.quote(path)}"
    with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 (a fixed https address)
        data = response.read(MOST_BYTES + 1)
    if len(data) > MOST_BYTES:
        raise ValueError("larger than any clip in the manifest may be")
    return data


def fetch(row: dict[str, str], folder: Path, mirrors: Path | None) -> str:
    """Put one row's file in place; returns what happened, in words."""
    target = folder / row["file"]
    if target.is_file() and hashlib.sha256(target.read_bytes()).hexdigest() == row["sha256"]:
        return "already there"
    git_dir = mirror_of(row["source_repo"], mirrors)
    data = from_mirror(git_dir, row["commit"], row["path_in_repo"]) if git_dir else None
    where = "mirror"
    if data is None:
        data, where = from_github(row["source_repo"], row["commit"], row["path_in_repo"]), "GitHub"
    if hashlib.sha256(data).hexdigest() != row["sha256"]:
        raise ValueError(f"the file from {where} does not have the SHA-256 the manifest gives")
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.write_bytes(data)
    partial.replace(target)
    return f"from {where}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="where the clips go (outside the repository)")
    parser.add_argument("--mirrors", type=Path, help="a folder of bare git mirrors to take files from first")
    parser.add_argument("--manifest", type=Path, default=MANIFEST)
    args = parser.parse_args(argv)
    failed = 0
    for row in rows(args.manifest):
        try:
            outcome = fetch(row, args.folder, args.mirrors)
        except (OSError, ValueError) as error:
            failed += 1
            outcome = f"FAILED: {error}"
        print(f"{row['file']}: {outcome}")
    print(f"{failed} of the manifest's files could not be fetched" if failed else "every file is in place")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
