"""Scoring a clip in a variant: each analyzer's pooled scores and the file's format probe, kept in the work
folder's score cache; `evidence_for` for training scripts, `score_features` and `format_features` as matrices."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from analyzers.evidence.clip_model import pooled
from bench.eval.variants import variant_file

POOLS = ("mean", "p90")


# --- scoring ------------------------------------------------------------------------------------------------


@dataclass
class ScoredClip:
    """One clip in one variant: the variant's file, its format as probed, and each analyzer's pooled score
    (None where it gave no score)."""

    source: Path
    file: Path
    sha256: str  # of the variant's file
    frames: int  # analysed: the file's frames, or --max-frames of them
    format: dict
    scores: dict[str, dict[str, float] | None] = field(default_factory=dict)
    providers: dict[str, str] = field(default_factory=dict)  # analyzer id: where it ran
    encoded: bool = False  # the variant was encoded now
    analysed: int = 0  # analyzers run now rather than read from the cache


def probe_format(clip) -> dict:
    """What the container says, and nothing of the content: the format-only baseline's raw features."""
    facts = clip.facts
    width, height = facts.display_width or facts.width, facts.display_height or facts.height
    return {
        "fps": float(facts.average_rate or 0.0),
        "frames": int(clip.frame_count),
        "width": int(width),
        "height": int(height),
        "aspect": float(width / height) if height else 0.0,
        "codec": facts.codec,
        "container": facts.container,
    }


FORMAT_NUMBERS = ("fps", "frames", "width", "height", "aspect")


def format_features(formats: list[dict]) -> tuple[np.ndarray, list[str]]:
    """The format-only features as a matrix (one row per clip) and the column names: frame rate, frame count,
    width, height, aspect, and one column per codec and per container seen among `formats`."""
    codecs = sorted({f["codec"] for f in formats})
    containers = sorted({f["container"] for f in formats})
    names = [*FORMAT_NUMBERS, *(f"codec={c}" for c in codecs), *(f"container={c}" for c in containers)]
    rows = [
        [
            *(float(f[key]) for key in FORMAT_NUMBERS),
            *(float(f["codec"] == c) for c in codecs),
            *(float(f["container"] == c) for c in containers),
        ]
        for f in formats
    ]
    return np.asarray(rows, dtype=np.float64).reshape(len(formats), len(names)), names


def score_features(evidence: list[ScoredClip], analyzers: list) -> tuple[np.ndarray, list[str]]:
    """Each clip's pooled scores (mean and p90 of every analyzer, turned so that higher is more suspicious) as
    a matrix, NaN where an analyzer gave no score, and the column names ("<id> mean", "<id> p90")."""
    names = [f"{a.manifest.id} {pool}" for a in analyzers for pool in POOLS]
    rows = []
    for item in evidence:
        row = []
        for analyzer in analyzers:
            value = item.scores.get(analyzer.manifest.id)
            row += [np.nan] * len(POOLS) if value is None else [suspicion(analyzer, value[p]) for p in POOLS]
        rows.append(row)
    return np.asarray(rows, dtype=np.float64).reshape(len(evidence), len(names)), names


class ScoreCache:
    """Per-clip analyzer results on disk, in `work`/scores/<SHA-256 of the analysed file>.json, keyed by the
    analyzer's id, version and model hash, the stride and --max-frames: a re-run with the same settings
    analyses nothing again. The file's format probe is kept there too."""

    def __init__(self, work: Path) -> None:
        self.folder = work / "scores"

    def _path(self, sha256: str) -> Path:
        return self.folder / f"{sha256}.json"

    def read(self, sha256: str) -> dict:
        try:
            data = json.loads(self._path(sha256).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {"sha256": sha256, "format": None, "results": {}}
        return data if isinstance(data, dict) and data.get("sha256") == sha256 else {"sha256": sha256, "results": {}}

    def write(self, data: dict) -> None:
        from app.files.atomic import write_text_atomically

        self.folder.mkdir(parents=True, exist_ok=True)
        write_text_atomically(self._path(data["sha256"]), json.dumps(data, indent=1, sort_keys=True))

    @staticmethod
    def key(analyzer, stride: int, max_frames: int | None) -> str:
        m = analyzer.manifest
        return f"{m.id}|{m.version}|{analyzer.model_sha256}|stride={stride}|max_frames={max_frames}"


def score_clip(clip, analyzers: list, provider: str, stride: int, max_frames: int | None) -> tuple[int, dict, dict]:
    """(frames, pooled scores, providers) of every analyzer over the opened clip, decoded and fed as
    `reelcheck analyze` does it."""
    from analyzers.run import analyze, frames_needed
    from app.media.errors import MediaError

    count = min(clip.frame_count, max_frames) if max_frames else clip.frame_count
    if not analyzers:
        return count, {}, {}
    needed = frames_needed(analyzers, stride)
    numbers = [n for n in range(count) if needed(n)]

    def frames():
        for n in numbers:
            try:
                yield n, clip.frame(n, "rgb24").image
            except MediaError as error:  # a damaged frame is left out, and said
                print(f"  {clip.path.name}: {error}", file=sys.stderr)

    tracks = analyze(frames(), analyzers, provider, len(numbers), stride=stride)
    return (
        count,
        {t.analyzer.manifest.id: pooled(t.scores) for t in tracks},
        {t.analyzer.manifest.id: t.provider for t in tracks},
    )


def scored_clip(
    source: Path,
    variant: str,
    work: Path,
    analyzers: list,
    *,
    provider: str = "auto",
    stride: int = 1,
    max_frames: int | None = None,
    source_sha256: str | None = None,
) -> ScoredClip:
    """The clip as `variant` (encoded into `work` unless it is there already), its format features and every
    analyzer's pooled score, analysing only what the cache in `work` does not hold yet. Raises MediaError,
    ValueError or OSError for a clip that cannot be read or encoded."""
    from app.media.clip import open_clip
    from app.media.hashing import sha256_file

    sha = source_sha256 or sha256_file(source)
    file, encoded = variant_file(source, sha, variant, work, max_frames)
    file_sha = sha if file == source else sha256_file(file)
    cache = ScoreCache(work)
    stored = cache.read(file_sha)
    results = stored.setdefault("results", {})
    keys = {a.manifest.id: ScoreCache.key(a, stride, max_frames) for a in analyzers}
    missing = [a for a in analyzers if keys[a.manifest.id] not in results]
    if missing or not stored.get("format"):
        clip = open_clip(file, cache_bytes=64 << 20)
        try:
            stored["format"] = probe_format(clip)
            count, scores, providers = score_clip(clip, missing, provider, stride, max_frames)
        finally:
            clip.close()
        for analyzer in missing:
            m = analyzer.manifest
            results[keys[m.id]] = {
                "id": m.id,
                "version": m.version,
                "model_sha256": analyzer.model_sha256,
                "stride": stride,
                "max_frames": max_frames,
                "frames": count,
                "pooled": scores.get(m.id),
                "provider": providers.get(m.id, ""),
            }
        stored["file"] = file.name
        cache.write(stored)
    fmt = stored["format"]
    frames = min(fmt["frames"], max_frames) if max_frames else fmt["frames"]
    return ScoredClip(
        source,
        file,
        file_sha,
        frames,
        fmt,
        {i: results[key]["pooled"] for i, key in keys.items()},
        {i: results[key]["provider"] for i, key in keys.items()},
        encoded,
        len(missing),
    )


def evidence_for(
    files: list[Path],
    variant: str,
    work: Path,
    analyzers: list,
    *,
    provider: str = "auto",
    stride: int = 1,
    max_frames: int | None = None,
    log: Callable[[str], None] = lambda line: print(line, file=sys.stderr, flush=True),
) -> list[ScoredClip | None]:
    """For reuse by training scripts: each file's `ScoredClip` in `variant` (None for a file that could not be
    read, said through `log`), cached in `work` as the evaluation caches it. `score_features` and
    `format_features` turn the list into matrices."""
    from app.media.errors import MediaError

    out: list[ScoredClip | None] = []
    for file in files:
        try:
            out.append(
                scored_clip(file, variant, work, analyzers, provider=provider, stride=stride, max_frames=max_frames)
            )
        except (MediaError, ValueError, OSError) as error:
            log(f"  {file.name}, {variant}: {error}; left out")
            out.append(None)
    return out


def suspicion(analyzer, value: float) -> float:
    """The score turned so that higher is always more suspicious."""
    return -value if analyzer.manifest.output.score_direction == "lower_is_more_suspicious" else value
