"""The main window: the role's home page, the registry, and the case windows it opens."""

from __future__ import annotations

from datetime import date

import shiboken6
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.db.audit import Actor
from app.db.store import Store
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.permissions import Action, allowed
from app.domain.vocab import Role, label
from app.services import queries
from app.ui.locale_format import date_text, number_text
from app.ui.lock import LockScreen
from app.ui.messages import error_text
from app.ui.registry import RegistryPage
from app.ui.tables import ListTableModel
from app.ui.tasks import run_task

_DUE_HEADERS = [
    QT_TRANSLATE_NOOP("DuePanel", "Due"),
    QT_TRANSLATE_NOOP("DuePanel", "What"),
    QT_TRANSLATE_NOOP("DuePanel", "Case"),
    QT_TRANSLATE_NOOP("DuePanel", "Applicant"),
    QT_TRANSLATE_NOOP("DuePanel", "Officer"),
]
_OVERDUE = QColor("#b00020")


class DueTableModel(ListTableModel):
    """The due items as rows; overdue ones in red.

    A model rather than a table of items: a supervisor of a large commission can
    have tens of thousands of deadlines, and one item object per cell made showing
    them slow and heavy.
    """

    def __init__(self, parent=None) -> None:
        super().__init__("DuePanel", _DUE_HEADERS, parent)
        self.today = date.today()

    def set_items(self, items: list[queries.DueItem], today: date) -> None:
        self.today = today
        self.set_rows(items)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        item = self.row_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return date_text(item.due_on)
            if column == 1:
                return QCoreApplication.translate("Due", queries.DUE_LABELS[item.kind])
            return (item.number, item.name, item.officer)[column - 2] if column < 5 else None
        if role == Qt.ItemDataRole.ForegroundRole and item.overdue(self.today):
            return _OVERDUE
        return None


class DueTable(QTableView):
    def rowCount(self) -> int:
        """The rows shown (what ``QTableWidget.rowCount`` answered before)."""
        return self.model().rowCount() if self.model() is not None else 0


#: The home page lists at most this many deadlines, the soonest.
DUE_LIMIT = 500


class DuePanel(QWidget):
    """What is due: overdue and this week's deadlines, soonest first."""

    def __init__(self, store: Store, actor: Actor, *, only_mine: bool, parent=None) -> None:
        super().__init__(parent)
        self.store, self.actor, self.only_mine = store, actor, only_mine
        self._generation = 0  # refreshes asked for; only the latest one's answer is shown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setObjectName("dueTitle")
        layout.addWidget(self.title)
        self.model = DueTableModel(self)
        self.table = DueTable()
        self.table.setObjectName("dueTable")
        self.table.setAccessibleName(self.tr("Deadlines"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        # Fixed row heights: the view never asks every row for its size.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Columns sized by the rows on screen and the next few, not by the first 1000
        # (Qt's default), which asked the model for every cell of those rows.
        header.setResizeContentsPrecision(50)
        layout.addWidget(self.table)

    def refresh(self) -> None:
        # Refreshes follow every save and submit, and can finish out of order: an older
        # list arriving last must not replace a newer one.
        self._generation += 1
        generation = self._generation
        store, actor, only_mine = self.store, self.actor, self.only_mine

        def fetch():
            with store.uow(readonly=True) as uow:
                return queries.due_items(uow, actor, only_mine=only_mine, limit=DUE_LIMIT)

        def done(items: list[queries.DueItem]) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._show(items)

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.title.setText(error_text(exc))

        run_task(fetch, done, failed)

    def _show(self, items: list[queries.DueItem]) -> None:
        today = date.today()
        overdue = sum(1 for item in items if item.overdue(today))
        text = self.tr("<b>What is due</b> — overdue: {overdue}, within a week: "
                       "{soon}").format(overdue=number_text(overdue),
                                       soon=number_text(len(items) - overdue))
        if len(items) >= DUE_LIMIT:
            text += " " + self.tr("(the {limit} soonest; the Deadlines tab and the registry "
                                  "show the rest)").format(limit=number_text(DUE_LIMIT))
        self.title.setText(text)
        self.model.set_items(items, today)

    def number_at(self, row: int) -> str | None:
        item = self.model.row_at(row)
        return item.number if item is not None else None


class MainWindow(QMainWindow):
    def __init__(self, store: Store, actor: Actor, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.store = store
        self.actor = actor
        self.case_windows: dict = {}
        self.setWindowTitle(self.tr("Pana"))
        self.resize(1280, 780)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.due: DuePanel | None = None
        self.my_cases: RegistryPage | None = None
        self.printdesk = None
        role = Role(actor.role)
        if role == Role.CLERK:  # the clerk's day starts at the print desk
            self._add_printdesk()
        if role in (Role.OFFICER, Role.SUPERVISOR):
            home = QSplitter(Qt.Orientation.Vertical)
            home.setObjectName("homePage")
            self.due = DuePanel(store, actor, only_mine=role == Role.OFFICER)
            self.due.table.activated.connect(
                lambda index: self.open_case(self.due.number_at(index.row())))
            self.due.table.doubleClicked.connect(
                lambda index: self.open_case(self.due.number_at(index.row())))
            home.addWidget(self.due)
            if role == Role.OFFICER:
                self.my_cases = RegistryPage(store, actor, officer=actor.username)
                self.my_cases.setObjectName("myCases")
                self.my_cases.open_case.connect(self.open_case)
                home.addWidget(self.my_cases)
                home.setSizes([260, 500])
            self.tabs.addTab(home, self.tr("&Home"))
        self.approvals = None
        self.deadlines = None
        if role == Role.SUPERVISOR:
            from app.ui.approvals import ApprovalsPage
            from app.ui.deadlines import DeadlinesPage

            self.approvals = ApprovalsPage(store, actor)
            self.approvals.setObjectName("approvalsPage")
            self.approvals.open_review.connect(self.open_review)
            self.tabs.addTab(self.approvals, self.tr("&Approvals"))
            self.deadlines = DeadlinesPage(store, actor)
            self.deadlines.setObjectName("deadlinesPage")
            self.deadlines.open_case.connect(self.open_case)
            self.tabs.addTab(self.deadlines, self.tr("&Deadlines"))
            self._add_printdesk()
        self.users = self.audit = self.backups = None
        if role == Role.ADMIN:
            from app.ui.admin.backups import BackupsPage
            from app.ui.admin.users import UsersPage

            self.users = UsersPage(store, actor)
            self.tabs.addTab(self.users, self.tr("&Users"))
        if allowed(role, Action.VIEW_AUDIT):
            from app.ui.admin.audit import AuditPage

            self.audit = AuditPage(store, actor)
            self.tabs.addTab(self.audit, self.tr("Audi&t trail"))
        if role == Role.ADMIN and not store.is_server:
            # A commission server is backed up on the server (pg_dump; see the README).
            self.backups = BackupsPage(store, actor)
            self.tabs.addTab(self.backups, self.tr("&Backups"))
        self.statistics = None
        if allowed(role, Action.VIEW_STATISTICS):
            from app.ui.statistics import StatisticsPage

            self.statistics = StatisticsPage(store, actor)
            self.tabs.addTab(self.statistics, self.tr("&Statistics"))
        self.checkouts = None
        if allowed(role, Action.CHECK_OUT_CASES) or allowed(role, Action.RELEASE_CHECKOUT):
            from app.ui.offline.office import CheckoutsPanel

            # Cases out on laptops: who has them, until when; check-out, check-in, release.
            self.checkouts = CheckoutsPanel(store, actor)
            self.checkouts.setObjectName("checkoutsPage")
            self.checkouts.open_case.connect(self.open_case)
            self.checkouts.changed.connect(self.refresh_lists)
            self.tabs.addTab(self.checkouts, self.tr("&Laptops"))
        self.registry = RegistryPage(store, actor)
        self.registry.setObjectName("registryPage")
        self.registry.open_case.connect(self.open_case)
        self.tabs.addTab(self.registry, self.tr("&Registry of cases"))
        self.setCentralWidget(self.tabs)

        self.lock_screen = LockScreen(store, actor, self)
        self._build_actions()
        self._build_status_bar()
        from app.ui.admin.backups import AutomaticBackupTimer

        # Automatic backups (when an admin chose a folder) run under whoever is working.
        self.backup_timer = AutomaticBackupTimer(store, actor, self)
        self.backup_timer.written.connect(
            lambda path: self.statusBar().showMessage(
                self.tr("Automatic backup written: {path}").format(path=path), 10000))
        self.backup_timer.failed.connect(lambda message: self.statusBar().showMessage(message))
        if not store.is_server:
            self.backup_timer.start()
        if self.due is not None:
            self.due.refresh()

    def _add_printdesk(self) -> None:
        from app.ui.printdesk import PrintDeskPage

        self.printdesk = PrintDeskPage(self.store, self.actor)
        self.printdesk.open_case.connect(self.open_case)
        self.tabs.addTab(self.printdesk, self.tr("&Print desk"))

    # ---- actions

    def _build_actions(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_petition_action = QAction(self.tr("&New petition…"), self)
        self.new_petition_action.setObjectName("actionNewPetition")
        self.new_petition_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_petition_action.setEnabled(allowed(self.actor.role, Action.REGISTER_PETITION))
        self.new_petition_action.triggered.connect(self.new_petition)
        file_menu.addAction(self.new_petition_action)
        find = QAction(self.tr("&Find…"), self)
        find.setObjectName("actionFind")
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.find)
        file_menu.addAction(find)
        self.import_action = self.import_wizard = None
        # Each imported row registers a petition: the role needs both (a supervisor).
        if allowed(self.actor.role, Action.IMPORT_CASES) \
                and allowed(self.actor.role, Action.REGISTER_PETITION):
            from app.ui.import_wizard import open_import_wizard

            self.import_action = QAction(self.tr("&Import a register…"), self)
            self.import_action.setObjectName("actionImportRegister")
            self.import_action.triggered.connect(lambda: open_import_wizard(self))
            file_menu.addAction(self.import_action)
        if self.checkouts is not None and allowed(self.actor.role, Action.CHECK_OUT_CASES):
            file_menu.addSeparator()
            out = QAction(self.tr("Check cases &out to a laptop…"), self)
            out.setObjectName("actionCheckOut")
            out.triggered.connect(lambda: self.checkouts.check_out())
            file_menu.addAction(out)
            back = QAction(self.tr("Check cases i&n from a laptop…"), self)
            back.setObjectName("actionCheckIn")
            back.triggered.connect(lambda: self.checkouts.check_in())
            file_menu.addAction(back)
            file_menu.addSeparator()
        settings = QAction(self.tr("&Settings…"), self)
        settings.setObjectName("actionSettings")
        settings.setShortcut(QKeySequence("Ctrl+,"))
        settings.triggered.connect(self.open_preferences)
        file_menu.addAction(settings)
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setObjectName("actionLock")
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock)
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setObjectName("actionQuit")
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        self.offline_menu = None
        if not self.store.is_server and allowed(self.actor.role, Action.CHECK_OUT_CASES):
            from app.ui.offline import laptop

            # On a laptop: ask the office for cases, take them, check them in (by file
            # or straight to the server).
            self.offline_menu = self.menuBar().addMenu(self.tr("&Offline"))
            self.offline_menu.setObjectName("offlineMenu")
            laptop.fill_menu(self.offline_menu, self.store, self.actor, self,
                             changed=self._offline_changed)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Pana"), self)
        about.setObjectName("actionAbout")
        about.triggered.connect(self._about)
        help_menu.addAction(about)
        self.addActions([self.new_petition_action, find, settings, self.lock_action,
                         quit_action])

    def _build_status_bar(self) -> None:
        role = QCoreApplication.translate("Vocab", label(Role(self.actor.role)))
        self.user_label = QLabel(self.tr("Logged in: {user} ({role})").format(
            user=self.actor.username, role=role))
        self.user_label.setObjectName("userLabel")
        self.statusBar().addWidget(self.user_label)
        if self.store.is_server:
            where = QLabel(self.tr("Commission server: {server}").format(
                server=self.store.location))
            where.setObjectName("serverLabel")
            self.statusBar().addPermanentWidget(where)
        self.laptop_label = QLabel()
        self.laptop_label.setObjectName("laptopLabel")
        self.statusBar().addPermanentWidget(self.laptop_label)
        self._show_laptop_status()
        if self.store.keyfile.demo:
            demo = QLabel(self.tr("DEMO DATABASE — fictional people"))
            demo.setObjectName("demoLabel")
            demo.setStyleSheet("QLabel { color: #8a5a00; font-weight: bold; }")
            self.statusBar().addPermanentWidget(demo)
        lock_button = QToolButton()
        lock_button.setObjectName("lockButton")
        # The button shows the action's tooltip (so it follows a change of language).
        self.lock_action.setToolTip(self.tr("Lock the screen (Ctrl+L)"))
        lock_button.setDefaultAction(self.lock_action)
        lock_button.setAccessibleName(self.tr("Lock Pana"))
        self.statusBar().addPermanentWidget(lock_button)

    def open_preferences(self) -> None:
        from app.ui.preferences import PreferencesDialog

        PreferencesDialog(self.store, self.actor, self).exec()

    def find(self) -> None:
        self.tabs.setCurrentWidget(self.registry)
        self.registry.focus_search()

    def lock(self) -> None:
        self.lock_screen.lock()

    def new_petition(self) -> None:
        from app.ui.petition import NewPetitionDialog

        dialog = NewPetitionDialog(self.store, self.actor, self)
        dialog.open_case.connect(self.open_case)
        if dialog.exec() and getattr(dialog, "number", None):
            self.refresh_lists()
            self.open_case(dialog.number)

    def open_case(self, number: str | None) -> None:
        if not number:
            return
        window = self.case_windows.get(number)
        if window is not None:
            window.show()
            window.raise_()
            window.activateWindow()
            return
        from app.ui.casefile.window import CaseFileWindow

        window = CaseFileWindow(self.store, self.actor, number)
        window.closed.connect(lambda n: self.case_windows.pop(n, None))
        window.changed.connect(lambda _n: self.refresh_lists())
        self.case_windows[number] = window
        window.show()

    def open_review(self, number: str | None) -> None:
        if not number:
            return
        key = ("review", number)
        window = self.case_windows.get(key)
        if window is not None:
            window.show()
            window.raise_()
            return
        from app.ui.review import ReviewWindow

        window = ReviewWindow(self.store, self.actor, number)
        window.decided.connect(lambda _n: self.refresh_lists())
        window.closed.connect(lambda _n: self.case_windows.pop(key, None))
        self.case_windows[key] = window
        window.show()

    def _show_laptop_status(self) -> None:
        """On a laptop: whose cases it holds, until when, and the quota used."""
        from app.ui.offline.laptop import laptop_status_text

        text = None if self.store.is_server else laptop_status_text(self.store)
        # A commission's name is long: the middle gives way, the whole line is the tooltip.
        shown = self.laptop_label.fontMetrics().elidedText(
            text or "", Qt.TextElideMode.ElideMiddle, 620)
        self.laptop_label.setText(shown)
        self.laptop_label.setToolTip(text or "")
        self.laptop_label.setVisible(text is not None)

    def _offline_changed(self) -> None:
        self._show_laptop_status()
        self.refresh_lists()

    def retranslate(self) -> None:
        """After a change of language: read the lists again, so their dates and
        counts are written the new way."""
        self._show_laptop_status()
        if self.checkouts is not None:
            self.checkouts.retranslate()
        self.refresh_lists()

    def refresh_lists(self) -> None:
        self.registry.model.refresh()
        if self.my_cases is not None:
            self.my_cases.model.refresh()
        if self.due is not None:
            self.due.refresh()
        if self.approvals is not None:
            self.approvals.refresh()
        if self.deadlines is not None:
            self.deadlines.refresh()
        if self.printdesk is not None:
            self.printdesk.refresh()
        if self.checkouts is not None:
            self.checkouts.refresh_when_shown()

    def _about(self) -> None:
        from app import __version__

        QMessageBox.about(self, self.tr("About Pana"), self.tr(
            "<b>Pana</b> {version}<br>Case management for refugee status determination: "
            "offline, encrypted, in Kazakh, Russian and English.").format(version=__version__))

    def closeEvent(self, event) -> None:
        for window in list(self.case_windows.values()):
            if not window.close():
                event.ignore()
                return
        self.backup_timer.stop()
        self.lock_screen.deleteLater()  # a window of its own: it goes with us
        self.store.close()
        super().closeEvent(event)
