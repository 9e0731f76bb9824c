"""Pure rules of the refugee-status process: no Qt, no SQLAlchemy."""
