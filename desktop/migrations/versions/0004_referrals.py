"""service directory, referrals, branch keys

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 19:46:37.810868
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('branch_key',
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('secret', sa.LargeBinary(), nullable=False),
    sa.Column('public', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_branch_key'))
    )
    op.create_table('service_provider',
    sa.Column('name_kk', sa.String(length=200), nullable=False),
    sa.Column('name_ru', sa.String(length=200), nullable=False),
    sa.Column('name_en', sa.String(length=200), nullable=False),
    sa.Column('category', sa.String(length=32), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('phone', sa.String(length=60), nullable=False),
    sa.Column('languages', sa.String(length=120), nullable=False),
    sa.Column('cost', sa.String(length=120), nullable=False),
    sa.Column('hours', sa.String(length=200), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=True),
    sa.Column('last_verified', sa.Date(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_service_provider'))
    )
    op.create_table('referral',
    sa.Column('person_id', sa.Uuid(), nullable=False),
    sa.Column('provider_id', sa.Uuid(), nullable=False),
    sa.Column('service', sa.String(length=32), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('priority', sa.String(length=12), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('disclose', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('follow_up_date', sa.Date(), nullable=True),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('created_by', sa.String(length=64), nullable=False),
    sa.Column('letter_number', sa.String(length=32), nullable=True),
    sa.Column('issued_at', sa.DateTime(), nullable=True),
    sa.Column('issued_by', sa.String(length=64), nullable=False),
    sa.Column('letter_content', sa.Text(), nullable=False),
    sa.Column('letter_fingerprint', sa.String(length=64), nullable=False),
    sa.Column('check_code', sa.String(length=32), nullable=False),
    sa.Column('copies_printed', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_referral_person_id_person')),
    sa.ForeignKeyConstraint(['provider_id'], ['service_provider.id'], name=op.f('fk_referral_provider_id_service_provider')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referral')),
    sa.UniqueConstraint('letter_number', name=op.f('uq_referral_letter_number'))
    )
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referral_due_date'), ['due_date'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_provider_id'), ['provider_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_referral_status'), ['status'], unique=False)

    op.create_table('referral_event',
    sa.Column('referral_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['referral_id'], ['referral.id'], name=op.f('fk_referral_event_referral_id_referral')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_referral_event'))
    )
    with op.batch_alter_table('referral_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_referral_event_referral_id'), ['referral_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('referral_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referral_event_referral_id'))

    op.drop_table('referral_event')
    with op.batch_alter_table('referral', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_referral_status'))
        batch_op.drop_index(batch_op.f('ix_referral_provider_id'))
        batch_op.drop_index(batch_op.f('ix_referral_person_id'))
        batch_op.drop_index(batch_op.f('ix_referral_due_date'))

    op.drop_table('referral')
    op.drop_table('service_provider')
    op.drop_table('branch_key')
