"""Trains the learned residual cue and the shipped clip-level calibration from the training clips.

    python -m training DATA_FOLDER --work WORK_FOLDER [--epochs 6] [--folds 3]

DATA_FOLDER holds the clips of training/data/MANIFEST.csv (rebuild it with `python -m training.fetch_data`);
WORK_FOLDER keeps the re-encodes, the cached scores and the patches between runs (as bench.eval's --work does).
Needs the `train` extra (PyTorch, CPU is enough). Steps, each reusing what a previous run left in WORK_FOLDER:

1. every clip as `normalized` and `normalized_half` (bench.eval's recipes), scored by the fixed-kernel cues;
2. the residual network: grouped cross-validation by source repository (each clip scored by a network that never
   saw its repository), then the final network on every clip, written to resources/models/learned_residual/;
3. the clip-level calibration over the cues' per-clip statistics (the network's from step 2's held-out scores),
   measured by grouped cross-validation, written to resources/calibrations/shipped.json;
4. each cue's camera band (where camera clips' scores lie) and what all of it measured, into WORK/report.json.

Measuring on the dev set is bench.eval's job, run afterwards with the new models.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import logging
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from analyzers.build_models import build_all
from analyzers.evidence.clip_model import Feature, calibration_bytes
from analyzers.evidence.fit import fit_calibration, measure
from analyzers.evidence.metrics import auc, grouped_folds
from analyzers.registry import discover
from analyzers.resources import models_dir, shipped_calibration_path
from bench.eval import evidence_for
from training.bands import write_bands
from training.fetch_data import MANIFEST
from training.patches import frames_of, patches_of

log = logging.getLogger("training")

VARIANTS = ("normalized", "normalized_half")
# The clip-level model leaves out the cues that compare consecutive frames: on the rendition's 16 fps clock a clip
# made at 8 fps shows each frame twice, so those cues would tell the source's frame rate, a format cue.
TEMPORAL = ("flow_warp", "temporal_boiling")
LEARNED = "learned_residual"
POOLS = ("mean", "p90")


@dataclass(frozen=True)
class TrainingClip:
    path: Path
    label: int
    group: str  # the source repository
    family: str


def read_clips(data: Path, manifest: Path) -> list[TrainingClip]:
    """The manifest's clips that are in `data`, GIFs aside: a GIF's palette and dithering mark the picture's fine
    grain, and most GIFs in public collections are generated, so a network would learn the format."""
    clips = []
    with manifest.open(newline="", encoding="utf-8") as file:
        for row in csv.DictReader(file):
            if row["codec"] == "gif":
                continue
            path = data / row["file"]
            if not path.is_file():
                log.warning("%s is not in %s; left out (rebuild with python -m training.fetch_data)", row["file"], data)
                continue
            clips.append(TrainingClip(path, int(row["label"]), row["source_repo"], row["family"]))
    return clips


def fixed_cue_scores(
    clips, work: Path, stride: int, provider: str
) -> tuple[list[str], dict[str, np.ndarray], dict[str, list]]:
    """(cue ids, per variant: clips x (cue, pool) matrix with NaN where unscored, per variant: variant files)."""
    cues = [a for a in discover().analyzers if a.manifest.id != LEARNED]
    ids = [a.manifest.id for a in cues]
    matrices, files = {}, {}
    for variant in VARIANTS:
        log.info("scoring %d clips as %s with %s", len(clips), variant, ", ".join(ids))
        results = evidence_for(
            [c.path for c in clips], variant, work, cues, provider=provider, stride=stride, log=log.info
        )
        matrix = np.full((len(clips), len(ids) * len(POOLS)), np.nan)
        for i, result in enumerate(results):
            for j, cue in enumerate(ids):
                pooled = result.scores.get(cue) if result else None
                if pooled:
                    matrix[i, j * 2 : j * 2 + 2] = [pooled[p] for p in POOLS]
        matrices[variant] = matrix
        files[variant] = [r.file if r else None for r in results]
    return ids, matrices, files


def patch_set(clips, files, work: Path, size: int, seed: int) -> tuple[np.ndarray, np.ndarray]:
    """uint8 patches and the index of the clip each came from, cached in `work`."""
    cache = work / f"patches_{size}_{len(clips)}_{seed}.npz"
    if cache.is_file():
        with np.load(cache) as stored:
            return stored["patches"], stored["owner"]
    rng = np.random.default_rng(seed)
    patches, owner = [], []
    for i in range(len(clips)):
        for variant in VARIANTS:
            file = files[variant][i]
            if file is None:
                continue
            cut = patches_of(frames_of(file, every=6), size, per_frame=6, rng=rng)
            patches += cut
            owner += [i] * len(cut)
    result = np.stack(patches), np.asarray(owner)
    np.savez(cache, patches=result[0], owner=result[1])
    log.info("%d patches of %d px from %d clips", len(owner), size, len(clips))
    return result


def held_out_learned_scores(clips, files, patches, owner, folds, epochs: int) -> dict[str, np.ndarray]:
    """Per variant: clips x (mean, p90) of the network's frame scores, each clip by a network that never saw its
    repository."""
    from training.residual_cnn import frame_scores, train

    labels = np.asarray([c.label for c in clips])
    out = {variant: np.full((len(clips), 2), np.nan) for variant in VARIANTS}
    for number, (train_idx, test_idx) in enumerate(folds, 1):
        chosen = np.isin(owner, train_idx)
        log.info("fold %d/%d: %d patches, %d clips held out", number, len(folds), chosen.sum(), len(test_idx))
        net = train(patches[chosen], labels[owner[chosen]], epochs=epochs, seed=number)
        for i in test_idx:
            for variant in VARIANTS:
                if files[variant][i] is not None:
                    scores = frame_scores(net, frames_of(files[variant][i], every=2))
                    if scores.size:
                        out[variant][i] = [scores.mean(), np.percentile(scores, 90)]
    return out


FAILURE_MODES = [
    "Measured on public research clips, most of them from 2023-2025 open models; a generator unlike them (a new "
    "commercial model, a clip made to evade detection) can score as camera footage.",
    "Heavy re-encoding, screen recording, filters or resizing change the fine grain the learned cue reads: a "
    "reposted generated clip can score lower, and a heavily processed camera clip higher.",
    "Cartoons, animation, CGI and clips with large overlays were not in the camera clips it learned from; its "
    "figure on them means little.",
    "It reads only the first 3 seconds: a clip that is camera footage there and generated later is judged on "
    "its start.",
]


def learned_cue(clips, files, args) -> dict[str, np.ndarray]:
    """Held-out scores of the residual network for every clip (see held_out_learned_scores), and the final
    network written to resources/models/learned_residual/; both kept in WORK for a run with the same clips and
    settings, which then only writes the model again."""
    from training.residual_cnn import save_weights, train

    key = hashlib.sha256(
        repr(([str(c.path) for c in clips], args.epochs, args.folds, args.patch, args.seed)).encode()
    ).hexdigest()[:16]
    cache = args.work / f"learned_{key}.npz"
    weights = args.work / f"learned_{key}_weights.npz"
    if cache.is_file() and weights.is_file():
        with np.load(cache) as stored:
            held_out = {variant: stored[variant] for variant in VARIANTS}
    else:
        labels = np.asarray([c.label for c in clips])
        groups = np.asarray([c.group for c in clips])
        patches, owner = patch_set(clips, files, args.work, args.patch, args.seed)
        folds = grouped_folds(groups, k=args.folds, seed=args.seed)
        held_out = held_out_learned_scores(clips, files, patches, owner, folds, args.epochs)
        save_weights(train(patches, labels[owner], epochs=args.epochs, seed=args.seed), weights)
        np.savez(cache, **held_out)
    target = models_dir() / LEARNED / "weights.npz"
    target.write_bytes(weights.read_bytes())
    build_all()
    return held_out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--work", type=Path, required=True)
    parser.add_argument("--manifest", type=Path, default=MANIFEST)
    parser.add_argument("--epochs", type=int, default=8)
    parser.add_argument("--folds", type=int, default=3)
    parser.add_argument("--patch", type=int, default=64)
    parser.add_argument("--stride", type=int, default=2, help="fixed cues: analyse every Nth frame")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--provider", choices=("auto", "cuda", "cpu"), default="auto", help="for the fixed cues")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    args.work.mkdir(parents=True, exist_ok=True)

    clips = read_clips(args.data, args.manifest)
    labels = np.asarray([c.label for c in clips])
    groups = np.asarray([c.group for c in clips])
    log.info(
        "%d clips (%d generated, %d camera) from %d repositories",
        len(clips),
        labels.sum(),
        (labels == 0).sum(),
        len(set(groups)),
    )
    ids, fixed, files = fixed_cue_scores(clips, args.work, args.stride, args.provider)

    learned = learned_cue(clips, files, args)

    names = [*ids, LEARNED]
    rows = {v: np.hstack([fixed[v], learned[v]]) for v in VARIANTS}
    manifest_sha = hashlib.sha256(args.manifest.read_bytes()).hexdigest()
    report = {"clips": len(clips), "manifest_sha256": manifest_sha}
    calibration, report["candidates"], report["shipped"] = calibrate(clips, names, rows, manifest_sha)
    shipped_calibration_path().parent.mkdir(parents=True, exist_ok=True)
    shipped_calibration_path().write_bytes(calibration_bytes(calibration))
    report["cues"] = cue_aucs(names, rows, labels)
    report["bands"] = camera_bands(names, rows["normalized"], labels)
    report["learned_held_out"] = {
        v: measure(learned[v][np.isfinite(learned[v][:, 0]), 0], labels[np.isfinite(learned[v][:, 0])])
        for v in VARIANTS
    }
    describe_training(report["learned_held_out"]["normalized"], len(clips), manifest_sha)
    (args.work / "report.json").write_text(json.dumps(report, indent=1))
    print(json.dumps(report, indent=1))
    return 0


def calibrate(clips, names: list[str], rows: dict[str, np.ndarray], manifest_sha: str):
    """(the calibration to ship, each candidate's grouped-CV figures, the candidate shipped): the candidate
    feature sets fitted on both renditions of every clip, the one with the best grouped-CV AUC shipped."""
    labels = np.asarray([c.label for c in clips])
    groups = np.asarray([c.group for c in clips])
    y = np.concatenate([labels] * len(VARIANTS))
    g = np.concatenate([groups] * len(VARIANTS))
    fitted_on = (
        f"{len(clips)} public clips ({labels.sum()} generated, {(labels == 0).sum()} camera, "
        f"{len(set(groups))} repositories; training manifest SHA-256 {manifest_sha[:16]}, GIFs left out), "
        "each as its rendition (first 3 s, 16 fps, H.264 CRF 23) at 480 px and again at 240 px"
    )
    candidates = {
        "learned cue only": [LEARNED],
        "learned and single-frame cues": [n for n in names if n not in TEMPORAL],
        "every cue (for comparison only: the temporal ones tell the source's frame rate)": names,
    }
    fitted, figures = {}, {}
    for title, chosen in candidates.items():
        columns = [2 * names.index(n) + k for n in chosen for k in range(len(POOLS))]
        x = np.vstack([rows[v][:, columns] for v in VARIANTS])
        usable = np.isfinite(x).all(axis=1)
        fitted[title] = fit_calibration(
            x[usable],
            y[usable],
            g[usable],
            [Feature(cue, pool) for cue in chosen for pool in POOLS],
            name="ReelCheck shipped calibration 1",
            fitted_on=fitted_on,
            failure_modes=FAILURE_MODES,
        )
        [figures[title]] = fitted[title].measured.values()
    shippable = [title for title in fitted if not title.startswith("every cue")]
    best = max(shippable, key=lambda title: figures[title]["auc"])
    return fitted[best], figures, best


def cue_aucs(names: list[str], rows: dict[str, np.ndarray], labels: np.ndarray) -> dict:
    """Each cue's AUC on the training clips, per rendition (the learned cue's held out)."""
    aucs: dict[str, dict] = {}
    for variant in VARIANTS:
        for j, feature in enumerate(Feature(cue, pool) for cue in names for pool in POOLS):
            column = rows[variant][:, j]
            ok = np.isfinite(column)
            value = auc(column[ok & (labels == 1)], column[ok & (labels == 0)])
            aucs.setdefault(feature.label, {})[variant] = round(float(value), 4) if value is not None else None
    return aucs


def describe_training(held_out: dict, clips: int, manifest_sha: str) -> None:
    """The learned cue's manifest says what it was trained on and how it did on repositories it never saw."""
    path = models_dir() / LEARNED / "manifest.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    training = (
        f"Trained on {clips} public clips (ReelCheck's training set, manifest SHA-256 {manifest_sha[:16]}); on "
        f"repositories it never saw (grouped cross-validation): AUC {held_out['auc']:.2f} "
        f"[{held_out['low']:.2f}-{held_out['high']:.2f}] for its mean frame score."
    )
    data["measured"] = [training, *(m for m in data.get("measured", []) if not m.startswith("Trained on"))]
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def camera_bands(names: list[str], normal: np.ndarray, labels: np.ndarray) -> dict:
    camera = labels == 0
    measured_on = (
        f"5th percentile of the mean and 95th of the 90th-percentile frame score of {int(camera.sum())} camera "
        "clips of ReelCheck's training set, each as its rendition (first 3 s, 16 fps, 480 px, H.264 CRF 23)"
    )
    return {
        cue: write_bands(cue, normal[camera, 2 * j], normal[camera, 2 * j + 1], normal[:, 2 * j + 1], measured_on)
        for j, cue in enumerate(names)
    }


if __name__ == "__main__":
    sys.exit(main())
