"""promises follow-ups credit override paid cache

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""
import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('follow_up',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('contacted_on', sa.Date(), nullable=False),
    sa.Column('channel', sa.String(length=10), nullable=False),
    sa.Column('contact_person', sa.String(length=60), nullable=False),
    sa.Column('said', sa.Text(), nullable=False),
    sa.Column('result', sa.String(length=300), nullable=False),
    sa.Column('next_action', sa.String(length=300), nullable=False),
    sa.Column('next_action_on', sa.Date(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_follow_up_customer_id_customer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_up'))
    )
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_contacted_on'), ['contacted_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_customer_id'), ['customer_id'], unique=False)

    op.create_table('promise',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('made_on', sa.Date(), nullable=False),
    sa.Column('promised_on', sa.Date(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('made_by', sa.String(length=60), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=False),
    sa.Column('replaces_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_promise_customer_id_customer')),
    sa.ForeignKeyConstraint(['replaces_id'], ['promise.id'], name=op.f('fk_promise_replaces_id_promise')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_promise'))
    )
    with op.batch_alter_table('promise', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_promise_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_promise_promised_on'), ['promised_on'], unique=False)

    with op.batch_alter_table('contract', schema=None) as batch_op:
        batch_op.add_column(sa.Column('credit_override_reason', sa.String(length=300), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('credit_override_by', sa.String(length=60), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('credit_override_at', sa.DateTime(), nullable=True))

    with op.batch_alter_table('installment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('paid', sa.BigInteger(), server_default='0', nullable=False))
    # Fill the cache from the allocations of payments that were not reversed.
    op.execute(
        "UPDATE installment SET paid = COALESCE((SELECT SUM(allocation.amount) FROM allocation"
        " JOIN payment ON payment.id = allocation.payment_id"
        " WHERE allocation.installment_id = installment.id AND payment.reversed_on IS NULL), 0)")
    with op.batch_alter_table('installment', schema=None) as batch_op:
        batch_op.create_index('ix_installment_open',
                              ['due_date', 'contract_id', 'amount', 'paid', 'id'], unique=False, sqlite_where=sa.text('paid < amount'), postgresql_where=sa.text('paid < amount'))




def downgrade() -> None:

    with op.batch_alter_table('installment', schema=None) as batch_op:
        batch_op.drop_index('ix_installment_open', sqlite_where=sa.text('paid < amount'), postgresql_where=sa.text('paid < amount'))
        batch_op.drop_column('paid')

    with op.batch_alter_table('contract', schema=None) as batch_op:
        batch_op.drop_column('credit_override_at')
        batch_op.drop_column('credit_override_by')
        batch_op.drop_column('credit_override_reason')

    with op.batch_alter_table('promise', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_promise_promised_on'))
        batch_op.drop_index(batch_op.f('ix_promise_customer_id'))

    op.drop_table('promise')
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_up_customer_id'))
        batch_op.drop_index(batch_op.f('ix_follow_up_contacted_on'))

    op.drop_table('follow_up')

