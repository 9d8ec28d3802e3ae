"""The built-in detectors' ONNX graphs, one module each, sharing the frame preparation in `common`."""
