"""Copro Desktop: the facilitator's app for co-production workshops."""

__version__ = "0.1.0"
APP_NAME = "Copro Desktop"
