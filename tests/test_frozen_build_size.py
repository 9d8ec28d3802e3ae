"""bench/frozen.py's size report: the bundle's size, and its size without the CUDA libraries (ONNX Runtime's GPU
providers), which is the one held against the 500 MB target. Sparse files stand in for the libraries."""

from __future__ import annotations

import os
from pathlib import Path

from bench.frozen import _print_size


def _file(path: Path, megabytes: float) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as file:
        file.truncate(int(megabytes * 1e6))  # sparse: the size is counted, no disk is used


def _bundle(root: Path, core_mb: float) -> Path:
    bundle = root / "reelcheck"
    _file(bundle / "reelcheck", 1)
    _file(bundle / "_internal" / "onnxruntime" / "capi" / "libonnxruntime_providers_cuda.so", 284)
    _file(bundle / "_internal" / "onnxruntime" / "capi" / "libonnxruntime_providers_tensorrt.so", 1)
    _file(bundle / "_internal" / "onnxruntime" / "capi" / "libonnxruntime_providers_shared.so", 1)
    _file(bundle / "_internal" / "cv2" / "cv2.abi3.so", core_mb - 2)
    os.symlink("cv2.abi3.so", bundle / "_internal" / "cv2" / "link.so")  # not counted again
    return bundle


def test_the_target_counts_the_bundle_without_the_gpu_providers(tmp_path, capsys):
    _print_size(_bundle(tmp_path / "small", 499))
    said = capsys.readouterr().out
    assert "bundle size: 784 MB in 5 files" in said
    assert "(285 MB): 499 MB, target < 500: PASS" in said
    assert "    284.0 MB  onnxruntime/capi/libonnxruntime_providers_cuda.so" in said  # the biggest files, by path

    _print_size(_bundle(tmp_path / "big", 502))
    assert "(285 MB): 502 MB, target < 500: MISS" in capsys.readouterr().out
