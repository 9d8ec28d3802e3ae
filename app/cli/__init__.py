"""The command line: the parser shared with the GUI commands, and one module per group of headless commands.

Nothing here imports Qt: these commands run on machines without a display. Media modules are imported inside the
commands so that `reelcheck` (the GUI) can paint its window before the heavy libraries load.
"""
