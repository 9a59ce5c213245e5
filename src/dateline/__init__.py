"""Dateline: a workbench for the history of terrorism and political violence."""

__version__ = "0.1.0"
