"""conflictlens: news reports about armed conflict in, ACLED-compatible events out."""

__version__ = "0.1.0"
