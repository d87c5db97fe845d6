"""statistics: a volunteer's sex, and indexes for counting by period

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 10:00:00
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('volunteer', schema=None) as batch_op:
        batch_op.add_column(sa.Column('sex', sa.String(length=1), nullable=False, server_default=''))
    # The person's visits in time order replace the index on the person alone:
    # it answers everything that one did, and "came before this period?" too.
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_index('ix_visit_person_id')
        batch_op.create_index('ix_visit_person_time', ['person_id', 'visited_at', 'deleted'], unique=False)
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.create_index('ix_person_statistics', ['id', 'deleted', 'sex', 'birth_date', 'birth_year',
                                                       'citizenship', 'migration_status'], unique=False)
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referral_issued_at'), ['issued_at'], unique=False)
    with op.batch_alter_table('referral_event', schema=None) as batch_op:
        batch_op.create_index('ix_referral_event_status_at', ['status', 'at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('referral_event', schema=None) as batch_op:
        batch_op.drop_index('ix_referral_event_status_at')
    with op.batch_alter_table('person', schema=None) as batch_op:
        batch_op.drop_index('ix_person_statistics')
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referral_issued_at'))
    with op.batch_alter_table('visit', schema=None) as batch_op:
        batch_op.drop_index('ix_visit_person_time')
        batch_op.create_index('ix_visit_person_id', ['person_id'], unique=False)
    with op.batch_alter_table('volunteer', schema=None) as batch_op:
        batch_op.drop_column('sex')
