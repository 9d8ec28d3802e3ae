"""Clip-level evidence arithmetic shared by the benchmark and the app: rank metrics with their uncertainty, grouped
folds, and a small logistic model that a newsroom can refit on its own decided clips (numpy only)."""
