"""What a list screen asks for: a filter text, a sort key and a direction."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ListQuery:
    text: str = ""
    sort: str = ""
    descending: bool = False
    status: str = ""  # "" means any
