"""The shared printing pieces: the PDF preview, printing to a printer, saving a file, the
dialog that prints one document, and the interview section's Print record button.

The printer is a ``QPrinter`` writing a PDF into ``tmp_path`` (what a user gets with
"print to file"); the PDFs it writes are read back with pypdf.
"""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton
from reportlab.lib.pagesizes import A4, A6
from reportlab.pdfgen import canvas
from sqlalchemy import func, select

from app.db.models import IssuedDocument
from app.domain.vocab import DocType
from app.domain.workflow import CaseStatus
from app.services import casefile
from app.ui import printing as print_ui
from app.ui.casefile.interviews import InterviewsSection
from app.ui.casefile.window import CaseFileWindow
from app.ui.printing import DocumentDialog, PdfPreview, page_order, print_pdf, save_pdf
from tests.helpers.builders import case_in
from tests.ui.test_accessibility import _unnamed

LOAD_TIMEOUT = 15000


def make_pdf(pages: int = 3, size=A4) -> bytes:
    out = io.BytesIO()
    sheet = canvas.Canvas(out, pagesize=size)
    for page in range(pages):
        sheet.setFont("Helvetica", 28)
        sheet.drawString(40, size[1] - 80, f"Page {page + 1}")
        sheet.rect(20, 20, size[0] - 40, size[1] - 40)
        sheet.showPage()
    sheet.save()
    return out.getvalue()


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def page_texts(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def registered(fx) -> int:
    with fx.uow(readonly=True) as uow:
        return uow.session.execute(select(func.count()).select_from(IssuedDocument)).scalar_one()


# ---------------------------------------------------------------------------
# the preview


def test_preview_pages_and_zoom_by_keyboard(qtbot):
    preview = PdfPreview()
    qtbot.addWidget(preview)
    preview.resize(600, 700)
    preview.show()
    preview.activateWindow()
    qtbot.waitUntil(preview.isActiveWindow)
    assert preview.page_count() == 0
    assert not preview.next_button.isEnabled()

    assert preview.set_pdf(make_pdf(3))
    assert preview.page_count() == 3
    assert preview.page_label.text() == "Page 1 of 3"
    assert not preview.previous_button.isEnabled()
    qtbot.mouseClick(preview.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: preview.page_label.text() == "Page 2 of 3")
    assert preview.previous_button.isEnabled()

    preview.view.setFocus()
    qtbot.keyClick(preview.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.Custom
    zoomed = preview.view.zoomFactor()
    qtbot.keyClick(preview.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert preview.view.zoomFactor() == pytest.approx(zoomed / print_ui.ZOOM_STEP)
    qtbot.keyClick(preview.view, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert preview.view.zoomMode() == QPdfView.ZoomMode.FitToWidth

    preview.set_pdf(None)
    assert preview.page_count() == 0
    assert preview.page_label.text() == ""
    assert not preview.set_pdf(b"%PDF-1.4 not really")
    assert "could not be shown" in preview.message_text()


# ---------------------------------------------------------------------------
# the printer


def test_print_pdf_prints_every_page_at_real_size(qtbot, tmp_path):
    out = tmp_path / "printed.pdf"
    assert print_pdf(make_pdf(3), pdf_printer(out)) == 3
    reader = PdfReader(out)
    assert len(reader.pages) == 3
    # An A4 page on A4 paper fills it (the drawing is an image: no text comes back).
    box = reader.pages[0].mediabox
    assert float(box.width) == pytest.approx(A4[0], abs=2)
    assert float(box.height) == pytest.approx(A4[1], abs=2)


def test_print_pdf_respects_page_ranges_and_copies(qtbot, tmp_path):
    out = tmp_path / "range.pdf"
    printer = pdf_printer(out)
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    printer.setCopyCount(2)
    # A PDF "printer" cannot make copies itself: Pana prints each copy.
    assert not printer.supportsMultipleCopies()
    assert print_pdf(make_pdf(4), printer) == 4
    assert len(PdfReader(out).pages) == 4


def test_page_order_collates_copies():
    assert page_order(3, (), 1, True) == [0, 1, 2]
    assert page_order(3, ((2, 3),), 2, True) == [1, 2, 1, 2]
    assert page_order(3, ((1, 1), (3, 3)), 2, False) == [0, 0, 2, 2]
    assert page_order(2, ((5, 6),), 1, True) == []


def test_a_small_page_is_not_blown_up(qtbot, tmp_path):
    """An A6 page prints at its own size in the corner of an A4 sheet."""
    from PySide6.QtGui import QColor

    out = tmp_path / "small.pdf"
    printer = pdf_printer(out)
    assert print_pdf(make_pdf(1, A6), printer) == 1
    with print_ui.loaded_pdf(out.read_bytes()) as document:
        image, _points = print_ui.render_page(document, 0, 72)
    # The A6 frame ends about halfway across and down the A4 sheet; beyond it, white paper.
    white = QColor("white").rgb()
    assert image.pixel(int(A4[0] * 0.75), int(A4[1] * 0.75)) == white
    assert image.pixel(21, 21) != white  # the frame near the top-left corner


# ---------------------------------------------------------------------------
# saving


def test_save_pdf_writes_where_the_user_chose(qtbot, tmp_path, monkeypatch):
    asked = {}

    def get_save_file_name(parent, title, start, filters):
        asked["start"] = start
        return str(tmp_path / "chosen"), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    pdf = make_pdf(1)
    path = save_pdf(None, pdf, "AQM-L-2026-00001")
    assert Path(asked["start"]).name == "AQM-L-2026-00001.pdf"
    assert path == tmp_path / "chosen.pdf"
    assert path.read_bytes() == pdf

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: ("", ""))
    assert save_pdf(None, pdf, "AQM-L-2026-00002") is None


def test_save_pdf_reports_a_folder_it_cannot_write(qtbot, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a: (str(tmp_path / "missing" / "x.pdf"), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]))
    assert save_pdf(None, make_pdf(1), "AQM-L-2026-00003") is None
    assert warnings and "could not be written" in warnings[0]


def test_file_names_come_from_register_numbers_only():
    assert print_ui.file_stem("AQM-L-2026-00001") == "AQM-L-2026-00001"
    assert print_ui.file_stem("a/b:c") == "a-b-c"


# ---------------------------------------------------------------------------
# one document from the case file


def open_case_window(qtbot, fx, actor, number) -> CaseFileWindow:
    window = CaseFileWindow(fx.store, actor, number)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.case_file is not None, timeout=LOAD_TIMEOUT)
    return window


def held_interview(fx, number):
    with fx.uow() as uow:  # loading the case file audits the view
        case = casefile.load_case_file(uow, fx.officer, number)
    return next(i for i in case.interviews if i.status == "held")


def test_officer_prints_the_interview_record_from_the_case_file(qtbot, store_fixture,
                                                                monkeypatch, tmp_path):
    fx = store_fixture
    number = case_in(fx, CaseStatus.UNDER_ASSESSMENT).number
    window = open_case_window(qtbot, fx, fx.officer, number)
    section = next(s for s in window.sections if isinstance(s, InterviewsSection))
    window.nav.setCurrentRow(window.sections.index(section))
    button = window.findChild(QPushButton, "printInterview")
    assert button is not None and button.isVisibleTo(window)
    assert not button.isEnabled()  # nothing selected yet
    section.table.selectRow(0)
    assert button.isEnabled()

    monkeypatch.setattr(DocumentDialog, "open", DocumentDialog.show)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = section.print_dialog
    assert dialog.windowTitle() == f"Interview record — {number}"
    assert dialog.language.currentData() == "kk+ru"  # the case's document language
    qtbot.waitUntil(lambda: dialog.preview.page_count() > 0, timeout=LOAD_TIMEOUT)
    assert _unnamed(dialog) == []

    # A cancelled printer dialog registers nothing.
    monkeypatch.setattr(print_ui, "choose_printer", lambda *_a, **_k: None)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert registered(fx) == 0

    out = tmp_path / "interview.pdf"
    monkeypatch.setattr(print_ui, "choose_printer", lambda *_a, **_k: pdf_printer(out))
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Registered as" in dialog.status.text(), timeout=LOAD_TIMEOUT)
    assert registered(fx) == 1
    assert out.exists() and len(PdfReader(out).pages) >= 1
    with fx.uow(readonly=True) as uow:
        row = uow.session.execute(select(IssuedDocument)).scalar_one()
        assert row.doc_type == DocType.INTERVIEW
        assert row.interview_id == held_interview(fx, number).id
        assert row.register_number in dialog.status.text()
    # The original is out: another copy from here is a duplicate.
    assert "duplicate" in dialog.print_button.text()
    dialog.close()


def test_save_from_the_dialog_names_the_file_after_the_register_number(
        qtbot, store_fixture, monkeypatch, tmp_path):
    fx = store_fixture
    number = case_in(fx, CaseStatus.UNDER_ASSESSMENT).number
    dialog = DocumentDialog(fx.store, fx.officer, DocType.INTERVIEW, number,
                            target_id=held_interview(fx, number).id, language="ru")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.preview.page_count() > 0, timeout=LOAD_TIMEOUT)
    starts = []

    def get_save_file_name(_parent, _title, start, _filters):
        starts.append(start)
        return str(tmp_path / Path(start).name), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", get_save_file_name)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "saved as" in dialog.status.text(), timeout=LOAD_TIMEOUT)
    with fx.uow(readonly=True) as uow:
        row = uow.session.execute(select(IssuedDocument)).scalar_one()
        number, language = row.register_number, row.language
    assert Path(starts[0]).name == f"{number}.pdf"
    assert (tmp_path / f"{number}.pdf").read_bytes()[:5] == b"%PDF-"
    assert language == "ru"


def test_print_record_button_only_for_those_who_may_see_interviews(qtbot, store_fixture):
    fx = store_fixture
    number = case_in(fx, CaseStatus.UNDER_ASSESSMENT).number
    clerk_window = open_case_window(qtbot, fx, fx.clerk, number)
    assert clerk_window.findChild(QPushButton, "printInterview") is None
    officer_window = open_case_window(qtbot, fx, fx.officer, number)
    assert officer_window.findChild(QPushButton, "printInterview") is not None
