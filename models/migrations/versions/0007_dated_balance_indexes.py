"""indexes for balances as of a past day (the plan's month start)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

services.ledger.balances.owed_parts answers "still owed when the month began" from the cached
open installments plus the allocations that moved since: those applied, received, undone or
reversed after a day. These indexes find them without reading the whole history:
- allocation.applied_on;
- allocation.undone_on and payment.reversed_on, partial (only the few undone or reversed rows).
"""
import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_allocation_applied_on', 'allocation', ['applied_on'], unique=False)
    op.create_index('ix_allocation_undone_on', 'allocation', ['undone_on'], unique=False,
                    sqlite_where=sa.text('undone_on IS NOT NULL'),
                    postgresql_where=sa.text('undone_on IS NOT NULL'))
    op.create_index('ix_payment_reversed_on', 'payment', ['reversed_on'], unique=False,
                    sqlite_where=sa.text('reversed_on IS NOT NULL'),
                    postgresql_where=sa.text('reversed_on IS NOT NULL'))


def downgrade() -> None:
    op.drop_index('ix_payment_reversed_on', table_name='payment')
    op.drop_index('ix_allocation_undone_on', table_name='allocation')
    op.drop_index('ix_allocation_applied_on', table_name='allocation')
