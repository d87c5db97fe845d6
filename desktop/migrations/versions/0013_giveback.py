"""HQ sends a restored branch back what its backup lacked

HQ remembers, per branch, since when its records of the branch are to be
sent back after a restore from a backup, and the return bundle that carried
them, until the branch says it applied it.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-04 18:40:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('hq_branch', schema=None) as batch_op:
        batch_op.add_column(sa.Column('giveback_since', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('giveback_return', sa.Integer(), server_default='0', nullable=False))
    # A restore keeps the backup's time in seconds here: 64 bits, past 2038.
    with op.batch_alter_table('exchange_state', schema=None) as batch_op:
        batch_op.alter_column('value', existing_type=sa.Integer(), type_=sa.BigInteger())


def downgrade() -> None:
    with op.batch_alter_table('exchange_state', schema=None) as batch_op:
        batch_op.alter_column('value', existing_type=sa.BigInteger(), type_=sa.Integer())
    with op.batch_alter_table('hq_branch', schema=None) as batch_op:
        batch_op.drop_column('giveback_return')
        batch_op.drop_column('giveback_since')
