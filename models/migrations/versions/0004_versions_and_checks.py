"""version columns for optimistic concurrency; CHECK constraints on paid and allocations

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30

Before the constraints go on, the paid cache is recomputed from the allocations (a race of two
clerks could leave it short), and rows that would still break them are reported: the upgrade
is refused with the list, so nothing is hidden or silently changed (the file was backed up
before the upgrade began).
"""
import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

PAID_FROM_ALLOCATIONS = (
    "UPDATE installment SET paid = COALESCE((SELECT SUM(allocation.amount) FROM allocation"
    " JOIN payment ON payment.id = allocation.payment_id"
    " WHERE allocation.installment_id = installment.id AND payment.reversed_on IS NULL), 0)")

VIOLATIONS = {
    "installments paid beyond their amount or below nothing":
        "SELECT contract.number, installment.due_date, installment.amount, installment.paid"
        " FROM installment JOIN contract ON contract.id = installment.contract_id"
        " WHERE installment.paid > installment.amount OR installment.paid < 0"
        " ORDER BY contract.number, installment.due_date",
    "allocations of nothing or less":
        "SELECT allocation.id, allocation.payment_id, allocation.amount FROM allocation"
        " WHERE allocation.amount <= 0 ORDER BY allocation.id",
    "payments whose allocations add up to more than the payment":
        "SELECT payment.id, payment.received_on, payment.amount, SUM(allocation.amount)"
        " FROM payment JOIN allocation ON allocation.payment_id = payment.id"
        " GROUP BY payment.id, payment.received_on, payment.amount"
        " HAVING SUM(allocation.amount) > payment.amount ORDER BY payment.id",
}


class UpgradeRefused(RuntimeError):
    """Rows that the new constraints would refuse: listed, nothing changed."""


def _report_violations(bind) -> None:
    found = []
    for title, query in VIOLATIONS.items():
        rows = bind.execute(sa.text(query)).all()
        if rows:
            shown = "; ".join(" ".join(str(v) for v in row) for row in rows[:20])
            more = f" (and {len(rows) - 20} more)" if len(rows) > 20 else ""
            found.append(f"{len(rows)} {title}: {shown}{more}")
    if found:
        raise UpgradeRefused(
            "数据库中有不能升级的数据，请用旧版本冲销重复的回款后再打开（升级前的备份已保存）。"
            " The database holds rows the new version refuses (amounts in fen): "
            + " | ".join(found))


def upgrade() -> None:
    op.execute(PAID_FROM_ALLOCATIONS)
    _report_violations(op.get_bind())
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1', nullable=False))
    with op.batch_alter_table('contract', schema=None) as batch_op:
        batch_op.add_column(sa.Column('version', sa.Integer(), server_default='1', nullable=False))
    with op.batch_alter_table('installment', schema=None) as batch_op:
        batch_op.create_check_constraint('paid_within_amount', 'paid >= 0 AND paid <= amount')
    with op.batch_alter_table('allocation', schema=None) as batch_op:
        batch_op.create_check_constraint('amount_positive', 'amount > 0')


def downgrade() -> None:
    with op.batch_alter_table('allocation', schema=None) as batch_op:
        batch_op.drop_constraint('amount_positive', type_='check')
    with op.batch_alter_table('installment', schema=None) as batch_op:
        batch_op.drop_constraint('paid_within_amount', type_='check')
    with op.batch_alter_table('contract', schema=None) as batch_op:
        batch_op.drop_column('version')
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.drop_column('version')
