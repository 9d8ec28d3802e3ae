"""The sound controls: mute and volume, remembered in the settings, and a line in the status bar that says what the
reviewer hears (the volume, muted, or why there is no sound: none in the clip, no device, another speed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QSlider

from app.i18n import translate
from app.text.shown import one_line

if TYPE_CHECKING:
    from app.ui.player import PlayerController
    from app.ui.shell import Shell

VOLUME_KEY = "sound/volume"
MUTED_KEY = "sound/muted"
VOLUME_STEP = 0.1


class SoundView:
    def __init__(self, shell: Shell, player: PlayerController) -> None:
        self._settings = shell.settings
        self._player = player
        self._mute_action = shell.actions_by_key["mute"]
        self._note = ""
        self.label = QLabel()
        shell.status_bar.addPermanentWidget(self.label)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 100)
        self.slider.setFixedWidth(90)
        self.slider.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay the player's
        self.slider.setToolTip(translate("Sound", "Volume (Ctrl+Up, Ctrl+Down; Shift+M mutes)"))
        self.slider.setAccessibleName(translate("Sound", "Volume"))
        self.slider.valueChanged.connect(lambda value: self.set_volume(value / 100))
        shell.status_bar.addPermanentWidget(self.slider)
        player.set_volume(_remembered_volume(self._settings.value(VOLUME_KEY, 1.0)))
        muted = self._settings.value(MUTED_KEY, False, type=bool)
        player.set_muted(muted)
        self._mute_action.setChecked(muted)
        player.sound_changed.connect(self._show_note)
        self._show()

    def set_muted(self, muted: bool) -> None:
        self._player.set_muted(muted)
        self._mute_action.setChecked(muted)
        self._settings.setValue(MUTED_KEY, muted)
        self._show()

    def change_volume(self, steps: int) -> None:
        """Louder (steps > 0) or quieter by tenths of the range."""
        self.set_volume(self._player.sound.volume + steps * VOLUME_STEP)

    def set_volume(self, volume: float) -> None:
        """The volume, 0 to 1, remembered; a change of volume unmutes, as in most players."""
        volume = round(min(1.0, max(0.0, volume)), 2)
        if volume == self._player.sound.volume and not self._player.sound.muted:
            return
        self._player.set_volume(volume)
        self._settings.setValue(VOLUME_KEY, volume)
        if self._player.sound.muted:
            self.set_muted(False)
        self._show()

    def _show_note(self, note: str) -> None:
        self._note = one_line(note)  # a decoder's reason may quote the file: no escape codes or line breaks
        self._show()

    def _show(self) -> None:
        sound = self._player.sound
        if sound.muted:
            loudness = translate("Sound", "Muted")
        else:
            loudness = translate("Sound", "Volume {percent}%").format(percent=f"{sound.volume * 100:.0f}")
        if self._note:
            self.label.setText(translate("Sound", "{note}  ({volume})").format(note=self._note, volume=loudness))
        else:
            self.label.setText(loudness)
        self.slider.blockSignals(True)  # showing the volume is not setting it
        self.slider.setValue(round(sound.volume * 100))
        self.slider.blockSignals(False)


def _remembered_volume(value: object) -> float:
    """The stored volume, 0 to 1; a value edited by hand into nonsense means full volume."""
    try:
        volume = float(value)
    except (TypeError, ValueError):
        return 1.0
    return min(1.0, max(0.0, volume)) if volume == volume else 1.0  # NaN is not a volume
