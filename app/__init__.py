"""ReelCheck: a desktop review workstation for suspected AI-generated video clips."""

__version__ = "0.1.0"
