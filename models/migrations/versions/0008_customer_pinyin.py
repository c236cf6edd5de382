"""customer.pinyin: the 拼音 of the name and short name, for search

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01

services.ledger.pinyin.pinyin_key writes the key with every saved name; this fills it for the
customers already there, the same way (the function is copied below as it is at this revision,
so a later change to the key cannot change what this migration wrote; a test holds the two
equal). Downgrading drops the column.
"""
import os
import unicodedata

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.add_column(sa.Column('pinyin', sa.Text(), server_default='', nullable=False))
    conn = op.get_bind()
    rows = conn.execute(sa.text("SELECT id, name, short_name FROM customer")).all()
    keys = [{"id": cid, "key": _key(name or "", short or "")} for cid, name, short in rows]
    if keys:
        conn.execute(sa.text("UPDATE customer SET pinyin = :key WHERE id = :id"), keys)


def downgrade() -> None:
    with op.batch_alter_table('customer', schema=None) as batch_op:
        batch_op.drop_column('pinyin')


# -- the key, as services.ledger.pinyin.pinyin_key makes it at this revision --------------------

def _key(*texts: str) -> str:
    keys = [" ".join(_slots(text)) for text in texts if text]
    return " | ".join(key for key in keys if key)


def _slots(text: str) -> list[str]:
    slots, run = [], ""
    for char in unicodedata.normalize("NFKC", text).casefold():
        readings = _readings(char)
        if not readings and ("a" <= char <= "z" or "0" <= char <= "9"):
            run += char
            continue
        if run:
            slots.append(run)
            run = ""
        if readings:
            slots.append(readings)
    if run:
        slots.append(run)
    return slots


def _readings(char: str) -> str:
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
    os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "1")
    from pypinyin.contrib.tone_convert import to_normal
    from pypinyin.pinyin_dict import pinyin_dict

    plain: list[str] = []
    for reading in pinyin_dict.get(ord(char), "").split(","):
        normal = to_normal(reading.strip())
        for spelling in (normal, normal.replace("v", "u")):
            if spelling and spelling.isascii() and spelling.isalnum() and spelling not in plain:
                plain.append(spelling)
    return "/".join(plain)
