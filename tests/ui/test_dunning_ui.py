"""文件 › 催款… and the collection record's 催款函 page: proposals listed, a manager's skip, the
run off the UI thread, a sending recorded from the record."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from models import FollowUp
from models.papers import DunningLetter
from services.admin import company
from services.admin.company import CompanyInfo
from services.papers import dunning
from tests.conftest import TODAY
from tests.factories import count_rows, make_contract, make_customer, open_session
from ui.collection_record_dialog import CollectionRecordDialog
from ui.dunning_dialog import DunningDialog
from ui.dunning_letters_page import SendingDialog
from ui.events import DataEvents


@pytest.fixture
def owing(ctx):
    company.save_company(ctx.uow(), CompanyInfo(company_name="我司"))
    ids = []
    for code, days in (("C001", 120), ("C002", 10)):
        cid = make_customer(ctx, code)
        make_contract(ctx, cid, lines=[("1", "1000")],
                      installments=[(TODAY - dt.timedelta(days=days), "1000")],
                      late_fee_percent="0.05")
        ids.append(cid)
    return ids


def test_the_dialog_lists_skips_and_issues_off_the_ui_thread(qtbot, ctx, owing):
    dialog = DunningDialog(ctx, DataEvents())
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10000)
    dialog.table.selectRow(0)                              # C001, 120 days: may go to 3 or 4
    assert [dialog.skip_level.itemData(i) for i in range(dialog.skip_level.count())] == [3, 4]
    dialog.skip_level.setCurrentIndex(0)
    dialog.skip_manager.setText("王经理")
    dialog.skip_reason.setText("多次失约")
    dialog.skip_selected()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2 and dialog.model.rows[0].level == 3,
                    timeout=10000)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.job is None and bool(dialog.issued), timeout=20000)
    assert sorted(v.level for v in dunning.letter_views(ctx.uow())) == [2, 3]
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=10000)
    dialog.start()                                         # again the same day: nothing new
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20000)
    assert count_rows(ctx, DunningLetter) == 2


def test_a_sending_is_recorded_from_the_collection_record(qtbot, ctx, owing):
    [letter] = [i for i in dunning.run_dunning(ctx.uow(), TODAY).issued if i.code == "C001"]
    events = DataEvents()
    record = CollectionRecordDialog(ctx, events, owing[0])
    qtbot.addWidget(record)
    record.show()
    record.tabs.setCurrentWidget(record.letters)
    qtbot.waitUntil(lambda: record.letters.model.rowCount() == 1, timeout=10000)
    sending = SendingDialog(ctx, record.letters.model.rows[0], record)
    qtbot.addWidget(sending)
    sending.method.setCurrentIndex(sending.method.findData("courier"))
    sending.save()
    assert sending.error.text()                            # courier needs its number
    sending.tracking.setText("SF123")
    sending.save()
    with open_session(ctx) as session:
        assert session.scalars(select(FollowUp.channel)).all() == ["letter"]
    events.announce("follow_ups")
    qtbot.waitUntil(lambda: record.letters.model.rows[0].sent_on == TODAY, timeout=10000)
    assert letter.number == record.letters.model.rows[0].number


def test_a_skip_without_manager_or_reason_is_refused_and_not_kept(qtbot, ctx, owing):
    dialog = DunningDialog(ctx, DataEvents())
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10000)
    dialog.table.selectRow(0)
    dialog.skip_manager.setText("  ")
    dialog.skip_reason.setText("多次失约")
    dialog.skip_selected()
    assert dialog.skips == {} and "经理" in dialog.status.text()
    dialog.start()                                         # the run goes on without it
    qtbot.waitUntil(lambda: dialog.job is None and bool(dialog.issued), timeout=20000)
    assert sorted(v.level for v in dunning.letter_views(ctx.uow())) == [2, 2]


def test_a_skip_the_service_refuses_is_said_and_dropped(qtbot, ctx, owing):
    dialog = DunningDialog(ctx, DataEvents())
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10000)
    dialog.table.selectRow(0)
    dialog.skip_manager.setText("王经理")
    dialog.skip_reason.setText("多次失约")
    dialog.day.setText((TODAY - dt.timedelta(days=200)).isoformat())  # nothing due that day
    dialog.skip_selected()
    qtbot.waitUntil(lambda: "没有待出的催款函" in dialog.status.text(), timeout=10000)
    assert dialog.skips == {}
    dialog.day.setText(TODAY.isoformat())
    dialog.reload()                                        # the next query is not refused
    qtbot.waitUntil(lambda: "共 2 封待出" in dialog.status.text(), timeout=10000)


def test_the_run_summary_stays_after_the_reload(qtbot, ctx, owing):
    dialog = DunningDialog(ctx, DataEvents())
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10000)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.job is None and bool(dialog.issued), timeout=20000)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=10000)
    assert dialog.status.text() == "已出函 2 封"


def test_the_letters_are_saved_off_the_ui_thread_and_a_failure_is_said(qtbot, ctx, owing,
                                                                      tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog
    dialog = DunningDialog(ctx, DataEvents())
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=10000)
    dialog.start()
    qtbot.waitUntil(lambda: dialog.job is None and bool(dialog.issued), timeout=20000)
    target = tmp_path / "all.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    dialog.save_as_one()
    assert dialog.job is not None and not dialog.save_one.isEnabled()   # busy, in the pool
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20000)
    assert target.read_bytes().startswith(b"%PDF") and dialog.save_one.isEnabled()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    dialog.save_per_letter()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20000)
    assert "已保存 2 个文件" in dialog.status.text()
    assert len(list(tmp_path.glob("*.pdf"))) == 3
    missing = tmp_path / "no such folder" / "all.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    dialog.save_as_one()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20000)
    assert dialog.status.text().startswith("保存失败：")
