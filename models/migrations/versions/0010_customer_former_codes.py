"""customer.former_codes: the codes and names of customers merged into this one

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02

services.ledger.merge.merge_customers appends one line per customer merged in ("C-0042
北京九州诊所（旧）"), so a code from the old system or a customer typed twice still finds the
kept one (services.ledger.customers.customer_text_match). Empty for every customer already
there; nothing is rewritten. Downgrading drops the column (the merges themselves stay done).
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


def downgrade() -> None:
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.drop_column('former_codes')
