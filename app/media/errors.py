"""Why a clip, or one frame of it, cannot be read: one line, in the reviewer's words."""


class MediaError(Exception):
    """A clip cannot be opened or read. `str(error)` is a one-line reason fit to show a reviewer."""


class FrameUnavailable(MediaError):
    """One frame of an otherwise readable clip cannot be decoded (a damaged part of the file)."""


class Cancelled(Exception):
    """The reviewer (or a newer job) cancelled the work."""
