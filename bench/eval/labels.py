"""The evaluation's clips: the labels CSV, and each clip's repository and generator family from a MANIFEST.csv."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

LABELS = {"1": 1, "0": 0}


# --- the labels ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LabelledClip:
    path: Path
    label: int  # 1 generated or manipulated, 0 camera or authentic
    line: int  # in the CSV, for messages


def read_labels(csv_path: Path) -> tuple[list[LabelledClip], list[str]]:
    """The usable rows of a `path,label` CSV, and one message per row that is not (with its line number).

    Raises ValueError when the file has no `path` and `label` columns."""
    clips: list[LabelledClip] = []
    problems: list[str] = []
    folder = csv_path.parent
    with csv_path.open(newline="", encoding="utf-8-sig") as file:
        reader = csv.DictReader(file)
        columns = {name.strip().lower(): name for name in reader.fieldnames or []}
        if "path" not in columns or "label" not in columns:
            raise ValueError(f"{csv_path}: the first line must be the header 'path,label' (it is {reader.fieldnames})")
        for row in reader:
            line = reader.line_num
            raw_path = (row.get(columns["path"]) or "").strip()
            raw_label = (row.get(columns["label"]) or "").strip()
            if not raw_path:
                problems.append(f"{csv_path.name} line {line}: no path; skipped")
                continue
            if raw_label not in LABELS:
                problems.append(f"{csv_path.name} line {line}: label '{raw_label}' is not 0 or 1; skipped")
                continue
            path = Path(raw_path).expanduser()
            path = path if path.is_absolute() else folder / path
            if not path.is_file():
                problems.append(f"{csv_path.name} line {line}: {raw_path} is not a file; skipped")
                continue
            clips.append(LabelledClip(path, LABELS[raw_label], line))
    return clips, problems


# --- groups: which repository and which generator each clip comes from --------------------------------------


@dataclass(frozen=True)
class Origin:
    group: str  # the source repository: clips of one never sit on both sides of a fold
    family: str  # the generator (or camera source) family, for recall per family


def family_of(row: dict[str, str]) -> str:
    """The `family` column if there is one, else `model_or_origin` up to the first " (", else the repository."""
    family = (row.get("family") or "").strip()
    if family:
        return family
    origin = (row.get("model_or_origin") or "").strip()
    if origin:
        return origin.split(" (", 1)[0].strip()
    return (row.get("source_repo") or "").strip()


def read_manifest(manifest: Path, clips: list[LabelledClip]) -> tuple[list[Origin], list[str]]:
    """Each clip's repository and family from a MANIFEST.csv whose `file` column names the clips as the labels'
    `path` does (both relative to their own CSV's folder, or absolute); a clip it does not name is its own group,
    and said. Raises ValueError when the file has no `file` and `source_repo` columns."""
    by_path: dict[Path, Origin] = {}
    with manifest.open(newline="", encoding="utf-8-sig") as file:
        reader = csv.DictReader(file)
        if not {"file", "source_repo"} <= set(reader.fieldnames or []):
            raise ValueError(f"{manifest}: the header must name the columns 'file' and 'source_repo'")
        for row in reader:
            name, repo = (row.get("file") or "").strip(), (row.get("source_repo") or "").strip()
            if name and repo:
                path = Path(name).expanduser()
                path = path if path.is_absolute() else manifest.parent / path
                by_path[path.resolve()] = Origin(repo, family_of(row))
    origins, problems = [], []
    for clip in clips:
        origin = by_path.get(clip.path.resolve())
        if origin is None:
            problems.append(f"{manifest.name}: no row for {clip.path.name}; it is its own group")
            origin = Origin(f"(alone) {clip.path}", "(not in the manifest)")
        origins.append(origin)
    return origins, problems


def each_alone(clips: list[LabelledClip]) -> list[Origin]:
    """Without a manifest every clip is its own group (nothing is known about where clips share a source)."""
    return [Origin(str(clip.path), "all generated clips" if clip.label else "camera") for clip in clips]
