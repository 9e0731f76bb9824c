"""Pana — refugee-status case management for regional migration commissions."""

__version__ = "0.1.0"
