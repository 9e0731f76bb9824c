"""The commission server's figures: the same work as ``benchmarks.run`` on PostgreSQL.

    .venv/bin/python -m benchmarks.server --cases 10000 [--repeat 5] [--server URL]

The benchmark store of ``--cases`` cases (``.bench-data/<N>``, made by the runner when
missing) is moved to the database ``pana_bench_<N>`` on the server with ``pana db
migrate-to-server``'s own service (kept and reused while it holds those cases), and
each figure is measured twice, in the same run:

- **Pana on the server** (a unit of work per call, as the screens do) against a
  **baseline**: the same rows by raw SQL on one open connection through the same
  driver (psycopg), no unit of work, no ORM;
- **Pana on the laptop's SQLite** for the same calls, in the notes, so the ratio
  server/laptop shows what the network and PostgreSQL cost.

Without ``--server`` the test server of ``tools/pgserver.py`` is used. Results go to
``benchmarks/results/<timestamp>-server-<N>.json``.
"""

from __future__ import annotations

import argparse
import os
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from benchmarks.run import (
    _CASE_FILE_SQL,
    DEFAULT_DATA_DIR,
    DEFAULT_OUT,
    Figure,
    console_log,
    machine,
    pick_queries,
    prepare_store,
    summary,
    table,
    timed,
    write_result,
)

_DISPLAY = (
    "SELECT c.number, c.status, c.registered_on, c.decision_due_on, c.status_valid_to, "
    "c.closed_on, c.version, a.citizenships, u.username, "
    "(SELECT string_agg(trim(p.surname || ' ' || p.given_names || ' ' || p.patronymic), '|' "
    "ORDER BY p.position) FROM person_names p WHERE p.applicant_id = a.id) AS names ")


def test_server_url() -> str | None:
    """The URL ``tools/pgserver.py start`` wrote (in /dev/shm with ``make test``)."""
    root = Path(__file__).resolve().parents[1]
    for path in (Path("/dev/shm/pana-pg-test/url"), root / ".pg-test" / "url"):
        if path.exists():
            return path.read_text().strip()
    return None


def server_database(admin_url: str, store, actor, cases: int, *, name: str | None = None,
                    log=print) -> tuple[str, dict]:
    """The URL of ``pana_bench_<cases>`` holding the benchmark store, moving it there
    first unless it already does (the same store: its cases and its database id); and
    what the move cost (empty when reused)."""
    import psycopg
    from sqlalchemy.engine import make_url

    from app.services.server_migration import migrate_to_server

    name = name or f"pana_bench_{cases}"
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    plain = make_url(admin_url).set(drivername="postgresql").render_as_string(
        hide_password=False)
    with psycopg.connect(plain, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s",
                              (name,)).fetchone()
    if exists:
        target = make_url(url).set(drivername="postgresql").render_as_string(
            hide_password=False)
        try:
            with psycopg.connect(target) as conn:
                held = conn.execute("SELECT count(*) FROM cases").fetchone()[0]
                moved = conn.execute("SELECT count(*) FROM audit_log WHERE action = "
                                     "'store.migrate_to_server'").fetchone()[0]
                db_id = conn.execute("SELECT value FROM settings WHERE key = "
                                     "'store.db_id'").fetchone()
        except psycopg.Error:
            held = moved = 0
            db_id = None
        same = db_id is not None and db_id[0].strip('"') == store.keyfile.db_id
        if held == cases and moved and same:
            log(f"reusing {name} ({cases:,} cases)")
            return url, {}
        with psycopg.connect(plain, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE "{name}" WITH (FORCE)')
    with psycopg.connect(plain, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    log(f"moving {cases:,} cases to {name} …")
    started = time.perf_counter()
    report = migrate_to_server(store, actor_admin(store), url)
    seconds = time.perf_counter() - started
    return url, {"migrate_seconds": seconds, "rows": report.rows,
                 "stages_seconds": report.stages}


def actor_admin(store):
    from sqlalchemy import select

    from app.db.audit import Actor
    from app.db.models import User

    with store.uow(readonly=True) as uow:
        user = uow.session.execute(select(User).where(User.username == "admin")).scalar_one()
        return Actor(user.id, user.username, user.role)


def _pair(fn_server, fn_laptop, raw, repeat: int) -> tuple[dict, dict, dict]:
    server_t, laptop_t, raw_t = [], [], []
    for _ in range(repeat):
        server_t.append(timed(fn_server))
        laptop_t.append(timed(fn_laptop))
        raw_t.append(timed(raw))
    return summary(server_t), summary(raw_t), summary(laptop_t)


def bench(server, laptop, actor, conn, sqlite_conn, repeat: int, cases: int) -> list[Figure]:
    from app.db import search
    from app.domain.deadlines import add_months
    from app.services import casefile, queries, statistics

    figures = []

    # 1. name search
    items = pick_queries(sqlite_conn, 20)

    def listing(store, query):
        with store.uow(readonly=True) as uow:
            return queries.list_cases(uow, actor, queries.CaseFilter(search=query, limit=50))

    def raw_search(query):
        found = search.conditions(query, "postgresql")
        if found is None:
            return []
        where, params = found
        return conn.execute(text(
            f"WITH hits AS (SELECT case_id, rowid FROM case_search WHERE {where} "
            "ORDER BY rowid DESC LIMIT 50) " + _DISPLAY +
            "FROM hits JOIN cases c ON c.id = hits.case_id JOIN applicants a "
            "ON a.case_id = c.id LEFT JOIN users u ON u.id = c.assigned_officer_id "
            "ORDER BY hits.rowid DESC"), params).all()

    same = 0
    for item in items:
        got = [c.number for c in listing(server, item["query"])]
        same += got == [c.number for c in listing(laptop, item["query"])]
        item["hits"] = len(got)
    s_t, r_t, l_t = [], [], []
    for _ in range(repeat):
        for item in items:
            s_t.append(timed(lambda q=item["query"]: listing(server, q)))
            l_t.append(timed(lambda q=item["query"]: listing(laptop, q)))
            r_t.append(timed(lambda q=item["query"]: raw_search(q)))
    p, b, lap = summary(s_t), summary(r_t), summary(l_t)
    figures.append(Figure(
        "server_search", f"name search on the server, {len(items)} queries (p95)", p, b,
        "raw LIKE over the pg_trgm index, newest 50 + displayed columns, one connection",
        notes={"laptop_sqlite": lap, "server_vs_laptop": p["p95_ms"] / lap["p95_ms"],
               "queries_with_the_same_cases_on_both": f"{same} of {len(items)}",
               "queries": items}))

    # 2. registry, first page
    from app.services.queries import DEFAULT_ORDER

    order = ", ".join(f"c.{k.lstrip('-')} {'DESC' if k.startswith('-') else 'ASC'}"
                      for k in [*DEFAULT_ORDER, "number"])

    def page(store):
        with store.uow(readonly=True) as uow:
            return queries.list_cases(uow, actor, queries.CaseFilter(limit=50, total=cases))

    def raw_page():
        return conn.execute(text(
            f"WITH page AS (SELECT c.id FROM cases c ORDER BY {order} LIMIT 50) " + _DISPLAY +
            "FROM page JOIN cases c ON c.id = page.id JOIN applicants a ON a.case_id = c.id "
            f"LEFT JOIN users u ON u.id = c.assigned_officer_id ORDER BY {order}")).all()

    assert [c.number for c in page(server)] == [r[0] for r in raw_page()], "not the same page"
    p, b, lap = _pair(lambda: page(server), lambda: page(laptop), raw_page, max(repeat, 5))
    figures.append(Figure("server_registry_first", "registry first page on the server (median)",
                          p, b, "raw SELECT of the same 50 rows, one connection",
                          compare="median_ms",
                          notes={"laptop_sqlite": lap,
                                 "server_vs_laptop": p["median_ms"] / lap["median_ms"]}))

    # 3. the case file with the most records
    case_id, number = conn.execute(text(
        "SELECT a.case_id, c.number FROM audit_log a JOIN cases c ON c.id = a.case_id "
        "GROUP BY a.case_id, c.number ORDER BY count(*) DESC LIMIT 1")).one()

    def case_file(store):
        with store.uow(readonly=True) as uow:
            return casefile.load_case_file(uow, actor, number, sensitive=True)

    applicant = conn.execute(text("SELECT id FROM applicants WHERE case_id = :c"),
                             {"c": case_id}).scalar()
    params = {"case": case_id, "applicant": applicant, "user": actor.user_id}

    def raw_case_file():
        rows = conn.execute(text("SELECT * FROM cases WHERE id = :case"), params).all()
        for _name, sql in _CASE_FILE_SQL:
            rows += conn.execute(text(sql), {k: v for k, v in params.items()
                                             if f":{k}" in sql}).all()
        return rows

    case_file(server), case_file(laptop)  # the first views write their audit entries
    p, b, lap = _pair(lambda: case_file(server), lambda: case_file(laptop), raw_case_file,
                      max(repeat, 5))
    figures.append(Figure("server_case_file", "case file open on the server (median)", p, b,
                          "the same rows by raw SELECTs, one connection", compare="median_ms",
                          notes={"case": number, "laptop_sqlite": lap,
                                 "server_vs_laptop": p["median_ms"] / lap["median_ms"]}))

    # 4. statistics of a year
    today = date.today()
    flt = statistics.StatsFilter(add_months(today.replace(day=1), -11), today)

    def stats(store):
        with store.uow(readonly=True) as uow:
            return statistics.statistics(uow, actor, flt)

    def raw_stats():
        bounds = {"a": flt.date_from, "b": flt.date_to}
        return [conn.execute(text(
            "SELECT to_char(registered_on, 'YYYY-MM') AS m, count(*) FROM cases "
            "WHERE registered_on BETWEEN :a AND :b GROUP BY m"), bounds).all(),
            conn.execute(text(
                "SELECT to_char(decided_on, 'YYYY-MM') AS m, outcome, count(*) FROM decisions "
                "WHERE kind = 'status' AND decided_on BETWEEN :a AND :b GROUP BY m, outcome"),
                bounds).all()]

    assert stats(server) == stats(laptop), "statistics differ between the engines"
    p, b, lap = _pair(lambda: stats(server), lambda: stats(laptop), raw_stats, max(repeat, 3))
    figures.append(Figure("server_statistics", "statistics of a year on the server (median)",
                          p, b, "raw GROUP BY counts by month, one connection",
                          compare="median_ms",
                          notes={"laptop_sqlite": lap,
                                 "server_vs_laptop": p["median_ms"] / lap["median_ms"]}))
    return figures


def bench_checkout(server, actor_office, tmp: Path, repeat: int) -> Figure:
    """Check 10 cases out to a laptop, take them there, write the check-in file and check
    it in (no changes), against the core of it: writing the same cases' documents."""
    from sqlalchemy import select

    from app.bootstrap import init_store
    from app.db.audit import Actor
    from app.db.models import Case, User
    from app.services import accounts, checkout, exchange

    with server.uow(readonly=True) as uow:
        numbers = list(uow.session.execute(select(Case.number).where(
            Case.status == "registered").order_by(Case.number.desc()).limit(10 * repeat))
            .scalars())
        officer = uow.session.execute(select(User).where(User.role == "officer")
                                      .order_by(User.username)).scalars().first()
        office_officer = Actor(officer.id, officer.username, officer.role)
        username = officer.username
    made = init_store(tmp / "laptop", admin="laptopadmin", password="bench-laptop-1",
                      region="AQM", commission="Laptop")
    laptop = made.store
    try:
        accounts.add_user(laptop, made.admin, username, "officer", "bench-laptop-1")
        with laptop.uow(readonly=True) as uow:
            user = uow.session.execute(select(User).where(
                User.username == username)).scalar_one()
            on_laptop = Actor(user.id, user.username, user.role)
        request = checkout.read_request(checkout.device_request(laptop, on_laptop))
        rounds = [numbers[i:i + 10] for i in range(0, len(numbers), 10)][:repeat]

        def round_trip(batch):
            with server.uow() as uow:
                package = checkout.check_out(uow, office_officer, server, request, batch,
                                             date.today() + timedelta(days=7)).package
            with laptop.uow() as uow:
                checkout.accept_checkout(uow, on_laptop, laptop, package)
            with laptop.uow() as uow:
                data = checkout.checkin_file(uow, on_laptop, laptop)
            with server.uow() as uow:
                receipt = checkout.apply_checkin(uow, office_officer, server, data).receipt
            with laptop.uow() as uow:
                checkout.finish_checkin(uow, on_laptop, laptop, receipt)

        def documents(batch):
            with server.uow(readonly=True) as uow:
                cases = list(uow.session.execute(select(Case).where(
                    Case.number.in_(batch))).scalars())
                for case in cases:
                    exchange.writer_document(uow.session, [case])

        p = summary([timed(lambda b=batch: round_trip(b)) for batch in rounds])
        b = summary([timed(lambda b=batch: documents(b)) for batch in rounds])
    finally:
        laptop.close()
    return Figure("server_checkout_round", "10 cases out to a laptop and back (median)", p, b,
                  "the same 10 cases written as exchange documents on the server",
                  compare="median_ms",
                  notes={"rounds": len(rounds), "steps": "check-out, take in on the laptop, "
                         "check-in file, check-in at the office, receipt on the laptop"})


def run(cases: int, repeat: int, data_dir: Path, out: Path, admin_url: str | None, *,
        database: str | None = None, log=print) -> Path:
    import tempfile

    from app.db.engine import READONLY, connect_raw
    from app.db.server import ServerStore

    admin_url = admin_url or test_server_url()
    if admin_url is None:
        raise SystemExit("no PostgreSQL server: start one with tools/pgserver.py start, or "
                         "give --server URL (a role that may create databases)")
    started, when, load = time.perf_counter(), datetime.now(), os.getloadavg()
    laptop, actor = prepare_store(data_dir, cases, log=log)
    sqlite_conn = connect_raw(laptop.paths.db, laptop.db_key)
    try:
        url, moved = server_database(admin_url, laptop, actor, cases, name=database,
                                     log=log)
        server = ServerStore.open_with_key(url, laptop.db_key)
        try:
            with server.engine.connect() as conn:
                # Reads only: a plain connection would take the writers' lock at begin.
                conn.execution_options(**{READONLY: True})
                log("server: search, registry, case file, statistics …")
                figures = bench(server, laptop, actor, conn, sqlite_conn, repeat, cases)
            log("server: check-out round trips …")
            with tempfile.TemporaryDirectory() as tmp:
                figures.append(bench_checkout(server, actor, Path(tmp), min(repeat, 3)))
        finally:
            server.close()
    finally:
        sqlite_conn.close()
        laptop.close()
    result = {"started": when.isoformat(timespec="seconds"), "cases": cases,
              "repeat": repeat, "machine": machine(), "server": "PostgreSQL",
              "load_average": {"start": load, "end": os.getloadavg()},
              "info": {"moved": moved},
              "figures": {f.key: f.as_json() for f in figures},
              "seconds": time.perf_counter() - started}
    path = write_result(result, Path(out) / f"{when:%Y%m%dT%H%M%S}-server-{cases}.json")
    log(table(figures))
    for f in figures:
        if "server_vs_laptop" in f.notes:
            log(f"  {f.key}: server / laptop = {f.notes['server_vs_laptop']:.2f}×")
    if moved:
        log(f"moved to the server in {moved['migrate_seconds']:.1f} s")
    log(f"written {path}")
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.server")
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--data-dir", type=Path, default=None)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--server", default=os.environ.get("PANA_BENCH_SERVER"),
                        help="a PostgreSQL URL of a role that may create databases "
                             "(default: the test server of tools/pgserver.py)")
    args = parser.parse_args(argv)
    run(args.cases, args.repeat, args.data_dir or DEFAULT_DATA_DIR / str(args.cases),
        args.out, args.server, log=console_log)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

