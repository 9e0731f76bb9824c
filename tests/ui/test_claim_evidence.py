"""The claim, incidents, evidence and history sections, driven as a user would."""

from __future__ import annotations

import hashlib

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QImage,
    QPageSize,
    QPainter,
    QPdfWriter,
)
from PySide6.QtWidgets import QApplication

from app.domain.workflow import CaseStatus
from app.services import casefile, claims
from app.ui.casefile import claim as claim_ui
from app.ui.casefile.claim import ClaimSection
from app.ui.casefile.evidence import EvidenceSection
from app.ui.casefile.history import HistorySection
from app.ui.casefile.section import CaseContext
from app.ui.forms import ConflictDialog
from app.ui.locale_format import partial_date_text
from tests.helpers.builders import audit_since, case_in, register, table_count


def open_section(qtbot, fx, cls, number, actor=None):
    actor = actor or fx.officer
    section = cls(CaseContext(fx.store, actor, number))
    qtbot.addWidget(section)

    def reload():
        with fx.uow() as uow:
            section.load(casefile.load_case_file(uow, actor, number))

    section.saved.connect(reload)  # what the case-file window does
    reload()
    section.resize(960, 700)
    section.show()
    qtbot.waitExposed(section)
    return section


def stored(fx, number, actor=None) -> casefile.CaseFile:
    with fx.uow() as uow:
        return casefile.load_case_file(uow, actor or fx.officer, number)


def tick(qtbot, checkbox) -> None:
    checkbox.setFocus()
    qtbot.keyClick(checkbox, Qt.Key.Key_Space)


# ---- claim


def test_claim_with_two_grounds_is_saved_and_a_stale_save_asks(qtbot, store_fixture,
                                                               monkeypatch):
    fx = store_fixture
    number = register(fx).number
    section = open_section(qtbot, fx, ClaimSection, number)
    assert not section.save_button.isEnabled()
    qtbot.keyClicks(section.summary, "Held in a camp for nine months; fears return.")
    assert section.is_dirty() and section.save_button.isEnabled()
    religion, nexus_religion = section.grounds["religion"]
    opinion, nexus_opinion = section.grounds["political_opinion"]
    assert not nexus_religion.isVisible()
    tick(qtbot, religion)
    assert nexus_religion.isVisible()
    qtbot.keyClicks(nexus_religion, "Prayer treated as extremism.")
    tick(qtbot, opinion)
    qtbot.keyClicks(nexus_opinion, "Disloyalty imputed for travel abroad.")
    section.actor_type.setCurrentIndex(section.actor_type.findData("state"))
    with qtbot.waitSignal(section.saved, timeout=5000):
        qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert not section.is_dirty()
    claim = stored(fx, number).claim
    assert claim.summary == "Held in a camp for nine months; fears return."
    assert claim.actor_type == "state"
    assert {(g.ground, g.nexus_note) for g in claim.grounds} == {
        ("religion", "Prayer treated as extremism."),
        ("political_opinion", "Disloyalty imputed for travel abroad.")}

    # Somebody else saves meanwhile; our next save is stale and the conflict dialog asks.
    with fx.uow() as uow:
        claims.save_claim(uow, fx.officer2, number, claims.ClaimInput(
            summary="Their summary", actor_type="state",
            grounds=[claims.GroundInput("religion", "Theirs.")]),
            expected_version=claim.version)
    shown = []

    def keep_mine(dialog):
        shown.append(dialog)
        return ConflictDialog.KEEP_MINE

    monkeypatch.setattr(ConflictDialog, "exec", keep_mine)
    section.summary.moveCursor(section.summary.textCursor().MoveOperation.End)
    qtbot.keyClicks(section.summary, " Mine.")
    with qtbot.waitSignal(section.saved, timeout=5000):
        qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1
    assert "officer2" in shown[0].findChildren(type(section.errors.general))[0].text()
    claim = stored(fx, number).claim
    assert claim.summary == "Held in a camp for nine months; fears return. Mine."
    assert len(claim.grounds) == 2

    # Stale again: this time take the saved version.
    with fx.uow() as uow:
        claims.save_claim(uow, fx.officer2, number, claims.ClaimInput(summary="Theirs again"),
                          expected_version=claim.version)
    monkeypatch.setattr(ConflictDialog, "exec", lambda _d: ConflictDialog.TAKE_THEIRS)
    qtbot.keyClicks(section.summary, " More of mine.")
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.summary.toPlainText() == "Theirs again")
    assert not section.is_dirty()
    assert stored(fx, number).claim.summary == "Theirs again"


# ---- incidents


def fill_incident(qtbot, dialog, kind, started, description, ended=""):
    dialog.kind.setCurrentIndex(dialog.kind.findData(kind))
    dialog.started.clear()
    qtbot.keyClicks(dialog.started, started)
    dialog.ended.clear()
    if ended:
        qtbot.keyClicks(dialog.ended, ended)
    qtbot.keyClicks(dialog.description, description)


def save_incident(qtbot, section, dialog):
    with qtbot.waitSignal(section.saved, timeout=5000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.incident_dialog is None)


def click_row(qtbot, view, row):
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_incidents_timeline_add_edit_remove(qtbot, store_fixture, monkeypatch):
    fx = store_fixture
    number = register(fx).number
    section = open_section(qtbot, fx, ClaimSection, number)
    assert section.no_incidents.isVisible()

    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    dialog = section.incident_dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.started, "2021-13")
    error = dialog._date_errors[dialog.started]
    assert error.isVisible() and "not a date" in error.text()
    fill_incident(qtbot, dialog, "threat", "2021-06", "Told by phone he would be sent back.")
    assert not error.isVisible()
    save_incident(qtbot, section, dialog)

    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    dialog = section.incident_dialog
    fill_incident(qtbot, dialog, "camp", "2018-11~", "Held in a closed training centre.",
                  ended="2019-08")
    dialog.duration.setValue(270)
    save_incident(qtbot, section, dialog)

    # Entered out of order, shown in date order; partial dates as precise as given.
    timeline = section.incidents
    assert [timeline.row_at(r).kind for r in range(timeline.rowCount())] == ["camp", "threat"]
    first = timeline.data(timeline.index(0))
    dates = f"{partial_date_text('2018-11~')} – {partial_date_text('2019-08')}"
    assert dates.startswith("about ") and dates in first
    assert "Camp" in first and "270 day" in first
    assert partial_date_text("2021-06") in timeline.data(timeline.index(1))

    # Edit the threat: it now comes first.
    click_row(qtbot, section.timeline, 1)
    qtbot.mouseClick(section.edit_button, Qt.MouseButton.LeftButton)
    dialog = section.incident_dialog
    assert dialog.description.toPlainText() == "Told by phone he would be sent back."
    dialog.started.clear()
    qtbot.keyClicks(dialog.started, "2017")
    save_incident(qtbot, section, dialog)
    assert [timeline.row_at(r).kind for r in range(timeline.rowCount())] == ["threat", "camp"]
    threat = next(i for i in stored(fx, number).incidents if i.kind == "threat")
    assert threat.started == "2017" and threat.version == 2

    # Remove the camp after confirming.
    monkeypatch.setattr(claim_ui, "confirm", lambda *_a: True)
    click_row(qtbot, section.timeline, 1)
    with qtbot.waitSignal(section.saved, timeout=5000):
        qtbot.mouseClick(section.remove_button, Qt.MouseButton.LeftButton)
    assert [i.kind for i in stored(fx, number).incidents] == ["threat"]
    assert timeline.rowCount() == 1


def test_closed_case_claim_is_read_only(qtbot, store_fixture):
    fx = store_fixture
    number = case_in(fx, CaseStatus.PENDING_APPROVAL).number
    section = open_section(qtbot, fx, ClaimSection, number)
    assert section.summary.isReadOnly()
    assert not section.add_button.isEnabled() and not section.save_button.isVisible()


# ---- evidence


def png_bytes(width=64, height=48) -> bytes:
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("#2f6fb0"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def pdf_bytes() -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    painter = QPainter(writer)
    painter.drawText(400, 400, "Court ruling (test)")
    painter.end()
    buffer.close()
    return bytes(data)


def drop(section, paths) -> None:
    """What the window system sends when files are dropped on the section."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPointF(section.width() / 2, section.height() / 2)
    # Qt's own signatures: QDragEnterEvent takes a QPoint, QDropEvent a QPointF.
    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(section, enter)
    assert enter.isAccepted()
    event = QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(section, event)


def attach_next(qtbot, section, rows: int) -> None:
    qtbot.waitUntil(lambda: section.evidence_dialog is not None)
    dialog = section.evidence_dialog
    qtbot.mouseClick(dialog.attach_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.model.rowCount() == rows)


def select(qtbot, section, title) -> None:
    row = next(r for r in range(section.model.rowCount())
               if section.model.row_at(r).title == title)
    click_row(qtbot, section.table, row)


def test_dropped_files_are_attached_and_previewed(qtbot, store_fixture, tmp_path):
    fx = store_fixture
    number = register(fx).number
    png, pdf = png_bytes(), pdf_bytes()
    (tmp_path / "release_certificate.png").write_bytes(png)
    (tmp_path / "court-ruling.pdf").write_bytes(pdf)
    section = open_section(qtbot, fx, EvidenceSection, number)
    drop(section, [tmp_path / "release_certificate.png", tmp_path / "court-ruling.pdf"])
    assert section.evidence_dialog.title.text() == "release certificate"
    attach_next(qtbot, section, 1)
    assert section.evidence_dialog.title.text() == "court ruling"
    attach_next(qtbot, section, 2)
    assert not section.notice.isVisible()

    evidence = {e.filename: e for e in stored(fx, number).evidence}
    assert evidence["release_certificate.png"].sha256 == hashlib.sha256(png).hexdigest()
    assert evidence["release_certificate.png"].size_bytes == len(png)
    assert evidence["release_certificate.png"].mime_type == "image/png"
    assert evidence["release_certificate.png"].kind == "photo"
    assert evidence["court-ruling.pdf"].sha256 == hashlib.sha256(pdf).hexdigest()
    assert evidence["court-ruling.pdf"].mime_type == "application/pdf"

    select(qtbot, section, "release certificate")
    qtbot.waitUntil(lambda: section.preview.mode == "image")
    assert section.preview.image.original().size().toTuple() == (64, 48)
    select(qtbot, section, "court ruling")
    qtbot.waitUntil(lambda: section.preview.mode == "pdf")
    assert section.preview.document.pageCount() == 1
    assert section.preview.currentWidget() is section.preview.pdf
    # Each preview is an audited view; a reload of the window does not read the file again.
    def file_views():
        return [e for e in audit_since(fx, 0)
                if (e.action, e.entity) == ("case.view_sensitive", "evidence")]

    assert len(file_views()) == 2
    section.saved.emit()
    assert section.preview.mode == "pdf"
    assert len(file_views()) == 2


def test_refused_files_are_named_and_nothing_is_stored(qtbot, store_fixture, tmp_path,
                                                       monkeypatch):
    fx = store_fixture
    number = register(fx).number
    monkeypatch.setattr(claims, "MAX_EVIDENCE_BYTES", 100)
    (tmp_path / "big-scan.png").write_bytes(png_bytes(400, 400))
    (tmp_path / "damaged.pdf").write_bytes(b"%PDX-1.4 not really a pdf")
    (tmp_path / "empty.txt").write_bytes(b"")
    section = open_section(qtbot, fx, EvidenceSection, number)
    before = table_count(fx, "evidence")
    drop(section, [tmp_path / "big-scan.png", tmp_path / "damaged.pdf", tmp_path / "empty.txt"])
    assert section.evidence_dialog is None
    assert section.notice.isVisible()
    notice = section.notice.text()
    assert "“big-scan.png” was not attached" in notice and "at most 100 bytes" in notice
    assert "“damaged.pdf” was not attached" in notice and "header is wrong" in notice
    assert "“empty.txt” was not attached: the file is empty" in notice
    assert table_count(fx, "evidence") == before == 0
    assert table_count(fx, "evidence_contents") == 0


@pytest.mark.qt_log_ignore("libpng")
def test_damaged_content_cannot_be_previewed(qtbot, store_fixture, tmp_path):
    fx = store_fixture
    number = register(fx).number
    # The headers are right (so the files are accepted), the rest is broken.
    (tmp_path / "torn.pdf").write_bytes(b"%PDF-1.4\n" + b"garbage " * 40)
    (tmp_path / "torn.png").write_bytes(png_bytes()[:40])
    section = open_section(qtbot, fx, EvidenceSection, number)
    section.add_files([tmp_path / "torn.pdf", tmp_path / "torn.png"])
    attach_next(qtbot, section, 1)
    attach_next(qtbot, section, 2)
    for row in range(2):
        section.preview.show_message("")
        click_row(qtbot, section.table, row)
        qtbot.waitUntil(lambda: section.preview.mode == "error")
        assert "“torn” cannot be previewed" in section.preview.message.text()


# ---- history


def test_history_in_words_and_without_values_for_a_clerk(qtbot, store_fixture):
    fx = store_fixture
    number = case_in(fx, CaseStatus.UNDER_ASSESSMENT).number
    with fx.uow() as uow:
        claims.save_claim(uow, fx.officer, number, claims.ClaimInput(summary="Fears return."))
    with fx.uow() as uow:
        claims.add_incident(uow, fx.officer, number, claims.IncidentInput(
            kind="camp", description="Held nine months.", started="2018-11"))
    section = open_section(qtbot, fx, HistorySection, number)
    qtbot.waitUntil(lambda: section.model.rowCount() > 0)
    words = [section.model.data(section.model.index(r, 2))
             for r in range(section.model.rowCount())]
    for phrase in ("Petition registered", "Interview scheduled", "Interview recorded",
                   "Assessment drafted", "Claim saved", "Incident added"):
        assert phrase in words
    assert "Claim, interviews and evidence viewed" not in words  # views are hidden …
    section.show_views.setChecked(True)
    assert "Claim, interviews and evidence viewed" in [
        section.model.data(section.model.index(r, 2)) for r in range(section.model.rowCount())]
    section.show_views.setChecked(False)

    recorded = words.index("Interview recorded")
    click_row(qtbot, section.table, recorded)
    details = section.details.toPlainText()
    assert "status: scheduled → held" in details
    assert "I was told I would be sent to a camp." in details
    assert "case status: Interview scheduled → Under assessment" in details

    clerk = open_section(qtbot, fx, HistorySection, number, actor=fx.clerk)
    qtbot.waitUntil(lambda: clerk.model.rowCount() > 0)
    clerk_words = [clerk.model.data(clerk.model.index(r, 2))
                   for r in range(clerk.model.rowCount())]
    assert "Interview recorded" in clerk_words
    click_row(qtbot, clerk.table, clerk_words.index("Interview recorded"))
    details = clerk.details.toPlainText()
    assert "Interview recorded" in details
    assert "camp" not in details and "held" not in details
    assert "shown only to officers and supervisors" in details


def test_incident_and_evidence_dialogs_name_every_control(qtbot, store_fixture, tmp_path):
    from app.ui.casefile.claim import IncidentDialog
    from app.ui.casefile.evidence import EvidenceDialog
    from tests.ui.test_accessibility import _unnamed

    fx = store_fixture
    number = register(fx).number
    with fx.uow() as uow:
        claims.attach_evidence(uow, fx.officer, number, claims.EvidenceInput(
            "Scan", png_bytes(), "image/png"))
    ctx = CaseContext(fx.store, fx.officer, number)
    incident = IncidentDialog(ctx, stored(fx, number))
    evidence = EvidenceDialog(ctx, tmp_path / "scan.png", "image/png", png_bytes())
    for dialog in (incident, evidence):
        qtbot.addWidget(dialog)
    assert incident.evidence.count() == 1
    assert _unnamed(incident) + _unnamed(evidence) == []
