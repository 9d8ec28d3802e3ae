"""Speed of reading on-screen text: a 1080p30 clip with burned-in captions, read at 2 samples a second.

Measured in one run, against a baseline measured in the same run on the same machine:

1. Decoding alone: the same sampled frames taken from a freshly opened clip, in order, as RGB (every frame between
   samples is decoded on the way, as it must be).
2. Reading: `read_on_screen_text` on a freshly opened clip (decoding, cut finding, OCR, caption segments), with the
   reader opened beforehand (its opening time is printed apart): seconds taken, the ratio to decoding alone, and
   how soon the first caption segment arrives.

The clip is synthetic (`app.media.synth_text`): a caption that changes every 4 s at a cut, English and Chinese in
turn, a "Sora" mark bottom right and an "AI生成" label top left; written once into bench/.cache/.

Run from the repository root:

    python -m bench.ocr_speed              # 60 s clip
    python -m bench.ocr_speed --seconds 10 # a smoke run

Nothing here asserts on time: the machine's noise (and its other work) is in every number.
"""

from __future__ import annotations

import argparse
import os
import platform
import time
from pathlib import Path

from analyzers.words.captions import planned_samples
from analyzers.words.ocr import TextReader
from app.media.clip import open_clip
from app.media.synth_text import BOTTOM_RIGHT, TOP_LEFT, Overlay, TextClipRecipe, write_text_clip
from app.words.on_screen import read_on_screen_text

CACHE_DIR = Path(__file__).resolve().parent / ".cache"
SIZE, FPS = (1920, 1080), 30
SAMPLES_PER_SECOND = 2.0
CAPTIONS = ("The pyramids were built in one night", "金字塔一夜建成", "Scientists are stunned", "科学家们震惊了")


def recipe(seconds: int) -> TextClipRecipe:
    frames = seconds * FPS
    changes = list(range(0, frames, 4 * FPS))
    captions = tuple(
        Overlay(CAPTIONS[i % len(CAPTIONS)], start, min(frames, start + 4 * FPS) - 1) for i, start in enumerate(changes)
    )
    marks = (Overlay("Sora", 0, frames - 1, BOTTOM_RIGHT, 0.04), Overlay("AI生成", 0, frames - 1, TOP_LEFT, 0.04))
    return TextClipRecipe(SIZE, frames, FPS, captions + marks, cuts=tuple(changes[1:]), crf=23)


def ensure_clip(seconds: int) -> Path:
    path = CACHE_DIR / f"captions_{SIZE[1]}p{FPS}_{seconds}s.mp4"
    if not path.exists():
        CACHE_DIR.mkdir(parents=True, exist_ok=True)
        print(f"writing {path.name} (once)...", flush=True)
        partial = path.with_suffix(".part.mp4")
        write_text_clip(partial, recipe(seconds))
        partial.replace(path)
    return path


def decode_alone(path: Path) -> tuple[float, int]:
    clip = open_clip(path)
    try:
        seconds = [clip.index.seconds(n) for n in range(clip.frame_count)]
        samples = planned_samples(seconds, SAMPLES_PER_SECOND)
        began = time.perf_counter()
        for n in samples:
            clip.frame(n)
        return time.perf_counter() - began, len(samples)
    finally:
        clip.close()


def read_text(path: Path, reader: TextReader) -> tuple[float, float | None, list]:
    clip = open_clip(path)
    first: list[float] = []
    try:
        began = time.perf_counter()
        lines = read_on_screen_text(
            clip,
            SAMPLES_PER_SECOND,
            on_line=lambda line: first or first.append(time.perf_counter() - began),
            reader=reader,
        )
        return time.perf_counter() - began, (first[0] if first else None), lines
    finally:
        clip.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=60, help="length of the 1080p30 clip")
    args = parser.parse_args()
    path = ensure_clip(args.seconds)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, load {os.getloadavg()[0]:.1f}")
    began = time.perf_counter()
    reader = TextReader()
    opened = time.perf_counter() - began
    print(f"RapidOCR opened in {opened:.2f} s; it runs on the {reader.report.running}")
    decoding, samples = decode_alone(path)
    reading, first, lines = read_text(path, reader)
    print(f"clip: {args.seconds} s of 1080p{FPS}, {samples} frames sampled at {SAMPLES_PER_SECOND:g}/s (+ cuts)")
    print(f"decoding the sampled frames alone: {decoding:.2f} s")
    print(f"reading on-screen text:            {reading:.2f} s  ({reading / decoding:.1f}x decoding alone)")
    print(f"  per sampled frame:               {reading / samples * 1000:.0f} ms")
    print(f"  first caption segment after:     {first:.2f} s" if first is not None else "  no segment read")
    print(f"  faster than playback:            {args.seconds / reading:.2f}x real time")
    captions = sum(1 for line in lines if line.text in CAPTIONS)
    print(f"segments: {len(lines)} ({captions} captions of {len(recipe(args.seconds).cuts) + 1} shown)")


if __name__ == "__main__":
    main()
