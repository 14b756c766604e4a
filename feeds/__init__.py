"""feeds: turn the news list of an academic homepage into feeds and a talk calendar."""

__version__ = "0.1.0"
