"""Scans and photos of signed papers, copied into the app's files folder and listed per contract."""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from models import Attachment, Contract
from services.core.errors import NotFound, ValidationError
from services.core.uow import UnitOfWork

KINDS = ("price_confirmation", "iou", "other")


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    kind: str
    file_name: str
    path: Path
    added_at: dt.datetime
    added_by: str


def _safe(name: str) -> str:
    # Keep hanzi and ordinary characters; drop what a file system may refuse.
    return re.sub(r'[\\/:*?"<>|\x00-\x1f]', "_", name).strip() or "file"


def add_attachment(uow: UnitOfWork, contract_id: int, kind: str, source: str | Path) -> int:
    """Copy the file in and record it; the copy is removed again if the record cannot be saved."""
    if kind not in KINDS:
        raise ValidationError("kind", "not_allowed")
    source = Path(source)
    if not source.is_file():
        raise ValidationError("file", "not_found")
    if uow.files_dir is None:
        raise RuntimeError("no files folder configured")
    with uow.writing():
        contract = uow.session.get(Contract, contract_id)
        if contract is None:
            raise NotFound(f"contract {contract_id}")
        digest = hashlib.sha256(source.read_bytes()).hexdigest()
        stamp = uow.clock.now().strftime("%Y%m%d%H%M%S")
        relative = Path(_safe(contract.number)) / f"{stamp}-{digest[:8]}-{_safe(source.name)}"
        target = uow.files_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
        try:
            row = Attachment(contract_id=contract_id, kind=kind, file_name=source.name,
                             stored_name=relative.as_posix(), sha256=digest,
                             added_at=uow.clock.now(), added_by=uow.operator)
            uow.session.add(row)
            uow.session.flush()
            uow.audit("attach", "contract", contract_id, {"kind": kind, "file": source.name,
                                                          "sha256": digest})
            uow.commit()
        except Exception:
            target.unlink(missing_ok=True)
            raise
        return row.id


def list_attachments(uow: UnitOfWork, contract_id: int) -> list[AttachmentRow]:
    """The contract's scans and photos, oldest first, with where each file lies now."""
    with uow:
        rows = uow.session.scalars(select(Attachment).where(Attachment.contract_id == contract_id)
                                   .order_by(Attachment.added_at, Attachment.id))
        return [AttachmentRow(a.id, a.kind, a.file_name, uow.files_dir / a.stored_name,
                              a.added_at, a.added_by) for a in rows]

