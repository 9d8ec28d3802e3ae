"""Plugin folders for tests: a built-in's manifest under a new id, and tiny real ONNX models that speak the analyzer
interface (uint8 `frames` in, `heatmap` and `score` out), their weight kept in the model or in an external file."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from analyzers.graphs.common import IR_VERSION, OPSET
from analyzers.resources import models_dir


def brightness_model(weight: float = 2.0, weights_file: str | None = None, in_branch: bool = False) -> onnx.ModelProto:
    """heatmap = luma x `weight` per pixel, score = its mean. With `weights_file`, the weight is external data:
    four bytes at the start of that file (relative to the model), which write_weight writes. With `in_branch`,
    the weight sits in a branch of an If node, a graph inside the graph."""
    weight_tensor = numpy_helper.from_array(np.array([weight], np.float32), "weight")
    if weights_file is not None:
        weight_tensor.ClearField("raw_data")
        weight_tensor.data_location = TensorProto.EXTERNAL
        for key, value in (("location", weights_file), ("offset", "0"), ("length", "4")):
            entry = weight_tensor.external_data.add()
            entry.key, entry.value = key, value
    nodes = [
        helper.make_node("Cast", ["frames"], ["luma4"], to=TensorProto.FLOAT),
        helper.make_node("Mul", ["luma4", "weight"], ["weighted"]),
        helper.make_node("Squeeze", ["weighted", "last_axis"], ["heatmap"]),
        helper.make_node("ReduceMean", ["heatmap", "image_axes"], ["score"], keepdims=0),
    ]
    constants = [numpy_helper.from_array(np.array([3], np.int64), "last_axis")]
    constants.append(numpy_helper.from_array(np.array([1, 2], np.int64), "image_axes"))
    if not in_branch:
        return _model(nodes, [weight_tensor, *constants])
    weight_tensor.name = "branch_weight"
    output = [helper.make_tensor_value_info("weight_out", TensorProto.FLOAT, [1])]
    branch = helper.make_node("Identity", ["branch_weight"], ["weight_out"])
    then_branch = helper.make_graph([branch], "then", [], output, [weight_tensor])
    else_branch = helper.make_graph([helper.make_node("Identity", ["one"], ["weight_out"])], "else", [], output)
    condition = numpy_helper.from_array(np.array(True), "yes")
    one = numpy_helper.from_array(np.array([1.0], np.float32), "one")
    choose = helper.make_node("If", ["yes"], ["weight"], then_branch=then_branch, else_branch=else_branch)
    return _model([choose, *nodes], [condition, one, *constants])


def failing_model(node_name: str = "") -> onnx.ModelProto:
    """Loads, speaks the interface, and fails on every run: its Reshape (named `node_name`, which ONNX Runtime's
    error quotes) fits no frame."""
    nodes = [
        helper.make_node("Cast", ["frames"], ["luma4"], to=TensorProto.FLOAT),
        helper.make_node("Reshape", ["luma4", "odd_shape"], ["heatmap"], name=node_name),
        helper.make_node("ReduceMean", ["heatmap", "image_axes"], ["score"], keepdims=0),
    ]
    constants = [numpy_helper.from_array(np.array([1, 3, 7], np.int64), "odd_shape")]
    constants.append(numpy_helper.from_array(np.array([1, 2], np.int64), "image_axes"))
    return _model(nodes, constants)


def _model(nodes: list, initializers: list) -> onnx.ModelProto:
    graph = helper.make_graph(
        nodes,
        "test",
        [helper.make_tensor_value_info("frames", TensorProto.UINT8, ["t", "height", "width", 1])],
        [
            helper.make_tensor_value_info("heatmap", TensorProto.FLOAT, None),
            helper.make_tensor_value_info("score", TensorProto.FLOAT, None),
        ],
        initializers,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)])
    model.ir_version = IR_VERSION
    return model


def write_weight(path: Path, weight: float) -> None:
    path.write_bytes(np.array([weight], np.float32).tobytes())


def write_plugin(folder: Path, analyzer_id: str, onnx_model: onnx.ModelProto | None, **fields) -> Path:
    """A plugin folder: noise_level's manifest under `analyzer_id` with `fields` changed (`input` merged), and
    `onnx_model` written as model.onnx when given."""
    manifest = json.loads((models_dir() / "noise_level" / "manifest.json").read_text("utf-8"))
    manifest["input"].update(fields.pop("input", {}))
    manifest.update(id=analyzer_id, **fields)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    if onnx_model is not None:
        (folder / "model.onnx").write_bytes(onnx_model.SerializeToString())
    return folder
