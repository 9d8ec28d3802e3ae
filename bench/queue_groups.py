"""Grouping re-uploads in a queue of 10,000 clips: the band index against comparing all pairs, same run.

The clips' keyframe hashes are synthetic: random 64-bit hashes for unrelated clips, and planted groups of
re-uploads whose keyframes are their source's with some bits flipped (as many as re-encodes, rescales, crops and
captions flip, measured in tests/queue), some mirrored, some with keyframes missing (trimmed) or the keyframes
of another intro. The baseline compares every keyframe with every other one (numpy, in blocks) on the first
1,000 clips, and is scaled to all clips by the square of their number. Recall and wrong merges are checked
against the planted groups.

    python -m bench.queue_groups
    python -m bench.queue_groups --clips 2000      # a quicker run
    python -m bench.queue_groups --most-flips 12   # every re-upload keyframe up to the threshold
"""

from __future__ import annotations

import argparse
import time

import numpy as np

from app.queue.groups import MAX_DISTANCE, Hashes, group_clips

KEYFRAMES = 10
BASELINE_CLIPS = 1_000
_MASK = (1 << 64) - 1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--clips", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--most-flips", type=int, default=10, help="bits flipped in a re-upload's keyframe, at most")
    args = parser.parse_args()
    rng = np.random.default_rng(args.seed)
    clips, planted = _queue(rng, args.clips, args.most_flips)
    keyframes = sum(len(h) for h in clips.values())
    print(
        f"{len(clips)} clips, {keyframes} keyframes, {len(planted)} planted groups, "
        f"up to {args.most_flips} bits flipped, max distance {MAX_DISTANCE}"
    )

    started = time.perf_counter()
    groups = group_clips(clips)
    ours = time.perf_counter() - started

    subset = dict(list(clips.items())[:BASELINE_CLIPS])
    started = time.perf_counter()
    _all_pairs(subset)
    baseline = (time.perf_counter() - started) * (len(clips) / len(subset)) ** 2
    print(f"  band index: {ours:.2f} s")
    print(f"  all pairs:  {baseline:.1f} s (measured on {len(subset)} clips, scaled by the square of the count)")
    print(f"  speed-up:   {baseline / ours:.0f}x")
    _report(groups, planted)


def _queue(rng: np.random.Generator, count: int, most_flips: int) -> tuple[dict[int, Hashes], list[set[int]]]:
    """Clips with random keyframe hashes, about a third of them in planted groups of 2 to 6 re-uploads."""
    clips: dict[int, Hashes] = {}
    planted: list[set[int]] = []
    clip_id = 0
    while clip_id < count:
        source = [(_random_hash(rng), _random_hash(rng)) for _ in range(KEYFRAMES)]
        size = int(rng.integers(2, 7)) if rng.random() < 0.12 else 1
        members = set()
        for _ in range(min(size, count - clip_id)):
            clips[clip_id] = _reupload(rng, source, most_flips) if members else _numbered(source)
            members.add(clip_id)
            clip_id += 1
        if len(members) > 1:
            planted.append(members)
    return clips, planted


def _reupload(rng: np.random.Generator, source: list[tuple[int, int]], most_flips: int) -> list[tuple[int, int, int]]:
    """The source's keyframes, each with 0 to `most_flips` bits flipped; maybe mirrored, trimmed, or with a new
    intro. Measured re-uploads flip 10 bits or fewer in 90% of keyframes (app/queue/groups.py)."""
    kept = sorted(rng.choice(len(source), size=int(rng.integers(len(source) // 2, len(source) + 1)), replace=False))
    mirrored = rng.random() < 0.3
    keyframes = []
    for n in kept:
        picture, mirror = source[n][::-1] if mirrored else source[n]
        flips = _flips(rng, int(rng.integers(0, most_flips + 1)))
        keyframes.append((picture ^ flips, mirror ^ flips))
    if rng.random() < 0.3:  # another account's intro: keyframes of nothing in the queue
        keyframes = [(_random_hash(rng), _random_hash(rng)) for _ in range(2)] + keyframes
    return _numbered(keyframes)


def _numbered(keyframes: list[tuple[int, int]]) -> list[tuple[int, int, int]]:
    return [(n * 30, _signed(p), _signed(m)) for n, (p, m) in enumerate(keyframes)]


def _random_hash(rng: np.random.Generator) -> int:
    return int(rng.integers(0, 1 << 63)) << 1 | int(rng.integers(0, 2))


def _flips(rng: np.random.Generator, bits: int) -> int:
    return sum(1 << int(b) for b in rng.choice(64, size=bits, replace=False))


def _signed(value: int) -> int:
    value &= _MASK
    return value - (1 << 64) if value >= 1 << 63 else value


def _all_pairs(clips: dict[int, Hashes]) -> int:
    """Near keyframe pairs by comparing every keyframe with every keyframe and mirror of every other clip."""
    pictures = np.array([h for hashes in clips.values() for _, h, _ in hashes], dtype=np.int64).view(np.uint64)
    both = np.concatenate(
        [pictures, np.array([m for hashes in clips.values() for _, _, m in hashes], dtype=np.int64).view(np.uint64)]
    )
    near = 0
    for start in range(0, len(pictures), 512):
        block = np.bitwise_count(pictures[start : start + 512, None] ^ both[None, :])
        near += int((block <= MAX_DISTANCE).sum())
    return near


def _report(groups: dict[int, int], planted: list[set[int]]) -> None:
    found: dict[int, set[int]] = {}
    for clip_id, group in groups.items():
        found.setdefault(group, set()).add(clip_id)
    whole = sum(1 for members in planted if any(members == f for f in found.values()))
    home = {clip_id: i for i, members in enumerate(planted) for clip_id in members}
    wrong = sum(1 for f in found.values() if len({home.get(c, -1 - c) for c in f}) > 1)
    planted_pairs = sum(len(m) * (len(m) - 1) // 2 for m in planted)
    found_pairs = sum(
        1
        for members in planted
        for a in members
        for b in members
        if a < b and a in groups and groups.get(a) == groups.get(b)
    )
    print(f"  planted groups found whole: {whole}/{len(planted)}; pairs kept together: {found_pairs}/{planted_pairs}")
    print(f"  groups that merge clips of different sources (or strays): {wrong}")


if __name__ == "__main__":
    main()
