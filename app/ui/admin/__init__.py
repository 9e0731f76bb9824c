"""The administrator's and supervisor's pages, e.g. the users (``users.UsersPage``) and
the audit trail (``audit.AuditPage``). Each is a self-contained widget with ``refresh()``.
"""
