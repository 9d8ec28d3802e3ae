"""Groups of re-uploads: clips whose keyframe hashes are near each other, found through an index, never all pairs.

The index is multi-index hashing: each 64-bit hash is cut into four 16-bit bands, and each band is a sorted table.
Two hashes within 7 bits of each other have a band that differs by at most one bit (pigeonhole), so probing each
band at its own value and its 16 one-bit neighbours finds all of them. Farther hashes are found only when one band
is that close; a pair of clips has many keyframe pairs, so the index gives candidate pairs of clips, and each
candidate is then checked on all its keyframes at the real threshold.
"""

from __future__ import annotations

import numpy as np

BANDS = 4
_BAND_BITS = 64 // BANDS
_BAND_MASK = np.uint64((1 << _BAND_BITS) - 1)
_PROBES = np.array([0] + [1 << bit for bit in range(_BAND_BITS)], dtype=np.uint64)  # the band and its neighbours
SURELY_FOUND_WITHIN = 2 * BANDS - 1
_CHUNK = 16_384  # queries probed at once: bounds the memory of the candidate arrays

# Measured on tests/queue/footage.py re-uploads against their source, nearest keyframe: re-encodes, rescales,
# mirrors and captions within 12 bits for 90% of keyframes or more, 5% crops for 92%, 8% crops for 19% only;
# keyframes of unrelated footage 16 bits or more (18 at the 0.1th percentile). Two matching keyframes are asked
# for, so that one unlucky pair of frames cannot merge two clips.
MAX_DISTANCE = 12
MIN_SHARED = 2
# A keyframe near keyframes of more clips than this is a shared frame (an account's intro card, a stock shot, a
# platform's end screen), not evidence that two clips are the same footage: it is left out of the comparison, so
# that it neither chains unrelated clips into one group nor makes grouping compare every clip with every other.
SHARED_BY_MORE_THAN = 12

Hashes = list[tuple[int, int, int]]  # (frame number, hash, mirror hash), as likeness.clip_hashes gives them


class LikenessIndex:
    """Keyframe hashes of many clips, searchable by Hamming distance through their bands."""

    def __init__(self) -> None:
        self._clips: list[int] = []
        self._frames: list[int] = []
        self._hashes: list[int] = []
        self._tables: tuple[np.ndarray, np.ndarray, list[np.ndarray], list[np.ndarray]] | None = None

    def __len__(self) -> int:
        return len(self._hashes)

    def add(self, clip_id: int, hashes: Hashes) -> None:
        """Index a clip's keyframe hashes (their mirror hashes are for asking, not for storing)."""
        for frame, picture_hash, _mirror in hashes:
            self._clips.append(clip_id)
            self._frames.append(frame)
            self._hashes.append(picture_hash)
        self._tables = None  # rebuilt at the next question

    def near(self, picture_hash: int, max_distance: int = MAX_DISTANCE) -> list[tuple[int, int, int]]:
        """(clip id, frame, distance) of indexed keyframes near `picture_hash`: all those within
        SURELY_FOUND_WITHIN bits, and farther ones up to max_distance when one of their bands is that close."""
        _, entries, distances = self.near_many(np.array([picture_hash], dtype=np.int64), max_distance)
        found = sorted(zip(entries.tolist(), distances.tolist(), strict=True))
        return [(self._clips[entry], self._frames[entry], distance) for entry, distance in found]

    def near_many(self, queries: np.ndarray, max_distance: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """For signed 64-bit `queries`: (query position, indexed entry, distance) of every near pair found."""
        found = [self._probe(queries[start : start + _CHUNK], max_distance) for start in range(0, len(queries), _CHUNK)]
        offsets = range(0, len(queries), _CHUNK)
        if not found:
            empty = np.empty(0, np.int64)
            return empty, empty, empty
        return (
            np.concatenate([q + offset for (q, _, _), offset in zip(found, offsets, strict=True)]),
            np.concatenate([e for _, e, _ in found]),
            np.concatenate([d for _, _, d in found]),
        )

    def entry_clip(self, entries: np.ndarray) -> np.ndarray:
        """The clip id of each indexed entry that near_many answered with."""
        return self._built()[0][entries]

    def _built(self) -> tuple[np.ndarray, np.ndarray, list[np.ndarray], list[np.ndarray]]:
        """(clip of each entry, hashes, and per band: entries sorted by band value, where each value starts)."""
        if self._tables is None:
            hashes = np.array(self._hashes, dtype=np.int64).view(np.uint64)
            bands = [((hashes >> np.uint64(b * _BAND_BITS)) & _BAND_MASK).astype(np.int64) for b in range(BANDS)]
            orders = [np.argsort(band, kind="stable") for band in bands]
            # A band has only 65,536 values: a table of where each one starts beats a binary search per probe.
            starts = [np.concatenate([[0], np.cumsum(np.bincount(band, minlength=1 << _BAND_BITS))]) for band in bands]
            self._tables = (np.array(self._clips, dtype=np.int64), hashes, orders, starts)
        return self._tables

    def _probe(self, queries: np.ndarray, max_distance: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        _, hashes, orders, starts = self._built()
        asked = queries.astype(np.int64).view(np.uint64)
        which, entries = [], []
        for b in range(BANDS):
            probes = (((asked >> np.uint64(b * _BAND_BITS)) & _BAND_MASK)[:, None] ^ _PROBES[None, :]).ravel()
            low, high = starts[b][probes.astype(np.int64)], starts[b][probes.astype(np.int64) + 1]
            counts = high - low
            # Every position from low to high for each probe, without a Python loop.
            first = np.repeat(low - np.cumsum(counts) + counts, counts)
            which.append(np.repeat(np.arange(len(probes)) // len(_PROBES), counts))
            entries.append(orders[b][first + np.arange(counts.sum())])
        query_at, entry = np.concatenate(which), np.concatenate(entries)
        near = np.bitwise_count(asked[query_at] ^ hashes[entry]) <= max_distance
        # A pair close in several bands is found once per band.
        pairs = np.unique(query_at[near] * len(hashes) + entry[near])
        query_at, entry = pairs // len(hashes), pairs % len(hashes)
        return query_at, entry, np.bitwise_count(asked[query_at] ^ hashes[entry]).astype(np.int64)


def group_clips(
    clips: dict[int, Hashes], max_distance: int = MAX_DISTANCE, min_shared: int = MIN_SHARED
) -> dict[int, int]:
    """{clip id: group id (the smallest clip id in its group)} for every clip with a near-duplicate.

    Two clips are near-duplicates when at least `min_shared` keyframes of each (or all of them, for a clip with
    fewer) are within `max_distance` bits of a keyframe of the other, as it is or mirrored. Keyframes that many clips
    share are left out first (SHARED_BY_MORE_THAN).
    """
    index = LikenessIndex()
    asked_clip, asked = [], []
    for clip_id, hashes in clips.items():
        index.add(clip_id, hashes)
        for _, picture_hash, mirror_hash in hashes:
            asked_clip += [clip_id, clip_id]
            asked += [picture_hash, mirror_hash]
    if not len(index):
        return {}
    query_at, entries, _ = index.near_many(np.array(asked, dtype=np.int64), max_distance)
    ours, theirs = np.array(asked_clip, dtype=np.int64)[query_at], index.entry_clip(entries)
    apart = ours != theirs
    shared = _shared_keyframes(query_at[apart], theirs[apart], len(asked))
    kept = ~shared[query_at] & apart
    candidates = np.unique(np.stack([np.minimum(ours, theirs)[kept], np.maximum(ours, theirs)[kept]]), axis=1)
    # keyframe k of a clip asked as queries 2k (the picture) and 2k + 1 (its mirror image)
    own_shared = iter((shared[0::2] | shared[1::2]).tolist())
    arrays = {clip_id: _as_arrays([h for h in hashes if not next(own_shared)]) for clip_id, hashes in clips.items()}
    parent: dict[int, int] = {}
    for a, b in candidates.T.tolist():
        if _near_duplicates(arrays[a], arrays[b], max_distance, min_shared):
            _join(parent, a, b)
    groups: dict[int, int] = {}
    for clip_id in parent:
        groups[clip_id] = _root(parent, clip_id)
    return groups


def _shared_keyframes(query_at: np.ndarray, other_clip: np.ndarray, queries: int) -> np.ndarray:
    """For each query, whether it is near keyframes of more than SHARED_BY_MORE_THAN other clips."""
    pairs = np.unique(np.stack([query_at, other_clip]), axis=1)
    clips_near = np.bincount(pairs[0], minlength=queries)
    return clips_near > SHARED_BY_MORE_THAN


def _as_arrays(hashes: Hashes) -> tuple[np.ndarray, np.ndarray]:
    pictures = np.array([h for _, h, _ in hashes], dtype=np.int64).view(np.uint64)
    mirrors = np.array([m for _, _, m in hashes], dtype=np.int64).view(np.uint64)
    return pictures, np.concatenate([pictures, mirrors])


def _near_duplicates(
    a: tuple[np.ndarray, np.ndarray], b: tuple[np.ndarray, np.ndarray], max_distance: int, min_shared: int
) -> bool:
    """Checked on every keyframe pair: the index only said that some pair was close."""
    matched_a = int((np.bitwise_count(a[0][:, None] ^ b[1][None, :]).min(axis=1) <= max_distance).sum())
    matched_b = int((np.bitwise_count(b[0][:, None] ^ a[1][None, :]).min(axis=1) <= max_distance).sum())
    return min(matched_a, matched_b) >= min(min_shared, len(a[0]), len(b[0]))


def _root(parent: dict[int, int], clip_id: int) -> int:
    while parent.get(clip_id, clip_id) != clip_id:
        parent[clip_id] = parent.get(parent[clip_id], parent[clip_id])  # halve the path as we go
        clip_id = parent[clip_id]
    return clip_id


def _join(parent: dict[int, int], a: int, b: int) -> None:
    parent.setdefault(a, a)
    parent.setdefault(b, b)
    root_a, root_b = _root(parent, a), _root(parent, b)
    # The smaller id is the root, so that a group's id is its smallest clip id.
    parent[max(root_a, root_b)] = min(root_a, root_b)
