"""The assessment section, driven as the officer and the supervisor would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from shiboken6 import isValid

from app.domain.workflow import CaseStatus
from app.services import casefile, decision_views, decisions
from app.ui import tasks
from app.ui.casefile import assessment as assessment_ui
from app.ui.casefile import window as window_module
from app.ui.casefile.assessment import AssessmentSection
from app.ui.casefile.section import CaseContext
from app.ui.casefile.window import CaseFileWindow
from app.ui.forms import ConflictDialog
from tests.helpers.builders import (
    audit_count,
    audit_since,
    case_in,
    case_row,
    record_interview,
    register,
    schedule,
    table_count,
)

REASONS = "The account is detailed and consistent with what is known of the camps."


def open_section(qtbot, fx, number, actor=None) -> AssessmentSection:
    actor = actor or fx.officer
    section = AssessmentSection(CaseContext(fx.store, actor, number))
    qtbot.addWidget(section)

    def reload():
        with fx.uow() as uow:
            section.load(casefile.load_case_file(uow, actor, number))

    section.saved.connect(reload)  # what the case-file window does
    reload()
    section.resize(960, 760)
    section.show()
    qtbot.waitExposed(section)
    return section


def stored(fx, number):
    with fx.uow(readonly=True) as uow:
        return decision_views.decision_file(uow, fx.officer, number)


def choose(combo, value) -> None:
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def tick(qtbot, checkbox) -> None:
    checkbox.setFocus()
    qtbot.keyClick(checkbox, Qt.Key.Key_Space)


def fill_complete(qtbot, section: AssessmentSection, *, outcome="recognise", basis="LR-12",
                  ground="religion") -> None:
    """Everything a recognition needs, typed into the form."""
    for combo, note in section.findings.values():
        choose(combo, "established")
        if not note.toPlainText():
            qtbot.keyClicks(note, "Consistent.")
    choose(section.fear, "established")
    qtbot.keyClicks(section.fear_note, "Former detainees are detained again on return.")
    if ground:
        check, nexus = section.grounds[ground]
        if not check.isChecked():
            tick(qtbot, check)
        qtbot.keyClicks(nexus, "Detained for praying.")
    choose(section.outcome, outcome)
    choose(section.basis, basis)
    if len(section.reasons.toPlainText()) < 20:
        qtbot.keyClicks(section.reasons, REASONS)


def basis_codes(section) -> list[str]:
    return [section.basis.itemData(i) for i in range(section.basis.count())
            if section.basis.itemData(i)]


@pytest.fixture
def no_prompts(monkeypatch):
    """Answer the confirmation with Yes and remember what was asked."""
    asked: list[str] = []

    def yes(_parent, _title, text):
        asked.append(text)
        return True

    monkeypatch.setattr(assessment_ui, "confirm", yes)
    return asked


# ---- drafting in the case-file window, and submitting


def test_draft_saved_with_ctrl_s_and_submit_lists_what_is_missing(qtbot, store_fixture,
                                                                   monkeypatch, no_prompts):
    fx = store_fixture
    number = register(fx).number
    record_interview(fx, number, interview_id=schedule(fx, number))
    mine = ("app.ui.casefile.assessment", "AssessmentSection")
    if mine not in window_module.SECTIONS:
        sections = list(window_module.SECTIONS)
        sections.insert(len(sections) - 1, mine)
        monkeypatch.setattr(window_module, "SECTIONS", sections)
    window = CaseFileWindow(fx.store, fx.officer, number)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: all(s.case_file is not None for s in window.sections),
                    timeout=10000)
    section = next(s for s in window.sections if isinstance(s, AssessmentSection))
    window.nav.setCurrentRow(window.sections.index(section))
    assert "new, not saved yet" in section.state_label.text()
    assert not section.save_button.isEnabled() and section.submit_button.isEnabled()

    # A first draft: one finding, the outcome and its article.
    internal, internal_note = section.findings["internal_consistency"]
    choose(internal, "established")
    qtbot.keyClicks(internal_note, "Same dates in the petition and the interview.")
    assert section.is_dirty() and "•" in window.nav.currentItem().text()
    choose(section.outcome, "refuse")
    assert basis_codes(section) == ["LR-13", "LR-13-1"]
    choose(section.outcome, "recognise")
    assert basis_codes(section) == ["LR-12", "LR-12-EXT"]
    choose(section.basis, "LR-12")
    assert "LR-12 — " in section.basis.currentText()
    assert "article 12" in section.basis.currentText()
    qtbot.keyClick(section.reasons, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not section.is_dirty(), timeout=5000)
    draft = stored(fx, number).assessment
    assert (draft.internal_consistency, draft.internal_consistency_note) == (
        "established", "Same dates in the petition and the interview.")
    assert (draft.recommended_outcome, draft.legal_basis_code, draft.state) == (
        "recognise", "LR-12", "draft")
    qtbot.waitUntil(lambda: "last saved by officer" in section.state_label.text(),
                    timeout=10000)

    # Submitting now shows what is missing, and submits nothing.
    qtbot.mouseClick(section.submit_button, Qt.MouseButton.LeftButton)
    assert section.missing_box.isVisible()
    assert section.missing_lines() == [
        "Write the reasons (at least a sentence).",
        "Record the credibility finding: consistency with country information",
        "Record the credibility finding: plausibility",
        "Record the finding on well-founded fear.",
        "Recognition needs at least one Convention ground with its nexus.",
    ]
    assert no_prompts == []
    assert case_row(fx, number)[0] == CaseStatus.UNDER_ASSESSMENT
    assert table_count(fx, "approval_events") == 0
    # Double-clicking a line puts the cursor in its field.
    section.missing_list.itemActivated.emit(section.missing_list.item(3))
    assert section.fear.hasFocus()

    # Complete it: submitting saves the rest first, asks, and submits.
    fill_complete(qtbot, section)
    seq = audit_count(fx)
    qtbot.mouseClick(section.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: case_row(fx, number)[0] == CaseStatus.PENDING_APPROVAL,
                    timeout=5000)
    assert len(no_prompts) == 1 and "Recognise as refugee" in no_prompts[0]
    assert [a.action for a in audit_since(fx, seq) if a.action.startswith("assessment")] == [
        "assessment.draft", "assessment.submit"]
    submitted = stored(fx, number)
    assert [e.action for e in submitted.approval_events] == ["submit"]
    assert submitted.assessment.state == "submitted"
    assert submitted.assessment.grounds == {"religion": "Detained for praying."}
    assert submitted.assessment.reasons == REASONS
    qtbot.waitUntil(lambda: "Submitted for approval" in section.state_label.text(),
                    timeout=10000)
    assert not section.missing_box.isVisible()
    assert section.reasons.isReadOnly() and not section.submit_button.isVisible()
    qtbot.waitUntil(lambda: not tasks._running, timeout=10000)
    if isValid(window):
        window.close()


def test_a_returned_draft_shows_the_supervisors_comment(qtbot, store_fixture, no_prompts):
    fx = store_fixture
    number = case_in(fx, CaseStatus.PENDING_APPROVAL).number
    comment = "Explain the gap between 2019 and 2021;\nthe certificate of release is missing."
    with fx.uow() as uow:
        decisions.return_for_revision(uow, fx.supervisor, number, comment)
    section = open_section(qtbot, fx, number)
    assert section.returns_box.isVisible()
    assert "Returned by the supervisor" in section.returns_heading.text()
    shown = section.returns_text.text()
    assert "supervisor" in shown and "Explain the gap between 2019 and 2021;" in shown
    assert "the certificate of release is missing." in shown
    # The returned draft is there to revise, not an empty form.
    assert section.reasons.toPlainText().startswith("A consistent and detailed account")
    assert "Returned with comments" in section.state_label.text()
    assert not section.reasons.isReadOnly() and section.submit_button.isEnabled()

    section.reasons.moveCursor(section.reasons.textCursor().MoveOperation.End)
    qtbot.keyClicks(section.reasons, " The release certificate is now on file.")
    qtbot.mouseClick(section.submit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: case_row(fx, number)[0] == CaseStatus.PENDING_APPROVAL,
                    timeout=5000)
    after = stored(fx, number)
    assert [e.action for e in after.approval_events] == ["submit", "return", "submit"]
    assert after.assessment.reasons.endswith("The release certificate is now on file.")
    # Still shown, as an earlier return, while the supervisor looks again.
    assert section.returns_box.isVisible()
    assert "Earlier returns" in section.returns_heading.text()


def test_read_only_for_the_supervisor_and_after_the_decision(qtbot, store_fixture):
    fx = store_fixture
    number = case_in(fx, CaseStatus.UNDER_ASSESSMENT).number
    section = open_section(qtbot, fx, number, fx.supervisor)
    assert section.form_host.isVisible() and section.reasons.isReadOnly()
    assert section.reasons.toPlainText().startswith("A consistent and detailed account")
    assert not section.outcome.isEnabled()
    assert not section.save_button.isVisible() and not section.submit_button.isVisible()
    assert "officer drafts" in section.notice.text()
    assert section.save()  # Ctrl+S has nothing to do

    granted = case_in(fx, CaseStatus.GRANTED).number
    section = open_section(qtbot, fx, granted)
    # After the decision the approved assessment stays readable, never editable.
    assert section.form_host.isVisible() and section.reasons.isReadOnly()
    assert section.reasons.toPlainText().strip()
    assert not section.outcome.isEnabled()
    assert "Refugee status granted" in section.notice.text()
    assert not section.submit_button.isVisible()


def test_errors_show_at_the_field_and_keep_what_was_typed(qtbot, store_fixture):
    fx = store_fixture
    number = case_in(fx, CaseStatus.UNDER_ASSESSMENT).number
    section = open_section(qtbot, fx, number)
    # Text pasted from elsewhere may carry an invisible control character.
    section.reasons.setPlainText("Reasons with a bell \x07 in them, pasted from a mail.")
    assert section.is_dirty()
    assert not section.save()
    error = section.findChild(type(section.notice), "error_assessment_reasons")
    assert error.isVisible() and "control characters" in error.text()
    assert section.reasons.toPlainText().startswith("Reasons with a bell")
    assert section.is_dirty()
    assert stored(fx, number).assessment.reasons.startswith("A consistent and detailed")


def test_stale_save_asks_and_keeps_mine_or_takes_theirs(qtbot, store_fixture, monkeypatch):
    fx = store_fixture
    number = case_in(fx, CaseStatus.UNDER_ASSESSMENT).number
    section = open_section(qtbot, fx, number)
    theirs = stored(fx, number).assessment
    with fx.uow() as uow:
        decisions.draft_assessment(uow, fx.officer2, number, decisions.AssessmentInput(
            internal_consistency="partly", recommended_outcome="refuse",
            legal_basis_code="LR-13", reasons="Their reasons, saved meanwhile elsewhere."),
            expected_version=theirs.version)
    shown = []

    def keep_mine(dialog):
        shown.append(dialog)
        return ConflictDialog.KEEP_MINE

    monkeypatch.setattr(ConflictDialog, "exec", keep_mine)
    section.reasons.setPlainText("My reasons, typed before I knew of theirs.")
    assert section.save()
    assert len(shown) == 1
    assert stored(fx, number).assessment.reasons == "My reasons, typed before I knew of theirs."

    with fx.uow() as uow:
        decisions.draft_assessment(uow, fx.officer2, number, decisions.AssessmentInput(
            reasons="Theirs again, and this time they are right."),
            expected_version=stored(fx, number).assessment.version)
    monkeypatch.setattr(ConflictDialog, "exec", lambda _d: ConflictDialog.TAKE_THEIRS)
    section.reasons.setPlainText("Mine again.")
    assert section.save()
    assert section.reasons.toPlainText() == "Theirs again, and this time they are right."
    assert not section.is_dirty()
