"""Persistence: models, the encrypted engine, the unit of work, queries."""
