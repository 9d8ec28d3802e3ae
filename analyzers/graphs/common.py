"""What every built-in graph shares: the uint8 frames in, luma at the analysis size, 16 px blocks, the model.

Graphs take uint8 frames as the decoder gives them (T x H x W x C: one luma channel for the `gray` colour order,
three for rgb and bgr); casting, colour conversion and the reduction to the analysis size happen inside, so
the same graph runs on the CPU and on CUDA. Opset 18 and IR 8 keep them loadable by every onnxruntime we
support.

A graph that looks at k consecutive frames (the manifest's `input.frames`) returns T - k + 1 results: result i
belongs to frame i + k - 1, the newest frame of its window.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

from analyzers.manifest import InputSpec

OPSET = 18
IR_VERSION = 8
BLOCK = 16  # heatmap cell in analysed pixels: a multiple of the codec grids (8, 16), so a cell never straddles one
_POOLED_HALVINGS = 4  # f = 1, 2, 4 and 8 have a branch of their own: frames up to 7680 px wide for 960 px
_LUMA = np.array([0.299, 0.587, 0.114], np.float32)


class Graph:
    """Nodes and constants collected while a graph is written; constants get their names from `const`."""

    def __init__(self) -> None:
        self.nodes: list[onnx.NodeProto] = []
        self.weights: list[onnx.TensorProto] = []
        self.channels = 3
        self.picture = ""  # the colour picture at the analysis size, once `luma` has made it from rgb or bgr

    def add(self, op: str, inputs: list[str], output: str | list[str], **attributes) -> str:
        """Append a node; returns the name of its (first) output."""
        outputs = [output] if isinstance(output, str) else output
        self.nodes.append(helper.make_node(op, inputs, outputs, **attributes))
        return outputs[0]

    def const(self, name: str, value: object, dtype: type = np.float32) -> str:
        tensor = numpy_helper.from_array(np.asarray(value, dtype), name)
        known = next((w for w in self.weights if w.name == name), None)
        if known is None:
            self.weights.append(tensor)
        elif known != tensor:
            raise ValueError(f"the constant '{name}' is defined twice with different values")
        return name

    def block_mean(self, source: str, target: str) -> str:
        return self.add("AveragePool", [source], target, kernel_shape=[BLOCK, BLOCK], strides=[BLOCK, BLOCK])

    def heatmap_and_score(self, values: str, luma: str) -> None:
        """The graph's outputs from per-block `values` (T x 1 x cy x cx): near-black and near-white blocks (letterbox
        bars, clipped highlights) hold no texture or noise by nature and are left at 0; score = the mean."""
        self.block_mean(luma, "brightness")
        self.add("Greater", ["brightness", self.const("dark", 0.04)], "not_dark")
        self.add("Less", ["brightness", self.const("bright", 0.96)], "not_bright")
        self.add("And", ["not_dark", "not_bright"], "exposed_b")
        self.add("Cast", ["exposed_b"], "exposed", to=TensorProto.FLOAT)
        self.add("Mul", [values, "exposed"], "heat4")
        self.add("Squeeze", ["heat4", self.const("axis1", [1], np.int64)], "heatmap")
        self.add("ReduceMean", ["heatmap", self.const("ax12_mean", [1, 2], np.int64)], "score", keepdims=0)

    def high_pass(self, source: str, target: str) -> str:
        """The SRM "KV" second-order residual of T x 1 x h x w `source`, same size (edges repeated).

        KV = -(1/4) [1 -2 1] x [1 -2 1]: two second differences, written as slices, because ORT's Conv is slow on a
        single channel (25 ms for a 3x3 kernel over a 1080p frame on one core, against 4 ms this way)."""
        self.add("Pad", [source, self.const("pad1", [0, 0, 1, 1, 0, 0, 1, 1], np.int64)], f"{target}_pad", mode="edge")
        rows = self._second_difference(f"{target}_pad", 2, f"{target}_d2y")
        columns = self._second_difference(rows, 3, f"{target}_d2yx")
        return self.add("Mul", [columns, self.const("minus_quarter", -0.25)], target)

    def _second_difference(self, source: str, axis: int, target: str) -> str:
        """x[i] - 2 x[i+1] + x[i+2] along `axis`: two shorter than `source` there."""
        axes = self.const(f"axis{axis}", [axis], np.int64)
        before = self.add(
            "Slice", [source, self.const("s0", [0], np.int64), self.const("e_2", [-2], np.int64), axes], f"{target}_a"
        )
        middle = self.add(
            "Slice", [source, self.const("s1", [1], np.int64), self.const("e_1", [-1], np.int64), axes], f"{target}_b"
        )
        after = self.add(
            "Slice",
            [source, self.const("s2", [2], np.int64), self.const("e_end", [2**62], np.int64), axes],
            f"{target}_c",
        )
        self.add("Add", [before, after], f"{target}_ac")
        self.add("Mul", [middle, self.const("two", 2.0)], f"{target}_2b")
        return self.add("Sub", [f"{target}_ac", f"{target}_2b"], target)

    def luma(self, spec: InputSpec) -> str:
        """frames -> `luma`, float T x 1 x h x w in 0..1, at the analysis size, cropped to whole blocks. For rgb and
        bgr frames the colour picture at that size is `picture`, T x 3 x h x w in 0..1, in the frames' order.

        The analysis size is the frame reduced by the smallest power of two that brings its width to
        `analysis_width` or below (never for the `native` policy), by averaging f x f pixels: the pixel grid,
        and with it any codec or upsampling grid, stays aligned with the blocks. Luma is a weighted sum of the
        colours and the reduction a mean, so the colour picture is reduced first and its luma taken at the small
        size: nothing but the crop, the cast and the reduction ever touches a full-resolution frame."""
        pixels = self.pixels(spec)
        if spec.size_policy == "native":
            small = self._in_unit(pixels, "pixels_unit")
        else:
            small = self._reduce(pixels, "pixels_small")
        if spec.colour_order == "gray":
            return self.add("Identity", [small], "luma")
        self.picture = small
        weights = _LUMA if spec.colour_order == "rgb" else _LUMA[::-1]
        return self.add("Conv", [small, self.const("luma_w", weights.reshape(1, 3, 1, 1))], "luma")

    def pixels(self, spec: InputSpec) -> str:
        """frames -> `pixels_u8`, uint8 T x C x H x W cropped to whole cells of the analysis size (f x 16 px)."""
        self.channels = 1 if spec.colour_order == "gray" else 3
        self.add("Shape", ["frames"], "frames_shape")
        self.add("Slice", ["frames_shape", self.const("i0", [0], np.int64), self.const("i1", [1], np.int64)], "t")
        self.add("Slice", ["frames_shape", "i1", self.const("i3", [3], np.int64)], "hw")
        factor = self._reduction(spec)
        cell = self.add("Mul", [factor, self.const("block", [BLOCK], np.int64)], "cell")
        self.add("Div", ["hw", cell], "cells")
        self.add("Mul", ["cells", cell], "hw_whole")
        # Cropped and laid out as T x C x H x W while still uint8 (a quarter of the bytes of floats): ORT's kernels
        # are ten times slower over a last axis of 1, and pooling wants the channels first.
        axes = self.const("ax12", [1, 2], np.int64)
        self.add("Slice", ["frames", self.const("zeros2", [0, 0], np.int64), "hw_whole", axes], "frames_whole")
        if spec.colour_order == "gray":
            self.add("Concat", ["t", self.const("one_i", [1], np.int64), "hw_whole"], "nchw", axis=0)
            return self.add("Reshape", ["frames_whole", "nchw"], "pixels_u8")
        return self.add("Transpose", ["frames_whole"], "pixels_u8", perm=[0, 3, 1, 2])

    def _in_unit(self, pixels: str, target: str) -> str:
        unit = [self.const("to_unit", 1.0 / 255.0), self.const("zero_u8", 0, np.uint8)]
        return self.add("DequantizeLinear", [pixels, *unit], target)  # casts and scales in one pass

    def _reduce(self, pixels: str, target: str) -> str:
        """uint8 `pixels` (T x C x H x W) averaged over f x f pixels, in 0..1. The sums are taken on the uint8 pixels,
        exactly, by a convolution of ones (f x f, stride f, a channel at a time): a full-size float copy of a 4K
        frame would be 100 MB in RGB. Its kernel size is fixed when the graph is written and f is only known per
        frame: If(f = 1, as is, If(f = 2, sums of 2 x 2, ... If(f = 8, sums of 8 x 8, a reshaped mean)))), of
        which only the branch taken runs. The reshaped mean (frames wider than 7680 px for a 960 px analysis)
        gives the same numbers, from floats."""
        self.add("Squeeze", ["halvings_i"], "halvings_scalar")
        otherwise = self._branch(lambda: self._general_mean(pixels, f"{target}_general"), "larger_f")
        for halvings in reversed(range(1, _POOLED_HALVINGS)):
            output = f"{target}_from_f{2**halvings}"
            otherwise = self._branch(
                lambda h=halvings, out=output, rest=otherwise: self._pick(h, pixels, out, rest), f"from_f{2**halvings}"
            )
        return self._pick(0, pixels, target, otherwise)

    def _pick(self, halvings: int, pixels: str, output: str, otherwise: onnx.GraphProto) -> str:
        size = 2**halvings
        is_size = self.add("Equal", ["halvings_scalar", self.const(f"h{halvings}", halvings, np.int64)], f"is_f{size}")
        summed = self._branch(lambda: self._mean_of(pixels, size, f"{output}_f{size}"), f"f{size}")
        return self.add("If", [is_size], output, then_branch=summed, else_branch=otherwise)

    def _mean_of(self, pixels: str, size: int, target: str) -> str:
        if size == 1:
            return self._in_unit(pixels, target)
        ones = self.const(f"ones{size}", np.ones((self.channels, 1, size, size)), np.uint8)
        sums = self.add(
            "ConvInteger",
            [pixels, ones],
            f"{target}_sums",
            group=self.channels,
            kernel_shape=[size, size],
            strides=[size, size],
        )
        self.add("Cast", [sums], f"{target}_sums_f", to=TensorProto.FLOAT)
        return self.add(
            "Mul", [f"{target}_sums_f", self.const(f"mean_unit{size}", 1.0 / (255.0 * size * size))], target
        )

    def _branch(self, write: Callable[[], str], name: str) -> onnx.GraphProto:
        """A subgraph for If of the nodes `write` adds (it returns its output's name); they read the outer graph."""
        outer, self.nodes = self.nodes, []
        try:
            output = write()
            return helper.make_graph(
                self.nodes, name, [], [helper.make_tensor_value_info(output, TensorProto.FLOAT, None)]
            )
        finally:
            self.nodes = outer

    def _general_mean(self, pixels: str, target: str) -> str:
        """uint8 `pixels` T x C x H x W as T x C x h x f x w x f, averaged over the two f axes, in 0..1."""
        source = self._in_unit(pixels, f"{target}_unit")
        self.add("Shape", [source], f"{target}_shape")
        self.add("Slice", [f"{target}_shape", "i0", self.const("i2", [2], np.int64)], f"{target}_tc")
        self.add("Div", ["hw_whole", "factor"], "hw_small")
        self.add("Slice", ["hw_small", "i0", "i1"], "h_small")
        self.add("Slice", ["hw_small", "i1", "i2"], "w_small")
        shape = [f"{target}_tc", "h_small", "factor", "w_small", "factor"]
        self.add("Concat", shape, f"{target}_split_shape", axis=0)
        self.add("Reshape", [source, f"{target}_split_shape"], f"{target}_split")
        axes = self.const("ax35", [3, 5], np.int64)
        return self.add("ReduceMean", [f"{target}_split", axes], target, keepdims=0)

    def _reduction(self, spec: InputSpec) -> str:
        """f = 2 ** ceil(log2(width / analysis_width)), at least 1, as an int64 [1] tensor named `factor`; the
        exponent is `halvings_i`."""
        if spec.size_policy == "native":
            return self.const("factor", [1], np.int64)
        self.add("Slice", ["hw", self.const("i1", [1], np.int64), self.const("i2", [2], np.int64)], "width")
        self.add("Cast", ["width"], "width_f", to=TensorProto.FLOAT)
        self.add("Div", ["width_f", self.const("analysis_width", [float(spec.analysis_width)])], "over")
        self.add("Log", ["over"], "log_over")
        self.add("Div", ["log_over", self.const("ln2", [float(np.log(2.0))])], "halvings_f")
        # a hair below the exact power, so that 1920 / 960 is one halving and not two after rounding
        self.add("Sub", ["halvings_f", self.const("hair", [1e-4])], "halvings_safe")
        self.add("Ceil", ["halvings_safe"], "halvings_up")
        self.add("Max", ["halvings_up", self.const("zero_f", [0.0])], "halvings")
        self.add("Cast", ["halvings"], "halvings_i", to=TensorProto.INT64)
        self.add("Pow", [self.const("two_f", [2.0]), "halvings"], "factor_f")
        return self.add("Cast", ["factor_f"], "factor", to=TensorProto.INT64)

    def model(self, name: str) -> onnx.ModelProto:
        graph = helper.make_graph(
            self.nodes,
            name,
            [helper.make_tensor_value_info("frames", TensorProto.UINT8, ["t", "height", "width", self.channels])],
            [
                helper.make_tensor_value_info("heatmap", TensorProto.FLOAT, ["n", "cells_y", "cells_x"]),
                helper.make_tensor_value_info("score", TensorProto.FLOAT, ["n"]),
            ],
            self.weights,
        )
        model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="reelcheck")
        model.ir_version = IR_VERSION
        onnx.checker.check_model(model, full_check=True)
        return model
