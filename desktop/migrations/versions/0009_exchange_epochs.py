"""exchange epochs: HQ remembers the epoch each branch's bundles are in

A branch restored from a backup starts a new exchange epoch (its bundles say
so in their manifest); HQ accepts the first bundle of a new epoch that follows
the one it knows and refuses bundles of an older epoch.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04 12:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('hq_branch', schema=None) as batch_op:
        batch_op.add_column(sa.Column('epoch', sa.Integer(), nullable=False, server_default='0'))


def downgrade() -> None:
    with op.batch_alter_table('hq_branch', schema=None) as batch_op:
        batch_op.drop_column('epoch')
