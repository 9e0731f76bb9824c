"""The child process of ``benchmarks.gui``: Pana (or a bare Qt window) started fresh.

    python benchmarks/gui_child.py bare
    python benchmarks/gui_child.py pana login|main|memory DATA_DIR

``pana`` runs the app's real entry point exactly as ``python -m app --data-dir
DATA_DIR`` does (``runpy`` runs ``app/__main__.py``: argument parsing, imports,
the Qt application, fonts, translations, the store folder check, the login
dialog). All this script adds is watching for the first paint:

* ``app.ui.application.make_application`` is wrapped so that, the moment the
  real function has made the ``QApplication``, an application-wide event filter
  is installed. It looks at paint events only. When the login dialog
  (``loginDialog``) or the main window (``mainWindow``) gets its first paint
  event, a zero timer is started; it fires once the whole window (every child
  widget) has been painted and flushed, and that moment is the mark.
* ``login``: print the marks and cancel the dialog (the app exits as a user's
  Cancel makes it exit).
* ``main``: after the login dialog's mark, wrap ``accounts.login`` and the
  argon2id derivation (``keyfile.derive_password_key``) with timers (nothing
  else changes), put user name and password into the dialog's fields and press
  Enter in the password field, as a user does. The app logs in (off the UI
  thread), builds the main window and shows it; its first paint is the mark.
* ``memory``: as ``main``, then Ctrl+F (the registry tab, search box focused),
  wait for the registry's first page to be painted, then type each query of
  ``PANA_BENCH_QUERIES`` (JSON list, environment) into the search box, wait for
  the answer and paint it; then wait until no background work is left (what the
  main window started at login counts too) and report the peak RSS (VmHWM).

``bare``: a ``QApplication`` and a plain ``QWidget`` of the main window's size,
with the same event filter and the same marks (the baseline).

The password comes in ``PANA_BENCH_PASSWORD`` and the user in ``PANA_BENCH_USER``
(never on the command line). Times are ``time.monotonic()``, i.e. Linux's
CLOCK_MONOTONIC, which is one clock for every process of the machine, so the
parent compares them with its own reading taken just before it spawned us.
The result is one line on stdout: ``BENCH {json}``.
"""

from __future__ import annotations

import time

T_START = time.monotonic()  # first thing after the interpreter's own start-up

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402

MARKS: dict[str, float] = {"child_start": T_START}
INFO: dict[str, object] = {}


def status_kib(field: str) -> int:
    """A ``/proc/self/status`` value in KiB (VmHWM: peak RSS, VmRSS: current)."""
    try:
        with open("/proc/self/status") as handle:
            for line in handle:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def mark(name: str) -> float:
    MARKS[name] = now = time.monotonic()
    INFO[f"vmhwm_kib_{name}"] = status_kib("VmHWM")
    return now


def emit(**extra) -> None:
    result = {"marks": MARKS, "info": INFO, "pid": os.getpid(), **extra}
    print("BENCH " + json.dumps(result), flush=True)


def make_watcher(on_first_paint):
    """An event filter calling ``on_first_paint(widget, name)`` once per object name,
    from a zero timer started at that widget's first paint event (so after the whole
    window has been painted)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    paint = QEvent.Type.Paint

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen: set[str] = set()
            self.names = {"loginDialog", "mainWindow", "bareWindow"}

        def eventFilter(self, obj, event) -> bool:
            if event.type() == paint:
                name = obj.objectName()
                if name in self.names and name not in self.seen:
                    self.seen.add(name)
                    QTimer.singleShot(0, lambda o=obj, n=name: on_first_paint(o, n))
            return False

    return FirstPaint()


# ---------------------------------------------------------------------------
# the bare window (baseline)


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QWidget

    mark("imported")
    app = QApplication(["bare"])
    mark("qapp")

    def painted(_widget, _name) -> None:
        mark("painted")
        emit()
        app.quit()

    watcher = make_watcher(painted)
    app.installEventFilter(watcher)
    window = QWidget()
    window.setObjectName("bareWindow")
    window.setWindowTitle("bare")
    window.resize(1280, 780)
    mark("show")
    window.show()
    return app.exec()


# ---------------------------------------------------------------------------
# Pana


class Timings:
    """Wall time of every call of a wrapped function (login, argon2id)."""

    def __init__(self) -> None:
        self.calls: dict[str, list[float]] = {}

    def wrap(self, module, name: str, key: str) -> None:
        real = getattr(module, name)

        def timed(*args, **kwargs):
            started = time.perf_counter()
            try:
                return real(*args, **kwargs)
            finally:
                self.calls.setdefault(key, []).append(
                    (time.perf_counter() - started) * 1000)

        setattr(module, name, timed)

    def wrap_task(self, module, key: str) -> None:
        """Time the function given to ``module.run_task`` (the work, off the UI thread)."""
        real = module.run_task

        def run_task(fn, done, failed):
            def timed():
                started = time.perf_counter()
                try:
                    return fn()
                finally:
                    self.calls.setdefault(key, []).append(
                        (time.perf_counter() - started) * 1000)
                    MARKS.setdefault("login_returned", time.monotonic())

            return real(timed, done, failed)

        module.run_task = run_task


def pana(mode: str, data_dir: str) -> int:
    import runpy

    # The module the real entry point imports for the GUI; wrapped, not replaced.
    import app.ui.application as application

    user = os.environ.get("PANA_BENCH_USER", "")
    password = os.environ.get("PANA_BENCH_PASSWORD", "")
    queries = json.loads(os.environ.get("PANA_BENCH_QUERIES", "[]"))
    timings = Timings()
    state: dict[str, object] = {}
    real_make_application = application.make_application

    def on_first_paint(widget, name: str) -> None:
        if name == "loginDialog":
            login_painted(widget)
        elif name == "mainWindow":
            main_painted(widget)

    def make_application(argv=None):
        app = real_make_application(argv)
        mark("qapp")
        state["watcher"] = watcher = make_watcher(on_first_paint)
        app.installEventFilter(watcher)
        return app

    application.make_application = make_application

    def login_painted(dialog) -> None:
        mark("login_painted")
        if mode == "login":
            emit()
            dialog.reject()
            return
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        import app.db.keyfile as keyfile
        import app.ui.login as login_ui

        # The dialog hands the login to ``run_task`` (looked up in its module at each
        # call) and the key file looks ``derive_password_key`` up at each call: both
        # see the timers. Nothing is imported here that the app would not have
        # imported already (the key file came with the dialog).
        timings.wrap_task(login_ui, "login_call_ms")
        timings.wrap(keyfile, "derive_password_key", "argon2_ms")
        dialog.user.setCurrentText(user)
        dialog.password.setText(password)
        mark("login_pressed")
        QTest.keyClick(dialog.password, Qt.Key.Key_Return)

    def main_painted(window) -> None:
        mark("main_painted")
        INFO.update(timings.calls)
        if mode == "main":
            emit()
            window.close()
            return
        try:
            registry_and_searches(window)
        except Exception as exc:  # reported to the parent, which raises
            import traceback

            traceback.print_exc()
            INFO["error"] = f"{type(exc).__name__}: {exc}"
        INFO["vmrss_kib_end"] = status_kib("VmRSS")
        emit()
        window.close()

    def registry_and_searches(window) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest

        registry = window.registry
        model = registry.model
        answers = {"n": 0, "search": None}

        def counted(_count: int) -> None:
            answers["n"] += 1
            answers["search"] = model.filter.search

        model.count_changed.connect(counted)
        mark("find_pressed")
        QTest.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        if window.tabs.currentWidget() is not registry:
            raise RuntimeError("Ctrl+F did not show the registry")
        # The page asked for its first page when the main window was built; it may be
        # there already.
        wait_until(lambda: model.rowCount() > 0 and model.data(model.index(0, 0)) is not None,
                   1_800_000)
        paint(registry)
        mark("registry_painted")
        INFO["registry_rows"] = model.rowCount()
        search_ms, hits = [], []
        for text in queries:
            registry.search.clear()
            before = answers["n"]
            type_text(registry.search, text)
            typed = time.perf_counter()
            wait_until(lambda t=text, b=before: answers["n"] > b and answers["search"] == t,
                       1_800_000)
            paint(registry)
            search_ms.append((time.perf_counter() - typed) * 1000)
            hits.append(model.rowCount())
        mark("searched")
        INFO["search_ms"] = search_ms
        INFO["search_hits"] = hits
        # The peak of the whole session: the work the main window started at login (lists
        # of its other tabs) may still be running; it counts too.
        from PySide6.QtCore import QThreadPool

        pool = QThreadPool.globalInstance()
        wait_until(lambda: pool.activeThreadCount() == 0, 1_800_000, poll_ms=50)
        mark("idle")

    def paint(registry) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()
        registry.table.viewport().repaint()

    mark("imported")
    sys.argv = [sys.argv[0], "--data-dir", data_dir]
    try:
        runpy.run_module("app", run_name="__main__", alter_sys=True)
    except SystemExit as exc:
        return int(exc.code or 0)
    return 0


def type_text(widget, text: str) -> None:
    """Type ``text`` key by key (press and release, each carrying its character), as a
    keyboard with the right layout does; QTest.keyClicks handles ASCII only."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for ch in text:
        key = ord(ch.upper()) if ch.isascii() and ch.isalnum() else (
            Qt.Key.Key_Space.value if ch == " " else Qt.Key.Key_unknown.value)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                     ch))


def wait_until(predicate, timeout_ms: int, poll_ms: int = 2) -> None:
    """Run the event loop (blocking in it, not spinning) until ``predicate()`` holds."""
    from PySide6.QtCore import QEventLoop, QTimer

    if predicate():
        return
    loop = QEventLoop()
    deadline = time.monotonic() + timeout_ms / 1000

    def check() -> None:
        if predicate() or time.monotonic() > deadline:
            loop.quit()

    poll = QTimer()
    poll.timeout.connect(check)
    poll.start(poll_ms)
    loop.exec()
    poll.stop()
    if not predicate():
        raise TimeoutError(f"waited {timeout_ms} ms")


def main(argv: list[str]) -> int:
    if not os.environ.get("QT_QPA_PLATFORM") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if argv[:1] == ["bare"]:
        return bare()
    if len(argv) == 3 and argv[0] == "pana" and argv[1] in ("login", "main", "memory"):
        return pana(argv[1], argv[2])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
