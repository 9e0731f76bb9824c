"""The paths after a decision, driven through the case-file sections as the officer and the
supervisor would take them; every approval (and a return with comments) goes through the
supervisor's review window and its dialogs, as on screen.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QTextCursor
from sqlalchemy import select

from app.db.models import Appeal, Case, CaseClosure, StatusEnd
from app.domain.deadlines import add_months
from app.domain.workflow import CaseStatus
from app.services import casefile, decision_views, decisions
from app.ui.casefile import assessment as assessment_ui
from app.ui.casefile import decision as decision_ui
from app.ui.casefile.assessment import AssessmentSection
from app.ui.casefile.decision import DecisionSection
from app.ui.casefile.section import CaseContext
from app.ui.review import ApproveDialog, ReturnDialog, ReviewWindow
from tests.conftest import PASSWORD
from tests.helpers.builders import audit_count, audit_since, case_in, case_row
from tests.ui.test_accessibility import _unnamed
from tests.ui.test_approvals import (
    COMMENT,
    LOAD_TIMEOUT,
    approval_events,
    decisions_of,
    set_assessment,
)


class Screens:
    """The two sections of one actor's case file, reloaded after each save as the window
    reloads them."""

    def __init__(self, qtbot, fx, number, actor) -> None:
        self.fx, self.number, self.actor = fx, number, actor
        ctx = CaseContext(fx.store, actor, number)
        self.decision = DecisionSection(ctx)
        self.assessment = AssessmentSection(ctx)
        for section in (self.decision, self.assessment):
            qtbot.addWidget(section)
            section.saved.connect(self.reload)
            section.resize(980, 760)
        self.reload()
        self.decision.show()
        qtbot.waitExposed(self.decision)

    def reload(self) -> None:
        with self.fx.uow() as uow:
            case_file = casefile.load_case_file(uow, self.actor, self.number)
        for section in (self.decision, self.assessment):
            if not section.is_dirty():
                section.load(case_file)


def case(fx, number) -> Case:
    with fx.uow(readonly=True) as uow:
        row = uow.session.execute(select(Case).where(Case.number == number)).scalar_one()
        uow.session.expunge(row)
        return row


def rows(fx, model, number):
    with fx.uow(readonly=True) as uow:
        case_id = uow.session.execute(select(Case.id).where(Case.number == number)).scalar_one()
        found = list(uow.session.execute(select(model).where(model.case_id == case_id))
                     .scalars())
        for row in found:
            uow.session.expunge(row)
        return found


def cell(table, row, column) -> str:
    return table.model().index(row, column).data()


def set_date(edit, value: date) -> None:
    edit.setDate(QDate(value.year, value.month, value.day))


def open_step(qtbot, screens: Screens, key: str):
    button = screens.decision.buttons[key][0]
    assert button.isEnabled(), key
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = screens.decision.dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def finish(qtbot, screens: Screens, dialog) -> None:
    with qtbot.waitSignal(screens.decision.saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: screens.decision.dialog is None)


def choose(combo, value) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


@pytest.fixture
def asked(monkeypatch):
    """Every confirmation answered Yes; the questions are kept."""
    questions: list[str] = []

    def yes(_parent, _title, text):
        questions.append(text)
        return True

    monkeypatch.setattr(decision_ui, "confirm", yes)
    monkeypatch.setattr(assessment_ui, "confirm", yes)
    return questions


def notify_on_screen(qtbot, screens, served_on: date, method="in_person") -> None:
    dialog = open_step(qtbot, screens, "notify")
    set_date(dialog.served_on, served_on)
    choose(dialog.method, method)
    finish(qtbot, screens, dialog)


# ---- the supervisor's review, as on screen


def open_review(qtbot, fx, number, supervisor) -> ReviewWindow:
    """The review window of ``number``, once it has loaded.

    It deletes itself when closed, so it is not handed to ``qtbot.addWidget`` (which
    would close it a second time); ``decide_on_screen`` closes it if a step fails.
    """
    window = ReviewWindow(fx.store, supervisor, number)
    with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT):
        window.show()
    qtbot.waitExposed(window)
    return window


def decide_on_screen(qtbot, fx, number, supervisor, button: str, fill) -> str:
    """Open the review, click ``button``, let ``fill`` complete the dialog and confirm it;
    wait until the review has closed. Returns the approval history the review showed."""
    window = open_review(qtbot, fx, number, supervisor)
    try:
        history = window.history_view.toPlainText()
        clicked = getattr(window, button)
        assert clicked.isEnabled(), clicked.toolTip()
        qtbot.mouseClick(clicked, Qt.MouseButton.LeftButton)
        dialog = window.dialog
        assert dialog is not None
        qtbot.waitExposed(dialog)
        fill(dialog)
        closed: list[str] = []
        window.closed.connect(closed.append)
        with qtbot.waitSignal(window.decided, timeout=LOAD_TIMEOUT) as decided:
            qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        assert decided.args == [number], dialog.error.text()
        qtbot.waitUntil(lambda: closed == [number])
    finally:
        if shiboken6.isValid(window) and window.isVisible():
            window.close()
    return history


def approve_on_screen(qtbot, fx, number, supervisor, decided_on: date | None = None) -> str:
    """The supervisor approves with their password (on ``decided_on``, else today's date
    as the dialog proposes); returns the approval history the review showed."""
    decided_on = decided_on or date.today()
    before = len(decisions_of(fx, number))

    def fill(dialog) -> None:
        assert isinstance(dialog, ApproveDialog)
        qtbot.keyClicks(dialog.password, PASSWORD)
        if decided_on != date.today():
            set_date(dialog.decided_on, decided_on)
        assert dialog.decided_on.date().toPython() == decided_on

    history = decide_on_screen(qtbot, fx, number, supervisor, "approve_button", fill)
    qtbot.waitUntil(lambda: case(fx, number).status == CaseStatus.DECIDED,
                    timeout=LOAD_TIMEOUT)
    found = decisions_of(fx, number)
    assert len(found) == before + 1
    assert (fx.officer.user_id, supervisor.user_id, decided_on) in found
    return history


def return_on_screen(qtbot, fx, number, supervisor, comment: str) -> None:
    """The supervisor returns the draft to the officer with ``comment``."""

    def fill(dialog) -> None:
        assert isinstance(dialog, ReturnDialog)
        qtbot.keyClicks(dialog.comment, comment)

    decide_on_screen(qtbot, fx, number, supervisor, "return_button", fill)
    qtbot.waitUntil(lambda: case(fx, number).status == CaseStatus.UNDER_ASSESSMENT,
                    timeout=LOAD_TIMEOUT)
    assert approval_events(fx, number)[-1] == ("return", supervisor.user_id, comment)


# ---- (a) granted, extended, expired


def test_grant_notified_extended_and_expired(qtbot, store_fixture, asked):
    fx = store_fixture
    today = date.today()
    number = case_in(fx, CaseStatus.PENDING_APPROVAL).number
    approve_on_screen(qtbot, fx, number, fx.supervisor)
    officer = Screens(qtbot, fx, number, fx.officer)
    assert cell(officer.decision.decisions_table, 0, 5) == "not yet served"

    notify_on_screen(qtbot, officer, today)
    first_until = add_months(today, 12) - timedelta(days=1)
    stored = case(fx, number)
    assert stored.status == CaseStatus.GRANTED
    assert (stored.status_valid_from, stored.status_valid_to) == (today, first_until)
    assert "becomes “Refugee status granted”" in asked[-1]
    banner = officer.decision.result_banner
    assert banner.isVisible() and "valid until" in banner.text()
    assert decision_ui.long_date_text(first_until) in banner.text()
    assert decision_ui.date_text(first_until) in officer.decision.clock_rows[
        "status_valid"][1].text()

    # The clerk issues the refugee certificate (not on these screens).
    with fx.uow() as uow:
        decisions.issue_certificate(uow, fx.clerk, number)

    dialog = open_step(qtbot, officer, "extension")
    set_date(dialog.applied_on, today)
    finish(qtbot, officer, dialog)
    assert case(fx, number).status == CaseStatus.EXTENSION_REQUESTED
    assert cell(officer.decision.events_table, 0, 1) == "Extension applied for"

    # The extension assessment, in the assessment section.
    form = officer.assessment
    assert not form.reasons.isReadOnly() and "extension" in form.state_label.text()
    choose(form.outcome, "recognise")
    choose(form.basis, "LR-12-EXT")
    qtbot.keyClicks(form.reasons, "The situation in Xinjiang has not changed; the fear remains.")
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    assert case(fx, number).status == CaseStatus.EXTENSION_PENDING_APPROVAL
    assert not form.missing_box.isVisible()

    approve_on_screen(qtbot, fx, number, fx.supervisor)  # the extension
    officer.reload()
    notify_on_screen(qtbot, officer, today)
    second_from = first_until + timedelta(days=1)
    second_until = add_months(second_from, 12) - timedelta(days=1)
    stored = case(fx, number)
    assert stored.status == CaseStatus.GRANTED
    assert (stored.status_valid_from, stored.status_valid_to) == (today, second_until)
    table = officer.decision.decisions_table
    assert table.model().rowCount() == 2
    assert cell(table, 1, 0) == "Recognise as refugee (extension)"
    assert decision_ui.date_text(second_until) in cell(table, 1, 4)
    assert decision_ui.long_date_text(second_until) in officer.decision.result_banner.text()

    dialog = open_step(qtbot, officer, "end_status")
    choose(dialog.kind, "expiry")
    set_date(dialog.ended_on, today)
    finish(qtbot, officer, dialog)
    stored = case(fx, number)
    assert (stored.status, stored.closure_reason, stored.closed_on) == (
        CaseStatus.CLOSED, "status_ended", today)
    ends = rows(fx, StatusEnd, number)
    assert [(e.kind, e.ended_on) for e in ends] == [("expiry", today)]
    events = officer.decision.events_table
    # Both on the same day: the read model orders events by date only.
    assert sorted(cell(events, r, 1) for r in range(events.model().rowCount())) == [
        "Extension applied for", "Status ended: expiry"]
    assert not officer.decision.buttons["end_status"][0].isEnabled()
    assert officer.decision.no_clock.isVisible()


# ---- (b) refused, appealed late, appeal successful, granted


def test_refusal_late_appeal_succeeds_and_the_new_assessment_grants(qtbot, store_fixture,
                                                                    asked):
    fx = store_fixture
    today = date.today()
    number = case_in(fx, CaseStatus.PENDING_APPROVAL, outcome="refuse",
                     registered_on=today - timedelta(days=90),
                     arrived_on=today - timedelta(days=92)).number
    # Submitted two months ago (time passing, which the services cannot do): the approval
    # dialog offers decision dates from the submission on.
    set_assessment(fx, number, submitted_at=datetime.now(UTC) - timedelta(days=61))
    approve_on_screen(qtbot, fx, number, fx.supervisor, decided_on=today - timedelta(days=60))
    officer = Screens(qtbot, fx, number, fx.officer)

    served = today - timedelta(days=50)
    notify_on_screen(qtbot, officer, served, "post")
    deadline = add_months(served, 1)
    stored = case(fx, number)
    assert (stored.status, stored.appeal_deadline) == (CaseStatus.REFUSED, deadline)
    assert "appeal runs from this date" in asked[-1]
    screen = officer.decision
    assert f"may appeal until {decision_ui.long_date_text(deadline)}" in screen.result_banner.text()
    assert cell(screen.decisions_table, 0, 6) == decision_ui.date_text(deadline)
    assert "By post" in cell(screen.decisions_table, 0, 5)
    basis_tip = screen.decisions_table.model().index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "article 13" in basis_tip
    _name, value, remaining = screen.clock_rows["appeal_until"]
    assert value.text() == decision_ui.date_text(deadline)
    assert "overdue" in remaining.text() and "#b00020" in value.styleSheet()

    dialog = open_step(qtbot, officer, "appeal")
    set_date(dialog.lodged_on, today)
    dialog.court.setText("Астана қаласының мамандандырылған ауданаралық әкімшілік соты")
    qtbot.keyClicks(dialog.reference, "3-7110-26-00-4/812")
    finish(qtbot, officer, dialog)
    [appeal] = rows(fx, Appeal, number)
    assert (appeal.late, appeal.deadline, appeal.lodged_on) == (True, deadline, today)
    assert appeal.court.startswith("Астана")
    assert "LATE" in screen.result_banner.text() and "#b00020" in screen.result_banner.styleSheet()
    assert screen.late_banner.isVisible() and "late" in screen.late_banner.text()
    appeals = screen.appeals_table
    assert cell(appeals, 0, 2) == "LATE"
    assert appeals.model().index(0, 2).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert case(fx, number).status == CaseStatus.APPEAL_LODGED

    dialog = open_step(qtbot, officer, "court")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # nothing chosen yet
    assert dialog.isVisible() and dialog.errors.has_errors()
    dialog.successful.setChecked(True)
    set_date(dialog.on_date, today)
    finish(qtbot, officer, dialog)
    stored = case(fx, number)
    assert (stored.status, stored.appeal_deadline) == (CaseStatus.UNDER_ASSESSMENT, None)
    assert cell(appeals, 0, 5) == "Appeal successful"
    assert [(c.action, c.reason) for c in rows(fx, CaseClosure, number)] == [
        ("reopen", "appeal_successful")]

    # A new assessment, from an empty form.
    form = officer.assessment
    assert "new, not saved yet" in form.state_label.text()
    assert form.reasons.toPlainText() == "" and not form.returns_box.isVisible()
    for combo, note in form.findings.values():
        choose(combo, "established")
        qtbot.keyClicks(note, "Confirmed by the court's findings.")
    choose(form.fear, "established")
    tick = form.grounds["nationality"][0]
    tick.setChecked(True)
    qtbot.keyClicks(form.grounds["nationality"][1], "Ethnic Kazakhs returning are targeted.")
    choose(form.outcome, "recognise")
    choose(form.basis, "LR-12")
    qtbot.keyClicks(form.reasons, "The court found the fear well-founded; we follow it.")
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    assert case(fx, number).status == CaseStatus.PENDING_APPROVAL

    # The supervisor returns it once with comments, which the officer finds on top of
    # the assessment.
    return_on_screen(qtbot, fx, number, fx.supervisor, COMMENT)
    officer.reload()
    form.show()
    qtbot.waitExposed(form)
    assert form.returns_box.isVisible()
    assert "Returned by the supervisor" in form.returns_heading.text()
    assert COMMENT in form.returns_text.text()
    assert "supervisor" in form.returns_text.text()
    assert form.reasons.toPlainText() == "The court found the fear well-founded; we follow it."
    form.reasons.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(form.reasons, " The dates of detention match the second interview.")
    qtbot.mouseClick(form.submit_button, Qt.MouseButton.LeftButton)
    assert case(fx, number).status == CaseStatus.PENDING_APPROVAL

    history = approve_on_screen(qtbot, fx, number, fx.supervisor2)
    assert COMMENT in history
    assert history.rindex("Returned with comments") < history.rindex("Submitted for approval")
    officer.reload()
    notify_on_screen(qtbot, officer, today)
    stored = case(fx, number)
    assert stored.status == CaseStatus.GRANTED and stored.status_valid_from == today
    outcomes = [cell(screen.decisions_table, r, 0)
                for r in range(screen.decisions_table.model().rowCount())]
    assert outcomes == ["Refuse", "Recognise as refugee"]


# ---- (c) withdrawn, reopened


def test_withdrawn_case_is_closed_and_reopened_with_a_reason(qtbot, store_fixture,
                                                             monkeypatch):
    fx = store_fixture
    number = case_in(fx, CaseStatus.INTERVIEW_SCHEDULED).number
    officer = Screens(qtbot, fx, number, fx.officer)
    answers = iter([False, True])
    monkeypatch.setattr(decision_ui, "confirm", lambda *_a: next(answers))

    dialog = open_step(qtbot, officer, "close")
    choose(dialog.reason, "withdrawn")
    qtbot.keyClicks(dialog.note, "Withdrawn in writing; leaving for a third country.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # "No" to the question
    assert dialog.isVisible() and case(fx, number).status == CaseStatus.INTERVIEW_SCHEDULED
    finish(qtbot, officer, dialog)
    stored = case(fx, number)
    assert (stored.status, stored.closure_reason) == (CaseStatus.CLOSED, "withdrawn")
    reopen = officer.decision.buttons["reopen"][0]
    assert not reopen.isEnabled() and "Supervisor" in reopen.toolTip()

    supervisor = Screens(qtbot, fx, number, fx.supervisor)
    monkeypatch.setattr(decision_ui, "confirm", lambda *_a: True)
    dialog = open_step(qtbot, supervisor, "reopen")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)  # no reason yet
    assert dialog.isVisible() and dialog.errors.has_errors()
    assert case(fx, number).status == CaseStatus.CLOSED
    seq = audit_count(fx)
    qtbot.keyClicks(dialog.reason, "The applicant returned and renewed the petition.")
    finish(qtbot, supervisor, dialog)
    assert case(fx, number).status == CaseStatus.UNDER_ASSESSMENT
    [entry] = [a for a in audit_since(fx, seq) if a.action == "case.reopen"]
    assert entry.new["reason"] == "The applicant returned and renewed the petition."
    closures = rows(fx, CaseClosure, number)
    assert sorted((c.action, c.reason, c.note) for c in closures) == [
        ("close", "withdrawn", "Withdrawn in writing; leaving for a third country."),
        ("reopen", "", "The applicant returned and renewed the petition.")]
    table = supervisor.decision.events_table
    events = {cell(table, r, 1): (cell(table, r, 2), cell(table, r, 4), cell(table, r, 3))
              for r in range(table.model().rowCount())}
    assert events == {
        "Case closed": ("Petition withdrawn",
                        "Withdrawn in writing; leaving for a third country.", "officer"),
        "Case reopened": ("", "The applicant returned and renewed the petition.",
                          "supervisor")}


# ---- the buttons follow the workflow table

#: Which steps each role finds enabled in each state (from the process, not the code).
ENABLED = {
    (CaseStatus.REGISTERED, "officer"): {"close"},
    (CaseStatus.REGISTERED, "supervisor"): {"close", "deadline"},
    (CaseStatus.PENDING_APPROVAL, "officer"): set(),
    (CaseStatus.PENDING_APPROVAL, "supervisor"): {"deadline"},
    (CaseStatus.DECIDED, "officer"): {"notify"},
    (CaseStatus.DECIDED, "supervisor"): set(),
    (CaseStatus.GRANTED, "officer"): {"extension", "end_status"},
    (CaseStatus.GRANTED, "supervisor"): {"end_status"},
    (CaseStatus.REFUSED, "officer"): {"appeal", "close"},
    (CaseStatus.REFUSED, "supervisor"): {"close"},
    (CaseStatus.APPEAL_LODGED, "officer"): {"court"},
    (CaseStatus.APPEAL_LODGED, "supervisor"): {"court"},
    (CaseStatus.CLOSED, "officer"): {"appeal"},
    (CaseStatus.CLOSED, "supervisor"): {"reopen"},
}


def test_step_buttons_are_enabled_only_where_the_workflow_allows(qtbot, store_fixture):
    fx = store_fixture
    numbers = {state: case_in(fx, state).number for state, _role in ENABLED}
    for (state, role), expected in ENABLED.items():
        screens = Screens(qtbot, fx, numbers[state], getattr(fx, role))
        enabled = {key for key, (button, _s, _d) in screens.decision.buttons.items()
                   if button.isEnabled()}
        assert enabled == expected, (state, role)
        assert _unnamed(screens.decision) == [] and _unnamed(screens.assessment) == []
        for key, (button, _s, _d) in screens.decision.buttons.items():
            if key not in expected:
                assert button.toolTip(), (state, role, key)
                assert screens.decision.open_step(key) is None
                continue
            dialog = screens.decision.open_step(key)
            assert _unnamed(dialog) == [], key
            dialog.reject()
            qtbot.waitUntil(lambda s=screens: s.decision.dialog is None)
        screens.decision.close()
        screens.assessment.close()
    assert case_row(fx, numbers[CaseStatus.CLOSED])[0] == CaseStatus.CLOSED


def test_supervisor_extends_the_decision_deadline(qtbot, store_fixture, asked):
    fx = store_fixture
    number = case_in(fx, CaseStatus.UNDER_ASSESSMENT).number
    officer = Screens(qtbot, fx, number, fx.officer)
    assert not officer.decision.buttons["deadline"][0].isEnabled()
    supervisor = Screens(qtbot, fx, number, fx.supervisor)
    due = case(fx, number).decision_due_on
    _name, value, _remaining = supervisor.decision.clock_rows["decision_due"]
    assert value.text() == decision_ui.date_text(due)
    dialog = open_step(qtbot, supervisor, "deadline")
    set_date(dialog.new_due, add_months(due, 24))  # beyond the longest extension
    qtbot.keyClicks(dialog.reason, "Awaiting the answer of the security service.")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    error = dialog.errors._fields["deadline.new_due"][1]
    assert dialog.isVisible() and error.isVisible() and "at the latest" in error.text()
    assert dialog.reason.toPlainText() == "Awaiting the answer of the security service."
    set_date(dialog.new_due, add_months(due, 2))
    finish(qtbot, supervisor, dialog)
    assert case(fx, number).decision_due_on == add_months(due, 2)
    assert value.text() == decision_ui.date_text(add_months(due, 2))
    with fx.uow(readonly=True) as uow:
        assert decision_views.decision_file(uow, fx.supervisor, number).status == \
            CaseStatus.UNDER_ASSESSMENT
