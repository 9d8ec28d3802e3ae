"""Frame-exact media access on PyAV: demux index, exact seek, frame cache, media facts, hashing. No Qt.

The package itself imports nothing heavy, so that the GUI can paint before PyAV and OpenCV load.
"""
