"""Registering a petition through the dialog, as an officer at the intake desk would."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox
from sqlalchemy import select

from app.db.models import DuplicateCheck
from app.domain.names import to_kazakh_latin
from app.services import casefile, cases, queries
from app.ui import tasks
from app.ui.petition import NewPetitionDialog
from tests.helpers.builders import audit_since, table_count
from tests.ui.test_identity_sections import unnamed_inputs


@pytest.fixture
def dialog(qtbot, store_fixture):
    made = NewPetitionDialog(store_fixture.store, store_fixture.officer)
    # Nothing to ask about when the test closes it.
    qtbot.addWidget(made, before_close_func=lambda d: d.tracker.reset())
    made.show()
    qtbot.waitExposed(made)
    yield made
    qtbot.waitUntil(lambda: not tasks._running, timeout=10000)


def type_text(qtbot, widget, text: str) -> None:
    """Type like keyClicks, also letters QTest has no key for (Cyrillic, Kazakh)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _type_name(qtbot, dialog, row: int, surname: str, given: str) -> None:
    type_text(qtbot, dialog.names.row(row).surname, surname)
    type_text(qtbot, dialog.names.row(row).given_names, given)


def _error(dialog, path: str) -> QLabel:
    name = "error_" + path.replace(".", "_").replace("[", "_").replace("]", "")
    label = dialog.findChild(QLabel, name)
    assert label is not None, name
    return label


def _case_file(fx, number):
    with fx.uow() as uow:
        return casefile.load_case_file(uow, fx.officer, number, sensitive=False)


def _existing_serikuly(fx) -> str:
    with fx.uow() as uow:
        return cases.register_petition(
            uow, fx.officer,
            cases.PetitionInput(names=[cases.NameInput("kk-Cyrl", "Серікұлы", "Ерлан")],
                                sex="male", birth_date="1990-05-17", citizenships=["CHN"]),
            documents=[cases.DocumentInput("passport", "E12345678", "CHN")]).number


def test_register_a_petition_with_two_scripts_and_a_passport(qtbot, dialog, store_fixture):
    fx = store_fixture
    assert dialog.names.row(0).script.currentData() == "kk-Cyrl"  # the first row's default
    _type_name(qtbot, dialog, 0, "Серікұлы", "Ерлан")
    qtbot.mouseClick(dialog.names.add_button, Qt.MouseButton.LeftButton)
    assert dialog.names.row(1).script.currentData() == "Latn"
    _type_name(qtbot, dialog, 1, "Serikuly", "Erlan")
    qtbot.keyClicks(dialog.person.birth_date, "1990-05~")
    qtbot.keyClicks(dialog.person.citizenships, "chn")
    qtbot.keyClicks(dialog.person.religion, "Islam")
    qtbot.keyClicks(dialog.person.languages, "kk, zh")
    qtbot.keyClicks(dialog.doc_number, "E 9876 5432")
    qtbot.keyClicks(dialog.doc_country, "CHN")
    dialog.arrived_on.setDate(QDate.currentDate().addDays(-2))

    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    cf = _case_file(fx, dialog.number)
    assert [(n.script, n.surname, n.given_names) for n in cf.applicant.names] == [
        ("kk-Cyrl", "Серікұлы", "Ерлан"), ("Latn", "Serikuly", "Erlan")]
    assert cf.applicant.birth_date == "1990-05~"
    assert cf.applicant.citizenships == ["CHN"]
    assert cf.applicant.languages == ["kk", "zh"]
    assert cf.arrived_on == date.today() - timedelta(days=2)
    assert cf.registered_on == date.today()
    assert [(d.doc_type, d.number, d.issuing_country) for d in cf.documents] == [
        ("passport", "E 9876 5432", "CHN")]
    with fx.uow(readonly=True) as uow:
        found = queries.list_cases(uow, fx.officer, queries.CaseFilter(search="Serikuly"))
    assert [c.number for c in found] == [dialog.number]


def test_invalid_input_is_shown_next_to_the_fields_and_nothing_is_written(
        qtbot, dialog, store_fixture):
    qtbot.keyClicks(dialog.person.birth_date, "1990-13")
    qtbot.keyClicks(dialog.person.citizenships, "CHN")
    qtbot.keyClicks(dialog.person.religion, "Islam")
    dialog.registered_on.setDate(QDate.currentDate().addDays(-1))
    dialog.arrived_on.setDate(QDate.currentDate())

    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)

    qtbot.waitUntil(lambda: dialog.names.error.isVisible(), timeout=5000)
    assert "At least one written form" in dialog.names.error.text()
    assert "13" in _error(dialog, "applicant.birth_date").text()
    assert _error(dialog, "applicant.birth_date").isVisible()
    assert "after the registration date" in _error(dialog, "case.arrived_on").text()
    assert not _error(dialog, "applicant.citizenships").isVisible()
    # The focus goes to the first field with an error: the names, at the top.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.names.row(0).surname)
    # Nothing typed is lost, nothing is written.
    assert dialog.person.birth_date.text() == "1990-13"
    assert dialog.person.religion.text() == "Islam"
    assert dialog.isVisible() and dialog.number is None
    assert table_count(store_fixture, "cases") == 0

    # Putting it right clears the messages and registers.
    _type_name(qtbot, dialog, 0, "Тоқтарова", "Айгерім")
    dialog.person.birth_date.selectAll()
    qtbot.keyClicks(dialog.person.birth_date, "1990")
    dialog.arrived_on.setDate(dialog.arrived_on.minimumDate())  # unknown
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    assert table_count(store_fixture, "cases") == 1


def test_a_possible_duplicate_is_shown_and_a_different_person_is_recorded(
        qtbot, dialog, store_fixture):
    fx = store_fixture
    existing = _existing_serikuly(fx)
    seq = audit_since(fx, 0)[-1].seq
    qtbot.keyClicks(dialog.names.row(0).script, "L")  # Latin, typed as a user would
    assert dialog.names.row(0).script.currentData() == "Latn"
    _type_name(qtbot, dialog, 0, "Serikuly", "Yerlan")
    qtbot.keyClicks(dialog.person.birth_date, "1990-05")

    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.duplicates.isVisible(), timeout=10000)

    model = dialog.duplicate_model
    assert model.rowCount() == 1
    shown = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert shown[0] == existing
    assert "Серікұлы Ерлан" in shown[-1]
    assert "A similar name and a matching birth date" in shown
    assert "Petition registered" in shown
    assert not dialog.register_button.isEnabled()  # the officer must answer first
    assert table_count(fx, "cases") == 1

    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        qtbot.mouseClick(dialog.register_distinct, Qt.MouseButton.LeftButton)

    assert dialog.number and dialog.number != existing
    with fx.uow(readonly=True) as uow:
        checks = [(c.reasons, c.candidate_case_id)
                  for c in uow.session.execute(select(DuplicateCheck)).scalars()]
    assert len(checks) == 1
    assert "similar_name_same_birth" in checks[0][0]
    answers = [a for a in audit_since(fx, seq) if a.action == "case.not_duplicate"]
    assert [a.new["candidate"] for a in answers] == [existing]


def test_open_that_case_registers_nothing(qtbot, dialog, store_fixture):
    fx = store_fixture
    existing = _existing_serikuly(fx)
    qtbot.keyClicks(dialog.names.row(0).script, "L")
    _type_name(qtbot, dialog, 0, "Serikuly", "Yerlan")
    qtbot.keyClicks(dialog.doc_number, "E12345678")  # and the same passport
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.duplicates.isVisible(), timeout=10000)
    assert "The same identity-document number" in dialog.duplicate_model.data(
        dialog.duplicate_model.index(0, 3))

    with qtbot.waitSignal(dialog.open_case, timeout=5000) as opened:
        qtbot.mouseClick(dialog.open_duplicate, Qt.MouseButton.LeftButton)

    assert opened.args == [existing]
    assert not dialog.isVisible() and dialog.number is None
    assert table_count(fx, "cases") == 1
    assert table_count(fx, "duplicate_checks") == 0


def test_editing_the_name_hides_the_duplicate_answer(qtbot, dialog, store_fixture):
    _existing_serikuly(store_fixture)
    qtbot.keyClicks(dialog.names.row(0).script, "L")
    _type_name(qtbot, dialog, 0, "Serikuly", "Yerlan")
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.duplicates.isVisible(), timeout=10000)
    qtbot.keyClicks(dialog.names.row(0).given_names, "a")
    assert not dialog.duplicates.isVisible()
    assert dialog.candidates == [] and dialog.register_button.isEnabled()


def test_suggest_latin_fills_an_empty_latin_row_and_can_be_undone(qtbot, dialog):
    _type_name(qtbot, dialog, 0, "Серікұлы", "Ерлан")
    qtbot.mouseClick(dialog.names.suggest_button, Qt.MouseButton.LeftButton)
    latin = dialog.names.row(1)
    assert latin.script.currentData() == "Latn"
    assert latin.surname.text() == to_kazakh_latin("Серікұлы")
    assert latin.given_names.text() == to_kazakh_latin("Ерлан")
    qtbot.keyClick(latin.surname, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert latin.surname.text() == ""
    assert [n.script for n in dialog.names.names()] == ["kk-Cyrl", "Latn"]


def test_every_input_has_an_object_and_an_accessible_name(dialog):
    assert unnamed_inputs(dialog) == []


def test_escape_asks_before_dropping_what_was_typed(qtbot, dialog, monkeypatch):
    answers = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr("app.ui.petition.ask_unsaved", lambda *_a: answers.pop(0))
    qtbot.keyClicks(dialog.person.religion, "Islam")
    qtbot.keyClick(dialog.person.religion, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.person.religion.text() == "Islam"
    answers.append(QMessageBox.StandardButton.Discard)
    qtbot.keyClick(dialog.person.religion, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
