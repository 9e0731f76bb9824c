"""The officer's assessment: credibility, grounds, fear, exclusion and the recommendation.

The open assessment is saved as a draft as often as the officer likes (Ctrl+S)
and submitted for approval once nothing is missing. While the case is not in a
drafting state — or for a supervisor — the section shows the assessment read-only
with its state. Returns with the supervisor's comments stay on top, so the
officer sees what to fix.
"""

from __future__ import annotations

import html
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import DomainError
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.permissions import Action, allowed
from app.domain.vocab import (
    ApprovalAction,
    AssessmentKind,
    AssessmentState,
    Finding,
    Ground,
    Outcome,
)
from app.domain.workflow import WORKFLOW, CaseStatus, Step, can_take, status_label
from app.services import decision_views, decisions
from app.services.casefile import CaseFile
from app.services.common import NOT_SEEN
from app.services.decision_views import ApprovalEventView, AssessmentView, DecisionFile
from app.ui.casefile.names_editor import notice_label
from app.ui.casefile.section import CaseContext, Section
from app.ui.forms import (
    ConflictDialog,
    DirtyTracker,
    FieldErrors,
    basis_title,
    confirm,
    enum_combo,
    enum_text,
    named,
    qdate,
    run_save,
    select_data,
    vocab_text,
)
from app.ui.limits import PlainTextEdit
from app.ui.locale_format import datetime_text, localize_date_edit
from app.ui.messages import error_text

_N = QT_TRANSLATE_NOOP

# ---------------------------------------------------------------------------
# helpers shared with the decision section

def date_edit(object_name: str, accessible: str, value=None) -> QDateEdit:
    """A date field in the locale's short format with a four-digit year."""
    edit = named(localize_date_edit(QDateEdit()), object_name, accessible)
    edit.setCalendarPopup(True)
    if value is not None:
        edit.setDate(qdate(value))
    return edit


class GrowingText(PlainTextEdit):
    """A multi-line field that grows with its text, between ``min_lines`` and ``max_lines``
    (a saved note is read whole, without scrolling inside a two-line box). Tab moves on."""

    def __init__(self, min_lines: int, max_lines: int, parent=None) -> None:
        super().__init__(parent=parent)
        self.min_lines, self.max_lines = min_lines, max(min_lines, max_lines)
        self.setTabChangesFocus(True)
        self.textChanged.connect(self._fit)
        self._fit()

    def _fit(self) -> None:
        metrics = self.fontMetrics()
        width = self.viewport().width() - 2 * int(self.document().documentMargin())
        lines = self.min_lines
        if self.length() > self.max_lines * 400:
            lines = self.max_lines  # fills them anyway: not measured at every key press
        elif width > 0 and self.toPlainText():
            used = metrics.boundingRect(QRect(0, 0, width, 1_000_000),
                                        int(Qt.TextFlag.TextWordWrap), self.toPlainText())
            lines = -(-used.height() // metrics.lineSpacing())
        lines = max(self.min_lines, min(self.max_lines, lines))
        height = metrics.lineSpacing() * lines + 14
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()


def text_box(object_name: str, accessible: str, lines: int, max_lines: int | None = None
             ) -> QPlainTextEdit:
    """A multi-line field of ``lines`` lines, growing up to ``max_lines`` with its text."""
    return named(GrowingText(lines, max_lines or lines * 4), object_name, accessible)


def set_plain_text(edit: QPlainTextEdit, text: str) -> None:
    """Show ``text`` unless it is shown already, so a reload after saving keeps the
    cursor and the undo history of the field the user is in."""
    if edit.toPlainText() != text:
        edit.setPlainText(text)


def field(widget: QWidget, error: QLabel, hint: str = "") -> QWidget:
    """A widget with its (hidden) error label below it, focus going to the widget."""
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(widget)
    if hint:
        note = QLabel(hint)
        note.setObjectName(f"{widget.objectName()}Hint")
        note.setWordWrap(True)
        note.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        column.addWidget(note)
    column.addWidget(error)
    box.setFocusProxy(widget)
    return box


def buddy_label(text: str, widget: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(widget)
    return label


ALERT_COLOR = "#b00020"
RETURNS_STYLE = ("QFrame#assessmentReturns { background: #fff4d6; border: 2px solid #e0a030; "
                 "border-radius: 4px; }")
MISSING_STYLE = ("QFrame#assessmentMissing { background: #fdecee; border: 2px solid #b00020; "
                 "border-radius: 4px; }")

# ---------------------------------------------------------------------------
# the assessment section

#: The credibility findings, as the service names them.
FINDINGS = ("internal_consistency", "coi_consistency", "plausibility")

#: The names ``missing_items`` gives the findings in "Record the credibility finding: …".
_FINDING_NAMES = {
    "internal consistency": _N("Assessment", "internal consistency"),
    "consistency with country information": _N("Assessment",
                                               "consistency with country information"),
    "plausibility": _N("Assessment", "plausibility"),
}
_FINDING_PREFIX = "Record the credibility finding: "


def missing_text(line: str) -> str:
    """One line of ``missing_items`` in the interface language."""
    if line.startswith(_FINDING_PREFIX):
        name = line[len(_FINDING_PREFIX):]
        return (QCoreApplication.translate("Assessment", _FINDING_PREFIX)
                + QCoreApplication.translate("Assessment", _FINDING_NAMES.get(name, name)))
    return QCoreApplication.translate("Assessment", line)


#: The states in which the officer drafts: those from which the assessment is submitted.
DRAFTING_STATES = (WORKFLOW[Step.SUBMIT_FOR_APPROVAL].sources
                   | WORKFLOW[Step.SUBMIT_EXTENSION].sources)
#: The assessment states in which a draft is still being written (draft, returned).
OPEN_STATES = decisions.OPEN_STATES


def submit_step(status: str) -> Step:
    return (Step.SUBMIT_EXTENSION if CaseStatus(status) in WORKFLOW[Step.SUBMIT_EXTENSION].sources
            else Step.SUBMIT_FOR_APPROVAL)


def current_returns(events: list[ApprovalEventView]) -> list[ApprovalEventView]:
    """The returns since the last approval (those of the decision now being prepared)."""
    since = 0
    for index, event in enumerate(events):
        if event.action == ApprovalAction.APPROVE:
            since = index + 1
    return [e for e in events[since:] if e.action == ApprovalAction.RETURN]


class AssessmentSection(Section):
    """The structured assessment and the recommended outcome, and its submission."""

    TITLE = QT_TRANSLATE_NOOP("CaseFile", "Assessment")
    SENSITIVE = True

    def __init__(self, ctx: CaseContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("assessmentSection")
        self.decision_file: DecisionFile | None = None
        self.shown: AssessmentView | None = None
        self.version: int | None = None
        self._editable = False
        self._can_submit = False
        self._bases: list[tuple[str, str, str]] = []
        self.tracker = DirtyTracker(self)
        self.tracker.changed.connect(self.dirty_changed)
        general = QLabel()
        general.setObjectName("assessmentErrors")
        self.errors = FieldErrors(general)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        host = QWidget()
        column = QVBoxLayout(host)
        column.setContentsMargins(0, 0, 6, 0)

        # -- the supervisor's returns, on top
        self.returns_box = QFrame()
        self.returns_box.setObjectName("assessmentReturns")
        self.returns_box.setStyleSheet(RETURNS_STYLE)
        returns_layout = QVBoxLayout(self.returns_box)
        self.returns_heading = QLabel()
        self.returns_heading.setObjectName("assessmentReturnsHeading")
        self.returns_heading.setWordWrap(True)
        self.returns_heading.setTextFormat(Qt.TextFormat.RichText)
        self.returns_text = QLabel()
        self.returns_text.setObjectName("assessmentReturnsText")
        self.returns_text.setWordWrap(True)
        self.returns_text.setTextFormat(Qt.TextFormat.RichText)
        self.returns_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        returns_layout.addWidget(self.returns_heading)
        returns_layout.addWidget(self.returns_text)
        self.returns_box.hide()
        column.addWidget(self.returns_box)

        self.notice = notice_label("assessmentNotice")
        column.addWidget(self.notice)
        self.state_label = QLabel()
        self.state_label.setObjectName("assessmentState")
        self.state_label.setWordWrap(True)
        self.state_label.setTextFormat(Qt.TextFormat.RichText)
        column.addWidget(self.state_label)

        self.form_host = QWidget()
        self.form_host.setObjectName("assessmentForm")
        # A submitted or approved assessment is read, not edited: its choices stay legible.
        self.form_host.setStyleSheet("QComboBox:disabled, QCheckBox:disabled "
                                     "{ color: palette(text); }")
        form_column = QVBoxLayout(self.form_host)
        form_column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.form_host)

        # -- credibility
        credibility = QGroupBox(self.tr("Credibility"))
        credibility.setObjectName("credibilityBox")
        credibility_form = QFormLayout(credibility)
        credibility_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.findings: dict[str, tuple[QComboBox, QPlainTextEdit]] = {}
        titles = {
            "internal_consistency": (self.tr("&Internal consistency:"),
                                     self.tr("Internal consistency")),
            "coi_consistency": (self.tr("Consistency with c&ountry information:"),
                                self.tr("Consistency with country-of-origin information")),
            "plausibility": (self.tr("&Plausibility:"), self.tr("Plausibility")),
        }
        for name in FINDINGS:
            text, accessible = titles[name]
            combo, note, row = self._finding_row(name, accessible)
            credibility_form.addRow(buddy_label(text, combo), row)
            self.findings[name] = (combo, note)
        form_column.addWidget(credibility)

        # -- grounds
        grounds_box = QGroupBox(self.tr("Convention grounds"))
        grounds_box.setObjectName("assessmentGroundsBox")
        grounds_layout = QVBoxLayout(grounds_box)
        grounds_hint = QLabel(self.tr("Tick each ground that applies and say how the feared "
                                      "harm is linked to it (the nexus)."))
        grounds_hint.setObjectName("assessmentGroundsHint")
        grounds_hint.setWordWrap(True)
        grounds_layout.addWidget(grounds_hint)
        self.grounds_hint = grounds_hint
        self.grounds: dict[str, tuple[QCheckBox, QPlainTextEdit]] = {}
        for ground in Ground:
            check = named(QCheckBox(vocab_text(ground)), f"assessmentGround_{ground.value}",
                          vocab_text(ground))
            note = text_box(f"assessmentNexus_{ground.value}",
                            self.tr("Nexus note: {ground}").format(ground=vocab_text(ground)), 2)
            note.setPlaceholderText(self.tr("How the feared harm is linked to this ground"))
            note.hide()
            check.toggled.connect(note.setVisible)
            grounds_layout.addWidget(check)
            grounds_layout.addWidget(note)
            grounds_layout.addWidget(self.errors.label_for(f"assessment.grounds.{ground.value}",
                                                           note))
            self.grounds[ground.value] = (check, note)
        first_ground = self.grounds[next(iter(Ground)).value][0]
        grounds_layout.addWidget(self.errors.label_for("assessment.grounds", first_ground))
        form_column.addWidget(grounds_box)

        # -- fear and exclusion
        fear_box = QGroupBox(self.tr("Well-founded fear and exclusion"))
        fear_box.setObjectName("fearBox")
        fear_form = QFormLayout(fear_box)
        fear_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.fear, self.fear_note, fear_row = self._finding_row(
            "well_founded_fear", self.tr("Well-founded fear"))
        fear_form.addRow(buddy_label(self.tr("&Well-founded fear:"), self.fear), fear_row)
        self.exclusion = named(QCheckBox(self.tr("E&xclusion grounds apply")),
                               "exclusionApplies", self.tr("Exclusion grounds apply"))
        self.exclusion_note = text_box("exclusionNote", self.tr("Exclusion: note"), 2)
        self.exclusion_note.setPlaceholderText(self.tr("Which exclusion ground applies, or why "
                                                       "none does"))
        fear_form.addRow(self.exclusion)
        fear_form.addRow(buddy_label(self.tr("&Note:"), self.exclusion_note), field(
            self.exclusion_note,
            self.errors.label_for("assessment.exclusion_note", self.exclusion_note)))
        form_column.addWidget(fear_box)

        # -- the recommendation
        recommendation = QGroupBox(self.tr("Recommendation"))
        recommendation.setObjectName("recommendationBox")
        rec_form = QFormLayout(recommendation)
        rec_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.outcome = named(QComboBox(), "recommendedOutcome", self.tr("Recommended outcome"))
        self.outcome.addItem(self.tr("— choose —"), None)
        for member in Outcome:
            self.outcome.addItem(vocab_text(member), member.value)
        self.basis = named(QComboBox(), "legalBasis", self.tr("Legal basis"))
        # As wide as the form, so that the article's code and title show in full.
        self.basis.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.basis.setMinimumContentsLength(24)
        self.basis.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        basis_box = field(self.basis, self.errors.label_for("assessment.legal_basis_code",
                                                            self.basis))
        basis_box.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.reasons = text_box("assessmentReasons", self.tr("Reasons"), 6, 24)
        self.reasons.setPlaceholderText(self.tr("Why this outcome: the facts found, the "
                                                "evidence weighed and the law applied"))
        rec_form.addRow(buddy_label(self.tr("Recommended o&utcome:"), self.outcome), field(
            self.outcome, self.errors.label_for("assessment.recommended_outcome", self.outcome)))
        rec_form.addRow(buddy_label(self.tr("&Legal basis:"), self.basis), basis_box)
        rec_form.addRow(buddy_label(self.tr("&Reasons:"), self.reasons), field(
            self.reasons, self.errors.label_for("assessment.reasons", self.reasons)))
        form_column.addWidget(recommendation)
        form_column.addWidget(general)
        column.addStretch(1)

        scroll = QScrollArea()
        scroll.setObjectName("assessmentScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(host)
        self.scroll = scroll
        outer.addWidget(scroll, 1)

        # -- what is missing, next to the buttons so it cannot be overlooked
        self.missing_box = QFrame()
        self.missing_box.setObjectName("assessmentMissing")
        self.missing_box.setStyleSheet(MISSING_STYLE)
        missing_layout = QVBoxLayout(self.missing_box)
        self.missing_list = named(QListWidget(), "missingItems",
                                  self.tr("Missing before the assessment can be submitted"))
        self.missing_list.setWordWrap(True)
        not_submitted = QLabel(self.tr("Not submitted yet: the assessment is incomplete."))
        not_submitted.setObjectName("missingTitle")
        bold = not_submitted.font()
        bold.setBold(True)
        not_submitted.setFont(bold)
        missing_heading = buddy_label(self.tr("&Missing (double-click an item to go to the "
                                              "field):"), self.missing_list)
        missing_heading.setObjectName("missingHeading")
        missing_heading.setWordWrap(True)
        missing_layout.addWidget(not_submitted)
        missing_layout.addWidget(missing_heading)
        missing_layout.addWidget(self.missing_list)
        self.missing_box.hide()
        outer.addWidget(self.missing_box)

        buttons = QHBoxLayout()
        self.revert_button = named(QPushButton(self.tr("Re&vert")), "revertAssessment",
                                   self.tr("Undo all unsaved changes to the assessment"))
        self.save_button = named(QPushButton(self.tr("&Save draft")), "saveAssessment",
                                 self.tr("Save the assessment as a draft"))
        self.save_button.setToolTip(self.tr("Save the draft (Ctrl+S)"))
        self.submit_button = named(QPushButton(self.tr("Su&bmit for approval…")),
                                   "submitAssessment",
                                   self.tr("Submit the assessment for approval"))
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.submit_button)
        outer.addLayout(buttons)

        # -- behaviour
        for combo, note in (*self.findings.values(), (self.fear, self.fear_note)):
            self.tracker.watch(combo, note)
        for check, note in self.grounds.values():
            self.tracker.watch(check, note)
        self.tracker.watch(self.exclusion, self.exclusion_note, self.outcome, self.basis,
                           self.reasons)
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self.basis.currentIndexChanged.connect(self._show_basis_title)
        self.tracker.changed.connect(self._update_buttons)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.discard)
        self.submit_button.clicked.connect(self.submit)
        self.missing_list.itemActivated.connect(self._go_to_missing)
        self._notes = [*(n for _c, n in self.findings.values()),
                       *(n for _c, n in self.grounds.values()),
                       self.fear_note, self.exclusion_note, self.reasons]
        # Hints on what to write, not shown in an assessment that cannot be changed.
        self._placeholders = {note: note.placeholderText() for note in self._notes}
        self._tab_order()
        self._update_buttons()

    def _finding_row(self, name: str, accessible: str
                     ) -> tuple[QComboBox, QPlainTextEdit, QWidget]:
        """A finding: its combo and, beside it, the note that explains it."""
        members = [Finding.NOT_ASSESSED, Finding.ESTABLISHED, Finding.PARTLY,
                   Finding.NOT_ESTABLISHED]
        combo = enum_combo(members, f"finding_{name}", accessible)
        note = text_box(f"finding_{name}_note",
                        self.tr("{finding}: note").format(finding=accessible), 2)
        note.setPlaceholderText(self.tr("What the finding rests on"))
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(field(combo, self.errors.label_for(f"assessment.{name}", combo)),
                         0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(field(note, self.errors.label_for(f"assessment.{name}_note", note)), 1)
        row.setFocusProxy(combo)
        return combo, note, row

    def _tab_order(self) -> None:
        chain: list[QWidget] = []
        for combo, note in self.findings.values():
            chain += [combo, note]
        for check, note in self.grounds.values():
            chain += [check, note]
        chain += [self.fear, self.fear_note, self.exclusion, self.exclusion_note, self.outcome,
                  self.basis, self.reasons, self.missing_list, self.revert_button,
                  self.save_button, self.submit_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # ---- loading

    def load(self, case_file: CaseFile) -> None:
        super().load(case_file)
        role, status = self.ctx.actor.role, case_file.status
        try:
            with self.ctx.uow(readonly=True) as uow:
                found = decision_views.decision_file(uow, self.ctx.actor, self.ctx.number)
        except DomainError as exc:
            self.decision_file = None
            self._editable = self._can_submit = False
            self.notice.setText(error_text(exc))
            self.notice.show()
            self.form_host.hide()
            self._update_buttons()
            return
        self.decision_file = found
        self._bases = [(code, basis_title(title), outcome)
                       for code, title, outcome in found.legal_bases]
        drafting = CaseStatus(status) in DRAFTING_STATES
        self._editable = allowed(role, Action.DRAFT_ASSESSMENT) and drafting
        self._can_submit = self._editable and can_take(submit_step(status), status, role)
        current = found.assessment
        if self._editable:
            # A fresh draft starts empty; one being revised is shown as saved.
            shown = current if current is not None and current.state in OPEN_STATES else None
        else:
            shown = current
        self._fill(shown)
        self._show_returns(found.approval_events, current)
        self._show_state(case_file, shown, drafting)
        for note in self._notes:
            note.setReadOnly(not self._editable)
            note.setPlaceholderText(self._placeholders[note] if self._editable else "")
        self.grounds_hint.setVisible(self._editable)
        for widget in (*(c for c, _n in self.findings.values()),
                       *(c for c, _n in self.grounds.values()),
                       self.fear, self.exclusion, self.outcome, self.basis):
            widget.setEnabled(self._editable)
        if not self._editable:
            self.missing_box.hide()
        elif self.missing_box.isVisible():
            self._refresh_missing()  # what was saved meanwhile may have completed it
        self._update_buttons()

    def _fill(self, shown: AssessmentView | None) -> None:
        self.shown = shown
        self.version = shown.version if shown is not None else None
        self.errors.clear()
        with self.tracker.paused():
            for name, (combo, note) in self.findings.items():
                select_data(combo, getattr(shown, name) if shown else Finding.NOT_ASSESSED.value)
                set_plain_text(note, getattr(shown, f"{name}_note") if shown else "")
            select_data(self.fear, shown.well_founded_fear if shown
                        else Finding.NOT_ASSESSED.value)
            set_plain_text(self.fear_note, shown.well_founded_fear_note if shown else "")
            notes = shown.grounds if shown else {}
            for value, (check, note) in self.grounds.items():
                check.setChecked(value in notes)
                set_plain_text(note, notes.get(value, ""))
            self.exclusion.setChecked(bool(shown and shown.exclusion_applies))
            set_plain_text(self.exclusion_note, shown.exclusion_note if shown else "")
            select_data(self.outcome, shown.recommended_outcome if shown else None)
            self._refill_bases(shown.legal_basis_code if shown else "")
            set_plain_text(self.reasons, shown.reasons if shown else "")
        self.tracker.reset()

    def _refill_bases(self, keep: str) -> None:
        """The articles for the chosen outcome (all while none is chosen); ``keep`` stays
        listed even when it does not fit, so nothing saved is silently dropped."""
        outcome = self.outcome.currentData()
        self.basis.blockSignals(True)
        self.basis.clear()
        self.basis.addItem(self.tr("— choose —"), None)
        codes = []
        for code, title, basis_outcome in self._bases:
            if outcome and basis_outcome != outcome:
                continue
            self.basis.addItem(f"{code} — {title}", code)
            self.basis.setItemData(self.basis.count() - 1, title, Qt.ItemDataRole.ToolTipRole)
            codes.append(code)
        if keep and keep not in codes:
            title = next((t for c, t, _o in self._bases if c == keep), "")
            text = self.tr("{code} — {title} (does not fit the outcome)").format(
                code=keep, title=title) if title else self.tr(
                "{code} (not in the list of articles)").format(code=keep)
            self.basis.addItem(text, keep)
        select_data(self.basis, keep or None)
        self.basis.blockSignals(False)
        self._show_basis_title()

    def _outcome_changed(self, _index: int) -> None:
        keep = self.basis.currentData() or ""
        fits = any(code == keep and outcome == self.outcome.currentData()
                   for code, _t, outcome in self._bases)
        self._refill_bases(keep if fits or not self.outcome.currentData() else "")

    def _show_basis_title(self, *_args) -> None:
        code = self.basis.currentData()
        title = next((t for c, t, _o in self._bases if c == code), "") if code else ""
        self.basis.setToolTip(title)

    def _show_returns(self, events: list[ApprovalEventView],
                      current: AssessmentView | None) -> None:
        returns = current_returns(events)
        if not returns:
            self.returns_box.hide()
            return
        latest_open = current is not None and current.state == AssessmentState.RETURNED
        if latest_open:
            self.returns_heading.setText(self.tr(
                "<b>Returned by the supervisor.</b> Revise the assessment as asked below, "
                "then submit it again."))
        else:
            self.returns_heading.setText(self.tr("<b>Earlier returns</b> of this assessment "
                                                 "by the supervisor:"))
        parts = []
        for event in reversed(returns):  # newest first
            who = self.tr("{date} — {user}:").format(date=datetime_text(event.at),
                                                     user=event.by)
            comment = html.escape(event.comment).replace("\n", "<br>")
            parts.append(f"<p><b>{html.escape(who)}</b><br>{comment}</p>")
        self.returns_text.setText("".join(parts))
        self.returns_box.show()

    def _show_state(self, case_file: CaseFile, shown: AssessmentView | None,
                    drafting: bool) -> None:
        status_text = QCoreApplication.translate("CaseStatus", status_label(case_file.status))
        kind = (AssessmentKind.EXTENSION if submit_step(case_file.status) == Step.SUBMIT_EXTENSION
                else AssessmentKind.STATUS)
        if shown is not None:
            kind = AssessmentKind(shown.kind)
        what = (self.tr("Assessment of an extension of refugee status")
                if kind == AssessmentKind.EXTENSION else self.tr("Assessment for refugee status"))
        if shown is not None:
            state = enum_text(AssessmentState, shown.state)
            line = self.tr("{what} · {state} · last saved by {user}").format(
                what=what, state=state, user=shown.drafted_by or "—")
            if shown.state == AssessmentState.SUBMITTED and shown.submitted_at:
                line += " · " + self.tr("submitted {time}").format(
                    time=datetime_text(shown.submitted_at))
        elif self._editable:
            line = self.tr("{what} · new, not saved yet").format(what=what)
        else:
            line = ""
        self.state_label.setText(f"<b>{html.escape(line)}</b>" if line else "")
        self.state_label.setVisible(bool(line))

        notice = ""
        if self._editable:
            if kind == AssessmentKind.EXTENSION:
                notice = self.tr("Say whether the reasons for refugee status continue. The "
                                 "credibility findings are optional for an extension.")
        elif not allowed(self.ctx.actor.role, Action.DRAFT_ASSESSMENT) and drafting:
            notice = self.tr("The officer drafts the assessment; you can read it here.")
        elif shown is not None and shown.state == AssessmentState.SUBMITTED:
            notice = self.tr("Submitted for approval: a supervisor approves it or returns it "
                             "with comments. It cannot be changed meanwhile.")
        else:
            notice = self.tr("The assessment can be changed only while the case is under "
                             "assessment or an extension is examined; the case is “{status}”."
                             ).format(status=status_text)
        if shown is None and not self._editable:
            notice += " " + self.tr("No assessment is open. The decisions taken are listed "
                                    "under “Decision and status”.")
        self.notice.setText(notice.strip())
        self.notice.setVisible(bool(notice.strip()))
        self.form_host.setVisible(shown is not None or self._editable)

    def _update_buttons(self, *_args) -> None:
        dirty = self.tracker.dirty
        for button in (self.revert_button, self.save_button, self.submit_button):
            button.setVisible(self._editable)
        self.revert_button.setEnabled(self._editable and dirty)
        self.save_button.setEnabled(self._editable and dirty)
        self.submit_button.setEnabled(self._can_submit)

    # ---- saving

    def assessment_input(self) -> decisions.AssessmentInput:
        values = {}
        for name, (combo, note) in self.findings.items():
            values[name] = combo.currentData()
            values[f"{name}_note"] = note.toPlainText()
        return decisions.AssessmentInput(
            **values, well_founded_fear=self.fear.currentData(),
            well_founded_fear_note=self.fear_note.toPlainText(),
            exclusion_applies=self.exclusion.isChecked(),
            exclusion_note=self.exclusion_note.toPlainText(),
            recommended_outcome=self.outcome.currentData(),
            legal_basis_code=self.basis.currentData() or "",
            reasons=self.reasons.toPlainText(),
            grounds={value: note.toPlainText() for value, (check, note) in self.grounds.items()
                     if check.isChecked()})

    def is_dirty(self) -> bool:
        return self.tracker.dirty

    def save(self, *, expected_version: int | None = None) -> bool:
        if not self._editable or not self.tracker.dirty:
            return True
        data = self.assessment_input()
        # A section that showed no record still checks: one made meanwhile is a conflict.
        version = expected_version if expected_version is not None else (
            self.version if self.version is not None else NOT_SEEN)
        actor, number = self.ctx.actor, self.ctx.number

        def action():
            with self.ctx.uow() as uow:
                return decisions.draft_assessment(uow, actor, number, data,
                                                  expected_version=version)

        result = run_save(self, self.errors, action, lambda _exc: self._conflict(data))
        if isinstance(result, bool):  # the conflict was settled (or not) in the dialog
            return result
        if result is None:
            return False
        _id, self.version = result
        self.tracker.reset()
        if self.missing_box.isVisible():
            self._refresh_missing()
        self.saved.emit()
        return True

    def _conflict(self, mine: decisions.AssessmentInput) -> bool:
        """Somebody saved the assessment meanwhile: compare, then keep mine or take theirs."""
        with self.ctx.uow(readonly=True) as uow:
            theirs = decision_views.decision_file(uow, self.ctx.actor, self.ctx.number).assessment
        if theirs is None or theirs.state not in OPEN_STATES:
            QMessageBox.warning(self, self.tr("Not saved"), self.tr(
                "The assessment was submitted or decided in the meantime, so this draft cannot "
                "be saved. Copy what you need before reloading."))
            return False
        choice = ConflictDialog(self, self._compare(theirs, mine), theirs.drafted_by).exec()
        if choice == ConflictDialog.KEEP_MINE:
            return self.save(expected_version=theirs.version)
        if choice == ConflictDialog.TAKE_THEIRS:
            self._fill(theirs)
            self.saved.emit()  # reload the rest of the case file too
            return True
        return False

    def _compare(self, theirs: AssessmentView, mine: decisions.AssessmentInput
                 ) -> list[tuple[str, str, str]]:
        def finding(value):
            return enum_text(Finding, value)

        rows = []
        names = {"internal_consistency": self.tr("Internal consistency"),
                 "coi_consistency": self.tr("Consistency with country information"),
                 "plausibility": self.tr("Plausibility"),
                 "well_founded_fear": self.tr("Well-founded fear")}
        for name, title in names.items():
            rows.append((title, finding(getattr(theirs, name)), finding(getattr(mine, name))))
            rows.append((self.tr("{finding}: note").format(finding=title),
                         getattr(theirs, f"{name}_note"), getattr(mine, f"{name}_note")))
        not_claimed = self.tr("(not applied)")
        for ground in Ground:
            if ground.value in theirs.grounds or ground.value in mine.grounds:
                rows.append((vocab_text(ground), theirs.grounds.get(ground.value, not_claimed),
                             mine.grounds.get(ground.value, not_claimed)))
        yes, no = self.tr("Yes"), self.tr("No")
        rows += [
            (self.tr("Exclusion grounds apply"), yes if theirs.exclusion_applies else no,
             yes if mine.exclusion_applies else no),
            (self.tr("Exclusion: note"), theirs.exclusion_note, mine.exclusion_note),
            (self.tr("Recommended outcome"), enum_text(Outcome, theirs.recommended_outcome),
             enum_text(Outcome, mine.recommended_outcome)),
            (self.tr("Legal basis"), theirs.legal_basis_code, mine.legal_basis_code),
            (self.tr("Reasons"), theirs.reasons, mine.reasons),
        ]
        return rows

    def discard(self) -> None:
        self._fill(self.shown)
        self._update_buttons()

    # ---- submitting

    def submit(self) -> bool:
        """Save, show what is missing, and submit only when complete (after confirming)."""
        if not self._can_submit:
            return False
        if self.tracker.dirty and not self.save():
            return False
        if not self._refresh_missing():
            self.missing_list.setFocus()
            return False
        outcome = self.outcome.currentData()
        question = self.tr(
            "Submit the assessment recommending “{outcome}” to a supervisor for approval? "
            "It cannot be changed while it waits; the supervisor approves it or returns it "
            "with comments.").format(outcome=enum_text(Outcome, outcome) or "—")
        if not confirm(self, self.tr("Submit for approval"), question):
            return False
        try:
            with self.ctx.uow() as uow:
                decisions.submit_for_approval(uow, self.ctx.actor, self.ctx.number)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Not submitted"), error_text(exc))
            return False
        self.missing_box.hide()
        self.saved.emit()
        return True

    def _refresh_missing(self) -> bool:
        """Show what is still missing; True when nothing is."""
        try:
            with self.ctx.uow(readonly=True) as uow:
                missing = decisions.missing_items(uow, self.ctx.number)
        except DomainError as exc:
            QMessageBox.warning(self, self.tr("Not submitted"), error_text(exc))
            return False
        self.missing_list.clear()
        for line in missing:
            item = QListWidgetItem(missing_text(line))
            item.setData(Qt.ItemDataRole.UserRole, line)
            self.missing_list.addItem(item)
        self.missing_box.setVisible(bool(missing))
        rows = sum(self.missing_list.sizeHintForRow(r) for r in range(len(missing)))
        self.missing_list.setFixedHeight(min(rows, self.fontMetrics().lineSpacing() * 8)
                                         + 2 * self.missing_list.frameWidth() + 4)
        return not missing

    def missing_lines(self) -> list[str]:
        return [self.missing_list.item(row).text() for row in range(self.missing_list.count())]

    def _go_to_missing(self, item: QListWidgetItem) -> None:
        """Put the cursor in the field a missing item is about."""
        line = item.data(Qt.ItemDataRole.UserRole) or ""
        targets: dict[str, QWidget] = {
            "Choose a recommended outcome.": self.outcome,
            "Choose the legal basis.": self.basis,
            "The legal basis does not fit the recommended outcome.": self.basis,
            "Write the reasons (at least a sentence).": self.reasons,
            "Record the finding on well-founded fear.": self.fear,
            "Recognition needs at least one Convention ground with its nexus.":
                self.grounds[next(iter(Ground)).value][0],
        }
        target = targets.get(line)
        if line.startswith(_FINDING_PREFIX):
            key = {"internal consistency": "internal_consistency",
                   "consistency with country information": "coi_consistency",
                   "plausibility": "plausibility"}.get(line[len(_FINDING_PREFIX):])
            target = self.findings[key][0] if key else None
        if target is not None and target.isEnabled():
            self.scroll.ensureWidgetVisible(target)
            target.setFocus()
