"""The last line of defence: an error nobody expected.

Every exception that reaches the top comes here: one raised in a slot or a Qt
virtual method (PySide6 hands those to ``sys.excepthook``), in a Python
thread (``threading.excepthook``), or in a background task that is not a
``DomainError`` (``tasks.run_task`` calls ``report``).

It is logged without applicant data: the exception's type, each frame as
``file:line function`` and a short random incident id — never the message
(it can hold a name), the arguments or the local variables. The person at the
screen sees one plain dialog (a burst of the same error does not stack
dialogs) saying what may not have been done and what to do, with the incident
id and a button to save a report to a file they choose. The windows stay as
they were: nothing typed is lost, and work goes on.

``setup_logging`` points Python's logging at ``<data>/logs/pana.log``
(readable by the owner only, rotated at a small size) with a formatter that
writes tracebacks in the same sanitised form, whoever logs them.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import secrets
import sys
import threading
import time
import traceback
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

import shiboken6
from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QStyle,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)

LOG_DIR = "logs"
LOG_FILE = "pana.log"
#: The log is for an administrator looking at the last few days, not an archive.
LOG_MAX_BYTES = 512 * 1024
LOG_BACKUPS = 2
#: Chained exceptions followed (``raise … from …``, errors while handling errors).
_MAX_CHAIN = 5
#: The same error again within this time is logged but opens no second dialog.
REPEAT_QUIET_SECONDS = 60.0

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


# ---------------------------------------------------------------------------
# describing an exception without its data


def _code_root() -> str:
    import app

    return str(Path(app.__file__).resolve().parent.parent).replace("\\", "/") + "/"


_ROOT = _code_root()


def where(filename: str) -> str:
    """A frame's file, relative to Pana's source or to site-packages (no home folders)."""
    path = filename.replace("\\", "/")
    for marker in ("/site-packages/", "/dist-packages/"):
        if marker in path:
            return path.split(marker, 1)[1]
    if path.startswith(_ROOT):
        return path[len(_ROOT):]
    return path.rsplit("/", 1)[-1]


def _type_name(exc_type: type[BaseException]) -> str:
    module = exc_type.__module__
    name = exc_type.__qualname__
    return name if module in ("builtins", "__main__") else f"{module}.{name}"


def _frames(tb: TracebackType | None) -> tuple[str, ...]:
    return tuple(f"{where(frame.filename)}:{frame.lineno} {frame.name}"
                 for frame in traceback.extract_tb(tb))


@dataclass(frozen=True)
class Failure:
    """One exception of a chain: its type and where it passed, nothing it carried."""

    type_name: str
    frames: tuple[str, ...]
    how: str = ""  # how it relates to the one after it: "cause" or "context"


@dataclass(frozen=True)
class Incident:
    id: str
    when: datetime
    chain: tuple[Failure, ...]  # the outermost (the one that reached us) last
    thread: str = "ui"

    @property
    def type_name(self) -> str:
        return self.chain[-1].type_name

    @property
    def signature(self) -> tuple:
        return tuple((f.type_name, f.frames) for f in self.chain)

    def traceback_text(self) -> str:
        """Type and frames of each exception in the chain: no message, no values."""
        lines: list[str] = []
        for failure in self.chain:
            lines.append(f"{failure.type_name}, raised at (innermost last):")
            lines.extend(f"  {frame}" for frame in failure.frames or ("(no frames)",))
            if failure.how == "cause":
                lines.append("which was the direct cause of:")
            elif failure.how == "context":
                lines.append("while handling it, another error happened:")
        return "\n".join(lines)


def new_incident_id() -> str:
    raw = secrets.token_hex(4).upper()
    return f"{raw[:4]}-{raw[4:]}"


def describe(exc_type: type[BaseException], exc: BaseException | None,
             tb: TracebackType | None, *, thread: str = "ui") -> Incident:
    chain: list[Failure] = [Failure(_type_name(exc_type), _frames(tb))]
    seen = {id(exc)}
    current = exc
    while current is not None and len(chain) < _MAX_CHAIN:
        if current.__cause__ is not None:
            earlier, how = current.__cause__, "cause"
        elif current.__context__ is not None and not current.__suppress_context__:
            earlier, how = current.__context__, "context"
        else:
            break
        if id(earlier) in seen:
            break
        seen.add(id(earlier))
        chain.insert(0, Failure(_type_name(type(earlier)), _frames(earlier.__traceback__), how))
        current = earlier
    return Incident(new_incident_id(), datetime.now(UTC), tuple(chain), thread)


def versions() -> list[tuple[str, str]]:
    """What ran: Pana, Python, Qt and the system (no host or user names)."""
    import PySide6
    from PySide6.QtCore import qVersion

    from app import __version__

    return [("Pana", __version__), ("Python", platform.python_version()),
            ("Qt", f"{qVersion()} (PySide6 {PySide6.__version__})"),
            ("System", platform.platform(terse=True))]


def report_text(incident: Incident, repeats: int = 0) -> str:
    """The text of a saved report: versions, time, incident id and the sanitised traceback."""
    lines = ["Pana error report",
             "This report holds no names or case details: only where in Pana's code the "
             "error happened.",
             "",
             f"Incident: {incident.id}",
             f"Time (UTC): {incident.when.strftime('%Y-%m-%d %H:%M:%S')}",
             f"Thread: {incident.thread}"]
    lines += [f"{name}: {value}" for name, value in versions()]
    if repeats:
        lines.append(f"Errors after it while the message was open: {repeats}")
    lines += ["", incident.traceback_text(), ""]
    return "\n".join(lines)


# ---------------------------------------------------------------------------
# the log


class SafeFormatter(logging.Formatter):
    """Writes any logged traceback as types and ``file:line function`` only.

    ``log.exception(...)`` anywhere in the program would otherwise write the
    exception's message, and a database error's message can quote the values
    it was saving.
    """

    def formatException(self, ei) -> str:
        exc_type, exc, tb = ei
        if exc_type is None:
            return ""
        return describe(exc_type, exc, tb).traceback_text()

    def formatStack(self, stack_info: str) -> str:
        return ""


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating log file that only its owner can read, whoever else shares the folder."""

    def _open(self):
        flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT
        fd = os.open(self.baseFilename, flags, 0o600)
        if hasattr(os, "fchmod"):
            try:
                os.fchmod(fd, 0o600)  # a file left by an older version, or copied in
            except OSError:  # pragma: no cover - e.g. a FAT USB drive
                pass
        return os.fdopen(fd, "a", encoding=self.encoding or "utf-8", errors=self.errors)


FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def log_file(data_dir: Path) -> Path:
    return Path(data_dir) / LOG_DIR / LOG_FILE


def file_handler(data_dir: Path) -> logging.Handler | None:
    """The handler writing ``<data>/logs/pana.log``; None when the folder cannot be made."""
    path = log_file(data_dir)
    try:
        path.parent.mkdir(mode=0o700, exist_ok=True)
        try:
            os.chmod(path.parent, 0o700)
        except OSError:  # pragma: no cover - e.g. a FAT USB drive
            pass
        handler = PrivateRotatingFileHandler(path, maxBytes=LOG_MAX_BYTES,
                                             backupCount=LOG_BACKUPS, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(SafeFormatter(FORMAT))
    return handler


def setup_logging(data_dir: Path | None, level: int = logging.WARNING) -> logging.Handler | None:
    """Log warnings and errors to stderr and (with a data folder) to its log file,
    tracebacks sanitised in both. Returns the file handler, if any."""
    root = logging.getLogger()
    root.setLevel(level)
    if not any(getattr(h, "_pana_stderr", False) for h in root.handlers):
        stderr = logging.StreamHandler(sys.stderr)
        stderr.setFormatter(SafeFormatter(FORMAT))
        stderr._pana_stderr = True  # type: ignore[attr-defined]
        root.addHandler(stderr)
    handler = file_handler(data_dir) if data_dir is not None else None
    if handler is not None:
        root.addHandler(handler)
    return handler


def log_incident(incident: Incident) -> None:
    log.error("incident %s: unexpected %s (thread: %s)\n%s", incident.id, incident.type_name,
              incident.thread, incident.traceback_text())


# ---------------------------------------------------------------------------
# the dialog


class CrashDialog(QDialog):
    """“Something went wrong”: what it means for the work, what to do, and a report."""

    def __init__(self, incident: Incident, parent: QWidget | None = None, *,
                 closing: bool = False) -> None:
        super().__init__(parent)
        self.incident = incident
        self.repeats = 0
        self.saved_to: Path | None = None
        self.setObjectName("crashDialog")
        self.setWindowTitle(self.tr("Something went wrong — Pana"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setMinimumWidth(520)

        icon = QLabel()
        icon.setObjectName("crashIcon")
        icon.setPixmap(self.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        heading = QLabel(self.tr("Something went wrong"))
        heading.setObjectName("crashHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        body = self.tr(
            "Pana ran into an error it did not expect.\n\n"
            "• The last thing you did may not have been completed. Check it before going on "
            "— for example, whether the record shows as saved.\n"
            "• What you typed is still in its window: nothing has been closed or thrown "
            "away. You can save it again.\n"
            "• If this happens again, save a report and give it to your administrator with "
            "the incident number. The report holds no names or case details.")
        if closing:
            body = self.tr(
                "Pana ran into an error it did not expect and has to close.\n\n"
                "• What was saved before is safe in the database.\n"
                "• Start Pana again. If this happens again, save a report and give it to "
                "your administrator with the incident number. The report holds no names or "
                "case details.")
        self.body = QLabel(body)
        self.body.setObjectName("crashText")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.PlainText)
        self.incident_label = QLabel(self.tr("Incident: {id}").format(id=incident.id))
        self.incident_label.setObjectName("crashIncident")
        self.incident_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse)
        self.more = QLabel()
        self.more.setObjectName("crashMore")
        self.more.setWordWrap(True)
        self.more.hide()
        self.status = QLabel()
        self.status.setObjectName("crashStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.hide()

        buttons = QDialogButtonBox()
        buttons.setObjectName("crashButtons")
        self.save_button = buttons.addButton(self.tr("&Save a report…"),
                                             QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.setObjectName("crashSaveReport")
        self.save_button.setAccessibleName(self.tr("Save a report of this error to a file"))
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("crashClose")
        self.close_button.setAccessibleName(self.tr("Close this message and go on working"))
        self.close_button.setDefault(True)
        self.save_button.clicked.connect(self.save_report)
        buttons.rejected.connect(self.reject)

        text = QVBoxLayout()
        text.addWidget(heading)
        text.addWidget(self.body)
        text.addWidget(self.incident_label)
        text.addWidget(self.more)
        text.addWidget(self.status)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        self.close_button.setFocus()

    def add_repeat(self) -> None:
        self.repeats += 1
        self.more.setText(self.tr("Errors since this message opened: %Ln. The log has them "
                                  "too.", "", self.repeats))
        self.more.show()

    def save_report(self) -> Path | None:
        name = f"pana-incident-{self.incident.id}.txt"
        start = str(Path.home() / name)
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the error report"), start, self.tr("Text files (*.txt)"))
        if not chosen:
            return None
        path = Path(chosen)
        try:
            path.write_text(report_text(self.incident, self.repeats), encoding="utf-8")
        except OSError as exc:
            self.status.setText(self.tr("The report could not be saved ({reason}). Choose "
                                        "another folder.").format(
                                            reason=exc.strerror or exc.__class__.__name__))
            self.status.show()
            return None
        self.saved_to = path
        self.status.setText(self.tr("The report was saved as {path}.").format(path=path))
        self.status.show()
        return path


# ---------------------------------------------------------------------------
# the handler


@dataclass
class _Seen:
    shown_at: float = 0.0
    count: int = 0


class CrashHandler(QObject):
    """Installed as ``sys.excepthook`` and ``threading.excepthook``; see the module text."""

    #: An incident to show; queued, so the dialog opens on the UI thread once the failing
    #: slot has returned.
    incident = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._dialog: CrashDialog | None = None
        self._seen: dict[tuple, _Seen] = {}
        self._lock = threading.Lock()
        self._previous_hook = None
        self._previous_thread_hook = None
        self._showing = False
        self.incident.connect(self._show, Qt.ConnectionType.QueuedConnection)

    @property
    def dialog(self) -> CrashDialog | None:
        """The message on screen, if any (it goes with the window it was shown over)."""
        if self._dialog is not None and not shiboken6.isValid(self._dialog):
            self._dialog = None
        return self._dialog

    # ---- installing

    def install(self) -> None:
        self._previous_hook = sys.excepthook
        self._previous_thread_hook = threading.excepthook
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def uninstall(self) -> None:
        if self._previous_hook is not None and sys.excepthook == self.excepthook:
            sys.excepthook = self._previous_hook
        if self._previous_thread_hook is not None \
                and threading.excepthook == self.thread_excepthook:
            threading.excepthook = self._previous_thread_hook
        self._previous_hook = self._previous_thread_hook = None

    # ---- the hooks

    def excepthook(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):  # Ctrl+C in the terminal: stop
            QApplication.quit()
            return
        thread = "ui" if _on_ui_thread() else threading.current_thread().name
        self.handle(exc_type, exc, tb, thread=thread)

    def thread_excepthook(self, args) -> None:
        if args.exc_type is SystemExit:
            return
        name = args.thread.name if args.thread is not None else "thread"
        self.handle(args.exc_type, args.exc_value, args.exc_traceback, thread=name)

    def handle(self, exc_type, exc, tb, *, thread: str = "ui") -> Incident | None:
        """Log the exception without its data and show (or count) it; from any thread."""
        try:
            incident = describe(exc_type, exc, tb, thread=thread)
            if exc is not None:
                try:
                    exc.pana_incident = incident.id  # error_text names it
                except AttributeError:  # pragma: no cover - exceptions with __slots__
                    pass
            with self._lock:
                seen = self._seen.setdefault(incident.signature, _Seen())
                seen.count += 1
                now = time.monotonic()
                quiet = bool(seen.shown_at) and now - seen.shown_at < REPEAT_QUIET_SECONDS
                if not quiet:
                    seen.shown_at = now
            if not quiet or seen.count <= 3 or seen.count % 100 == 0:
                log_incident(incident)
            self.incident.emit((incident, quiet))
            return incident
        except Exception:  # the handler must never raise; stderr is the last resort
            sys.stderr.write("Pana: an error could not be reported: "
                             f"{_type_name(exc_type)}\n")
            return None

    # ---- showing

    @Slot(object)
    def _show(self, item) -> None:
        incident, quiet = item
        if self._showing:
            return
        self._showing = True
        try:
            if self.dialog is not None:
                self.dialog.add_repeat()
                return
            if quiet:
                return
            _release_stuck_input()
            dialog = self._dialog = CrashDialog(incident, _anchor())
            dialog.finished.connect(self._closed)
            dialog.show()
            dialog.raise_()
            dialog.activateWindow()
        except Exception:  # an error here must not come back here: log it, show nothing
            sys.stderr.write("Pana: the error message could not be shown\n")
        finally:
            self._showing = False

    def _closed(self, _result: int) -> None:
        self._dialog = None


def _on_ui_thread() -> bool:
    app = QApplication.instance()
    return app is not None and QThread.currentThread() == app.thread()


def _anchor() -> QWidget | None:
    """The window the dialog belongs to (so it shows over it), or none."""
    return QApplication.activeWindow()


def _release_stuck_input() -> None:
    """Undo what a slot that failed half-way may have left: a busy cursor, a mouse or
    keyboard grab, an open pop-up. The user must be able to click and type again."""
    while QApplication.overrideCursor() is not None:
        QApplication.restoreOverrideCursor()
    grabber = QWidget.mouseGrabber()
    if grabber is not None:
        grabber.releaseMouse()
    grabber = QWidget.keyboardGrabber()
    if grabber is not None:
        grabber.releaseKeyboard()
    popup = QApplication.activePopupWidget()
    if popup is not None:
        popup.close()


# ---------------------------------------------------------------------------
# the one handler of the application

_handler: CrashHandler | None = None


def install() -> CrashHandler:
    """Install the handler (once); ``run`` calls this before the first window opens."""
    global _handler
    if _handler is None:
        _handler = CrashHandler()
        _handler.install()
    return _handler


def uninstall() -> None:
    global _handler
    if _handler is not None:
        _handler.uninstall()
        _handler = None


def installed() -> CrashHandler | None:
    return _handler


def report(exc: BaseException, *, thread: str = "ui") -> Incident | None:
    """An unexpected exception caught by our own code (a background task's): handled as if
    it had reached the top — logged without data and, with the handler installed, shown."""
    if _handler is not None:
        return _handler.handle(type(exc), exc, exc.__traceback__, thread=thread)
    incident = describe(type(exc), exc, exc.__traceback__, thread=thread)
    try:
        exc.pana_incident = incident.id  # type: ignore[attr-defined]
    except AttributeError:  # pragma: no cover
        pass
    log_incident(incident)
    return incident


def show_fatal(exc: BaseException) -> Incident:
    """An error outside the event loop (Pana cannot go on): logged, and shown at once."""
    incident = describe(type(exc), exc, exc.__traceback__)
    log_incident(incident)
    if QApplication.instance() is not None:
        CrashDialog(incident, closing=True).exec()
    return incident
