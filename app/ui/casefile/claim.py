"""The persecution claim: summary, actor, Convention grounds, and the incidents as a timeline."""

from __future__ import annotations

import uuid

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.domain import vocab
from app.domain.dates import PartialDate
from app.domain.errors import DomainError, ValidationError
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.permissions import Action, allowed
from app.domain.vocab import ActorType, Ground, IncidentKind
from app.domain.workflow import EDITABLE, CaseStatus
from app.services import casefile, cases, claims
from app.services.casefile import CaseFile, ClaimView, IncidentView
from app.services.common import NOT_SEEN
from app.ui.casefile.section import CaseContext, Section
from app.ui.forms import (
    ConflictDialog,
    DirtyTracker,
    FieldErrors,
    confirm,
    enum_combo,
    named,
    run_save,
    select_data,
    vocab_text,
)
from app.ui.limits import PlainTextEdit
from app.ui.locale_format import partial_date_text
from app.ui.messages import error_text
from app.ui.tables import plain_tooltip


def _labelled(form: QFormLayout, text: str, widget: QWidget, errors: FieldErrors | None = None,
              path: str = "") -> None:
    label = QLabel(text)
    label.setBuddy(widget)
    if errors is None:
        form.addRow(label, widget)
        return
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(widget)
    layout.addWidget(errors.label_for(path, widget))
    form.addRow(label, box)


def _lines(edit: QPlainTextEdit, lines: int) -> None:
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 14)


# ---------------------------------------------------------------------------
# the timeline


def incident_dates(incident: IncidentView) -> str:
    """The dates as precise as given (a year, a month, a day; "about" for an estimate) in
    the interface's format, as a range when there is an end."""
    started, ended = partial_date_text(incident.started), partial_date_text(incident.ended)
    if started and ended:
        return f"{started} – {ended}"
    if started:
        return started
    if ended:
        return f"? – {ended}"
    return QCoreApplication.translate("IncidentTimeline", "undated")


class IncidentListModel(QAbstractListModel):
    """The incidents in timeline order (earliest possible start first, undated last)."""

    IncidentRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[IncidentView] = []

    def set_rows(self, rows: list[IncidentView]) -> None:
        self.beginResetModel()
        self._rows = sorted(rows, key=IncidentView.sort_key)
        self.endResetModel()

    def row_at(self, row: int) -> IncidentView | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return " · ".join(p for p in (incident_dates(row), *self.lines(row)) if p)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip("\n".join(p for p in (incident_dates(row), *self.lines(row), "",
                                                        row.description) if p is not None))
        if role == self.IncidentRole:
            return row
        return None

    def lines(self, row: IncidentView) -> tuple[str, str, str]:
        """Kind and actor type; place and actor; duration and linked evidence."""
        first = vocab_text(IncidentKind(row.kind))
        actor = row.actor
        if row.actor_type and row.actor_type != ActorType.UNKNOWN:
            kind = vocab_text(ActorType(row.actor_type)).lower()
            actor = f"{actor} ({kind})" if actor else kind
        second = " · ".join(p for p in (row.place, actor) if p)
        third = []
        if row.duration_days is not None:
            third.append(self.tr("%Ln day(s)", "", row.duration_days))
        if row.evidence_ids:
            third.append(self.tr("%Ln evidence item(s) linked", "", len(row.evidence_ids)))
        return first, second, " · ".join(third)


class TimelineDelegate(QStyledItemDelegate):
    """Paints an incident as a point on a vertical line: dates left, details right."""

    DATE_WIDTH = 92
    PADDING = 6

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        spacing = QFontMetrics(option.font).lineSpacing()
        return QSize(300, spacing * 3 + 2 * self.PADDING + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row = index.data(IncidentListModel.IncidentRole)
        if row is None:
            return super().paint(painter, option, index)
        model = index.model()
        painter.save()
        rect = option.rect
        palette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.Highlight))
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected
                                   else QPalette.ColorRole.Text)
        muted = QColor(text_color)
        if not selected:
            muted = palette.color(QPalette.ColorRole.PlaceholderText)
        spacing = option.fontMetrics.lineSpacing()
        top = rect.top() + self.PADDING

        # The line through every item, and this item's point on it.
        axis = rect.left() + self.DATE_WIDTH + 12
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("#8a9bb0"), 2))
        dot_y = top + spacing / 2
        first_row, last_row = index.row() == 0, index.row() == model.rowCount() - 1
        painter.drawLine(QPointF(axis, rect.top() if not first_row else dot_y),
                         QPointF(axis, rect.bottom() if not last_row else dot_y))
        painter.setBrush(QColor("#b00020") if row.kind in ("torture", "camp", "detention")
                         else QColor("#2f6fb0"))
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Base), 2))
        painter.drawEllipse(QPointF(axis, dot_y), 6, 6)

        bold = QFont(option.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(text_color)
        date_rect = QRect(rect.left() + self.PADDING, top, self.DATE_WIDTH - self.PADDING,
                          spacing * 2)
        painter.drawText(date_rect, Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
                         incident_dates(row))

        left = axis + 14
        width = rect.right() - left - self.PADDING
        first, second, third = model.lines(row)
        for line, (text, font, color) in enumerate(((first, bold, text_color),
                                                    (second, option.font, text_color),
                                                    (third, option.font, muted))):
            if not text:
                continue
            painter.setFont(font)
            painter.setPen(color)
            shown = QFontMetrics(font).elidedText(text, Qt.TextElideMode.ElideRight, width)
            painter.drawText(QRect(left, top + line * spacing, width, spacing),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QPen(text_color, 1, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.restore()
        return None


# ---------------------------------------------------------------------------
# the incident dialog


class IncidentDialog(QDialog):
    """Add or edit one incident. Saves through the service and closes when stored."""

    def __init__(self, ctx: CaseContext, case_file: CaseFile,
                 incident: IncidentView | None = None, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.incident = incident
        self.setObjectName("incidentDialog")
        self.setWindowTitle(self.tr("New incident — {number}").format(number=ctx.number)
                            if incident is None else
                            self.tr("Incident — {number}").format(number=ctx.number))
        self.setMinimumWidth(560)
        general = QLabel()
        general.setObjectName("incidentErrors")
        self.errors = FieldErrors(general)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = enum_combo(IncidentKind, "incidentKind", self.tr("Kind of incident"))
        self.actor = named(QLineEdit(), "incidentActor", self.tr("Who did it"))
        self.actor.setPlaceholderText(self.tr("e.g. county public security bureau"))
        self.actor_type = enum_combo(ActorType, "incidentActorType", self.tr("Type of actor"))
        dates = QHBoxLayout()
        self.started = named(QLineEdit(), "incidentStarted", self.tr("Started (partial date)"))
        self.ended = named(QLineEdit(), "incidentEnded", self.tr("Ended (partial date)"))
        for edit in (self.started, self.ended):
            edit.setPlaceholderText(self.tr("2018, 2018-03 or 2018-03-17"))
            edit.setMaxLength(16)
        ended_label = QLabel(self.tr("un&til"))
        ended_label.setBuddy(self.ended)
        started_error = self.errors.label_for("incident.started", self.started)
        ended_error = self.errors.label_for("incident.ended", self.ended)
        dates.addWidget(self.started, 1)
        dates.addWidget(ended_label)
        dates.addWidget(self.ended, 1)
        self._date_errors = {self.started: started_error, self.ended: ended_error}
        self.dates_hint = QLabel(self.tr("Write dates as far as they are known; add ~ for an "
                                         "estimate (2018~)."))
        self.dates_hint.setObjectName("incidentDatesHint")
        self.dates_hint.setWordWrap(True)
        self.duration = named(QSpinBox(), "incidentDuration", self.tr("Duration in days"))
        self.duration.setRange(-1, 36500)
        self.duration.setSpecialValueText(self.tr("not known"))
        self.duration.setSuffix(self.tr(" days"))
        self.duration.setValue(-1)
        self.place = named(QLineEdit(), "incidentPlace", self.tr("Place"))
        self.description = named(PlainTextEdit(), "incidentDescription",
                                 self.tr("What happened"))
        _lines(self.description, 5)
        self.relative = named(QComboBox(), "incidentRelative", self.tr("Relative concerned"))
        self.relative.addItem(self.tr("The applicant"), None)
        for member in case_file.family:
            name = member.names[0].full if member.names else ""
            relation = vocab_text(vocab.Relation(member.relation)).lower()
            self.relative.addItem(f"{name} ({relation})", str(member.id))
        self.evidence = named(QListWidget(), "incidentEvidence", self.tr("Linked evidence"))
        self.evidence.setMaximumHeight(110)
        for item in case_file.evidence:
            entry = QListWidgetItem(item.title)
            entry.setData(Qt.ItemDataRole.UserRole, str(item.id))
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.evidence.addItem(entry)
        if not case_file.evidence:
            self.evidence.hide()

        _labelled(form, self.tr("&Kind:"), self.kind, self.errors, "incident.kind")
        _labelled(form, self.tr("&Who:"), self.actor, self.errors, "incident.actor")
        _labelled(form, self.tr("&Actor type:"), self.actor_type, self.errors,
                  "incident.actor_type")
        started_label = QLabel(self.tr("&From:"))
        started_label.setBuddy(self.started)
        dates_box = QVBoxLayout()
        dates_box.setSpacing(2)
        dates_box.addLayout(dates)
        dates_box.addWidget(started_error)
        dates_box.addWidget(ended_error)
        dates_box.addWidget(self.dates_hint)
        form.addRow(started_label, dates_box)
        _labelled(form, self.tr("D&uration:"), self.duration, self.errors,
                  "incident.duration_days")
        _labelled(form, self.tr("&Place:"), self.place, self.errors, "incident.place")
        _labelled(form, self.tr("What &happened:"), self.description, self.errors,
                  "incident.description")
        _labelled(form, self.tr("&Relative concerned:"), self.relative, self.errors,
                  "incident.family_member_id")
        if case_file.evidence:
            _labelled(form, self.tr("&Evidence:"), self.evidence, self.errors,
                      "incident.evidence_ids")
        layout.addLayout(form)
        layout.addWidget(general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("incidentButtons")
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        named(self.save_button, "incidentSave", self.tr("Save the incident"))
        named(buttons.button(QDialogButtonBox.StandardButton.Cancel), "incidentCancel",
              self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.started.textChanged.connect(self._check_dates)
        self.ended.textChanged.connect(self._check_dates)
        if incident is not None:
            self._fill(incident)

    def _fill(self, incident: IncidentView) -> None:
        select_data(self.kind, incident.kind)
        self.actor.setText(incident.actor)
        select_data(self.actor_type, incident.actor_type)
        self.started.setText(incident.started)
        self.ended.setText(incident.ended)
        self.duration.setValue(-1 if incident.duration_days is None else incident.duration_days)
        self.place.setText(incident.place)
        self.description.setPlainText(incident.description)
        if incident.family_member_id:
            select_data(self.relative, str(incident.family_member_id))
        linked = {str(i) for i in incident.evidence_ids}
        for row in range(self.evidence.count()):
            item = self.evidence.item(row)
            if item.data(Qt.ItemDataRole.UserRole) in linked:
                item.setCheckState(Qt.CheckState.Checked)

    def _check_dates(self) -> None:
        """Say at once when a date cannot be read, before anything is saved."""
        parsed = {}
        for edit, label in self._date_errors.items():
            text = edit.text().strip()
            message = ""
            if text:
                try:
                    parsed[edit] = PartialDate.parse(text)
                except ValidationError:
                    message = self.tr("“{text}” is not a date: write 2018, 2018-03 or "
                                      "2018-03-17, with ~ for an estimate.").format(text=text)
            label.setText(message)
            label.setVisible(bool(message))
        start, end = parsed.get(self.started), parsed.get(self.ended)
        if start and end and end.latest() < start.earliest():
            self._date_errors[self.ended].setText(self.tr("The incident cannot end before it "
                                                          "starts."))
            self._date_errors[self.ended].show()

    def data(self) -> claims.IncidentInput:
        return claims.IncidentInput(
            kind=self.kind.currentData(), description=self.description.toPlainText(),
            actor=self.actor.text(), actor_type=self.actor_type.currentData(),
            started=self.started.text().strip(), ended=self.ended.text().strip(),
            duration_days=None if self.duration.value() < 0 else self.duration.value(),
            place=self.place.text(),
            family_member_id=uuid.UUID(self.relative.currentData())
            if self.relative.currentData() else None,
            evidence_ids=[uuid.UUID(self.evidence.item(r).data(Qt.ItemDataRole.UserRole))
                          for r in range(self.evidence.count())
                          if self.evidence.item(r).checkState() == Qt.CheckState.Checked])

    def save(self) -> None:
        data = self.data()
        incident = self.incident

        def action():
            with self.ctx.uow() as uow:
                if incident is None:
                    return claims.add_incident(uow, self.ctx.actor, self.ctx.number, data)
                return claims.update_incident(uow, self.ctx.actor, self.ctx.number, incident.id,
                                              data, expected_version=incident.version)

        def conflict(exc):
            QMessageBox.warning(self, self.tr("Not saved"), error_text(exc) + "\n\n" + self.tr(
                "Close this dialog; the case file shows the saved version, and you can apply "
                "your change to it."))
            return None

        if run_save(self, self.errors, action, conflict) is not None:
            self.accept()


# ---------------------------------------------------------------------------
# the section


class ClaimSection(Section):
    """What the applicant fears and why: the claim, its grounds and the incidents."""

    TITLE = QT_TRANSLATE_NOOP("CaseFile", "Claim and incidents")
    SENSITIVE = True

    def __init__(self, ctx: CaseContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("claimSection")
        self.version: int | None = None
        self.incident_dialog: IncidentDialog | None = None
        self._editable = False
        self.tracker = DirtyTracker(self)
        self.tracker.changed.connect(self.dirty_changed)
        general = QLabel()
        general.setObjectName("claimErrors")
        self.errors = FieldErrors(general)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("claimSplitter")
        splitter.setChildrenCollapsible(False)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(splitter)

        # -- left: the claim and its grounds
        form_host = QWidget()
        left = QVBoxLayout(form_host)
        left.setContentsMargins(0, 0, 6, 0)
        claim_box = QGroupBox(self.tr("Claim"))
        form = QFormLayout(claim_box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.summary = named(PlainTextEdit(), "claimSummary", self.tr("Summary of the claim"))
        _lines(self.summary, 6)
        self.actor_type = enum_combo(ActorType, "claimActorType", self.tr("Type of actor"))
        self.actor_description = named(PlainTextEdit(), "claimActorDescription",
                                       self.tr("Who the applicant fears"))
        _lines(self.actor_description, 3)
        _labelled(form, self.tr("&Summary:"), self.summary, self.errors, "claim.summary")
        _labelled(form, self.tr("Feared &actor:"), self.actor_type, self.errors,
                  "claim.actor_type")
        _labelled(form, self.tr("Actor &described:"), self.actor_description, self.errors,
                  "claim.actor_description")
        left.addWidget(claim_box)

        grounds_box = QGroupBox(self.tr("Convention grounds"))
        grounds_layout = QVBoxLayout(grounds_box)
        self.grounds: dict[str, tuple[QCheckBox, QPlainTextEdit]] = {}
        for ground in Ground:
            check = named(QCheckBox(vocab_text(ground)), f"ground_{ground.value}",
                          vocab_text(ground))
            note = named(PlainTextEdit(), f"nexus_{ground.value}",
                         self.tr("Nexus note: {ground}").format(ground=vocab_text(ground)))
            note.setPlaceholderText(self.tr("How the feared harm is linked to this ground"))
            _lines(note, 2)
            note.hide()
            check.toggled.connect(note.setVisible)
            grounds_layout.addWidget(check)
            grounds_layout.addWidget(note)
            grounds_layout.addWidget(self.errors.label_for(f"claim.grounds.{ground.value}", note))
            self.grounds[ground.value] = (check, note)
        left.addWidget(grounds_box)
        left.addWidget(general)
        save_row = QHBoxLayout()
        self.save_button = named(QPushButton(self.tr("Save c&laim")), "saveClaim",
                                 self.tr("Save the claim"))
        self.revert_button = named(QPushButton(self.tr("Re&vert")), "revertClaim",
                                   self.tr("Undo all unsaved changes to the claim"))
        save_row.addStretch(1)
        save_row.addWidget(self.revert_button)
        save_row.addWidget(self.save_button)
        left.addLayout(save_row)
        left.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("claimScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(form_host)
        splitter.addWidget(scroll)

        # -- right: the incidents
        incidents_box = QGroupBox(self.tr("Incidents"))
        right = QVBoxLayout(incidents_box)
        heading = QLabel(self.tr("&Timeline (earliest first):"))
        self.timeline = named(QListView(), "incidentTimeline", self.tr("Incidents timeline"))
        heading.setBuddy(self.timeline)
        self.incidents = IncidentListModel(self)
        self.timeline.setModel(self.incidents)
        self.timeline.setItemDelegate(TimelineDelegate(self.timeline))
        self.timeline.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.timeline.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.timeline.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.no_incidents = QLabel(self.tr("No incidents recorded yet."))
        self.no_incidents.setObjectName("noIncidents")
        right.addWidget(heading)
        right.addWidget(self.timeline, 1)
        right.addWidget(self.no_incidents)
        buttons = QHBoxLayout()
        self.add_button = named(QPushButton(self.tr("Add i&ncident…")), "addIncident",
                                self.tr("Add an incident"))
        self.edit_button = named(QPushButton(self.tr("&Edit…")), "editIncident",
                                 self.tr("Edit the selected incident"))
        self.remove_button = named(QPushButton(self.tr("Re&move")), "removeIncident",
                                   self.tr("Remove the selected incident"))
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        right.addLayout(buttons)
        splitter.addWidget(incidents_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)

        self.tracker.watch(self.summary, self.actor_type, self.actor_description)
        for check, note in self.grounds.values():
            self.tracker.watch(check, note)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self._revert)
        self.tracker.changed.connect(self._update_buttons)
        self.add_button.clicked.connect(self.add_incident)
        self.edit_button.clicked.connect(self.edit_incident)
        self.remove_button.clicked.connect(self.remove_incident)
        self.timeline.doubleClicked.connect(lambda _i: self.edit_incident())
        self.timeline.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    # ---- loading

    def load(self, case_file: CaseFile) -> None:
        super().load(case_file)
        self._editable = (allowed(self.ctx.actor.role, Action.EDIT_CLAIM)
                          and CaseStatus(case_file.status) in EDITABLE
                          and not case_file.checked_out)
        self._fill(case_file.claim or ClaimView(None, None, "", ActorType.UNKNOWN.value, "", []))
        selected = self.selected_incident()
        self.incidents.set_rows(case_file.incidents)
        self.no_incidents.setVisible(not case_file.incidents)
        if selected is not None:
            for row in range(self.incidents.rowCount()):
                if self.incidents.row_at(row).id == selected.id:
                    self.timeline.setCurrentIndex(self.incidents.index(row))
        for widget in (self.summary, self.actor_description,
                       *(note for _c, note in self.grounds.values())):
            widget.setReadOnly(not self._editable)
        for widget in (self.actor_type, *(check for check, _n in self.grounds.values())):
            widget.setEnabled(self._editable)
        self._update_buttons()

    def _fill(self, claim: ClaimView) -> None:
        self.version = claim.version
        self.errors.clear()
        with self.tracker.paused():
            self.summary.setPlainText(claim.summary)
            select_data(self.actor_type, claim.actor_type)
            self.actor_description.setPlainText(claim.actor_description)
            notes = {g.ground: g.nexus_note for g in claim.grounds}
            for value, (check, note) in self.grounds.items():
                check.setChecked(value in notes)
                note.setPlainText(notes.get(value, ""))
        self.tracker.reset()

    def _update_buttons(self, *_args) -> None:
        self.save_button.setEnabled(self._editable and self.tracker.dirty)
        self.revert_button.setEnabled(self._editable and self.tracker.dirty)
        self.save_button.setVisible(self._editable)
        self.revert_button.setVisible(self._editable)
        chosen = self.selected_incident() is not None
        self.add_button.setEnabled(self._editable)
        self.edit_button.setEnabled(self._editable and chosen)
        self.remove_button.setEnabled(self._editable and chosen)

    # ---- the claim

    def claim_input(self) -> claims.ClaimInput:
        return claims.ClaimInput(
            summary=self.summary.toPlainText(), actor_type=self.actor_type.currentData(),
            actor_description=self.actor_description.toPlainText(),
            grounds=[claims.GroundInput(value, note.toPlainText())
                     for value, (check, note) in self.grounds.items() if check.isChecked()])

    def is_dirty(self) -> bool:
        return self.tracker.dirty

    def save(self, *, expected_version: int | None = None) -> bool:
        if not self.tracker.dirty:
            return True
        data = self.claim_input()
        # A section that showed no record still checks: one made meanwhile is a conflict.
        version = expected_version if expected_version is not None else (
            self.version if self.version is not None else NOT_SEEN)
        order = [g.ground for g in data.grounds]

        def action():
            try:
                with self.ctx.uow() as uow:
                    return claims.save_claim(uow, self.ctx.actor, self.ctx.number, data,
                                             expected_version=version)
            except ValidationError as exc:
                # "claim.grounds[1].nexus_note" → the note box of the second ticked ground.
                raise ValidationError(_ground_paths(exc.errors, order)) from exc

        result = run_save(self, self.errors, action, lambda _exc: self._conflict(data))
        if isinstance(result, bool):  # the conflict was settled (or not) in the dialog
            return result
        if result is None:
            return False
        self.version = result
        self.tracker.reset()
        self.saved.emit()
        return True

    def _conflict(self, mine: claims.ClaimInput) -> bool:
        """Somebody saved the claim meanwhile: compare, then keep mine or take theirs."""
        with self.ctx.uow(readonly=True) as uow:
            theirs = casefile.load_case_file(uow, self.ctx.actor, self.ctx.number).claim
            who = next((h.username for h in reversed(casefile.case_history(
                uow, self.ctx.actor, self.ctx.number)) if h.action == "claim.save"), "")
        if theirs is None:
            return False
        their_notes = {g.ground: g.nexus_note for g in theirs.grounds}
        my_notes = {g.ground: g.nexus_note for g in mine.grounds}
        not_claimed = self.tr("(not claimed)")
        rows = [(self.tr("Summary"), theirs.summary, mine.summary),
                (self.tr("Feared actor"), vocab_text(ActorType(theirs.actor_type)),
                 vocab_text(ActorType(mine.actor_type))),
                (self.tr("Actor described"), theirs.actor_description, mine.actor_description)]
        for ground in Ground:
            if ground.value in their_notes or ground.value in my_notes:
                rows.append((vocab_text(ground),
                             their_notes.get(ground.value, not_claimed),
                             my_notes.get(ground.value, not_claimed)))
        choice = ConflictDialog(self, rows, who).exec()
        if choice == ConflictDialog.KEEP_MINE:
            return self.save(expected_version=theirs.version)
        if choice == ConflictDialog.TAKE_THEIRS:
            self._fill(theirs)
            self.saved.emit()  # reload the rest of the case file too
            return True
        return False

    def _revert(self) -> None:
        self.discard()

    def discard(self) -> None:
        if self.case_file is not None:
            self._fill(self.case_file.claim
                       or ClaimView(None, None, "", ActorType.UNKNOWN.value, "", []))

    # ---- incidents

    def selected_incident(self) -> IncidentView | None:
        index = self.timeline.currentIndex()
        if not index.isValid() or not self.timeline.selectionModel().isSelected(index):
            return None
        return self.incidents.row_at(index.row())

    def add_incident(self) -> IncidentDialog | None:
        return self._open_incident(None)

    def edit_incident(self) -> IncidentDialog | None:
        chosen = self.selected_incident()
        if chosen is None or not self._editable:
            return None
        return self._open_incident(chosen)

    def _open_incident(self, incident: IncidentView | None) -> IncidentDialog | None:
        if self.case_file is None:
            return None
        dialog = IncidentDialog(self.ctx, self.case_file, incident, self)
        dialog.finished.connect(self._incident_closed)
        self.incident_dialog = dialog
        dialog.open()
        return dialog

    def _incident_closed(self, result: int) -> None:
        dialog, self.incident_dialog = self.incident_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            self.saved.emit()

    def remove_incident(self) -> None:
        chosen = self.selected_incident()
        if chosen is None:
            return
        what = vocab_text(IncidentKind(chosen.kind))
        if not confirm(self, self.tr("Remove incident"), self.tr(
                "Remove the incident “{kind}” ({dates}) from the claim? The history keeps a "
                "record of it.").format(kind=what, dates=incident_dates(chosen))):
            return
        try:
            with self.ctx.uow() as uow:
                cases.remove_record(uow, self.ctx.actor, self.ctx.number, "incident", chosen.id,
                                    expected_version=chosen.version)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Not removed"), error_text(exc))
            return
        self.saved.emit()


def _ground_paths(errors: dict[str, str], order: list[str]) -> dict[str, str]:
    result = {}
    prefix = "claim.grounds["
    for path, message in errors.items():
        if path.startswith(prefix):
            index_text = path[len(prefix):].split("]", 1)[0]
            try:
                path = f"claim.grounds.{order[int(index_text)]}"
            except (ValueError, IndexError):
                pass
        result[path] = message
    return result
