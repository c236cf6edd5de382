"""deposits, application dates, credit notes, buyer particulars, payment terms

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-30

- installment.is_deposit: a deposit is owed once the contract is confirmed; the rest of a
  confirmed contract only once it is delivered.
- allocation.applied_on / undone_on / undo_reason: an allocation (核销) counts from its own day
  (existing ones from their payment's day) until it is undone.
- credit_note, credit_note_line, payment.credit_note_id: returns and allowances.
- customer.credit_code, bank_name, bank_account (printed for the buyer), payment_terms (the
  name of a terms template; existing customers get "N 天账期" from their payment_term_days).
"""
import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('credit_note',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('contract_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('reason', sa.String(length=300), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['contract_id'], ['contract.id'], name=op.f('fk_credit_note_contract_id_contract')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_credit_note_customer_id_customer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_credit_note')),
    sa.UniqueConstraint('number', name=op.f('uq_credit_note_number'))
    )
    with op.batch_alter_table('credit_note', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_credit_note_contract_id'), ['contract_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_credit_note_customer_id'), ['customer_id'], unique=False)

    op.create_table('credit_note_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('credit_note_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('contract_line_id', sa.Integer(), nullable=True),
    sa.Column('product', sa.String(length=200), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('quantity', sa.BigInteger(), nullable=False),
    sa.Column('unit_price', sa.BigInteger(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['contract_line_id'], ['contract_line.id'], name=op.f('fk_credit_note_line_contract_line_id_contract_line')),
    sa.ForeignKeyConstraint(['credit_note_id'], ['credit_note.id'], name=op.f('fk_credit_note_line_credit_note_id_credit_note'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_credit_note_line'))
    )
    with op.batch_alter_table('credit_note_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_credit_note_line_credit_note_id'), ['credit_note_id'], unique=False)

    with op.batch_alter_table('installment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('is_deposit', sa.Boolean(), server_default=sa.false(), nullable=False))
    # The covering index of open installments also carries is_deposit: what is owed needs it.
    with op.batch_alter_table('installment', schema=None) as batch_op:
        batch_op.drop_index('ix_installment_open', sqlite_where=sa.text('paid < amount'),
                            postgresql_where=sa.text('paid < amount'))
        batch_op.create_index('ix_installment_open',
                              ['due_date', 'contract_id', 'amount', 'paid', 'is_deposit', 'id'],
                              unique=False, sqlite_where=sa.text('paid < amount'),
                              postgresql_where=sa.text('paid < amount'))

    with op.batch_alter_table('allocation', schema=None) as batch_op:
        batch_op.add_column(sa.Column('applied_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('undone_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('undo_reason', sa.String(length=300), server_default='', nullable=False))
    op.execute("UPDATE allocation SET applied_on = (SELECT payment.received_on FROM payment"
               " WHERE payment.id = allocation.payment_id)")
    with op.batch_alter_table('allocation', schema=None) as batch_op:
        batch_op.alter_column('applied_on', existing_type=sa.Date(), nullable=False)

    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.add_column(sa.Column('credit_note_id', sa.Integer(), nullable=True))
        batch_op.create_index(batch_op.f('ix_payment_credit_note_id'), ['credit_note_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_payment_credit_note_id_credit_note'), 'credit_note', ['credit_note_id'], ['id'])

    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.add_column(sa.Column('credit_code', sa.String(length=18), server_default='', nullable=False))
        batch_op.add_column(sa.Column('bank_name', sa.String(length=120), server_default='', nullable=False))
        batch_op.add_column(sa.Column('bank_account', sa.String(length=60), server_default='', nullable=False))
        batch_op.add_column(sa.Column('payment_terms', sa.String(length=60), server_default='', nullable=False))
    op.execute("UPDATE customer SET payment_terms = CAST(payment_term_days AS VARCHAR(10)) || ' 天账期'")


def downgrade() -> None:
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.drop_column('payment_terms')
        batch_op.drop_column('bank_account')
        batch_op.drop_column('bank_name')
        batch_op.drop_column('credit_code')

    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_payment_credit_note_id_credit_note'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_payment_credit_note_id'))
        batch_op.drop_column('credit_note_id')

    with op.batch_alter_table('allocation', schema=None) as batch_op:
        batch_op.drop_column('undo_reason')
        batch_op.drop_column('undone_on')
        batch_op.drop_column('applied_on')

    with op.batch_alter_table('installment', schema=None) as batch_op:
        batch_op.drop_index('ix_installment_open', sqlite_where=sa.text('paid < amount'),
                            postgresql_where=sa.text('paid < amount'))
        batch_op.create_index('ix_installment_open',
                              ['due_date', 'contract_id', 'amount', 'paid', 'id'],
                              unique=False, sqlite_where=sa.text('paid < amount'),
                              postgresql_where=sa.text('paid < amount'))
        batch_op.drop_column('is_deposit')

    with op.batch_alter_table('credit_note_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_credit_note_line_credit_note_id'))
    op.drop_table('credit_note_line')
    with op.batch_alter_table('credit_note', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_credit_note_customer_id'))
        batch_op.drop_index(batch_op.f('ix_credit_note_contract_id'))
    op.drop_table('credit_note')
