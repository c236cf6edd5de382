"""customer.payment_term_days dropped: payment terms are named templates now

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01

Migration 0005 gave every customer payment_terms = "N 天账期" from its payment_term_days; the
app reads the term from that name (services.ledger.terms understands "N 天账期" for any N), so
the number is no longer used. Downgrading brings the column back, with N taken from a name
"N 天账期" and 30 (the old default) for any other term.
"""
import re

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.drop_column('payment_term_days')


def downgrade() -> None:
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.add_column(sa.Column('payment_term_days', sa.Integer(), server_default='30',
                                      nullable=False))
    conn = op.get_bind()
    days_name = re.compile(r"\s*([0-9]{1,3})\s*天账期\s*")
    for customer_id, terms in conn.execute(sa.text("SELECT id, payment_terms FROM customer")):
        match = days_name.fullmatch(terms or "")
        if match is not None:
            conn.execute(sa.text("UPDATE customer SET payment_term_days = :days WHERE id = :id"),
                         {"days": min(int(match.group(1)), 720), "id": customer_id})
