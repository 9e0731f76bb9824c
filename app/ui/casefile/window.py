"""One window per case: a header, the sections on the left, the section on the right."""

from __future__ import annotations

import importlib

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.db.audit import Actor
from app.db.store import Store
from app.domain.permissions import Action, allowed
from app.domain.workflow import PRE_DECISION, CaseStatus, status_label
from app.services import casefile, checkout
from app.ui.bidi import case_header
from app.ui.casefile.section import CaseContext, Section
from app.ui.forms import ask_unsaved
from app.ui.locale_format import long_date_text
from app.ui.messages import error_text
from app.ui.tasks import run_task

#: The sections in the order the officer works through them: (module, class).
SECTIONS = [
    ("app.ui.casefile.applicant", "ApplicantSection"),
    ("app.ui.casefile.family", "FamilySection"),
    ("app.ui.casefile.documents", "DocumentsSection"),
    ("app.ui.casefile.legal", "LegalHistorySection"),
    ("app.ui.casefile.representative", "RepresentativeSection"),
    ("app.ui.casefile.interviews", "InterviewsSection"),
    ("app.ui.casefile.claim", "ClaimSection"),
    ("app.ui.casefile.evidence", "EvidenceSection"),
    ("app.ui.casefile.assessment", "AssessmentSection"),
    ("app.ui.casefile.decision", "DecisionSection"),
    ("app.ui.casefile.history", "HistorySection"),
]


def section_classes() -> list[type[Section]]:
    return [getattr(importlib.import_module(module), name) for module, name in SECTIONS]


class CaseFileWindow(QMainWindow):
    """The case file. Its title names the case number only, never the person."""

    closed = Signal(str)
    changed = Signal(str)  # something was saved: lists elsewhere may refresh

    def __init__(self, store: Store, actor: Actor, number: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("caseFileWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.ctx = CaseContext(store, actor, number)
        self.number = number
        self.case_file: casefile.CaseFile | None = None
        self._reloads = 0  # reloads asked for; only the latest one's result is shown
        self.setWindowTitle(self.tr("Case {number} — Pana").format(number=number))
        self.resize(1150, 780)

        central = QWidget()
        outer = QVBoxLayout(central)
        self.header = QLabel(self.tr("Loading…"))
        self.header.setObjectName("caseHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        outer.addWidget(self.header)
        # While the case is out on a laptop: who has it, until when, and that it is read
        # only here (saving would be refused).
        self.checked_out: checkout.OutRow | None = None
        self.out_banner = QLabel()
        self.out_banner.setObjectName("checkedOutBanner")
        self.out_banner.setWordWrap(True)
        self.out_banner.setStyleSheet(
            "QLabel { background: #fff3cd; color: #5c4400; padding: 6px; "
            "border: 1px solid #e0c36a; font-weight: bold; }")
        self.out_banner.hide()
        outer.addWidget(self.out_banner)

        body = QHBoxLayout()
        self.nav = QListWidget()
        self.nav.setObjectName("sectionList")
        self.nav.setAccessibleName(self.tr("Sections of the case file"))
        self.stack = QStackedWidget()
        self.stack.setObjectName("sectionStack")
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        outer.addLayout(body, 1)
        self.setCentralWidget(central)

        see_sensitive = allowed(actor.role, Action.VIEW_SENSITIVE)
        self.sections: list[Section] = []
        for cls in section_classes():
            if cls.SENSITIVE and not see_sensitive:
                continue
            section = cls(self.ctx)
            self.sections.append(section)
            self.stack.addWidget(section)
            item = QListWidgetItem(section.title())
            self.nav.addItem(item)
            section.dirty_changed.connect(lambda dirty, s=section: self._mark(s, dirty))
            section.saved.connect(self.reload)
            section.saved.connect(lambda: self.changed.emit(self.number))
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        self._fit_nav()
        self._build_actions()
        self.reload()

    def _build_actions(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Case"))
        save = QAction(self.tr("&Save"), self)
        save.setObjectName("actionSave")
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.triggered.connect(self.save_current)
        menu.addAction(save)
        reload_action = QAction(self.tr("&Reload"), self)
        reload_action.setObjectName("actionReload")
        reload_action.setShortcut(QKeySequence.StandardKey.Refresh)
        reload_action.triggered.connect(self._reload_asking)
        menu.addAction(reload_action)
        menu.addSeparator()
        close = QAction(self.tr("&Close"), self)
        close.setObjectName("actionClose")
        close.setShortcut(QKeySequence("Ctrl+W"))
        close.triggered.connect(self.close)
        menu.addAction(close)
        self.addActions([save, reload_action, close])

    # ---- loading

    def reload(self) -> None:
        store, actor, number = self.ctx.store, self.ctx.actor, self.number
        # Reloads run on worker threads and may finish out of order (a save, then a
        # submit): only the latest one is shown, never an older read over a newer.
        self._reloads += 1
        wanted = self._reloads

        def fetch():
            # Read-only: no write lock for a read; the view's audit entry (once per
            # casefile.VIEW_LOG_INTERVAL) gets a short write transaction of its own.
            with store.uow(readonly=True) as uow:
                out = checkout.out_record(uow, number)
                return casefile.load_case_file(uow, actor, number), out

        def loaded(result) -> None:
            # Also dropped when the window was closed (and deleted) meanwhile.
            if shiboken6.isValid(self) and wanted == self._reloads:
                case_file, self.checked_out = result
                case_file.checked_out = self.checked_out is not None
                self._loaded(case_file)

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self) and wanted == self._reloads:  # no stale error box
                self._failed(exc)

        run_task(fetch, loaded, failed)

    def _loaded(self, case_file: casefile.CaseFile) -> None:
        self.case_file = case_file
        self._show_header(case_file)
        for section in self.sections:
            if not section.is_dirty():
                section.load(case_file)

    def _failed(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("Pana"), error_text(exc))

    def retranslate(self) -> None:
        """After a change of language: draw the header and every section holding no
        unsaved edits again from the case file in memory (dates and data-made texts
        then follow the new language); sections being edited keep what was typed."""
        if self.case_file is not None:
            self._loaded(self.case_file)
        for section in self.sections:
            self._mark(section, section.is_dirty())
        self._fit_nav()

    def _show_header(self, cf: casefile.CaseFile) -> None:
        status = QCoreApplication.translate("CaseStatus", status_label(cf.status))
        parts = [self.tr("<b>{number}</b> · {status}").format(number=cf.number, status=status),
                 self.tr("Officer: {officer}").format(officer=cf.officer or "—"),
                 self.tr("Registered {date}").format(date=long_date_text(cf.registered_on))]
        if CaseStatus(cf.status) in PRE_DECISION:
            parts.append(self.tr("Decision due {date}").format(
                date=long_date_text(cf.decision_due_on)))
        if cf.status_valid_to:
            parts.append(self.tr("Status valid until {date}").format(
                date=long_date_text(cf.status_valid_to)))
        if cf.appeal_deadline:
            parts.append(self.tr("Appeal until {date}").format(
                date=long_date_text(cf.appeal_deadline)))
        self.header.setText(case_header(self, cf.display_name, " · ".join(parts)))
        from app.ui.offline.office import banner_text

        banner = banner_text(self.checked_out)
        self.out_banner.setText(banner or "")
        self.out_banner.setVisible(banner is not None)

    # ---- saving and closing

    def _fit_nav(self) -> None:
        """As wide as the longest section name in the interface language (Kazakh and
        Russian names are longer), within reason."""
        metrics = self.nav.fontMetrics()
        widest = max((metrics.horizontalAdvance(s.title() + " •") for s in self.sections),
                     default=0)
        width = min(max(widest + 2 * self.nav.frameWidth() + 16, 200), 340)
        self.nav.setFixedWidth(width)

    def _mark(self, section: Section, dirty: bool) -> None:
        index = self.sections.index(section)
        self.nav.item(index).setText(section.title() + (" •" if dirty else ""))

    def dirty_sections(self) -> list[Section]:
        return [s for s in self.sections if s.is_dirty()]

    def save_current(self) -> bool:
        section = self.stack.currentWidget()
        return section.save() if isinstance(section, Section) else True

    def _reload_asking(self) -> None:
        dirty = self.dirty_sections()
        if dirty:
            answer = ask_unsaved(self, ", ".join(s.title() for s in dirty))
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save and not all(s.save() for s in dirty):
                return
            if answer == QMessageBox.StandardButton.Discard:
                for s in dirty:
                    s.discard()
        self.reload()

    def closeEvent(self, event) -> None:
        dirty = self.dirty_sections()
        if dirty:
            answer = ask_unsaved(self, ", ".join(s.title() for s in dirty))
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save:
                for section in dirty:
                    if not section.save():
                        self.nav.setCurrentRow(self.sections.index(section))
                        event.ignore()
                        return
        self.closed.emit(self.number)
        super().closeEvent(event)
