"""Benchmarks of the media engine and the start-up path; run them as modules (python -m bench.seek)."""
