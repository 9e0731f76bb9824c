"""The supervisor's review of a drafted decision, and the two ways out of it.

``ReviewWindow`` shows the draft (left) next to what it rests on (right: the
claim and incidents, the interviews, the evidence, the family and the legal
history), all read-only. **Approve…** asks for the password again
(``ApproveDialog``); **Return…** asks for comments (``ReturnDialog``). Which of
the two a user may take comes from the workflow table; the service refuses a
drafter who tries to approve their own draft, and the window says so before
they try. The window's title names the case number, never the person.
"""

from __future__ import annotations

import html
from datetime import UTC, date

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.db.audit import Actor
from app.db.store import Store
from app.domain.errors import AuthenticationError, ValidationError
from app.domain.vocab import (
    ActorType,
    ApprovalAction,
    AssessmentKind,
    AssessmentState,
    EvidenceKind,
    Finding,
    Ground,
    IncidentKind,
    InterviewStatus,
    Outcome,
    Relation,
    Sex,
)
from app.domain.workflow import PRE_DECISION, CaseStatus, Step, can_take, status_label
from app.services import accounts, casefile, decision_views, decisions
from app.services.casefile import CaseFile
from app.services.decision_views import DecisionFile
from app.ui.approvals import OVERDUE, vocab_value
from app.ui.bidi import case_header
from app.ui.casefile.claim import incident_dates
from app.ui.casefile.interviews import language_name
from app.ui.casefile.names_editor import (
    full_name,
    notice_label,
    yes_no,
)
from app.ui.forms import ERROR_STYLE, INVALID_STYLE, FieldErrors, basis_title
from app.ui.limits import PlainTextEdit
from app.ui.locale_format import (
    date_text,
    datetime_text,
    localize_date_edit,
    long_date_text,
    partial_date_text,
    size_text,
)
from app.ui.messages import error_text
from app.ui.tasks import run_task


def _esc(text: str) -> str:
    """Stored text shown in rich text: escaped, line breaks kept."""
    return html.escape(text or "").replace("\n", "<br>")


def _named(widget: QWidget, object_name: str, accessible: str) -> QWidget:
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)
    return widget


class ReadOnlyText(QTextBrowser):
    """Rich text to read, select and move through by keyboard, but not to copy or drag out:
    what it shows (persecution accounts, names of relatives) never reaches the clipboard."""

    def createMimeDataFromSelection(self) -> QMimeData:
        return QMimeData()


def _browser(object_name: str, accessible: str) -> QTextBrowser:
    view = _named(ReadOnlyText(), object_name, accessible)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
    view.setOpenLinks(False)
    view.setTabChangesFocus(True)
    # Selectable by keyboard too, so that a screen-reader user can move through it.
    view.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction
                                 | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return view


def approve_step(status: str) -> Step:
    return (Step.APPROVE_EXTENSION if status == CaseStatus.EXTENSION_PENDING_APPROVAL
            else Step.APPROVE_DECISION)


def return_step(status: str) -> Step:
    return (Step.RETURN_EXTENSION if status == CaseStatus.EXTENSION_PENDING_APPROVAL
            else Step.RETURN_FOR_REVISION)


# ---------------------------------------------------------------------------
# the draft, its history and what it rests on, as rich text


def _row(label: str, value: str) -> str:
    return (f"<tr><td style='padding:2px 12px 2px 0; color:#555'>{html.escape(label)}</td>"
            f"<td style='padding:2px 0'>{value}</td></tr>")


def _heading(text: str) -> str:
    return f"<h3 style='margin-top:14px'>{html.escape(text)}</h3>"


def _para(text: str) -> str:
    return f"<p>{html.escape(text)}</p>"


def _labelled(label: str, note: str) -> str:
    """A value in bold and its note after a dash."""
    return f"<b>{html.escape(label)}</b>" + (" — " + _esc(note) if note else "")


class ReviewText(QObject):
    """The read-only panes of the review as HTML (every stored text escaped)."""

    def draft(self, df: DecisionFile) -> str:
        a = df.assessment
        if a is None:
            return _para(self.tr("There is no drafted decision in this case."))
        basis = html.escape(a.legal_basis_code or "—")
        if a.legal_basis_title:
            basis += " — " + html.escape(basis_title(a.legal_basis_title))
        outcome = vocab_value(Outcome, a.recommended_outcome) or self.tr("not chosen")
        parts = [
            _heading(self.tr("Recommended decision")), "<table>",
            _row(self.tr("Decision"), html.escape(vocab_value(AssessmentKind, a.kind))),
            _row(self.tr("Recommended outcome"), f"<b>{html.escape(outcome)}</b>"),
            _row(self.tr("Legal basis"), basis),
            _row(self.tr("Drafted by"), html.escape(a.drafted_by)),
            _row(self.tr("Submitted"), html.escape(datetime_text(a.submitted_at) or "—")),
            "</table>"]

        findings = [
            (self.tr("Internal consistency"), a.internal_consistency,
             a.internal_consistency_note),
            (self.tr("Consistency with country-of-origin information"), a.coi_consistency,
             a.coi_consistency_note),
            (self.tr("Plausibility"), a.plausibility, a.plausibility_note)]
        headers = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in (
            self.tr("Finding"), self.tr("Assessment"), self.tr("Note")))
        parts += [_heading(self.tr("Credibility")),
                  "<table cellspacing='0' cellpadding='4' border='1' width='100%' "
                  f"style='border-color:#c8c8c8; border-collapse:collapse'><tr>{headers}</tr>"]
        for name, value, note in findings:
            parts.append(f"<tr><td>{html.escape(name)}</td>"
                         f"<td><b>{html.escape(vocab_value(Finding, value))}</b></td>"
                         f"<td>{_esc(note) or '—'}</td></tr>")
        parts.append("</table>")

        parts.append(_heading(self.tr("Convention grounds")))
        if a.grounds:
            parts.append("<ul>" + "".join(
                f"<li>{_labelled(vocab_value(Ground, ground), note)}</li>"
                for ground, note in a.grounds.items()) + "</ul>")
        else:
            parts.append(_para(self.tr("No Convention ground was found to apply.")))

        parts.append(_heading(self.tr("Well-founded fear")))
        parts.append("<p>" + _labelled(vocab_value(Finding, a.well_founded_fear),
                                       a.well_founded_fear_note) + "</p>")

        parts.append(_heading(self.tr("Exclusion")))
        if a.exclusion_applies:
            applies = html.escape(self.tr("Exclusion grounds apply."))
            exclusion = f"<b style='color:{OVERDUE.name()}'>{applies}</b>"
        else:
            exclusion = html.escape(self.tr("No exclusion ground applies."))
        if a.exclusion_note:
            exclusion += " " + _esc(a.exclusion_note)
        parts.append(f"<p>{exclusion}</p>")

        parts.append(_heading(self.tr("Reasons")))
        parts.append(f"<p>{_esc(a.reasons)}</p>" if a.reasons.strip()
                     else _para(self.tr("No reasons were written.")))
        return "".join(parts)

    def history(self, df: DecisionFile) -> str:
        """Submissions, returns (with their comments) and approvals, oldest first."""
        if not df.approval_events:
            return _para(self.tr("Nothing has been submitted yet."))
        parts = ["<table cellspacing='0' cellpadding='3' width='100%'>"]
        for event in df.approval_events:
            what = html.escape(vocab_value(ApprovalAction, event.action))
            if event.action == ApprovalAction.RETURN:
                what = f"<b style='color:{OVERDUE.name()}'>{what}</b>"
            elif event.action == ApprovalAction.APPROVE:
                what = f"<b>{what}</b>"
            parts.append(f"<tr><td style='color:#555'>{html.escape(datetime_text(event.at))}"
                         f"</td><td>{what}</td><td>{html.escape(event.by)}</td></tr>")
            if event.comment:
                parts.append("<tr><td></td><td colspan='2' style='background:#fff4d6'>"
                             f"{_esc(event.comment)}</td></tr>")
        parts.append("</table>")
        return "".join(parts)

    def claim(self, cf: CaseFile) -> str:
        if not cf.sensitive_loaded:
            return _para(self.tr("Your role cannot see the claim."))
        claim = cf.claim
        parts = [_heading(self.tr("Claim"))]
        if claim is None or not (claim.summary or claim.grounds or claim.actor_description):
            parts.append(_para(self.tr("No claim has been recorded.")))
        else:
            parts.append(f"<p>{_esc(claim.summary) or '—'}</p>")
            actor = vocab_value(ActorType, claim.actor_type)
            if claim.actor_description:
                actor = f"{actor} — {claim.actor_description}"
            parts.append("<table>" + _row(self.tr("Persecuted by"), _esc(actor)) + "</table>")
            if claim.grounds:
                claimed = html.escape(self.tr("Grounds claimed"))
                parts.append(f"<p><b>{claimed}</b></p><ul>")
                parts += [f"<li>{_labelled(vocab_value(Ground, g.ground), g.nexus_note)}</li>"
                          for g in claim.grounds]
                parts.append("</ul>")
        parts.append(_heading(self.tr("Incidents, in time order")))
        if not cf.incidents:
            parts.append(_para(self.tr("No incidents have been recorded.")))
        for incident in cf.incidents:  # load_case_file sorts them into timeline order
            first = (f"<b>{html.escape(incident_dates(incident))} · "
                     f"{html.escape(vocab_value(IncidentKind, incident.kind))}</b>")
            actor = incident.actor
            if incident.actor_type and incident.actor_type != ActorType.UNKNOWN:
                kind = vocab_value(ActorType, incident.actor_type).lower()
                actor = f"{actor} ({kind})" if actor else kind
            details = [p for p in (incident.place, actor) if p]
            if incident.duration_days is not None:
                details.append(self.tr("%Ln day(s)", "", incident.duration_days))
            if incident.evidence_ids:
                details.append(self.tr("%Ln evidence item(s) linked", "",
                                       len(incident.evidence_ids)))
            parts.append(f"<p>{first}<br><span style='color:#555'>"
                         f"{_esc(' · '.join(details))}</span><br>"
                         f"{_esc(incident.description)}</p>")
        return "".join(parts)

    def interviews(self, cf: CaseFile) -> str:
        """Each interview with its details and its questions and answers."""
        if not cf.sensitive_loaded:
            return _para(self.tr("Your role cannot see the interviews."))
        if not cf.interviews:
            return _para(self.tr("No interview has been recorded."))
        parts = []
        for n, interview in enumerate(cf.interviews, 1):
            when = datetime_text(interview.started_at or interview.scheduled_at)
            if interview.ended_at:
                when = self.tr("{start} to {end}").format(
                    start=when, end=datetime_text(interview.ended_at))
            status = vocab_value(InterviewStatus, interview.status)
            parts.append(_heading(self.tr("Interview {n} — {status}").format(n=n,
                                                                              status=status)))
            language = language_name(interview.language) if interview.language else ""
            if interview.dialect:
                language = f"{language} ({interview.dialect})" if language else interview.dialect
            rows = [(self.tr("When"), when), (self.tr("Where"), interview.location),
                    (self.tr("Officer"), interview.officer), (self.tr("Language"), language),
                    (self.tr("Interpreter"), interview.interpreter)]
            if interview.status == InterviewStatus.HELD:
                rows += [(self.tr("Representative present"),
                          yes_no(interview.representative_present)),
                         (self.tr("Read back to the applicant"), yes_no(interview.read_back_done)),
                         (self.tr("Signed by the applicant"), yes_no(interview.applicant_signed))]
            parts.append("<table>" + "".join(_row(k, _esc(v)) for k, v in rows if v)
                         + "</table>")
            if interview.demeanour_notes:
                demeanour = html.escape(self.tr("Demeanour:"))
                parts.append(f"<p><i>{demeanour}</i> {_esc(interview.demeanour_notes)}</p>")
            for i, qa in enumerate(interview.entries, 1):
                parts.append(f"<p><b>{i}. {_esc(qa.question)}</b><br>"
                             f"{_esc(qa.answer) or '—'}</p>")
        return "".join(parts)


    def _grid(self, headers: list[str], rows: list[list[str]], empty: str,
              nowrap: tuple[int, ...] = ()) -> str:
        """An HTML table of plain-text cells (escaped here), or ``empty`` when no rows.

        Columns in ``nowrap`` (dates, sizes) are never broken across lines.
        """
        if not rows:
            return _para(empty)
        head = "".join(f"<th align='left'>{html.escape(h)}</th>" for h in headers)
        body = "".join("<tr>" + "".join(
            f"<td style='white-space:nowrap'>{_esc(c)}</td>" if i in nowrap
            else f"<td>{_esc(c)}</td>" for i, c in enumerate(row)) + "</tr>" for row in rows)
        return ("<table cellspacing='0' cellpadding='4' border='1' width='100%' "
                f"style='border-color:#c8c8c8; border-collapse:collapse'><tr>{head}</tr>"
                f"{body}</table>")

    def evidence(self, cf: CaseFile) -> str:
        if not cf.sensitive_loaded:
            return _para(self.tr("Your role cannot see the evidence."))
        linked: dict = {}
        for incident in cf.incidents:
            for evidence_id in incident.evidence_ids:
                linked.setdefault(evidence_id, []).append(
                    vocab_value(IncidentKind, incident.kind).lower())
        if not cf.evidence:
            return _heading(self.tr("Evidence")) + _para(self.tr("No evidence has been "
                                                                 "attached."))
        parts = [_heading(self.tr("Evidence"))]
        for e in cf.evidence:
            details = [size_text(e.size_bytes),
                       self.tr("SHA-256 {hash}…").format(hash=e.sha256[:12]),
                       self.tr("added by {user}").format(user=e.added_by)]
            rows = [(self.tr("Source"), e.source),
                    (self.tr("Linked to incidents"), ", ".join(linked.get(e.id, []))),
                    (self.tr("Applicant may see it"), yes_no(e.applicant_may_see))]
            parts.append(
                f"<p><b>{_esc(e.title)}</b> · {html.escape(vocab_value(EvidenceKind, e.kind))}"
                f"<br><span style='color:#555'>{_esc(' · '.join(details))}</span></p>"
                "<table>" + "".join(_row(k, _esc(v)) for k, v in rows if v) + "</table>")
        return "".join(parts)

    def family(self, cf: CaseFile) -> str:
        rows = [[vocab_value(Relation, m.relation),
                 "\n".join(full_name(n) for n in m.names), vocab_value(Sex, m.sex),
                 partial_date_text(m.birth_date), m.whereabouts,
                 yes_no(m.included_in_petition), m.own_case or "—"] for m in cf.family]
        return _heading(self.tr("Family")) + self._grid(
            [self.tr("Relation"), self.tr("Names"), self.tr("Sex"), self.tr("Born"),
             self.tr("Whereabouts"), self.tr("In the petition"), self.tr("Own case")],
            rows, self.tr("No relatives have been recorded."), (3,))

    def legal(self, cf: CaseFile) -> str:
        crossings = [[date_text(e.crossed_on), e.place,
                      self.tr("Irregular") if e.irregular else self.tr("Regular"),
                      e.from_country, e.notes] for e in cf.entries]
        proceedings = [[p.court, p.article, date_text(p.verdict_on), p.sentence,
                        self.tr("%Ln day(s)", "", p.pretrial_detention_days)
                        if p.pretrial_detention_days else "—", p.notes]
                       for p in cf.proceedings]
        rulings = [[r.court, date_text(r.ruled_on), r.reference, yes_no(r.deportation_barred),
                    r.summary] for r in cf.rulings]
        return "".join([
            _heading(self.tr("Entry and border crossings")),
            self._grid([self.tr("Crossed on"), self.tr("Place"), self.tr("Crossing"),
                        self.tr("From"), self.tr("Notes")], crossings,
                       self.tr("No border crossing has been recorded."), (0,)),
            _heading(self.tr("Criminal proceedings")),
            self._grid([self.tr("Court"), self.tr("Article"), self.tr("Verdict"),
                        self.tr("Sentence"), self.tr("Pre-trial detention"), self.tr("Notes")],
                       proceedings, self.tr("No criminal proceeding has been recorded."), (2,)),
            _heading(self.tr("Court rulings on deportation")),
            self._grid([self.tr("Court"), self.tr("Ruled on"), self.tr("Reference"),
                        self.tr("Deportation barred"), self.tr("Summary")], rulings,
                       self.tr("No court ruling has been recorded."), (1,))])


# ---------------------------------------------------------------------------
# the window


class ReviewWindow(QMainWindow):
    """A drafted decision next to the claim, interviews and evidence it rests on."""

    decided = Signal(str)  # approved or returned: lists elsewhere may refresh
    closed = Signal(str)
    loaded = Signal()

    def __init__(self, store: Store, actor: Actor, number: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.store, self.actor, self.number = store, actor, number
        self.decision_file: DecisionFile | None = None
        self.case_file: CaseFile | None = None
        self.dialog: QDialog | None = None
        self._generation = 0
        self.setWindowTitle(self.tr("Review of the decision — {number} — Pana").format(
            number=number))
        self.resize(1280, 820)

        central = QWidget()
        outer = QVBoxLayout(central)
        self.header = QLabel(self.tr("Loading…"))
        self.header.setObjectName("reviewHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        outer.addWidget(self.header)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("reviewSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self._build_left())
        self.splitter.addWidget(self._build_right())
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setSizes([560, 680])
        outer.addWidget(self.splitter, 1)

        self.notice = notice_label("reviewNotice")
        outer.addWidget(self.notice)
        bar = QHBoxLayout()
        self.status = QLabel()
        self.status.setObjectName("reviewStatus")
        self.status.setWordWrap(True)
        bar.addWidget(self.status, 1)
        self.approve_button = _named(QPushButton(self.tr("&Approve…")), "approveButton",
                                     self.tr("Approve the decision"))
        self.return_button = _named(QPushButton(self.tr("&Return…")), "returnButton",
                                    self.tr("Return the draft with comments"))
        self.close_button = _named(QPushButton(self.tr("&Close")), "closeReview",
                                   self.tr("Close the review"))
        for button in (self.approve_button, self.return_button, self.close_button):
            bar.addWidget(button)
        outer.addLayout(bar)
        self.setCentralWidget(central)

        self.approve_button.clicked.connect(self.start_approve)
        self.return_button.clicked.connect(self.start_return)
        self.close_button.clicked.connect(self.close)
        self.approve_button.setEnabled(False)
        self.return_button.setEnabled(False)

        reload_action = QAction(self.tr("Re&load"), self)
        reload_action.setObjectName("actionReloadReview")
        reload_action.setShortcut(QKeySequence.StandardKey.Refresh)
        reload_action.triggered.connect(self.reload)
        close_action = QAction(self.tr("&Close"), self)
        close_action.setObjectName("actionCloseReview")
        close_action.setShortcut(QKeySequence("Ctrl+W"))
        close_action.triggered.connect(self.close)
        self.addActions([reload_action, close_action])

        # The focus moves in the order the widgets were made: the draft, its history, the
        # tabs and the page shown, then the buttons.
        self.reload()

    def _build_left(self) -> QWidget:
        left = QSplitter(Qt.Orientation.Vertical)
        left.setObjectName("draftSplitter")
        left.setChildrenCollapsible(False)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        draft_label = QLabel(self.tr("<b>&Draft decision</b>"))
        self.draft_view = _browser("draftView", self.tr("The draft decision"))
        draft_label.setBuddy(self.draft_view)
        top_layout.addWidget(draft_label)
        top_layout.addWidget(self.draft_view)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        history_label = QLabel(self.tr("<b>Approval &history</b> (submissions, returns with "
                                       "comments, approvals)"))
        self.history_view = _browser("approvalHistory", self.tr("Approval history"))
        history_label.setBuddy(self.history_view)
        bottom_layout.addWidget(history_label)
        bottom_layout.addWidget(self.history_view)
        left.addWidget(top)
        left.addWidget(bottom)
        left.setStretchFactor(0, 4)
        left.setStretchFactor(1, 1)
        left.setSizes([560, 140])
        return left

    def _build_right(self) -> QWidget:
        self.tabs = _named(QTabWidget(), "sourceTabs", self.tr("What the draft rests on"))
        self.claim_view = _browser("claimView", self.tr("Claim and incidents"))
        self.interviews_view = _browser("interviewsView", self.tr("Interview answers"))
        self.evidence_view = _browser("evidenceView", self.tr("Evidence"))
        self.family_view = _browser("familyView", self.tr("Family"))
        self.legal_view = _browser("legalView", self.tr("Entry and legal history"))
        self.tabs.addTab(self.claim_view, self.tr("C&laim and incidents"))
        self.tabs.addTab(self.interviews_view, self.tr("&Interviews"))
        self.tabs.addTab(self.evidence_view, self.tr("&Evidence"))
        self.tabs.addTab(self.family_view, self.tr("&Family"))
        self.tabs.addTab(self.legal_view, self.tr("Le&gal history"))
        self.tabs.tabBar().setObjectName("sourceTabBar")
        return self.tabs

    # ---- loading

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        store, actor, number = self.store, self.actor, self.number
        self.status.setText(self.tr("Loading…"))

        def fetch():
            # Loading the claim and interviews writes the audit entry of a sensitive view.
            with store.uow() as uow:
                case_file = casefile.load_case_file(uow, actor, number)
            with store.uow(readonly=True) as uow:
                return decision_views.decision_file(uow, actor, number), case_file

        def done(result) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self._loaded(*result)

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.status.setText(error_text(exc))
                if self.decision_file is None:  # never loaded: say which case this was
                    self.header.setText(f"<b>{html.escape(number)}</b>")

        run_task(fetch, done, failed)

    def _loaded(self, df: DecisionFile, cf: CaseFile) -> None:
        self.decision_file, self.case_file = df, cf
        self.status.clear()
        self._show_header(df, cf)
        text = ReviewText(self)
        for view, html_text in ((self.draft_view, text.draft(df)),
                                (self.history_view, text.history(df)),
                                (self.claim_view, text.claim(cf)),
                                (self.interviews_view, text.interviews(cf)),
                                (self.evidence_view, text.evidence(cf)),
                                (self.family_view, text.family(cf)),
                                (self.legal_view, text.legal(cf))):
            view.setHtml(html_text)
        held = sum(1 for i in cf.interviews if i.status == InterviewStatus.HELD)
        self.tabs.setTabText(1, self.tr("&Interviews ({n})").format(n=held))
        self.tabs.setTabText(2, self.tr("&Evidence ({n})").format(n=len(cf.evidence)))
        self.tabs.setTabText(3, self.tr("&Family ({n})").format(n=len(cf.family)))
        self._update_buttons()
        self.loaded.emit()

    def retranslate(self) -> None:
        """After a change of language: draw the file again from what is in memory."""
        if self.decision_file is not None and self.case_file is not None:
            self._loaded(self.decision_file, self.case_file)

    def _show_header(self, df: DecisionFile, cf: CaseFile) -> None:
        status = QCoreApplication.translate("CaseStatus", status_label(df.status))
        parts = [self.tr("<b>{number}</b> · {status}").format(
                     number=html.escape(df.number), status=html.escape(status)),
                 self.tr("Officer: {officer}").format(officer=html.escape(cf.officer or "—"))]
        if CaseStatus(df.status) in PRE_DECISION:
            due = long_date_text(cf.decision_due_on)
            if cf.decision_due_on < date.today():
                parts.append(self.tr("<span style='color:{color}'><b>Decision was due {date}"
                                     "</b></span>").format(color=OVERDUE.name(), date=due))
            else:
                parts.append(self.tr("Decision due {date}").format(date=due))
        self.header.setText(case_header(self, cf.display_name, " · ".join(parts)))

    # ---- who may do what

    def pending(self) -> bool:
        df = self.decision_file
        return (df is not None and df.assessment is not None
                and df.assessment.state == AssessmentState.SUBMITTED)

    def own_draft(self) -> bool:
        return self.pending() and self.decision_file.assessment.drafted_by_id \
            == self.actor.user_id

    def _update_buttons(self) -> None:
        df = self.decision_file
        pending = self.pending()
        may_approve = pending and can_take(approve_step(df.status), df.status, self.actor.role)
        may_return = pending and can_take(return_step(df.status), df.status, self.actor.role)
        self.approve_button.setEnabled(may_approve and not self.own_draft())
        self.return_button.setEnabled(may_return)
        notes = []
        if not pending:
            status = QCoreApplication.translate("CaseStatus", status_label(df.status))
            notes.append(self.tr("This case has no decision waiting for approval (it is "
                                 "“{status}”).").format(status=status))
        elif self.own_draft():
            notes.append(self.tr("You drafted this decision, so you cannot approve it: another "
                                 "supervisor must. You can still return it with comments."))
        elif not (may_approve or may_return):
            notes.append(self.tr("Your role cannot approve or return decisions."))
        self.approve_button.setToolTip(notes[0] if notes and not self.approve_button.isEnabled()
                                       else self.tr("Approve with your password"))
        self.approve_button.setAccessibleDescription(
            notes[0] if notes and not self.approve_button.isEnabled() else "")
        self.notice.setText(" ".join(notes))
        self.notice.setVisible(bool(notes))

    def _summary(self) -> str:
        a = self.decision_file.assessment
        outcome = vocab_value(Outcome, a.recommended_outcome) or "—"
        return self.tr("Case {number}: {kind}, recommended outcome “{outcome}”, legal basis "
                       "{basis}.").format(number=self.number,
                                          kind=vocab_value(AssessmentKind, a.kind).lower(),
                                          outcome=outcome, basis=a.legal_basis_code or "—")

    # ---- approve and return

    def start_approve(self) -> None:
        """Open the approval dialog. The service decides; a drafter is refused there too."""
        if not self.pending():
            return
        submitted = self.decision_file.assessment.submitted_at
        earliest = None
        if submitted is not None:
            aware = submitted if submitted.tzinfo else submitted.replace(tzinfo=UTC)
            earliest = aware.astimezone().date()
        self._open_dialog(ApproveDialog(self.store, self.actor, self.number, self._summary(),
                                        earliest=earliest, parent=self))

    def start_return(self) -> None:
        if not self.pending():
            return
        self._open_dialog(ReturnDialog(self.store, self.actor, self.number,
                                       self.decision_file.assessment.drafted_by, parent=self))

    def _open_dialog(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.accepted.connect(self._finished)
        dialog.open()

    def _finished(self) -> None:
        self.decided.emit(self.number)
        self.close()

    def closeEvent(self, event) -> None:
        if self.dialog is not None and shiboken6.isValid(self.dialog) \
                and getattr(self.dialog, "busy", False):
            event.ignore()  # a decision is being stored: wait for the answer
            return
        self.closed.emit(self.number)
        super().closeEvent(event)


# ---------------------------------------------------------------------------
# the dialogs


class _DecisionDialog(QDialog):
    """What both dialogs share: a general error line, busy state, Esc ignored while busy."""

    def __init__(self, store: Store, actor: Actor, number: str, parent=None) -> None:
        super().__init__(parent)
        self.store, self.actor, self.number = store, actor, number
        self.busy = False
        self.setModal(True)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.progress = QLabel()
        self.progress.hide()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self.busy = busy
        self.progress.setText(text)
        self.progress.setVisible(busy)
        for widget in self._inputs():
            widget.setEnabled(not busy)

    def _inputs(self) -> list[QWidget]:
        return []

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.adjustSize()  # room for the message without squeezing the wrapped text

    def reject(self) -> None:
        if not self.busy:
            super().reject()


class ApproveDialog(_DecisionDialog):
    """Approve with the password re-entered and a decision date.

    A wrong password shows the login's generic message and approves nothing;
    the service's refusals (the drafter, a case no longer pending) are shown
    as they are.
    """

    def __init__(self, store: Store, actor: Actor, number: str, summary: str, *,
                 earliest: date | None = None, parent=None) -> None:
        super().__init__(store, actor, number, parent)
        self.setObjectName("approveDialog")
        self.setWindowTitle(self.tr("Approve the decision — {number}").format(number=number))
        self.decision_id = None
        self.error.setObjectName("approveError")
        self.progress.setObjectName("approveProgress")
        layout = QVBoxLayout(self)
        intro = QLabel(summary)
        intro.setObjectName("approveSummary")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        instruction = QLabel(self.tr("Approving makes this the commission's decision. Enter "
                                     "your password to sign it."))
        instruction.setObjectName("approveInstruction")
        instruction.setWordWrap(True)
        layout.addWidget(instruction)
        form = QFormLayout()
        self.password = _named(QLineEdit(), "approvePassword",
                               self.tr("Your password, to sign the approval"))
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        password_label = QLabel(self.tr("Your &password:"))
        password_label.setBuddy(self.password)
        form.addRow(password_label, self.password)
        self.decided_on = _named(localize_date_edit(QDateEdit()), "approveDate",
                                 self.tr("Decision date"))
        self.decided_on.setCalendarPopup(True)
        today = QDate.currentDate()
        self.decided_on.setMaximumDate(today)
        if earliest is not None and earliest <= today.toPython():
            self.decided_on.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
        self.decided_on.setDate(today)
        date_label = QLabel(self.tr("Decision &date:"))
        date_label.setBuddy(self.decided_on)
        form.addRow(date_label, self.decided_on)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.ok_button = _named(QPushButton(self.tr("&Approve")), "confirmApprove",
                                self.tr("Approve the decision"))
        self.ok_button.setDefault(True)
        self.cancel_button = _named(QPushButton(self.tr("Cancel")), "cancelApprove",
                                    self.tr("Cancel without approving"))
        buttons.addWidget(self.ok_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        self.setTabOrder(self.password, self.decided_on)
        self.setTabOrder(self.decided_on, self.ok_button)
        self.setTabOrder(self.ok_button, self.cancel_button)
        self.password.setFocus()
        self.setMinimumWidth(500)

    def _inputs(self) -> list[QWidget]:
        return [self.password, self.decided_on, self.ok_button, self.cancel_button]

    def submit(self) -> None:
        password = self.password.text()
        self.error.hide()
        self.password.setStyleSheet("")
        if not password:
            self._show_error(self.tr("Enter your password to approve."))
            self.password.setStyleSheet(INVALID_STYLE)
            self.password.setFocus()
            return
        store, actor, number = self.store, self.actor, self.number
        decided_on = self.decided_on.date().toPython()

        def work():
            accounts.authenticate(store, actor.username, password)
            with store.uow() as uow:
                return decisions.approve_decision(uow, actor, number, decided_on)

        def done(decision_id) -> None:
            if shiboken6.isValid(self):
                self._set_busy(False)
                self.decision_id = decision_id
                self.accept()

        def failed(exc: Exception) -> None:
            if not shiboken6.isValid(self):
                return
            self._set_busy(False)
            self._show_error(error_text(exc))
            if isinstance(exc, AuthenticationError):
                self.password.clear()
                self.password.setStyleSheet(INVALID_STYLE)
                self.password.setFocus()

        self._set_busy(True, self.tr("Checking your password and approving…"))
        run_task(work, done, failed)


class ReturnDialog(_DecisionDialog):
    """Return the draft to the officer with comments (required; kept in the history)."""

    def __init__(self, store: Store, actor: Actor, number: str, drafter: str,
                 parent=None) -> None:
        super().__init__(store, actor, number, parent)
        self.setObjectName("returnDialog")
        self.setWindowTitle(self.tr("Return with comments — {number}").format(number=number))
        self.error.setObjectName("returnError")
        self.progress.setObjectName("returnProgress")
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The draft goes back to {drafter} for revision. Your comments "
                               "stay in the history of the case.").format(drafter=drafter))
        intro.setObjectName("returnIntro")
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        label = QLabel(self.tr("&Comments for the officer:"))
        self.comment = _named(PlainTextEdit(), "returnComment",
                              self.tr("Comments for the officer"))
        self.comment.setTabChangesFocus(True)
        self.comment.setMinimumHeight(140)
        label.setBuddy(self.comment)
        self.errors = FieldErrors(self.error)
        comment_error = self.errors.label_for("approval.comment", self.comment)
        layout.addWidget(label)
        layout.addWidget(self.comment, 1)
        layout.addWidget(comment_error)
        self.comment_error = comment_error
        layout.addWidget(self.error)
        layout.addWidget(self.progress)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.ok_button = _named(QPushButton(self.tr("&Return to the officer")), "confirmReturn",
                                self.tr("Return the draft to the officer"))
        self.cancel_button = _named(QPushButton(self.tr("Cancel")), "cancelReturn",
                                    self.tr("Cancel without returning"))
        buttons.addWidget(self.ok_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        self.setTabOrder(self.comment, self.ok_button)
        self.setTabOrder(self.ok_button, self.cancel_button)
        self.comment.setFocus()
        self.resize(520, 340)

    def _inputs(self) -> list[QWidget]:
        return [self.comment, self.ok_button, self.cancel_button]

    def submit(self) -> None:
        comment = self.comment.toPlainText()
        if not comment.strip():
            self.errors.show({"approval.comment": self.tr(
                "Write what the officer should revise: a draft is not returned without "
                "comments.")})
            self.comment.setFocus()
            return
        self.errors.clear()
        store, actor, number = self.store, self.actor, self.number

        def work():
            with store.uow() as uow:
                decisions.return_for_revision(uow, actor, number, comment)

        def done(_result) -> None:
            if shiboken6.isValid(self):
                self._set_busy(False)
                self.accept()

        def failed(exc: Exception) -> None:
            if not shiboken6.isValid(self):
                return
            self._set_busy(False)
            if isinstance(exc, ValidationError):
                first = self.errors.show(exc.errors)
                if first is not None:
                    first.setFocus()
            else:
                self._show_error(error_text(exc))

        self._set_busy(True, self.tr("Returning the draft…"))
        run_task(work, done, failed)
