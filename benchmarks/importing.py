"""Importing many cases from a case-exchange file, beside the same rows by ``executemany``.

``bench_import(source_store, actor, n_cases, work_dir)`` measures, on one database file:

* **Pana**: ``exchange.import_file`` of a JSON file of ``n_cases`` cases into a fresh,
  empty store, through a unit of work exactly as ``pana case import`` does (reading the
  file, checking the whole document, writing every row, the search index, the case
  sequences and one audit entry per case, one commit);
* **baseline**: every row that import wrote (all tables, ``audit_log``, ``audit_head``,
  the search index ``case_search``, the sequences), read back, the database file put back
  to its state before the import, and the same rows inserted with the driver's
  ``executemany`` in one transaction (sqlcipher3 through ``connect_raw``, same pragmas).

The file is written first by the export service (``exchange.export_document`` and
``encode_document``, the bytes ``export_file`` writes) from the benchmark store; that
export is timed too. Afterwards the audit chain is verified and both paths are checked to
have written the same rows (counts and a digest of every row, table by table).

``python -m benchmarks.importing --cases N [--import-cases M] [--work-dir DIR]`` runs it
on the store ``benchmarks.run`` made (``.bench-data/<N>``), which must exist: it is never
generated here. By default it works on a copy of that store (an online backup into the
work folder), so the shared store is neither upgraded, nor locked for the export's long
write transaction, nor given the export's audit entry.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from benchmarks import run as runner
from benchmarks.run import DEFAULT_DATA_DIR, DEFAULT_OUT, META, PASSWORD, Figure, machine

#: A folder holding this file was made by this benchmark and may be emptied by it.
MARKER = ".bench-import"

def bench_import(source_store, actor, n_cases: int, work_dir: Path, *, log=print,
                 keep_files: bool = False) -> list[Figure]:
    """Export ``n_cases`` cases (the newest, if the store holds more) to JSON and measure
    importing that file, beside inserting the same rows by ``executemany``."""
    from app.services import exchange

    work_dir = Path(work_dir)
    work_dir.mkdir(parents=True, exist_ok=True)
    load_before = os.getloadavg()
    path = work_dir / f"cases-{n_cases}.json"
    target = _own_folder(work_dir / f"target-{n_cases}")
    try:
        log(f"export of {n_cases:,} cases …")
        export = export_cases(source_store, actor, n_cases, path)
        log(f"  {export['seconds']:.1f} s, {export['file_bytes'] / 1e6:,.0f} MB")
        gc.collect()

        key, admin = fresh_store(target)
        db = target / "pana.db"
        snapshot = target / "snapshot"
        # No connection is open: the files alone are the database before the import.
        before = read_rows(db, key)
        _copy_store_files(target, snapshot)
        store = _open(target, key)
        try:
            log(f"import of {n_cases:,} cases (Pana) …")
            pana_s, imported, reindex, limit = timed_import(store, admin, path)
            log(f"  {pana_s:.1f} s")
            if len(imported) != n_cases:
                raise RuntimeError(f"imported {len(imported)} cases of {n_cases}")
            gc.collect()
            started = time.perf_counter()
            exchange.decode_document(path.read_bytes(), path.name)
            decode_s = time.perf_counter() - started
            gc.collect()
            verified = _verify(store)
        finally:
            store.close()  # closes the pooled connections too
        after = read_rows(db, key)
        written = rows_written(before, after)
        del before
        inserted = {name: len(w["insert"]) for name, w in written.items() if w["insert"]}
        replaced = {name: len(w["replace"]) for name, w in written.items() if w["replace"]}
        pana_digest = digests(after)
        pana_counts = {name: len(t["rows"]) for name, t in after.items()}
        del after
        gc.collect()

        _restore_store_files(snapshot, target)
        log(f"baseline: {sum(inserted.values()) + sum(replaced.values()):,} rows by "
            "executemany …")
        base_s = baseline_insert(db, key, written)
        log(f"  {base_s:.1f} s")
        del written
        gc.collect()
        again = read_rows(db, key)
        store = _open(target, key)
        try:
            base_verified = _verify(store)
        finally:
            store.close()
        base_counts = {name: len(t["rows"]) for name, t in again.items()}
        same_rows = digests(again) == pana_digest
        del again
    finally:
        if not keep_files:
            shutil.rmtree(target, ignore_errors=True)
            path.unlink(missing_ok=True)

    pana = {"ms": pana_s * 1000, "seconds": pana_s, "cases_per_s": n_cases / pana_s,
            "cases": n_cases}
    base = {"ms": base_s * 1000, "seconds": base_s, "cases_per_s": n_cases / base_s,
            "cases": n_cases}
    notes = {
        "cases": n_cases,
        "pana_cases_per_s": pana["cases_per_s"], "baseline_cases_per_s": base["cases_per_s"],
        "file_bytes": export["file_bytes"], "export": export,
        "json_decode_seconds": decode_s,
        "search_index": reindex,
        "file_limit": limit,
        "table_rows_after": pana_counts,
        "rows_inserted": inserted, "rows_inserted_total": sum(inserted.values()),
        "rows_replaced": replaced,
        "same_row_counts": base_counts == pana_counts,
        "same_rows": same_rows,
        "audit_chain_verified": verified["ok"], "verify_checks": verified["checks"],
        "baseline_verified": base_verified["ok"],
        # Other processes share the CPUs: the load average (1, 5, 15 min) around the run.
        "load_average_before": load_before, "load_average_after": os.getloadavg(),
    }
    if not notes["same_row_counts"] or not same_rows:
        log("WARNING: the baseline did not write the same rows as the import")
    return [Figure("import", f"import of {n_cases:,} cases from JSON (whole file, all or nothing)",
                   pana, base, "the same rows (every table, audit_log, case_search, sequences) "
                   "by the driver's executemany in one transaction, same file and driver",
                   compare="ms", notes=notes)]


# ---------------------------------------------------------------------------
# export


def export_cases(store, actor, n_cases: int, path: Path) -> dict:
    """Write ``n_cases`` cases (all, or the newest by registration) through the export
    service; returns how long it took and what was written."""
    from sqlalchemy import func, select

    from app.db.models import Case
    from app.services import exchange

    with store.uow(readonly=True) as uow:
        total = uow.session.execute(select(func.count()).select_from(Case)).scalar_one()
        if n_cases > total:
            raise ValueError(f"the store holds {total} cases, fewer than {n_cases}")
        numbers = None if n_cases == total else list(uow.session.execute(
            select(Case.number).order_by(Case.registered_on.desc(), Case.number.desc())
            .limit(n_cases)).scalars())
    started = time.perf_counter()
    with store.uow() as uow:
        document = exchange.export_document(uow, actor, numbers=numbers)
    document_s = time.perf_counter() - started
    started = time.perf_counter()
    data = exchange.encode_document(document)
    del document
    # Readable by its owner only, as export_file writes it.
    handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(handle, "wb") as out:
        out.write(data)
    write_s = time.perf_counter() - started
    return {"seconds": document_s + write_s, "export_document_seconds": document_s,
            "encode_and_write_seconds": write_s, "file_bytes": len(data),
            "cases_per_s": n_cases / (document_s + write_s), "subset": numbers is not None}


# ---------------------------------------------------------------------------
# the target store


def fresh_store(folder: Path):
    """A new, empty store (as ``pana db init``) in ``folder``, closed, so that its files
    alone hold the database; returns its key and its administrator."""
    from app.bootstrap import init_store

    made = init_store(folder, admin="bench.admin", password=PASSWORD, region="AQM",
                      commission="Import benchmark", demo=True)
    made.store.close()
    return made.store.db_key, made.admin


def _open(folder: Path, key: bytes):
    from app.db.keyfile import KeyFile
    from app.db.store import Store, StorePaths

    paths = StorePaths(folder)
    return Store.open_with_key(paths, KeyFile.load(paths.keys), key)


def _own_folder(folder: Path) -> Path:
    """``folder``, empty: made here, or emptied if this benchmark made it before."""
    if folder.exists():
        if not (folder / MARKER).exists():
            raise SystemExit(f"{folder} exists and was not made by this benchmark; "
                             "give another --work-dir")
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    (folder / MARKER).write_text("")
    return folder


def _store_files(folder: Path) -> list[Path]:
    return [*folder.glob("pana.db*"), folder / "pana.keys"]


def _copy_store_files(folder: Path, snapshot: Path) -> None:
    snapshot.mkdir()
    for file in _store_files(folder):
        if file.exists():
            shutil.copy2(file, snapshot / file.name)


def _restore_store_files(snapshot: Path, folder: Path) -> None:
    for file in folder.glob("pana.db*"):
        file.unlink()
    for file in snapshot.iterdir():
        shutil.copy2(file, folder / file.name)


def _verify(store) -> dict:
    from app.services import maintenance

    report = maintenance.verify_store(store)
    if not report.ok:
        raise RuntimeError(f"the store does not verify: {report.problems}")
    return {"ok": report.ok, "checks": report.checks}


# ---------------------------------------------------------------------------
# Pana


@contextmanager
def _timing_index() -> Iterator[dict]:
    """Time the search indexing (``search.index_cases``) within the import."""
    from app.db import search

    original = search.index_cases
    calls: list[tuple[int, float]] = []

    def timed(session, cases):
        started = time.perf_counter()
        try:
            return original(session, cases)
        finally:
            calls.append((len(cases), time.perf_counter() - started))

    out: dict = {}
    search.index_cases = timed
    try:
        yield out
    finally:
        search.index_cases = original
        cases = sum(n for n, _s in calls)
        seconds = sum(s for _n, s in calls)
        out.update(calls=len(calls), cases=cases, seconds=seconds,
                   ms_per_case=1000 * seconds / cases if cases else None)


def timed_import(store, actor, path: Path) -> tuple[float, list[str], dict, dict]:
    """``import_file`` in a unit of work, as ``pana case import`` runs it; seconds."""
    from app.services import exchange

    size = path.stat().st_size
    limit = {"max_file_bytes": exchange.MAX_FILE_BYTES, "file_bytes": size,
             "raised_for_benchmark": size > exchange.MAX_FILE_BYTES}
    saved = exchange.MAX_FILE_BYTES
    if limit["raised_for_benchmark"]:
        # `pana case import` refuses such a file; measure the same work all the same.
        exchange.MAX_FILE_BYTES = size
    try:
        with _timing_index() as reindex:
            started = time.perf_counter()
            with store.uow() as uow:
                numbers = exchange.import_file(uow, actor, path)
            seconds = time.perf_counter() - started
    finally:
        exchange.MAX_FILE_BYTES = saved
    return seconds, numbers, reindex, limit


# ---------------------------------------------------------------------------
# rows, read and written


def _tables(conn) -> list[tuple[str, bool]]:
    """(name, has rowid) of every table that holds data: plain and virtual tables, not
    SQLite's own nor the shadow tables behind the full-text index."""
    return [(name, not without_rowid) for name, kind, without_rowid in conn.execute(
        "SELECT name, type, wr FROM pragma_table_list WHERE schema = 'main'")
        if kind in ("table", "virtual") and not name.startswith("sqlite_")]


def _columns(conn, name: str) -> tuple[list[str], bool]:
    """The columns of a table, and whether one of them is its rowid (INTEGER PRIMARY KEY)."""
    info = conn.execute(f'SELECT name, type, pk FROM pragma_table_info("{name}")').fetchall()
    keys = [row for row in info if row[2]]
    alias = len(keys) == 1 and keys[0][1].upper() == "INTEGER"
    return [row[0] for row in info], alias


def read_rows(db: Path, key: bytes) -> dict[str, dict]:
    """Every row of every table, in rowid order (with the rowid, where it is not a column)."""
    from app.db.engine import connect_raw

    conn = connect_raw(db, key)
    try:
        out = {}
        for name, has_rowid in _tables(conn):
            columns, alias = _columns(conn, name)
            if has_rowid and not alias:
                columns = ["rowid", *columns]
            listed = ", ".join(f'"{c}"' if c != "rowid" else "rowid" for c in columns)
            order = "rowid" if has_rowid else "1"
            rows = conn.execute(f'SELECT {listed} FROM "{name}" ORDER BY {order}').fetchall()
            out[name] = {"columns": columns, "rows": rows, "keyed": has_rowid}
        return out
    finally:
        conn.close()


def rows_written(before: dict, after: dict) -> dict[str, dict]:
    """The rows the import added (``insert``) or changed (``replace``: the audit head, a
    case sequence that existed), table by table; a removed row is an error."""
    written = {}
    for name, table in after.items():
        old = before.get(name, {"rows": []})["rows"]
        old_set = set(old)
        insert = [row for row in table["rows"] if row not in old_set]
        if len(table["rows"]) - len(insert) != len(old):
            # Rows of the old state are missing (changed or removed): find which.
            kept = set(table["rows"])
            gone = [row for row in old if row not in kept]
            keys = {row[0] for row in gone}
            replace = [row for row in insert if row[0] in keys]
            insert = [row for row in insert if row[0] not in keys]
            if len(replace) != len(gone):
                raise RuntimeError(f"the import removed rows of {name}")
        else:
            replace = []
        if insert or replace:
            written[name] = {"columns": table["columns"], "insert": insert, "replace": replace}
    return written


def digests(tables: dict) -> dict[str, str]:
    out = {}
    for name, table in tables.items():
        digest = hashlib.sha256(repr(table["columns"]).encode())
        for row in table["rows"]:
            digest.update(repr(row).encode())
        out[name] = digest.hexdigest()
    return out


def _insert_order(names) -> list[str]:
    """Parents before children (foreign keys are checked), then the other tables."""
    from app.db.base import Base

    ordered = [t.name for t in Base.metadata.sorted_tables if t.name in names]
    return ordered + sorted(set(names) - set(ordered))


def baseline_insert(db: Path, key: bytes, written: dict[str, dict]) -> float:
    """The written rows by ``executemany`` in one transaction, on the database file as it
    was before the import; seconds from opening the connection to the commit."""
    from app.db.engine import connect_raw

    statements = []
    for name in _insert_order(written):
        table = written[name]
        listed = ", ".join(f'"{c}"' if c != "rowid" else "rowid" for c in table["columns"])
        marks = ", ".join("?" for _ in table["columns"])
        for verb, rows in (("INSERT", table["insert"]), ("INSERT OR REPLACE", table["replace"])):
            if rows:
                statements.append((f'{verb} INTO "{name}" ({listed}) VALUES ({marks})', rows))
    started = time.perf_counter()
    conn = connect_raw(db, key)
    try:
        conn.execute("BEGIN IMMEDIATE")
        for sql, rows in statements:
            conn.executemany(sql, rows)
        conn.execute("COMMIT")
        seconds = time.perf_counter() - started
    finally:
        conn.close()
    return seconds


# ---------------------------------------------------------------------------
# the command


def copy_of_store(data_dir: Path, cases: int, work_dir: Path, *, log=print) -> Path:
    """An online backup of the benchmark store in ``data_dir`` (with its key file and
    marker) in ``work_dir``. The store is only read: it is neither made, nor regenerated,
    nor upgraded here."""
    from app.db.keyfile import KeyFile
    from app.db.store import Store, StorePaths, keys_beside
    from benchmarks.generate import SUPERVISOR

    data_dir = Path(data_dir)
    paths = StorePaths(data_dir)
    if not (paths.db.exists() and paths.keys.exists() and (data_dir / META).exists()):
        raise SystemExit(f"{data_dir} holds no benchmark store; make one first with "
                         f"`python -m benchmarks.run --cases {cases}`")
    copy = _own_folder(work_dir / f"source-{cases}")
    keyfile = KeyFile.load(paths.keys)
    # Not Store.open: that would upgrade the shared store's schema in place.
    source = Store(paths, keyfile, keyfile.unlock(SUPERVISOR, PASSWORD))
    started = time.perf_counter()
    try:
        source.backup_to(copy / "pana.db")
    finally:
        source.close()
    keys_beside(copy / "pana.db").rename(copy / "pana.keys")
    shutil.copyfile(data_dir / META, copy / META)
    log(f"copied the store of {cases:,} cases in {time.perf_counter() - started:.1f} s")
    return copy


def run(cases: int, import_cases: int | None = None, data_dir: Path | None = None,
        work_dir: Path | None = None, out: Path = DEFAULT_OUT, *, in_place: bool = False,
        keep_files: bool = False, log=print) -> Path:
    """Measure importing ``import_cases`` (default: all) cases of the benchmark store of
    ``cases`` cases; writes ``<out>/<timestamp>-import-<M>.json`` and returns its path.

    The store is opened by logging in as ``benchmarks.run`` does, but never generated
    here (``prepare_store`` would remake a store of an older generator version).
    """
    from app.services import accounts
    from benchmarks.generate import SUPERVISOR

    when = datetime.now()
    import_cases = import_cases or cases
    data_dir = Path(data_dir or DEFAULT_DATA_DIR / str(cases))
    work_dir = Path(work_dir or DEFAULT_DATA_DIR / f"import-{cases}")
    work_dir.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    source_dir = data_dir if in_place else copy_of_store(data_dir, cases, work_dir, log=log)
    meta = json.loads((source_dir / META).read_text())
    try:
        store, actor = accounts.login(source_dir, SUPERVISOR, PASSWORD)
        try:
            figures = bench_import(store, actor, import_cases, work_dir, log=log,
                                   keep_files=keep_files)
        finally:
            store.close()
    finally:
        if not in_place and not keep_files:
            shutil.rmtree(source_dir, ignore_errors=True)
    result = {"started": when.isoformat(timespec="seconds"), "cases": cases,
              "import_cases": import_cases, "store_meta": meta, "source_copied": not in_place,
              "machine": machine(), "figures": {f.key: f.as_json() for f in figures},
              "seconds": time.perf_counter() - started}
    path = runner.write_result(
        result, Path(out) / f"{when:%Y%m%dT%H%M%S}-import-{import_cases}.json")
    log(runner.table(figures))
    for figure in figures:
        n = figure.notes
        log(f"cases/s: Pana {n['pana_cases_per_s']:,.0f}, baseline "
            f"{n['baseline_cases_per_s']:,.0f}; export {n['export']['seconds']:.1f} s "
            f"({n['export']['cases_per_s']:,.0f} cases/s); search indexing "
            f"{n['search_index']['seconds']:.1f} s of the import; same rows: "
            f"{n['same_rows']}")
    log(f"written {path}")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.importing")
    parser.add_argument("--cases", type=int, default=10_000,
                        help="the benchmark store to export from (.bench-data/<cases>)")
    parser.add_argument("--import-cases", type=int, default=None,
                        help="how many cases to export and import (default: all)")
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--work-dir", type=Path, default=None,
                        help="default: .bench-data/import-<cases>")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--in-place", action="store_true",
                        help="export from the benchmark store itself, not from a copy "
                             "(upgrades its schema if it is behind, and audits the export)")
    parser.add_argument("--keep", action="store_true", help="keep the JSON and the stores")
    args = parser.parse_args(argv)
    run(args.cases, args.import_cases, args.data_dir, args.work_dir, args.out,
        in_place=args.in_place, keep_files=args.keep,
        log=runner.console_log)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
