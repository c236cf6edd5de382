"""The unit of work itself: nothing is kept unless committed, the audit rides with the change,
and one unit of work is never entered twice (cosmicpython's tests/integration/test_uow.py)."""
from __future__ import annotations

import pytest

from models import AppSetting, AuditEntry
from services.core.settings import get_setting, set_setting
from tests.factories import audit_log, count_rows


def test_nothing_is_kept_without_commit(ctx):
    with ctx.uow() as uow:
        set_setting(uow.session, "company_name", "北京康泰")
        uow.audit("update", "company", None, {"company_name": "北京康泰"})
    assert count_rows(ctx, AppSetting) == 0
    assert count_rows(ctx, AuditEntry) == 0


def test_a_commit_keeps_the_change_and_its_audit_entry_together(ctx):
    with ctx.uow() as uow:
        set_setting(uow.session, "company_name", "北京康泰")
        uow.audit("update", "company", None, {"company_name": "北京康泰"})
        uow.commit()
    with ctx.uow() as uow:
        assert get_setting(uow.session, "company_name") == "北京康泰"
    [entry] = audit_log(ctx)
    assert (entry["action"], entry["entity"], entry["operator"], entry["detail"]) == (
        "update", "company", "tester", {"company_name": "北京康泰"})
    assert entry["at"] == ctx.clock.now()


def test_an_error_rolls_everything_back(ctx):
    with pytest.raises(ZeroDivisionError):
        with ctx.uow() as uow:
            set_setting(uow.session, "company_name", "北京康泰")
            uow.audit("update", "company", None)
            uow.session.flush()  # written to the database, not yet committed
            raise ZeroDivisionError("a bug in the middle of the action")
    assert count_rows(ctx, AppSetting) == 0
    assert count_rows(ctx, AuditEntry) == 0


def test_work_after_a_commit_is_not_kept(ctx):
    with ctx.uow() as uow:
        set_setting(uow.session, "company_name", "甲")
        uow.commit()
        set_setting(uow.session, "company_name", "乙")
    with ctx.uow() as uow:
        assert get_setting(uow.session, "company_name") == "甲"


def test_a_unit_of_work_is_entered_once_at_a_time(ctx):
    uow = ctx.uow()
    with uow:
        with pytest.raises(RuntimeError, match="already open"):
            with uow:
                pass
        set_setting(uow.session, "company_name", "甲")  # the outer one still works
        uow.commit()
    with uow:  # and may be used again once closed
        assert get_setting(uow.session, "company_name") == "甲"


def test_an_operator_left_empty_is_recorded_as_unknown(ctx):
    ctx.operator = ""
    with ctx.uow() as uow:
        uow.audit("update", "company", None)
        uow.commit()
    assert audit_log(ctx)[0]["operator"] == "?"


def test_the_context_says_where_the_data_is_without_a_password(ctx):
    if ctx.is_sqlite:
        assert ctx.sqlite_file is not None and ctx.database_label == str(ctx.sqlite_file)
    else:
        assert ctx.sqlite_file is None and ":***@" in ctx.database_label
        assert f":{ctx.engine.url.password}@" not in ctx.database_label
