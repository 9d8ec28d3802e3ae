"""The installed Qt binding survives the signal traffic of playback (PySide6 6.12.0 on Python 3.11 did not)."""

from __future__ import annotations

import subprocess
import sys

# Run apart: a binding with the fault aborts the interpreter, which must fail this test, not end the suite.
_EMITS = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
class Source(QObject):
    changed = Signal(object)
source = Source()
source.changed.connect(lambda value: None)
before = sys.getrefcount(True)
for _ in range(20000):
    source.changed.emit(1)
print(sys.getrefcount(True) - before)
"""


def test_twenty_thousand_emits_leave_true_alone():
    result = subprocess.run([sys.executable, "-c", _EMITS], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert abs(int(result.stdout)) < 50
