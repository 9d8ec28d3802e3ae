"""Detectors, forensic filters and provenance readers. Pure Python, numpy, onnxruntime and OpenCV: no Qt."""
