"""Printing and saving documents: the preview, the printer, the PDF file, and the dialog
that prints one document from anywhere (``DocumentDialog``).

PDFs stay in memory from the service to the printer: previews load from a
``QBuffer``, pages are rasterised into ``QImage``s, and a file is written only
where the user chose in a save dialog. Nothing goes to a temporary file.

Issuing a document registers it (register number, audit), so every flow here
asks for the printer *before* issuing: a cancelled printer dialog registers
nothing. ``DocumentBatch`` issues and prints documents one after another: the
service call and the rendering of each page run off the UI thread, the pages
are painted on the printer between them, so the window stays responsive.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QImage, QKeySequence, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.db.audit import Actor
from app.db.store import Store
from app.ui.casefile.applicant import DOCUMENT_LANGUAGES
from app.ui.forms import named, vocab_text
from app.ui.messages import error_text
from app.ui.tasks import ExpectedFailure, run_task

#: The languages documents print in, in the order offered, by name (as the case file names them).
LANGUAGE_NAMES: dict[str, str] = dict(DOCUMENT_LANGUAGES)

#: Pages are rasterised at the printer's resolution, but no finer: an A4 page at
#: 300 dpi is already 35 MB in memory, and text prints sharp at that.
MAX_PRINT_DPI = 300

ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 6.0


def language_text(code: str | None) -> str:
    """A document language ("kk", "kk+ru" …) in words."""
    if not code:
        return ""
    name = LANGUAGE_NAMES.get(code)
    return QCoreApplication.translate("Languages", name) if name else code


def language_combo(object_name: str, accessible: str, *, case_default: str | None = None,
                   case_language_entry: str = "") -> QComboBox:
    """The document languages by name; data is the code.

    A ``case_language_entry`` text adds a first entry (data None) that leaves the choice
    to the case. ``case_default`` selects that language.
    """
    combo = named(QComboBox(), object_name, accessible)
    if case_language_entry:
        combo.addItem(case_language_entry, None)
    for code in LANGUAGE_NAMES:
        combo.addItem(language_text(code), code)
    if case_default:
        index = combo.findData(case_default)
        if index < 0:  # a language the list does not know: offer it as it is
            combo.addItem(case_default, case_default)
            index = combo.count() - 1
        combo.setCurrentIndex(index)
    return combo


def doc_type_text(doc_type) -> str:
    return vocab_text(doc_type)


class PrintFailed(ExpectedFailure):
    """The printer or the file could not take the document; ``message`` says so (translated)."""


def failure_text(exc: BaseException) -> str:
    if isinstance(exc, PrintFailed):
        return exc.message
    return error_text(exc)


# ---------------------------------------------------------------------------
# PDFs in memory


@contextmanager
def loaded_pdf(pdf: bytes) -> Iterator[QPdfDocument]:
    """A QPdfDocument over the bytes, closed afterwards; usable on any thread.

    Raises PrintFailed when the bytes are not a readable PDF.
    """
    document = QPdfDocument()
    data = QByteArray(pdf)
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    try:
        document.load(buffer)
        if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
            raise PrintFailed(QCoreApplication.translate(
                "Printing", "The document could not be read (it is not a valid PDF)."))
        yield document
    finally:
        document.close()
        buffer.close()


#: Pana's documents are A4 (3508 pixels high at 300 dpi); a page of any other size is
#: rendered no larger than this on its longer side.
MAX_RENDER_SIDE = 8000


def render_page(document: QPdfDocument, index: int, dpi: int) -> tuple[QImage, QSizeF]:
    """Page ``index`` as an image at ``dpi``, on white, and its size in points."""
    points = document.pagePointSize(index)
    size = QSize(max(1, round(points.width() / 72 * dpi)),
                 max(1, round(points.height() / 72 * dpi)))
    if max(size.width(), size.height()) > MAX_RENDER_SIDE:  # never an enormous image
        size = size.scaled(MAX_RENDER_SIDE, MAX_RENDER_SIDE, Qt.AspectRatioMode.KeepAspectRatio)
    image = document.render(index, size)
    # Pages render with a transparent background; paper is white.
    page = QImage(size, QImage.Format.Format_RGB32)
    page.fill(Qt.GlobalColor.white)
    painter = QPainter(page)
    painter.drawImage(QPoint(0, 0), image)
    painter.end()
    return page, points


def page_order(count: int, ranges: Sequence[tuple[int, int]], copies: int,
               collate: bool) -> list[int]:
    """The pages (0-based) to print, in order, for the chosen ranges and copies.

    ``ranges`` are 1-based inclusive (from/to); empty means every page. ``copies``
    is how many copies *we* must print (1 when the printer makes the copies).
    """
    wanted = [page for page in range(count)
              if not ranges or any(first <= page + 1 <= last for first, last in ranges)]
    if collate:
        return wanted * copies
    return [page for page in wanted for _ in range(copies)]


@dataclass(frozen=True)
class PrintSettings:
    """What a print job needs from the QPrinter, read on the UI thread."""

    dpi: int
    ranges: tuple[tuple[int, int], ...]
    copies: int
    collate: bool

    @classmethod
    def of(cls, printer: QPrinter, *, use_ranges: bool = True) -> PrintSettings:
        ranges: tuple[tuple[int, int], ...] = ()
        if use_ranges and printer.printRange() == QPrinter.PrintRange.PageRange:
            ranges = tuple((r.from_, r.to) for r in printer.pageRanges().toRangeList())
        # A printer that cannot make copies itself gets them from us.
        copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
        return cls(dpi=max(72, min(printer.resolution(), MAX_PRINT_DPI)), ranges=ranges,
                   copies=copies, collate=printer.collateCopies())

    def order(self, count: int) -> list[int]:
        return page_order(count, self.ranges, self.copies, self.collate)


class PrintJob:
    """One run on a printer: pages drawn one after another at their real size
    (smaller when the paper is smaller), from the paper's top-left corner."""

    def __init__(self, printer: QPrinter) -> None:
        self.printer = printer
        self.painter = QPainter()
        self.pages = 0

    def open(self) -> None:
        # The documents carry their own margins: draw on the whole sheet.
        self.printer.setFullPage(True)
        if not self.painter.begin(self.printer):
            raise PrintFailed(QCoreApplication.translate(
                "Printing", "The printer could not be started. Check that it is switched on "
                            "and connected, or choose another printer."))

    @property
    def active(self) -> bool:
        return self.painter.isActive()

    def add_page(self, image: QImage, points: QSizeF) -> None:
        if self.pages and not self.printer.newPage():
            raise PrintFailed(QCoreApplication.translate(
                "Printing", "The printer stopped taking pages."))
        paper = self.printer.paperRect(QPrinter.Unit.DevicePixel)
        resolution = self.printer.resolution()
        width = points.width() / 72 * resolution
        height = points.height() / 72 * resolution
        scale = min(1.0, paper.width() / width, paper.height() / height)
        self.painter.drawImage(QRectF(0, 0, width * scale, height * scale), image)
        self.pages += 1

    def close(self) -> None:
        if not self.painter.isActive():
            return
        if self.pages == 0:  # nothing to print: no blank sheet either
            self.printer.abort()
        self.painter.end()


def print_pdf(pdf: bytes, printer: QPrinter) -> int:
    """Print the PDF on ``printer`` (page ranges and copies as chosen); the pages printed.

    Runs on the UI thread: for one short document. Batches use ``DocumentBatch``.
    """
    settings = PrintSettings.of(printer)
    job = PrintJob(printer)
    with loaded_pdf(pdf) as document:
        order = settings.order(document.pageCount())
        if not order:
            raise PrintFailed(QCoreApplication.translate(
                "Printing", "The chosen pages are not in the document."))
        job.open()
        try:
            for index in order:
                job.add_page(*render_page(document, index, settings.dpi))
        finally:
            job.close()
    return job.pages


#: The printer chosen last in this session, offered again next time.
_last_printer: str = ""


def choose_printer(parent: QWidget | None, page_count: int | None = None) -> QPrinter | None:
    """The print dialog; the printer chosen, or None when cancelled.

    With ``page_count`` the user may choose pages; without it every page prints.
    """
    global _last_printer
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if _last_printer:
        printer.setPrinterName(_last_printer)
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("printDialog")
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, False)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintSelection, False)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintCurrentPage, False)
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, bool(page_count))
    if page_count:
        dialog.setMinMax(1, page_count)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    _last_printer = printer.printerName()
    return printer


# ---------------------------------------------------------------------------
# files (only where the user chose)

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')
_last_folder: str = ""


def file_stem(register_number: str) -> str:
    """A file name from a register number (never from a person's name)."""
    stem = _UNSAFE.sub("-", register_number).strip(" .-")
    return stem or "document"


def _start_folder() -> str:
    return _last_folder or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)


def write_pdf(path: Path, pdf: bytes) -> None:
    """Write the PDF whole or not at all: into a temporary file beside it (readable by
    its owner only), synced, then renamed over ``path``; a full disk or a pulled drive
    leaves no half document behind."""
    temp = None
    try:
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.",
                                        suffix=".part")
        temp = Path(name)
        with os.fdopen(handle, "wb") as out:
            out.write(pdf)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, path)
    except OSError as exc:
        if temp is not None:
            temp.unlink(missing_ok=True)
        raise PrintFailed(QCoreApplication.translate(
            "Printing", "“{file}” could not be written: {reason}").format(
                file=str(path), reason=exc.strerror or exc.__class__.__name__)) from None


def save_pdf(parent: QWidget | None, pdf: bytes, suggested_name: str) -> Path | None:
    """Ask where to save, then write the PDF there; the path, or None when cancelled.

    ``suggested_name`` is the register number: a file name never carries an applicant's
    name. A write error is shown and gives None.
    """
    global _last_folder
    start = str(Path(_start_folder()) / f"{file_stem(suggested_name)}.pdf")
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("Printing", "Save the document as PDF"), start,
        QCoreApplication.translate("Printing", "PDF documents (*.pdf)"))
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    try:
        write_pdf(path, pdf)
    except PrintFailed as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("Printing", "Not saved"),
                            exc.message)
        return None
    _last_folder = str(path.parent)
    return path


def choose_folder(parent: QWidget | None) -> Path | None:
    """A folder for several PDFs, or None when cancelled."""
    global _last_folder
    chosen = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("Printing", "Save the documents as PDF in"),
        _start_folder())
    if not chosen:
        return None
    _last_folder = chosen
    return Path(chosen)


def free_path(folder: Path, register_number: str) -> Path:
    """``<register number>.pdf`` in the folder; another name if that file exists."""
    stem = file_stem(register_number)
    path = folder / f"{stem}.pdf"
    counter = 2
    while path.exists():
        path = folder / f"{stem} ({counter}).pdf"
        counter += 1
    return path


# ---------------------------------------------------------------------------
# the preview


class PdfPreview(QWidget):
    """A PDF from memory: pages, "page x of y", zoom in/out and fit to width.

    Shows a message instead while there is no document (loading, nothing chosen,
    an error). Ctrl++, Ctrl+- and Ctrl+0 work wherever ``install_shortcuts`` put them.
    """

    def __init__(self, object_name: str = "pdfPreview", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self._bytes: QByteArray | None = None
        self._buffer: QBuffer | None = None
        self.document = QPdfDocument(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        bar = QHBoxLayout()
        self.previous_action = self._action(self.tr("Previous page"), "actionPreviousPage",
                                            self.previous_page, QKeySequence("Alt+PgUp"))
        self.next_action = self._action(self.tr("Next page"), "actionNextPage",
                                        self.next_page, QKeySequence("Alt+PgDown"))
        self.zoom_out_action = self._action(self.tr("Zoom out"), "actionZoomOut", self.zoom_out,
                                            QKeySequence.StandardKey.ZoomOut)
        self.zoom_in_action = self._action(self.tr("Zoom in"), "actionZoomIn", self.zoom_in,
                                           QKeySequence.StandardKey.ZoomIn, QKeySequence("Ctrl+="))
        self.fit_action = self._action(self.tr("Fit width"), "actionFitWidth", self.fit_width,
                                       QKeySequence("Ctrl+0"))
        self.previous_button = self._button("◀", self.previous_action, "previewPrevious")
        self.next_button = self._button("▶", self.next_action, "previewNext")
        self.page_label = QLabel()
        self.page_label.setObjectName("previewPage")
        self.page_label.setAccessibleName(self.tr("Page shown"))
        self.zoom_out_button = self._button("−", self.zoom_out_action, "previewZoomOut")
        self.zoom_in_button = self._button("+", self.zoom_in_action, "previewZoomIn")
        self.fit_button = self._button(self.tr("Fit width"), self.fit_action, "previewFitWidth")
        bar.addWidget(self.previous_button)
        bar.addWidget(self.page_label)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(self.zoom_out_button)
        bar.addWidget(self.zoom_in_button)
        bar.addWidget(self.fit_button)
        layout.addLayout(bar)

        self.view = QPdfView()
        self.view.setObjectName(object_name + "View")
        self.view.setAccessibleName(self.tr("Document preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # Fitted to the width, a scroll bar that comes and goes changes the width it fits,
        # which can bring it and take it away again without end (a busy, blank preview).
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setDocument(self.document)
        self.view.pageNavigator().currentPageChanged.connect(self._update_controls)
        self.message = QLabel()
        self.message.setObjectName(object_name + "Message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("QLabel { color: palette(placeholder-text); }")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.view)
        layout.addWidget(self.stack, 1)
        self.show_message(self.tr("Nothing to preview."))

    def _action(self, text: str, name: str, slot, *keys) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setShortcuts(list(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _button(self, text: str, action: QAction, name: str) -> QToolButton:
        """A compact button for the action; its tooltip and accessible name say it in full."""
        # The button takes its text and tooltip from the action, also after each change.
        action.setIconText(text)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{action.text()} ({keys})" if keys else action.text())
        button = QToolButton()
        button.setDefaultAction(action)
        return named(button, name, action.text())

    def install_shortcuts(self, widget: QWidget) -> None:
        """Make the page and zoom keys work anywhere inside ``widget`` too."""
        widget.addActions([self.previous_action, self.next_action, self.zoom_out_action,
                           self.zoom_in_action, self.fit_action])

    # ---- content

    def set_pdf(self, pdf: bytes | None) -> bool:
        """Show the PDF (None: nothing); False when it cannot be read."""
        self._unload()
        if not pdf:
            self.show_message(self.tr("Nothing to preview."))
            return False
        # From memory: the bytes never touch the disk. The buffer must outlive the document.
        self._bytes = QByteArray(pdf)
        self._buffer = QBuffer(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready or self.document.pageCount() == 0:
            self.show_message(self.tr("The preview could not be shown: the document is not a "
                                      "readable PDF."))
            return False
        self.stack.setCurrentWidget(self.view)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.pageNavigator().jump(0, QPointF(0, 0), 0)
        self._update_controls()
        return True

    def show_message(self, text: str) -> None:
        """A message in place of the document ("Loading…", an error, nothing chosen)."""
        self._unload()
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        self._update_controls()

    def _unload(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
        self._buffer, self._bytes = None, None

    def page_count(self) -> int:
        return self.document.pageCount() if self.stack.currentWidget() is self.view else 0

    def current_page(self) -> int:
        """0-based."""
        return self.view.pageNavigator().currentPage()

    def message_text(self) -> str:
        return self.message.text() if self.stack.currentWidget() is self.message else ""

    # ---- navigation and zoom

    def go_to_page(self, index: int) -> None:
        count = self.page_count()
        if not count:
            return
        index = max(0, min(count - 1, index))
        navigator = self.view.pageNavigator()
        navigator.jump(index, QPointF(0, 0), navigator.currentZoom())
        self._update_controls()

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def _zoom_by(self, factor: float) -> None:
        if not self.page_count():
            return
        current = self.view.zoomFactor()
        if self.view.zoomMode() != QPdfView.ZoomMode.Custom:
            current = self._effective_zoom()
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(ZOOM_MIN, min(ZOOM_MAX, current * factor)))
        self._update_controls()

    def _effective_zoom(self) -> float:
        """The zoom "fit width" amounts to, so zooming continues from what is seen."""
        points = self.document.pagePointSize(max(0, self.current_page()))
        if points.width() <= 0:
            return 1.0
        pixels = points.width() / 72 * self.logicalDpiX()
        return max(ZOOM_MIN, (self.view.viewport().width() - 2 * self.view.documentMargins()
                              .left()) / pixels)

    def zoom_in(self) -> None:
        self._zoom_by(ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_by(1 / ZOOM_STEP)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._update_controls()

    def _update_controls(self, *_args) -> None:
        count = self.page_count()
        page = self.current_page() if count else 0
        self.page_label.setText(self.tr("Page {page} of {count}").format(page=page + 1,
                                                                           count=count)
                                if count else "")
        self.previous_action.setEnabled(count > 0 and page > 0)
        self.next_action.setEnabled(count > 0 and page < count - 1)
        for action in (self.zoom_in_action, self.zoom_out_action, self.fit_action):
            action.setEnabled(count > 0)


# ---------------------------------------------------------------------------
# issuing and printing documents one after another


@dataclass(frozen=True)
class BatchItem:
    """One document of a batch: ``issue`` registers it and returns ``printing.Printed``;
    it runs off the UI thread with its own unit of work."""

    label: str  # what the progress and the summary call it (type and case number)
    issue: Callable[[], object]


@dataclass
class BatchFailure:
    label: str
    reason: str
    register_number: str | None = None  # registered, but not printed or saved


@dataclass
class BatchResult:
    printed: list = field(default_factory=list)  # printing.Printed, in order
    saved: list[Path] = field(default_factory=list)
    failed: list[BatchFailure] = field(default_factory=list)
    cancelled: bool = False
    not_started: int = 0

    @property
    def done(self) -> int:
        return len(self.printed)


@dataclass
class _Page:
    """A page rendered off the UI thread, ready to be painted on the printer."""

    image: QImage
    points: QSizeF


@dataclass
class _Issued:
    printed: object
    order: list[int] = field(default_factory=list)
    first: _Page | None = None
    path: Path | None = None
    error: str = ""


class DocumentBatch(QObject):
    """Issue documents one at a time and print them on one printer (one job) or save
    each as ``<register number>.pdf`` in a folder.

    Each document: a background task issues it (and renders its first page, or
    writes its file); then each further page is rendered in a task of its own and
    painted on the printer on the UI thread. ``cancel()`` stops after the current
    document. ``finished`` carries a ``BatchResult``.
    """

    started_item = Signal(int)  # index of the document now being issued
    progressed = Signal(int)  # documents finished (printed, saved or failed)
    finished = Signal(object)

    def __init__(self, items: Sequence[BatchItem], *, printer: QPrinter | None = None,
                 folder: Path | None = None, use_page_ranges: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        if (printer is None) == (folder is None):
            raise ValueError("a batch goes to a printer or to a folder")
        self.items = list(items)
        self.printer, self.folder = printer, folder
        self.settings = PrintSettings.of(printer, use_ranges=use_page_ranges) if printer \
            else None
        self.job = PrintJob(printer) if printer else None
        self.result = BatchResult()
        self.index = -1
        self.running = False
        self._cancel_requested = False
        self._current: _Issued | None = None
        self._step = 0

    def start(self) -> None:
        self.running = True
        if self.job is not None:
            try:
                self.job.open()
            except PrintFailed as exc:
                self.result.failed.extend(BatchFailure(item.label, exc.message)
                                          for item in self.items)
                self._finish()
                return
        self._next()

    def cancel(self) -> None:
        """Stop after the document being issued now."""
        self._cancel_requested = True

    @property
    def cancel_requested(self) -> bool:
        return self._cancel_requested

    # ---- one document after another

    def _next(self) -> None:
        self.index += 1
        if self._cancel_requested or self.index >= len(self.items):
            self._finish()
            return
        item = self.items[self.index]
        self.started_item.emit(self.index)
        settings, folder = self.settings, self.folder

        def work() -> _Issued:
            printed = item.issue()
            issued = _Issued(printed)
            try:
                if folder is not None:
                    issued.path = free_path(folder, printed.register_number)
                    write_pdf(issued.path, printed.pdf)
                    return issued
                with loaded_pdf(printed.pdf) as document:
                    issued.order = settings.order(document.pageCount())
                    if issued.order:
                        issued.first = _Page(*render_page(document, issued.order[0],
                                                          settings.dpi))
            except Exception as exc:  # registered, but not output: the summary says so
                issued.error = failure_text(exc)
            return issued

        run_task(work, self._issued, self._issue_failed)

    def _issued(self, issued: _Issued) -> None:
        if issued.error:
            self._failed(issued.error, issued.printed.register_number)
            return
        if issued.path is not None:
            self.result.printed.append(issued.printed)
            self.result.saved.append(issued.path)
            self._item_done()
            return
        self._current, self._step = issued, 0
        if issued.first is None:  # no page of the chosen range: nothing to print
            self.result.printed.append(issued.printed)
            self._item_done()
            return
        self._paint(issued.first)

    def _paint(self, page: _Page) -> None:
        issued = self._current
        try:
            self.job.add_page(page.image, page.points)
        except PrintFailed as exc:
            self._failed(exc.message, issued.printed.register_number)
            return
        self._step += 1
        if self._step >= len(issued.order):
            self.result.printed.append(issued.printed)
            self._current = None
            self._item_done()
            return
        index = issued.order[self._step]
        if index == issued.order[self._step - 1]:  # the same page again (uncollated copies)
            QTimer.singleShot(0, lambda: self._paint(page))
            return
        pdf, dpi = issued.printed.pdf, self.settings.dpi

        def render() -> _Page:
            with loaded_pdf(pdf) as document:
                return _Page(*render_page(document, index, dpi))

        run_task(render, self._paint, self._render_failed)

    def _render_failed(self, exc: Exception) -> None:
        self._failed(failure_text(exc), self._current.printed.register_number)

    def _issue_failed(self, exc: Exception) -> None:
        self._failed(error_text(exc), None)

    def _failed(self, reason: str, register_number: str | None) -> None:
        self.result.failed.append(BatchFailure(self.items[self.index].label, reason,
                                               register_number))
        self._current = None
        self._item_done()

    def _item_done(self) -> None:
        self.progressed.emit(self.index + 1)
        self._next()

    def _finish(self) -> None:
        self.result.cancelled = self._cancel_requested and self.index < len(self.items)
        self.result.not_started = max(0, len(self.items) - max(self.index, 0)) \
            if self.result.cancelled else 0
        if self.job is not None:
            self.job.close()
        self.running = False
        self.finished.emit(self.result)


def summary_text(result: BatchResult, *, saving: bool) -> str:
    """What a batch did, for the message at its end."""
    translate = QCoreApplication.translate
    parts = [translate("Printing", "Saved: %Ln", "", result.done) if saving
             else translate("Printing", "Printed: %Ln", "", result.done)]
    duplicates = sum(1 for printed in result.printed if printed.duplicate)
    if duplicates:  # the document had been issued before: the copy is marked so
        parts.append(translate("Printing", "of them duplicates: %Ln", "", duplicates))
    if result.failed:
        parts.append(translate("Printing", "Failed: %Ln", "", len(result.failed)))
    if result.cancelled and result.not_started:
        parts.append(translate("Printing", "Not started (cancelled): %Ln", "", result.not_started))
    lines = [" · ".join(parts)]
    for failure in result.failed:
        if failure.register_number:
            lines.append(translate("Printing", "{what} — registered as {number} but not output: "
                                        "{reason} Reprint it from the register.").format(
                what=failure.label, number=failure.register_number, reason=failure.reason))
        else:
            lines.append(translate("Printing", "{what} — {reason}").format(
                what=failure.label, reason=failure.reason))
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# one document from anywhere


class DocumentDialog(QDialog):
    """Preview one document in a chosen language, then print or save it.

    Print… asks for the printer, then issues (registers) the document and prints
    it; Save as PDF… issues it and asks where to save it. The first copy that
    comes out is the original; further copies from here are duplicates
    (``printing.reprint``), marked and logged.
    """

    issued = Signal(str)  # register number

    def __init__(self, store: Store, actor: Actor, doc_type, case_number: str, *,
                 target_id=None, language: str | None = None, title: str = "",
                 parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("documentDialog")
        self.store, self.actor = store, actor
        self.doc_type, self.case_number, self.target_id = doc_type, case_number, target_id
        self._generation = 0
        self.printed = None  # printing.Printed: the latest copy issued here
        self.original = None  # printing.Printed: the original, once issued
        self._output_done = False  # the original has been printed or saved
        self._busy = False
        self.batch: DocumentBatch | None = None
        self.setWindowTitle(self.tr("{document} — {case}").format(
            document=title or doc_type_text(doc_type), case=case_number))
        self.resize(760, 820)

        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        language_label = QLabel(self.tr("&Language:"))
        self.language = language_combo("documentLanguage", self.tr("Language of the document"),
                                       case_default=language,
                                       case_language_entry="" if language
                                       else self.tr("The case's language"))
        language_label.setBuddy(self.language)
        bar.addWidget(language_label)
        bar.addWidget(self.language)
        bar.addStretch(1)
        layout.addLayout(bar)

        self.preview = PdfPreview("documentPreview")
        self.preview.install_shortcuts(self)
        layout.addWidget(self.preview, 1)

        self.status = QLabel()
        self.status.setObjectName("documentStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)

        buttons = QDialogButtonBox()
        buttons.setObjectName("documentButtons")
        self.print_button = named(QPushButton(self.tr("&Print…")), "documentPrint",
                                  self.tr("Register and print the document"))
        self.save_button = named(QPushButton(self.tr("&Save as PDF…")), "documentSave",
                                 self.tr("Register the document and save it as PDF"))
        self.close_button = named(QPushButton(self.tr("Close")), "documentClose",
                                  self.tr("Close"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        self.close_button.clicked.connect(self.reject)
        layout.addWidget(buttons)

        self.language.currentIndexChanged.connect(self.refresh_preview)
        self.setTabOrder(self.language, self.preview.view)
        self.setTabOrder(self.preview.view, self.print_button)
        self.setTabOrder(self.print_button, self.save_button)
        self.setTabOrder(self.save_button, self.close_button)
        self._update_buttons()
        self.refresh_preview()

    def chosen_language(self) -> str | None:
        return self.language.currentData()

    # ---- the preview

    def refresh_preview(self, *_args) -> None:
        from app.services import printing

        self._generation += 1
        generation = self._generation
        store, actor = self.store, self.actor
        doc_type, number, target = self.doc_type, self.case_number, self.target_id
        language = self.chosen_language()
        self.preview.show_message(self.tr("Preparing the preview…"))

        def fetch() -> bytes:
            with store.uow(readonly=True) as uow:
                return printing.preview(uow, actor, doc_type, number, language=language,
                                        target_id=target)

        def done(pdf: bytes) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.preview.set_pdf(pdf)
                self._update_buttons()

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self) and generation == self._generation:
                self.preview.show_message(error_text(exc))
                self._update_buttons()

        run_task(fetch, done, failed)

    # ---- printing and saving

    def _update_buttons(self) -> None:
        duplicate = self._output_done
        self.print_button.setText(self.tr("&Print a duplicate…") if duplicate
                                  else self.tr("&Print…"))
        self.save_button.setText(self.tr("&Save a duplicate as PDF…") if duplicate
                                 else self.tr("&Save as PDF…"))
        ready = not self._busy and self.preview.page_count() > 0
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        self.language.setEnabled(not self._busy and self.printed is None)

    def _issue_call(self) -> Callable[[], object]:
        """Register the original, or (once it is out) a duplicate of it."""
        from app.services import printing

        store, actor = self.store, self.actor
        language = self.chosen_language()
        if self._output_done and self.original is not None:
            number = self.original.register_number

            def reprint():
                with store.uow() as uow:
                    return printing.reprint(uow, actor, number, language=language)

            return reprint
        if self.printed is not None:  # registered, but nothing came out: the same document
            printed = self.printed
            return lambda: printed
        doc_type, case, target = self.doc_type, self.case_number, self.target_id

        def issue():
            with store.uow() as uow:
                return printing.issue_document(uow, actor, doc_type, case, language=language,
                                               target_id=target)

        return issue

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        if text:
            self.status.setText(text)
        self._update_buttons()

    def print_document(self) -> None:
        if self._busy:
            return
        printer = choose_printer(self, self.preview.page_count() or None)
        if printer is None:
            return  # nothing registered
        self._set_busy(True, self.tr("Registering and printing…"))
        label = self.tr("{document}, case {case}").format(
            document=doc_type_text(self.doc_type), case=self.case_number)
        self.batch = DocumentBatch([BatchItem(label, self._issue_call())], printer=printer,
                                   use_page_ranges=True, parent=self)
        self.batch.finished.connect(self._printed)
        self.batch.start()

    def _printed(self, result: BatchResult) -> None:
        self.batch = None
        if result.printed:
            self._took(result.printed[-1], output=True)
            self._set_busy(False, self.tr("Registered as {number} and sent to the printer.")
                           .format(number=self.printed.register_number))
            return
        failure = result.failed[0] if result.failed else None
        if failure is not None and failure.register_number:
            self._set_busy(False, self.tr("Registered as {number}, but not printed: {reason}")
                           .format(number=failure.register_number, reason=failure.reason))
        else:
            self._set_busy(False, self.tr("Not printed: {reason}").format(
                reason=failure.reason if failure else ""))
        QMessageBox.warning(self, self.tr("Not printed"), self.status.text())

    def save_document(self) -> None:
        if self._busy:
            return
        self._set_busy(True, self.tr("Registering…"))
        run_task(self._issue_call(), self._save_issued, self._issue_failed)

    def _save_issued(self, printed) -> None:
        if not shiboken6.isValid(self):
            return
        self._took(printed, output=False)
        self._set_busy(False, self.tr("Registered as {number}.").format(
            number=printed.register_number))
        path = save_pdf(self, printed.pdf, printed.register_number)
        if path is None:
            self.status.setText(self.tr("Registered as {number}; not saved yet — Save as PDF… "
                                        "saves this same document.").format(
                                            number=printed.register_number))
            return
        self._output_done = True
        self.status.setText(self.tr("Registered as {number} and saved as “{file}”.").format(
            number=printed.register_number, file=path.name))
        self._update_buttons()

    def _issue_failed(self, exc: Exception) -> None:
        self._set_busy(False, self.tr("Not registered: {reason}").format(
            reason=error_text(exc)))
        QMessageBox.warning(self, self.tr("Not registered"), error_text(exc))

    def _took(self, printed, *, output: bool) -> None:
        self.printed = printed
        if output:
            self._output_done = True
        if self.original is None:
            self.original = printed
            self.issued.emit(printed.register_number)

    def reject(self) -> None:
        if self._busy:  # the document is being registered or printed: let it finish
            return
        super().reject()
