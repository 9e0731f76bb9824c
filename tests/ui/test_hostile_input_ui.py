"""Hostile input through the screens: query syntax, markup, control and direction
characters, enormous pastes, and broken or booby-trapped files.

The values come from ``tests/reliability/nasty.py``. Text arrives as a user's
paste would (the clipboard and Ctrl+V: QTest cannot type most of these). Qt
warnings fail a test here, so a file that made Qt complain while decoding it
(instead of being refused before) fails too.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QMimeData, Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from app.services import casefile, claims
from app.services.cases import NameInput
from app.ui import media
from app.ui import registry as registry_ui
from app.ui.casefile.applicant import ApplicantSection
from app.ui.casefile.evidence import EvidencePreview, EvidenceSection, prepare_preview
from app.ui.casefile.section import CaseContext
from app.ui.casefile.window import CaseFileWindow
from app.ui.limits import NAME_MAX, TEXT_MAX
from app.ui.petition import NewPetitionDialog
from app.ui.registry import RegistryPage
from tests.helpers.builders import register
from tests.reliability import nasty

#: How long a paste and a few key presses may take on a busy test machine; before the
#: limits, ten megabytes pasted into a text field took over five seconds, and then every
#: key press nearly three.
RESPONSIVE_SECONDS = 3.0


def bomb_pixels() -> str:
    """The size of ``nasty.png_bomb()``, as the interface writes it."""
    side = QLocale().toString(24_000)
    return f"{side} × {side} pixels"


def paste(qtbot, widget, text: str) -> float:
    """Select all, then paste ``text`` as a user would; the seconds it took."""
    QApplication.clipboard().setText(text)
    widget.setFocus()
    started = time.monotonic()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()
    return time.monotonic() - started


@pytest.fixture(autouse=True)
def _empty_clipboard():
    yield
    QApplication.clipboard().clear()


@pytest.fixture(autouse=True)
def _discard_on_close(monkeypatch):
    """A form left with typing in it asks before closing; at the end of a test, discard."""
    from PySide6.QtWidgets import QMessageBox

    from app.ui import petition

    monkeypatch.setattr(petition, "ask_unsaved",
                        lambda *_a, **_k: QMessageBox.StandardButton.Discard)


# ---------------------------------------------------------------------------
# (a) the registry's search box


@pytest.fixture
def registry(qtbot, store_fixture, monkeypatch):
    monkeypatch.setattr(registry_ui, "SEARCH_DELAY_MS", 0)
    fx = store_fixture
    obrien = register(fx, names=[NameInput("Latn", "O'Brien", "Sean")]).number
    register(fx, names=[NameInput("Arab", "محمد", "عبد الله")])
    page = RegistryPage(fx.store, fx.officer)
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
    return page, obrien


def test_every_nasty_text_in_the_search_box_is_searched_as_text(qtbot, registry):
    page, obrien = registry
    answers: list[object] = []
    page.model.count_changed.connect(answers.append)
    page.model.failed.connect(answers.append)
    for key, value in nasty.TEXTS:
        before = len(answers)
        if value:
            paste(qtbot, page.search, value)
        else:
            page.search.clear()
        qtbot.waitUntil(lambda before=before: len(answers) > before, timeout=10000)
        answer = answers[-1]
        assert isinstance(answer, int), f"{key}: {answer!r}"
        assert page.model.rowCount() == answer
        status = page.status_line.text()
        if answer == 0:
            assert status.startswith("No case matches this search."), key
        else:
            assert status.startswith(("Cases: ", "Showing the first")), (key, status)
        if key == "sql-quote":  # a quote is part of the name, not of the query
            assert answer == 1 and page.model.row_at(0).number == obrien
        if key in ("sql-injection", "sql-or", "fts-star", "fts-operators", "fts-column",
                   "like-wildcards"):
            assert answer == 0, key  # no syntax widens the search to everything
    # The injection did nothing: both cases are still there.
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)


def test_a_huge_paste_into_the_search_box_is_cut_and_said(qtbot, registry):
    page, _obrien = registry
    took = paste(qtbot, page.search, nasty.PASTE_10MB)
    assert len(page.search.text()) == page.search.maxLength() == 300
    qtbot.waitUntil(lambda: "No case matches" in page.status_line.text(), timeout=10000)
    assert "Only the first 300 characters of what you pasted were searched" \
        in page.status_line.text()
    paste(qtbot, page.search, "Brien")
    qtbot.waitUntil(lambda: page.status_line.text() == "Cases: 1", timeout=10000)
    assert took < RESPONSIVE_SECONDS


# ---------------------------------------------------------------------------
# (b) names and long texts in the forms


def test_enormous_pastes_into_the_petition_form_are_limited_and_said(qtbot, store_fixture):
    fx = store_fixture
    dialog = NewPetitionDialog(fx.store, fx.officer)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    row = dialog.names.row(0)

    took = paste(qtbot, row.surname, nasty.NAME_100K)
    assert took < RESPONSIVE_SECONDS
    assert row.surname.text() == "Ä" * NAME_MAX  # cut, and the user is told where
    assert dialog.names.error.isVisible()
    assert f"At most {NAME_MAX} characters fit here" in dialog.names.error.text()

    took = paste(qtbot, row.given_names, nasty.PASTE_10MB)
    assert took < RESPONSIVE_SECONDS and len(row.given_names.text()) == NAME_MAX

    # Ten megabytes into the address (a multi-line field) is refused as a whole.
    address = dialog.person.address
    took = paste(qtbot, address, nasty.PASTE_10MB)
    started = time.monotonic()
    qtbot.keyClicks(address, "Almaty")
    took += time.monotonic() - started
    assert took < RESPONSIVE_SECONDS
    assert address.toPlainText() == "Almaty"
    assert address.refusal.isHidden()  # the next edit took the message away
    paste(qtbot, address, nasty.PASTE_10MB)
    assert address.refusal.isVisible() and "Not pasted" in address.refusal.text()
    assert QLocale().toString(TEXT_MAX) in address.refusal.text()
    assert address.toPlainText() == "Almaty"
    # A long, but not too long, paste goes in.
    paste(qtbot, address, "Abay Avenue 1, flat 2. " * 100)
    assert address.toPlainText().startswith("Abay Avenue 1")

    # A bounded field still over what the place of birth takes: cut to the line limit.
    paste(qtbot, dialog.person.place_of_birth, nasty.NAME_100K)
    assert len(dialog.person.place_of_birth.text()) == 300
    place_error = dialog.findChild(QLineEdit, "applicantPlaceOfBirth").parentWidget() \
        .findChild(type(dialog.names.error), "error_applicant_place_of_birth")
    assert place_error.isVisible() and "At most 300" in place_error.text()

    # Registering saves the cut name or says what is wrong next to the fields: no crash.
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.number is not None or dialog.errors.has_errors(),
                    timeout=15000)


@pytest.mark.parametrize("key", ["rlo", "nul", "bell-escape", "isolates", "c1"])
def test_control_and_direction_characters_in_a_name_get_a_field_message(
        qtbot, store_fixture, key):
    fx = store_fixture
    dialog = NewPetitionDialog(fx.store, fx.officer)
    qtbot.addWidget(dialog)
    dialog.show()
    row = dialog.names.row(0)
    paste(qtbot, row.surname, nasty.text(key))
    qtbot.keyClicks(row.given_names, "Erlan")
    qtbot.mouseClick(dialog.register_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.names.has_errors() or dialog.number is not None,
                    timeout=15000)
    if dialog.number is None:
        assert "control characters" in dialog.names.error.text()
    else:
        # Qt itself dropped the characters on the way in: what was stored is clean.
        with fx.uow() as uow:
            stored = casefile.load_case_file(uow, fx.officer, dialog.number, sensitive=False)
        assert not any(ord(ch) < 32 or 0x202A <= ord(ch) <= 0x202E or 0x2066 <= ord(ch) <= 0x2069
                       for ch in stored.display_name)


def test_names_with_markup_and_scripts_show_as_written_and_stay_out_of_titles(
        qtbot, store_fixture):
    fx = store_fixture
    markup = nasty.text("rl-img")
    number = register(fx, names=[NameInput("Latn", markup, "Ali"),
                                 NameInput("Arab", "محمد", "عبد الله")]).number
    window = CaseFileWindow(fx.store, fx.officer, number)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.case_file is not None, timeout=10000)
    # Window titles never hold applicant data, whatever the name is.
    assert window.windowTitle() == f"Case {number} — Pana"
    assert "Ali" not in window.windowTitle()
    # The header shows the markup as text; the right-to-left name first in it no longer
    # moves the header to the right and turns the line of facts around (it is isolated,
    # and the paragraph keeps the interface's direction).
    header = window.header.text()
    assert "<img" not in header and "&lt;img" in header
    assert "\u2068" in header and "\u2069" in header and "dir='ltr'" in header
    page = RegistryPage(fx.store, fx.officer)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    tip = page.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "<img" not in tip and "&lt;img" in tip  # a tooltip is not drawn as markup


def test_a_case_file_name_field_takes_a_huge_paste_and_saves_or_says_why(
        qtbot, store_fixture):
    fx = store_fixture
    number = register(fx).number
    section = ApplicantSection(CaseContext(fx.store, fx.officer, number))
    qtbot.addWidget(section)
    with fx.uow() as uow:
        section.load(casefile.load_case_file(uow, fx.officer, number, sensitive=False))
    section.show()
    row = section.names.row(0)
    took = paste(qtbot, row.surname, nasty.PASTE_10MB)
    assert took < RESPONSIVE_SECONDS and len(row.surname.text()) == NAME_MAX
    assert "At most 200 characters" in section.names.error.text()
    took = paste(qtbot, section.person.address, nasty.PASTE_10MB)
    assert took < RESPONSIVE_SECONDS and section.person.address.refusal.isVisible()
    paste(qtbot, row.given_names, nasty.text("zalgo"))
    assert section.save() in (True, False)  # saves, or shows messages by the fields
    if section.is_dirty():
        assert section.errors.has_errors()


# ---------------------------------------------------------------------------
# (c) broken files: the evidence preview and the photo


def _bad(key: str) -> bytes:
    return {k: data for k, data, _mime in nasty.broken_files()}[key]


@pytest.mark.parametrize("key,data,mime", nasty.broken_files(),
                         ids=[k for k, _d, _m in nasty.broken_files()])
def test_every_broken_file_in_the_preview_is_refused_in_words(qtbot, key, data, mime):
    preview = EvidencePreview()
    qtbot.addWidget(preview)
    preview.show()
    preview.show_content("Scan 4", data, mime)
    if key == "not-utf8-text":  # shown, with the bytes that are not text replaced
        assert preview.mode == "text" and "\ufffd" in preview.text.toPlainText()
        return
    assert preview.mode == "error", key
    message = preview.message.text()
    assert message.startswith("“Scan 4” cannot be previewed:"), message
    if key == "png-bomb":
        assert bomb_pixels() in message and "50 megapixels" in message


def test_a_pdf_bomb_is_refused_before_the_pdf_engine_sees_it(qtbot):
    started = time.monotonic()
    with pytest.raises(media.Unviewable) as refused:
        prepare_preview(nasty.pdf_bomb(), "application/pdf")
    assert time.monotonic() - started < RESPONSIVE_SECONDS  # rendering it took 47 s and 5 GB
    assert "expands to more than" in refused.value.message
    preview = EvidencePreview()
    qtbot.addWidget(preview)
    preview.show_content("Court ruling", nasty.pdf_bomb(), "application/pdf")
    assert preview.mode == "error" and preview.document.pageCount() == 0


def test_pdfs_of_absurd_page_size_are_refused(qtbot):
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSizeF
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    # A strip 10 points wide and 10,000 long: fitted to the width, one enormous image.
    writer.setPageSize(QPageSize(QSizeF(10, 10_000), QPageSize.Unit.Point))
    QPainter(writer).end()
    buffer.close()
    preview = EvidencePreview()
    qtbot.addWidget(preview)
    preview.show_content("Strip", bytes(data), "application/pdf")
    assert preview.mode == "error" and "impossible size" in preview.message.text()


def test_broken_and_oversized_files_in_the_evidence_section(qtbot, store_fixture, tmp_path):
    fx = store_fixture
    number = register(fx).number
    section = EvidenceSection(CaseContext(fx.store, fx.officer, number))
    qtbot.addWidget(section)
    with fx.uow() as uow:
        section.load(casefile.load_case_file(uow, fx.officer, number))
    section.show()
    # A file far over the limit, as a sparse file: the size is looked at, nothing read.
    huge = tmp_path / "whole-archive.pdf"
    with huge.open("wb") as handle:
        handle.write(b"%PDF-1.7\n")
        handle.truncate(20 * claims.MAX_EVIDENCE_BYTES)
    bomb = tmp_path / "big-map.png"
    bomb.write_bytes(nasty.png_bomb())
    section.add_files([huge, bomb])
    notice = section.notice.text()
    assert "“whole-archive.pdf” was not attached" in notice and "at most 50" in notice
    # The bomb is a valid PNG within the size limit: attached, but never decoded whole.
    qtbot.waitUntil(lambda: section.evidence_dialog is not None)
    with qtbot.waitSignal(section.saved, timeout=10000):
        qtbot.mouseClick(section.evidence_dialog.attach_button, Qt.MouseButton.LeftButton)
    with fx.uow() as uow:
        section.load(casefile.load_case_file(uow, fx.officer, number))
    section.table.selectRow(0)
    qtbot.waitUntil(lambda: section.preview.mode == "error", timeout=10000)
    assert bomb_pixels() in section.preview.message.text()


def test_every_broken_file_dropped_on_the_evidence_section_is_refused_or_offered(
        qtbot, store_fixture, tmp_path):
    fx = store_fixture
    number = register(fx).number
    section = EvidenceSection(CaseContext(fx.store, fx.officer, number))
    qtbot.addWidget(section)
    with fx.uow() as uow:
        section.load(casefile.load_case_file(uow, fx.officer, number))
    section.show()
    suffix = {"image/png": ".png", "image/jpeg": ".jpg", "application/pdf": ".pdf",
              "text/plain": ".txt"}
    paths = []
    for key, data, mime in nasty.broken_files():
        path = tmp_path / f"{key}{suffix[mime]}"
        path.write_bytes(data)
        paths.append(path)
    section.add_files(paths)
    offered = []
    while section.evidence_dialog is not None:  # skip each file that passed the checks
        dialog = section.evidence_dialog
        offered.append(dialog.path.name)
        dialog.reject()
        qtbot.waitUntil(lambda dialog=dialog: section.evidence_dialog is not dialog)
    notice = section.notice.text()
    for path in paths:
        named = f"“{path.name}”" in notice
        assert named != (path.name in offered), path.name  # refused in words, or offered
    assert "“empty.pdf” was not attached: the file is empty" in notice
    assert "“not-utf8-text.txt” was not attached: the text is not in UTF-8" in notice
    # A file whose first bytes are right is kept as handed in, damaged or a trap; its
    # preview says why it is not shown (the preview tests above).
    assert sorted(offered) == sorted(p.name for p in paths
                                     if p.name not in ("empty.pdf", "not-utf8-text.txt"))


@pytest.mark.parametrize("key", ["png-header-only", "png-truncated", "png-bomb",
                                 "jpeg-header-only", "pdf-header-only", "not-utf8-text",
                                 "empty"])
def test_the_photo_picker_refuses_broken_images_in_words(qtbot, store_fixture, tmp_path, key):
    fx = store_fixture
    number = register(fx).number
    section = ApplicantSection(CaseContext(fx.store, fx.officer, number))
    qtbot.addWidget(section)
    with fx.uow() as uow:
        section.load(casefile.load_case_file(uow, fx.officer, number, sensitive=False))
    path = tmp_path / ("photo.pdf" if key.startswith("pdf") else "photo.png")
    path.write_bytes(_bad(key))
    assert section.set_photo_file(str(path)) is False
    text = section.photo_error.text()
    assert text and section.photo_error.isVisibleTo(section)
    if key == "png-bomb":
        assert "cannot be used as the photo" in text and "40 megapixels" in text
    with fx.uow() as uow:
        assert not casefile.load_case_file(uow, fx.officer, number,
                                           sensitive=False).applicant.has_photo


def test_the_photo_picker_looks_at_the_size_before_reading(qtbot, store_fixture, tmp_path,
                                                           monkeypatch):
    fx = store_fixture
    number = register(fx).number
    section = ApplicantSection(CaseContext(fx.store, fx.officer, number))
    qtbot.addWidget(section)
    with fx.uow() as uow:
        section.load(casefile.load_case_file(uow, fx.officer, number, sensitive=False))
    huge = tmp_path / "camera.jpg"
    with huge.open("wb") as handle:
        handle.write(b"\xff\xd8\xff\xe0")
        handle.truncate(4 * 1024 * 1024 * 1024)  # sparse: 4 GB that take no disk
    read = []
    real_read_bytes = Path.read_bytes
    monkeypatch.setattr(Path, "read_bytes",
                        lambda self: read.append(self) or real_read_bytes(self))
    assert section.set_photo_file(str(huge)) is False
    assert "a photo can be at most 5" in section.photo_error.text()
    assert read == []
    # A good photo still works.
    good = tmp_path / "face.png"
    good.write_bytes(nasty.png_small())
    assert section.set_photo_file(str(good)) is True
    assert not section.photo.pixmap().isNull()


def test_a_refused_paste_can_be_dropped_too(qtbot):
    from app.ui.limits import PlainTextEdit

    edit = PlainTextEdit(max_chars=10)
    qtbot.addWidget(edit)
    edit.show()
    mime = QMimeData()
    mime.setText("far too long for this")
    edit.insertFromMimeData(mime)  # what a drop and a paste both end in
    assert edit.toPlainText() == "" and edit.refusal.isVisible()
    mime.setText("short")
    edit.insertFromMimeData(mime)
    assert edit.toPlainText() == "short" and edit.refusal.isHidden()
