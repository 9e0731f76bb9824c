"""The main window: the registry of cases, with search and a status filter."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.db.audit import Actor
from app.db.store import Store
from app.domain.vocab import Role, label
from app.domain.workflow import CaseStatus, status_label
from app.services import queries
from app.ui.case_table import CaseTableModel
from app.ui.messages import error_text
from app.ui.tasks import run_task

SEARCH_DELAY_MS = 250


class MainWindow(QMainWindow):
    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.store = store
        self.actor = actor
        self._generation = 0  # results of older searches are dropped
        self.setWindowTitle(self.tr("Pana — registry of cases"))
        self.resize(1200, 720)

        central = QWidget()
        layout = QVBoxLayout(central)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setAccessibleName(self.tr("Search cases"))
        self.search.setPlaceholderText(self.tr(
            "Search by name in any script, case number or document number…"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.setAccessibleName(self.tr("Filter by status"))
        self.status_filter.addItem(self.tr("All statuses"), None)
        for status in CaseStatus:
            self.status_filter.addItem(
                QCoreApplication.translate("CaseStatus", status_label(status)), status.value)
        bar.addWidget(self.search, 3)
        bar.addWidget(self.status_filter, 1)
        layout.addLayout(bar)

        self.model = CaseTableModel(self)
        self.table = QTableView()
        self.table.setObjectName("caseTable")
        self.table.setAccessibleName(self.tr("Cases"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        layout.addWidget(self.table)

        self.empty = QLabel()
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.hide()
        layout.addWidget(self.empty)
        self.setCentralWidget(central)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())

        self._build_menu()
        self._build_status_bar()
        self.refresh()

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        find = QAction(self.tr("&Find…"), self)
        find.setObjectName("actionFind")
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(lambda: (self.search.setFocus(), self.search.selectAll()))
        file_menu.addAction(find)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setObjectName("actionQuit")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Pana"), self)
        about.setObjectName("actionAbout")
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    def _build_status_bar(self) -> None:
        role = QCoreApplication.translate("Vocab", label(Role(self.actor.role)))
        self.user_label = QLabel(self.tr("Logged in: {user} ({role})").format(
            user=self.actor.username, role=role))
        self.user_label.setObjectName("userLabel")
        self.count_label = QLabel()
        self.count_label.setObjectName("countLabel")
        self.statusBar().addWidget(self.user_label)
        self.statusBar().addPermanentWidget(self.count_label)
        if self.store.keyfile.demo:
            demo = QLabel(self.tr("DEMO DATABASE — fictional people"))
            demo.setObjectName("demoLabel")
            demo.setStyleSheet("QLabel { color: #8a5a00; font-weight: bold; }")
            self.statusBar().addPermanentWidget(demo)

    def refresh(self) -> None:
        """Ask for the cases matching search and filter, off the UI thread."""
        self._generation += 1
        generation = self._generation
        flt = queries.CaseFilter(search=self.search.text(),
                                 status=self.status_filter.currentData(), limit=5000)
        store, actor = self.store, self.actor

        def fetch():
            with store.uow(readonly=True) as uow:
                return queries.list_cases(uow, actor, flt)

        run_task(fetch, lambda rows: self._show(generation, rows), self._failed)

    def _show(self, generation: int, rows) -> None:
        if generation != self._generation:
            return
        self.model.set_rows(rows)
        if rows:
            self.table.resizeColumnsToContents()
        self.count_label.setText(self.tr("Cases: %n", "", len(rows)))
        has_query = bool(self.search.text().strip()) or self.status_filter.currentData()
        self.empty.setText(self.tr("No case matches this search.") if has_query
                           else self.tr("There are no cases yet."))
        self.empty.setVisible(not rows)

    def _failed(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("Pana"), error_text(exc))

    def _about(self) -> None:
        from app import __version__

        QMessageBox.about(self, self.tr("About Pana"), self.tr(
            "<b>Pana</b> {version}<br>Case management for refugee status determination: "
            "offline, encrypted, in Kazakh, Russian and English.").format(version=__version__))

    def closeEvent(self, event) -> None:
        self.store.close()
        super().closeEvent(event)
