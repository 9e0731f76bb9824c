"""The commission server and its laptops.

- ``server_keys``: a server's key slots (an embedded store keeps them in pana.keys).
- ``checkouts``: cases and quotas of new petitions taken to laptops; at most one
  ``out`` row per case (a partial unique index).
- ``case_versions``: both sides' version of a case kept at each check-in.
- On PostgreSQL, the name search: ``case_search`` as a plain table with a pg_trgm
  GIN index over the same folded keys FTS5 indexes on SQLite, and
  ``case_search_rowids`` as on SQLite (migrations 0001 and 0005 make both there).

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27 10:30:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        'server_keys',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('data', sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_server_keys')))
    op.create_table(
        'checkouts',
        sa.Column('case_id', sa.Uuid(), nullable=True),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('device_id', sa.String(length=64), nullable=False),
        sa.Column('device_name', sa.String(length=100), nullable=False),
        sa.Column('device_key', sa.String(length=200), nullable=False),
        sa.Column('user_id', sa.Uuid(), nullable=False),
        sa.Column('out_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('due_on', sa.Date(), nullable=False),
        sa.Column('state', sa.String(length=16), nullable=False),
        sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('closed_by_id', sa.Uuid(), nullable=True),
        sa.Column('base_digest', sa.String(length=64), nullable=False),
        sa.Column('base_document', sa.Text(), nullable=False),
        sa.Column('quota', sa.Integer(), nullable=False),
        sa.Column('quota_used', sa.Integer(), nullable=False),
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.Column('version', sa.Integer(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'],
                                name=op.f('fk_checkouts_case_id_cases')),
        sa.ForeignKeyConstraint(['closed_by_id'], ['users.id'],
                                name=op.f('fk_checkouts_closed_by_id_users')),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'],
                                name=op.f('fk_checkouts_user_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_checkouts')))
    with op.batch_alter_table('checkouts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checkouts_case_id'), ['case_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_checkouts_device_id'), ['device_id'],
                              unique=False)
        batch_op.create_index('uq_checkouts_case_out', ['case_id'], unique=True,
                              sqlite_where=sa.text("state = 'out'"),
                              postgresql_where=sa.text("state = 'out'"))
    op.create_table(
        'case_versions',
        sa.Column('case_id', sa.Uuid(), nullable=False),
        sa.Column('checkout_id', sa.Uuid(), nullable=True),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('user_id', sa.Uuid(), nullable=True),
        sa.Column('digest', sa.String(length=64), nullable=False),
        sa.Column('document', sa.Text(), nullable=False),
        sa.Column('id', sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(['case_id'], ['cases.id'],
                                name=op.f('fk_case_versions_case_id_cases')),
        sa.ForeignKeyConstraint(['checkout_id'], ['checkouts.id'],
                                name=op.f('fk_case_versions_checkout_id_checkouts')),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'],
                                name=op.f('fk_case_versions_user_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_case_versions')))
    with op.batch_alter_table('case_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_case_versions_case_id'), ['case_id'],
                              unique=False)
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.execute("CREATE TABLE case_search (rowid BIGINT PRIMARY KEY, "
                   "case_id UUID NOT NULL, keys TEXT NOT NULL)")
        op.execute("CREATE INDEX ix_case_search_keys ON case_search "
                   "USING gin (keys gin_trgm_ops)")
        op.execute("CREATE TABLE case_search_rowids (case_id UUID PRIMARY KEY, "
                   "fts_rowid BIGINT NOT NULL UNIQUE)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TABLE IF EXISTS case_search_rowids")
        op.execute("DROP TABLE IF EXISTS case_search")
    with op.batch_alter_table('case_versions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_case_versions_case_id'))
    op.drop_table('case_versions')
    with op.batch_alter_table('checkouts', schema=None) as batch_op:
        batch_op.drop_index('uq_checkouts_case_out')
        batch_op.drop_index(batch_op.f('ix_checkouts_device_id'))
        batch_op.drop_index(batch_op.f('ix_checkouts_case_id'))
    op.drop_table('checkouts')
    op.drop_table('server_keys')
