"""Dossier export time: the demo case's first clip with 20 evidence frames and one analyzer run, exported as the
whole dossier (PDF, signed JSON, evidence PNGs, provenance read) and as the JSON alone, against a baseline measured
in the same run: decoding the same 20 frames and writing them as plain PNGs with OpenCV.

    python -m bench.export [--runs 3]

The case lives in a temporary folder, and so does the signing key. Target: <= 3 s on 2 CPU cores.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import cv2
import numpy as np

EVIDENCE_FRAMES = 20
TARGET_SECONDS = 3.0


def build_case(folder: Path) -> tuple[Path, dict, list[int]]:
    """A demo case in `folder`; its first clip gets evidence up to 20 frames and a synthetic analyzer run."""
    from app.demo.case import build_demo_case
    from app.demo.clips import ensure_demo_clips
    from app.media.clip import open_clip
    from app.store.store import Store

    database = folder / "case.db"
    store = Store.open(database, "Bench Reviewer")
    try:
        demo_clips = ensure_demo_clips()
        build_demo_case(store, demo_clips)
        clip = next(c for c in store.clips() if Path(c["path"]).name == demo_clips[0].name)
        media = open_clip(clip["path"])
        try:
            count = media.frame_count
            taken = {row["frame"] for row in store.evidence(clip["id"])}
            spread = [round(i * (count - 1) / (EVIDENCE_FRAMES * 2)) for i in range(EVIDENCE_FRAMES * 2)]
            for frame in [f for f in spread if f not in taken][: EVIDENCE_FRAMES - len(taken)]:
                pixels = media.frame(frame, "bgra").image
                store.create(
                    "evidence",
                    clip["id"],
                    {
                        "frame": frame,
                        "overlay": "noise_level",
                        "regions": [
                            {"shape": "rectangle", "x0": 0.1, "y0": 0.2, "x1": 0.5, "y1": 0.6},
                            {"shape": "arrow", "x0": 0.8, "y0": 0.1, "x1": 0.55, "y1": 0.35},
                        ],
                        "note": f"Frame {frame}: texture too smooth for the lighting.",
                        "image_sha256": hashlib.sha256(pixels.tobytes()).hexdigest(),
                    },
                )
        finally:
            media.close()
        frames = [row["frame"] for row in store.evidence(clip["id"])]
        scores = [float(0.5 + 0.4 * np.sin(i / 9.0)) for i in range(count)]
        track = {"id": "noise_level", "version": "1.0.0", "model_sha256": "ab" * 32, "provider": "cpu"}
        store.record_analysis(clip["id"], {**track, "frames": list(range(count)), "scores": scores})
    finally:
        store.close()
    return database, clip, frames


def time_export(database: Path, clip: dict, out: Path, pdf: bool) -> float:
    from app.dossier.export import export
    from app.store.store import Store

    store = Store.open(database, "Bench Reviewer")
    try:
        start = time.perf_counter()
        organisation = {"name": "Bench Fact Check", "url": "https://factcheck.example/"}
        export(store, clip["id"], out, organisation, True, pdf=pdf)
        return time.perf_counter() - start
    finally:
        store.close()


def time_baseline(clip: dict, frames: list[int], out: Path) -> float:
    from app.media.clip import open_clip

    out.mkdir(parents=True, exist_ok=True)
    start = time.perf_counter()
    media = open_clip(clip["path"])
    try:
        for frame in frames:
            cv2.imwrite(str(out / f"frame-{frame:06d}.png"), media.frame(frame, "bgr24").image)
    finally:
        media.close()
    return time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="reelcheck-bench-export-") as temp:
        folder = Path(temp)
        os.environ["XDG_CONFIG_HOME"] = str(folder / "config")  # the signing key is made here, not in the real one
        database, clip, frames = build_case(folder)
        print(f"clip: {clip['file_name']}, {len(frames)} evidence frames, one analyzer run; {os.cpu_count()} CPUs")
        from app.dossier.pdf import ensure_application

        ensure_application()  # as the player has it: Qt's start is not part of an export
        export_all, json_all, base_all = [], [], []
        for n in range(args.runs):  # interleaved: a burst of load from elsewhere falls on all three alike
            export_all.append(time_export(database, clip, folder / f"all-{n}", True))
            json_all.append(time_export(database, clip, folder / f"json-{n}", False))
            base_all.append(time_baseline(clip, frames, folder / f"plain-{n}"))
        export_s, json_s, base_s = map(statistics.median, (export_all, json_all, base_all))
    print(f"export (PDF + JSON + evidence PNGs + provenance): median {export_s:.3f} s  runs {_list(export_all)}")
    print(f"export (JSON + evidence PNGs + provenance): median {json_s:.3f} s  runs {_list(json_all)}")
    print(f"baseline (decode + cv2.imwrite the same frames): median {base_s:.3f} s  runs {_list(base_all)}")
    print(f"ratio whole dossier / baseline: {export_s / base_s:.2f}x; JSON only / baseline: {json_s / base_s:.2f}x")
    verdict = "meets" if export_s <= TARGET_SECONDS else "misses"
    print(f"target <= {TARGET_SECONDS:.0f} s: {verdict} it ({export_s:.2f} s)")
    return 0


def _list(times: list[float]) -> str:
    return ", ".join(f"{t:.3f}" for t in times)


if __name__ == "__main__":
    sys.exit(main())
