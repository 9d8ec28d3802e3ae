"""Frame-exact media access on PyAV: demux index, exact seek, frame cache, media facts, hashing. No Qt."""

from app.media.clip import Clip, Frame, open_clip
from app.media.errors import FrameUnavailable, MediaError

__all__ = ["Clip", "Frame", "FrameUnavailable", "MediaError", "open_clip"]
