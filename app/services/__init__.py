"""Use cases: one function per thing a user does.

Each takes a unit of work and the acting user, checks the role, validates,
writes the audit entry and commits in one transaction, and returns plain values.
"""
