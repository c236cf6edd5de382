"""Persistent data: SQLAlchemy 2.0 models, the database engine and migrations. No Qt here."""
from models.audit import AuditEntry
from models.base import Base
from models.collection import FollowUp, Promise
from models.contract import Contract, ContractLine, Installment
from models.credit_note import CreditNote, CreditNoteLine
from models.customer import Customer
from models.document import Attachment, Document
from models.papers import (
    DunningLetter,
    DunningLetterItem,
    Invoice,
    LegalAction,
    LetterSending,
    Statement,
)
from models.payment import Allocation, Payment
from models.plan import CollectionTarget
from models.setting import AppSetting, NumberSequence

__all__ = [
    "Base", "Customer", "Contract", "ContractLine", "Installment", "Payment", "Allocation",
    "CollectionTarget", "AuditEntry", "AppSetting", "NumberSequence", "Document", "Attachment",
    "Promise", "FollowUp", "CreditNote", "CreditNoteLine", "Statement", "DunningLetter",
    "DunningLetterItem", "LetterSending", "Invoice", "LegalAction",
]
