"""Evidence: the files of the case, attached by dialog or drag and drop, previewed in place.

Files are stored inside the encrypted database. Previews are built from
memory (a QBuffer for PDFs), never from a temporary file, and loading one is
audited by the service as a view.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QModelIndex,
    QSize,
    Qt,
    QUrl,
)
from PySide6.QtGui import QImage, QPixmap, QTextOption
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain import vocab
from app.domain.errors import ValidationError
from app.domain.i18n import QT_TRANSLATE_NOOP
from app.domain.permissions import Action, allowed
from app.domain.vocab import EvidenceKind
from app.services import claims
from app.services.casefile import CaseFile, EvidenceView
from app.ui import media
from app.ui.casefile.interviews import name_table_parts, named
from app.ui.casefile.section import CaseContext, Section
from app.ui.forms import ERROR_STYLE, FieldErrors, run_save
from app.ui.locale_format import datetime_text, size_text
from app.ui.media import Unviewable
from app.ui.messages import error_text, field_message_text
from app.ui.tables import ListTableModel, plain_tooltip
from app.ui.tasks import ExpectedFailure, run_task

#: What a file's name says it is: a mismatch with the content is a damaged file.
EXTENSIONS = {
    ".pdf": "application/pdf", ".png": "image/png", ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg", ".jfif": "image/jpeg", ".tif": "image/tiff", ".tiff": "image/tiff",
    ".txt": "text/plain", ".text": "text/plain",
}
TYPE_NAMES = {
    "application/pdf": QT_TRANSLATE_NOOP("Evidence", "PDF"),
    "image/png": QT_TRANSLATE_NOOP("Evidence", "PNG image"),
    "image/jpeg": QT_TRANSLATE_NOOP("Evidence", "JPEG image"),
    "image/tiff": QT_TRANSLATE_NOOP("Evidence", "TIFF image"),
    "text/plain": QT_TRANSLATE_NOOP("Evidence", "Text"),
}
_HEADER_BYTES = 16
_PREVIEW_TEXT_CHARS = 200_000


def type_name(mime: str) -> str:
    name = TYPE_NAMES.get(mime)
    return QCoreApplication.translate("Evidence", name) if name else mime


class Refused(ExpectedFailure):
    """A file that cannot be attached; ``message`` names it and says why (translated)."""


_FOLDER = QT_TRANSLATE_NOOP("Evidence", "“{name}” is a folder; attach the files in it one by one.")
_EMPTY = QT_TRANSLATE_NOOP("Evidence", "“{name}” was not attached: the file is empty.")
_TOO_BIG = QT_TRANSLATE_NOOP(
    "Evidence", "“{name}” was not attached: it is {size}, and at most {limit} can be attached. "
                "Scan it at a lower resolution or split it.")
_UNREADABLE = QT_TRANSLATE_NOOP("Evidence", "“{name}” could not be read: {reason}")
_BAD_HEADER = QT_TRANSLATE_NOOP(
    "Evidence", "“{name}” was not attached: it is named as a {type} but its content is not a "
                "readable {type} (the header is wrong); it may be damaged. Scan or save it again.")
_WRONG_TYPE = QT_TRANSLATE_NOOP(
    "Evidence", "“{name}” was not attached: only PDF, PNG, JPEG, TIFF and plain-text files can "
                "be attached.")
_NOT_UTF8 = QT_TRANSLATE_NOOP(
    "Evidence", "“{name}” was not attached: the text is not in UTF-8; save it as UTF-8 and "
                "attach it again.")
_OTHER = QT_TRANSLATE_NOOP("Evidence", "“{name}” was not attached: {reason}")


def _refused(template: str, **params) -> Refused:
    return Refused(QCoreApplication.translate("Evidence", template).format(**params))


def sniff(path: Path) -> str:
    """The file's type from its first bytes, checked before the whole file is read.

    Raises ``Refused`` for folders, unreadable, empty, oversize or unrecognised
    files, and for files whose content does not match the type their name gives.
    """
    name = path.name
    try:
        if path.is_dir():
            raise _refused(_FOLDER, name=name)
        size = path.stat().st_size
        if size == 0:
            raise _refused(_EMPTY, name=name)
        limit = claims.MAX_EVIDENCE_BYTES
        if size > limit:
            raise _refused(_TOO_BIG, name=name, size=size_text(size), limit=size_text(limit))
        with path.open("rb") as handle:
            header = handle.read(_HEADER_BYTES)
    except OSError as exc:
        raise _refused(_UNREADABLE, name=name,
                       reason=exc.strerror or exc.__class__.__name__) from None
    detected = claims.detect_mime(header)
    claimed = EXTENSIONS.get(path.suffix.lower())
    if claimed and claimed != "text/plain" and detected != claimed:
        raise _refused(_BAD_HEADER, name=name, type=type_name(claimed))
    if detected:
        return detected
    if claimed == "text/plain" or (not path.suffix and b"\x00" not in header):
        return "text/plain"  # confirmed as UTF-8 once read
    raise _refused(_WRONG_TYPE, name=name)


def read_checked(path: Path, mime: str) -> bytes:
    """The whole file, after the service's own check of size and header.

    Read no further than one byte past the limit: a file that grew after ``sniff``
    looked at it is refused for its size, not read whole into memory.
    """
    name = path.name
    try:
        with path.open("rb") as handle:
            content = handle.read(claims.MAX_EVIDENCE_BYTES + 1)
    except OSError as exc:
        raise _refused(_UNREADABLE, name=name,
                       reason=exc.strerror or exc.__class__.__name__) from None
    if len(content) > claims.MAX_EVIDENCE_BYTES:
        raise _refused(_TOO_BIG, name=name, size=size_text(path.stat().st_size),
                       limit=size_text(claims.MAX_EVIDENCE_BYTES))
    if mime == "text/plain" and b"\x00" in content:
        raise _refused(_WRONG_TYPE, name=name)
    try:
        claims.check_file(content, mime)
    except ValidationError as exc:
        if mime == "text/plain":
            raise _refused(_NOT_UTF8, name=name) from None
        raise _refused(_OTHER, name=name,
                       reason=field_message_text(next(iter(exc.errors.values()), ""))) from None
    return content


def title_from_filename(name: str) -> str:
    stem = Path(name).stem.replace("_", " ").replace("-", " ")
    return " ".join(stem.split())[:300]


# ---------------------------------------------------------------------------
# attaching one file


class EvidenceDialog(QDialog):
    """Title, kind, source and visibility of one file, then ``attach_evidence``."""

    def __init__(self, ctx: CaseContext, path: Path, mime: str, content: bytes,
                 parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path, self.mime, self.content = path, mime, content
        self.created_id = None
        self.setObjectName("evidenceDialog")
        self.setWindowTitle(self.tr("Attach evidence — {number}").format(number=ctx.number))
        self.setMinimumWidth(520)
        general = QLabel()
        general.setObjectName("evidenceDialogErrors")
        self.errors = FieldErrors(general)
        layout = QVBoxLayout(self)
        about = QLabel(self.tr("{name} · {type} · {size}").format(
            name=path.name, type=type_name(mime), size=size_text(len(content))))
        about.setObjectName("evidenceFileInfo")
        about.setTextFormat(Qt.TextFormat.PlainText)
        about.setWordWrap(True)
        layout.addWidget(about)
        form = QFormLayout()
        self.title = named(QLineEdit(title_from_filename(path.name)), "evidenceTitle",
                           self.tr("Title"))
        self.kind = named(QComboBox(), "evidenceKind", self.tr("Kind of evidence"))
        for member in EvidenceKind:
            self.kind.addItem(QCoreApplication.translate("Vocab", vocab.label(member)),
                              member.value)
        default_kind = {"image/png": "photo", "image/jpeg": "photo"}.get(mime, "scan")
        self.kind.setCurrentIndex(self.kind.findData(default_kind))
        self.source = named(QLineEdit(), "evidenceSource", self.tr("Source"))
        self.source.setPlaceholderText(self.tr("Who provided it, or where it comes from"))
        self.may_see = named(QCheckBox(self.tr("The applicant may &see this file")),
                             "evidenceMaySee", self.tr("The applicant may see this file"))
        self.may_see.setChecked(True)
        for text, widget, path_ in ((self.tr("&Title:"), self.title, "evidence.title"),
                                    (self.tr("&Kind:"), self.kind, "evidence.kind"),
                                    (self.tr("S&ource:"), self.source, "evidence.source")):
            label = QLabel(text)
            label.setBuddy(widget)
            box = QWidget()
            inner = QVBoxLayout(box)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.setSpacing(2)
            inner.addWidget(widget)
            inner.addWidget(self.errors.label_for(path_, widget))
            form.addRow(label, box)
        form.addRow("", self.may_see)
        layout.addLayout(form)
        layout.addWidget(general)
        buttons = QDialogButtonBox()
        buttons.setObjectName("evidenceButtons")
        self.attach_button = buttons.addButton(self.tr("&Attach"),
                                               QDialogButtonBox.ButtonRole.AcceptRole)
        named(self.attach_button, "evidenceAttach", self.tr("Attach the file"))
        skip = buttons.addButton(self.tr("Skip this &file"),
                                 QDialogButtonBox.ButtonRole.RejectRole)
        named(skip, "evidenceSkip", self.tr("Do not attach this file"))
        self.attach_button.setDefault(True)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        data = claims.EvidenceInput(
            title=self.title.text(), content=self.content, mime_type=self.mime,
            kind=self.kind.currentData(), filename=self.path.name, source=self.source.text(),
            applicant_may_see=self.may_see.isChecked())

        def action():
            with self.ctx.uow() as uow:
                return claims.attach_evidence(uow, self.ctx.actor, self.ctx.number, data)

        created = run_save(self, self.errors, action)
        if created is not None:
            self.created_id = created
            self.accept()


# ---------------------------------------------------------------------------
# the table


_HEADERS = [
    QT_TRANSLATE_NOOP("EvidenceTable", "Title"),
    QT_TRANSLATE_NOOP("EvidenceTable", "Kind"),
    QT_TRANSLATE_NOOP("EvidenceTable", "File name"),
    QT_TRANSLATE_NOOP("EvidenceTable", "Type"),
    QT_TRANSLATE_NOOP("EvidenceTable", "Size"),
    QT_TRANSLATE_NOOP("EvidenceTable", "SHA-256"),
    QT_TRANSLATE_NOOP("EvidenceTable", "Added by"),
    QT_TRANSLATE_NOOP("EvidenceTable", "Added"),
    QT_TRANSLATE_NOOP("EvidenceTable", "Applicant may see"),
]


class EvidenceTableModel(ListTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__("EvidenceTable", _HEADERS, parent)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 5:
                return row.sha256
            if column == 0 and row.source:
                return plain_tooltip(self.tr("Source: {source}").format(source=row.source))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: EvidenceView, column: int) -> str:
        if column == 0:
            return row.title
        if column == 1:
            return QCoreApplication.translate("Vocab", vocab.label(EvidenceKind(row.kind)))
        if column == 2:
            return row.filename
        if column == 3:
            return type_name(row.mime_type)
        if column == 4:
            return size_text(row.size_bytes)
        if column == 5:
            return row.sha256[:12] + "…"
        if column == 6:
            return row.added_by
        if column == 7:
            return datetime_text(row.added_at)
        if column == 8:
            return self.tr("Yes") if row.applicant_may_see else self.tr("No")
        return ""


# ---------------------------------------------------------------------------
# the preview


class ScaledImage(QLabel):
    """An image scaled to the space it has, keeping its proportions."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.setMinimumSize(80, 80)
        self._original = QPixmap()

    def set_image(self, image: QImage) -> None:
        self._original = QPixmap.fromImage(image)
        self._rescale()

    def original(self) -> QPixmap:
        return self._original

    def clear_image(self) -> None:
        self._original = QPixmap()
        self.clear()

    def resizeEvent(self, event) -> None:  # the pixmap follows the label's size
        super().resizeEvent(event)
        self._rescale()

    def _rescale(self) -> None:
        if self._original.isNull():
            return
        size = self.size()
        if self._original.width() <= size.width() and self._original.height() <= size.height():
            self.setPixmap(self._original)  # never enlarged: small scans stay sharp
        else:
            self.setPixmap(self._original.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))


class EvidencePreview(QStackedWidget):
    """Shows one file: an image, a PDF, a text, or why it cannot be shown."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("evidencePreview")
        self.setAccessibleName(self.tr("Preview of the selected evidence"))
        self.mode = "none"
        self.message = QLabel(self.tr("Select a file to preview it."))
        self.message.setObjectName("previewMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.image = ScaledImage()
        self.image.setObjectName("previewImage")
        self.document = QPdfDocument(self)
        self.pdf = QPdfView()
        self.pdf.setObjectName("previewPdf")
        self.pdf.setAccessibleName(self.tr("PDF preview"))
        self.pdf.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        # Fitted to the width, a scroll bar that comes and goes changes the width it fits,
        # which can bring it and take it away again without end (a busy, blank preview).
        self.pdf.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.pdf.setDocument(self.document)
        self.text = QPlainTextEdit()
        # Word boundaries only: breaking one long unbroken run anywhere costs seconds.
        self.text.setWordWrapMode(QTextOption.WrapMode.WordWrap)
        self.text.setObjectName("previewText")
        self.text.setAccessibleName(self.tr("Text preview"))
        self.text.setReadOnly(True)
        for widget in (self.message, self.image, self.pdf, self.text):
            self.addWidget(widget)
        self._buffer: QBuffer | None = None
        self._bytes: QByteArray | None = None

    def _reset(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
        self._buffer, self._bytes = None, None
        self.image.clear_image()
        self.text.clear()

    def show_message(self, text: str, mode: str = "none") -> None:
        self._reset()
        self.mode = mode
        self.message.setText(text)
        self.setCurrentWidget(self.message)

    def show_content(self, title: str, content: bytes, mime: str) -> None:
        """Check, decode and show ``content`` (all on this thread)."""
        try:
            prepared = prepare_preview(content, mime)
        except Unviewable as exc:
            return self.show_refusal(title, exc.message)
        return self.show_prepared(title, prepared)

    def show_prepared(self, title: str, prepared: Prepared) -> None:
        """Show what ``prepare_preview`` made (off the UI thread, as the section does)."""
        self._reset()
        if prepared.kind == "image":
            self.image.set_image(prepared.value)
            self.mode = "image"
            self.setCurrentWidget(self.image)
        elif prepared.kind == "pdf":
            # From memory: the file never touches the disk unencrypted.
            self._bytes = QByteArray(prepared.value)
            self._buffer = QBuffer(self._bytes)
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.document.load(self._buffer)
            if self.document.status() != QPdfDocument.Status.Ready \
                    or self.document.pageCount() == 0:
                return self._cannot(title)
            try:
                media.check_pdf_pages(self.document)
            except Unviewable as exc:
                return self.show_refusal(title, exc.message)
            self.mode = "pdf"
            self.setCurrentWidget(self.pdf)
        elif prepared.kind == "text":
            self.text.setPlainText(prepared.value)
            self.mode = "text"
            self.setCurrentWidget(self.text)
        else:
            self._cannot(title)
        return None

    def show_refusal(self, title: str, reason: str) -> None:
        self.show_message(self.tr("“{title}” cannot be previewed: {reason}").format(
            title=title, reason=reason), mode="error")

    def _cannot(self, title: str) -> None:
        self.show_message(self.tr("“{title}” cannot be previewed: the file may be damaged, or "
                                  "its format is not supported here.").format(title=title),
                          mode="error")


@dataclass(frozen=True)
class Prepared:
    """A file made ready to show: an image decoded (scaled), a PDF checked, text cut."""

    kind: str  # "image", "pdf", "text" or "none"
    value: object = None


def prepare_preview(content: bytes, mime: str) -> Prepared:
    """Look before decoding (``app.ui.media``); any thread. Raises ``Unviewable``."""
    if mime.startswith("image/"):
        side = media.PREVIEW_SIDE
        return Prepared("image", media.decode_image(content, fit=QSize(side, side)))
    if mime == "application/pdf":
        media.check_pdf(content)
        return Prepared("pdf", content)
    if mime == "text/plain":
        # At most four bytes a character: no need to decode more than is shown.
        text = content[:_PREVIEW_TEXT_CHARS * 4].decode("utf-8", errors="replace")
        return Prepared("text", text[:_PREVIEW_TEXT_CHARS])
    return Prepared("none")


# ---------------------------------------------------------------------------
# the section


@dataclass
class _Queued:
    path: Path
    mime: str


class EvidenceSection(Section):
    """The evidence files of the case: attach by dialog or drop, preview in place."""

    TITLE = QT_TRANSLATE_NOOP("CaseFile", "Evidence")
    SENSITIVE = True

    def __init__(self, ctx: CaseContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.setObjectName("evidenceSection")
        self._may_attach = allowed(ctx.actor.role, Action.ATTACH_EVIDENCE)
        self.setAcceptDrops(self._may_attach)
        self._queue: list[_Queued] = []
        self._preview_generation = 0
        self._previewed_id = None
        self.evidence_dialog: EvidenceDialog | None = None
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.hint = QLabel()
        self.hint.setObjectName("evidenceHint")
        self.hint.setWordWrap(True)
        self.add_button = named(QPushButton(self.tr("&Add files…")), "addEvidence",
                                self.tr("Attach evidence files"))
        self.add_button.setEnabled(self._may_attach)
        top.addWidget(self.hint, 1)
        top.addWidget(self.add_button)
        layout.addLayout(top)
        self.notice = QLabel()
        self.notice.setObjectName("evidenceNotice")
        self.notice.setWordWrap(True)
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setStyleSheet(ERROR_STYLE)
        self.notice.hide()
        layout.addWidget(self.notice)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setObjectName("evidenceSplitter")
        splitter.setChildrenCollapsible(False)
        table_host = QWidget()
        table_layout = QVBoxLayout(table_host)
        table_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("&Files:"))
        self.table = named(QTableView(), "evidenceTable", self.tr("Evidence files"))
        heading.setBuddy(self.table)
        self.model = EvidenceTableModel(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        name_table_parts(self.table)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("No evidence attached yet."))
        self.empty.setObjectName("evidenceEmpty")
        table_layout.addWidget(heading)
        table_layout.addWidget(self.table, 1)
        table_layout.addWidget(self.empty)
        splitter.addWidget(table_host)
        self.preview = EvidencePreview()
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)

        self.add_button.clicked.connect(self.choose_files)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self._show_hint()

    def _show_hint(self) -> None:
        if self._may_attach:
            self.hint.setText(self.tr(
                "Drop files here or use “Add files…”: PDF, PNG, JPEG, TIFF or plain text, up "
                "to {limit} each. Files are kept inside the encrypted database.").format(
                    limit=size_text(claims.MAX_EVIDENCE_BYTES)))
        else:
            self.hint.setText(self.tr("Your role cannot attach evidence."))

    # ---- loading

    def load(self, case_file: CaseFile) -> None:
        super().load(case_file)
        current = self.selected()
        self.model.set_rows(case_file.evidence)
        self.empty.setVisible(not case_file.evidence)
        self._show_hint()
        if current is not None:
            for row in range(self.model.rowCount()):
                if self.model.row_at(row).id == current.id:
                    self.table.selectRow(row)
                    return
        self._previewed_id = None
        self.preview.show_message(self.tr("Select a file to preview it.") if case_file.evidence
                                  else "")

    def selected(self) -> EvidenceView | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    # ---- preview

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item = self.model.row_at(current.row()) if current.isValid() else None
        if item is not None and item.id == self._previewed_id and self.preview.mode != "none":
            return  # the same file again after a reload: no second (audited) read
        self._preview_generation += 1
        self._previewed_id = item.id if item is not None else None
        if item is None:
            self.preview.show_message("")
            return
        generation = self._preview_generation
        self.preview.show_message(self.tr("Loading “{title}”…").format(title=item.title),
                                  mode="loading")
        store, actor, evidence_id = self.ctx.store, self.ctx.actor, item.id

        def fetch():
            with store.uow() as uow:
                content, mime = claims.evidence_content(uow, actor, evidence_id)
            # Checked and decoded here, off the UI thread.
            return prepare_preview(content, mime)

        def done(prepared: Prepared) -> None:
            if shiboken6.isValid(self) and generation == self._preview_generation:
                self.preview.show_prepared(item.title, prepared)

        def failed(exc: Exception) -> None:
            if shiboken6.isValid(self) and generation == self._preview_generation:
                # error_text gives an Unviewable's reason, or the service's message
                self.preview.show_refusal(item.title, error_text(exc))

        run_task(fetch, done, failed)

    # ---- attaching

    def choose_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Attach evidence"), "",
            self.tr("Evidence (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.txt);;All files (*)"))
        if names:
            self.add_files([Path(n) for n in names])

    def dragEnterEvent(self, event) -> None:  # local files only
        if self._may_attach and event.mimeData().hasUrls() \
                and any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()
            self.setStyleSheet("EvidenceSection { background: #e8f0fb; }")
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        if self._may_attach and event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dragLeaveEvent(self, event) -> None:
        self.setStyleSheet("")
        super().dragLeaveEvent(event)

    def dropEvent(self, event) -> None:
        self.setStyleSheet("")
        urls: list[QUrl] = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if not urls or not self._may_attach:
            event.ignore()
            return
        event.acceptProposedAction()
        refused = [self.tr("“{url}” is not a file on this computer.").format(
            url=url.toDisplayString()) for url in urls if not url.isLocalFile()]
        self.add_files([Path(url.toLocalFile()) for url in urls if url.isLocalFile()],
                       refused)

    def add_files(self, paths: list[Path], refused: list[str] | None = None) -> None:
        """Check each file, then ask for its details one after the other and attach it."""
        refused = list(refused or [])
        for path in paths:
            try:
                self._queue.append(_Queued(path, sniff(path)))
            except Refused as exc:
                refused.append(exc.message)
        self._show_refused(refused)
        if self.evidence_dialog is None:
            self._next_file()

    def _show_refused(self, messages: list[str], *, keep: bool = False) -> None:
        if keep and self.notice.isVisible():
            messages = [self.notice.text(), *messages]
        self.notice.setText("\n".join(messages))
        self.notice.setAccessibleDescription(self.notice.text())
        self.notice.setVisible(bool(messages))

    def _next_file(self) -> None:
        while self._queue:
            queued = self._queue.pop(0)
            try:
                content = read_checked(queued.path, queued.mime)
            except Refused as exc:
                self._show_refused([exc.message], keep=True)
                continue
            dialog = EvidenceDialog(self.ctx, queued.path, queued.mime, content, self)
            dialog.finished.connect(self._file_done)
            self.evidence_dialog = dialog
            dialog.open()
            return

    def _file_done(self, result: int) -> None:
        dialog, self.evidence_dialog = self.evidence_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            self.saved.emit()  # the window reloads: the new file shows at once
        self._next_file()

