"""health fields sealed with the branch's health key; HQ keeps each branch's escrow-wrapped health key

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 10:00:00

The schema part only: ``health_flag.flag`` becomes text (a sealed value is
about a hundred characters) and HQ gets ``hq_health_key``. The fields
themselves are sealed at the first log-in after this upgrade
(services/health.py, ``key_at_log_in``): sealing needs the health key, which
a migration does not have, and it happens in the same program run, before any
window opens.
"""
from alembic import op
import sqlalchemy as sa


revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    if sqlite:
        # SQLite copies the table to change a column: the old pages, with the
        # flags in plain text, are zeroed when freed instead of left in free space.
        op.execute("PRAGMA secure_delete = ON")
    with op.batch_alter_table('health_flag', schema=None) as batch_op:
        batch_op.alter_column('flag', existing_type=sa.String(length=24), type_=sa.Text(),
                              existing_nullable=False)
    if sqlite:
        op.execute("PRAGMA secure_delete = OFF")
    op.create_table('hq_health_key',
    sa.Column('branch_code', sa.String(length=16), nullable=False),
    sa.Column('key_id', sa.String(length=16), nullable=False),
    sa.Column('escrow_wrapped', sa.Text(), nullable=False),
    sa.Column('received_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('branch_code', 'key_id', name=op.f('pk_hq_health_key'))
    )


def downgrade() -> None:
    op.drop_table('hq_health_key')
    with op.batch_alter_table('health_flag', schema=None) as batch_op:
        batch_op.alter_column('flag', existing_type=sa.Text(), type_=sa.String(length=24),
                              existing_nullable=False)
