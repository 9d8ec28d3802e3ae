"""On-screen text read from one frame by RapidOCR (PP-OCRv6 detection and recognition, Chinese and English).

The models are the ones RapidOCR's wheel carries, named by path: RapidOCR downloads a model only when it is given
none. Its modules still import `requests` for that downloader (and urllib3 opens a socket as it loads, to probe for
IPv6): they are imported with a stand-in `requests` that refuses every call, so nothing RapidOCR does can reach the
network. The sessions run on the one ONNX Runtime ReelCheck uses, imported through analyzers.engine so that its
telemetry is off before ONNX Runtime loads.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import types
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from analyzers import engine
from analyzers.engine import (
    ProviderReport,
    first_line,
    gpu_fell_back,
    load_gpu_libraries,
    session_options,
    wanted_providers,
)
from analyzers.translatable import QT_TRANSLATE_NOOP, Said

log = logging.getLogger(__name__)

# RapidOCR logs through its own logger, which prints to the terminal in colour and does not propagate: its records
# go to ReelCheck's log instead, like everyone else's.
_RAPIDOCR_LOGGER = "RapidOCR"
_MODELS = {
    "Det.model_path": "PP-OCRv6_det_small.onnx",
    "Rec.model_path": "PP-OCRv6_rec_small.onnx",
}
# Detection sees at most this many pixels on the longer side (a 1080p frame is halved); the lines it finds are cut
# from the frame at full size for recognition, so small text stays legible. Frames larger than MAX_SIDE are scaled
# down first, which bounds the memory one frame can take.
DETECTION_SIDE = 960
MAX_SIDE = 2000
_LEAST_CONFIDENCE = 0.5  # RapidOCR's own default: below it a "line" is mostly texture read as letters
# A "line" taller than this share of the frame is texture the detector took for text (a whole shaded frame read
# as "86"), not a line: even a title card's letters stay well below it.
_TALLEST_LINE = 0.4


class ReaderUnavailable(RuntimeError):
    """On-screen text cannot be read on this machine; the message says why, in the reviewer's words (a Said, context
    "Analyzers": the application says it in the reader's language)."""


_CANNOT_READ = QT_TRANSLATE_NOOP("Analyzers", "On-screen text cannot be read: {reason}")
_NOT_INSTALLED = QT_TRANSLATE_NOOP("Analyzers", "RapidOCR is not installed.")
_MODEL_MISSING = QT_TRANSLATE_NOOP("Analyzers", "RapidOCR's model {models} is missing.")


@dataclass(frozen=True)
class Reading:
    """One line of text read on one frame."""

    text: str  # one line, without control characters
    box: tuple[int, int, int, int]  # x, y, width, height in the frame's pixels, axis-aligned around the line
    confidence: float  # the recogniser's 0-1 figure


class TextReader:
    """RapidOCR, opened once (a second or two) and then used frame after frame from one thread."""

    def __init__(self, provider: str = "auto") -> None:
        self._engine = _open_engine(provider)
        providers = wanted_providers(provider)
        running = self._engine.text_det.session.session.get_providers()[0]
        self.report = ProviderReport(
            running="CUDA" if running == "CUDAExecutionProvider" else "CPU",
            fell_back=gpu_fell_back(providers, running),
            gpu_required=provider == "cuda",
        )

    def read(self, frame: np.ndarray) -> list[Reading]:
        """The lines of text on an RGB uint8 frame (height x width x 3), top to bottom."""
        if frame.dtype != np.uint8 or frame.ndim != 3 or frame.shape[2] != 3:
            raise ValueError(f"a frame to read must be height x width x 3 uint8, not {frame.dtype} {frame.shape}")
        # RapidOCR takes an ndarray as OpenCV's BGR.
        result = self._engine(np.ascontiguousarray(frame[..., ::-1]))
        if getattr(result, "txts", None) is None or getattr(result, "boxes", None) is None:
            return []
        height, width = frame.shape[:2]
        readings = []
        for quad, text, score in zip(result.boxes, result.txts, result.scores, strict=True):
            cleaned, box = one_line(text), _axis_aligned(quad, width, height)
            if cleaned and box[3] <= _TALLEST_LINE * height:
                readings.append(Reading(cleaned, box, round(float(score), 4)))
        return readings


def one_line(text: str) -> str:
    """Text as read, fit to show and store: Unicode in its composed form, no control or format characters."""
    text = unicodedata.normalize("NFC", text)
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())


def _axis_aligned(quad: np.ndarray, width: int, height: int) -> tuple[int, int, int, int]:
    points = np.asarray(quad, dtype=np.float64).reshape(-1, 2)
    x0, y0 = np.clip(points.min(axis=0), 0, (width, height))
    x1, y1 = np.clip(points.max(axis=0), 0, (width, height))
    return round(x0), round(y0), max(1, round(x1 - x0)), max(1, round(y1 - y0))


def bundled_models() -> dict[str, Path]:
    """The model files in RapidOCR's wheel, by RapidOCR's parameter name. Raises ReaderUnavailable if one is missing."""
    try:
        import rapidocr
    except ImportError as error:
        raise ReaderUnavailable(Said(_CANNOT_READ, reason=Said(_NOT_INSTALLED))) from error
    folder = Path(rapidocr.__file__).resolve().parent / "models"
    paths = {parameter: folder / name for parameter, name in _MODELS.items()}
    missing = [path.name for path in paths.values() if not path.is_file()]
    if missing:
        raise ReaderUnavailable(Said(_CANNOT_READ, reason=Said(_MODEL_MISSING, models=", ".join(missing))))
    return paths


def _open_engine(provider: str):
    models = bundled_models()
    params = {
        **{parameter: str(path) for parameter, path in models.items()},
        # Captions and marks on video are upright: the orientation classifier would only cost time.
        "Global.use_cls": False,
        "Global.max_side_len": MAX_SIDE,
        "Global.text_score": _LEAST_CONFIDENCE,
        "Global.log_level": "warning",
        "Det.limit_type": "max",
        "Det.limit_side_len": DETECTION_SIDE,
        "EngineConfig.onnxruntime.use_cuda": "CUDAExecutionProvider" in wanted_providers(provider),
        "EngineConfig.onnxruntime.intra_op_num_threads": session_options().intra_op_num_threads,
        "EngineConfig.onnxruntime.inter_op_num_threads": 1,
        # Exhaustive cuDNN search costs seconds for every new frame size, and line crops come in many sizes.
        "EngineConfig.onnxruntime.cuda_ep_cfg.cudnn_conv_algo_search": "HEURISTIC",
    }
    try:
        rapid_ocr = _rapidocr_without_downloads()
        _log_through_reelcheck(logging.getLogger(_RAPIDOCR_LOGGER))
        with _quiet_onnx_runtime():
            ocr = rapid_ocr(params=params)
            # RapidOCR opens its sessions on the first frame; opening them now makes a broken model fail here.
            ocr._load_det_model()
            ocr._load_rec_model()
    except Exception as error:  # ONNX Runtime and RapidOCR raise several types for a model they cannot load
        log.exception("RapidOCR could not be opened")
        raise ReaderUnavailable(Said(_CANNOT_READ, reason=first_line(error, most=200))) from error
    return ocr


@contextlib.contextmanager
def _quiet_onnx_runtime():
    """As analyzers.engine does for its sessions: the CUDA libraries loaded first when they are installed, and
    ORT's own log kept to fatal errors while RapidOCR tries a GPU (the status bar says in words where it runs)."""
    engine.ort.set_default_logger_severity(4)  # fatal only
    try:
        load_gpu_libraries()
        yield
    finally:
        engine.ort.set_default_logger_severity(3)  # errors only, as analyzers.engine leaves it


def _log_through_reelcheck(own_log: logging.Logger) -> None:
    for handler in list(own_log.handlers):
        own_log.removeHandler(handler)
    own_log.propagate = True


class DownloadRefused(OSError):
    """RapidOCR tried to download something: ReelCheck never lets it."""


def _refuse_download(*args, **kwargs):
    raise DownloadRefused("ReelCheck reads with the models in RapidOCR's wheel and never downloads one")


def _rapidocr_without_downloads() -> type:
    """RapidOCR's pipeline class, its modules imported with a `requests` that refuses every call (see the module's
    words). The real `requests`, if it is loaded already, opens no socket as it is imported again: it is left be."""
    loaded = sys.modules.get("rapidocr.main")
    if loaded is not None:
        return loaded.RapidOCR
    stand_in = "requests" not in sys.modules
    if stand_in:
        refusing = types.ModuleType("requests", "RapidOCR's `requests` inside ReelCheck: every download refused")
        refusing.get = _refuse_download
        refusing.RequestException = DownloadRefused
        refusing.Response = object
        sys.modules["requests"] = refusing
    try:
        from rapidocr.main import RapidOCR  # every RapidOCR module that imports `requests` is loaded by this one
        from rapidocr.utils.download_file import DownloadFile
    finally:
        if stand_in:
            del sys.modules["requests"]  # whoever imports `requests` after this gets the real one
    # and its one way to fetch a file refuses too, whichever `requests` it holds (the real one, if loaded before)
    DownloadFile.run = classmethod(_refuse_download)
    return RapidOCR
