"""search snapshot: the visitor search index as prepared arrays

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04 14:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('search_snapshot',
    sa.Column('part', sa.String(length=40), nullable=False),
    sa.Column('chunk', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('data', sa.LargeBinary(), nullable=False),
    sa.PrimaryKeyConstraint('part', 'chunk', name=op.f('pk_search_snapshot'))
    )


def downgrade() -> None:
    op.drop_table('search_snapshot')
