"""Temporal "boiling": fine texture that changes from frame to frame where the scene itself does not.

Generated video redraws fine detail (hair, foliage, text, skin pores) in every frame, so it shimmers or "boils";
a camera records the same texture moving. For each pair of consecutive frames, every 16 px block of the newer
frame is matched to the older frame within +-2 analysed pixels (the shift with the least luma difference: a
block-matching motion compensation), and the high-pass residual of the matched blocks is compared.

Two independent pictures of a texture differ by sqrt(2) times its residual level, so change / (sqrt(2) * level)
is near 1 where texture is redrawn and well below where it persists; "redrawn" maps KEPT..1 to 0..1. Sensor
noise is redrawn in every frame too, so only texture well above the frame's noise floor (its flattest blocks,
the 10th percentile) counts: "textured" is 0 at the floor and 1 at twice the floor. heatmap = redrawn x
textured; score = mean heatmap over the picture: the per-frame temporal inconsistency curve.
"""

from __future__ import annotations

import numpy as np
import onnx

from analyzers.graphs.common import Graph
from analyzers.manifest import InputSpec

REACH = 2  # analysed pixels searched in each direction: 8 px of a 1080p frame analysed at a quarter
# Measured on camera-like H.264 (tests/test_temporal_boiling.py): texture that moves with the scene keeps its
# residual change below 0.6 of what a full redraw gives (the codec re-quantises it a little in every frame).
KEPT = 0.6
LEAST_FLOOR = 0.002  # luma residual level below which a block holds codec ringing, not texture
_SQRT2 = float(np.sqrt(2.0))


def build(spec: InputSpec) -> onnx.ModelProto:
    g = Graph()
    luma = g.luma(spec)
    g.high_pass(luma, "residual")
    newer, older = _pairs(g, luma), _pairs(g, "residual")
    (luma_new, luma_old), (res_new, res_old) = newer, older
    g.add("Shape", [luma_new], "pair_shape")
    g.add("Slice", ["pair_shape", g.const("i2", [2], np.int64), g.const("i4", [4], np.int64)], "pair_hw")
    pad = [0, 0, REACH, REACH, 0, 0, REACH, REACH]
    g.add("Pad", [luma_old, g.const("pad", pad, np.int64)], "luma_old_pad", mode="edge")
    g.add("Pad", [res_old, "pad"], "res_old_pad", mode="edge")
    mismatch, change = [], []
    for dy in range(-REACH, REACH + 1):
        for dx in range(-REACH, REACH + 1):
            name = f"{dy + REACH}{dx + REACH}"
            start = g.const(f"start{name}", [REACH + dy, REACH + dx], np.int64)
            g.add("Add", ["pair_hw", start], f"end{name}")
            axes = g.const("ax23", [2, 3], np.int64)
            g.add("Slice", ["luma_old_pad", start, f"end{name}", axes], f"luma_moved{name}")
            g.add("Slice", ["res_old_pad", start, f"end{name}", axes], f"res_moved{name}")
            mismatch.append(_block_difference(g, luma_new, f"luma_moved{name}", f"mismatch{name}"))
            change.append(_block_difference(g, res_new, f"res_moved{name}", f"change{name}"))
    g.add("Concat", mismatch, "mismatches", axis=1)
    g.add("Concat", change, "changes", axis=1)
    g.add("ArgMin", ["mismatches"], "best_shift", axis=1, keepdims=1)
    g.add("GatherElements", ["changes", "best_shift"], "change", axis=1)
    g.add("Abs", [res_new], "res_magnitude")
    g.block_mean("res_magnitude", "texture")
    g.add("Mul", ["texture", g.const("sqrt2", _SQRT2)], "redrawn_change")
    g.add("Add", ["redrawn_change", g.const("eps", 1e-6)], "redrawn_safe")
    g.add("Div", ["change", "redrawn_safe"], "change_share")
    g.add("Sub", ["change_share", g.const("kept", KEPT)], "over_kept")
    g.add("Div", ["over_kept", g.const("span", 1.0 - KEPT)], "redrawn_raw")
    g.add("Clip", ["redrawn_raw", g.const("zero", 0.0), g.const("one", 1.0)], "redrawn")
    floor = _noise_floor(g, "texture")
    g.add("Max", [floor, g.const("least_floor", LEAST_FLOOR)], "floor_safe")
    g.add("Sub", ["texture", "floor_safe"], "over_floor")
    g.add("Div", ["over_floor", "floor_safe"], "textured_raw")
    g.add("Clip", ["textured_raw", "zero", "one"], "textured")
    g.add("Mul", ["redrawn", "textured"], "boiling")
    g.heatmap_and_score("boiling", luma_new)
    return g.model("temporal_boiling")


def _pairs(g: Graph, source: str) -> tuple[str, str]:
    """T x ... -> (frames 1..T-1, frames 0..T-2): each frame next to the one before it."""
    axis0 = g.const("ax0", [0], np.int64)
    g.add("Slice", [source, g.const("p1", [1], np.int64), g.const("p_end", [2**62], np.int64), axis0], f"{source}_new")
    g.add("Slice", [source, g.const("p0", [0], np.int64), g.const("p_last", [-1], np.int64), axis0], f"{source}_old")
    return f"{source}_new", f"{source}_old"


def _block_difference(g: Graph, a: str, b: str, target: str) -> str:
    g.add("Sub", [a, b], f"{target}_d")
    g.add("Abs", [f"{target}_d"], f"{target}_abs")
    return g.block_mean(f"{target}_abs", target)


def _noise_floor(g: Graph, texture: str) -> str:
    """The 10th percentile of the blocks' residual level, per frame, as (T-1) x 1 x 1 x 1."""
    g.add("Flatten", [texture], "levels", axis=1)
    g.add("Shape", ["levels"], "levels_shape")
    g.add("Slice", ["levels_shape", g.const("s1", [1], np.int64), g.const("s2", [2], np.int64)], "block_count")
    g.add("Div", ["block_count", g.const("ten", [10], np.int64)], "tenth")
    g.add("Max", ["tenth", g.const("one_i", [1], np.int64)], "k")
    g.add("TopK", ["levels", "k"], ["lowest", "lowest_at"], axis=1, largest=0, sorted=1)
    g.add("ReduceMax", ["lowest", g.const("ax1", [1], np.int64)], "floor_flat", keepdims=1)
    return g.add("Unsqueeze", ["floor_flat", g.const("ax23u", [2, 3], np.int64)], "floor")
