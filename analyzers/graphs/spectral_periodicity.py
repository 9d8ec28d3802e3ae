"""Spectral periodicity: the regular grid that a generator's 2x and 4x upsampling leaves in fine detail.

Decoders of image and video generators upsample by 2 (then 4, 8) with transposed convolutions or interpolation
followed by convolutions; the pixels of each phase of the upsampling grid get slightly different gains, which
shows as sharp peaks in the spectrum of the high-pass residual (Frank et al. 2020; Corvi et al. 2023).

The luma is analysed at full resolution (halving it would fold a period-2 grid away). A 4-neighbour Laplacian
keeps the residual; its 16 x 16 block spectrum is a separable DFT written as two strided convolutions with
constant cos/sin kernels (ONNX Runtime's CUDA provider has no DFT): along x, channels cos u and sin u for
u = 0..8, then the same along y on each channel. The Laplacian is folded into those two kernels (a 3 x 3
convolution on one channel cost more than everything else together). The sum of the squared products for one (u, v) is
(|F(u, v)|^2 + |F(u, -v)|^2) / 2, the power of both mirror frequencies, which is all the detector needs (the peak
set is symmetric). Spectra are averaged over each block's 3 x 3 neighbourhood before they are compared.

Peaks are measured at the off-axis frequencies where 2x and 4x upsampling grids put them, (8, 8), (4, 4), (4, 8)
and (8, 4) in cycles per 16 px, against the mean power of the surrounding frequencies (a local background, so
that a sloping natural spectrum does not count). The codec's 8 and 4 px block grid puts its energy on the axes
((u, 0) and (0, v), and at even u only with odd v, where the grid's blocks differ), not at those off-axis bins.
The on-axis peaks (8, 0), (4, 0), (0, 8), (0, 4) count at half weight and only for their power in excess of
the 8 px grid's odd harmonics, (2, 0) and (6, 0): an 8 px spike train has equal harmonics at 2, 4, 6 and 8, a 2x
or 4x upsampling grid has none at 2 and 6. 8x upsampling peaks coincide with the codec's 8 px grid and are left
out.

ratio = (peak power + floor) / (background power + floor) per block; the floor (a pattern of about a tenth of a
grey level) keeps flat, clipped and heavily compressed blocks at 1. heatmap = (ln ratio - 0.7) / 1.3 clipped to
0..1: 0 for a peak under twice its background (camera noise and compressed footage stay below that), 1 from
7.4 times up. score = mean heatmap: the share of the picture with a periodic upsampling grid (higher = more
periodic).
"""

from __future__ import annotations

import numpy as np
import onnx

from analyzers.graphs.common import BLOCK, Graph
from analyzers.manifest import InputSpec

SECOND_DIFFERENCE = np.array([1.0, -2.0, 1.0])  # the 4-neighbour Laplacian / 4 is (d2x + d2y) / 4
HALF = BLOCK // 2  # frequencies 0..8 cycles per block; the rest are their mirror images
OFF_AXIS_PEAKS = ((8, 8), (4, 4), (4, 8), (8, 4))  # (u, v): where 2x and 4x upsampling grids peak
AXIS_PEAKS = ((8, 0), (4, 0), (0, 8), (0, 4))
AXIS_WEIGHT = 0.5
FLOOR = 0.003  # power per frequency: a (8, 8) pattern of amplitude 0.03 grey levels, or 8-bit rounding noise x 5
LOG_RATIO_ZERO, LOG_RATIO_ONE = 0.7, 2.0


def _channels(frequency: int) -> list[int]:
    """Channels of the 1D transform that carry `frequency`: its cosine (0..8), and its sine (9..15) but at 0 and 8,
    where the sine is zero on whole samples."""
    return [frequency] if frequency in (0, HALF) else [frequency, HALF + frequency]


def dft_kernels() -> np.ndarray:
    """16 x 16: rows 0..8 cos(2 pi u n / 16) for u = 0..8, rows 9..15 sin(2 pi u n / 16) for u = 1..7."""
    n = np.arange(BLOCK)
    cos = np.cos(2 * np.pi * np.arange(HALF + 1)[:, None] * n / BLOCK)
    sin = np.sin(2 * np.pi * np.arange(1, HALF)[:, None] * n / BLOCK)
    return np.concatenate([cos, sin]).astype(np.float32)


def x_kernels() -> np.ndarray:
    """32 x 1 x 1 x 18, over a block and one pixel each side: channel 2c the transform c of d2x / 4, 2c + 1 the
    transform c itself / 4 (to take d2y of later)."""
    kernels = dft_kernels()
    rows = []
    for kernel in kernels:
        rows += [np.convolve(kernel, SECOND_DIFFERENCE) / 4, np.pad(kernel, 1) / 4]
    return np.stack(rows).astype(np.float32).reshape(2 * BLOCK, 1, 1, BLOCK + 2)


def y_kernels() -> np.ndarray:
    """256 x 2 x 18 x 1: output x channel * 16 + y channel, from the x channel's d2x part (input 0) by the plain
    transform and its luma part (input 1) by the transform of d2y."""
    kernels = dft_kernels()
    pairs = [np.stack([np.pad(kernel, 1), np.convolve(kernel, SECOND_DIFFERENCE)]) for kernel in kernels]
    return np.tile(np.stack(pairs), (BLOCK, 1, 1)).astype(np.float32).reshape(BLOCK * BLOCK, 2, BLOCK + 2, 1)


def power_selector(u: int, v: int) -> np.ndarray:
    """256 weights over the products (x channel * 16 + y channel) whose squares sum to the power at (u, v)."""
    weights = np.zeros(BLOCK * BLOCK, np.float32)
    for cx in _channels(u):
        for cy in _channels(v):
            weights[cx * BLOCK + cy] = 1.0
    return weights


def background(u: int, v: int) -> np.ndarray:
    """Mean of the power selectors of the frequencies around (u, v) that are neither DC nor a candidate peak."""
    excluded = {(0, 0), *OFF_AXIS_PEAKS, *AXIS_PEAKS}
    around = set()
    for du in (-1, 0, 1):
        for dv in (-1, 0, 1):
            # |F(u, v)| = |F(-u, -v)| and the selector merges v with -v: fold the neighbours into 0..8
            nu, nv = abs(u + du), abs(v + dv)
            nu, nv = min(nu, BLOCK - nu), min(nv, BLOCK - nv)
            if (nu, nv) not in excluded:
                around.add((nu, nv))
    return sum(power_selector(a, b) for a, b in sorted(around)) / len(around)


def band_weights() -> np.ndarray:
    """1x1 conv weights, 12 x 256 x 1 x 1: off-axis peak power, its background, the axis peaks' background,
    then the four axis peaks and the 8 px grid's odd harmonics (2, 0), (6, 0), (0, 2), (0, 6)."""
    rows = [
        sum(power_selector(u, v) for u, v in OFF_AXIS_PEAKS),
        sum(background(u, v) for u, v in OFF_AXIS_PEAKS),
        sum(background(u, v) for u, v in AXIS_PEAKS),
        *(power_selector(u, v) for u, v in AXIS_PEAKS),
        *(power_selector(u, v) for u, v in ((2, 0), (6, 0), (0, 2), (0, 6))),
    ]
    return np.stack(rows).reshape(len(rows), BLOCK * BLOCK, 1, 1)


def build(spec: InputSpec) -> onnx.ModelProto:
    g = Graph()
    pixels = g.pixels(spec)  # native size: no reduction
    # The Laplacian is d2x + d2y, and a filter along y commutes with a transform along x: the x transform takes
    # 18 px (a block and one neighbour each side) and gives each frequency twice, of d2x luma and of luma itself;
    # the y transform then takes d2y of the latter. The frame's edge is replicated, so it is no structure; the
    # ring is added while the frame is still uint8, a quarter of the bytes to copy.
    g.add("Pad", [pixels, g.const("ring", [0, 0, 1, 1, 0, 0, 1, 1], np.int64)], "pixels_ring", mode="edge")
    unit = [g.const("to_unit", 1.0 / 255.0), g.const("zero_u8", 0, np.uint8)]
    g.add("DequantizeLinear", ["pixels_ring", *unit], "luma_ring")
    g.add("Conv", ["luma_ring", g.const("dft_x", x_kernels())], "along_x", strides=[1, BLOCK])
    # output channel = x channel * 16 + y channel, from the two inputs of that x channel
    g.add("Conv", ["along_x", g.const("dft_y", y_kernels())], "products", strides=[BLOCK, 1], group=BLOCK)
    g.add("Mul", ["products", "products"], "squares")
    g.add("Conv", ["squares", g.const("bands_w", band_weights())], "bands_block")
    g.add("AveragePool", ["bands_block"], "bands", kernel_shape=[3, 3], pads=[1, 1, 1, 1], count_include_pad=0)
    bands = ["peak_off", "back_off", "back_axis", "axis_peaks", "grid_x", "grid_y"]
    g.add("Split", ["bands", g.const("band_split", [1, 1, 1, 4, 2, 2], np.int64)], bands, axis=1)
    # the 8 px grid's share of each axis peak: its stronger odd harmonic on the same axis
    g.add("ReduceMax", ["grid_x", g.const("ax1", [1], np.int64)], "grid_x_max", keepdims=1)
    g.add("ReduceMax", ["grid_y", "ax1"], "grid_y_max", keepdims=1)
    g.add("Concat", ["grid_x_max", "grid_x_max", "grid_y_max", "grid_y_max"], "grid_share", axis=1)
    g.add("Sub", ["axis_peaks", "grid_share"], "axis_over_grid")
    g.add("Relu", ["axis_over_grid"], "axis_excess")
    g.add("ReduceSum", ["axis_excess", "ax1"], "axis_excess_sum", keepdims=1)
    weight = g.const("axis_weight", AXIS_WEIGHT)
    n_bins = len(OFF_AXIS_PEAKS) + AXIS_WEIGHT * len(AXIS_PEAKS)
    floor = g.const("floor", n_bins * FLOOR)
    g.add("Mul", ["axis_excess_sum", weight], "axis_part")
    g.add("Add", ["peak_off", "axis_part"], "peak_sum")
    g.add("Add", ["peak_sum", floor], "peak")
    g.add("Mul", ["back_axis", weight], "back_axis_part")
    g.add("Add", ["back_off", "back_axis_part"], "back_sum")
    g.add("Add", ["back_sum", floor], "back")
    g.add("Div", ["peak", "back"], "ratio")
    g.add("Log", ["ratio"], "log_ratio")
    g.add("Sub", ["log_ratio", g.const("log_zero", LOG_RATIO_ZERO)], "log_over")
    g.add("Div", ["log_over", g.const("log_span", LOG_RATIO_ONE - LOG_RATIO_ZERO)], "raw")
    g.add("Clip", ["raw", g.const("zero", 0.0), g.const("one", 1.0)], "heat4")
    g.add("Squeeze", ["heat4", "ax1"], "heatmap")
    g.add("ReduceMean", ["heatmap", g.const("heat_axes", [1, 2], np.int64)], "score", keepdims=0)
    return g.model("spectral_periodicity")
