"""A second user in a process of its own: edits or reads a case while another process
does the same (the two-writer and locked-database tests).

    python -m tests.reliability.edit_child DATA_DIR USERNAME MODE [ARGS...]

The raw database key comes hex-encoded in the environment variable
``PANA_TEST_KEY`` (never on the command line, where other users could see it).

Modes:

``edit NUMBER PREFIX COUNT``
    ``COUNT`` edits of the applicant of case ``NUMBER`` through the real services,
    as the applicant section makes them: read the case file and its version, append
    the token ``PREFIX`` + the edit's number as a line of the address (an edit that
    depends on what was read), set the religion (one field both writers change) to
    the token, and save with the version read. On a conflict it reloads and applies
    the edit again, as the conflict dialog tells the user to.

``claim NUMBER SUMMARY``
    Saves the claim of case ``NUMBER`` with ``SUMMARY``, from the version it reads
    (none when the case has no claim yet), as the claim section does.

``read STOP_FILE``
    Lists cases, searches names and loads case files until ``STOP_FILE`` exists.

``hold SECONDS [exclusive]``
    Takes the write lock (``BEGIN IMMEDIATE``) and changes a row it never commits,
    says ``LOCKED``, holds the lock ``SECONDS`` (or, given ``until-told``, until a
    second line on stdin) and lets go (rolls back), saying ``RELEASED``. With
    ``exclusive`` it first puts its connection in exclusive locking mode, which
    keeps readers out as well (as some database tools do); that takes effect only
    when no other connection has the file open.

Every mode prints ``READY`` and waits for a line on stdin before it starts (so two
children can start at the same moment). At the end one line ``REPORT {json}`` gives
the counts and the text of every error that reached the "user" (a StoreError or a
database error). ``Child`` runs one from a test.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


class Child:
    """A running ``edit_child`` as the test process sees it."""

    def __init__(self, data_dir: Path, key: bytes, username: str, mode: str, *args: str,
                 stderr_path: Path) -> None:
        env = dict(os.environ, PANA_TEST_KEY=key.hex(), PYTHONPATH=str(REPO))
        if str(data_dir).startswith("postgresql"):  # the URL stays off the command line
            env["PANA_TEST_SERVER"], data_dir = str(data_dir), "server"
        self._stderr = stderr_path.open("w")
        self.stderr_path = stderr_path
        self.process = subprocess.Popen(
            [sys.executable, "-m", "tests.reliability.edit_child", str(data_dir), username,
             mode, *map(str, args)],
            cwd=REPO, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=self._stderr, text=True, bufsize=1)
        self._lines: queue.Queue = queue.Queue()
        self.released = False
        threading.Thread(target=self._pump, daemon=True).start()

    def _pump(self) -> None:
        for line in self.process.stdout:
            self._lines.put(line.strip())
        self._lines.put(None)

    def wait_for(self, word: str, timeout: float = 60) -> str:
        """The first line starting with ``word`` (lines before it are skipped)."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                line = self._lines.get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                raise AssertionError(f"no {word} from the child in {timeout} s: "
                                     f"{self.stderr_path.read_text()}") from None
            if line is None:
                self.process.wait(timeout=10)
                raise AssertionError(f"the child ended before {word}: "
                                     f"{self.stderr_path.read_text()}")
            if line.startswith(word):
                return line

    def go(self) -> None:
        self.process.stdin.write("go\n")
        self.process.stdin.flush()

    def release(self, *, told: bool = False) -> None:
        """Tell a ``hold until-told`` child to let go (unless it was ``told`` already)
        and wait until it has; once only."""
        if self.released or self.process.poll() is not None:
            return
        if not told:
            self.go()
        self.wait_for("RELEASED")
        self.released = True

    def report(self, timeout: float = 120) -> dict:
        line = self.wait_for("REPORT", timeout)
        self.process.wait(timeout=30)
        return json.loads(line.partition(" ")[2])

    def stop(self) -> None:
        """Kill it if it still runs (after a failed test)."""
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=30)
        try:
            self.process.stdin.close()
        except BrokenPipeError:
            pass
        self._stderr.close()


def _say(*parts) -> None:
    print(*parts, flush=True)


def token(prefix: str, index: int) -> str:
    return f"{prefix}{index:04d}"


def petition_from_view(view):
    """What the applicant section sends when nothing but the edit was changed."""
    from app.services import cases

    a = view.applicant
    return cases.PetitionInput(
        names=[cases.NameInput(n.script, n.surname, n.given_names, n.patronymic, n.use)
               for n in a.names],
        sex=a.sex, birth_date=a.birth_date, place_of_birth=a.place_of_birth,
        citizenships=a.citizenships, stateless=a.stateless, ethnicity=a.ethnicity,
        religion=a.religion, languages=a.languages, phone=a.phone, email=a.email,
        address=a.address, consent_given=a.consent_given,
        document_language=view.document_language)


def _error_text(exc: Exception) -> str:
    """The error's own words; a driver error without the statement and its values."""
    return f"{type(exc).__name__}: {getattr(exc, 'orig', None) or exc}"


def _edit(store, actor, number: str, prefix: str, count: int, report: dict) -> None:
    from sqlalchemy.exc import DBAPIError

    from app.domain.errors import ConflictError, StoreError
    from app.services import casefile, cases

    for index in range(count):
        mine = token(prefix, index)
        while True:
            try:
                with store.uow(readonly=True) as uow:
                    view = casefile.load_case_file(uow, actor, number, sensitive=False)
                data = petition_from_view(view)
                data.address = view.applicant.address + mine + "\n"
                data.religion = mine
                with store.uow() as uow:
                    cases.update_applicant(uow, actor, number, data,
                                           expected_version=view.applicant.version)
            except ConflictError as exc:
                # Seen before writing (check_version) or at the write (the ORM's check).
                report["conflicts" if exc.entity else "stale_writes"] += 1
                continue
            except (StoreError, DBAPIError) as exc:
                report["errors"].append(_error_text(exc))
                if len(report["errors"]) > 20:
                    return
                continue
            report["edits"] += 1
            break


def _claim(store, actor, number: str, summary: str, report: dict) -> None:
    from app.services import casefile, claims

    with store.uow(readonly=True) as uow:
        seen = casefile.load_case_file(uow, actor, number).claim
    with store.uow() as uow:
        claims.save_claim(uow, actor, number, claims.ClaimInput(summary=summary),
                          expected_version=seen.version)
    report["edits"] += 1


def _read(store, actor, stop_file: Path, report: dict) -> None:
    from sqlalchemy.exc import DBAPIError

    from app.domain.errors import StoreError
    from app.services import casefile, queries

    searches = ["Serikuly", "Серікұлы", "Erlan", "zzz-nobody"]
    while not stop_file.exists():
        try:
            with store.uow(readonly=True) as uow:
                listed = queries.list_cases(uow, actor, queries.CaseFilter(limit=50))
            with store.uow(readonly=True) as uow:
                queries.list_cases(uow, actor, queries.CaseFilter(
                    search=searches[report["reads"] % len(searches)], limit=50))
            for summary in listed[:3]:
                with store.uow(readonly=True) as uow:
                    casefile.load_case_file(uow, actor, summary.number, sensitive=False)
        except (StoreError, DBAPIError) as exc:
            report["errors"].append(_error_text(exc))
            if len(report["errors"]) > 20:
                return
            continue
        report["reads"] += 1


def _hold(store, how_long: str, exclusive: bool, report: dict) -> None:
    from app.db.engine import connect_raw

    if exclusive:
        # An exclusive lock needs every other connection to the file closed, ours too.
        store.engine.dispose()
    conn = connect_raw(store.paths.db, store.db_key)
    try:
        if exclusive:
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE settings SET value = value WHERE key = 'store.db_id'")
        _say("LOCKED")
        started = time.monotonic()
        if how_long == "until-told":
            sys.stdin.readline()
        else:
            time.sleep(float(how_long))
        conn.execute("ROLLBACK")
        _say("RELEASED")
        report["held"] = round(time.monotonic() - started, 2)
    finally:
        conn.close()


def main(argv: list[str]) -> int:
    data_dir, username, mode, *rest = argv
    from sqlalchemy import select

    from app.db.audit import Actor
    from app.db.keyfile import KeyFile
    from app.db.models import User
    from app.db.store import Store, StorePaths

    key = bytes.fromhex(os.environ["PANA_TEST_KEY"])
    if data_dir == "server":  # another workstation of a commission server
        from app.db.server import ServerStore

        store = ServerStore.open_with_key(os.environ["PANA_TEST_SERVER"], key)
    else:
        paths = StorePaths(Path(data_dir))
        store = Store.open_with_key(paths, KeyFile.load(paths.keys), key, upgrade=False)
    with store.uow(readonly=True) as uow:
        user = uow.session.execute(select(User).where(User.username == username)).scalar_one()
        actor = Actor(user.id, user.username, user.role)
    report: dict = {"edits": 0, "conflicts": 0, "stale_writes": 0, "reads": 0, "errors": []}
    _say("READY")
    sys.stdin.readline()
    started = time.monotonic()
    try:
        if mode == "edit":
            number, prefix, count = rest
            _edit(store, actor, number, prefix, int(count), report)
        elif mode == "claim":
            _claim(store, actor, rest[0], rest[1], report)
        elif mode == "read":
            _read(store, actor, Path(rest[0]), report)
        elif mode == "hold":
            _hold(store, rest[0], rest[1:] == ["exclusive"], report)
        else:
            raise SystemExit(f"unknown mode {mode!r}")
    finally:
        report["seconds"] = round(time.monotonic() - started, 2)
        store.close()
        _say("REPORT", json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
