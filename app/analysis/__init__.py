"""Whole-clip analysis: the frames a run reads, its results kept on disk, and where its score tracks peak."""
