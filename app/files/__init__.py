"""Files the app reads and writes: only regular files are read, and every file is written whole or not at all."""
