"""Smoother than the rest of the frame: blocks whose sensor-like noise is far below the frame's typical level.

A second-order high-pass (the SRM "KV" kernel family) keeps noise and fine texture and drops smooth shading. Its
mean magnitude per block is the block's noise level; the frame's typical level is the geometric mean over blocks
(robust to a few very textured ones). heatmap = 1 - level / typical, clipped to 0..1, so a waxy, denoised or
generated patch in a noisy camera frame lights up. Near-black and near-white blocks (letterbox bars, clipped
highlights) carry no noise by nature and are left at 0. score = mean heatmap: the share of the picture that is
much smoother than the rest.
"""

from __future__ import annotations

import numpy as np
import onnx

from analyzers.graphs.common import Graph
from analyzers.manifest import InputSpec


def build(spec: InputSpec) -> onnx.ModelProto:
    g = Graph()
    luma = g.luma(spec)
    g.high_pass(luma, "residual")
    g.add("Abs", ["residual"], "magnitude")
    g.block_mean("magnitude", "level")
    g.add("Add", ["level", g.const("eps", 1e-6)], "level_safe")
    g.add("Log", ["level_safe"], "log_level")
    g.add("ReduceMean", ["log_level", g.const("ax23", [2, 3], np.int64)], "log_typical", keepdims=1)
    g.add("Exp", ["log_typical"], "typical")
    g.add("Div", ["level", "typical"], "ratio")
    g.add("Sub", [g.const("one", 1.0), "ratio"], "raw")
    g.add("Clip", ["raw", g.const("zero", 0.0), "one"], "smooth")
    g.heatmap_and_score("smooth", luma)
    return g.model("noise_level")
