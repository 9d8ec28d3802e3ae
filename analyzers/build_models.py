"""Builds the built-in detectors' ONNX graphs into resources/models/ (fixed kernels, no trained weights).

    python -m analyzers.build_models

A test rebuilds them and checks that the committed files are exactly what this script writes. Graphs take uint8
frames as the decoder gives them (N x H x W x 3, RGB); casting and colour conversion happen inside, so the same
graph runs on the CPU and on CUDA. Opset 17 and IR 8 keep them loadable by every onnxruntime we support.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from analyzers.resources import models_dir

OPSET = 17
IR_VERSION = 8
BLOCK = 16  # heatmap cell in pixels: a multiple of the codec grids (8, 16), so a cell never straddles one
_LUMA = np.array([0.299, 0.587, 0.114], np.float32)


def _const(name: str, value: object, dtype: type = np.float32) -> onnx.TensorProto:
    return numpy_helper.from_array(np.asarray(value, dtype), name)


def _luma_in_whole_blocks() -> tuple[list[onnx.NodeProto], list[onnx.TensorProto]]:
    """frames (uint8 NHWC RGB) -> `luma` (float N x 1 x H x W, 0..1), cropped to whole blocks from the top left."""
    nodes = [
        helper.make_node("Cast", ["frames"], ["frames_f"], to=TensorProto.FLOAT),
        helper.make_node("Transpose", ["frames_f"], ["frames_nchw"], perm=[0, 3, 1, 2]),
        helper.make_node("Conv", ["frames_nchw", "luma_w"], ["luma_full"]),
        helper.make_node("Shape", ["luma_full"], ["shape"]),
        helper.make_node("Slice", ["shape", "two", "four"], ["hw"]),
        helper.make_node("Div", ["hw", "block"], ["cells"]),
        helper.make_node("Mul", ["cells", "block"], ["hw_whole"]),
        helper.make_node("Slice", ["luma_full", "zeros2", "hw_whole", "axes_hw"], ["luma"]),
    ]
    weights = [
        _const("luma_w", (_LUMA / 255.0).reshape(1, 3, 1, 1)),
        _const("two", [2], np.int64),
        _const("four", [4], np.int64),
        _const("block", [BLOCK], np.int64),
        _const("zeros2", [0, 0], np.int64),
        _const("axes_hw", [2, 3], np.int64),
    ]
    return nodes, weights


def _block_mean(source: str, target: str) -> onnx.NodeProto:
    return helper.make_node("AveragePool", [source], [target], kernel_shape=[BLOCK, BLOCK], strides=[BLOCK, BLOCK])


def _model(name: str, nodes: list, weights: list) -> onnx.ModelProto:
    graph = helper.make_graph(
        nodes,
        name,
        [helper.make_tensor_value_info("frames", TensorProto.UINT8, ["n", "height", "width", 3])],
        [
            helper.make_tensor_value_info("heatmap", TensorProto.FLOAT, ["n", "cells_y", "cells_x"]),
            helper.make_tensor_value_info("score", TensorProto.FLOAT, ["n"]),
        ],
        weights,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="reelcheck")
    model.ir_version = IR_VERSION
    onnx.checker.check_model(model)
    return model


def noise_level_graph() -> onnx.ModelProto:
    """Over-smooth regions: blocks whose sensor-like noise is far below the frame's typical level.

    A second-order high-pass (the SRM "KV" kernel family) keeps noise and fine texture and drops smooth shading.
    Its mean magnitude per 16 px block is the block's noise level; the frame's typical level is the geometric
    mean over blocks (robust to a few very textured ones). heatmap = 1 - level / typical, clipped to 0..1, so a
    waxy, denoised or generated patch in a noisy camera frame lights up. Near-black and near-white blocks
    (letterbox bars, clipped highlights) carry no noise by nature and are left at 0.
    score = mean heatmap: the share of the picture that is much smoother than the rest.
    """
    nodes, weights = _luma_in_whole_blocks()
    nodes += [
        helper.make_node("Conv", ["luma", "high_pass"], ["residual"], pads=[1, 1, 1, 1]),
        helper.make_node("Abs", ["residual"], ["magnitude"]),
        _block_mean("magnitude", "level"),
        helper.make_node("Add", ["level", "eps"], ["level_safe"]),
        helper.make_node("Log", ["level_safe"], ["log_level"]),
        helper.make_node("ReduceMean", ["log_level"], ["log_typical"], axes=[2, 3], keepdims=1),
        helper.make_node("Exp", ["log_typical"], ["typical"]),
        helper.make_node("Div", ["level", "typical"], ["ratio"]),
        helper.make_node("Sub", ["one", "ratio"], ["raw"]),
        helper.make_node("Clip", ["raw", "zero", "one"], ["smooth"]),
        _block_mean("luma", "brightness"),
        helper.make_node("Greater", ["brightness", "dark"], ["not_dark"]),
        helper.make_node("Less", ["brightness", "bright"], ["not_bright"]),
        helper.make_node("And", ["not_dark", "not_bright"], ["exposed_b"]),
        helper.make_node("Cast", ["exposed_b"], ["exposed"], to=TensorProto.FLOAT),
        helper.make_node("Mul", ["smooth", "exposed"], ["heat4"]),
        helper.make_node("Squeeze", ["heat4", "axis1"], ["heatmap"]),
        helper.make_node("ReduceMean", ["heatmap"], ["score"], axes=[1, 2], keepdims=0),
    ]
    high_pass = np.array([[-1, 2, -1], [2, -4, 2], [-1, 2, -1]], np.float32).reshape(1, 1, 3, 3) / 4
    weights += [
        _const("high_pass", high_pass),
        _const("eps", 1e-6),
        _const("one", 1.0),
        _const("zero", 0.0),
        _const("dark", 0.04),
        _const("bright", 0.96),
        _const("axis1", [1], np.int64),
    ]
    return _model("noise_level", nodes, weights)


BUILT_IN = {"noise_level": noise_level_graph}


def build_all(target: Path | None = None) -> list[Path]:
    """Write every built-in model under `target` (resources/models by default); returns the files written."""
    target = target or models_dir()
    written = []
    for analyzer_id, build in BUILT_IN.items():
        path = target / analyzer_id / "model.onnx"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(build().SerializeToString(deterministic=True))
        written.append(path)
    return written


if __name__ == "__main__":
    for written_path in build_all(Path(sys.argv[1]) if len(sys.argv) > 1 else None):
        print(written_path)
