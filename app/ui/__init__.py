"""The Qt shell: main window, player controller, and the bridge that runs long work off the GUI thread."""
