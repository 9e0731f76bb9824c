"""The supervisor's side of decisions: the queue, the review, approving, returning, deadlines.

Driven as a supervisor would: clicks, keys and typing into the real widgets, on
cases that reached "pending approval" through the services.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

import pytest
import shiboken6
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from app.db.models import ApprovalEvent, Assessment, Case, Decision
from app.domain.workflow import CaseStatus
from app.services import cases, claims
from app.ui.approvals import OVERDUE, ApprovalsPage
from app.ui.deadlines import DeadlinesPage
from app.ui.locale_format import partial_date_text
from app.ui.review import ApproveDialog, ReturnDialog, ReviewWindow
from tests.conftest import PASSWORD
from tests.helpers import builders
from tests.ui.test_accessibility import _unnamed

CLAIM_TEXT = "Held for eleven months in a camp in Tekes for praying at home."
REASONS = "A consistent and detailed account of detention in a camp."  # builders.assessment
ANSWER = "I was told I would be sent to a camp."  # builders.interview_record
COMMENT = "Check the dates of detention against the second interview."
LOAD_TIMEOUT = 10000


def pending_case(fx, **petition) -> str:
    """A case waiting for approval, with a claim, an incident and a held interview."""
    number = builders.case_in(fx, CaseStatus.UNDER_ASSESSMENT, **petition).number
    with fx.uow() as uow:
        claims.save_claim(uow, fx.officer, number, claims.ClaimInput(
            summary=CLAIM_TEXT, actor_type="state", actor_description="County police",
            grounds=[claims.GroundInput("religion", "Praying at home was called extremism.")]))
    with fx.uow() as uow:
        claims.add_incident(uow, fx.officer, number, claims.IncidentInput(
            kind="camp", description="Eleven months in a closed facility.", started="2018-03",
            ended="2019-02", place="Tekes"))
    builders.submit(fx, number)
    return number


def set_assessment(fx, number: str, **values) -> None:
    """Change the submitted assessment directly (setting up what the services cannot)."""
    with fx.uow() as uow:
        row = uow.session.execute(select(Assessment).join(Case).where(
            Case.number == number, Assessment.state == "submitted")).scalar_one()
        for name, value in values.items():
            setattr(row, name, value)
        uow.commit()


def set_case(fx, number: str, **values) -> None:
    with fx.uow() as uow:
        case = uow.session.execute(select(Case).where(Case.number == number)).scalar_one()
        for name, value in values.items():
            setattr(case, name, value)
        uow.commit()


def decisions_of(fx, number: str) -> list[tuple[uuid.UUID, uuid.UUID, date]]:
    """(drafted by, approved by, decided on) of each stored decision of the case."""
    with fx.uow(readonly=True) as uow:
        return [(d.drafted_by_id, d.approved_by_id, d.decided_on)
                for d in uow.session.execute(select(Decision).join(Case, Case.id == Decision.case_id)
                                             .where(Case.number == number)).scalars()]


def approval_events(fx, number: str) -> list[tuple[str, uuid.UUID, str]]:
    with fx.uow(readonly=True) as uow:
        return [(e.action, e.actor_id, e.comment) for e in uow.session.execute(
            select(ApprovalEvent).join(Assessment).join(Case, Case.id == Assessment.case_id)
            .where(Case.number == number).order_by(ApprovalEvent.at)).scalars()]


def open_page(qtbot, fx, actor) -> ApprovalsPage:
    page = ApprovalsPage(fx.store, actor)
    qtbot.addWidget(page)
    page.resize(1280, 500)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 or "No decisions" in page.empty.text(),
                    timeout=LOAD_TIMEOUT)
    return page


@pytest.fixture
def open_review(qtbot):
    """Opens review windows and closes those still open at the end.

    A review deletes itself when closed (like the case-file window), so it is
    not handed to ``qtbot.addWidget``, which would close it a second time.
    """
    windows: list[ReviewWindow] = []

    def opener(fx, actor, number: str) -> ReviewWindow:
        window = ReviewWindow(fx.store, actor, number)
        windows.append(window)
        with qtbot.waitSignal(window.loaded, timeout=LOAD_TIMEOUT):
            window.show()
        return window

    yield opener
    for window in windows:
        if shiboken6.isValid(window):
            window.close()


def cell(page, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return page.proxy.index(row, column).data(role)


def click_header(qtbot, table, column: int) -> None:
    header = table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(x, header.height() // 2))


def double_click(qtbot, view, pos: QPoint) -> None:
    """What a real double click sends: press, release, double-click press, release.

    (QTest's mouseDClick alone sends only the double-click press; item views emit
    ``activated`` on the release that follows it.)
    """
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseRelease(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)


# ---------------------------------------------------------------------------
# the queue


def test_queue_lists_drafts_longest_waiting_first_sorts_filters_and_opens(
        qtbot, qtmodeltester, store_fixture):
    fx = store_fixture
    recent = pending_case(fx)
    oldest = builders.case_in(fx, CaseStatus.PENDING_APPROVAL, outcome="refuse").number
    middle = builders.case_in(fx, CaseStatus.PENDING_APPROVAL).number
    builders.case_in(fx, CaseStatus.UNDER_ASSESSMENT)  # not submitted: not in the queue
    now = datetime.now(UTC)
    set_assessment(fx, oldest, submitted_at=now - timedelta(days=10, hours=1))
    set_assessment(fx, middle, submitted_at=now - timedelta(days=4, hours=1))
    set_assessment(fx, recent, submitted_at=now - timedelta(hours=1))
    set_case(fx, middle, decision_due_on=date.today() - timedelta(days=2))

    page = open_page(qtbot, fx, fx.supervisor)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)
    assert [item.number for item in page.rows()] == [oldest, middle, recent]
    headers = [page.proxy.headerData(c, Qt.Orientation.Horizontal)
               for c in range(page.proxy.columnCount())]
    assert headers == ["Case", "Applicant", "Decision", "Recommended outcome", "Submitted",
                       "Waiting", "Decision due", "Returned before", "Drafted by"]
    first = [cell(page, 0, c) for c in range(9)]
    assert first[0] == oldest
    assert first[1] == "Серікұлы Ерлан"
    assert first[2:4] == ["Refugee status", "Refuse"]
    assert first[5] == "10 day(s)"
    assert first[7] == "—"
    assert first[8] == "officer"
    # Only the overdue statutory deadline is red.
    assert QColor(cell(page, 1, 6, Qt.ItemDataRole.ForegroundRole)) == OVERDUE
    assert cell(page, 0, 6, Qt.ItemDataRole.ForegroundRole) is None
    assert "past the decision deadline: 1" in page.status_line.text()

    # Sorting by clicking the headers.
    click_header(qtbot, page.table, 0)
    assert [item.number for item in page.rows()] == sorted([oldest, middle, recent])
    click_header(qtbot, page.table, 0)
    assert [item.number for item in page.rows()] == sorted([oldest, middle, recent],
                                                           reverse=True)
    click_header(qtbot, page.table, 5)  # waiting, ascending: the newest submission first
    assert page.rows()[0].number == recent

    # Filters: text over case, applicant and drafter; the kind of decision.
    qtbot.keyClicks(page.filter_box, oldest[-5:])
    assert [item.number for item in page.rows()] == [oldest]
    page.filter_box.clear()
    qtbot.keyClicks(page.filter_box, "serikuly")  # no Latin name in the queue's name column
    assert page.rows() == []
    assert page.stack.currentWidget() is page.empty
    assert page.empty.text() == "No decision in the queue matches the filter."
    page.filter_box.clear()
    qtbot.keyClicks(page.filter_box, "OFFICER")
    assert len(page.rows()) == 3
    page.filter_box.clear()
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("extension"))
    assert page.rows() == []
    page.kind_filter.setCurrentIndex(page.kind_filter.findData("status"))
    assert len(page.rows()) == 3
    assert page.stack.currentWidget() is page.table

    # Enter and a double click open the review, once each.
    opened: list[str] = []
    page.open_review.connect(opened.append)
    page.select(oldest)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    row = next(r for r, item in enumerate(page.rows()) if item.number == middle)
    rect = page.table.visualRect(page.proxy.index(row, 1))
    double_click(qtbot, page.table, rect.center())
    assert opened == [oldest, middle]
    assert _unnamed(page) == []


def test_queue_marks_own_drafts_refreshes_and_shows_an_empty_state(qtbot, store_fixture):
    fx = store_fixture
    page = open_page(qtbot, fx, fx.supervisor)
    assert page.stack.currentWidget() is page.empty
    assert page.empty.text() == "No decisions are waiting for approval."

    number = builders.case_in(fx, CaseStatus.PENDING_APPROVAL).number
    set_assessment(fx, number, drafted_by_id=fx.supervisor.user_id)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT):
        qtbot.mouseClick(page.refresh_button, Qt.MouseButton.LeftButton)
    assert [item.number for item in page.rows()] == [number]
    assert cell(page, 0, 8) == "supervisor (your draft — another supervisor must approve)"
    # Another supervisor sees it as an ordinary draft.
    other = open_page(qtbot, fx, fx.supervisor2)
    assert cell(other, 0, 8) == "supervisor"


# ---------------------------------------------------------------------------
# the review


def test_review_shows_the_draft_beside_the_claim_and_approves_only_with_the_password(
        qtbot, store_fixture, open_review):
    fx = store_fixture
    number = pending_case(fx)
    window = open_review(fx, fx.supervisor, number)
    assert number in window.windowTitle()
    assert "Серікұлы" not in window.windowTitle() and "Serikuly" not in window.windowTitle()
    draft = window.draft_view.toPlainText()
    assert REASONS in draft
    assert "Recognise as refugee" in draft and "LR-12" in draft
    assert "Detained for practising Islam." in draft  # the ground's nexus note
    assert CLAIM_TEXT in window.claim_view.toPlainText()
    assert (f"{partial_date_text('2018-03')} – {partial_date_text('2019-02')}"
            in window.claim_view.toPlainText())
    assert ANSWER in window.interviews_view.toPlainText()
    assert "Submitted for approval" in window.history_view.toPlainText()
    assert window.approve_button.isEnabled() and window.return_button.isEnabled()
    assert window.notice.isHidden()
    assert _unnamed(window) == []
    # What the review shows can be read and selected, but not copied out.
    QApplication.clipboard().setText("before")
    window.claim_view.selectAll()
    window.claim_view.copy()
    assert CLAIM_TEXT not in QApplication.clipboard().text()
    # Leave no clipboard content behind: the offscreen platform's clipboard crashes
    # the process at exit when it still owns data.
    QApplication.clipboard().clear()

    qtbot.mouseClick(window.approve_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert isinstance(dialog, ApproveDialog) and dialog.isVisible()
    assert number in dialog.windowTitle()
    assert dialog.decided_on.date().toPython() == date.today()
    assert _unnamed(dialog) == []

    # An empty password is not even checked.
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Enter your password to approve."

    # A wrong password: the generic message, nothing approved.
    qtbot.keyClicks(dialog.password, "not-my-password")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=LOAD_TIMEOUT)
    assert dialog.error.text() == "Unknown user or wrong password."
    assert dialog.password.text() == ""
    assert builders.case_row(fx, number)[0] == CaseStatus.PENDING_APPROVAL
    assert decisions_of(fx, number) == []
    assert window.isVisible()

    # The right password approves and closes the review.
    seq = builders.audit_since(fx, 0)[-1].seq
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(window.decided, timeout=LOAD_TIMEOUT) as decided:
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert decided.args == [number]
    assert decisions_of(fx, number) == [(fx.officer.user_id, fx.supervisor.user_id,
                                         date.today())]
    assert builders.case_row(fx, number)[0] == CaseStatus.DECIDED
    approvals = [e for e in builders.audit_since(fx, seq) if e.action == "decision.approve"]
    assert len(approvals) == 1 and approvals[0].username == "supervisor"
    qtbot.waitUntil(lambda: not window.isVisible())


def test_return_needs_a_comment_which_the_next_review_shows(qtbot, store_fixture, open_review):
    fx = store_fixture
    number = pending_case(fx)
    window = open_review(fx, fx.supervisor, number)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    # Alt+R, the mnemonic of "&Return…", typed wherever the focus is (a mnemonic clicks
    # its button after a short animation).
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.dialog is not None)
    dialog = window.dialog
    assert isinstance(dialog, ReturnDialog) and dialog.isVisible()
    assert _unnamed(dialog) == []

    before = builders.case_row(fx, number), builders.audit_count(fx)
    qtbot.keyClicks(dialog.comment, "   ")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.comment_error.isVisible()
    assert "Write what the officer should revise" in dialog.comment_error.text()
    assert dialog.isVisible()
    assert (builders.case_row(fx, number), builders.audit_count(fx)) == before
    assert [action for action, _, _ in approval_events(fx, number)] == ["submit"]

    dialog.comment.clear()
    qtbot.keyClicks(dialog.comment, COMMENT)
    with qtbot.waitSignal(window.decided, timeout=LOAD_TIMEOUT):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert builders.case_row(fx, number)[0] == CaseStatus.UNDER_ASSESSMENT
    assert approval_events(fx, number)[-1] == ("return", fx.supervisor.user_id, COMMENT)
    assert decisions_of(fx, number) == []

    # The officer resubmits; the next review shows the comment in the history.
    builders.submit(fx, number)
    again = open_review(fx, fx.supervisor2, number)
    history = again.history_view.toPlainText()
    assert COMMENT in history
    assert history.index("Returned with comments") < history.rindex("Submitted for approval")


def test_a_supervisor_who_drafted_cannot_approve_and_is_told_why(qtbot, store_fixture, open_review):
    fx = store_fixture
    number = pending_case(fx)
    # Only officers draft through the services; this is a draft by an officer since
    # made supervisor, set up directly.
    set_assessment(fx, number, drafted_by_id=fx.supervisor.user_id)
    window = open_review(fx, fx.supervisor, number)
    assert not window.approve_button.isEnabled()
    assert window.return_button.isEnabled()
    assert window.notice.isVisible()
    assert "You drafted this decision" in window.notice.text()
    assert "another supervisor" in window.approve_button.toolTip()

    window.start_approve()  # forced: the service refuses, and says so
    dialog = window.dialog
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=LOAD_TIMEOUT)
    assert dialog.error.text() == ("You drafted this decision, so you cannot approve it: "
                                   "another supervisor must.")
    assert decisions_of(fx, number) == []
    assert builders.case_row(fx, number)[0] == CaseStatus.PENDING_APPROVAL
    dialog.reject()

    other = open_review(fx, fx.supervisor2, number)
    assert other.approve_button.isEnabled()
    officer = open_review(fx, fx.officer, number)  # the workflow: officers do neither
    assert not officer.approve_button.isEnabled() and not officer.return_button.isEnabled()


def test_review_of_a_case_no_longer_pending_offers_nothing(qtbot, store_fixture, open_review):
    fx = store_fixture
    number = builders.case_in(fx, CaseStatus.DECIDED).number
    window = open_review(fx, fx.supervisor, number)
    assert not window.approve_button.isEnabled() and not window.return_button.isEnabled()
    assert "no decision waiting for approval" in window.notice.text()
    history = window.history_view.toPlainText()
    assert history.index("Submitted for approval") < history.index("Approved")


# ---------------------------------------------------------------------------
# deadlines


@pytest.fixture
def deadlines(store_fixture):
    fx = store_fixture
    old = date.today() - timedelta(days=120)
    arrived = old - timedelta(days=2)
    # Registered four months ago: the decision, fingerprints and certificate are overdue.
    late = builders.register(fx, fx.officer, registered_on=old, arrived_on=arrived).number
    late2 = builders.register(fx, fx.officer2, registered_on=old, arrived_on=arrived,
                              names=[cases.NameInput("Latn", "Doe", "Jan")]).number
    fresh = builders.register(fx, fx.officer2).number  # fingerprints due within days
    return fx, late, late2, fresh


def test_deadlines_show_every_officer_overdue_in_red_and_filter(qtbot, deadlines):
    fx, late, late2, fresh = deadlines
    page = DeadlinesPage(fx.store, fx.supervisor)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.loaded, timeout=LOAD_TIMEOUT):
        page.show()
    rows = page.rows()
    assert {item.number for item in rows} == {late, late2, fresh}
    assert {item.officer for item in rows} == {"officer", "officer2"}
    for row, item in enumerate(rows):
        color = page.proxy.index(row, 2).data(Qt.ItemDataRole.ForegroundRole)
        if item.overdue(date.today()):
            assert QColor(color) == OVERDUE
            assert page.proxy.index(row, 1).data().startswith("overdue by")
        else:
            assert color is None
    summary = page.summary.text()
    # The old cases' decision, fingerprints and certificate renewal; the new case's fingerprints.
    assert "officer: 3 overdue, 0 this week" in summary
    assert "officer2: 3 overdue, 1 this week" in summary
    assert _unnamed(page) == []

    page.show_filter.setCurrentIndex(page.show_filter.findData("overdue"))
    assert page.rows() and all(i.overdue(date.today()) for i in page.rows())
    page.show_filter.setCurrentIndex(page.show_filter.findData("week"))
    assert [i.number for i in page.rows()] == [fresh]
    page.show_filter.setCurrentIndex(page.show_filter.findData("all"))

    page.officer_filter.setCurrentIndex(page.officer_filter.findData("officer2"))
    assert {i.number for i in page.rows()} == {late2, fresh}
    assert page.status_line.text() == "Shown: 4 of 7"

    opened: list[str] = []
    page.open_case.connect(opened.append)
    page.table.setFocus()
    page.table.selectRow(0)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened == [page.rows()[0].number]
