"""The desktop app's figures: start-up, memory, and painting the registry.

``python -m benchmarks.gui [--cases N] [--repeat R] [--data-dir DIR] [--out DIR]``
reuses (or makes) the benchmark store of ``benchmarks.run`` and measures:

* ``startup_login``: process start → the login window painted, in a fresh process
  running the app's real entry point (``benchmarks/gui_child.py``); baseline: a
  bare PySide6 ``QWidget`` window in a fresh process, measured the same way;
* ``startup_main``: Enter pressed in the login window → the main window painted,
  same process; the argon2id derivation and the whole ``accounts.login`` call are
  reported apart; baseline: the bare window's ``show()`` → painted;
* ``memory``: peak RSS (VmHWM) of a fresh app process that logs in, opens the
  registry, types 20 searches into its search box and lets the work started at
  login finish; baseline: VmHWM of the bare window process;
* ``registry_view_first`` / ``registry_view_last``: in this process, the registry
  page (``app.ui.registry.RegistryPage``, the widget the main window shows) built
  and its first page painted, then a click on a row, Ctrl+End and the last page
  painted; baselines: the same rows' displayed columns through the raw driver, the
  fastest way, on one open connection.

Children are spawned ``repeat`` times after one warm-up run that is not counted,
interleaved with the baseline's so both see the same machine. Time in the
children is ``time.monotonic()`` (CLOCK_MONOTONIC, one clock for all processes on
Linux), compared with the parent's reading taken just before ``subprocess.Popen``.
Children run with compiled bytecode cached (as an installed app) in a cache of
their own, offscreen unless a display is set, with a fresh settings folder.
Targets are printed, never asserted.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path

from benchmarks.run import (
    DEFAULT_DATA_DIR,
    DEFAULT_OUT,
    PASSWORD,
    Figure,
    console_log,
    machine,
    pick_queries,
    prepare_store,
    raw_page_sql,
    summary,
    table,
    write_result,
)

ROOT = Path(__file__).resolve().parent.parent
CHILD = Path(__file__).resolve().with_name("gui_child.py")
CHILD_TIMEOUT_S = 3600
EXIT_GRACE_S = 10
MB = 1_000_000


# ---------------------------------------------------------------------------
# child processes


_pycache: str | None = None


def pycache_dir() -> str:
    """One bytecode cache for every child of this process (removed at exit)."""
    global _pycache
    if _pycache is None:
        _pycache = tempfile.mkdtemp(prefix="pana-bench-pycache-")
        atexit.register(shutil.rmtree, _pycache, True)
    return _pycache


def _child_env(config_dir: str, **extra: str) -> dict[str, str]:
    env = dict(os.environ)
    if not env.get("QT_QPA_PLATFORM") and not (env.get("DISPLAY") or env.get("WAYLAND_DISPLAY")):
        env["QT_QPA_PLATFORM"] = "offscreen"
    # A fresh settings folder each run: no remembered user or language, nobody's real
    # settings touched. Caches (fontconfig) stay where they are, as on a used machine.
    env["XDG_CONFIG_HOME"] = config_dir
    # Compiled bytecode is cached, as for an installed app (pip compiles it at install),
    # even where the environment says not to write it; the cache is ours, not the tree's.
    # The warm-up child fills it.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = pycache_dir()
    env.update(extra)
    return env


def run_child(args: list[str], **env: str) -> dict:
    """Spawn ``gui_child.py ARGS``; its ``BENCH`` line as a dict, with ``spawn`` (the
    parent's ``time.monotonic()`` just before the spawn) added.

    Once the child has reported, it gets ``EXIT_GRACE_S`` to exit by itself (the app
    waits for its background queries first); then it is killed, which SQLite and
    the key file's lock survive (the app only reads by then)."""
    with tempfile.TemporaryDirectory(prefix="pana-bench-config-") as config_dir, \
            tempfile.TemporaryFile("w+") as errors:
        child_env = _child_env(config_dir, **env)
        spawn = time.monotonic()
        proc = subprocess.Popen([sys.executable, str(CHILD), *args], cwd=ROOT, env=child_env,
                                stdout=subprocess.PIPE, stderr=errors, text=True)
        result = None
        try:
            assert proc.stdout is not None
            killer = threading.Timer(CHILD_TIMEOUT_S, proc.kill)
            killer.start()
            try:
                for line in proc.stdout:
                    if line.startswith("BENCH "):
                        result = json.loads(line[len("BENCH "):])
                        break
            finally:
                killer.cancel()
            try:
                proc.wait(EXIT_GRACE_S)
            except subprocess.TimeoutExpired:
                proc.kill()
        finally:
            if proc.poll() is None:
                proc.kill()
            proc.wait()
            proc.stdout.close()
        errors.seek(0)
        err = errors.read()
    if result is None:
        raise RuntimeError(f"gui child {args[:2]} gave no result (exit {proc.returncode}):\n"
                           + err[-3000:])
    if result["info"].get("error"):
        raise RuntimeError(f"gui child {args[:2]} failed: {result['info']['error']}\n"
                           + err[-3000:])
    result["spawn"] = spawn
    result["returncode"] = proc.returncode
    return result


def _since(result: dict, end: str, start: str = "spawn") -> float:
    """Milliseconds between two marks of a child (``spawn`` is the parent's)."""
    begin = result["spawn"] if start == "spawn" else result["marks"][start]
    return (result["marks"][end] - begin) * 1000


def _pana_env(username: str, password: str, queries: list[str] | None = None) -> dict:
    env = {"PANA_BENCH_USER": username, "PANA_BENCH_PASSWORD": password}
    if queries is not None:
        env["PANA_BENCH_QUERIES"] = json.dumps(queries, ensure_ascii=False)
    return env


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else 0.0


# ---------------------------------------------------------------------------
# 1. start-up


def bench_startup(data_dir: Path, repeat: int, *, username: str, password: str,
                  warm_up: bool = True) -> list[Figure]:
    """``startup_login`` and ``startup_main`` from ``repeat`` fresh processes of each kind
    (``run`` asks for at least 3).

    One run of each child comes first and is not counted (``warm_up``): it fills the
    bytecode cache and the OS file cache and, should the store need a schema
    upgrade, takes it."""
    repeat = max(repeat, 1)
    pana_args = ["pana", "main", str(Path(data_dir).resolve())]
    env = _pana_env(username, password)
    if warm_up:
        run_child(["bare"])
        run_child(pana_args, **env)
    bare, pana = [], []
    for _ in range(repeat):  # interleaved, so both see the same machine
        bare.append(run_child(["bare"]))
        pana.append(run_child(pana_args, **env))

    login_ms = [_since(r, "login_painted") for r in pana]
    bare_ms = [_since(r, "painted") for r in bare]
    main_ms = [_since(r, "main_painted", "login_pressed") for r in pana]
    show_ms = [_since(r, "painted", "show") for r in bare]
    argon2 = [sum(r["info"].get("argon2_ms", [])) for r in pana]
    login_call = [sum(r["info"].get("login_call_ms", [])) for r in pana]
    p_login, b_login = summary(login_ms), summary(bare_ms)
    p_main, b_main = summary(main_ms), summary(show_ms)

    def phase(runs: list[dict], end: str, start: str) -> float:
        return _median([_since(r, end, start) for r in runs])

    return [
        Figure("startup_login", f"start-up to the login window painted ({repeat} processes)",
               p_login, b_login,
               "bare PySide6 QWidget (1280×780) in a fresh process: spawn → first paint",
               compare="median_ms", target="≤ 1500 ms",
               target_ok=p_login["median_ms"] <= 1500,
               notes={"method": "parent time.monotonic() before Popen → child's zero timer "
                                "after the login dialog's first paint event",
                      "phases_median_ms": {
                          "interpreter_start": phase(pana, "child_start", "spawn"),
                          "import_app_ui_application": phase(pana, "imported", "child_start"),
                          "entry_point_to_qapplication": phase(pana, "qapp", "imported"),
                          "qapplication_to_login_painted": phase(pana, "login_painted", "qapp")},
                      "baseline_phases_median_ms": {
                          "interpreter_start": phase(bare, "child_start", "spawn"),
                          "import_pyside6": phase(bare, "imported", "child_start"),
                          "qapplication": phase(bare, "qapp", "imported"),
                          "qapplication_to_painted": phase(bare, "painted", "qapp")},
                      "peak_rss_at_login_mb": _median(
                          [r["info"]["vmhwm_kib_login_painted"] * 1024 / MB for r in pana]),
                      "baseline_peak_rss_mb": _median(
                          [r["info"]["vmhwm_kib_painted"] * 1024 / MB for r in bare])}),
        Figure("startup_main", f"login (Enter) to the main window painted ({repeat} processes)",
               p_main, b_main, "the bare QWidget window's show() → first paint, same process",
               compare="median_ms", target="≤ 1000 ms", target_ok=p_main["median_ms"] <= 1000,
               notes={"phases_median_ms": {
                          "enter_to_login_returned": phase(pana, "login_returned",
                                                           "login_pressed"),
                          "login_returned_to_main_painted": phase(pana, "main_painted",
                                                                  "login_returned")},
                      "argon2_ms": summary(argon2),
                      "login_call_ms": summary(login_call),
                      "minus_argon2_ms": summary([m - a for m, a in zip(main_ms, argon2,
                                                                       strict=True)]),
                      "minus_login_call_ms": summary([m - c for m, c in zip(main_ms, login_call,
                                                                           strict=True)]),
                      "login_call_note": "accounts.login as the dialog calls it (off the UI "
                                         "thread): argon2id key unwrap, opening the store, "
                                         "schema check, audit of the login"}),
    ]


# ---------------------------------------------------------------------------
# 2. memory


def bench_memory(data_dir: Path, *, username: str, password: str, queries: list[str],
                 warm_up: bool = True) -> list[Figure]:
    """Peak RSS of a fresh app process: log in, open the registry, type every query.

    A first child, not counted (``warm_up``), fills the bytecode cache: compiling
    costs memory too, and an installed app does not compile."""
    if warm_up:
        run_child(["pana", "login", str(Path(data_dir).resolve())],
                  **_pana_env(username, password))
    bare = run_child(["bare"])
    pana = run_child(["pana", "memory", str(Path(data_dir).resolve())],
                     **_pana_env(username, password, list(queries)))
    info = pana["info"]
    peak = info["vmhwm_kib_idle"] * 1024
    base = bare["info"]["vmhwm_kib_painted"] * 1024
    stages = {name: info[f"vmhwm_kib_{name}"] * 1024 / MB
              for name in ("qapp", "login_painted", "main_painted", "registry_painted",
                           "searched", "idle")}
    search = info.get("search_ms", [])
    return [Figure(
        "memory", f"peak RSS: logged in, registry open, {len(queries)} searches",
        {"peak_bytes": peak, "peak_mb": peak / MB}, {"peak_bytes": base, "peak_mb": base / MB},
        "VmHWM of a bare PySide6 QWidget window process", compare="peak_bytes", unit="B",
        target="≤ 350 MB", target_ok=peak <= 350 * MB,
        notes={"peak_mb_after": stages, "rss_at_end_mb": info.get("vmrss_kib_end", 0) * 1024 / MB,
               "registry_rows": info.get("registry_rows"),
               "search_hits": info.get("search_hits"),
               "search_typed_to_painted_ms": summary(search) if search else None,
               "search_note": "last key typed → results painted; includes the search box's "
                              "250 ms debounce, and any wait for a free worker thread (the "
                              "lists the main window loads at login use the same pool)",
               "idle_after_searches_s": (pana["marks"]["idle"] - pana["marks"]["searched"]),
               "argon2_ms": sum(info.get("argon2_ms", [])),
               "note": "VmHWM includes argon2id's 32 MiB working memory at login"})]


# ---------------------------------------------------------------------------
# 3. painting the registry (in this process)

_OWN_APP = False


def qt_app():
    """The running QApplication, or one made as the app makes it (offscreen unless a
    display is set; Pana's fonts and Russian translations, as at start-up)."""
    global _OWN_APP
    if not os.environ.get("QT_QPA_PLATFORM") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        from app.ui.application import Translations, make_application

        app = make_application([])
        Translations(app).use("ru")
        _OWN_APP = True
    return app


def _wait(predicate, signals=(), timeout_s: float = 300) -> None:
    """Run the Qt event loop (blocked in it, not spinning) until ``predicate()``."""
    from PySide6.QtCore import QEventLoop, QTimer

    if predicate():
        return
    loop = QEventLoop()
    deadline = time.monotonic() + timeout_s

    def check(*_args) -> None:
        if predicate() or time.monotonic() > deadline:
            loop.quit()

    connected = []
    for signal in signals:
        signal.connect(check)
        connected.append(signal)
    poll = QTimer()
    poll.timeout.connect(check)
    poll.start(5)  # a safety net; the signals normally end the wait
    loop.exec()
    poll.stop()
    for signal in connected:
        signal.disconnect(check)
    if not predicate():
        raise TimeoutError(f"the registry did not answer within {timeout_s} s")


def _settle() -> None:
    """Let background work finish and deliver its (dropped) answers, outside timings."""
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
    from PySide6.QtWidgets import QApplication

    QThreadPool.globalInstance().waitForDone(300_000)
    QApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


def bench_registry_view(store, actor, conn, repeat: int) -> list[Figure]:
    """The registry page the main window shows, built and its first page painted; then
    a click on the first row and Ctrl+End, until the last page is painted. A new page
    (so a new model, nothing cached) each time; one warm-up round first."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    from app.ui.registry import RegistryModel, RegistryPage

    qt_app()
    repeat = max(repeat, 1)
    size = RegistryModel.PAGE_SIZE
    total = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
    last_offset = max(0, (total - 1) // size * size)
    last_rows = total - last_offset
    forward = raw_page_sql(backwards=False, offset=True)
    backward = raw_page_sql(backwards=True, offset=False)

    # The page goes into a window that is already on screen, as a tab's page does.
    host = QWidget()
    host.setObjectName("benchHost")
    host.resize(1280, 760)
    layout = QVBoxLayout(host)
    host.show()
    QTest.qWaitForWindowExposed(host)

    def numbers(model, rows: range) -> list:
        return [model.data(model.index(row, 0)) for row in rows]

    def one() -> dict:
        times: dict = {}
        started = time.perf_counter()
        page = RegistryPage(store, actor)
        layout.addWidget(page)
        page.show()
        times["built_ms"] = (time.perf_counter() - started) * 1000
        model, view = page.model, page.table
        _wait(lambda: model.rowCount() > 0 and model.data(model.index(0, 0)) is not None,
              [model.count_changed, model.modelReset])
        times["answered_ms"] = (time.perf_counter() - started) * 1000
        _paint(view)
        times["first_ms"] = (time.perf_counter() - started) * 1000
        times["first_row_shown"] = view.rowAt(0) == 0
        times["first_page"] = numbers(model, range(min(size, model.rowCount())))
        _settle()  # the page's other background refreshes, if any, end here

        last = model.rowCount() - 1
        # The user clicks a row (the table gets a current row), then presses Ctrl+End.
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier,
                         view.visualRect(model.index(0, 0)).center())
        _settle()
        started = time.perf_counter()
        QTest.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
        _paint(view)
        if model.data(model.index(last, 0)) is None:  # a model that fetches off the UI thread
            _wait(lambda: model.data(model.index(last, 0)) is not None,
                  [model.dataChanged, model.layoutChanged, model.modelReset])
            _paint(view)
        times["last_ms"] = (time.perf_counter() - started) * 1000
        times["last_row_shown"] = view.viewport().rect().contains(
            view.visualRect(model.index(last, 0)).center())
        times["rows"] = model.rowCount()
        times["last_page"] = numbers(model, range(last_offset, model.rowCount()))
        page.hide()
        layout.removeWidget(page)
        page.deleteLater()
        _settle()
        return times

    try:
        one()  # warm up (statements prepared, fonts and styles loaded)
        runs = [one() for _ in range(repeat)]
    finally:
        host.close()
        host.deleteLater()
        _settle()

    def raw_first() -> list:
        return conn.execute(forward, (size, 0)).fetchall()

    def raw_last() -> list:
        return conn.execute(backward, (last_rows,)).fetchall()

    def raw_last_offset() -> list:
        return conn.execute(forward, (size, last_offset)).fetchall()

    expected_first, expected_last = raw_first(), raw_last()  # also the warm-up
    raw_last_offset()
    base_first = [_timed(raw_first) for _ in range(repeat)]
    base_last = [_timed(raw_last) for _ in range(repeat)]
    base_offset = [_timed(raw_last_offset) for _ in range(repeat)]
    base_count = [_timed(lambda: conn.execute("SELECT count(*) FROM cases").fetchone())
                  for _ in range(repeat)]
    p_first = summary([r["first_ms"] for r in runs])
    p_last = summary([r["last_ms"] for r in runs])
    b_first, b_last = summary(base_first), summary(base_last)
    same_first = all(r["first_page"] == [row[0] for row in expected_first] for r in runs)
    same_last = all(r["last_page"] == [row[0] for row in expected_last] for r in runs)
    return [
        Figure("registry_view_first",
               f"registry page built, first {size} rows by date painted (median)",
               p_first, b_first,
               f"raw SELECT of the same {size} rows' displayed columns (ids by the date "
               f"index, LIMIT {size}), one open connection",
               compare="median_ms", target="≤ 150 ms", target_ok=p_first["median_ms"] <= 150,
               notes={"built_ms": summary([r["built_ms"] for r in runs]),
                      "answered_ms": summary([r["answered_ms"] for r in runs]),
                      "raw_count_ms": summary(base_count), "rows": runs[-1]["rows"],
                      "first_row_shown": all(r["first_row_shown"] for r in runs),
                      "same_page_as_raw": same_first}),
        Figure("registry_view_last",
               f"registry Ctrl+End, last page (rows {last_offset}–{total}) painted (median)",
               p_last, b_last,
               f"raw SELECT of the same {last_rows} rows, the fastest way (the date index "
               f"read backwards, LIMIT {last_rows})",
               compare="median_ms", target="≤ 150 ms", target_ok=p_last["median_ms"] <= 150,
               notes={"raw_with_offset_ms": summary(base_offset),
                      "last_row_shown": all(r["last_row_shown"] for r in runs),
                      "same_page_as_raw": same_last}),
    ]


def _timed(fn) -> float:
    started = time.perf_counter()
    fn()
    return (time.perf_counter() - started) * 1000


def _paint(view) -> None:
    """Process what is pending (layout, scrolling), then paint the rows now."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()
    view.viewport().repaint()


# ---------------------------------------------------------------------------
# the run


def run(cases: int = 10_000, repeat: int = 5, data_dir: Path | None = None,
        out: Path = DEFAULT_OUT, *, n_queries: int = 20, seed: int = 1, log=print) -> Path:
    """Every GUI figure on the benchmark store of ``cases`` cases; returns the JSON's path."""
    from app.db.engine import connect_raw
    from benchmarks.generate import SUPERVISOR

    started = time.perf_counter()
    when = datetime.now()
    load_start = os.getloadavg()  # other work on the machine skews every figure here
    data_dir = Path(data_dir or DEFAULT_DATA_DIR / str(cases))
    store, actor = prepare_store(data_dir, cases, seed, log=log)
    conn = connect_raw(store.paths.db, store.db_key)
    figures: list[Figure] = []
    try:
        queries = [item["query"] for item in pick_queries(conn, n_queries)]
        log("registry view …")
        figures += bench_registry_view(store, actor, conn, max(repeat, 3))
    finally:
        conn.close()
        store.close()
    log("start-up …")
    figures += bench_startup(data_dir, max(repeat, 3), username=SUPERVISOR, password=PASSWORD)
    log("memory …")
    figures += bench_memory(data_dir, username=SUPERVISOR, password=PASSWORD, queries=queries)
    result = {"started": when.isoformat(timespec="seconds"), "cases": cases, "repeat": repeat,
              "seed": seed, "machine": machine(),
              "qt_platform": os.environ.get("QT_QPA_PLATFORM", ""),
              "load_average": {"start": load_start, "end": os.getloadavg()},
              "figures": {f.key: f.as_json() for f in figures},
              "seconds": time.perf_counter() - started}
    path = write_result(result, Path(out) / f"{when:%Y%m%dT%H%M%S}-{cases}-gui.json")
    log(table(figures))
    log(f"written {path}")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.gui")
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--data-dir", type=Path, default=None,
                        help="default: .bench-data/<cases> (reused when it matches)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--queries", type=int, default=20)
    args = parser.parse_args(argv)
    run(args.cases, args.repeat, args.data_dir, args.out, n_queries=args.queries,
        log=console_log)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
