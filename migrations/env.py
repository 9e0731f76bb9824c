"""Alembic environment: always run from code with a connection handed in.

The app upgrades the schema itself at start-up (``app.db.migrate``); the
connection comes in ``config.attributes["connection"]`` because the database
is encrypted and only the running app holds its key.
"""

from alembic import context

from app.db.migrate import include_object
from app.db.models import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError(
        "Pana's migrations run from the app (pana db upgrade), which opens the encrypted "
        "database with its key; plain `alembic upgrade` cannot.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    include_object=include_object,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
