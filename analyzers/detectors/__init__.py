"""Built-in analyzers written in Python, for cues that are not a fixed graph (they share the Detector interface)."""
