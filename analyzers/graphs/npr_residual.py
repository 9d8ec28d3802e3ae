"""Enlarged by 2: the neighbouring-pixel residual of 2x2 groups (NPR, Tan et al., CVPR 2024).

A generator's decoder upsamples by 2 (nearest, bilinear, transposed convolution), so the two pixels of each aligned
pair (columns or rows 2k, 2k+1) are made from the same source pixel and relate differently than the pixels of the
pairs between them. The NPR residual x - up(down(x)) within a pair is half the pair's difference, so the cue is
the energy of differences *within* aligned pairs against the energy of differences *between* them.

H.264 has its own grid: 4 and 8 px transform blocks, whose edge pairs (3,4) and (7,8) mod 8 carry blocking steps.
Comparing all even pairs with all odd ones therefore calls ordinary compressed footage upsampled. Here the pairs
are chosen so that none straddles a 4 px boundary: within-pair differences at positions 0 and 2 mod 4 (pixels
(0,1), (2,3)) against between-pair differences at 1 mod 4 (pixels (1,2), (5,6) mod 8), in both axes. Measured on
H.264 at CRF 18-28 that balance stays near 1 in textured footage, but not where the codec has flattened the picture
(there its leftover basis patterns make the middle pairs differ more): an energy floor of about 2 grey levels keeps
such flat blocks neutral, at the price of not judging flat or very smooth regions at all. (Without it, camera-like
frames at CRF 28 gave a within/between ratio of about 0.5, as much as a bilinear enlargement. No choice of pair
positions avoids this by symmetry alone: every symmetry of the 4/8 px codec grid is one of the 2 px grid too.)

Per 16 px block, with the energies pooled over the 3 x 3 blocks around it (a 16 px block alone is too noisy):
L = |log((E_within + floor) / (E_between + floor))|, the departure in either direction (nearest and bilinear lower
the within energy, a transposed convolution can raise it); heatmap = (L - 0.25) / 0.75 clipped to 0..1, so the
spread that compressed camera footage shows stays at 0. score = mean heatmap: the share of the picture, weighted by
strength, whose pixel pairs look upsampled by 2. Native resolution only: any resizing destroys the 2x2 structure.
"""

from __future__ import annotations

import numpy as np
import onnx

from analyzers.graphs.common import BLOCK, Graph
from analyzers.manifest import InputSpec

FLOOR = (2.0 / 255.0) ** 2  # mean squared difference of 2 grey levels: below it a block carries no usable detail
DEAD_ZONE = 0.25  # |log ratio| that compressed camera footage reaches in busy 3 x 3 block areas
SPAN = 0.75  # |log ratio| above the dead zone at which the heatmap is full (bilinear ~0.5, nearest > 1)
PAIRS = ((0, 1), (2, 3), (1, 2))  # pixels of each 4 along an axis: two pairs within 2x2 groups, one between


def pair_energies(g: Graph, luma: str, axis: int, name: str) -> tuple[str, str]:
    """Per-block mean squared difference within aligned pairs (pixels 0-1 and 2-3 of every 4 along `axis`), twice
    over, and between pairs at 1 mod 4 (pixels 1-2): T x 1 x cells_y x cells_x each. The pair 3-4, across the
    codec's 4 px grid, is never formed."""
    phases = _phases(g, luma, axis, name)
    squares = []
    for first, second in PAIRS:
        difference = g.add("Sub", [phases[second], phases[first]], f"{name}_d{first}{second}")
        squares.append(g.add("Mul", [difference, difference], f"{name}_sq{first}{second}"))
    within_sum = g.add("Add", squares[:2], f"{name}_within_sum")
    # a 16 x 16 block holds 4 samples of each phase along `axis` and 16 across it
    kernel = [BLOCK, BLOCK // 4] if axis == 3 else [BLOCK // 4, BLOCK]
    within = g.add("AveragePool", [within_sum], f"{name}_within_x2", kernel_shape=kernel, strides=kernel)
    between = g.add("AveragePool", [squares[2]], f"{name}_between", kernel_shape=kernel, strides=kernel)
    return within, between


def _phases(g: Graph, luma: str, axis: int, name: str) -> list[str]:
    """The pixels at 0, 1, 2 and 3 mod 4 along `axis` (2: rows, 3: columns), each T x 1 x h x w. Rows are taken
    with strided slices (whole rows at a time); columns by laying the four phases out as channels first, one pass
    instead of four slices that each walk the whole frame with a stride of 4."""
    if axis == 2:
        ends, axes, step = (g.const(n, [v], np.int64) for n, v in (("end", 2**62), ("axis2", 2), ("step4", 4)))
        return [
            g.add("Slice", [luma, g.const(f"start{p}", [p], np.int64), ends, axes, step], f"{name}_{p}")
            for p in range(4)
        ]
    g.add("Shape", [luma], f"{name}_shape")
    g.add("Slice", [f"{name}_shape", g.const("d0", [0], np.int64), g.const("d3", [3], np.int64)], f"{name}_tch")
    quads = g.const("quads", [-1, 4], np.int64)
    g.add("Concat", [f"{name}_tch", quads], f"{name}_quad_shape", axis=0)
    g.add("Reshape", [luma, f"{name}_quad_shape"], f"{name}_quads")  # T x 1 x H x W/4 x 4
    g.add("Squeeze", [f"{name}_quads", g.const("c_axis", [1], np.int64)], f"{name}_quads3")
    g.add("Transpose", [f"{name}_quads3"], f"{name}_by_phase", perm=[0, 3, 1, 2])  # T x 4 x H x W/4
    phases = [f"{name}_{p}" for p in range(4)]
    g.add("Split", [f"{name}_by_phase"], phases, axis=1, num_outputs=4)
    return phases


def build(spec: InputSpec) -> onnx.ModelProto:
    g = Graph()
    luma = g.luma(spec)
    within_h, between_h = pair_energies(g, luma, 3, "across")
    within_v, between_v = pair_energies(g, luma, 2, "down")
    g.add("Add", [within_h, within_v], "within_x4")
    g.add("Mul", ["within_x4", g.const("quarter", 0.25)], "within")
    g.add("Add", [between_h, between_v], "between_x2")
    g.add("Mul", ["between_x2", g.const("half", 0.5)], "between")
    g.add("Concat", ["within", "between"], "energy", axis=1)  # T x 2 x cells_y x cells_x
    g.add("AveragePool", ["energy"], "energy_area", kernel_shape=[3, 3], pads=[1, 1, 1, 1], count_include_pad=0)
    g.add("Add", ["energy_area", g.const("floor", FLOOR)], "energy_safe")
    g.add("Log", ["energy_safe"], "log_energy")
    one = g.const("axis1", [1], np.int64)
    g.add("Slice", ["log_energy", g.const("c0", [0], np.int64), g.const("c1", [1], np.int64), one], "log_within")
    g.add("Slice", ["log_energy", "c1", g.const("c2", [2], np.int64), one], "log_between")
    g.add("Sub", ["log_within", "log_between"], "log_ratio")
    g.add("Abs", ["log_ratio"], "departure")
    g.add("Sub", ["departure", g.const("dead_zone", DEAD_ZONE)], "beyond")
    g.add("Div", ["beyond", g.const("span", SPAN)], "raw")
    g.add("Clip", ["raw", g.const("zero", 0.0), g.const("one", 1.0)], "heat4")
    g.add("Squeeze", ["heat4", one], "heatmap")
    g.add("ReduceMean", ["heatmap", g.const("ax12_", [1, 2], np.int64)], "score", keepdims=0)
    return g.model("npr_residual")


def reference(luma: np.ndarray) -> np.ndarray:
    """The same heatmap in numpy for T x h x w luma 0..1 (whole blocks): what the graph is checked against."""
    t, h, w = luma.shape
    ny, nx = h // BLOCK, w // BLOCK
    energy = np.zeros((t, 2, ny, nx))
    for axis, cells in ((2, (t, ny, BLOCK, nx, BLOCK // 4)), (1, (t, ny, BLOCK // 4, nx, BLOCK))):
        phases = [np.take(luma, np.arange(p, luma.shape[axis], 4), axis=axis) for p in range(4)]
        squares = [((phases[b] - phases[a]) ** 2).reshape(cells).mean((2, 4)) for a, b in PAIRS]
        energy[:, 0] += (squares[0] + squares[1]) / 4
        energy[:, 1] += squares[2] / 2
    padded = np.pad(energy, ((0, 0), (0, 0), (1, 1), (1, 1)))
    count = np.pad(np.ones((ny, nx)), 1)
    area = sum(padded[:, :, i : i + ny, j : j + nx] for i in range(3) for j in range(3))
    area /= sum(count[i : i + ny, j : j + nx] for i in range(3) for j in range(3))
    departure = np.abs(np.log(area[:, 0] + FLOOR) - np.log(area[:, 1] + FLOOR))
    return np.clip((departure - DEAD_ZONE) / SPAN, 0.0, 1.0)
