"""The ``pana`` command: the desktop app, and administration for scripts.

Errors a person can act on are printed as one clear line on stderr with exit
status 1; usage errors exit with 2. Passwords come from the environment
(``PANA_PASSWORD``, ``PANA_NEW_PASSWORD``) or a prompt, never from arguments.

Every command that opens a database works on a data folder (``--data-dir``) or on a
commission server (``--server URL``, default ``$PANA_SERVER``); those that only make
sense for a folder's files (backup, restore, verify, demo) say so on a server.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from app.domain.errors import DomainError, StoreError, ValidationError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N

PASSWORD_ENV = "PANA_PASSWORD"
NEW_PASSWORD_ENV = "PANA_NEW_PASSWORD"
RECOVERY_KEY_ENV = "PANA_RECOVERY_KEY"
USER_ENV = "PANA_USER"
SERVER_ENV = "PANA_SERVER"
#: ``pana db migrate-to-server`` says how far it is after every this many rows.
PROGRESS_ROWS = 50_000


_DEMO_ON_SERVER = _N("DomainError", "“pana demo” makes a demo data folder and cannot fill the "
                                    "server {url}. Name a new folder with --data-dir instead.")
_LAPTOP_ON_SERVER = _N("DomainError", "“pana laptop” works on a laptop's own data folder, not "
                                       "on the server {url}: the office checks cases out with "
                                       "“pana checkout”.")
_FOLDER_ONLY = {
    "backup": _N("DomainError", "A commission server is backed up on the server itself "
                                "(pg_dump), not from a workstation; “pana db backup” works on "
                                "a data folder. Ask whoever looks after the server {url}."),
    "restore": _N("DomainError", "“pana db restore” puts a backup into a data folder; a "
                                 "commission server is restored on the server itself "
                                 "(pg_restore). Ask whoever looks after the server {url}."),
    "verify": _N("DomainError", "“pana db verify” checks a data folder's database file; the "
                                "server {url} keeps its own files, which its administrator "
                                "checks. Use “pana --server URL db status”, or “pana server "
                                "check”."),
}


class CliError(Exception):
    """A usage problem found after parsing (exit status 2)."""


def _password(prompt: str = "Password: ") -> str:
    if os.environ.get(PASSWORD_ENV) is not None:
        return os.environ[PASSWORD_ENV]
    if not sys.stdin.isatty():
        raise CliError(f"no password: set {PASSWORD_ENV} or run in a terminal")
    return getpass.getpass(prompt)


def _new_password(what: str) -> str:
    if os.environ.get(NEW_PASSWORD_ENV) is not None:
        return os.environ[NEW_PASSWORD_ENV]
    if not sys.stdin.isatty():
        raise CliError(f"no new password: set {NEW_PASSWORD_ENV} or run in a terminal")
    first = getpass.getpass(f"New password for {what}: ")
    if getpass.getpass("Repeat it: ") != first:
        raise CliError("the two passwords differ")
    return first


def _recovery_key() -> str:
    if os.environ.get(RECOVERY_KEY_ENV) is not None:
        return os.environ[RECOVERY_KEY_ENV]
    if not sys.stdin.isatty():
        raise CliError(f"no recovery key: set {RECOVERY_KEY_ENV} or run in a terminal")
    return getpass.getpass("Recovery key (13 groups of 4): ")


def _data_dir(args) -> Path:
    from app.bootstrap import default_data_dir

    return Path(args.data_dir).expanduser() if args.data_dir else default_data_dir()


def _server(args) -> str | None:
    """The server URL: ``--server``, else ``$PANA_SERVER`` unless ``--data-dir`` is given."""
    if getattr(args, "server", None):
        return args.server
    if getattr(args, "data_dir", None):
        return None
    return os.environ.get(SERVER_ENV) or None


def _location(args) -> str | Path:
    """Where the database is: a server URL, or the data folder."""
    return _server(args) or _data_dir(args)


def _shown(location: str | Path) -> str:
    """The location for the output: a server URL without its password."""
    from app.db.server import is_server_location, safe_url

    return safe_url(location) if is_server_location(location) else str(location)


def _folder_only(args, template: str) -> None:
    """Refuse a command that works on a data folder's files when a server is in use."""
    server = _server(args)
    if server:
        from app.db.server import safe_url

        raise StoreError(template, url=safe_url(server))


def _user(args) -> str:
    name = getattr(args, "user", None) or os.environ.get(USER_ENV)
    if not name:
        raise CliError(f"say who acts: --user NAME (or set {USER_ENV})")
    return name


def _login(args):
    from app.bootstrap import log_in

    return log_in(_location(args), _user(args), _password())


# ---------------------------------------------------------------------------
# commands


def cmd_gui(args) -> int:
    from app.ui.application import run

    # A server URL goes to the login window as it is (it tells a URL from a folder).
    return run(_location(args), list(getattr(args, "qt_args", []) or []))


def cmd_demo(args) -> int:
    from app.services.demo import make_demo

    _folder_only(args, _DEMO_ON_SERVER)
    data_dir = _data_dir(args)
    made = make_demo(data_dir, cases=args.cases, seed=args.seed)
    made.store.close()
    print(f"Demo database with {args.cases} fictional cases in {data_dir}")
    print("Accounts: admin, officer, officer2, supervisor, supervisor2, clerk — password “demo”.")
    return 0


def cmd_init(args) -> int:
    return _init(args, _location(args))


def _init(args, location: str | Path) -> int:
    from app.bootstrap import init_store
    from app.db.server import is_server_location
    from app.services.accounts import recovery_sheet

    if args.recovery_sheet:
        _check_output_file(args.recovery_sheet)
    password = _new_password(args.admin)
    made = init_store(location, admin=args.admin, password=password, region=args.region,
                      commission=args.commission)
    where = (f"on the server {_shown(location)}" if is_server_location(location)
             else f"in {location}")
    try:
        print(f"New Pana database {where} for “{args.commission}” "
              f"({args.region.upper()}).")
        print()
        print("RECOVERY KEY — write it down or print it, and keep it in a safe:")
        print(f"    {made.recovery_key}")
        print("It opens the database if every password is lost. It is shown only now.")
        if args.recovery_sheet:
            pdf = recovery_sheet(made.store, made.admin, made.recovery_key, language=args.lang)
            _write_secret_file(args.recovery_sheet, pdf)
            _said_sheet_written(args.recovery_sheet)
    finally:
        made.store.close()
    return 0


def _check_output_file(name: str) -> None:
    target = Path(name)
    if target.is_dir() or not target.parent.is_dir():
        raise CliError(f"cannot write {name}: give a file name in an existing folder")


def _write_secret_file(name: str, content: bytes) -> None:
    """Write the whole file or nothing, readable by its owner only (it holds a secret)."""
    path = Path(name)
    partial = path.with_name(path.name + ".partial")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise CliError(f"cannot write {name}: {exc.strerror}") from None


def _said_sheet_written(name: str) -> None:
    print(f"Recovery sheet written to {name}. It holds the recovery key: print it, put it "
          "in the safe, then delete the file.")


def cmd_recovery_sheet(args) -> int:
    from app.services.accounts import recovery_sheet

    _check_output_file(args.file)
    store, actor = _login(args)
    try:
        pdf = recovery_sheet(store, actor, _recovery_key(), language=args.lang)
    finally:
        store.close()
    _write_secret_file(args.file, pdf)
    _said_sheet_written(args.file)
    return 0


def _reset_with_recovery_key(args) -> int:
    from app.db.store import StorePaths, load_keyfile
    from app.services import accounts

    location = _location(args)
    recovery_key = _recovery_key()
    # Check the key before asking for a new password; the service checks it again.
    if _server(args):
        from app.db.server import ServerStore

        server = ServerStore.open_with_key(str(location), b"")
        try:
            server.keyfile.unlock_with_recovery(recovery_key)
        finally:
            server.close()
    else:
        load_keyfile(StorePaths(location)).unlock_with_recovery(recovery_key)
    done = accounts.reset_with_recovery_key(location, recovery_key, args.name,
                                            _new_password(args.name))
    also = []
    if done.enabled_again:
        also.append("the account is enabled again")
    if done.was_locked:
        also.append("its lockout is cleared")
    print(f"Password of {done.username} reset with the recovery key"
          + (f"; {' and '.join(also)}" if also else "") + ".")
    print("The audit log records this as “user.reset” by “recovery”.")
    return 0


def cmd_user(args) -> int:
    from app.services import accounts

    if args.user_command == "reset" and args.recovery_key:
        return _reset_with_recovery_key(args)
    store, actor = _login(args)
    try:
        if args.user_command == "add":
            info = accounts.add_user(store, actor, args.name, args.role,
                                     _new_password(args.name), display_name=args.display_name)
            print(f"Added {info.username} ({info.role}).")
        elif args.user_command == "passwd":
            accounts.change_password(store, actor, args.name, _new_password(args.name))
            print(f"Password of {args.name} changed.")
        elif args.user_command == "disable":
            accounts.disable_user(store, actor, args.name)
            print(f"{args.name} is disabled and can no longer open the database.")
        elif args.user_command == "enable":
            accounts.enable_user(store, actor, args.name, _new_password(args.name))
            print(f"{args.name} is enabled again, with the new password.")
        elif args.user_command == "role":
            accounts.set_role(store, actor, args.name, args.role)
            print(f"{args.name} is now {args.role}; it takes effect at their next login.")
        elif args.user_command == "reset":
            accounts.reset_password(store, actor, args.name, _new_password(args.name))
            print(f"Password of {args.name} reset; any lockout is cleared.")
        else:
            rows = accounts.list_users(store, actor)

            def when(value) -> str:
                return value.strftime("%Y-%m-%d %H:%M") if value else ""

            _table(["user", "role", "name", "state", "last login", "failed", "locked until"], [
                [u.username, u.role, u.display_name,
                 "disabled" if u.disabled else "locked" if u.locked_until else "active",
                 when(u.last_login_at), str(u.failed_attempts) if u.failed_attempts else "",
                 when(u.locked_until)]
                for u in rows])
    finally:
        store.close()
    return 0


def cmd_db(args) -> int:
    from app.services import maintenance

    if args.db_command == "migrate-to-server":
        return _migrate_to_server(args)
    if args.db_command in _FOLDER_ONLY:
        _folder_only(args, _FOLDER_ONLY[args.db_command])
    if args.db_command == "restore":
        kept = maintenance.restore(_data_dir(args), Path(args.file), _user(args), _password())
        print(f"Restored {args.file}." + (f" The replaced database is kept as {kept}." if kept
                                          else ""))
        return 0
    if args.db_command == "verify":
        return _verify(args)
    if args.db_command == "upgrade" and _server(args):
        return _upgrade_server(args)
    if args.db_command == "upgrade":
        from app.db.store import Store, StorePaths, load_keyfile

        paths = StorePaths(_data_dir(args))
        keyfile = load_keyfile(paths)
        key = keyfile.unlock(_user(args), _password())
        store = Store.open_with_key(paths, keyfile, key, upgrade=False)
        try:
            current, head = store.schema_status()
            if current == head:
                print(f"The schema is current ({head}).")
            else:
                saved = store.upgrade_schema()
                print(f"Upgraded the schema from {current} to {head}."
                      + (f" Backup taken first: {saved}" if saved else ""))
            count = maintenance.rebuild_search(store)
            print(f"Search index rebuilt for {count} cases.")
        finally:
            store.close()
        return 0
    store, actor = _login(args)
    try:
        if args.db_command == "status":
            current, head = store.schema_status()
            with store.uow(readonly=True) as uow:
                from app.services.queries import count_cases

                counts = count_cases(uow, actor)
            if getattr(store, "is_server", False):
                print(f"server:      {store.location}")
            else:
                size = store.paths.db.stat().st_size
                print(f"data folder: {store.paths.data_dir}")
                print(f"database:    {store.paths.db} ({size:,} bytes, encrypted)")
            print(f"schema:      {current} (the app expects {head})"
                  + ("" if current == head else " — run “pana db upgrade”"))
            print(f"demo:        {'yes' if store.keyfile.demo else 'no'}")
            print(f"cases:       {sum(counts.values())}")
            for status, n in sorted(counts.items()):
                print(f"  {status:<28}{n}")
        elif args.db_command == "backup":
            def progress(done: int, total: int) -> None:
                if sys.stderr.isatty():
                    print(f"\r{done * 100 // total:3d} %", end="", file=sys.stderr)

            path = maintenance.backup(store, actor, Path(args.file), progress)
            print(f"Backup written to {path} (encrypted) with its key file "
                  f"{path.name}.keys beside it.")
    finally:
        store.close()
    return 0


def _upgrade_server(args) -> int:
    from app.db.server import ServerStore
    from app.services import maintenance

    store = ServerStore.open(_server(args), _user(args), _password(), upgrade=False)
    try:
        current, head = store.schema_status()
        if current == head:
            print(f"The schema is current ({head}).")
        else:
            store.upgrade_schema()
            print(f"Upgraded the schema from {current} to {head}.")
        count = maintenance.rebuild_search(store)
        print(f"Search index rebuilt for {count} cases.")
    finally:
        store.close()
    return 0


def _migrate_to_server(args) -> int:
    """``pana db migrate-to-server URL``: the data folder into an empty server database."""
    import time

    from app.bootstrap import log_in
    from app.services.server_migration import migrate_to_server

    if getattr(args, "server", None):
        raise CliError("migrate-to-server reads a data folder: name it with --data-dir and "
                       "give the server as the URL after the command, not with --server")
    data_dir = _data_dir(args)
    store, actor = log_in(data_dir, _user(args), _password())
    started = time.monotonic()
    shown = {"next": PROGRESS_ROWS}

    def progress(table: str, done: int, total: int) -> None:
        if done >= shown["next"]:
            print(f"  {done:,} of {total:,} rows copied ({table}, "
                  f"{time.monotonic() - started:.0f} s)", file=sys.stderr, flush=True)
            shown["next"] = (done // PROGRESS_ROWS + 1) * PROGRESS_ROWS

    try:
        print(f"Moving {data_dir} to {_shown(args.url)} …", flush=True)
        report = migrate_to_server(store, actor, args.url, progress=progress)
    finally:
        store.close()
    filled = [[name, f"{n:,}"] for name, n in sorted(report.counts.items()) if n]
    _table(["table", "rows"], filled)
    empty = len(report.counts) - len(filled)
    print(f"Copied {len(report.counts)} tables ({empty} of them empty), {report.rows:,} rows "
          f"and {report.counts.get('cases', 0):,} cases to {report.server} in "
          f"{report.seconds:.1f} s.")
    print(f"Checked: the rows of every table, the audit chain ({report.audit_entries:,} "
          f"entries, the last recording this move), the search index "
          f"({report.cases_indexed:,} cases) and {report.searches_checked} name searches.")
    print("Every account logs in on the server with its present password; the recovery key "
          "is the same.")
    print(f"Keep {data_dir} as a backup and do not work in it any more: changes made there "
          "now would not reach the server. Start Pana with --server URL (or set "
          f"{SERVER_ENV}).")
    return 0


def cmd_server(args) -> int:
    location = args.url or _server(args)
    if not location:
        raise CliError(f"give the server's URL (or set {SERVER_ENV})")
    if args.server_command == "init":
        from app.db.server import is_server_location

        if not is_server_location(location):
            raise CliError(f"“{location}” is not a server URL: write it as "
                           "postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full")
        return _init(args, location)
    return _check_server(location)


def _check_server(location: str) -> int:
    """Connect with the database role only (no Pana login) and say what is there."""
    from sqlalchemy import text

    from app.db import migrate
    from app.db.engine import READONLY
    from app.db.server import KEYS_TABLE, ServerStore, safe_url

    url, engine = ServerStore.connect(location)
    try:
        with engine.connect() as conn:
            conn.execution_options(**{READONLY: True})
            version = conn.execute(text("SHOW server_version")).scalar()
            tls = conn.execute(text("SELECT ssl, version, cipher FROM pg_stat_ssl "
                                    "WHERE pid = pg_backend_pid()")).first()
        revision = migrate.current_revision(engine)
        head = migrate.head_revision()
        accounts = cases = None
        if revision is not None:
            with engine.connect() as conn:
                conn.execution_options(**{READONLY: True})
                accounts = conn.execute(text(f"SELECT count(*) FROM {KEYS_TABLE}")).scalar()
                cases = conn.execute(text("SELECT count(*) FROM cases")).scalar()
    finally:
        engine.dispose()
    print(f"server:      {safe_url(url)}")
    print(f"PostgreSQL:  {version}")
    if tls is not None and tls[0]:
        print(f"connection:  encrypted ({tls[1]}, {tls[2]})")
    else:
        print("connection:  NOT encrypted (acceptable only for a server on this computer)")
    if revision is None:
        print("schema:      none — an empty database: set it up with “pana server init” or "
              "move a data folder to it with “pana db migrate-to-server”")
        return 0
    print(f"schema:      {revision} (the app expects {head})"
          + ("" if revision == head else " — run “pana --server URL db upgrade”"))
    print(f"accounts:    {'set up' if accounts else 'missing'}")
    print(f"cases:       {cases:,}")
    return 0


def _verify(args) -> int:
    from app.services import maintenance

    try:
        store, _actor = _login(args)
    except DomainError as exc:
        print(f"PROBLEM: {exc.message}")
        return 1
    try:
        report = maintenance.verify_store(store)
    finally:
        store.close()
    for line in report.checks:
        print(f"ok       {line}")
    for line in report.problems:
        print(f"PROBLEM  {line}")
    return 0 if report.ok else 1


def cmd_settings(args) -> int:
    from dataclasses import asdict

    from app.services import accounts, retention, security_settings, settings

    store, actor = _login(args)
    try:
        if args.settings_command == "set" and args.key.startswith(settings.DOCUMENT_PREFIX):
            with store.uow() as uow:
                settings.set_document_text(uow, actor, args.key, args.value)
            print(f"{args.key} = {args.value}")
        elif args.settings_command == "letterhead":
            content = None
            if not args.remove:
                if not args.file:
                    raise CliError("give the image file, or --remove")
                content = _read_file(args.file)
            with store.uow() as uow:
                settings.set_letterhead(uow, actor, content)
            print("Letterhead removed." if content is None else
                  f"Letterhead set from {args.file}.")
        elif args.settings_command == "set" and args.key == accounts.MAX_FAILED_LOGINS_SETTING:
            accounts.set_max_failed_logins(store, actor, _whole_number(args.value))
            print(f"{args.key} = {args.value}")
        elif args.settings_command == "set" and args.key == security_settings.IDLE_MINUTES:
            with store.uow() as uow:
                security_settings.set_idle_minutes(uow, actor, _whole_number(args.value))
            print(f"{args.key} = {args.value}")
        elif args.settings_command == "set" and args.key == retention.YEARS_SETTING:
            with store.uow() as uow:
                retention.set_retention_years(uow, actor, _whole_number(args.value))
            print(f"{args.key} = {args.value}")
        elif args.settings_command == "set":
            name = args.key.removeprefix(settings.DEADLINE_PREFIX)
            try:
                value = int(args.value)
            except ValueError:
                raise CliError(f"“{args.value}” is not a whole number") from None
            with store.uow() as uow:
                settings.set_deadline(uow, actor, name, value)
            print(f"{settings.DEADLINE_PREFIX}{name} = {value}")
        else:
            with store.uow(readonly=True) as uow:
                current = settings.deadline_settings(uow.session)
                texts = settings.document_texts(uow.session)
                years = retention.retention_years(uow.session)
                idle = security_settings.idle_minutes(uow)
            for key, value in asdict(current).items():
                print(f"{settings.DEADLINE_PREFIX}{key:<28}{value}")
            print(f"{retention.YEARS_SETTING:<37}{years}")
            print(f"{security_settings.IDLE_MINUTES:<37}{idle}")
            print(f"{accounts.MAX_FAILED_LOGINS_SETTING:<37}{accounts.max_failed_logins(store)}")
            for name in settings.DOCUMENT_FIELDS:
                for language in settings.DOCUMENT_LANGUAGES:
                    key = f"{settings.DOCUMENT_PREFIX}{name}.{language}"
                    print(f"{key:<37}{texts[name].get(language, '')}")
    finally:
        store.close()
    return 0


def _row_numbers(value: str) -> list[int]:
    try:
        rows = [int(part) for part in value.replace(" ", "").split(",") if part]
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{value}” is not a list of row numbers, "
                                         "e.g. 12,40") from None
    if not rows or min(rows) < 1:
        raise argparse.ArgumentTypeError(f"“{value}” is not a list of row numbers, e.g. 12,40")
    return rows


def _whole_number(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise CliError(f"“{value}” is not a whole number") from None


def _read_file(name: str) -> bytes:
    try:
        return Path(name).read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {name}: {exc.strerror}") from None


def _write_file(name: str, content: bytes) -> None:
    """Write the whole file or nothing: a half-written PDF is never left behind."""
    path = Path(name)
    partial = path.with_name(path.name + ".partial")
    try:
        partial.write_bytes(content)
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise CliError(f"cannot write {name}: {exc.strerror}") from None


def cmd_print(args) -> int:
    from app.services import printing

    target = Path(args.output)
    if target.is_dir() or not target.parent.is_dir():
        raise CliError(f"cannot write {args.output}: give a file name in an existing folder")
    store, actor = _login(args)
    try:
        with store.uow() as uow:
            printed = printing.issue_document(uow, actor, args.document, args.number,
                                              language=args.lang)
        _write_file(args.output, printed.pdf)
    finally:
        store.close()
    copy = " (duplicate)" if printed.duplicate else ""
    certificate = f", certificate {printed.certificate_number}" if printed.certificate_number \
        else ""
    print(f"Registered {printed.register_number}{copy}{certificate}; written to {args.output}.")
    return 0


def cmd_verify(args) -> int:
    from app.services import printing

    store, actor = _login(args)
    try:
        with store.uow() as uow:
            check = printing.verify_certificate(uow, actor, args.certificate, args.code or "")
    finally:
        store.close()
    line = f"{check.number}: {check.state.value}"
    if check.valid_to:
        line += f" (issued {check.issued_on.isoformat()}, valid to {check.valid_to.isoformat()})"
    if check.replaced_by:
        line += f", replaced by {check.replaced_by}"
    print(line)
    return 0 if check.state.value == "valid" else 3


def cmd_case(args) -> int:
    from app.services import exchange, queries

    store, actor = _login(args)
    try:
        if args.case_command == "list":
            with store.uow(readonly=True) as uow:
                rows = queries.list_cases(uow, actor, queries.CaseFilter(
                    status=args.status, search=args.search or ""))
            if args.format == "json":
                print(json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=1))
            else:
                _table(["number", "status", "name", "citizenship", "officer", "registered",
                        "decision due"],
                       [[r.number, r.status, r.display_name, r.citizenships, r.officer,
                         r.registered_on.isoformat(), r.decision_due_on.isoformat()]
                        for r in rows])
                print(f"{len(rows)} cases")
        elif args.case_command == "show":
            with store.uow() as uow:
                document = exchange.case_document(uow, actor, args.number)
            if args.format == "json":
                print(json.dumps(document, ensure_ascii=False, indent=1))
            else:
                print(exchange.describe_case(document))
        elif args.case_command == "export":
            with store.uow() as uow:
                count = exchange.export_file(uow, actor, Path(args.file), status=args.status)
            print(f"Exported {count} cases to {args.file}.")
        elif args.case_command == "import" and _is_spreadsheet(Path(args.file)):
            return _import_spreadsheet(args, store, actor)
        elif args.case_command == "import":
            if args.mapping or args.sheet or args.dry_run or args.distinct or args.save_mapping:
                raise CliError("--mapping, --sheet, --dry-run, --distinct and --save-mapping "
                               "are for spreadsheets (.xlsx, .csv)")
            with store.uow() as uow:
                numbers = exchange.import_file(uow, actor, Path(args.file))
            print(f"Imported {len(numbers)} cases from {args.file}.")
    finally:
        store.close()
    return 0


def _is_spreadsheet(path: Path) -> bool:
    """A register to import row by row (not a Pana case file): by its name, or a
    workbook's first bytes under another name."""
    from app.services import spreadsheet_import as si

    if path.suffix.lower() in si.XLSX_SUFFIXES + si.CSV_SUFFIXES + (".xls", ".ods"):
        return True
    try:
        with path.open("rb") as handle:
            return handle.read(4) in (b"PK\x03\x04", b"\xd0\xcf\x11\xe0")
    except OSError:
        return False  # the exchange import says what is wrong with the file


def _import_spreadsheet(args, store, actor) -> int:
    """``pana case import FILE.xlsx|FILE.csv``: the report, one line per problem row;
    status 1 when nothing was imported because of problems."""
    from app.services import spreadsheet_import as si

    path = Path(args.file)
    if args.mapping:
        plan = si.load_mapping(Path(args.mapping))
        origin = f"from {args.mapping}"
    else:
        plan, origin = si.ImportPlan(), "guessed from the headers"
    plan.sheet = args.sheet or plan.sheet
    if args.distinct:
        plan.distinct_rows = sorted(set(plan.distinct_rows) | set(args.distinct))
    sheet = si.read_rows(path, plan.sheet)
    if not plan.columns and not plan.mapping:
        plan.mapping = si.guess_mapping(sheet.headers)
    shown = f"sheet “{sheet.name}” of {path.name}" if sheet.name else path.name
    print(f"{shown}: header in row {sheet.header_row}, {len(sheet.rows)} rows below it.")
    resolved = si.resolve_plan(plan, sheet)
    print(f"Columns ({origin}):")
    for index, header in enumerate(sheet.headers):
        key = resolved.mapping.get(index)
        name = f"“{header}”" if header else "(no header)"
        print(f"  {si.column_letter(index):<3} {name:<32} "
              + (f"-> {key}" if key else "not imported"))
    print("Dates are read as: " + ", ".join(resolved.date_formats)
          + " (and real date cells).")
    if args.save_mapping:
        si.save_mapping(resolved, Path(args.save_mapping), headers=sheet.headers)
        print(f"Mapping written to {args.save_mapping}; edit it and pass it with --mapping.")
    if not sheet.rows:
        print("The sheet has no rows below the header; nothing to import.")
        return 1

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r{done * 100 // max(total, 1):3d} %", end="", file=sys.stderr)

    if args.dry_run:
        with store.uow(readonly=True) as uow:
            report = si.dry_run(uow, actor, sheet, plan, progress=progress)
    else:
        imported = si.run_import(store, actor, sheet, plan, progress=progress)
        report = imported.dry_run
    if sys.stderr.isatty():
        print(file=sys.stderr)
    _print_import_problems(report)
    failing = len(report.failing_rows)
    if args.dry_run:
        if report.can_import:
            print(f"All {report.total} rows can be imported; nothing was written (dry run).")
            return 0
        print(f"{failing} of {report.total} rows have problems; nothing was written "
              "(dry run).")
        return 1
    if imported.imported:
        print(f"Imported {imported.imported} cases from {path.name}: "
              f"{imported.numbers[0]} … {imported.numbers[-1]}."
              if imported.imported > 1 else
              f"Imported 1 case from {path.name}: {imported.numbers[0]}.")
        return 0
    print(f"{failing} of {report.total} rows have problems; nothing was imported. Correct "
          "them (or leave those rows out) and import the file again.")
    return 1


def _print_import_problems(report) -> None:
    lines: dict[int, list[str]] = {}
    for problem in report.problems:
        where = (f"{problem.field} (column “{problem.column}”)" if problem.column
                 else "possible duplicate" if problem.field == "duplicate"
                 else problem.field)
        also = f" (--distinct {problem.row})" if problem.field == "duplicate" else ""
        lines.setdefault(problem.row, []).append(f"{where}: {problem.message}{also}")
    for row, number in report.unconfirmed_duplicates:
        lines.setdefault(row, []).append(
            f"possible duplicate: may be the same person as case {number}; if not, confirm "
            f"with --distinct {row}")
    for row in sorted(lines):
        print(f"row {row}: " + "; ".join(lines[row]))


def cmd_retention(args) -> int:
    """The dry run always comes first: without --yes, apply prints it and exits 2."""
    from datetime import date

    from app.services import retention

    today = date.today()
    store, actor = _login(args)
    try:
        if args.retention_command == "report":
            with store.uow(readonly=True) as uow:
                report = retention.retention_report(uow, actor, today)
            if args.format == "json":
                print(json.dumps(report.as_json(), ensure_ascii=False, indent=1))
            else:
                _print_retention(report, None)
            return 0
        with store.uow(readonly=True) as uow:
            report = retention.retention_report(uow, actor, today, numbers=args.numbers,
                                                mode=args.mode)
        if not args.yes:
            _print_retention(report, args.mode)
            print(f"Nothing was changed. To {args.mode} these cases, run the same command "
                  "with --yes.")
            return 2
        with store.uow() as uow:
            result = retention.apply_retention(uow, actor, args.mode, args.numbers, today)
    finally:
        store.close()
    done = "Anonymised" if result.mode == retention.ANONYMISE else "Purged"
    print(f"{done} {len(result.numbers)} cases: {', '.join(result.numbers)}.")
    for table, count in sorted(result.counts.items()):
        print(f"  {table:<28}{count}")
    return 0


def _print_retention(report, mode: str | None) -> None:
    from app.services.retention import PURGE, PURGE_KEEPS

    print(f"Retention: {report.years} years; cases closed on or before "
          f"{report.closed_by.isoformat()}.")
    _table(["number", "closed on", "years closed", "state"],
           [[c.number, c.closed_on.isoformat(), str(c.years_closed),
             "anonymised" if c.anonymised else ""] for c in report.cases])
    print(f"{len(report.cases)} cases")
    if report.counts:
        print("Rows of these cases:")
    for table, count in sorted(report.counts.items()):
        kept = "  (kept, personal values removed)" if mode == PURGE and table in PURGE_KEEPS \
            else ""
        print(f"  {table:<28}{count}{kept}")


def cmd_stats(args) -> int:
    """The figures of a period (default: the last whole month) as a table, or the
    statistical report as a PDF (supervisor, admin)."""
    from datetime import date, timedelta

    from app.services import printing
    from app.services.statistics import StatsFilter, statistics

    def day(value: str | None, option: str) -> date | None:
        try:
            return date.fromisoformat(value) if value else None
        except ValueError:
            raise CliError(f"{option} {value}: give a date as YYYY-MM-DD") from None

    start, end = day(args.date_from, "--from"), day(args.date_to, "--to")
    if start is None and end is not None:
        raise CliError("--to needs --from")
    if start is None:  # the last whole calendar month
        end = date.today().replace(day=1) - timedelta(days=1)
        start = end.replace(day=1)
    elif end is None:  # the month --from is in, from that day
        end = (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    if args.stats_command == "report":
        _check_output_file(args.out)
    store, actor = _login(args)
    try:
        with store.uow(readonly=True) as uow:
            stats = statistics(uow, actor, StatsFilter(start, end, args.office))
            commission = printing.commission(uow.session)
        where = f"region {stats.filter.office}" if stats.filter.office else "all regions"
        period = f"{start.isoformat()} – {end.isoformat()} ({where})"
        if args.stats_command == "report":
            from app.documents.statistics_report import render_statistics_report
            from app.services.statistics import record_report

            pdf = render_statistics_report(stats, args.language, commission=commission,
                                           generated_on=date.today())
            _write_file(args.out, pdf)
            with store.uow(readonly=True) as uow:
                record_report(uow, actor, stats, args.language, Path(args.out))
            print(f"Statistical report for {period} written to {args.out}.")
            return 0
    finally:
        store.close()

    def figure(value: float | None, shown: str) -> str:
        return "no decisions" if value is None else shown.format(value)

    outcomes = dict(stats.outcomes)
    pending_on = stats.pending_on or end
    print(f"Statistics for {period}")
    _table(["figure", "value"], [
        ["petitions registered", str(sum(m.registered for m in stats.months))],
        ["decisions", str(sum(outcomes.values()))],
        ["  recognised", str(outcomes.get("recognise", 0))],
        ["  refused", str(outcomes.get("refuse", 0))],
        ["  examination terminated", str(outcomes.get("close", 0))],
        ["recognition rate", figure(stats.recognition_rate, "{:.1%}")],
        ["median days to decision", figure(stats.median_days, "{:g}")],
        [f"pending on {pending_on.isoformat()}", str(sum(n for _, n in stats.pending_by_age))],
        *[[f"  {bucket}", str(n)] for bucket, n in stats.pending_by_age],
        ["statuses ending in the 12 months after", str(sum(n for _, n in stats.expiring))],
        ["appeals lodged", str(stats.appeals_lodged)],
        *[[f"  {outcome}", str(n)] for outcome, n in stats.appeal_outcomes if n],
    ])
    print()
    _table(["month", "registered", "recognised", "refused", "closed", "median days"],
           [[m.month.strftime("%Y-%m"), str(m.registered), str(m.recognised), str(m.refused),
             str(m.closed), "" if m.median_days is None else f"{m.median_days:g}"]
            for m in stats.months])
    return 0


def _table(headers: list[str], rows: list[list[str]]) -> None:
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(str(c))) for w, c in zip(widths, row, strict=True)]
    print("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in rows:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())


# ---------------------------------------------------------------------------
# parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pana", description="Pana — refugee-status case management. Without a command, "
                                 "opens the desktop app.")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--data-dir", metavar="DIR",
                       help="the data folder (default: $PANA_DATA_DIR or the per-user folder)")
    where.add_argument("--server", metavar="URL",
                       help="a commission server instead of a data folder (default: "
                            f"${SERVER_ENV}), e.g. postgresql://USER@HOST/DATABASE"
                            "?sslmode=verify-full")
    sub = parser.add_subparsers(dest="command")

    def acting(p: argparse.ArgumentParser) -> None:
        p.add_argument("--user", metavar="NAME",
                       help=f"who acts (or ${USER_ENV}); the password comes from "
                            f"${PASSWORD_ENV} or a prompt")

    p = sub.add_parser("demo", help="make a demo database with fictional people")
    p.add_argument("--cases", type=int, default=60, metavar="N")
    p.add_argument("--seed", type=int, default=1, metavar="S")
    p.set_defaults(fn=cmd_demo)

    p = sub.add_parser("init", help="make a new, empty database with its first administrator")
    p.add_argument("--admin", required=True, metavar="NAME")
    p.add_argument("--region", required=True, metavar="CODE")
    p.add_argument("--commission", required=True, metavar="NAME")
    p.add_argument("--recovery-sheet", metavar="FILE.pdf",
                   help="also write the recovery key as a printable page")
    p.add_argument("--lang", choices=["kk", "ru", "en"], default="ru",
                   help="the language of the recovery sheet")
    p.set_defaults(fn=cmd_init)

    p = sub.add_parser("server", help="set up and check a commission server (PostgreSQL)")
    vsub = p.add_subparsers(dest="server_command", required=True)
    q = vsub.add_parser("init", help="set up an empty server database with its first "
                                     "administrator (the password from "
                                     f"${NEW_PASSWORD_ENV} or a prompt)")
    q.add_argument("url", nargs="?", metavar="URL", help=f"default: --server or ${SERVER_ENV}")
    q.add_argument("--admin", required=True, metavar="NAME")
    q.add_argument("--region", required=True, metavar="CODE")
    q.add_argument("--commission", required=True, metavar="NAME")
    q.add_argument("--recovery-sheet", metavar="FILE.pdf",
                   help="also write the recovery key as a printable page")
    q.add_argument("--lang", choices=["kk", "ru", "en"], default="ru",
                   help="the language of the recovery sheet")
    q = vsub.add_parser("check", help="connect with the database role only: encryption, "
                                      "schema, number of cases")
    q.add_argument("url", nargs="?", metavar="URL", help=f"default: --server or ${SERVER_ENV}")
    p.set_defaults(fn=cmd_server)

    p = sub.add_parser("recovery-sheet", help="write the recovery key as a printable page "
                                              f"(admin; the key from ${RECOVERY_KEY_ENV} or a "
                                              "prompt)")
    p.add_argument("file", metavar="FILE.pdf")
    p.add_argument("--lang", choices=["kk", "ru", "en"], default="ru")
    acting(p)
    p.set_defaults(fn=cmd_recovery_sheet)

    p = sub.add_parser("user", help="manage accounts")
    usub = p.add_subparsers(dest="user_command", required=True)
    q = usub.add_parser("add")
    q.add_argument("name")
    q.add_argument("--role", required=True, choices=["officer", "supervisor", "clerk", "admin"])
    q.add_argument("--display-name", default="")
    acting(q)
    for name in ("passwd", "disable", "enable"):
        q = usub.add_parser(name)
        q.add_argument("name")
        acting(q)
    q = usub.add_parser("role")
    q.add_argument("name")
    q.add_argument("role", choices=["officer", "supervisor", "clerk", "admin"])
    acting(q)
    q = usub.add_parser("reset", help="an admin sets a new password; with --recovery-key, "
                                      "the recovery key opens the database instead")
    q.add_argument("name")
    q.add_argument("--recovery-key", action="store_true",
                   help=f"use the recovery key (from ${RECOVERY_KEY_ENV} or a prompt)")
    acting(q)
    acting(usub.add_parser("list"))
    p.set_defaults(fn=cmd_user)

    p = sub.add_parser("db", help="status, upgrade, verify, backup, restore, "
                                  "migrate-to-server")
    dsub = p.add_subparsers(dest="db_command", required=True)
    for name in ("status", "upgrade", "verify"):
        acting(dsub.add_parser(name))
    for name in ("backup", "restore"):
        q = dsub.add_parser(name)
        q.add_argument("file")
        acting(q)
    q = dsub.add_parser("migrate-to-server",
                        help="move the data folder into an empty server database and check "
                             "the copy (admin); the folder is left as it was")
    q.add_argument("url", metavar="URL")
    acting(q)
    p.set_defaults(fn=cmd_db)

    p = sub.add_parser("settings", help="statutory periods and what documents print")
    ssub = p.add_subparsers(dest="settings_command", required=True)
    acting(ssub.add_parser("list"))
    q = ssub.add_parser("set")
    q.add_argument("key", help="e.g. deadline.decision_months, documents.name.kk")
    q.add_argument("value")
    acting(q)
    q = ssub.add_parser("letterhead", help="the logo printed on letters (PNG or JPEG)")
    q.add_argument("file", nargs="?")
    q.add_argument("--remove", action="store_true")
    acting(q)
    p.set_defaults(fn=cmd_settings)

    p = sub.add_parser("print", help="print (register) a document of a case into a PDF file")
    p.add_argument("document", choices=["receipt", "interview", "letter", "certificate"])
    p.add_argument("number", help="the case number")
    p.add_argument("--lang", choices=["kk", "ru", "en", "kk+ru"],
                   help="default: the language chosen for the case")
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")
    acting(p)
    p.set_defaults(fn=cmd_print)

    p = sub.add_parser("verify", help="check a certificate's number and verification code")
    p.add_argument("certificate", help="the certificate number, or the QR text PANA:…:…")
    p.add_argument("code", nargs="?", help="the verification code printed on it")
    acting(p)
    p.set_defaults(fn=cmd_verify)

    p = sub.add_parser("case", help="list, show, import and export cases")
    csub = p.add_subparsers(dest="case_command", required=True)
    q = csub.add_parser("list")
    q.add_argument("--status")
    q.add_argument("--search", metavar="TEXT")
    q.add_argument("--format", choices=["table", "json"], default="table")
    acting(q)
    q = csub.add_parser("show")
    q.add_argument("number")
    q.add_argument("--format", choices=["text", "json"], default="text")
    acting(q)
    q = csub.add_parser("import", help="a Pana case file (.json), or an old register "
                                       "(.xlsx, .csv) row by row")
    q.add_argument("file")
    q.add_argument("--mapping", metavar="MAPPING.json",
                   help="spreadsheets: which column holds which field (default: guessed "
                        "from the headers)")
    q.add_argument("--sheet", metavar="NAME", help="spreadsheets: the sheet (default: the first)")
    q.add_argument("--dry-run", action="store_true",
                   help="spreadsheets: check every row and print the report; write nothing")
    q.add_argument("--distinct", type=_row_numbers, metavar="ROWS",
                   help="spreadsheets: rows (e.g. 12,40) whose possible duplicates you checked "
                        "and found to be other people")
    q.add_argument("--save-mapping", metavar="MAPPING.json",
                   help="spreadsheets: write the mapping used, to edit and pass to --mapping")
    acting(q)
    q = csub.add_parser("export")
    q.add_argument("file")
    q.add_argument("--status")
    acting(q)
    p.set_defaults(fn=cmd_case)

    p = sub.add_parser("retention", help="anonymise or purge cases closed longer than the "
                                         "retention period (admin)")
    rsub = p.add_subparsers(dest="retention_command", required=True)
    q = rsub.add_parser("report", help="the closed cases past the period (a dry run)")
    q.add_argument("--format", choices=["table", "json"], default="table")
    acting(q)
    q = rsub.add_parser("apply", help="without --yes, only shows what would be done")
    q.add_argument("mode", choices=["anonymise", "purge"])
    q.add_argument("numbers", nargs="+", metavar="NUMBER")
    q.add_argument("--yes", action="store_true", help="really do it")
    acting(q)
    p.set_defaults(fn=cmd_retention)

    p = sub.add_parser("stats", help="the figures of a period, and the statistical report "
                                     "(supervisor, admin)")
    tsub = p.add_subparsers(dest="stats_command", required=True)
    for name in ("show", "report"):
        q = tsub.add_parser(name, help="the main figures as a table" if name == "show" else
                            "the statistical report as a PDF file")
        q.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD",
                       help="the first day (default: the last whole month)")
        q.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD",
                       help="the last day (default: the end of the month of --from)")
        q.add_argument("--office", metavar="CODE", help="one region code (default: all)")
        if name == "report":
            q.add_argument("--language", "--lang", choices=["kk", "ru", "en"], default="ru")
            q.add_argument("-o", "--out", required=True, metavar="FILE.pdf")
        acting(q)
    p.set_defaults(fn=cmd_stats)

    from app.cli import offline

    made = offline.add_parsers(sub, acting)
    made["checkout"].set_defaults(fn=cmd_checkout)
    made["laptop"].set_defaults(fn=cmd_laptop)
    return parser


def cmd_checkout(args) -> int:
    from app.cli import offline

    try:
        return offline.cmd_checkout(args, _login, _write_secret_file)
    except offline.OfflineError as exc:
        raise CliError(str(exc)) from None


def cmd_laptop(args) -> int:
    from app.cli import offline

    _folder_only(args, _LAPTOP_ON_SERVER)
    try:
        return offline.cmd_laptop(args, _login, _write_secret_file)
    except offline.OfflineError as exc:
        raise CliError(str(exc)) from None


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args, rest = parser.parse_known_args(argv)
    if args.command is None:
        args.qt_args = rest
        args.fn = cmd_gui
    elif rest:
        parser.error("unrecognised arguments: " + " ".join(rest))
    try:
        return args.fn(args)
    except CliError as exc:
        print(f"pana: {exc}", file=sys.stderr)
        return 2
    except ValidationError as exc:
        for field_name, message in exc.errors.items():
            print(f"pana: {field_name}: {message}", file=sys.stderr)
        return 1
    except DomainError as exc:
        print(f"pana: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("pana: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (``pana case list | head``): not an error of ours.
        # Point stdout at nothing so the interpreter's final flush stays quiet.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except OSError as exc:
        # The environment's doing (a folder gone, a full or read-only disk): one line.
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"pana: {exc.strerror or exc}{where}", file=sys.stderr)
        return 1
    except Exception as exc:
        known = _environment_error(exc)
        if known is None:
            raise
        print(f"pana: {known.message}", file=sys.stderr)
        return 1


def _environment_error(exc: Exception) -> DomainError | None:
    """A database error that the disk, a damaged file or the server's network caused, in
    words; None for bugs."""
    import sqlcipher3
    from sqlalchemy.exc import DatabaseError, DBAPIError

    from app.db.server import translate_server_error
    from app.db.uow import translate_operational_error

    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    if type(orig).__module__.split(".")[0] == "psycopg":
        return translate_server_error(exc)
    if isinstance(exc, DatabaseError):
        return translate_operational_error(exc)
    if isinstance(exc, sqlcipher3.dbapi2.DatabaseError):
        return translate_operational_error(DatabaseError(None, None, exc))
    return None


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())

