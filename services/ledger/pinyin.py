"""拼音 search: the key kept with a customer's name, and what a typed text must look like to
find it (initials `bjjz`, full `beijingjiuzhou`, both mixed `bjjiuzhou`, any case, from any
character on: `jiuzhou`, `jz`).

The key holds one slot per character: its readings without tones, alternatives split by "/"
(行 → `xing/hang/heng`), slots by a space; letters and digits in a name stay as they are
(`abc`, `2`), other characters are left out; the name's and the short name's keys are joined by
" | " (a typed text never runs from one into the other). 北京九州诊所 → `bei jing jiu zhou zhen suo`.

Polyphones: every reading of a character is kept (pypinyin's character table, phrases not used),
so the usual reading always matches, and so does a rarer one (重庆 answers `cq` and `zq`). The
few extra matches this gives in a filter cost less than a customer that cannot be found, and
it needs no phrase dictionary (40 MB less in memory, 0.5 s less to load). ü is kept as `v` (the
IME's way, 吕 → `lv`) and as `u`.

A typed text matches when it is the start of the readings of consecutive characters, each read
in full or cut short (at least its first letter): `pinyin_pattern` gives that rule as a regular
expression both Python's `re` and PostgreSQL (`~`) read the same way; SQLite gets Python's
through SQLAlchemy's REGEXP.
"""
from __future__ import annotations

import os
import re
import unicodedata
from functools import cache

SLOT, ALTERNATIVE, PART = " ", "/", " | "
# From inside a reading, on to the start of any reading of the next character.
_NEXT = "([a-z0-9]*(/[a-z0-9]+)* ([a-z0-9]+/)*)?"
_TYPED = re.compile(r"[a-z0-9]+")
_IGNORED = re.compile(r"[\s'’]+")  # "bei jing", "xi'an": separators people type


def pinyin_key(*texts: str) -> str:
    """The key stored with a customer (Customer.pinyin) for its name and short name; "" for
    names with no letters, digits or Chinese characters. Loads pypinyin's table on first use
    (about 0.2 s, 13 MB)."""
    keys = [SLOT.join(_slots(text)) for text in texts if text]
    return PART.join(key for key in keys if key)


def _slots(text: str) -> list[str]:
    slots: list[str] = []
    run = ""  # letters and digits outside Chinese characters stay together as typed
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


@cache
def _readings(char: str) -> str:
    """The character's readings as a slot ("xing/hang/heng"); "" for one pypinyin does not
    know (letters, digits, punctuation)."""
    table, to_normal = _pypinyin()
    plain: list[str] = []
    for reading in table.get(ord(char), "").split(","):
        normal = to_normal(reading.strip())  # ü as v: lǚ → lv
        for spelling in (normal, normal.replace("v", "u")):
            if _TYPED.fullmatch(spelling) and spelling not in plain:
                plain.append(spelling)
    return ALTERNATIVE.join(plain)


@cache
def _pypinyin():
    """pypinyin's table of characters (code point → "xíng,háng,…") and its tone remover."""
    # Without the phrase dictionary (pypinyin's documented switches): 40 MB less, and the key
    # does not depend on whether something else loaded pypinyin with phrases first.
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
    os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "1")
    from pypinyin.contrib.tone_convert import to_normal
    from pypinyin.pinyin_dict import pinyin_dict

    return pinyin_dict, to_normal


def typed_pinyin(text: str) -> str | None:
    """What was typed, as the letters to look for in keys: lower case, full-width folded,
    spaces and apostrophes dropped; None when it is not pinyin (Chinese, punctuation, empty)."""
    typed = _IGNORED.sub("", unicodedata.normalize("NFKC", text).casefold())
    return typed if _TYPED.fullmatch(typed) else None


def pinyin_pattern(text: str) -> str | None:
    """The regular expression that finds `text` in a key (see the module's rule); None when
    the text is not pinyin (typed_pinyin)."""
    typed = typed_pinyin(text)
    if typed is None:
        return None
    return "(^|[ /])" + _NEXT.join(typed)


def pinyin_like(text: str) -> str | None:
    """A LIKE pattern every key matched by pinyin_pattern(text) also matches (its letters in
    order): a cheap test the database runs first. None when the text is not pinyin."""
    typed = typed_pinyin(text)
    return None if typed is None else "%" + "%".join(typed) + "%"
