"""volunteers, sites, shift templates, shifts, assignments

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 23:22:51.950838
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('site',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_site'))
    )
    op.create_table('shift_template',
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=False),
    sa.Column('start_minute', sa.Integer(), nullable=False),
    sa.Column('end_minute', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('needs', sa.String(length=400), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_shift_template_site_id_site')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shift_template'))
    )
    with op.batch_alter_table('shift_template', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shift_template_site_id'), ['site_id'], unique=False)

    op.create_table('volunteer',
    sa.Column('number', sa.String(length=32), nullable=False),
    sa.Column('person_id', sa.Uuid(), nullable=True),
    sa.Column('family_name', sa.String(length=120), nullable=False),
    sa.Column('given_name', sa.String(length=120), nullable=False),
    sa.Column('latin_name', sa.String(length=240), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('phone', sa.String(length=40), nullable=False),
    sa.Column('emergency_name', sa.String(length=240), nullable=False),
    sa.Column('emergency_phone', sa.String(length=40), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('consent_given', sa.Boolean(), nullable=False),
    sa.Column('consent_date', sa.Date(), nullable=True),
    sa.Column('skills', sa.String(length=400), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['person_id'], ['person.id'], name=op.f('fk_volunteer_person_id_person')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer')),
    sa.UniqueConstraint('number', name=op.f('uq_volunteer_number'))
    )
    with op.batch_alter_table('volunteer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_volunteer_person_id'), ['person_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_volunteer_status'), ['status'], unique=False)

    op.create_table('shift',
    sa.Column('site_id', sa.Uuid(), nullable=False),
    sa.Column('starts_at', sa.DateTime(), nullable=False),
    sa.Column('ends_at', sa.DateTime(), nullable=False),
    sa.Column('title', sa.String(length=200), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('needs', sa.String(length=400), nullable=False),
    sa.Column('headcount', sa.Integer(), nullable=False),
    sa.Column('template_id', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['site_id'], ['site.id'], name=op.f('fk_shift_site_id_site')),
    sa.ForeignKeyConstraint(['template_id'], ['shift_template.id'], name=op.f('fk_shift_template_id_shift_template')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shift'))
    )
    with op.batch_alter_table('shift', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_shift_site_id'), ['site_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_shift_starts_at'), ['starts_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_shift_template_id'), ['template_id'], unique=False)

    op.create_table('volunteer_availability',
    sa.Column('volunteer_id', sa.Uuid(), nullable=False),
    sa.Column('weekday', sa.Integer(), nullable=False),
    sa.Column('from_minute', sa.Integer(), nullable=False),
    sa.Column('to_minute', sa.Integer(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], name=op.f('fk_volunteer_availability_volunteer_id_volunteer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_availability'))
    )
    with op.batch_alter_table('volunteer_availability', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_volunteer_availability_volunteer_id'), ['volunteer_id'], unique=False)

    op.create_table('volunteer_block',
    sa.Column('volunteer_id', sa.Uuid(), nullable=False),
    sa.Column('starts_on', sa.Date(), nullable=False),
    sa.Column('ends_on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], name=op.f('fk_volunteer_block_volunteer_id_volunteer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_block'))
    )
    with op.batch_alter_table('volunteer_block', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_volunteer_block_volunteer_id'), ['volunteer_id'], unique=False)

    op.create_table('volunteer_language',
    sa.Column('volunteer_id', sa.Uuid(), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('proficiency', sa.String(length=16), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], name=op.f('fk_volunteer_language_volunteer_id_volunteer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_language'))
    )
    with op.batch_alter_table('volunteer_language', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_volunteer_language_volunteer_id'), ['volunteer_id'], unique=False)

    op.create_table('volunteer_training',
    sa.Column('volunteer_id', sa.Uuid(), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('expires_on', sa.Date(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], name=op.f('fk_volunteer_training_volunteer_id_volunteer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_volunteer_training'))
    )
    with op.batch_alter_table('volunteer_training', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_volunteer_training_expires_on'), ['expires_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_volunteer_training_volunteer_id'), ['volunteer_id'], unique=False)

    op.create_table('assignment',
    sa.Column('shift_id', sa.Uuid(), nullable=False),
    sa.Column('volunteer_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('assigned_by', sa.String(length=64), nullable=False),
    sa.Column('checked_in_at', sa.DateTime(), nullable=True),
    sa.Column('checked_out_at', sa.DateTime(), nullable=True),
    sa.Column('minutes', sa.Integer(), nullable=False),
    sa.Column('manual_minutes', sa.Integer(), nullable=True),
    sa.Column('hours_note', sa.Text(), nullable=False),
    sa.Column('override_codes', sa.String(length=200), nullable=False),
    sa.Column('override_reason', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['shift_id'], ['shift.id'], name=op.f('fk_assignment_shift_id_shift')),
    sa.ForeignKeyConstraint(['volunteer_id'], ['volunteer.id'], name=op.f('fk_assignment_volunteer_id_volunteer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assignment'))
    )
    with op.batch_alter_table('assignment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assignment_shift_id'), ['shift_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_assignment_volunteer_id'), ['volunteer_id'], unique=False)

    op.create_table('assignment_event',
    sa.Column('assignment_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(length=64), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['assignment_id'], ['assignment.id'], name=op.f('fk_assignment_event_assignment_id_assignment')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_assignment_event'))
    )
    with op.batch_alter_table('assignment_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_assignment_event_assignment_id'), ['assignment_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('assignment_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assignment_event_assignment_id'))

    op.drop_table('assignment_event')
    with op.batch_alter_table('assignment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_assignment_volunteer_id'))
        batch_op.drop_index(batch_op.f('ix_assignment_shift_id'))

    op.drop_table('assignment')
    with op.batch_alter_table('volunteer_training', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_volunteer_training_volunteer_id'))
        batch_op.drop_index(batch_op.f('ix_volunteer_training_expires_on'))

    op.drop_table('volunteer_training')
    with op.batch_alter_table('volunteer_language', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_volunteer_language_volunteer_id'))

    op.drop_table('volunteer_language')
    with op.batch_alter_table('volunteer_block', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_volunteer_block_volunteer_id'))

    op.drop_table('volunteer_block')
    with op.batch_alter_table('volunteer_availability', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_volunteer_availability_volunteer_id'))

    op.drop_table('volunteer_availability')
    with op.batch_alter_table('shift', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_shift_template_id'))
        batch_op.drop_index(batch_op.f('ix_shift_starts_at'))
        batch_op.drop_index(batch_op.f('ix_shift_site_id'))

    op.drop_table('shift')
    with op.batch_alter_table('volunteer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_volunteer_status'))
        batch_op.drop_index(batch_op.f('ix_volunteer_person_id'))

    op.drop_table('volunteer')
    with op.batch_alter_table('shift_template', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_shift_template_site_id'))

    op.drop_table('shift_template')
    op.drop_table('site')
