"""Frozen-build check: builds the one-folder app from build.spec with PyInstaller, runs a headless smoke test of what
it built, and prints its size and its start-up time against the source install.

The smoke test runs the built `reelcheck` as a reviewer would, with QT_QPA_PLATFORM=offscreen, a home and XDG
folders of its own in a temporary folder (the reviewer's own settings, keys and case are neither read nor changed),
and no network: each command runs in a network namespace of its own (`unshare -rn`) where the machine allows one,
which the report says. Its steps, each checked, stop at the first failure with one line naming the step:
`--version`; `probe --json` (the SHA-256 of a clip it encodes itself); `analyze --json` (every built-in detector
scores every frame, with the model hashes of the source tree); `demo --no-gui`; `settings --reviewer NAME
--language zh_CN` (a Chinese name, read back with `settings --json`: nothing is signed without a name; the steps
after it speak Chinese); `export 1 --pdf --json` (a PDF and a JSON dossier signed in that name); `verify` of that
dossier (exit 0: signed by this machine's own key); `open CLIP` (the window painted, and the clip's frame 0 painted
as its first frame, read back from its pixels); and no error in the log file of all these.

Start-up is measured as bench/startup.py measures it (wall clock from Popen to the first painted window, and to
the first frame of a clip opened), for the frozen app and for the source install in turn within each run, after a
warm-up run each; the median of the runs and the ratio frozen / source are printed.

Run from the repository root (the build needs the build extra: pip install -e .[build]; minutes on 2 cores):

    python -m bench.frozen                  # build into a temporary folder, check it, delete it
    python -m bench.frozen --keep           # ... and keep the build (its folder is printed)
    python -m bench.frozen --dist DIR       # check the build already in DIR (DIR/reelcheck/), without building
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from analyzers.registry import discover
from app import __version__
from app.media.hashing import sha256_file
from app.media.synth import ClipRecipe, write_clip
from bench.startup import PACKAGES, ROOT, Program, Run, reelcheck_command, run_once

SIZE_TARGET_MB = 500.0  # on Linux, without the CUDA libraries: the bundle less the GPU_PROVIDERS files
# The CUDA libraries a bundle holds: ONNX Runtime's providers for NVIDIA GPUs (libonnxruntime_providers_cuda.so and
# _tensorrt.so, onnxruntime_providers_cuda.dll...), which stay in the bundle and load only where CUDA is installed.
# CUDA, cuDNN and TensorRT themselves are never bundled (build.spec leaves them out): nothing else is taken off.
GPU_PROVIDERS = ("onnxruntime_providers_cuda", "onnxruntime_providers_tensorrt")
REVIEWER = "测试审核员 Test Reviewer"  # the name the dossier is signed in; Chinese, as a first user's may be
COMMAND_SECONDS = 600.0  # the demo encodes its clips and runs the detectors over them: a minute here


class StepFailed(Exception):
    """A smoke-test step did not do what it should; the message names the step and says what happened."""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.frozen", description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", action="store_true", help="keep the build and print its folder")
    parser.add_argument(
        "--dist", type=Path, metavar="DIR", help="check the build in DIR/reelcheck/ instead of building"
    )
    parser.add_argument("--runs", type=int, default=5, help="start-up runs to take the median of (default 5)")
    args = parser.parse_args(argv)
    build = None if args.dist else Path(tempfile.mkdtemp(prefix="reelcheck-frozen-"))
    try:
        bundle = (args.dist or _build(build)) / "reelcheck"
        with tempfile.TemporaryDirectory(prefix="reelcheck-smoke-") as folder:
            smoke = Smoke(bundle, Path(folder))
            smoke.run_all()
            _print_size(bundle)
            _print_startup(smoke, args.runs)
    except StepFailed as failure:
        print(f"FAIL {failure}", flush=True)
        return 1
    finally:
        if build is not None and args.keep:
            print(f"\nthe build is kept in {build}")
        elif build is not None:
            shutil.rmtree(build, ignore_errors=True)
    return 0


def _build(folder: Path) -> Path:
    """Runs PyInstaller on build.spec into `folder`; returns its dist folder."""
    log = folder / "pyinstaller.log"
    command = [sys.executable, "-m", "PyInstaller", str(ROOT / "build.spec"), "--noconfirm"]
    command += ["--workpath", str(folder / "work"), "--distpath", str(folder / "dist")]
    print(f"building with PyInstaller into {folder} (minutes) ...", flush=True)
    with log.open("w", encoding="utf-8") as output:
        done = subprocess.run(command, cwd=ROOT, stdout=output, stderr=subprocess.STDOUT, check=False)
    if done.returncode != 0:
        last = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-1:] or [""]
        raise StepFailed(f"build: PyInstaller exited {done.returncode} ({last[0][:200]}); the log is {log}")
    return folder / "dist"


class Smoke:
    """The smoke test's steps against the one-folder build in `bundle`, with `scratch` as the reviewer's home."""

    def __init__(self, bundle: Path, scratch: Path) -> None:
        self.program = bundle / ("reelcheck.exe" if sys.platform == "win32" else "reelcheck")
        if not self.program.is_file():
            raise StepFailed(f"bundle: there is no {self.program}")
        self.scratch = scratch
        home = scratch / "home"
        self.env = {key: value for key, value in os.environ.items() if not key.startswith(("XDG_", "REELCHECK_"))}
        self.env.update(
            HOME=str(home),
            USERPROFILE=str(home),
            APPDATA=str(home / "AppData" / "Roaming"),
            LOCALAPPDATA=str(home / "AppData" / "Local"),
            XDG_CONFIG_HOME=str(home / ".config"),
            XDG_DATA_HOME=str(home / ".local" / "share"),
            XDG_STATE_HOME=str(home / ".local" / "state"),
            XDG_CACHE_HOME=str(home / ".cache"),
            QT_QPA_PLATFORM="offscreen",
        )
        self.offline = _offline_prefix()
        self.clip = scratch / "clip.mp4"
        self.case = scratch / "case.db"

    def run_all(self) -> None:
        print(f"smoke test of {self.program}")
        print(f"  network: {'cut off (unshare -rn)' if self.offline else 'NOT cut off: unshare -rn is unavailable'}")
        write_clip(self.clip, ClipRecipe(frames=48, gop=24, audio=True))
        steps = (self.version, self.probe, self.analyze, self.demo, self.settings, self.export_and_verify, self.window)
        for step in (*steps, self.log):
            step()
            print(f"  ok  {step.__doc__.splitlines()[0]}", flush=True)

    def reelcheck(self, step: str, *args: str) -> str:
        """Runs the built reelcheck with `args`; its standard output, once it exited with 0."""
        command = [*self.offline, str(self.program), *args]
        try:
            done = subprocess.run(
                command, env=self.env, capture_output=True, text=True, timeout=COMMAND_SECONDS, check=False
            )
        except subprocess.TimeoutExpired:
            raise StepFailed(f"{step}: `reelcheck {' '.join(args)}` still ran after {COMMAND_SECONDS:.0f} s") from None
        if done.returncode != 0:
            said = (done.stderr.strip() or done.stdout.strip()).splitlines()[-1:] or ["nothing"]
            raise StepFailed(f"{step}: `reelcheck {' '.join(args)}` exited {done.returncode}, saying: {said[0][:300]}")
        return done.stdout

    def version(self) -> None:
        """version: `reelcheck --version` names this tree's version"""
        said = self.reelcheck("version", "--version").strip()
        if said != f"reelcheck {__version__}":
            raise StepFailed(f"version: printed {said!r}, not 'reelcheck {__version__}'")

    def probe(self) -> None:
        """probe: `reelcheck probe --json` gives the clip's SHA-256 and frame count"""
        facts = _json("probe", self.reelcheck("probe", "probe", str(self.clip), "--json"))
        if facts.get("sha256") != sha256_file(self.clip) or facts.get("frame_count") != 48:
            raise StepFailed(f"probe: SHA-256 {facts.get('sha256')}, {facts.get('frame_count')} frames: not the clip's")

    def analyze(self) -> None:
        """analyze: every built-in detector scored the clip, with the model hashes of this tree"""
        scores = self.scratch / "scores.json"
        self.reelcheck("analyze", "analyze", str(self.clip), "--json", str(scores))
        runs = {run["id"]: run for run in _json("analyze", _read(scores, "analyze"))["analyzers"]}
        for analyzer in discover().analyzers:
            if analyzer.origin != "built-in":
                continue
            run = runs.get(analyzer.manifest.id)
            if run is None or run["model_sha256"] != analyzer.model_sha256 or not run["scores"]:
                raise StepFailed(f"analyze: {analyzer.manifest.id} did not score the clip with the model of this tree")

    def demo(self) -> None:
        """demo: `reelcheck demo --no-gui` built the demo case"""
        self.reelcheck("demo", "demo", "--no-gui", "--db", str(self.case))
        if not self.case.is_file():
            raise StepFailed(f"demo: no case database at {self.case}")

    def settings(self) -> None:
        """settings: `reelcheck settings` kept the reviewer's name and Chinese, which the steps after it speak"""
        self.reelcheck("settings", "settings", "--reviewer", REVIEWER, "--language", "zh_CN", "--db", str(self.case))
        kept = _json("settings", self.reelcheck("settings", "settings", "--json", "--db", str(self.case)))
        if (kept.get("reviewer"), kept.get("language")) != (REVIEWER, "zh_CN"):
            raise StepFailed(f"settings: kept {kept.get('reviewer')!r} in {kept.get('language')!r}, not {REVIEWER!r}")

    def export_and_verify(self) -> None:
        """export and verify: clip 1's PDF and JSON dossier written, signed in the reviewer's name, and verified"""
        out = self.scratch / "dossier"
        said = self.reelcheck("export", "export", "1", "--pdf", "--json", "--out", str(out), "--db", str(self.case))
        written = [Path(line) for line in said.splitlines() if line.strip()]
        pdf = next((path for path in written if path.suffix == ".pdf"), None)
        dossier = next((path for path in written if path.suffix == ".json"), None)
        if pdf is None or dossier is None or not dossier.is_file():
            raise StepFailed(f"export: wrote {[str(path) for path in written]}, not a PDF and a JSON dossier")
        if not _read(pdf, "export").startswith("%PDF-") or pdf.stat().st_size < 1000:
            raise StepFailed(f"export: {pdf} is not a PDF with pages")
        if _json("export", _read(dossier, "export")).get("reviewer") != REVIEWER:
            raise StepFailed(f"export: {dossier} is not signed in the name {REVIEWER!r}")
        # 0: intact and signed by this machine's own key, the key the export signed with (verify's exit codes)
        self.reelcheck("verify", "verify", str(dossier))

    def window(self) -> None:
        """window: `reelcheck open CLIP` painted the window, then the clip's frame 0 first"""
        command = [*self.offline, str(self.program), "--db", str(self.case), "open", str(self.clip)]
        try:
            run_once(Program("open", command, self.clip), self.startup_env(), self.scratch / "shown.png")
        except (RuntimeError, subprocess.TimeoutExpired) as error:
            raise StepFailed(f"window: {error}") from None

    def log(self) -> None:
        """log: no error logged by any step

        A module missing from the bundle fails on a thread, where the window only says so in its status bar."""
        for log in sorted((self.scratch / "home").rglob("reelcheck.log")):
            errors = [
                line for line in log.read_text(encoding="utf-8", errors="replace").splitlines() if " ERROR " in line
            ]
            if errors:
                raise StepFailed(f"log: {log} says {errors[0][:300]}")

    def startup_env(self) -> dict[str, str]:
        return self.env | {
            "REELCHECK_REPORT_STARTUP": "exit",
            "REELCHECK_REPORT_FRAME": str(self.scratch / "shown.png"),
        }


def _offline_prefix() -> list[str]:
    """`unshare -rn`, where this machine lets a user make a network namespace (an empty one: no interface is up)."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return []
    tried = subprocess.run([unshare, "-rn", "true"], capture_output=True, check=False)
    return [unshare, "-rn"] if tried.returncode == 0 else []


def _read(path: Path, step: str) -> str:
    try:
        return path.read_bytes().decode("utf-8", errors="replace")
    except OSError as error:
        raise StepFailed(f"{step}: cannot read {path} ({error.strerror})") from None


def _json(step: str, text: str) -> dict:
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise StepFailed(f"{step}: printed no JSON ({text[:120]!r})") from None


def _print_size(bundle: Path) -> None:
    """The bundle's size, its ten biggest parts (the folders and files at the top of _internal/) and biggest files, and
    its size without the GPU providers (GPU_PROVIDERS), the one the target counts."""
    sizes = {path: path.stat().st_size for path in bundle.rglob("*") if path.is_file() and not path.is_symlink()}
    inside = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    parts: dict[str, int] = {}
    for path, size in sizes.items():
        top = path.relative_to(inside).parts[0] if path.is_relative_to(inside) else path.name
        parts[top] = parts.get(top, 0) + size
    total = sum(sizes.values()) / 1e6
    cuda = sum(size for path, size in sizes.items() if any(part in path.name for part in GPU_PROVIDERS)) / 1e6
    print(f"\nbundle size: {total:.0f} MB in {len(sizes)} files; its biggest parts:")
    for name, size in sorted(parts.items(), key=lambda item: -item[1])[:10]:
        print(f"  {size / 1e6:7.1f} MB  {name}")
    print("its biggest files:")
    for path, size in sorted(sizes.items(), key=lambda item: -item[1])[:10]:
        print(f"  {size / 1e6:7.1f} MB  {path.relative_to(inside) if path.is_relative_to(inside) else path.name}")
    result = "PASS" if total - cuda < SIZE_TARGET_MB else "MISS"
    print(
        f"without the CUDA libraries, i.e. ONNX Runtime's CUDA and TensorRT provider libraries ({cuda:.0f} MB):"
        f" {total - cuda:.0f} MB, target < {SIZE_TARGET_MB:.0f}: {result}"
    )


def _print_startup(smoke: Smoke, runs: int) -> None:
    for package in PACKAGES:  # as an installed copy has it (see bench/startup.py)
        compileall.compile_dir(ROOT / package, quiet=1)
    source = [*smoke.offline, *reelcheck_command(), "--db", str(smoke.case)]
    frozen = [*smoke.offline, str(smoke.program), "--db", str(smoke.case)]
    clip = str(smoke.clip)
    programs = [
        Program("source", source),
        Program("frozen", frozen),
        Program("source open", [*source, "open", clip], smoke.clip),
        Program("frozen open", [*frozen, "open", clip], smoke.clip),
    ]
    env, shown = smoke.startup_env(), smoke.scratch / "shown.png"
    for program in programs:
        run_once(program, env, shown)  # warm-up: the file cache, not the program, is what a cold run measures
    measured: dict[str, list[Run]] = {program.name: [] for program in programs}
    print(f"\nstart-up, wall ms from Popen (first paint / first frame), offscreen, {os.cpu_count()} CPUs:")
    print("  run  " + "".join(f"{program.name:>16}" for program in programs))
    for number in range(1, runs + 1):
        for program in programs:
            measured[program.name].append(run_once(program, env, shown))
        figures = [" / ".join(f"{ms:.0f}" for ms in measured[p.name][-1].wall.values()) for p in programs]
        print(f"  {number:>3}  " + "".join(f"{text:>16}" for text in figures), flush=True)

    def median(name: str, what: str) -> float:
        return statistics.median(run.wall[what] for run in measured[name])

    print(f"\nmedian of {runs} runs (ms), frozen against source:")
    for what, source_name, frozen_name in (
        ("first-paint", "source", "frozen"),
        ("first-paint", "source open", "frozen open"),
        ("first-frame", "source open", "frozen open"),
    ):
        was, now = median(source_name, what), median(frozen_name, what)
        print(f"  {frozen_name:<12} {what:<12} {now:6.0f}  source {was:6.0f}  ratio {now / was:.2f}")


if __name__ == "__main__":
    sys.exit(main())
