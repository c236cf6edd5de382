"""Signed copies scanned back: copied into the app's files folder, listed per contract."""
from __future__ import annotations

import pytest

from services.core.errors import ValidationError
from services.documents import attachments
from tests.factories import audit_log, make_contract, make_customer


def test_attachment_is_copied_in_and_listed(ctx, tmp_path):
    contract_id, number = make_contract(ctx, make_customer(ctx, "C001"))
    scan = tmp_path / "签回件 <1>.jpg"
    scan.write_bytes(b"\xff\xd8fake jpeg")
    attachments.add_attachment(ctx.uow(), contract_id, "price_confirmation", scan)
    scan.unlink()  # the app keeps its own copy
    [row] = attachments.list_attachments(ctx.uow(), contract_id)
    assert row.file_name == "签回件 <1>.jpg" and row.kind == "price_confirmation"
    assert row.path.read_bytes() == b"\xff\xd8fake jpeg"
    assert row.path.is_relative_to(ctx.files_dir) and "<" not in row.path.name
    assert audit_log(ctx, "contract")[-1]["action"] == "attach"


def test_missing_file_is_refused(ctx, tmp_path):
    contract_id, _ = make_contract(ctx, make_customer(ctx, "C001"))
    with pytest.raises(ValidationError) as error:
        attachments.add_attachment(ctx.uow(), contract_id, "iou", tmp_path / "nope.png")
    assert (error.value.field, error.value.reason) == ("file", "not_found")
    assert attachments.list_attachments(ctx.uow(), contract_id) == []
