"""Which column of a file holds which field: found by the headers' names, set by hand where
that fails, remembered for files with the same headers.

A mapping is a plain dict {field name: column index (0-based)}; a field left out is not
imported (its default applies: a new record's default, an existing record's value unchanged).
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence

from sqlalchemy.orm import Session

from services.core.errors import ValidationError
from services.core.settings import get_setting, set_setting
from services.imports.fields import fields_of, header_key

Mapping = dict[str, int]

# app_setting key of a remembered mapping: the kind and a digest of the file's headers.
_MEMORY_KEY = "import_mapping.{kind}.{digest}"


def auto_mapping(kind: str, headers: Sequence[str]) -> Mapping:
    """{field: column} for the headers that name a field of `kind` (its label or one of its
    synonyms, compared by fields.header_key). Each column serves one field and each field
    takes the first column naming it; a label beats a synonym (a file with both 金额 and
    应收金额 gives the receivables' amount to 金额, its label)."""
    keys = [header_key(text) for text in headers]
    mapping: Mapping = {}
    taken: set[int] = set()
    for pass_ in ("label", "synonym"):
        for field in fields_of(kind):
            if field.name in mapping:
                continue
            names = ((field.label,) if pass_ == "label" else field.synonyms)
            wanted = {header_key(name) for name in names}
            column = next((i for i, key in enumerate(keys) if key and key in wanted
                           and i not in taken), None)
            if column is not None:
                mapping[field.name] = column
                taken.add(column)
    return mapping


def missing_fields(kind: str, mapping: Mapping) -> list[str]:
    """The required fields of `kind` no column is mapped to, in the kind's field order."""
    return [field.name for field in fields_of(kind) if field.required and field.name not in mapping]


def check_mapping(kind: str, mapping: Mapping, width: int) -> None:
    """ValidationError(field, "not_mapped") for the first required field without a column;
    ("mapping", "column_twice", column=n) when two fields read one column; (field,
    "no_such_column") for a column beyond the file's `width`."""
    for field in missing_fields(kind, mapping):
        raise ValidationError(field, "not_mapped")
    known = {field.name for field in fields_of(kind)}
    seen: dict[int, str] = {}
    for name, column in mapping.items():
        if name not in known or not 0 <= column < width:
            raise ValidationError(name, "no_such_column")
        if column in seen:
            raise ValidationError("mapping", "column_twice", column=column + 1)
        seen[column] = name


def _digest(kind: str, headers: Sequence[str]) -> str:
    keys = json.dumps([header_key(text) for text in headers], ensure_ascii=False)
    return hashlib.sha256(f"{kind}\n{keys}".encode()).hexdigest()[:16]


def remembered_mapping(session: Session, kind: str, headers: Sequence[str]) -> Mapping | None:
    """The mapping last used for a file of `kind` with these same headers (compared by
    header_key, in order), or None. Stored with the company's data (app_setting), so every PC
    of the office finds it."""
    stored = get_setting(session, _MEMORY_KEY.format(kind=kind, digest=_digest(kind, headers)))
    if not stored:
        return None
    try:
        mapping = {str(name): int(column) for name, column in json.loads(stored).items()}
    except (ValueError, TypeError, AttributeError):
        return None
    known = {field.name for field in fields_of(kind)}
    return {name: column for name, column in mapping.items()
            if name in known and 0 <= column < len(headers)}


def remember_mapping(session: Session, kind: str, headers: Sequence[str], mapping: Mapping) -> None:
    """Keep `mapping` for the next file of `kind` with these headers (inside the caller's
    writing unit of work: the import that used it)."""
    set_setting(session, _MEMORY_KEY.format(kind=kind, digest=_digest(kind, headers)),
                json.dumps(mapping, sort_keys=True))


def mapping_from_names(kind: str, headers: Sequence[str], names: dict[str, str]) -> Mapping:
    """A mapping given as {field: header text, or a column letter (A, B, … AA) or number (1,
    2, …)}, as a mapping file of the command line holds it. ValidationError(field,
    "no_such_column") for a header the file does not have; (field, "unknown_field") for a
    field `kind` does not have."""
    known = {field.name for field in fields_of(kind)}
    keys = [header_key(text) for text in headers]
    mapping: Mapping = {}
    for name, where in names.items():
        if name not in known:
            raise ValidationError(name, "unknown_field")
        text = str(where).strip()
        if header_key(text) in keys:
            mapping[name] = keys.index(header_key(text))
        elif text.isdigit() and 1 <= int(text) <= len(headers):
            mapping[name] = int(text) - 1
        elif text.isalpha() and text.isascii() and _letters_to_index(text) < len(headers):
            mapping[name] = _letters_to_index(text)
        else:
            raise ValidationError(name, "no_such_column", column=text)
    return mapping


def _letters_to_index(letters: str) -> int:
    index = 0
    for char in letters.upper():
        index = index * 26 + ord(char) - ord("A") + 1
    return index - 1


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA: a column as Excel names it."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
