"""A learned cue: a small convolutional network over the picture's high-frequency residual (in the spirit of NPR,
Tan et al. CVPR 2024, and of Corvi et al. 2023), trained by `training/` on public camera and generated clips.

The network sees what is left once the picture's content is taken away: each colour channel minus its 3 x 3 local
mean. Camera sensors leave fine noise and demosaicing traces there; generators leave smoother or patterned
residuals. Four 3 x 3 convolutions (the last three at stride 2) and a 2 x 2 mean bring it to one logit per 16 px
block, the heatmap cell of every built-in cue. heatmap = sigmoid(logit) per block; score = sigmoid of the mean
logit over the blocks that are neither near-black nor near-white (letterbox bars and clipped highlights carry no
residual by nature), which is exactly what the network was trained to output for a whole training patch.

The weights are the training's output (`weights.npz` beside the manifest); this module writes them into the same
graph every built-in uses (uint8 frames in, reduction to the analysis size inside), so `build_models` rebuilds the
committed model from them and a test checks the two agree. `reference` is the same network in numpy.
"""

from __future__ import annotations

import numpy as np
import onnx
from onnx import TensorProto

from analyzers.graphs.common import BLOCK, Graph
from analyzers.manifest import InputSpec
from analyzers.resources import models_dir

RESIDUAL_GAIN = 16.0  # residuals of 8-bit pictures are a few hundredths; this brings them near 1 for the network
LAYERS = ("conv1", "conv2", "conv3", "conv4")  # 3 x 3, ReLU after each; conv2-4 at stride 2
HEAD = "head"  # 1 x 1, after a 2 x 2 mean: one logit per block
DARK, BRIGHT = 0.04, 0.96  # block brightness outside which a block is not judged (as in the other cues)


def weights_path():
    return models_dir() / "learned_residual" / "weights.npz"


def load_weights(path=None) -> dict[str, np.ndarray]:
    with np.load(path or weights_path()) as stored:
        return {name: stored[name].astype(np.float32) for name in stored.files}


def build(spec: InputSpec, weights: dict[str, np.ndarray] | None = None) -> onnx.ModelProto:
    weights = weights if weights is not None else load_weights()
    g = Graph()
    luma = g.luma(spec)
    picture = g.picture
    g.add("AveragePool", [picture], "local_mean", kernel_shape=[3, 3], pads=[1, 1, 1, 1], count_include_pad=0)
    g.add("Sub", [picture, "local_mean"], "residual_raw")
    x = g.add("Mul", ["residual_raw", g.const("gain", RESIDUAL_GAIN)], "residual")
    for index, name in enumerate(LAYERS):
        conv = g.add(
            "Conv",
            [x, g.const(f"{name}.weight", weights[f"{name}.weight"]), g.const(f"{name}.bias", weights[f"{name}.bias"])],
            f"{name}_out",
            kernel_shape=[3, 3],
            pads=[1, 1, 1, 1],
            strides=[1, 1] if index == 0 else [2, 2],
        )
        x = g.add("Relu", [conv], f"{name}_relu")
    g.add("AveragePool", [x], "pooled", kernel_shape=[2, 2], strides=[2, 2])
    head = [g.const(f"{HEAD}.weight", weights[f"{HEAD}.weight"]), g.const(f"{HEAD}.bias", weights[f"{HEAD}.bias"])]
    g.add("Conv", ["pooled", *head], "logit", kernel_shape=[1, 1])
    # blocks neither near-black nor near-white are judged; the score is the sigmoid of their mean logit
    g.block_mean(luma, "brightness")
    g.add("Greater", ["brightness", g.const("dark", DARK)], "not_dark")
    g.add("Less", ["brightness", g.const("bright", BRIGHT)], "not_bright")
    g.add("And", ["not_dark", "not_bright"], "exposed_b")
    g.add("Cast", ["exposed_b"], "exposed", to=TensorProto.FLOAT)
    axes = g.const("ax123", [1, 2, 3], np.int64)
    g.add("Mul", ["logit", "exposed"], "logit_exposed")
    g.add("ReduceSum", ["logit_exposed", axes], "logit_sum", keepdims=0)
    g.add("ReduceSum", ["exposed", axes], "exposed_count", keepdims=0)
    g.add("Max", ["exposed_count", g.const("one_f", 1.0)], "exposed_safe")
    g.add("Div", ["logit_sum", "exposed_safe"], "mean_logit")
    g.add("Sigmoid", ["mean_logit"], "score")
    g.add("Sigmoid", ["logit"], "heat_all")
    g.add("Mul", ["heat_all", "exposed"], "heat4")
    g.add("Squeeze", ["heat4", g.const("axis1", [1], np.int64)], "heatmap")
    return g.model("learned_residual")


def reference(rgb: np.ndarray, weights: dict[str, np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """The same network in numpy for T x h x w x 3 pictures 0..1 (whole blocks, already at the analysis size):
    (heatmap T x h/16 x w/16, score T). What the graph is checked against."""
    x = rgb.transpose(0, 3, 1, 2).astype(np.float64)
    x = (x - _mean3x3(x)) * RESIDUAL_GAIN
    for index, name in enumerate(LAYERS):
        x = np.maximum(_conv(x, weights[f"{name}.weight"], weights[f"{name}.bias"], 1 if index == 0 else 2), 0.0)
    t, c, h, w = x.shape
    x = x.reshape(t, c, h // 2, 2, w // 2, 2).mean((3, 5))
    logit = _conv(x, weights[f"{HEAD}.weight"], weights[f"{HEAD}.bias"], 1)[:, 0]
    exposed = judged_blocks(rgb, logit.shape[1:])
    mean_logit = (logit * exposed).sum((1, 2)) / np.maximum(exposed.sum((1, 2)), 1.0)
    return _sigmoid(logit) * exposed, _sigmoid(mean_logit)


def judged_blocks(rgb: np.ndarray, cells: tuple[int, int]) -> np.ndarray:
    """1.0 for each 16 px block of T x h x w x 3 pictures in 0..1 that is neither near-black nor near-white, else
    0.0 (T x cells_y x cells_x): the blocks whose logits make the score."""
    luma = rgb @ np.array([0.299, 0.587, 0.114])
    cells_y, cells_x = cells
    brightness = luma.reshape(len(rgb), cells_y, BLOCK, cells_x, BLOCK).mean((2, 4))
    return ((brightness > DARK) & (brightness < BRIGHT)).astype(np.float64)


def _sigmoid(x: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-x))


def _mean3x3(x: np.ndarray) -> np.ndarray:
    """3 x 3 mean of each channel, the border averaged over the pixels that exist (as AveragePool without pads)."""
    padded = np.pad(x, ((0, 0), (0, 0), (1, 1), (1, 1)))
    ones = np.pad(np.ones(x.shape[2:]), 1)
    h, w = x.shape[2:]
    total = sum(padded[:, :, i : i + h, j : j + w] for i in range(3) for j in range(3))
    count = sum(ones[i : i + h, j : j + w] for i in range(3) for j in range(3))
    return total / count


def _conv(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, stride: int) -> np.ndarray:
    """Cross-correlation with zero padding of (k - 1) / 2, as ONNX Conv with symmetric pads."""
    k = weight.shape[-1]
    pad = (k - 1) // 2
    padded = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    h, w = x.shape[2:]
    out_h, out_w = (h + 2 * pad - k) // stride + 1, (w + 2 * pad - k) // stride + 1
    out = np.zeros((x.shape[0], weight.shape[0], out_h, out_w))
    for i in range(k):
        for j in range(k):
            window = padded[:, :, i : i + stride * out_h : stride, j : j + stride * out_w : stride]
            out += np.einsum("tchw,oc->tohw", window, weight[:, :, i, j])
    return out + bias.reshape(1, -1, 1, 1)
