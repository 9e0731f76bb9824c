"""The search index in registration order: a search stops after one page.

Each case's index row gets a rowid made of its registration day and its place in
that day, and ``case_search_rowids`` maps the case to that rowid. ``ORDER BY
rowid DESC`` over a MATCH then gives the newest cases first without reading every
match, and a case's row is replaced by rowid instead of a scan of the index.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 02:00:00
"""
from collections.abc import Sequence
from datetime import date

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Frozen copy of app.db.search's layout at this revision.
DAY_SHIFT = 24


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    op.execute("CREATE TABLE case_search_rowids ("
               "case_id VARCHAR(32) NOT NULL PRIMARY KEY, "
               "fts_rowid INTEGER NOT NULL UNIQUE) WITHOUT ROWID")
    rows = bind.execute(sa.text(
        "SELECT s.case_id, s.keys, c.registered_on FROM case_search s "
        "JOIN cases c ON c.id = s.case_id ORDER BY c.registered_on, c.number")).all()
    bind.execute(sa.text("DELETE FROM case_search"))
    used: dict[str, int] = {}
    fts, mapping = [], []
    for case_id, keys, registered in rows:
        day = str(registered)[:10]
        if day in used:
            rowid = used[day] + 1
        else:
            rowid = date.fromisoformat(day).toordinal() << DAY_SHIFT
        used[day] = rowid
        fts.append({"r": rowid, "id": case_id, "keys": keys})
        mapping.append({"r": rowid, "id": case_id})
    if fts:
        bind.execute(sa.text("INSERT INTO case_search (rowid, case_id, keys) "
                             "VALUES (:r, :id, :keys)"), fts)
        bind.execute(sa.text("INSERT INTO case_search_rowids (case_id, fts_rowid) "
                             "VALUES (:id, :r)"), mapping)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS case_search_rowids")
