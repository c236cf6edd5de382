"""What runs in the bench's child processes (started by tests/bench/processes.py):

    python -m tests.bench.child app DB          the real start (ui.app.run_gui) until painted
    python -m tests.bench.child floor DB        bare PySide6 + SQLAlchemy + one query + a table
    python -m tests.bench.child session DB TEXT CUSTOMER_ID
                                                the real start, then a short working session
    python -m tests.bench.child demo DB CUSTOMERS CONTRACTS
                                                `main.py demo` writing a new file

`app` and `floor` print "painted <time.time()>" once a table in the main window has been
painted with rows, then end at once; `session` and `demo` print "peak <bytes>" at their end:
the process's own high-water mark of resident memory. (Not ru_maxrss: on Linux a child's
ru_maxrss starts at its parent's resident size, which exec carries over.) Settings and data
folders are the temporary ones the parent put in the environment.
"""
from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QApplication, QMainWindow


class FirstPaint(QObject):
    """Watches every paint; calls `then()` once a table in the main window has been painted
    with rows: right after that paint, from the event loop (a zero timer)."""

    def __init__(self, then) -> None:
        super().__init__()
        self.then, self.seen = then, False

    def eventFilter(self, obj, event) -> bool:
        if not self.seen and event.type() == QEvent.Type.Paint:
            view = obj.parent()
            if (isinstance(view, QAbstractItemView) and obj is view.viewport()
                    and view.model() is not None and view.model().rowCount() > 0
                    and isinstance(view.window(), QMainWindow)):
                self.seen = True
                QTimer.singleShot(0, self.then)
        return False


def peak_memory() -> int:
    """Bytes: VmHWM of this process (Linux), else ru_maxrss (which may count the parent's)."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    import resource

    scale = 1 if sys.platform == "darwin" else 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale


def painted_and_exit() -> None:
    print(f"painted {time.time():.6f}", flush=True)
    os._exit(0)


def qt_application() -> QApplication:
    app = QApplication(sys.argv[:1])
    from ui.app import ORGANIZATION

    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName("ReceivablesDesk")
    return app


def redirect_backups() -> None:
    """The daily backup goes to a temporary folder, never beside the measured file."""
    from PySide6.QtCore import QSettings

    QSettings().setValue("backup/folder", os.environ.get("RKT_BENCH_BACKUPS", ""))


def start_app(db: str, then) -> int:
    app = qt_application()
    redirect_backups()
    probe = FirstPaint(then)
    app.installEventFilter(probe)
    from ui.app import run_gui

    return run_gui(db=db)


def start_floor(db: str) -> int:
    app = QApplication(sys.argv[:1])
    probe = FirstPaint(painted_and_exit)
    app.installEventFilter(probe)
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView
    from sqlalchemy import create_engine, text

    from tests.bench.floors import first_screen_query

    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        rows = conn.execute(text(first_screen_query())).all()

    class Rows(QAbstractTableModel):
        def rowCount(self, parent=QModelIndex()) -> int:
            return len(rows)

        def columnCount(self, parent=QModelIndex()) -> int:
            return len(rows[0]) if rows else 0

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role == Qt.ItemDataRole.DisplayRole:
                return str(rows[index.row()][index.column()])
            return None

    window = QMainWindow()
    view = QTableView()
    view.setModel(Rows())
    window.setCentralWidget(view)
    window.resize(1200, 720)
    window.show()
    return app.exec()


def session(text: str, customer_id: int) -> None:
    """A short working session on the started window: every tab, a filter in the customers
    and the contracts tab, a customer's collection record and the alerts; then exit."""
    from PySide6.QtWidgets import QTabWidget

    from tests.bench.qt import settle
    from ui.contracts_tab import ContractsTab
    from ui.customers_tab import CustomersTab

    window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMainWindow))
    settle()
    tabs = window.findChild(QTabWidget)
    for index in [*range(tabs.count()), 0]:
        tabs.setCurrentIndex(index)
        settle()
    for kind in (CustomersTab, ContractsTab):
        tabs.setCurrentWidget(window.findChild(kind) or tabs.currentWidget())
        settle()
        tab = window.findChild(kind)
        tab.model.set_filter(text)
        settle()
        tab.model.set_filter("")
        settle()
    record = window.open_collection_record(customer_id)
    settle()
    record.close()
    window.show_alerts(at_start=False)
    settle()
    print(f"peak {peak_memory()}", flush=True)
    os._exit(0)


def main(argv: list[str]) -> int:
    mode, db = argv[0], argv[1]
    if mode == "app":
        return start_app(db, painted_and_exit)
    if mode == "floor":
        return start_floor(db)
    if mode == "session":
        text, customer_id = argv[2], int(argv[3])
        return start_app(db, lambda: QTimer.singleShot(0, lambda: session(text, customer_id)))
    if mode == "demo":
        from main import main as app_main

        code = app_main(["demo", "--db", db, "--customers", argv[2], "--contracts", argv[3]])
        print(f"peak {peak_memory()}", flush=True)
        return code
    raise SystemExit(f"unknown mode {mode!r}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
