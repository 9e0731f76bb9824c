"""Exporting a register or the statistics to a spreadsheet, from any screen.

One call does it all::

    job = export_tables(parent, store, actor, source, what, name="registry",
                        personal_data=True, busy=page_busy)

* ``source`` — an ``exports.Table``, a list of them, or
  ``factory(uow, leave_out_sensitive)`` returning them. A factory runs off the UI
  thread in a read-only unit of work, so a large register streams from the
  database while the file is written. Headers go through ``header_text`` and
  vocabulary values through ``value_text``::

      lambda uow, leave: exports.registry_table(uow, actor, flt, header_text,
                                                values=value_text,
                                                leave_out_sensitive=leave)

  The statistics screen, whose figures are already computed::

      export_tables(self, store, actor,
                    exports.statistics_tables(stats, header_text, values=value_text),
                    "statistics", name="statistics", personal_data=False,
                    busy=self._exporting)

* ``what`` — "registry", "register" or "statistics": the audit entry is
  "export.<what>" (rows, format, whether personal columns were left out).
* ``name`` — the start of the suggested file name (never a person's name); the
  date and the suffix are added.
* ``personal_data`` — whether the tables can hold personal columns. The dialog
  then offers "Leave out personal data", ticked by default; for a role without
  ``EXPORT_CASES`` it stays ticked (the service would refuse the personal columns).
* ``busy(True)`` is called when the file is being written, ``busy(False)`` when it
  is done or failed (disable the button, say "Exporting…"); ``progress(rows)``, if
  given, every few thousand rows written (a million cases take minutes), on the UI
  thread.

Steps: ``ExportDialog`` (format XLSX/CSV, CSV separator, leave out personal data),
then ``QFileDialog.getSaveFileName`` for the file (with the format's suffix; tests
replace it with monkeypatch, as the other file dialogs), then the work through
``tasks.run_task``, then a message saying where the file went and how many rows it
holds (``QMessageBox.information``, or ``warning`` when it failed). Returns the
``ExportJob`` (signals ``finished(rows, path)`` and ``failed(message)``), or None
when the user cancelled.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, QLocale, QObject, QStandardPaths, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.db.audit import Actor
from app.db.store import Store
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.domain.permissions import Action, allowed
from app.services import exports
from app.ui.forms import named
from app.ui.messages import error_text
from app.ui.tasks import run_task

TITLES = {
    "registry": _N("ExportDialog", "Export the registry of cases"),
    "register": _N("ExportDialog", "Export the register of issued documents"),
    "statistics": _N("ExportDialog", "Export the statistics"),
}

#: The folder of the last export in this session (the next file dialog starts there).
_last_folder: str | None = None


def header_text(source: str) -> str:
    """An export header or title (``exports``' English source) in the interface language."""
    return QCoreApplication.translate(exports.HEADER_CONTEXT, source)


def value_text(context: str, source: str) -> str:
    """A vocabulary value (a status, an outcome …) in the interface language."""
    return QCoreApplication.translate(context, source)


def default_delimiter(locale: QLocale | None = None) -> str:
    """";" where numbers take a decimal comma (Excel in Kazakh or Russian settings
    splits CSV on ";" there), "," elsewhere."""
    return ";" if (locale or QLocale()).decimalPoint() == "," else ","


@dataclass(frozen=True)
class ExportChoice:
    fmt: str  # exports.XLSX or exports.CSV
    delimiter: str
    leave_out_sensitive: bool


class ExportDialog(QDialog):
    """Format, CSV separator and whether to leave out personal data."""

    def __init__(self, title: str, *, personal_data: bool, may_export_personal: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.personal_data = personal_data
        layout = QVBoxLayout(self)
        form = QFormLayout()

        formats = QWidget()
        row = QHBoxLayout(formats)
        row.setContentsMargins(0, 0, 0, 0)
        self.xlsx = named(QRadioButton(self.tr("E&xcel workbook (.xlsx)")), "exportXlsx",
                          self.tr("Excel workbook"))
        self.csv = named(QRadioButton(self.tr("&CSV text (.csv)")), "exportCsv",
                         self.tr("CSV text"))
        self.xlsx.setChecked(True)
        self.format_group = QButtonGroup(self)
        for button in (self.xlsx, self.csv):
            self.format_group.addButton(button)
            row.addWidget(button)
        row.addStretch(1)
        format_label = QLabel(self.tr("Format:"))
        form.addRow(format_label, formats)

        self.separator = named(QComboBox(), "exportSeparator", self.tr("CSV separator"))
        self.separator.addItem(self.tr("Semicolon (;) — Excel in Kazakh or Russian settings"),
                               ";")
        self.separator.addItem(self.tr("Comma (,)"), ",")
        self.separator.setCurrentIndex(self.separator.findData(default_delimiter()))
        separator_label = QLabel(self.tr("&Separator:"))
        separator_label.setBuddy(self.separator)
        form.addRow(separator_label, self.separator)
        layout.addLayout(form)

        self.leave_out = named(QCheckBox(self.tr("&Leave out personal data (names, "
                                                 "citizenship…)")),
                               "exportLeaveOut", self.tr("Leave out personal data"))
        self.leave_out.setChecked(True)
        self.leave_out.setToolTip(self.tr("Leave out the columns with personal data: "
                                          "applicants' names and citizenship, to whom a paper "
                                          "was handed and why it was voided"))
        if not may_export_personal:
            self.leave_out.setEnabled(False)
            self.leave_out.setToolTip(self.tr("Your role may export only without personal "
                                              "data."))
        self.leave_out.setVisible(personal_data)
        layout.addWidget(self.leave_out)

        note = QLabel(self.tr("The file is not encrypted. Keep it on an encrypted drive and "
                              "delete it when it is no longer needed."))
        note.setObjectName("exportNote")
        note.setWordWrap(True)
        layout.addWidget(note)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("exportButtons")
        self.ok_button = named(buttons.button(QDialogButtonBox.StandardButton.Ok),
                               "exportOk", self.tr("Choose the file and export"))
        self.ok_button.setText(self.tr("&Export…"))
        named(buttons.button(QDialogButtonBox.StandardButton.Cancel), "exportCancel",
              self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.csv.toggled.connect(self._format_changed)
        self._format_changed()

    def _format_changed(self, *_args) -> None:
        self.separator.setEnabled(self.csv.isChecked())

    def choice(self) -> ExportChoice:
        return ExportChoice(exports.CSV if self.csv.isChecked() else exports.XLSX,
                            self.separator.currentData() or ",",
                            self.leave_out.isChecked() or not self.personal_data)


class _Progress(QObject):
    """Carries the row count from the writing thread to the UI thread. It has no parent,
    so it lives as long as the export holds it, even if the page closes meanwhile."""

    counted = Signal(int)


class ExportJob(QObject):
    """One export under way; ``finished(rows, path)`` or ``failed(message)`` at the end,
    ``progressed(rows)`` on the way."""

    finished = Signal(int, str)
    failed = Signal(str)
    progressed = Signal(int)

    def __init__(self, parent: QWidget, path: Path, choice: ExportChoice, busy) -> None:
        super().__init__(parent)
        self.setObjectName("exportJob")
        self.path, self.choice, self._busy = path, choice, busy
        self.rows: int | None = None
        self.error = ""
        self.relay = _Progress()
        self.relay.counted.connect(self._counted)

    def _counted(self, rows: int) -> None:
        if shiboken6.isValid(self):
            self.progressed.emit(rows)

    def done(self, rows: int) -> None:
        self.rows = rows
        self._set_busy(False)
        parent = self.parent()
        text = QCoreApplication.translate(
            "ExportDialog", "Rows exported: %Ln. File: “{file}”.", "", rows).format(
                file=str(self.path))
        if not self.choice.leave_out_sensitive:
            text += "\n\n" + QCoreApplication.translate(
                "ExportDialog", "The file holds personal data and is not encrypted: keep it "
                                "safe and delete it when it is no longer needed.")
        if isinstance(parent, QWidget) and shiboken6.isValid(parent):
            QMessageBox.information(parent, QCoreApplication.translate("ExportDialog",
                                                                       "Exported"), text)
        self.finished.emit(rows, str(self.path))

    def fail(self, exc: Exception) -> None:
        self.error = error_text(exc)
        self._set_busy(False)
        parent = self.parent()
        if isinstance(parent, QWidget) and shiboken6.isValid(parent):
            QMessageBox.warning(parent, QCoreApplication.translate("ExportDialog",
                                                                   "Not exported"), self.error)
        self.failed.emit(self.error)

    def _set_busy(self, busy: bool) -> None:
        if self._busy is not None:
            self._busy(busy)


def _ask_path(parent: QWidget, title: str, name: str, fmt: str) -> Path | None:
    global _last_folder
    folder = _last_folder or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    start = Path(folder) / f"{name}-{date.today().isoformat()}.{fmt}"
    filters = (QCoreApplication.translate("ExportDialog", "Excel workbooks (*.xlsx)")
               if fmt == exports.XLSX
               else QCoreApplication.translate("ExportDialog", "CSV files (*.csv)"))
    chosen, _selected = QFileDialog.getSaveFileName(parent, title, str(start), filters)
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != f".{fmt}":
        path = path.with_name(f"{path.name}.{fmt}")
    _last_folder = str(path.parent)
    return path


def export_tables(parent: QWidget, store: Store, actor: Actor, source, what: str, *,
                  name: str | None = None, personal_data: bool = True,
                  busy=None, progress=None) -> ExportJob | None:
    """Ask how and where, then export ``source`` off the UI thread (see the module's
    documentation). None when the user cancelled."""
    if what not in exports.WHATS:
        raise ValueError(f"unknown export {what!r}")
    title = QCoreApplication.translate("ExportDialog", TITLES[what])
    dialog = ExportDialog(title, personal_data=personal_data,
                          may_export_personal=allowed(actor.role, Action.EXPORT_CASES),
                          parent=parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        choice = dialog.choice()
    finally:
        dialog.deleteLater()
    path = _ask_path(parent, title, name or what, choice.fmt)
    if path is None:
        return None
    job = ExportJob(parent, path, choice, busy)
    if progress is not None:
        job.progressed.connect(progress)
    job._set_busy(True)
    relay = job.relay  # held by the work below, not only by the job

    def work() -> int:
        return exports.export(store, actor, what, source, path, fmt=choice.fmt,
                              leave_out_sensitive=choice.leave_out_sensitive,
                              delimiter=choice.delimiter, progress=relay.counted.emit)

    run_task(work, job.done, job.fail)
    return job
