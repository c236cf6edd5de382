"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-24
"""
import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('app_setting',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_app_setting'))
    )
    op.create_table('audit_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('operator', sa.String(length=60), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.Integer(), nullable=True),
    sa.Column('detail', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_entry'))
    )
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_entry_at'), ['at'], unique=False)

    op.create_table('customer',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('short_name', sa.String(length=60), nullable=False),
    sa.Column('address', sa.String(length=300), nullable=False),
    sa.Column('salesperson', sa.String(length=60), nullable=False),
    sa.Column('phone', sa.String(length=60), nullable=False),
    sa.Column('purchasing_contact', sa.String(length=60), nullable=False),
    sa.Column('purchasing_phone', sa.String(length=60), nullable=False),
    sa.Column('finance_contact', sa.String(length=60), nullable=False),
    sa.Column('finance_phone', sa.String(length=60), nullable=False),
    sa.Column('cashier_contact', sa.String(length=60), nullable=False),
    sa.Column('cashier_phone', sa.String(length=60), nullable=False),
    sa.Column('credit_rating', sa.String(length=1), nullable=False),
    sa.Column('credit_limit', sa.BigInteger(), nullable=False),
    sa.Column('payment_term_days', sa.Integer(), nullable=False),
    sa.Column('application_received', sa.Boolean(), nullable=False),
    sa.Column('application_approved_by', sa.String(length=60), nullable=False),
    sa.Column('application_approved_on', sa.Date(), nullable=True),
    sa.Column('payment_approver', sa.String(length=60), nullable=False),
    sa.Column('usual_payment_day', sa.Integer(), nullable=True),
    sa.Column('invoice_requirement', sa.String(length=10), nullable=False),
    sa.Column('delivery_proof_required', sa.Boolean(), nullable=False),
    sa.Column('cash_accepted', sa.Boolean(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('status_reason', sa.String(length=300), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customer')),
    sa.UniqueConstraint('code', name=op.f('uq_customer_code'))
    )
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customer_name'), ['name'], unique=False)
        batch_op.create_index(batch_op.f('ix_customer_salesperson'), ['salesperson'], unique=False)

    op.create_table('number_sequence',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('branch', sa.String(length=10), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'branch', 'year', name=op.f('pk_number_sequence'))
    )
    op.create_table('collection_target',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('target', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_collection_target_customer_id_customer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_collection_target')),
    sa.UniqueConstraint('customer_id', 'month', name=op.f('uq_collection_target_customer_id'))
    )
    with op.batch_alter_table('collection_target', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_collection_target_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_collection_target_month'), ['month'], unique=False)

    op.create_table('contract',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('salesperson', sa.String(length=60), nullable=False),
    sa.Column('signed_on', sa.Date(), nullable=False),
    sa.Column('delivery_on', sa.Date(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('total', sa.BigInteger(), nullable=False),
    sa.Column('price_confirmation_signed_on', sa.Date(), nullable=True),
    sa.Column('iou_signed_on', sa.Date(), nullable=True),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_contract_customer_id_customer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contract')),
    sa.UniqueConstraint('number', name=op.f('uq_contract_number'))
    )
    with op.batch_alter_table('contract', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contract_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_contract_signed_on'), ['signed_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_contract_status'), ['status'], unique=False)

    op.create_table('contract_line',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contract_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('product', sa.String(length=200), nullable=False),
    sa.Column('spec', sa.String(length=120), nullable=False),
    sa.Column('unit', sa.String(length=20), nullable=False),
    sa.Column('quantity', sa.BigInteger(), nullable=False),
    sa.Column('unit_price', sa.BigInteger(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['contract_id'], ['contract.id'], name=op.f('fk_contract_line_contract_id_contract'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_contract_line'))
    )
    with op.batch_alter_table('contract_line', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contract_line_contract_id'), ['contract_id'], unique=False)

    op.create_table('installment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contract_id', sa.Integer(), nullable=False),
    sa.Column('due_date', sa.Date(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['contract_id'], ['contract.id'], name=op.f('fk_installment_contract_id_contract'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_installment'))
    )
    with op.batch_alter_table('installment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_installment_contract_id'), ['contract_id'], unique=False)
        batch_op.create_index('ix_installment_due_date', ['due_date'], unique=False)

    op.create_table('payment',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('contract_id', sa.Integer(), nullable=True),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('reference', sa.String(length=80), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=False),
    sa.Column('reversed_on', sa.Date(), nullable=True),
    sa.Column('reversal_reason', sa.String(length=300), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['contract_id'], ['contract.id'], name=op.f('fk_payment_contract_id_contract')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_payment_customer_id_customer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payment'))
    )
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payment_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_payment_received_on'), ['received_on'], unique=False)

    op.create_table('allocation',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('payment_id', sa.Integer(), nullable=False),
    sa.Column('installment_id', sa.Integer(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['installment_id'], ['installment.id'], name=op.f('fk_allocation_installment_id_installment'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['payment_id'], ['payment.id'], name=op.f('fk_allocation_payment_id_payment'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_allocation'))
    )
    with op.batch_alter_table('allocation', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_allocation_installment_id'), ['installment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_allocation_payment_id'), ['payment_id'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('allocation', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_allocation_payment_id'))
        batch_op.drop_index(batch_op.f('ix_allocation_installment_id'))

    op.drop_table('allocation')
    with op.batch_alter_table('payment', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payment_received_on'))
        batch_op.drop_index(batch_op.f('ix_payment_customer_id'))

    op.drop_table('payment')
    with op.batch_alter_table('installment', schema=None) as batch_op:
        batch_op.drop_index('ix_installment_due_date')
        batch_op.drop_index(batch_op.f('ix_installment_contract_id'))

    op.drop_table('installment')
    with op.batch_alter_table('contract_line', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contract_line_contract_id'))

    op.drop_table('contract_line')
    with op.batch_alter_table('contract', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contract_status'))
        batch_op.drop_index(batch_op.f('ix_contract_signed_on'))
        batch_op.drop_index(batch_op.f('ix_contract_customer_id'))

    op.drop_table('contract')
    with op.batch_alter_table('collection_target', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_collection_target_month'))
        batch_op.drop_index(batch_op.f('ix_collection_target_customer_id'))

    op.drop_table('collection_target')
    op.drop_table('number_sequence')
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_customer_salesperson'))
        batch_op.drop_index(batch_op.f('ix_customer_name'))

    op.drop_table('customer')
    with op.batch_alter_table('audit_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_entry_at'))

    op.drop_table('audit_entry')
    op.drop_table('app_setting')

