"""The analyzer manifest: what a detector measures, what it needs, what it returns, and how it fails.

Every figure ReelCheck shows or exports carries these words with it, so a manifest is written for the reviewer
first: `cue` and `failure_modes` are plain sentences, not jargon.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from analyzers.files import NotARegularFile, read_regular
from analyzers.translatable import QT_TRANSLATE_NOOP, Said

MAX_BYTES = 256 << 10  # a manifest is a page of text; a bigger file is not one
KINDS = ("heatmap", "score")
COLOUR_ORDERS = ("rgb", "bgr", "gray")
SIZE_POLICIES = ("native", "fit_width")
DIRECTIONS = ("higher_is_more_suspicious", "lower_is_more_suspicious")


class ManifestError(ValueError):
    """A manifest that cannot be used; the message names the field and what is wrong with it (a Said, context
    "Analyzers": the application says it in the reader's language)."""

    def __init__(self, words: str, **values: object) -> None:
        super().__init__(Said(words, **values))


@dataclass(frozen=True)
class InputSpec:
    colour_order: str
    size_policy: str  # native: full resolution; fit_width: scaled to analysis_width, inside the graph
    analysis_width: int
    frames: int  # consecutive frames one analysis looks at
    normalisation: str
    min_size: int  # the fewest analysed pixels, each way, that the analyzer can measure (the built-ins: one block)

    def reduction(self, width: int) -> int:
        """The power of two a frame `width` pixels wide is reduced by (averaging f x f pixels) to be analysed."""
        factor = 1
        while self.size_policy == "fit_width" and width / factor > self.analysis_width:
            factor *= 2
        return factor

    def size_problem(self, height: int, width: int) -> str:
        """Why frames of this size cannot be measured, in words (a Said); empty when they can."""
        factor = self.reduction(width)
        if min(height, width) // factor >= self.min_size:
            return ""
        size, least = f"{width}x{height}", f"{self.min_size}x{self.min_size}"
        if factor > 1:
            words = QT_TRANSLATE_NOOP(
                "Analyzers",
                "the frames are {size} pixels, {reduced} once reduced for analysis, smaller than the {least} it "
                "needs to measure anything",
            )
            return Said(words, size=size, reduced=f"{width // factor}x{height // factor}", least=least)
        words = QT_TRANSLATE_NOOP(
            "Analyzers", "the frames are {size} pixels, smaller than the {least} it needs to measure anything"
        )
        return Said(words, size=size, least=least)


@dataclass(frozen=True)
class OutputSpec:
    heatmap_meaning: str
    heatmap_range: tuple[float, float]
    score_meaning: str
    score_range: tuple[float, float]
    score_direction: str


@dataclass(frozen=True)
class CameraBand:
    """Where most camera footage's per-frame scores lie, in the analyzer's own units, and where that was measured:
    a score inside it is what a camera usually gives, one far outside it is what the reviewer should look at."""

    low: float
    high: float
    measured_on: str  # in words: which clips, how prepared, which percentiles

    def describe(self) -> str:
        return f"camera footage usually scores {self.low:.3g}-{self.high:.3g} here: {self.measured_on}"

    def above(self, score: float, direction: str) -> bool:
        """Whether `score` lies beyond the band at the suspicious end."""
        return score > self.high if direction == "higher_is_more_suspicious" else score < self.low


@dataclass(frozen=True)
class Manifest:
    id: str
    name: str
    version: str
    kind: str
    cue: str
    input: InputSpec
    output: OutputSpec
    colour_map: str
    default_opacity: float
    references: tuple[str, ...]
    failure_modes: tuple[str, ...]
    measured: tuple[str, ...]  # how well it tells generated from camera clips, and where that was measured
    model: str  # file name of the ONNX model beside the manifest; empty for analyzers written in Python
    code: str  # for built-ins written in Python (not every cue is a graph): the module that implements it
    folder: Path
    camera_band: CameraBand | None = None  # None: nobody has measured where camera footage lies
    lane_range: tuple[float, float] = (0.0, 1.0)  # the part of score_range a score lane shows, fixed for all clips

    @property
    def model_path(self) -> Path | None:
        return self.folder / self.model if self.model else None

    @property
    def window(self) -> int:
        """Consecutive frames one result needs: the frame itself and the frames just before it."""
        return self.input.frames


def load_manifest(path: Path) -> Manifest:
    """Read and check `path`; raises ManifestError with the reason in words."""
    try:
        data = json.loads(read_regular(path, MAX_BYTES).decode("utf-8"))
    except NotARegularFile as error:
        raise ManifestError(error.words, **error.values) from error  # marked in context "Files"
    except UnicodeDecodeError as error:
        raise ManifestError(QT_TRANSLATE_NOOP("Analyzers", "is not UTF-8 text")) from error
    except json.JSONDecodeError as error:
        words = QT_TRANSLATE_NOOP("Analyzers", "is not valid JSON (line {line}: {reason})")
        raise ManifestError(words, line=error.lineno, reason=error.msg) from error
    except RecursionError as error:  # Python's JSON parser recurses once per level of nesting
        raise ManifestError(QT_TRANSLATE_NOOP("Analyzers", "is nested too deeply to be a manifest")) from error
    fields = _Fields(data)
    output = OutputSpec(
        heatmap_meaning=fields.text("output.heatmap_meaning"),
        heatmap_range=fields.pair("output.heatmap_range"),
        score_meaning=fields.text("output.score_meaning"),
        score_range=fields.pair("output.score_range"),
        score_direction=fields.choice("output.score_direction", DIRECTIONS),
    )
    manifest = Manifest(
        id=fields.text("id"),
        name=fields.text("name"),
        version=fields.text("version"),
        kind=fields.choice("kind", KINDS),
        cue=fields.text("cue"),
        input=InputSpec(
            colour_order=fields.choice("input.colour_order", COLOUR_ORDERS),
            size_policy=fields.choice("input.size_policy", SIZE_POLICIES),
            analysis_width=fields.number("input.analysis_width", int, 32, 8192),
            frames=fields.number("input.frames", int, 1, 16),
            normalisation=fields.text("input.normalisation"),
            min_size=fields.number("input.min_size", int, 1, 8192, default=1),
        ),
        output=output,
        colour_map=fields.text("display.colour_map"),
        default_opacity=fields.number("display.default_opacity", float, 0.0, 1.0),
        references=tuple(fields.texts("references")),
        failure_modes=tuple(fields.texts("failure_modes")),
        measured=tuple(fields.texts("measured")) if "measured" in data else (),
        model=fields.optional_text("model"),
        code=fields.optional_text("code"),
        folder=path.parent,
        camera_band=_camera_band(fields, output.score_range),
        lane_range=(
            fields.pair("display.lane_range", within=output.score_range)
            if fields.has("display.lane_range")
            else output.score_range
        ),
    )
    if bool(manifest.model) == bool(manifest.code):
        raise ManifestError(
            QT_TRANSLATE_NOOP(
                "Analyzers", "must name either a 'model' (an ONNX file beside it) or the 'code' that implements it"
            )
        )
    if not manifest.failure_modes:
        raise ManifestError(
            QT_TRANSLATE_NOOP(
                "Analyzers", "lists no failure_modes: every detector has some, and reviewers must see them"
            )
        )
    return manifest


def _camera_band(fields: _Fields, score_range: tuple[float, float]) -> CameraBand | None:
    if not fields.has("output.camera_band"):
        return None
    if not isinstance(fields.get("output.camera_band"), dict):
        words = QT_TRANSLATE_NOOP("Analyzers", "'output.camera_band' must be {shape}")
        raise ManifestError(words, shape='{"low": number, "high": number, "measured_on": text}')
    low, high = score_range
    band = CameraBand(
        low=fields.number("output.camera_band.low", float, low, high),
        high=fields.number("output.camera_band.high", float, low, high),
        measured_on=fields.text("output.camera_band.measured_on"),
    )
    if band.low > band.high:
        words = QT_TRANSLATE_NOOP(
            "Analyzers", "'output.camera_band' goes from {low} down to {high}; low must not exceed high"
        )
        raise ManifestError(words, low=band.low, high=band.high)
    return band


class _Fields:
    """Typed access to a manifest's fields by dotted name; each failure names the field."""

    def __init__(self, data: object) -> None:
        if not isinstance(data, dict):
            raise ManifestError(QT_TRANSLATE_NOOP("Analyzers", "must be a JSON object"))
        self._data = data

    def get(self, name: str) -> object:
        value: object = self._data
        for part in name.split("."):
            if not isinstance(value, dict) or part not in value:
                raise ManifestError(QT_TRANSLATE_NOOP("Analyzers", "has no '{name}'"), name=name)
            value = value[part]
        return value

    def has(self, name: str) -> bool:
        try:
            self.get(name)
        except ManifestError:
            return False
        return True

    def text(self, name: str) -> str:
        value = self.get(name)
        if not isinstance(value, str) or not value.strip():
            raise ManifestError(QT_TRANSLATE_NOOP("Analyzers", "'{name}' must be a non-empty text"), name=name)
        return value.strip()

    def optional_text(self, name: str) -> str:
        return self.text(name) if name in self._data else ""

    def texts(self, name: str) -> list[str]:
        value = self.get(name)
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise ManifestError(QT_TRANSLATE_NOOP("Analyzers", "'{name}' must be a list of texts"), name=name)
        return [v.strip() for v in value]

    def choice(self, name: str, allowed: tuple[str, ...]) -> str:
        value = self.text(name)
        if value not in allowed:
            words = QT_TRANSLATE_NOOP("Analyzers", "'{name}' is '{value}'; it must be one of {allowed}")
            raise ManifestError(words, name=name, value=value, allowed=", ".join(allowed))
        return value

    def number(self, name: str, kind: type, low: float, high: float, default: float | None = None):
        """The number at `name`, from `low` to `high`; `default` when given and the field is absent."""
        if default is not None and not self.has(name):
            return default
        value = self.get(name)
        wrong_type = isinstance(value, bool) or not isinstance(value, int | float)
        if wrong_type or (kind is int and not isinstance(value, int)):
            if kind is int:
                raise ManifestError(QT_TRANSLATE_NOOP("Analyzers", "'{name}' must be a whole number"), name=name)
            raise ManifestError(QT_TRANSLATE_NOOP("Analyzers", "'{name}' must be a number"), name=name)
        if not low <= value <= high:
            words = QT_TRANSLATE_NOOP("Analyzers", "'{name}' is {value}; it must be from {low} to {high}")
            raise ManifestError(words, name=name, value=value, low=low, high=high)
        return kind(value)

    def pair(self, name: str, within: tuple[float, float] | None = None) -> tuple[float, float]:
        """[low, high] at `name`, low below high, and inside `within` when given."""
        value = self.get(name)
        numbers = isinstance(value, list) and all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
        if not (numbers and len(value) == 2):
            raise ManifestError(QT_TRANSLATE_NOOP("Analyzers", "'{name}' must be [low, high]"), name=name)
        low, high = float(value[0]), float(value[1])
        if not low < high:  # NaN too
            raise ManifestError(QT_TRANSLATE_NOOP("Analyzers", "'{name}' must go from low to high"), name=name)
        if within is not None and not within[0] <= low < high <= within[1]:
            words = QT_TRANSLATE_NOOP("Analyzers", "'{name}' is {pair}; it must lie within {within}")
            raise ManifestError(words, name=name, pair=f"[{low:g}, {high:g}]", within=f"[{within[0]:g}, {within[1]:g}]")
        return low, high
