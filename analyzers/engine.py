"""ONNX Runtime sessions for analyzers: providers chosen once, silent fallbacks found out, CPU use kept modest,
and ONNX Runtime's telemetry off. This is the one module that imports onnxruntime.

onnxruntime-gpu on a machine without a working CUDA lists CUDA as available, logs an error when a session
tries it, and quietly runs on the CPU. ReelCheck says which provider really runs, from `session.get_providers()`,
and tries a GPU that failed once no more in the same process: `auto` on a machine without one is the CPU, silently.
"""

from __future__ import annotations

import ctypes.util
import importlib
import importlib.util
import logging
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from analyzers.manifest import InputSpec, Manifest
from analyzers.translatable import QT_TRANSLATE_NOOP, Said

log = logging.getLogger(__name__)

# ONNX Runtime's official builds keep a device id and a queue of usage events (OS, Python path, model names, error
# texts) in the user cache and upload them. It all starts when onnxruntime is imported, and this variable, read at
# that moment, is the only switch that stops all of it (the API below stops the events, not the device id).
if "onnxruntime" in sys.modules:
    log.warning("onnxruntime was imported before analyzers.engine: its telemetry may have started")
os.environ["ORT_DISABLE_TELEMETRY"] = "1"
import onnxruntime as ort  # noqa: E402

ort.disable_telemetry_events()

PROVIDER_CHOICES = ("auto", "cuda", "cpu")
_GPU_PROVIDERS = ("TensorrtExecutionProvider", "CUDAExecutionProvider")
_NAMES = {
    "TensorrtExecutionProvider": "TensorRT",
    "CUDAExecutionProvider": "CUDA",
    "CPUExecutionProvider": "CPU",
}
_ERRORS_ONLY = 3  # ORT's own log severity: keep its warnings out of the reviewer's terminal
_FATAL_ONLY = 4


@dataclass(frozen=True)
class ProviderReport:
    """Which provider runs, in words for the status bar, and whether that is what was asked for."""

    running: str
    fell_back: bool
    gpu_required: bool = False  # the reviewer chose the GPU, rather than leaving it to ReelCheck

    def describe(self) -> str:
        if self.fell_back and self.gpu_required:
            return f"Detectors run on the {self.running} (the GPU was asked for but could not be used)"
        if self.fell_back:
            return f"Detectors run on the {self.running} (no working GPU was found)"
        return f"Detectors run on the {self.running}"


class _Gpu:
    """What this process has learned about its GPU: a session that asked for one and got the CPU settles it."""

    failed = False
    libraries_loaded = False


def wanted_providers(choice: str) -> list[str]:
    """ORT provider names to try, in order, for `auto`, `cuda` or `cpu`."""
    if choice not in PROVIDER_CHOICES:
        words = QT_TRANSLATE_NOOP("Analyzers", "the provider is '{choice}'; it must be one of {choices}")
        raise ValueError(Said(words, choice=choice, choices=", ".join(PROVIDER_CHOICES)))
    if choice == "cpu" or (choice == "auto" and _Gpu.failed):
        return ["CPUExecutionProvider"]
    available = ort.get_available_providers()
    # ORT lists TensorRT whenever it was built with it, and prints a page of errors on every session that tries it
    # without its libraries.
    gpu = [p for p in _GPU_PROVIDERS if p in available and (p != "TensorrtExecutionProvider" or _has_tensorrt())]
    if choice == "cuda":
        gpu = ["CUDAExecutionProvider"]
    return [*gpu, "CPUExecutionProvider"]


def gpu_fell_back(asked: list[str], running: str) -> bool:
    """Whether a session that asked for `asked` ended on the CPU instead; then no later `auto` session tries."""
    fell_back = asked[0] != "CPUExecutionProvider" and running == "CPUExecutionProvider"
    if fell_back and not _Gpu.failed:
        _Gpu.failed = True
        log.info("no working GPU (asked for %s): detectors run on the CPU", asked[0])
    return fell_back


def load_gpu_libraries() -> None:
    """CUDA and cuDNN from the nvidia pip wheels, once, when they are installed: ORT finds them only after this.
    Without the wheels it would only print which libraries it could not find."""
    if _Gpu.libraries_loaded:
        return
    _Gpu.libraries_loaded = True
    if hasattr(ort, "preload_dlls") and importlib.util.find_spec("nvidia") is not None:
        ort.preload_dlls()


def _has_tensorrt() -> bool:
    return importlib.util.find_spec("tensorrt_libs") is not None or ctypes.util.find_library("nvinfer") is not None


def session_options() -> ort.SessionOptions:
    options = ort.SessionOptions()
    # A model that fails on a frame raises, and the caller says so in words: ORT's own coloured copy of the
    # error would only repeat it on the reviewer's terminal.
    options.log_severity_level = _FATAL_ONLY
    # Decoding and the GUI need cores too: a couple of threads, and no spinning while waiting for work.
    options.intra_op_num_threads = max(1, min(4, (os.cpu_count() or 2) // 2))
    options.inter_op_num_threads = 1
    options.add_session_config_entry("session.intra_op.allow_spinning", "0")
    options.add_session_config_entry("session.inter_op.allow_spinning", "0")
    # ORT plans one block for all of a run's intermediates per input shape and keeps it: at 4K that is hundreds of MB
    # per analyzer on top of its arena. Without the plan the arena reuses its chunks; measured as fast per frame.
    options.enable_mem_pattern = False
    return options


class Detector(Protocol):
    """What every analyzer offers once loaded, whether an ONNX graph or built-in code."""

    report: ProviderReport

    def run(self, frames: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """frames: T x H x W x C uint8 in the manifest's colour order, consecutive for windows of k frames.
        Returns heatmaps (T-k+1) x h x w and scores T-k+1; result i belongs to frame i+k-1."""
        ...


def open_detector(manifest: Manifest, provider: str = "auto") -> Detector:
    """The analyzer behind `manifest`, ready to run: an ONNX Runtime session, or the built-in code it names."""
    if manifest.code:
        return importlib.import_module(manifest.code).Detector(manifest)
    return ModelSession(manifest, provider)


class FramesNotAnalysable(ValueError):
    """The frames are not something this analyzer can measure; the message says why, in the reviewer's words (a
    Said, context "Analyzers")."""


def check_frames(frames: np.ndarray, spec: InputSpec) -> np.ndarray:
    """`frames` as one contiguous array, if the analyzer with this input `spec` can measure them."""
    if frames.dtype != np.uint8 or frames.ndim != 4 or frames.shape[-1] not in (1, 3):
        words = QT_TRANSLATE_NOOP("Analyzers", "frames must be T x H x W x 1 or 3 uint8, not {kind} {shape}")
        raise FramesNotAnalysable(Said(words, kind=frames.dtype, shape=frames.shape))
    problem = spec.size_problem(height=frames.shape[1], width=frames.shape[2])
    if problem:
        raise FramesNotAnalysable(problem)
    return np.ascontiguousarray(frames)


def model_problem(model: Path) -> str:
    """Why ONNX Runtime cannot use `model` as an analyzer, in words (a Said); empty when it can. The model is loaded
    on the CPU once and must take uint8 'frames' and give 'heatmap' and 'score'."""
    try:
        session = ort.InferenceSession(str(model), sess_options=session_options(), providers=["CPUExecutionProvider"])
    except Exception as error:  # ORT raises several types for bad files; the reason is in the text
        # ONNX Runtime's own reason (a wrong opset, a damaged graph) is in its words: it stays as it says it.
        words = QT_TRANSLATE_NOOP("Analyzers", "{model} cannot be loaded by ONNX Runtime: {reason}")
        return Said(words, model=model.name, reason=first_line(error))
    inputs = {i.name: i.type for i in session.get_inputs()}
    outputs = {o.name for o in session.get_outputs()}
    if inputs != {"frames": "tensor(uint8)"} or not {"heatmap", "score"} <= outputs:
        words = QT_TRANSLATE_NOOP(
            "Analyzers",
            "{model} must take one uint8 input 'frames' and give 'heatmap' and 'score' (it takes {inputs} and gives "
            "{outputs})",
        )
        return Said(words, model=model.name, inputs=sorted(inputs), outputs=sorted(outputs))
    return ""


def first_line(error: BaseException, most: int | None = None) -> str:
    """The first line of an error's message (its type when it has none), cut to `most` characters if given."""
    line = (str(error).strip().splitlines() or [type(error).__name__])[0]
    return line if most is None or len(line) <= most else line[: most - 1] + "…"


class ModelSession:
    """One ONNX Runtime session for one analyzer's model; `run` takes uint8 frames and returns (heatmaps, scores)."""

    def __init__(self, manifest: Manifest, provider: str = "auto") -> None:
        self._spec = manifest.input
        providers = wanted_providers(provider)
        self._session = _quiet_session(manifest.model_path, providers)
        self.providers = self._session.get_providers()  # what really runs, in ORT's names
        running = self.providers[0]
        self.report = ProviderReport(
            running=_NAMES.get(running, running),
            fell_back=gpu_fell_back(providers, running),
            gpu_required=provider == "cuda",
        )
        if self.report.fell_back and provider == "cuda":
            log.warning("asked for the GPU, running on %s", running)

    def run(self, frames: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """See Detector.run. Through IO binding: on a GPU, ORT copies the uint8 batch up once and leaves its
        intermediate tensors on the device; only the small heatmaps and scores come back."""
        binding = self._session.io_binding()
        binding.bind_cpu_input("frames", check_frames(frames, self._spec))
        binding.bind_output("heatmap", "cpu")
        binding.bind_output("score", "cpu")
        self._session.run_with_iobinding(binding)
        heatmaps, scores = binding.copy_outputs_to_cpu()
        return heatmaps, scores


def _quiet_session(model: Path, providers: list[str]) -> ort.InferenceSession:
    """A session on the first provider that loads. ORT's own log is kept to fatal errors while a GPU is tried (a
    missing CUDA is an error there, and the status bar says it in words); only the CPU leaves it at errors."""
    if providers == ["CPUExecutionProvider"]:
        ort.set_default_logger_severity(_ERRORS_ONLY)
        return ort.InferenceSession(str(model), sess_options=session_options(), providers=providers)
    # Exhaustive cuDNN algorithm search costs seconds per new frame size, and the graphs are tiny convolutions.
    options = [{"cudnn_conv_algo_search": "HEURISTIC"} if p == "CUDAExecutionProvider" else {} for p in providers]
    ort.set_default_logger_severity(_FATAL_ONLY)
    try:
        load_gpu_libraries()
        return ort.InferenceSession(
            str(model), sess_options=session_options(), providers=providers, provider_options=options
        )
    finally:
        ort.set_default_logger_severity(_ERRORS_ONLY)
