"""The register of issued documents: what, for which record, hand-over and voiding.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 23:00:25.003352
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Nothing wrote this table before 0003; a store with rows gets the issue date from
    # the issue time and an empty "what".
    with op.batch_alter_table('issued_documents', schema=None) as batch_op:
        batch_op.add_column(sa.Column('what', sa.String(length=32), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('interview_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('status_end_id', sa.Uuid(), nullable=True))
        batch_op.add_column(sa.Column('issued_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('handed_over_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('voided_at', sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column('voided_by_id', sa.Uuid(), nullable=True))
        batch_op.create_index(batch_op.f('ix_issued_documents_certificate_id'), ['certificate_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_issued_documents_decision_id'), ['decision_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_issued_documents_status_end_id_status_ends'), 'status_ends', ['status_end_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_issued_documents_interview_id_interviews'), 'interviews', ['interview_id'], ['id'])
        batch_op.create_foreign_key(batch_op.f('fk_issued_documents_voided_by_id_users'), 'users', ['voided_by_id'], ['id'])
    op.execute("UPDATE issued_documents SET issued_on = date(issued_at)")
    with op.batch_alter_table('issued_documents', schema=None) as batch_op:
        batch_op.alter_column('issued_on', existing_type=sa.Date(), nullable=False)
        batch_op.alter_column('what', existing_type=sa.String(length=32), server_default=None)
        batch_op.create_check_constraint(
            batch_op.f('ck_issued_documents_doc_type'),
            "doc_type IN ('receipt','interview','letter','certificate')")
        batch_op.create_check_constraint(
            batch_op.f('ck_issued_documents_language'), "language IN ('kk','ru','en','kk+ru')")


def downgrade() -> None:
    with op.batch_alter_table('issued_documents', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('ck_issued_documents_language'), type_='check')
        batch_op.drop_constraint(batch_op.f('ck_issued_documents_doc_type'), type_='check')
        batch_op.drop_constraint(batch_op.f('fk_issued_documents_voided_by_id_users'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_issued_documents_interview_id_interviews'), type_='foreignkey')
        batch_op.drop_constraint(batch_op.f('fk_issued_documents_status_end_id_status_ends'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_issued_documents_decision_id'))
        batch_op.drop_index(batch_op.f('ix_issued_documents_certificate_id'))
        batch_op.drop_column('voided_by_id')
        batch_op.drop_column('voided_at')
        batch_op.drop_column('handed_over_on')
        batch_op.drop_column('issued_on')
        batch_op.drop_column('status_end_id')
        batch_op.drop_column('interview_id')
        batch_op.drop_column('what')
