"""Provenance readers: what a file itself declares about where it came from (Content Credentials, invisible
generator watermarks), read offline. Pure Python, numpy, OpenCV and c2pa: no Qt, nothing of app."""
