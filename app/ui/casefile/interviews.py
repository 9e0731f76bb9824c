"""Interviews: the list, scheduling, no-shows, and the recorder with its autosaved draft.

The recorder writes everything typed into an encrypted draft (``save_draft``)
a few seconds after each change and at least every few seconds while typing
goes on, so a crash or a power cut loses at most that much. When the case file
loads with a kept draft, the section offers to restore or discard it.
"""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.domain import vocab
from app.domain.errors import ConflictError, DomainError, ValidationError
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.permissions import Action, allowed
from app.domain.vocab import InterviewStatus
from app.domain.workflow import Step, can_take
from app.services import casefile, interviews
from app.services.casefile import CaseFile, InterviewView
from app.ui.casefile.section import CaseContext, Section
from app.ui.forms import (
    ERROR_STYLE,
    INVALID_STYLE,
    ConflictDialog,
    DirtyTracker,
    FieldErrors,
    ask_unsaved,
    confirm,
    named,
    run_save,
)
from app.ui.limits import PlainTextEdit
from app.ui.locale_format import (
    datetime_text,
    localize_date_edit,
    number_text,
    sorted_by_text,
    time_text,
)
from app.ui.lock import lock_signals
from app.ui.messages import error_text, field_message_text
from app.ui.tables import ListTableModel, plain_tooltip

DRAFT_KIND = "interview"
#: Autosave a draft this long after the last change …
AUTOSAVE_DELAY_MS = 3000
#: … and at least this often while changes keep coming.
AUTOSAVE_SAFETY_MS = 5000

#: Interview languages offered in the lists (any other code can be typed).
LANGUAGES = [
    ("kk", QT_TRANSLATE_NOOP("Languages", "Kazakh")),
    ("ru", QT_TRANSLATE_NOOP("Languages", "Russian")),
    ("ug", QT_TRANSLATE_NOOP("Languages", "Uyghur")),
    ("zh", QT_TRANSLATE_NOOP("Languages", "Chinese")),
    ("ky", QT_TRANSLATE_NOOP("Languages", "Kyrgyz")),
    ("uz", QT_TRANSLATE_NOOP("Languages", "Uzbek")),
    ("tg", QT_TRANSLATE_NOOP("Languages", "Tajik")),
    ("fa", QT_TRANSLATE_NOOP("Languages", "Persian")),
    ("ps", QT_TRANSLATE_NOOP("Languages", "Pashto")),
    ("ar", QT_TRANSLATE_NOOP("Languages", "Arabic")),
    ("tr", QT_TRANSLATE_NOOP("Languages", "Turkish")),
    ("mn", QT_TRANSLATE_NOOP("Languages", "Mongolian")),
    ("en", QT_TRANSLATE_NOOP("Languages", "English")),
]


# ---------------------------------------------------------------------------
# helpers shared by the officer's sections (candidates for app/ui/forms.py)


def name_table_parts(table: QTableView) -> None:
    """Name a table's headers after the table (screen readers and tests find them)."""
    for header, part, words in ((table.horizontalHeader(), "ColumnHeader",
                                 QCoreApplication.translate("Sections", "column headers")),
                                (table.verticalHeader(), "RowHeader",
                                 QCoreApplication.translate("Sections", "row headers"))):
        named(header, table.objectName() + part, f"{table.accessibleName()}: {words}")


def qdatetime(value: datetime) -> QDateTime:
    aware = value if value.tzinfo else value.replace(tzinfo=UTC)
    return QDateTime.fromSecsSinceEpoch(int(aware.timestamp()))


def pydatetime(value: QDateTime) -> datetime:
    """A local QDateTime as an aware UTC datetime (to the second)."""
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


def language_name(code: str) -> str:
    for known, name in LANGUAGES:
        if known == code:
            return QCoreApplication.translate("Languages", name)
    return code


def interface_language() -> str:
    """kk, ru or en: the language of the interface (from the default locale)."""
    language = QLocale().language()
    if language == QLocale.Language.Kazakh:
        return "kk"
    if language == QLocale.Language.Russian:
        return "ru"
    return "en"


# ---------------------------------------------------------------------------
# interpreters: a read service that app/services/interviews.py does not have yet


class InterpreterDialog(QDialog):
    """Register a new interpreter (name, languages, gender, organisation, phone)."""

    def __init__(self, ctx: CaseContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created_id: uuid.UUID | None = None
        self.setObjectName("interpreterDialog")
        self.setWindowTitle(self.tr("New interpreter"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        general = QLabel()
        general.setObjectName("interpreterErrors")
        self.errors = FieldErrors(general)
        form = QFormLayout()
        self.full_name = named(QLineEdit(), "interpreterName", self.tr("Full name"))
        self.languages = named(QLineEdit(), "interpreterLanguages",
                               self.tr("Languages (codes)"))
        self.languages.setPlaceholderText(self.tr("e.g. ug, kk, ru"))
        self.gender = named(QComboBox(), "interpreterGender", self.tr("Gender"))
        for value in ("female", "male", "unknown"):
            self.gender.addItem(QCoreApplication.translate("Vocab", vocab.label(vocab.Sex(value))),
                                value)
        self.gender.setCurrentIndex(2)
        self.organisation = named(QLineEdit(), "interpreterOrganisation",
                                  self.tr("Organisation"))
        self.phone = named(QLineEdit(), "interpreterPhone", self.tr("Phone"))
        for text, widget, path in (
                (self.tr("Full &name:"), self.full_name, "interpreter.full_name"),
                (self.tr("&Languages:"), self.languages, "interpreter.languages"),
                (self.tr("&Gender:"), self.gender, "interpreter.gender"),
                (self.tr("&Organisation:"), self.organisation, "interpreter.organisation"),
                (self.tr("&Phone:"), self.phone, "interpreter.phone")):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, _with_error(widget, self.errors.label_for(path, widget)))
        layout.addLayout(form)
        note = QLabel(self.tr("An interpreter must not work for the applicant's representative."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("interpreterButtons")
        named(buttons.button(QDialogButtonBox.StandardButton.Save), "interpreterSave",
              self.tr("Register the interpreter"))
        named(buttons.button(QDialogButtonBox.StandardButton.Cancel), "interpreterCancel",
              self.tr("Cancel"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _save(self) -> None:
        data = interviews.InterpreterInput(
            full_name=self.full_name.text(), languages=self.languages.text(),
            gender=self.gender.currentData(), organisation=self.organisation.text(),
            phone=self.phone.text())

        def action():
            with self.ctx.uow() as uow:
                return interviews.add_interpreter(uow, self.ctx.actor, data)

        created = run_save(self, self.errors, action)
        if created is not None:
            self.created_id = created
            self.accept()


class InterpreterCombo(QComboBox):
    """The registered interpreters, "no interpreter", and "New interpreter…"."""

    _NEW = "new"

    def __init__(self, ctx: CaseContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._previous = 0
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.activated.connect(self._activated)
        self.refresh()

    def refresh(self, select_id: uuid.UUID | None = None) -> None:
        keep = select_id if select_id is not None else self.interpreter_id()
        with self.ctx.uow(readonly=True) as uow:
            options = sorted_by_text(interviews.list_interpreters(uow, self.ctx.actor),
                                     lambda option: option.full_name)
        self.blockSignals(True)
        self.clear()
        self.addItem(self.tr("No interpreter"), None)
        for option in options:
            text = option.full_name + (f" — {option.languages.replace(',', ', ')}"
                                       if option.languages else "")
            self.addItem(text, str(option.id))
        if allowed(self.ctx.actor.role, Action.MANAGE_REFERENCE_DATA):
            self.insertSeparator(self.count())
            self.addItem(self.tr("New interpreter…"), self._NEW)
        self.blockSignals(False)
        self.set_interpreter_id(keep)

    def interpreter_id(self) -> uuid.UUID | None:
        data = self.currentData()
        return uuid.UUID(data) if data and data != self._NEW else None

    def set_interpreter_id(self, value: uuid.UUID | str | None) -> None:
        index = self.findData(str(value)) if value else 0
        self.setCurrentIndex(max(index, 0))
        self._previous = self.currentIndex()

    def _activated(self, index: int) -> None:
        if self.itemData(index) != self._NEW:
            self._previous = index
            return
        dialog = InterpreterDialog(self.ctx, self.window())
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created_id:
            self.refresh(dialog.created_id)
        else:
            self.setCurrentIndex(self._previous)


class LanguageCombo(QComboBox):
    """Common interview languages by name; another language code can be typed."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for code, name in LANGUAGES:
            self.addItem(f"{QCoreApplication.translate('Languages', name)} ({code})", code)
        self.setCurrentIndex(-1)
        self.lineEdit().setPlaceholderText(self.tr("Language"))

    def code(self) -> str:
        text = self.currentText().strip()
        index = self.findText(text)
        return self.itemData(index) if index >= 0 else text

    def set_code(self, code: str) -> None:
        index = self.findData(code) if code else -1
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(code or "")


class OptionalDateTimeEdit(QDateTimeEdit):
    """A date and time that may not be set yet; its minimum shows as ``specialValueText``."""

    def is_set(self) -> bool:
        return self.dateTime() != self.minimumDateTime()

    def clear_value(self) -> None:
        self.setDateTime(self.minimumDateTime())

    def stepBy(self, steps: int) -> None:
        if not self.is_set():  # the first arrow key starts from now, not from the minimum
            self.setDateTime(QDateTime.currentDateTime())
            return
        super().stepBy(steps)

    def focusNextPrevChild(self, next_: bool) -> bool:
        # Unset, there are no sections to tab through: Tab leaves the field (no trap).
        if not self.is_set():
            return QWidget.focusNextPrevChild(self, next_)
        return super().focusNextPrevChild(next_)


def _with_error(widget: QWidget, error: QLabel) -> QWidget:
    """A field with its error message underneath."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(error)
    return box


# ---------------------------------------------------------------------------
# scheduling


class ScheduleDialog(QDialog):
    """Date and time, place, interpreter and language of a new appointment."""

    def __init__(self, ctx: CaseContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.created_id: uuid.UUID | None = None
        self.setObjectName("scheduleDialog")
        self.setWindowTitle(self.tr("Schedule an interview — {number}").format(number=ctx.number))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        general = QLabel()
        general.setObjectName("scheduleErrors")
        self.errors = FieldErrors(general)
        form = QFormLayout()
        tomorrow = QDateTime.currentDateTime().addDays(1)
        tomorrow.setTime(QTime(10, 0))
        self.when = named(localize_date_edit(QDateTimeEdit(tomorrow)), "scheduleAt",
                          self.tr("Date and time"))
        self.when.setCalendarPopup(True)
        self.location = named(QLineEdit(), "scheduleLocation", self.tr("Place"))
        self.location.setPlaceholderText(self.tr("Office, room, or detention facility"))
        self.interpreter = named(InterpreterCombo(ctx), "scheduleInterpreter",
                                 self.tr("Interpreter"))
        self.language = named(LanguageCombo(), "scheduleLanguage", self.tr("Language"))
        rows = ((self.tr("&Date and time:"), self.when, "interview.scheduled_at"),
                (self.tr("&Place:"), self.location, "interview.location"),
                (self.tr("&Interpreter:"), self.interpreter, "interview.interpreter_id"),
                (self.tr("&Language:"), self.language, "interview.language"))
        for text, widget, path in rows:
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, _with_error(widget, self.errors.label_for(path, widget)))
        layout.addLayout(form)
        layout.addWidget(general)
        buttons = QDialogButtonBox()
        buttons.setObjectName("scheduleButtons")
        ok = buttons.addButton(self.tr("&Schedule"), QDialogButtonBox.ButtonRole.AcceptRole)
        ok.setObjectName("scheduleOk")
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName("scheduleCancel")
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _save(self) -> None:
        at = pydatetime(self.when.dateTime())
        location, interpreter_id = self.location.text(), self.interpreter.interpreter_id()
        language = self.language.code()

        def action():
            with self.ctx.uow() as uow:
                return interviews.schedule_interview(uow, self.ctx.actor, self.ctx.number, at,
                                                     location, interpreter_id, language)

        created = run_save(self, self.errors, action)
        if created is not None:
            self.created_id = created
            self.accept()


# ---------------------------------------------------------------------------
# the recorder


def load_question_templates() -> dict:
    import resources

    path = Path(resources.__file__).resolve().parent / "texts" / "interview_questions.json"
    return json.loads(path.read_text(encoding="utf-8"))


class QAEntry(QFrame):
    """One question and its answer, with buttons to move or remove it."""

    changed = Signal()
    move_requested = Signal(object, int)  # entry, -1 up / +1 down
    remove_requested = Signal(object)

    def __init__(self, question: str = "", answer: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("qaEntry")
        grid = QGridLayout(self)
        grid.setContentsMargins(6, 4, 6, 4)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        self.number = QLabel()
        self.number.setObjectName("qaNumber")
        self.number.setMinimumWidth(28)
        self.question = QLineEdit(question)
        self.question.setPlaceholderText(self.tr("Question"))
        self.answer = PlainTextEdit(answer)
        self.answer.setPlaceholderText(self.tr("Answer, as interpreted"))
        self.answer.setTabChangesFocus(True)
        self.answer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.question_error = QLabel()
        self.answer_error = QLabel()
        for label in (self.question_error, self.answer_error):
            label.setStyleSheet(ERROR_STYLE)
            label.setWordWrap(True)
            label.hide()
        style = self.style()
        self.up = QToolButton()
        self.up.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowUp))
        self.down = QToolButton()
        self.down.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowDown))
        self.remove = QToolButton()
        self.remove.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_TrashIcon))
        self.up.setToolTip(self.tr("Move this question up"))
        self.down.setToolTip(self.tr("Move this question down"))
        self.remove.setToolTip(self.tr("Remove this question and its answer"))
        buttons = QHBoxLayout()
        buttons.setSpacing(2)
        for button in (self.up, self.down, self.remove):
            button.setAutoRaise(True)
            buttons.addWidget(button)
        grid.addWidget(self.number, 0, 0, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(self.question, 0, 1)
        grid.addLayout(buttons, 0, 2)
        grid.addWidget(self.question_error, 1, 1, 1, 2)
        grid.addWidget(self.answer, 2, 1, 1, 2)
        grid.addWidget(self.answer_error, 3, 1, 1, 2)
        grid.setColumnStretch(1, 1)
        self.question.textChanged.connect(lambda _text: self.changed.emit())
        self.answer.textChanged.connect(self.changed.emit)
        self.answer.document().contentsChanged.connect(self._fit_answer)
        self.up.clicked.connect(lambda: self.move_requested.emit(self, -1))
        self.down.clicked.connect(lambda: self.move_requested.emit(self, 1))
        self.remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self._fit_answer()

    def resizeEvent(self, event) -> None:  # wrapping changes with the width
        super().resizeEvent(event)
        self._fit_answer()

    def set_position(self, index: int, count: int) -> None:
        n = index + 1
        self.number.setText(f"{n}.")
        named(self.question, f"qaQuestion_{index}", self.tr("Question {n}").format(n=n))
        named(self.answer, f"qaAnswer_{index}", self.tr("Answer {n}").format(n=n))
        named(self.up, f"qaUp_{index}", self.tr("Move question {n} up").format(n=n))
        named(self.down, f"qaDown_{index}", self.tr("Move question {n} down").format(n=n))
        named(self.remove, f"qaRemove_{index}", self.tr("Remove question {n}").format(n=n))
        self.up.setEnabled(index > 0)
        self.down.setEnabled(index < count - 1)

    def set_read_only(self) -> None:
        self.question.setReadOnly(True)
        self.answer.setReadOnly(True)
        for button in (self.up, self.down, self.remove):
            button.hide()

    def show_error(self, field: str, message: str) -> QWidget:
        widget, label = ((self.question, self.question_error) if field == "question"
                         else (self.answer, self.answer_error))
        label.setText(message[:1].upper() + message[1:])
        label.show()
        widget.setStyleSheet(INVALID_STYLE)
        widget.setAccessibleDescription(label.text())
        return widget

    def clear_errors(self) -> None:
        for widget, label in ((self.question, self.question_error),
                              (self.answer, self.answer_error)):
            label.hide()
            label.clear()
            widget.setStyleSheet("")
            widget.setAccessibleDescription("")

    def _fit_answer(self) -> None:
        # Grow with the answer between 3 and 14 lines; the list scrolls beyond that.
        lines = max(3, min(14, int(self.answer.document().size().height()) + 1))
        height = (lines * self.answer.fontMetrics().lineSpacing()
                  + 2 * int(self.answer.document().documentMargin())
                  + 2 * self.answer.frameWidth() + 4)
        if self.answer.height() != height:
            self.answer.setFixedHeight(height)


class DraftAutosaver(QObject):
    """Writes the recorder's state a moment after changes, and at least every few seconds.

    Writes are synchronous (a few milliseconds), so drafts are written in the
    order they were taken and a later one never loses to an earlier one.
    """

    saved = Signal(object)  # the local QDateTime of the write
    failed = Signal(str)

    def __init__(self, take, write, parent=None) -> None:
        super().__init__(parent)
        self._take, self._write = take, write
        self.stale = False
        self.delay = QTimer(self)
        self.delay.setObjectName("autosaveDelay")
        self.delay.setSingleShot(True)
        self.delay.setInterval(AUTOSAVE_DELAY_MS)
        self.delay.timeout.connect(self.flush)
        self.safety = QTimer(self)
        self.safety.setObjectName("autosaveSafety")
        self.safety.setInterval(AUTOSAVE_SAFETY_MS)
        self.safety.timeout.connect(self.flush)

    def changed(self) -> None:
        self.stale = True
        self.delay.start()
        if not self.safety.isActive():
            self.safety.start()

    def flush(self) -> bool:
        """Write now if anything changed since the last write; True when nothing is pending."""
        if not self.stale:
            return True
        payload = self._take()
        try:
            self._write(payload)
        except DomainError as exc:  # disk full, locked …: keep trying on the next tick
            self.failed.emit(error_text(exc))
            return False
        self.stale = False
        self.delay.stop()
        self.safety.stop()
        self.saved.emit(QDateTime.currentDateTime())
        return True

    def stop(self) -> None:
        self.delay.stop()
        self.safety.stop()
        self.stale = False


class InterviewRecorder(QDialog):
    """Records a held interview: times, people, the questions and answers, read-back.

    ``interview`` is the scheduled (or held) interview being recorded, or None
    for an interview not scheduled beforehand. ``draft`` is a restored
    autosave payload. ``read_only`` shows a held interview without editing.
    """

    recorded = Signal(object)  # the interview id
    dirty_changed = Signal(bool)

    def __init__(self, ctx: CaseContext, interview: InterviewView | None = None, *,
                 draft: dict | None = None, read_only: bool = False, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.read_only = read_only
        self.interview_id = interview.id if interview else None
        self.version = interview.version if interview else None
        self.entries: list[QAEntry] = []
        self.setObjectName("interviewRecorder")
        self.setWindowTitle(
            self.tr("Interview record — {number}").format(number=ctx.number) if not read_only
            else self.tr("Interview record (read only) — {number}").format(number=ctx.number))
        self.resize(980, 820)
        self.tracker = DirtyTracker(self)
        self.tracker.changed.connect(self.dirty_changed)
        self.autosave = DraftAutosaver(self.draft_payload, self._write_draft, self)
        self.autosave.saved.connect(self._draft_saved)
        self.autosave.failed.connect(self._draft_failed)
        lock_signals().about_to_lock.connect(self.autosave.flush)  # saved before it is hidden
        self._filling = False
        self._build()
        self._fill(interview, draft)
        if read_only:
            self._make_read_only()

    # ---- layout

    def _build(self) -> None:
        general = QLabel()
        general.setObjectName("recorderErrors")
        self.errors = FieldErrors(general)
        outer = QVBoxLayout(self)

        details = QGroupBox(self.tr("Interview"))
        grid = QGridLayout(details)
        self.started = named(localize_date_edit(QDateTimeEdit()), "recorderStarted",
                             self.tr("Started at"))
        self.started.setCalendarPopup(True)
        self.start_now = named(QPushButton(self.tr("Start &now")), "recorderStartNow",
                               self.tr("Set the start time to now"))
        self.ended = named(localize_date_edit(OptionalDateTimeEdit()), "recorderEnded",
                           self.tr("Ended at"))
        self.ended.setCalendarPopup(True)
        # Its minimum shows as blank: "not ended yet".
        self.ended.setMinimumDateTime(QDateTime(QDateTime.currentDateTime().date().addYears(-30),
                                                QTime(0, 0)))
        self.ended.setSpecialValueText(self.tr("not yet"))
        self.end_now = named(QPushButton(self.tr("&End now")), "recorderEndNow",
                             self.tr("Set the end time to now"))
        self.interpreter = named(InterpreterCombo(self.ctx), "recorderInterpreter",
                                 self.tr("Interpreter"))
        self.language = named(LanguageCombo(), "recorderLanguage", self.tr("Language"))
        self.dialect = named(QLineEdit(), "recorderDialect", self.tr("Dialect"))
        self.location = named(QLineEdit(), "recorderLocation", self.tr("Place"))
        self.representative_present = named(
            QCheckBox(self.tr("&Representative (lawyer) present")), "recorderRepresentative",
            self.tr("Representative present"))
        self.attendees = named(QLineEdit(), "recorderAttendees", self.tr("Others present"))
        self.attendees.setPlaceholderText(self.tr("Names and roles of everyone else in the room"))

        def add(row, column, text, widget, path, extra=None, span=1):
            label = QLabel(text)
            label.setBuddy(widget)
            grid.addWidget(label, row, column, Qt.AlignmentFlag.AlignTop)
            field = _with_error(widget, self.errors.label_for(path, widget))
            if extra is None:
                grid.addWidget(field, row, column + 1, 1, span)
            else:
                line = QHBoxLayout()
                line.addWidget(field, 1)
                line.addWidget(extra, 0, Qt.AlignmentFlag.AlignTop)
                grid.addLayout(line, row, column + 1, 1, span)

        add(0, 0, self.tr("&Started:"), self.started, "interview.started_at", self.start_now)
        add(0, 2, self.tr("&Interpreter:"), self.interpreter, "interview.interpreter_id")
        add(1, 0, self.tr("En&ded:"), self.ended, "interview.ended_at", self.end_now)
        add(1, 2, self.tr("&Language:"), self.language, "interview.language")
        add(2, 0, self.tr("&Place:"), self.location, "interview.location")
        add(2, 2, self.tr("Diale&ct:"), self.dialect, "interview.dialect")
        add(3, 0, self.tr("&Others present:"), self.attendees, "interview.attendees")
        grid.addWidget(self.representative_present, 3, 2, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        outer.addWidget(details)

        qa_box = QGroupBox(self.tr("Questions and answers"))
        qa_layout = QVBoxLayout(qa_box)
        tools = QHBoxLayout()
        self.add_entry = named(QPushButton(self.tr("&Add question")), "recorderAddQuestion",
                               self.tr("Add a question"))
        self.templates = named(QToolButton(), "recorderTemplates",
                               self.tr("Insert template questions"))
        self.templates.setText(self.tr("Insert &template questions"))
        self.templates.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.templates.setMenu(self._template_menu())
        self.qa_count = QLabel()
        self.qa_count.setObjectName("recorderQuestionCount")
        tools.addWidget(self.add_entry)
        tools.addWidget(self.templates)
        tools.addStretch(1)
        tools.addWidget(self.qa_count)
        qa_layout.addLayout(tools)
        self.entries_host = QWidget()
        self.entries_host.setObjectName("qaEntries")
        self.entries_layout = QVBoxLayout(self.entries_host)
        self.entries_layout.setContentsMargins(0, 0, 0, 0)
        self.entries_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("qaScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.entries_host)
        self.entries_error = QLabel()
        self.entries_error.setObjectName("error_interview_entries")
        self.entries_error.setStyleSheet(ERROR_STYLE)
        self.entries_error.hide()
        qa_layout.addWidget(self.scroll, 1)
        qa_layout.addWidget(self.entries_error)
        outer.addWidget(qa_box, 1)

        closing = QGridLayout()
        self.demeanour = named(PlainTextEdit(), "recorderDemeanour", self.tr("Demeanour notes"))
        self.demeanour.setTabChangesFocus(True)
        self.demeanour.setFixedHeight(self.demeanour.fontMetrics().lineSpacing() * 3 + 14)
        self.demeanour.setPlaceholderText(self.tr(
            "Observations only (e.g. pauses, distress, breaks taken) — not conclusions"))
        demeanour_label = QLabel(self.tr("De&meanour notes:"))
        demeanour_label.setBuddy(self.demeanour)
        closing.addWidget(demeanour_label, 0, 0, Qt.AlignmentFlag.AlignTop)
        closing.addWidget(_with_error(self.demeanour, self.errors.label_for(
            "interview.demeanour_notes", self.demeanour)), 0, 1)
        checks = QHBoxLayout()
        self.read_back = named(QCheckBox(self.tr("Record read &back to the applicant")),
                               "recorderReadBack", self.tr("Record read back"))
        self.signed = named(QCheckBox(self.tr("Applicant si&gned the record")),
                            "recorderSigned", self.tr("Applicant signed"))
        checks.addWidget(self.read_back)
        checks.addWidget(self.signed)
        checks.addStretch(1)
        closing.addLayout(checks, 1, 1)
        closing.setColumnStretch(1, 1)
        outer.addLayout(closing)
        outer.addWidget(general)

        bottom = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("recorderDraftStatus")
        self.status.setAccessibleName(self.tr("Draft status"))
        bottom.addWidget(self.status, 1)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Save)
        named(self.save_button, "recorderSave", self.tr("Save the interview record"))
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        named(self.close_button, "recorderClose", self.tr("Close"))
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        bottom.addWidget(self.buttons)
        outer.addLayout(bottom)

        self.start_now.clicked.connect(
            lambda: self.started.setDateTime(QDateTime.currentDateTime()))
        self.end_now.clicked.connect(lambda: self.ended.setDateTime(QDateTime.currentDateTime()))
        self.add_entry.clicked.connect(self._add_clicked)
        for edit in (self.started, self.ended):
            edit.dateTimeChanged.connect(self._edited)
        for line in (self.dialect, self.location, self.attendees):
            line.textChanged.connect(self._edited)
        self.interpreter.currentIndexChanged.connect(self._edited)
        self.language.currentIndexChanged.connect(self._edited)
        self.language.editTextChanged.connect(self._edited)
        self.demeanour.textChanged.connect(self._edited)
        for box in (self.representative_present, self.read_back, self.signed):
            box.toggled.connect(self._edited)

    def _template_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("templateMenu")
        language = interface_language()
        try:
            templates = load_question_templates()
        except (OSError, ValueError):
            action = menu.addAction(self.tr("The question templates cannot be read."))
            action.setEnabled(False)
            return menu
        sets = templates.get("sets", [])
        everything = menu.addAction(self.tr("All topics"))
        everything.setObjectName("templateAll")
        everything.triggered.connect(
            lambda: self.insert_questions([q for s in sets for q in s["questions"]], language))
        menu.addSeparator()
        for topic in sets:
            title = topic["title"].get(language) or topic["title"]["en"]
            action = menu.addAction(title)
            action.setObjectName(f"template_{topic['id']}")
            action.triggered.connect(
                lambda _checked=False, qs=topic["questions"]: self.insert_questions(qs, language))
        return menu

    # ---- entries

    def insert_questions(self, questions: list[dict], language: str) -> None:
        texts = [q.get(language) or q["en"] for q in questions]
        # Fill an untouched empty last pair before adding new ones.
        if self.entries and not self.entries[-1].question.text() \
                and not self.entries[-1].answer.toPlainText() and texts:
            self.entries[-1].question.setText(texts.pop(0))
        for text in texts:
            self._add(text, "")
        self._entries_changed()

    def _add_clicked(self) -> None:
        entry = self._add("", "")
        self._entries_changed()
        entry.question.setFocus()
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(entry))

    def _add(self, question: str, answer: str) -> QAEntry:
        entry = QAEntry(question, answer)
        entry.changed.connect(self._edited)
        entry.move_requested.connect(self._move)
        entry.remove_requested.connect(self._remove)
        self.entries.append(entry)
        self.entries_layout.insertWidget(len(self.entries) - 1, entry)
        entry.show()  # at once, not when the layout gets round to it
        if self.read_only:
            entry.set_read_only()
        return entry

    def _move(self, entry: QAEntry, step: int) -> None:
        index = self.entries.index(entry)
        target = index + step
        if not 0 <= target < len(self.entries):
            return
        self.entries.insert(target, self.entries.pop(index))
        self.entries_layout.removeWidget(entry)
        self.entries_layout.insertWidget(target, entry)
        self._entries_changed()
        (entry.up if step < 0 and entry.up.isEnabled() else
         entry.down if entry.down.isEnabled() else entry.question).setFocus()

    def _remove(self, entry: QAEntry) -> None:
        if (entry.question.text() or entry.answer.toPlainText()) and not confirm(
                self, self.tr("Remove question"),
                self.tr("Remove this question and its answer from the record?")):
            return
        index = self.entries.index(entry)
        self.entries.pop(index)
        self.entries_layout.removeWidget(entry)
        entry.deleteLater()
        self._entries_changed()
        if self.entries:
            self.entries[min(index, len(self.entries) - 1)].question.setFocus()
        else:
            self.add_entry.setFocus()

    def _entries_changed(self) -> None:
        count = len(self.entries)
        for index, entry in enumerate(self.entries):
            entry.set_position(index, count)
        self.qa_count.setText(self.tr("%Ln question(s)", "", count))
        self._fix_tab_order()
        self._edited()

    def _fix_tab_order(self) -> None:
        chain: list[QWidget] = [self.started, self.start_now, self.ended, self.end_now,
                                self.location, self.attendees, self.interpreter, self.language,
                                self.dialect, self.representative_present, self.add_entry,
                                self.templates]
        for entry in self.entries:
            chain += [entry.question, entry.up, entry.down, entry.remove, entry.answer]
        chain += [self.demeanour, self.read_back, self.signed, self.save_button,
                  self.close_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ---- state

    def _fill(self, interview: InterviewView | None, draft: dict | None) -> None:
        self._filling = True
        try:
            if draft is not None:
                self._fill_from_draft(draft)
            else:
                self._fill_from_view(interview)
        finally:
            self._filling = False
        self._entries_changed_quietly()
        if draft is not None:
            # Restored text is not in the database yet: it counts as unsaved.
            self.tracker.mark()
            saved_at = draft.get("saved_at")
            if saved_at:
                self.status.setText(self.tr("Restored the draft saved at {time}").format(
                    time=datetime_text(datetime.fromisoformat(saved_at))))

    def _entries_changed_quietly(self) -> None:
        self._filling = True
        try:
            self._entries_changed()
        finally:
            self._filling = False

    def _fill_from_view(self, interview: InterviewView | None) -> None:
        held = interview is not None and interview.status == InterviewStatus.HELD
        now = QDateTime.currentDateTime()
        self.started.setDateTime(qdatetime(interview.started_at)
                                 if held and interview.started_at else now)
        if held and interview.ended_at:
            self.ended.setDateTime(qdatetime(interview.ended_at))
        else:
            self.ended.clear_value()
        if interview is not None:
            self.interpreter.set_interpreter_id(interview.interpreter_id)
            self.language.set_code(interview.language)
            self.dialect.setText(interview.dialect)
            self.location.setText(interview.location)
            self.representative_present.setChecked(interview.representative_present)
            self.attendees.setText(interview.attendees)
            self.demeanour.setPlainText(interview.demeanour_notes)
            self.read_back.setChecked(interview.read_back_done)
            self.signed.setChecked(interview.applicant_signed)
            for qa in interview.entries:
                self._add(qa.question, qa.answer)
        if not self.entries and not self.read_only:
            self._add("", "")

    def _fill_from_draft(self, draft: dict) -> None:
        def when(key):
            value = draft.get(key)
            return qdatetime(datetime.fromisoformat(value)) if value else None

        self.interview_id = uuid.UUID(draft["interview_id"]) if draft.get("interview_id") \
            else self.interview_id
        self.version = draft.get("version", self.version)
        self.started.setDateTime(when("started_at") or QDateTime.currentDateTime())
        if when("ended_at"):
            self.ended.setDateTime(when("ended_at"))
        else:
            self.ended.clear_value()
        self.interpreter.set_interpreter_id(draft.get("interpreter_id"))
        self.language.set_code(draft.get("language", ""))
        self.dialect.setText(draft.get("dialect", ""))
        self.location.setText(draft.get("location", ""))
        self.representative_present.setChecked(bool(draft.get("representative_present")))
        self.attendees.setText(draft.get("attendees", ""))
        self.demeanour.setPlainText(draft.get("demeanour_notes", ""))
        self.read_back.setChecked(bool(draft.get("read_back_done")))
        self.signed.setChecked(bool(draft.get("applicant_signed")))
        for qa in draft.get("entries", []):
            self._add(qa.get("question", ""), qa.get("answer", ""))
        if not self.entries:
            self._add("", "")

    def _ended(self) -> QDateTime | None:
        return self.ended.dateTime() if self.ended.is_set() else None

    def draft_payload(self) -> dict:
        """Everything typed, as JSON-ready values (the autosave payload)."""
        ended = self._ended()
        return {
            "interview_id": str(self.interview_id) if self.interview_id else None,
            "version": self.version,
            "saved_at": datetime.now(UTC).isoformat(),
            "started_at": pydatetime(self.started.dateTime()).isoformat(),
            "ended_at": pydatetime(ended).isoformat() if ended else None,
            "interpreter_id": str(self.interpreter.interpreter_id() or "") or None,
            "language": self.language.code(),
            "dialect": self.dialect.text(),
            "location": self.location.text(),
            "representative_present": self.representative_present.isChecked(),
            "attendees": self.attendees.text(),
            "entries": [{"question": e.question.text(), "answer": e.answer.toPlainText()}
                        for e in self.entries],
            "demeanour_notes": self.demeanour.toPlainText(),
            "read_back_done": self.read_back.isChecked(),
            "applicant_signed": self.signed.isChecked(),
        }

    def _edited(self, *_args) -> None:
        if self._filling or self.read_only:
            return
        self.tracker.mark()
        self.autosave.changed()

    def is_dirty(self) -> bool:
        return self.tracker.dirty

    # ---- drafts

    def _write_draft(self, payload: dict) -> None:
        with self.ctx.uow() as uow:
            interviews.save_draft(uow, self.ctx.actor, self.ctx.number, DRAFT_KIND, payload,
                                  target_id=self.interview_id)

    def _draft_saved(self, when: QDateTime) -> None:
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Draft saved at {time}").format(
            time=time_text(when, seconds=True)))

    def _draft_failed(self, message: str) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(self.tr("The draft could not be saved: {error}").format(
            error=message))

    def _discard_draft(self) -> None:
        self.autosave.stop()
        try:
            with self.ctx.uow() as uow:
                interviews.discard_draft(uow, self.ctx.actor, self.ctx.number, DRAFT_KIND)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Draft not discarded"), error_text(exc))

    # ---- saving and closing

    def _input(self, ended: QDateTime) -> interviews.InterviewRecordInput:
        return interviews.InterviewRecordInput(
            started_at=pydatetime(self.started.dateTime()), ended_at=pydatetime(ended),
            language=self.language.code(), dialect=self.dialect.text(),
            interpreter_id=self.interpreter.interpreter_id(), location=self.location.text(),
            representative_present=self.representative_present.isChecked(),
            attendees=self.attendees.text(),
            entries=[interviews.QAInput(e.question.text(), e.answer.toPlainText())
                     for e in self.entries],
            demeanour_notes=self.demeanour.toPlainText(),
            read_back_done=self.read_back.isChecked(),
            applicant_signed=self.signed.isChecked())

    def save(self) -> bool:
        """Record the interview; True when it is saved (the dialog then closes)."""
        if self.read_only:
            return True
        self.errors.clear()
        self.entries_error.hide()
        for entry in self.entries:
            entry.clear_errors()
        ended = self._ended()
        if ended is None:
            self._show_errors({"interview.ended_at": self.tr(
                "set the time the interview ended (“End now”).")})
            return False
        data = self._input(ended)
        try:
            with self.ctx.uow() as uow:
                interview_id = interviews.record_interview(
                    uow, self.ctx.actor, self.ctx.number, data,
                    interview_id=self.interview_id, expected_version=self.version)
        except ConflictError:
            return self._conflict(data)
        except ValidationError as exc:
            self._show_errors(exc.errors)
            return False
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), error_text(exc))
            return False
        self.autosave.stop()  # the service deleted the draft with the save
        self.interview_id = interview_id
        self.tracker.reset()
        self.recorded.emit(interview_id)
        super().accept()
        return True

    def _show_errors(self, errors: dict[str, str]) -> None:
        entry_errors, other = {}, {}
        for path, message in errors.items():
            if path.startswith("interview.entries["):
                entry_errors[path] = message
            else:
                other[path] = message
        first = self.errors.show(other) if other else None
        for path, message in entry_errors.items():
            index_text, _, field = path[len("interview.entries["):].partition("].")
            try:
                entry = self.entries[int(index_text)]
            except (ValueError, IndexError):
                self.entries_error.setText(field_message_text(message))
                self.entries_error.show()
                continue
            widget = entry.show_error(field, field_message_text(message))
            if first is None:
                first = widget
                self.scroll.ensureWidgetVisible(entry)
        if first is not None:
            first.setFocus()

    def _conflict(self, mine: interviews.InterviewRecordInput) -> bool:
        with self.ctx.uow() as uow:
            fresh = casefile.load_case_file(uow, self.ctx.actor, self.ctx.number)
        theirs = next((i for i in fresh.interviews if i.id == self.interview_id), None)
        if theirs is None:
            QMessageBox.warning(self, self.tr("Not saved"), self.tr(
                "This interview no longer exists. Your text is kept in the draft."))
            return False
        rows = [
            (self.tr("Started"), datetime_text(theirs.started_at),
             datetime_text(mine.started_at)),
            (self.tr("Ended"), datetime_text(theirs.ended_at), datetime_text(mine.ended_at)),
            (self.tr("Language"), theirs.language, mine.language),
            (self.tr("Questions"), number_text(len(theirs.entries)), number_text(len(mine.entries))),
            (self.tr("Demeanour notes"), theirs.demeanour_notes, mine.demeanour_notes),
        ]
        choice = ConflictDialog(self, rows, theirs.officer).exec()
        if choice == ConflictDialog.KEEP_MINE:
            self.version = theirs.version  # knowingly over the newer version
            return self.save()
        if choice == ConflictDialog.TAKE_THEIRS:
            self._discard_draft()
            self.tracker.reset()
            super().reject()
        return False

    def discard_and_close(self) -> None:
        """Drop what was typed (and its draft) and close without asking."""
        if not self.read_only:
            self._discard_draft()
        self.tracker.reset()
        super().reject()

    def reject(self) -> None:  # Esc, the Close button and the window's close box
        if self.read_only or not self.is_dirty():
            self.autosave.stop()
            super().reject()
            return
        answer = ask_unsaved(self, self.tr("interview record"))
        if answer == QMessageBox.StandardButton.Save:
            self.save()
        elif answer == QMessageBox.StandardButton.Discard:
            self.discard_and_close()

    def _make_read_only(self) -> None:
        for widget in (self.started, self.ended, self.dialect, self.location, self.attendees,
                       self.demeanour):
            widget.setReadOnly(True)
        for widget in (self.interpreter, self.language, self.representative_present,
                       self.read_back, self.signed):
            widget.setEnabled(False)
        for widget in (self.start_now, self.end_now, self.add_entry, self.templates,
                       self.save_button):
            widget.hide()
        self.close_button.setDefault(True)


# ---------------------------------------------------------------------------
# the section


_HEADERS = [
    QT_TRANSLATE_NOOP("InterviewTable", "Status"),
    QT_TRANSLATE_NOOP("InterviewTable", "Scheduled for"),
    QT_TRANSLATE_NOOP("InterviewTable", "Started"),
    QT_TRANSLATE_NOOP("InterviewTable", "Ended"),
    QT_TRANSLATE_NOOP("InterviewTable", "Interpreter"),
    QT_TRANSLATE_NOOP("InterviewTable", "Language"),
    QT_TRANSLATE_NOOP("InterviewTable", "Questions"),
    QT_TRANSLATE_NOOP("InterviewTable", "Place"),
]


class InterviewTableModel(ListTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__("InterviewTable", _HEADERS, parent)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return QCoreApplication.translate(
                    "Vocab", vocab.label(InterviewStatus(row.status)))
            if column == 1:
                return datetime_text(row.scheduled_at)
            if column == 2:
                return datetime_text(row.started_at)
            if column == 3:
                return datetime_text(row.ended_at)
            if column == 4:
                return row.interpreter
            if column == 5:
                return language_name(row.language)
            if column == 6:
                return number_text(len(row.entries)) if row.status == InterviewStatus.HELD else ""
            if column == 7:
                return row.location
        if role == Qt.ItemDataRole.ToolTipRole and column == 5 and row.dialect:
            return plain_tooltip(self.tr("Dialect: {dialect}").format(dialect=row.dialect))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 6:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class InterviewsSection(Section):
    """The interviews of the case, and the recorder for holding one."""

    TITLE = QT_TRANSLATE_NOOP("CaseFile", "Interviews")
    SENSITIVE = True

    def __init__(self, ctx: CaseContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("interviewsSection")
        self.recorder: InterviewRecorder | None = None
        self.viewer: InterviewRecorder | None = None
        self.print_dialog = None
        layout = QVBoxLayout(self)

        self.banner = QFrame()
        self.banner.setObjectName("draftBanner")
        self.banner.setStyleSheet(
            "QFrame#draftBanner { background: #fff4d6; border: 1px solid #e0b84f; }")
        banner_layout = QHBoxLayout(self.banner)
        self.banner_text = QLabel()
        self.banner_text.setObjectName("draftBannerText")
        self.banner_text.setWordWrap(True)
        self.restore_button = named(QPushButton(self.tr("Re&store")), "restoreDraft",
                                    self.tr("Restore the kept interview record"))
        self.discard_button = named(QPushButton(self.tr("Discar&d")), "discardDraft",
                                    self.tr("Discard the kept interview record"))
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.restore_button)
        banner_layout.addWidget(self.discard_button)
        self.banner.hide()
        layout.addWidget(self.banner)

        heading = QLabel(self.tr("&Interviews:"))
        self.table = named(QTableView(), "interviewTable", self.tr("Interviews"))
        heading.setBuddy(self.table)
        self.model = InterviewTableModel(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        name_table_parts(self.table)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("No interview has been scheduled or recorded yet."))
        self.empty.setObjectName("interviewsEmpty")
        layout.addWidget(self.empty)

        buttons = QHBoxLayout()
        self.schedule_button = named(QPushButton(self.tr("S&chedule…")), "scheduleInterview",
                                     self.tr("Schedule an interview"))
        self.record_button = named(QPushButton(self.tr("&Record…")), "recordInterview",
                                   self.tr("Record an interview"))
        self.no_show_button = named(QPushButton(self.tr("&No-show")), "noShow",
                                    self.tr("Record that the applicant did not come"))
        self.view_button = named(QPushButton(self.tr("&View")), "viewInterview",
                                 self.tr("View the interview record"))
        self.print_button = named(QPushButton(self.tr("&Print record…")), "printInterview",
                                  self.tr("Print the interview record"))
        self.print_button.setVisible(allowed(ctx.actor.role, Action.VIEW_SENSITIVE)
                                     and allowed(ctx.actor.role, Action.PRINT_DOCUMENT))
        for button in (self.schedule_button, self.record_button, self.no_show_button,
                       self.view_button, self.print_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

        self.schedule_button.clicked.connect(self.schedule)
        self.record_button.clicked.connect(self.record)
        self.no_show_button.clicked.connect(self.no_show)
        self.view_button.clicked.connect(self.view)
        self.print_button.clicked.connect(self.print_record)
        self.restore_button.clicked.connect(self.restore_draft)
        self.discard_button.clicked.connect(self.discard_kept_draft)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(self._double_clicked)
        self._update_buttons()

    # ---- loading

    def load(self, case_file: CaseFile) -> None:
        super().load(case_file)
        selected = self.selected()
        self.model.set_rows(case_file.interviews)
        self.empty.setVisible(not case_file.interviews)
        if selected is not None:
            for row in range(self.model.rowCount()):
                if self.model.row_at(row).id == selected.id:
                    self.table.selectRow(row)
        self._show_banner(DRAFT_KIND in case_file.drafts)
        self._update_buttons()

    def _show_banner(self, kept: bool) -> None:
        if not kept or self.recorder is not None:
            self.banner.hide()
            return
        with self.ctx.uow(readonly=True) as uow:
            draft = interviews.load_draft(uow, self.ctx.actor, self.ctx.number, DRAFT_KIND)
        if draft is None:
            self.banner.hide()
            return
        saved_at = draft.get("saved_at")
        when = datetime_text(datetime.fromisoformat(saved_at)) if saved_at else "?"
        self.banner_text.setText(self.tr(
            "An unsaved interview record from {time} was kept.").format(time=when))
        self.banner.show()

    def selected(self) -> InterviewView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_buttons(self, *_args) -> None:
        cf, role = self.case_file, self.ctx.actor.role
        chosen = self.selected()
        status = cf.status if cf else None
        self.schedule_button.setEnabled(
            status is not None and can_take(Step.SCHEDULE_INTERVIEW, status, role))
        self.record_button.setEnabled(
            status is not None and can_take(Step.RECORD_INTERVIEW, status, role)
            and allowed(role, Action.RECORD_INTERVIEW_CONTENT))
        self.no_show_button.setEnabled(
            status is not None and chosen is not None
            and chosen.status == InterviewStatus.SCHEDULED
            and can_take(Step.RECORD_NO_SHOW, status, role))
        self.view_button.setEnabled(chosen is not None and chosen.status == InterviewStatus.HELD)
        self.print_button.setEnabled(chosen is not None and chosen.status == InterviewStatus.HELD)
        if self._interview_to_record() is not None:
            self.record_button.setToolTip(self.tr("Record the scheduled interview"))
        else:
            self.record_button.setToolTip(self.tr("Record an interview held without an "
                                                  "appointment"))

    def _double_clicked(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is None:
            return
        if row.status == InterviewStatus.HELD:
            self.view()
        elif row.status == InterviewStatus.SCHEDULED and self.record_button.isEnabled():
            self.record()

    # ---- actions

    def schedule(self) -> None:
        dialog = ScheduleDialog(self.ctx, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.saved.emit()

    def record(self) -> None:
        if self.recorder is not None:
            self.recorder.raise_()
            self.recorder.activateWindow()
            return
        if self.banner.isVisible():
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Kept interview record"),
                              self.tr("An unsaved interview record was kept. Restore it, or "
                                      "start a new record and discard the kept one?"),
                              QMessageBox.StandardButton.Cancel, self)
            box.setObjectName("keptDraftPrompt")
            restore = box.addButton(self.tr("Restore"), QMessageBox.ButtonRole.AcceptRole)
            fresh = box.addButton(self.tr("Start a new record"),
                                  QMessageBox.ButtonRole.DestructiveRole)
            box.exec()
            if box.clickedButton() is restore:
                self.restore_draft()
                return
            if box.clickedButton() is not fresh:
                return
            with self.ctx.uow() as uow:
                interviews.discard_draft(uow, self.ctx.actor, self.ctx.number, DRAFT_KIND)
            self.banner.hide()
        self.open_recorder(self._interview_to_record())

    def _interview_to_record(self) -> InterviewView | None:
        """The selected scheduled interview; with nothing selected, the next scheduled one;
        None (an interview held without appointment) when a held one is selected."""
        chosen = self.selected()
        if chosen is not None:
            return chosen if chosen.status == InterviewStatus.SCHEDULED else None
        scheduled = [i for i in (self.case_file.interviews if self.case_file else [])
                     if i.status == InterviewStatus.SCHEDULED]
        return scheduled[-1] if scheduled else None

    def open_recorder(self, interview: InterviewView | None = None, *,
                      draft: dict | None = None) -> InterviewRecorder:
        """Open the recorder (non-modal, so the rest of the case file stays readable)."""
        self.banner.hide()
        recorder = InterviewRecorder(self.ctx, interview, draft=draft, parent=self)
        recorder.setWindowFlag(Qt.WindowType.Window, True)
        recorder.dirty_changed.connect(self.dirty_changed)
        recorder.recorded.connect(lambda _id: self.saved.emit())
        recorder.finished.connect(self._recorder_finished)
        self.recorder = recorder
        recorder.show()
        recorder.raise_()
        recorder.activateWindow()
        if draft is not None:
            self.dirty_changed.emit(True)
        return recorder

    def _recorder_finished(self, _result: int) -> None:
        recorder, self.recorder = self.recorder, None
        self.dirty_changed.emit(False)
        if recorder is not None:
            recorder.deleteLater()

    def view(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen.status != InterviewStatus.HELD:
            return
        viewer = InterviewRecorder(self.ctx, chosen, read_only=True, parent=self)
        viewer.setWindowFlag(Qt.WindowType.Window, True)
        viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.viewer = viewer
        viewer.show()

    def print_record(self) -> None:
        """The record of the selected held interview, for read-back and signatures."""
        from app.domain.vocab import DocType
        from app.ui.printing import DocumentDialog

        chosen = self.selected()
        if chosen is None or chosen.status != InterviewStatus.HELD or self.case_file is None:
            return
        dialog = DocumentDialog(self.ctx.store, self.ctx.actor, DocType.INTERVIEW,
                                self.ctx.number, target_id=chosen.id,
                                language=self.case_file.document_language, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.print_dialog = dialog
        dialog.open()

    def no_show(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        if not confirm(self, self.tr("Applicant did not come"), self.tr(
                "Record that the applicant did not come to the interview scheduled for "
                "{time}? The case returns to “Petition registered” for a new appointment or "
                "closure.").format(time=datetime_text(chosen.scheduled_at))):
            return
        try:
            with self.ctx.uow() as uow:
                interviews.record_no_show(uow, self.ctx.actor, self.ctx.number, chosen.id)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), error_text(exc))
            return
        self.saved.emit()

    # ---- the kept draft

    def restore_draft(self) -> InterviewRecorder | None:
        with self.ctx.uow(readonly=True) as uow:
            draft = interviews.load_draft(uow, self.ctx.actor, self.ctx.number, DRAFT_KIND)
        if draft is None:
            self.banner.hide()
            return None
        interview = None
        if draft.get("interview_id") and self.case_file is not None:
            interview = next((i for i in self.case_file.interviews
                              if str(i.id) == draft["interview_id"]), None)
        return self.open_recorder(interview, draft=draft)

    def discard_kept_draft(self) -> None:
        if not confirm(self, self.tr("Discard the kept record"), self.tr(
                "Discard the unsaved interview record? What was typed in it is lost.")):
            return
        try:
            with self.ctx.uow() as uow:
                interviews.discard_draft(uow, self.ctx.actor, self.ctx.number, DRAFT_KIND)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Not discarded"), error_text(exc))
            return
        self.banner.hide()

    # ---- the Section contract

    def is_dirty(self) -> bool:
        return self.recorder is not None and self.recorder.is_dirty()

    def save(self) -> bool:
        if self.recorder is None or not self.recorder.is_dirty():
            return True
        return self.recorder.save()

    def discard(self) -> None:
        if self.recorder is not None:
            self.recorder.discard_and_close()
