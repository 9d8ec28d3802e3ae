"""How the spectral periodicity detector behaves on H.264, with and without a generator's upsampling grid.

The codec's own 8 and 4 px block grid is the confound of a periodicity cue. This prints, for camera-like clips
(`tests.artifacts.camera_like_frame`, sensor-like noise) and for flat low-noise ones (where H.264 blocking shows
most) encoded as yuv420p H.264 at CRF 12/18/23/28/35, the detector's frame score (share of the picture flagged,
mean over the frames) next to the same clips with a 2x transposed-convolution grid over the whole picture, and a
4x grid. Then the cost per 1080p frame on the CPU, against the noise_level graph timed in the same run.

    python -m bench.codec_grid            # 1280x720, 3 frames per clip
    python -m bench.codec_grid --quick    # 640x360, 2 frames, fewer timing runs

Nothing here asserts; tests/test_spectral_periodicity.py holds the checks.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import av
import cv2
import numpy as np

from analyzers.engine import ModelSession
from analyzers.pictures import stack
from analyzers.registry import discover
from tests.artifacts import camera_like_frame, write_clip

CRFS = (12, 18, 23, 28, 35)
# A stride-2 transposed convolution with a 3x3 kernel gives its four output phases the gains K[1,1],
# K[1,0] + K[1,2], K[0,1] + K[2,1] and the four corners' sum: 1.04, 0.97, 0.98, 1.01 here, a few per cent apart
# as in a trained decoder (Odena et al. 2016).
TRANSPOSED_2X = np.array([[0.2525, 0.49, 0.2525], [0.485, 1.04, 0.485], [0.2525, 0.49, 0.2525]], np.float32)


def upsampling_grid(picture: np.ndarray, factor: int = 2) -> np.ndarray:
    """`picture` (H x W x 3 uint8, sides multiples of `factor`) as a generator decoder would draw it: reduced by
    `factor`, then enlarged by stride-2 transposed convolutions (zero insertion and TRANSPOSED_2X), once per 2x."""
    image = picture.astype(np.float32)
    h, w = image.shape[:2]
    image = image.reshape(h // factor, factor, w // factor, factor, 3).mean((1, 3))
    while image.shape[0] < h:
        spread = np.zeros((image.shape[0] * 2, image.shape[1] * 2, 3), np.float32)
        spread[::2, ::2] = image
        image = cv2.filter2D(spread, -1, TRANSPOSED_2X, borderType=cv2.BORDER_REFLECT)
    return image.clip(0, 255).astype(np.uint8)


def flat_frame(seed: int, size: tuple[int, int]) -> np.ndarray:
    """The camera-like scene with a fifth of its noise: smooth gradients, where H.264 blocking shows most."""
    noisy = camera_like_frame(seed, size).astype(np.float32)
    smooth = cv2.GaussianBlur(noisy, (0, 0), 2)
    return (smooth + (noisy - cv2.GaussianBlur(noisy, (0, 0), 0.7)) * 0.2).clip(0, 255).astype(np.uint8)


def decode(path: Path) -> np.ndarray:
    with av.open(str(path)) as container:
        return np.stack([frame.to_ndarray(format="gray")[..., None] for frame in container.decode(video=0)])


def scores(session: ModelSession, frames: list[np.ndarray], crf: int, folder: Path) -> str:
    """'mean frame score / highest block' of the clip encoded at `crf`: the second says how near a clean clip
    comes to being flagged anywhere."""
    clip = write_clip(folder / f"clip_{crf}.mp4", frames, crf=crf, pix_fmt="yuv420p")
    heatmaps, per_frame = session.run(decode(clip))
    return f"{per_frame.mean():.3f} / {heatmaps.max():.2f}"


def cost_ms(session: ModelSession, frames: np.ndarray, runs: int) -> float:
    session.run(frames)  # warm up
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        session.run(frames)
        times.append((time.perf_counter() - start) / len(frames))
    return 1000 * float(np.median(times))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args()
    size, count, runs = ((640, 360), 2, 3) if args.quick else ((1280, 720), 3, 7)
    registry = discover()
    periodicity = ModelSession(registry.get("spectral_periodicity").manifest.model_path, provider="cpu")
    noise = ModelSession(registry.get("noise_level").manifest.model_path, provider="cpu")
    clips = {
        "camera": [camera_like_frame(seed=i, size=size) for i in range(count)],
        "flat": [flat_frame(seed=i, size=size) for i in range(count)],
    }
    clips["camera+2x grid"] = [upsampling_grid(frame, 2) for frame in clips["camera"]]
    clips["camera+4x grid"] = [upsampling_grid(frame, 4) for frame in clips["camera"]]
    print(f"spectral_periodicity, H.264 yuv420p {size[0]}x{size[1]}, {count} frames: score / highest block heat")
    print(f"{'CRF':>4}" + "".join(f"{name:>18}" for name in clips))
    with tempfile.TemporaryDirectory() as folder:
        for crf in CRFS:
            row = [scores(periodicity, frames, crf, Path(folder)) for frames in clips.values()]
            print(f"{crf:>4}" + "".join(f"{value:>18}" for value in row))
    hd = stack([camera_like_frame(seed=i, size=(1920, 1080)) for i in range(4)], "gray")
    print(f"\nCPU cost per 1080p frame (batches of {len(hd)}, median of {runs}, ORT intra-op threads as the app sets):")
    print(f"  spectral_periodicity {cost_ms(periodicity, hd, runs):6.1f} ms (native 1920x1080)")
    print(f"  noise_level          {cost_ms(noise, hd, runs):6.1f} ms (baseline, analysed at 960 wide)")


if __name__ == "__main__":
    main()
