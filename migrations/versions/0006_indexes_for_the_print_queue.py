"""Indexes the print queue's "is there a paper yet" questions need.

Without them each NOT EXISTS scanned every certificate or register row per
candidate: at 100,000 cases the queue of certificates still to print took 360 s.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27 03:15:00
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0006'
down_revision: str | None = '0005'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = (("certificates", "decision_id"), ("issued_documents", "interview_id"),
           ("issued_documents", "status_end_id"))


def upgrade() -> None:
    for table, column in INDEXES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(batch_op.f(f"ix_{table}_{column}"), [column], unique=False)


def downgrade() -> None:
    for table, column in reversed(INDEXES):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_index(batch_op.f(f"ix_{table}_{column}"))
