"""The papers that get money back (issue 13): statement, dunning_letter (+ items, sendings),
invoice, legal_action; document.pay_by (an IOU's agreed repayment date)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01

New tables only and one nullable column: nothing existing is rewritten. Money is integer fen
(BigInteger), as everywhere. Downgrading drops them.
"""
import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('invoice',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('contract_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=40), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('sent_method', sa.String(length=12), nullable=False),
    sa.Column('tracking_number', sa.String(length=60), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=True),
    sa.Column('note', sa.String(length=300), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['contract_id'], ['contract.id'], name=op.f('fk_invoice_contract_id_contract')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_invoice'))
    )
    with op.batch_alter_table('invoice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_invoice_contract_id'), ['contract_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_invoice_number'), ['number'], unique=False)

    op.create_table('legal_action',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('contract_id', sa.Integer(), nullable=True),
    sa.Column('taken_on', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(length=15), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['contract_id'], ['contract.id'], name=op.f('fk_legal_action_contract_id_contract')),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_legal_action_customer_id_customer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_legal_action'))
    )
    with op.batch_alter_table('legal_action', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_legal_action_contract_id'), ['contract_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_legal_action_customer_id'), ['customer_id'], unique=False)

    op.create_table('dunning_letter',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('level', sa.Integer(), nullable=False),
    sa.Column('letter_date', sa.Date(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=True),
    sa.Column('overdue', sa.BigInteger(), nullable=False),
    sa.Column('late_fee', sa.BigInteger(), nullable=False),
    sa.Column('pay_by', sa.Date(), nullable=False),
    sa.Column('skipped_reason', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_dunning_letter_customer_id_customer')),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_dunning_letter_document_id_document')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dunning_letter')),
    sa.UniqueConstraint('customer_id', 'level', 'letter_date', name='uq_dunning_letter_per_day'),
    sa.UniqueConstraint('document_id', name=op.f('uq_dunning_letter_document_id'))
    )
    with op.batch_alter_table('dunning_letter', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dunning_letter_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dunning_letter_letter_date'), ['letter_date'], unique=False)

    op.create_table('statement',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('document_id', sa.Integer(), nullable=False),
    sa.Column('customer_id', sa.Integer(), nullable=False),
    sa.Column('period_from', sa.Date(), nullable=False),
    sa.Column('period_to', sa.Date(), nullable=False),
    sa.Column('opening', sa.BigInteger(), nullable=False),
    sa.Column('closing', sa.BigInteger(), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('replied_on', sa.Date(), nullable=True),
    sa.Column('customer_balance', sa.BigInteger(), nullable=True),
    sa.Column('reply_note', sa.Text(), nullable=False),
    sa.Column('replied_recorded_by', sa.String(length=60), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customer.id'], name=op.f('fk_statement_customer_id_customer')),
    sa.ForeignKeyConstraint(['document_id'], ['document.id'], name=op.f('fk_statement_document_id_document')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_statement')),
    sa.UniqueConstraint('document_id', name=op.f('uq_statement_document_id'))
    )
    with op.batch_alter_table('statement', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_statement_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_statement_period_to'), ['period_to'], unique=False)

    op.create_table('dunning_letter_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('letter_id', sa.Integer(), nullable=False),
    sa.Column('installment_id', sa.Integer(), nullable=False),
    sa.Column('remaining', sa.BigInteger(), nullable=False),
    sa.Column('days_overdue', sa.Integer(), nullable=False),
    sa.Column('late_fee', sa.BigInteger(), nullable=False),
    sa.ForeignKeyConstraint(['installment_id'], ['installment.id'], name=op.f('fk_dunning_letter_item_installment_id_installment')),
    sa.ForeignKeyConstraint(['letter_id'], ['dunning_letter.id'], name=op.f('fk_dunning_letter_item_letter_id_dunning_letter')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dunning_letter_item'))
    )
    with op.batch_alter_table('dunning_letter_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dunning_letter_item_installment_id'), ['installment_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dunning_letter_item_letter_id'), ['letter_id'], unique=False)

    op.create_table('letter_sending',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('letter_id', sa.Integer(), nullable=False),
    sa.Column('sent_on', sa.Date(), nullable=False),
    sa.Column('method', sa.String(length=12), nullable=False),
    sa.Column('tracking_number', sa.String(length=60), nullable=False),
    sa.Column('sent_by', sa.String(length=60), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['letter_id'], ['dunning_letter.id'], name=op.f('fk_letter_sending_letter_id_dunning_letter')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_letter_sending'))
    )
    with op.batch_alter_table('letter_sending', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_letter_sending_letter_id'), ['letter_id'], unique=False)

    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.add_column(sa.Column('pay_by', sa.Date(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('document', schema=None) as batch_op:
        batch_op.drop_column('pay_by')

    with op.batch_alter_table('letter_sending', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_letter_sending_letter_id'))

    op.drop_table('letter_sending')
    with op.batch_alter_table('dunning_letter_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dunning_letter_item_letter_id'))
        batch_op.drop_index(batch_op.f('ix_dunning_letter_item_installment_id'))

    op.drop_table('dunning_letter_item')
    with op.batch_alter_table('statement', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_statement_period_to'))
        batch_op.drop_index(batch_op.f('ix_statement_customer_id'))

    op.drop_table('statement')
    with op.batch_alter_table('dunning_letter', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dunning_letter_letter_date'))
        batch_op.drop_index(batch_op.f('ix_dunning_letter_customer_id'))

    op.drop_table('dunning_letter')
    with op.batch_alter_table('legal_action', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_legal_action_customer_id'))
        batch_op.drop_index(batch_op.f('ix_legal_action_contract_id'))

    op.drop_table('legal_action')
    with op.batch_alter_table('invoice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_invoice_number'))
        batch_op.drop_index(batch_op.f('ix_invoice_contract_id'))

    op.drop_table('invoice')
