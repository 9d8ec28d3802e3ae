"""The queue model's own data roles, which the table reads besides Qt's."""

from __future__ import annotations

from PySide6.QtCore import Qt

CLIP_ROLE = Qt.ItemDataRole.UserRole + 1  # the clip id of a row
BADGE_ROLE = Qt.ItemDataRole.UserRole + 2  # (background, text) colours of the provenance badge, or None
