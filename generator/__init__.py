"""Sitrep: news articles about the war in Ukraine to a cross-linked, searchable static site."""

__version__ = "0.1.0"
