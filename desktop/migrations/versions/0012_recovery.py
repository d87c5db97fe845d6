"""recovery from HQ and the audit trail's end in bundles

HQ remembers, per branch, the end of the audit trail the last accepted
bundle carried, the branch's staff accounts (names and roles, no passwords)
and the signing keys of computers it revoked when it rebuilt a branch; a
branch remembers the audit trail's end in each bundle it made.

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04 18:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('hq_branch', schema=None) as batch_op:
        batch_op.add_column(sa.Column('audit_seq', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('audit_hash', sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column('staff', sa.Text(), nullable=True))
    with op.batch_alter_table('bundle_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('audit_seq', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('audit_hash', sa.String(length=64), nullable=True))
    op.create_table('hq_revoked_key',
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('branch_code', sa.String(length=16), nullable=False),
    sa.Column('signing_public', sa.String(length=64), nullable=False),
    sa.Column('revoked_at', sa.DateTime(), nullable=False),
    sa.Column('revoked_by', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('fingerprint')
    )
    with op.batch_alter_table('hq_revoked_key', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hq_revoked_key_branch_code'), ['branch_code'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('hq_revoked_key', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hq_revoked_key_branch_code'))
    op.drop_table('hq_revoked_key')
    with op.batch_alter_table('bundle_log', schema=None) as batch_op:
        batch_op.drop_column('audit_hash')
        batch_op.drop_column('audit_seq')
    with op.batch_alter_table('hq_branch', schema=None) as batch_op:
        batch_op.drop_column('staff')
        batch_op.drop_column('audit_hash')
        batch_op.drop_column('audit_seq')
