"""The applicant, family, documents, legal-history and representative sections,
driven inside the case-file window as an officer (and a clerk) would."""

from __future__ import annotations

import importlib.util
from datetime import date

import pytest
from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTableView,
    QWidget,
)
from shiboken6 import isValid

from app.domain.i18n import QT_TRANSLATE_NOOP
from app.services import casefile, cases
from app.ui import tasks
from app.ui.casefile import window as window_module
from app.ui.casefile.applicant import ApplicantSection
from app.ui.casefile.documents import DocumentsSection
from app.ui.casefile.family import FamilySection
from app.ui.casefile.legal import LegalHistorySection
from app.ui.casefile.names_editor import RecordTableModel
from app.ui.casefile.representative import RepresentativeSection
from app.ui.casefile.section import Section
from app.ui.casefile.window import CaseFileWindow
from app.ui.forms import ConflictDialog
from tests.helpers.builders import register


class SensitiveProbe(Section):
    """A stand-in for the claim and interview sections, which a clerk must not get."""

    TITLE = QT_TRANSLATE_NOOP("CaseFile", "Probe")
    SENSITIVE = True


def type_text(qtbot, widget, text: str) -> None:
    """Type like keyClicks, also letters QTest has no key for (Cyrillic, Kazakh)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def tick(qtbot, box) -> None:
    """Click a check box on its indicator (its middle may be empty space in a wide form)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


@pytest.fixture
def number(store_fixture) -> str:
    return register(store_fixture).number


@pytest.fixture
def open_window(qtbot, store_fixture, number, monkeypatch):
    """Opens the case file for an actor; at the end unsaved edits are dropped and it closes."""
    available = [(m, c) for m, c in window_module.SECTIONS if importlib.util.find_spec(m)]
    monkeypatch.setattr(window_module, "SECTIONS",
                        [*available, (__name__, "SensitiveProbe")])
    opened: list[CaseFileWindow] = []

    def open_(actor=None) -> CaseFileWindow:
        window = CaseFileWindow(store_fixture.store, actor or store_fixture.officer, number)
        opened.append(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: all(s.case_file is not None for s in window.sections),
                        timeout=10000)
        return window

    yield open_
    qtbot.waitUntil(lambda: not tasks._running, timeout=10000)
    for window in opened:
        if isValid(window):
            for section in window.dirty_sections():
                section.discard()
            window.close()
    qtbot.waitUntil(lambda: not tasks._running, timeout=10000)


def section(window, cls):
    found = [s for s in window.sections if isinstance(s, cls)]
    assert found, cls.__name__
    window.nav.setCurrentRow(window.sections.index(found[0]))
    return found[0]


def case_file(fx, number) -> casefile.CaseFile:
    with fx.uow() as uow:
        return casefile.load_case_file(uow, fx.officer, number, sensitive=False)


def change_applicant_elsewhere(fx, number, **changes) -> int:
    """Somebody else saves the applicant; returns the new version."""
    a = case_file(fx, number).applicant
    data = cases.PetitionInput(
        names=[cases.NameInput(n.script, n.surname, n.given_names, n.patronymic, n.use)
               for n in a.names],
        sex=a.sex, birth_date=a.birth_date, place_of_birth=a.place_of_birth,
        citizenships=a.citizenships, stateless=a.stateless, ethnicity=a.ethnicity,
        religion=a.religion, languages=a.languages, phone=a.phone, email=a.email,
        address=a.address, consent_given=a.consent_given)
    for key, value in changes.items():
        setattr(data, key, value)
    with fx.uow() as uow:
        return cases.update_applicant(uow, fx.officer2, number, data,
                                      expected_version=a.version).version


def replace_text(qtbot, edit: QLineEdit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


# ---- applicant


def test_applicant_edit_is_saved_with_ctrl_s(qtbot, open_window, store_fixture, number):
    window = open_window()
    applicant = section(window, ApplicantSection)
    version = case_file(store_fixture, number).applicant.version
    assert applicant.names.row(0).surname.text() == "Серікұлы"
    assert not applicant.save_button.isEnabled()

    type_text(qtbot, applicant.person.religion, "Ислам")
    assert applicant.is_dirty() and window.nav.item(0).text().endswith("•")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    with qtbot.waitSignal(applicant.saved, timeout=5000):
        qtbot.keyClick(applicant.person.religion, Qt.Key.Key_S,
                       Qt.KeyboardModifier.ControlModifier)

    stored = case_file(store_fixture, number).applicant
    assert stored.religion == "Ислам" and stored.version > version
    assert not applicant.is_dirty()
    qtbot.waitUntil(lambda: not window.nav.item(0).text().endswith("•"))


def test_applicant_errors_show_next_to_the_fields(qtbot, open_window, store_fixture, number):
    window = open_window()
    applicant = section(window, ApplicantSection)
    replace_text(qtbot, applicant.person.birth_date, "1990-02-30")
    replace_text(qtbot, applicant.names.row(0).surname, "")
    replace_text(qtbot, applicant.names.row(0).given_names, "")
    qtbot.mouseClick(applicant.save_button, Qt.MouseButton.LeftButton)
    error = applicant.findChild(QLabel, "error_applicant_birth_date")
    assert error.isVisible() and "no day 30" in error.text()
    assert applicant.is_dirty() and applicant.person.birth_date.text() == "1990-02-30"
    assert case_file(store_fixture, number).applicant.birth_date == "1990-05"


def test_a_stale_save_shows_both_versions_and_keep_mine_wins(
        qtbot, open_window, store_fixture, number, monkeypatch):
    window = open_window()
    applicant = section(window, ApplicantSection)
    shown: list[list[str]] = []

    def choose(answer):
        def exec_(dialog):
            shown.append([label.text() for label in dialog.findChildren(QLabel)])
            return answer
        monkeypatch.setattr(ConflictDialog, "exec", exec_)

    type_text(qtbot, applicant.person.religion, "Mine")
    theirs_version = change_applicant_elsewhere(store_fixture, number, religion="Theirs")
    choose(ConflictDialog.KEEP_MINE)
    assert applicant.save() is True
    texts = shown[-1]
    row = texts.index("Religion")
    assert texts[row:row + 3] == ["Religion", "Theirs", "Mine"]
    stored = case_file(store_fixture, number).applicant
    assert stored.religion == "Mine" and stored.version > theirs_version
    assert not applicant.is_dirty()

    # Keep editing: nothing is written and the edit stays.
    qtbot.waitUntil(lambda: applicant._version == stored.version, timeout=5000)
    replace_text(qtbot, applicant.person.religion, "Mine again")
    change_applicant_elsewhere(store_fixture, number, religion="Theirs again")
    choose(QDialog.DialogCode.Rejected)
    assert applicant.save() is False
    assert applicant.is_dirty() and applicant.person.religion.text() == "Mine again"

    # Take theirs: mine is dropped and the saved version shown.
    choose(ConflictDialog.TAKE_THEIRS)
    assert applicant.save() is True
    assert case_file(store_fixture, number).applicant.religion == "Theirs again"
    assert applicant.person.religion.text() == "Theirs again"
    assert not applicant.is_dirty()


def test_closing_with_unsaved_changes_asks(qtbot, open_window, store_fixture, number,
                                           monkeypatch):
    window = open_window()
    applicant = section(window, ApplicantSection)
    type_text(qtbot, applicant.person.religion, "Islam")
    answers = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(window_module, "ask_unsaved", lambda *_a: answers.pop(0))

    assert window.close() is False
    assert window.isVisible() and applicant.person.religion.text() == "Islam"

    answers.append(QMessageBox.StandardButton.Discard)
    with qtbot.waitSignal(window.closed, timeout=5000):
        window.close()
    assert case_file(store_fixture, number).applicant.religion == ""


def test_change_photo(qtbot, open_window, store_fixture, number, monkeypatch, tmp_path):
    window = open_window()
    applicant = section(window, ApplicantSection)
    not_an_image = tmp_path / "notes.png"
    not_an_image.write_text("not a picture")
    picture = tmp_path / "face.png"
    image = QImage(60, 80, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkCyan)
    assert image.save(str(picture))
    chosen = [str(not_an_image), str(picture)]
    monkeypatch.setattr("app.ui.casefile.applicant.QFileDialog.getOpenFileName",
                        lambda *_a, **_k: (chosen.pop(0), ""))

    click(qtbot, applicant.change_photo)
    assert applicant.photo_error.isVisible()
    assert "not a JPEG or PNG" in applicant.photo_error.text()

    with qtbot.waitSignal(applicant.saved, timeout=5000):
        click(qtbot, applicant.change_photo)
    assert not applicant.photo_error.isVisible()
    with store_fixture.uow(readonly=True) as uow:
        content, mime = casefile.photo(uow, store_fixture.officer, number)
    assert content == picture.read_bytes() and mime == "image/png"
    assert not applicant.photo.pixmap().isNull()

    # Dropping a file on the photo does the same.
    dropped = tmp_path / "other.jpg"
    assert image.save(str(dropped), "JPEG")
    mime_data = QMimeData()
    mime_data.setUrls([QUrl.fromLocalFile(str(dropped))])
    drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime_data,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    with qtbot.waitSignal(applicant.saved, timeout=5000):
        applicant.photo.dropEvent(drop)
    with store_fixture.uow(readonly=True) as uow:
        assert casefile.photo(uow, store_fixture.officer, number)[1] == "image/jpeg"


def test_renew_the_asylum_seeker_certificate(qtbot, open_window, store_fixture, number,
                                              monkeypatch):
    window = open_window(store_fixture.clerk)
    applicant = section(window, ApplicantSection)
    assert applicant.certificates_model.rowCount() == 1
    monkeypatch.setattr("app.ui.casefile.applicant.confirm", lambda *_a: True)
    click(qtbot, applicant.renew_button)
    qtbot.waitUntil(lambda: applicant.certificates_model.rowCount() == 2, timeout=5000)
    states = [c.state for c in case_file(store_fixture, number).certificates]
    assert sorted(states) == ["replaced", "valid"]
    assert f"AS-{number}-2" in applicant.status.text()


def test_fingerprints_taken(qtbot, open_window, store_fixture, number):
    window = open_window()
    applicant = section(window, ApplicantSection)
    assert "not taken yet" in applicant.fingerprints.text()
    click(qtbot, applicant.fingerprints_button)
    dialog = applicant.fingerprints_dialog
    qtbot.waitExposed(dialog)
    with qtbot.waitSignal(applicant.saved, timeout=5000):
        click(qtbot, dialog.save_button)
    assert case_file(store_fixture, number).fingerprints_taken_on == date.today()
    qtbot.waitUntil(lambda: "taken on" in applicant.fingerprints.text(), timeout=5000)


# ---- family, documents, legal history, representative


def test_family_add_edit_remove(qtbot, open_window, store_fixture, number, monkeypatch):
    window = open_window()
    family = section(window, FamilySection)
    group = family.group
    assert group.model.rowCount() == 0 and not group.edit_button.isEnabled()

    click(qtbot, group.add_button)
    dialog = group.dialog
    qtbot.waitExposed(dialog)
    type_text(qtbot, dialog.names.row(0).surname, "Ерланқызы")
    type_text(qtbot, dialog.names.row(0).given_names, "Аружан")
    qtbot.keyClicks(dialog.relation, "C")  # Child
    qtbot.keyClicks(dialog.birth_date, "2015-03")
    qtbot.keyClicks(dialog.whereabouts, "Almaty")
    tick(qtbot, dialog.included)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: group.model.rowCount() == 1, timeout=5000)
    [member] = case_file(store_fixture, number).family
    assert (member.relation, member.birth_date, member.whereabouts,
            member.included_in_petition) == ("child", "2015-03", "Almaty", True)
    assert [(n.script, n.surname, n.given_names) for n in member.names] == [
        ("kk-Cyrl", "Ерланқызы", "Аружан")]

    group.select_row(0)
    click(qtbot, group.edit_button)
    dialog = group.dialog
    qtbot.waitExposed(dialog)
    assert dialog.birth_date.text() == "2015-03"
    replace_text(qtbot, dialog.whereabouts, "Kaba, Xinjiang")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: group.model.rowCount() == 1 and group.model.data(
        group.model.index(0, 3)) == "Kaba, Xinjiang", timeout=5000)
    [edited] = case_file(store_fixture, number).family
    assert edited.whereabouts == "Kaba, Xinjiang" and edited.version > member.version

    asked: list[str] = []
    monkeypatch.setattr("app.ui.casefile.family.confirm",
                        lambda _parent, _title, text: asked.append(text) or True)
    group.select_row(0)
    click(qtbot, group.remove_button)
    qtbot.waitUntil(lambda: group.model.rowCount() == 0, timeout=5000)
    assert "Аружан" in asked[0]
    assert case_file(store_fixture, number).family == []


def test_family_edit_over_a_newer_version_keeps_mine(qtbot, open_window, store_fixture,
                                                     number, monkeypatch):
    with store_fixture.uow() as uow:
        member_id = cases.add_family_member(uow, store_fixture.officer, number,
                                            cases.FamilyMemberInput(
                                                names=[cases.NameInput("Latn", "Serikov")],
                                                relation="sibling"))
    window = open_window()
    group = section(window, FamilySection).group
    group.select_row(0)
    click(qtbot, group.edit_button)
    dialog = group.dialog
    qtbot.keyClicks(dialog.whereabouts, "Astana")
    [member] = case_file(store_fixture, number).family
    with store_fixture.uow() as uow:
        cases.update_family_member(uow, store_fixture.officer2, number, member_id,
                                   cases.FamilyMemberInput(
                                       names=[cases.NameInput("Latn", "Serikov")],
                                       relation="sibling", whereabouts="Urumqi"),
                                   expected_version=member.version)
    shown = []
    monkeypatch.setattr(ConflictDialog, "exec", lambda d: shown.append(
        [label.text() for label in d.findChildren(QLabel)]) or ConflictDialog.KEEP_MINE)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: group.dialog is None, timeout=5000)
    row = shown[0].index("Whereabouts")
    assert shown[0][row:row + 3] == ["Whereabouts", "Urumqi", "Astana"]
    assert case_file(store_fixture, number).family[0].whereabouts == "Astana"


def test_add_a_document_and_the_legal_history(qtbot, open_window, store_fixture, number):
    window = open_window()
    documents = section(window, DocumentsSection).group
    click(qtbot, documents.add_button)
    dialog = documents.dialog
    qtbot.keyClicks(dialog.number, "G 1234 5678")
    qtbot.keyClicks(dialog.country, "chn")
    qtbot.keyClicks(dialog.issuer, "Kaba public security bureau")
    tick(qtbot, dialog.original)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: documents.model.rowCount() == 1, timeout=5000)

    legal = section(window, LegalHistorySection)
    click(qtbot, legal.entries.add_button)
    dialog = legal.entries.dialog
    qtbot.keyClicks(dialog.place, "Mountain pass near Maikapshagai")
    qtbot.keyClicks(dialog.from_country, "CHN")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: legal.entries.model.rowCount() == 1, timeout=5000)

    click(qtbot, legal.proceedings.add_button)
    dialog = legal.proceedings.dialog
    click(qtbot, dialog.save_button)  # the court is required
    error = dialog.findChild(QLabel, "error_proceeding_court")
    assert error.isVisible() and dialog.isVisible()
    qtbot.keyClicks(dialog.court, "Zaisan district court")
    qtbot.keyClicks(dialog.article, "392 part 1")
    dialog.days.selectAll()
    qtbot.keyClicks(dialog.days, "83")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: legal.proceedings.model.rowCount() == 1, timeout=5000)

    click(qtbot, legal.rulings.add_button)
    dialog = legal.rulings.dialog
    qtbot.keyClicks(dialog.court, "Zaisan district court")
    qtbot.keyClicks(dialog.reference, "1-951/26")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: legal.rulings.model.rowCount() == 1, timeout=5000)

    cf = case_file(store_fixture, number)
    assert [(d.doc_type, d.number, d.issuing_country, d.is_original, d.family_member_id)
            for d in cf.documents] == [("passport", "G 1234 5678", "CHN", True, None)]
    assert [(e.place, e.irregular, e.from_country) for e in cf.entries] == [
        ("Mountain pass near Maikapshagai", True, "CHN")]
    assert [(p.court, p.article, p.pretrial_detention_days) for p in cf.proceedings] == [
        ("Zaisan district court", "392 part 1", 83)]
    assert [(r.court, r.reference, r.deportation_barred) for r in cf.rulings] == [
        ("Zaisan district court", "1-951/26", True)]


def test_set_the_representative(qtbot, open_window, store_fixture, number):
    window = open_window()
    rep = section(window, RepresentativeSection)
    assert rep.none_label.isVisible()
    type_text(qtbot, rep.full_name, "Айгерім Тоқтарова")
    qtbot.keyClicks(rep.licence, "0110264")
    qtbot.keyClicks(rep.email, "toktarova@example")
    click(qtbot, rep.save_button)
    assert rep.findChild(QLabel, "error_representative_email").isVisible()
    qtbot.keyClicks(rep.email, ".com")
    qtbot.keyClicks(rep.poa, "No. 611")
    with qtbot.waitSignal(rep.saved, timeout=5000):
        click(qtbot, rep.save_button)
    stored = case_file(store_fixture, number).representative
    assert (stored.full_name, stored.licence_number, stored.email, stored.power_of_attorney) \
        == ("Айгерім Тоқтарова", "0110264", "toktarova@example.com", "No. 611")


# ---- a clerk reads, and cannot change


def test_a_clerk_sees_the_identity_sections_read_only(qtbot, open_window, store_fixture):
    window = open_window(store_fixture.clerk)
    kinds = [type(s) for s in window.sections]
    for cls in (ApplicantSection, FamilySection, DocumentsSection, LegalHistorySection,
                RepresentativeSection):
        assert cls in kinds
    assert not any(s.SENSITIVE for s in window.sections)
    assert SensitiveProbe not in kinds

    applicant = section(window, ApplicantSection)
    assert applicant.notice.isVisible()
    assert applicant.person.religion.isReadOnly()
    assert applicant.names.row(0).surname.isReadOnly()
    assert not applicant.person.sex.isEnabled()
    assert not applicant.save_button.isVisible()
    assert not applicant.names.add_button.isVisible()
    assert not applicant.change_photo.isEnabled()
    assert not applicant.fingerprints_button.isEnabled()
    assert applicant.renew_button.isEnabled()  # clerks keep the register of certificates
    type_text(qtbot, applicant.person.religion, "x")
    assert not applicant.is_dirty()

    for cls in (FamilySection, DocumentsSection, LegalHistorySection):
        part = section(window, cls)
        assert part.notice.isVisible()
        for group in part.groups:
            assert not group.add_button.isEnabled()
            assert not group.edit_button.isEnabled()
            assert not group.remove_button.isEnabled()
    rep = section(window, RepresentativeSection)
    assert rep.full_name.isReadOnly() and not rep.save_button.isVisible()


def unnamed_inputs(root) -> list[str]:
    """Inputs a screen reader could not name, or a test could not find."""
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit,
             QTableView)
    missing = []
    for widget in root.findChildren(QWidget):
        inner = widget.parent()
        if not isinstance(widget, kinds) or isinstance(inner, (QAbstractSpinBox, QComboBox)) \
                or widget.objectName().startswith("qt_"):
            continue  # Qt's own parts: a date edit's line edit, a table's corner button
        if not widget.objectName() or not widget.accessibleName():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def test_every_input_has_an_object_and_an_accessible_name(qtbot, open_window):
    window = open_window()
    mine = (ApplicantSection, FamilySection, DocumentsSection, LegalHistorySection,
            RepresentativeSection)
    for part in window.sections:
        if not isinstance(part, mine):
            continue
        section(window, type(part))
        assert unnamed_inputs(part) == [], type(part).__name__
        for group in getattr(part, "groups", []):
            dialog = group.open_dialog(None)
            assert unnamed_inputs(dialog) == [], type(dialog).__name__
            dialog.reject()


def test_record_table_model_passes_the_model_tester(qtmodeltester, store_fixture, number):
    model = RecordTableModel("FamilySection", [
        (QT_TRANSLATE_NOOP("FamilySection", "Relation"), lambda m: m.relation),
        (QT_TRANSLATE_NOOP("FamilySection", "Born"), lambda m: m.birth_date)])
    with store_fixture.uow() as uow:
        cases.add_family_member(uow, store_fixture.officer, number, cases.FamilyMemberInput(
            names=[cases.NameInput("Latn", "Serikov")], relation="child", birth_date="2015"))
    model.set_records(case_file(store_fixture, number).family)
    qtmodeltester.check(model)
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Born"
