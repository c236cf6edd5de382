"""customer.former_codes: the codes and names of customers merged into this one;
dunning_letter.merged_from: the code a letter was addressed to, once moved by a merge

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02

services.ledger.merge.merge_customers appends one line per customer merged in ("C-0042
北京九州诊所（旧）"), so a code from the old system or a customer typed twice still finds the
kept one (services.ledger.customers.customer_text_match). Empty for every customer already
there; nothing is rewritten.

A dunning letter is unique per customer, level and day (two runs at once cannot both issue
it). Both customers of a merge may have had a letter of the same level on the same day: the
merged customer's letters keep its code in `merged_from` and the key takes that column in, so
both stay as evidence; a dunning run writes "" there, so runs are held exactly as before.

Downgrading drops both columns (the merges themselves stay done); it fails if a merge left two
letters of one customer, level and day, which the old key cannot hold.
"""
import sqlalchemy as sa
from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.add_column(sa.Column('former_codes', sa.Text(), server_default='',
                                      nullable=False))
    with op.batch_alter_table('dunning_letter', schema=None) as batch_op:
        batch_op.add_column(sa.Column('merged_from', sa.String(length=32), server_default='',
                                      nullable=False))
        batch_op.drop_constraint('uq_dunning_letter_per_day', type_='unique')
        batch_op.create_unique_constraint(
            'uq_dunning_letter_per_day', ['customer_id', 'level', 'letter_date', 'merged_from'])


def downgrade() -> None:
    with op.batch_alter_table('dunning_letter', schema=None) as batch_op:
        batch_op.drop_constraint('uq_dunning_letter_per_day', type_='unique')
        batch_op.create_unique_constraint(
            'uq_dunning_letter_per_day', ['customer_id', 'level', 'letter_date'])
        batch_op.drop_column('merged_from')
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.drop_column('former_codes')
