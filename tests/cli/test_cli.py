"""The ``pana`` command, run in-process as a script would run it.

One store is made per module with a real ``pana init``; each test works on its
own copy of that folder. Passwords come from the environment, as documented.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli.main import main
from app.db.engine import connect_raw
from app.db.keyfile import KeyFile
from app.db.store import Store
from app.services import accounts, cases
from tests.helpers import builders

ROOT_PASSWORD = "root password 1"
OFFICER_PASSWORD = "officer password"
RECOVERY = re.compile(r"^\s+([A-Z2-7]{4}(?:-[A-Z2-7]{4}){12})$", re.MULTILINE)
GENERIC = "Unknown user or wrong password."


class _Fx:
    def __init__(self, store: Store, officer) -> None:
        self.store, self.officer = store, officer

    def uow(self, **kwargs):
        return self.store.uow(**kwargs)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    """A store made by ``pana init``, with an officer, two named cases and 30 more."""
    folder = tmp_path_factory.mktemp("cli") / "data"
    out = io.StringIO()
    with pytest.MonkeyPatch.context() as mp, contextlib.redirect_stdout(out):
        mp.setenv("PANA_NEW_PASSWORD", ROOT_PASSWORD)
        assert main(["--data-dir", str(folder), "init", "--admin", "root", "--region", "aqm",
                     "--commission", "Akmola regional commission"]) == 0
    store, root = accounts.login(folder, "root", ROOT_PASSWORD)
    try:
        accounts.add_user(store, root, "officer", "officer", OFFICER_PASSWORD)
        officer = accounts.authenticate(store, "officer", OFFICER_PASSWORD)
        fx = _Fx(store, officer)
        builders.register(fx, names=[cases.NameInput("kk-Cyrl", "Серікұлы", "Ерлан")])
        builders.register(fx, names=[cases.NameInput("ru-Cyrl", "Токтогулов", "Азамат")])
        for i in range(30):  # enough pages that the middle of the file holds case data
            builders.register(fx, names=[cases.NameInput("Latn", f"Filler{i}", "Test")],
                              notes="Long case notes. " * 200)
    finally:
        store.close()
    return folder


@pytest.fixture
def data_dir(template, tmp_path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(template, folder)
    return folder


def pana(capsys, monkeypatch, *args: str, password: str | None = ROOT_PASSWORD,
         new_password: str | None = None) -> tuple[int, str, str]:
    """Run ``pana ARGS`` in-process; return (exit status, stdout, stderr)."""
    for name, value in (("PANA_PASSWORD", password), ("PANA_NEW_PASSWORD", new_password)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---- init


def test_init_prints_a_recovery_key_that_opens_the_database(capsys, monkeypatch, tmp_path):
    folder = tmp_path / "new"
    code, out, err = pana(capsys, monkeypatch, "--data-dir", str(folder), "init", "--admin",
                          "root", "--region", "AQM", "--commission", "Akmola commission",
                          new_password=ROOT_PASSWORD)
    assert (code, err) == (0, "")
    assert "RECOVERY KEY" in out and "(AQM)" in out
    keys = RECOVERY.findall(out)
    assert len(keys) == 1 and len(keys[0].split("-")) == 13
    keyfile = KeyFile.load(folder / "pana.keys")
    assert keyfile.unlock_with_recovery(keys[0]) == keyfile.unlock("root", ROOT_PASSWORD)

    before = _sha(folder / "pana.db"), _sha(folder / "pana.keys")
    code, out, err = pana(capsys, monkeypatch, "--data-dir", str(folder), "init", "--admin",
                          "other", "--region", "AQM", "--commission", "Again",
                          new_password="another password")
    assert code == 1 and out == ""
    assert "already holds a Pana database" in err and str(folder) in err
    assert (_sha(folder / "pana.db"), _sha(folder / "pana.keys")) == before


def test_a_refused_init_leaves_the_folder_ready_for_a_good_one(capsys, monkeypatch, tmp_path):
    folder = tmp_path / "new"
    code, _out, err = pana(capsys, monkeypatch, "--data-dir", str(folder), "init", "--admin",
                           "root", "--region", "A1", "--commission", "X",
                           new_password=ROOT_PASSWORD)
    assert code == 1 and "region" in err and "2 to 5 Latin letters" in err
    code, _out, err = pana(capsys, monkeypatch, "--data-dir", str(folder), "init", "--admin",
                           "root", "--region", "AQM", "--commission", "X", new_password="short")
    assert code == 1 and "password: must be at least 8 characters" in err
    code, _out, err = pana(capsys, monkeypatch, "--data-dir", str(folder), "init", "--admin",
                           "root", "--region", "AQM", "--commission", "X", new_password=None)
    assert code == 2 and "PANA_NEW_PASSWORD" in err
    code, _out, _err = pana(capsys, monkeypatch, "--data-dir", str(folder), "init", "--admin",
                            "root", "--region", "AQM", "--commission", "X",
                            new_password=ROOT_PASSWORD)
    assert code == 0


# ---- users


def test_user_add_list_passwd_and_disable(capsys, monkeypatch, data_dir):
    d = str(data_dir)
    code, out, _ = pana(capsys, monkeypatch, "--data-dir", d, "user", "add", "clerk1", "--role",
                        "clerk", "--display-name", "Aliya Clerk", "--user", "root",
                        new_password="clerk password")
    assert (code, out.strip()) == (0, "Added clerk1 (clerk).")

    code, out, _ = pana(capsys, monkeypatch, "--data-dir", d, "user", "list", "--user", "root")
    assert code == 0
    rows = {line.split()[0]: line for line in out.splitlines()[1:]}
    assert set(rows) == {"clerk1", "officer", "root"}
    assert "clerk" in rows["clerk1"] and "Aliya Clerk" in rows["clerk1"]
    assert "active" in rows["clerk1"]

    code, out, _ = pana(capsys, monkeypatch, "--data-dir", d, "user", "passwd", "clerk1",
                        "--user", "root", new_password="a new clerk password")
    assert (code, out.strip()) == (0, "Password of clerk1 changed.")
    code, _, err = pana(capsys, monkeypatch, "--data-dir", d, "case", "list", "--user", "clerk1",
                        password="clerk password")
    assert (code, err.strip()) == (1, f"pana: {GENERIC}")
    code, _, _ = pana(capsys, monkeypatch, "--data-dir", d, "case", "list", "--user", "clerk1",
                      password="a new clerk password")
    assert code == 0

    code, out, _ = pana(capsys, monkeypatch, "--data-dir", d, "user", "disable", "clerk1",
                        "--user", "root")
    assert code == 0 and "can no longer open the database" in out
    code, out, err = pana(capsys, monkeypatch, "--data-dir", d, "case", "list", "--user",
                          "clerk1", password="a new clerk password")
    assert (code, out, err.strip()) == (1, "", f"pana: {GENERIC}")
    code, out, _ = pana(capsys, monkeypatch, "--data-dir", d, "user", "list", "--user", "root")
    assert "disabled" in next(line for line in out.splitlines() if line.startswith("clerk1"))


def test_only_an_admin_manages_users(capsys, monkeypatch, data_dir):
    code, _, err = pana(capsys, monkeypatch, "--data-dir", str(data_dir), "user", "add", "x1",
                        "--role", "admin", "--user", "officer", password=OFFICER_PASSWORD,
                        new_password="whatever password")
    assert code == 1 and "does not allow" in err
    code, _, err = pana(capsys, monkeypatch, "--data-dir", str(data_dir), "user", "disable",
                        "root", "--user", "root")
    assert code == 1 and "your own account" in err


# ---- cases


def test_case_list_as_json(capsys, monkeypatch, data_dir):
    code, out, _ = pana(capsys, monkeypatch, "--data-dir", str(data_dir), "case", "list",
                        "--format", "json", "--user", "officer", password=OFFICER_PASSWORD)
    assert code == 0
    rows = json.loads(out)
    assert isinstance(rows, list) and len(rows) == 32
    for row in rows:
        assert {"number", "status", "names", "registered_on", "decision_due_on"} <= set(row)
        assert re.fullmatch(r"AQM-\d{4}-\d{5}", row["number"])
        assert row["status"] == "registered"
        assert isinstance(row["names"], list) and row["names"]
    by_number = {row["number"]: row for row in rows}
    assert len(by_number) == 32
    first = min(by_number)
    assert by_number[first]["names"] == ["Серікұлы Ерлан"]
    assert by_number[first]["decision_due_on"] > by_number[first]["registered_on"]


def test_case_list_search_in_latin_finds_a_cyrillic_name(capsys, monkeypatch, data_dir):
    code, out, _ = pana(capsys, monkeypatch, "--data-dir", str(data_dir), "case", "list",
                        "--search", "Serikuly", "--format", "json", "--user", "officer",
                        password=OFFICER_PASSWORD)
    assert code == 0
    assert [row["names"] for row in json.loads(out)] == [["Серікұлы Ерлан"]]
    code, out, _ = pana(capsys, monkeypatch, "--data-dir", str(data_dir), "case", "list",
                        "--search", "toktogulov", "--user", "officer", password=OFFICER_PASSWORD)
    assert code == 0 and "Токтогулов Азамат" in out and out.strip().endswith("1 cases")


# ---- db


def test_db_status(capsys, monkeypatch, data_dir):
    code, out, _ = pana(capsys, monkeypatch, "--data-dir", str(data_dir), "db", "status",
                        "--user", "root")
    assert code == 0
    assert "encrypted" in out and "demo:        no" in out
    assert re.search(r"^cases:\s+32$", out, re.MULTILINE)
    assert re.search(r"^\s+registered\s+32$", out, re.MULTILINE)
    assert "run “pana db upgrade”" not in out


def test_db_backup_then_restore(capsys, monkeypatch, data_dir, tmp_path):
    d = str(data_dir)
    backup = tmp_path / "usb" / "pana-backup.db"
    code, out, _ = pana(capsys, monkeypatch, "--data-dir", d, "db", "backup", str(backup),
                        "--user", "root")
    assert code == 0 and str(backup) in out
    assert backup.exists() and backup.with_name("pana-backup.db.keys").exists()
    code, _, err = pana(capsys, monkeypatch, "--data-dir", d, "db", "backup", str(backup),
                        "--user", "root")
    assert code == 1 and "already exists" in err

    store, officer = accounts.login(data_dir, "officer", OFFICER_PASSWORD)
    try:
        builders.register(_Fx(store, officer), names=[cases.NameInput("Latn", "Later", "Case")])
    finally:
        store.close()

    code, out, _ = pana(capsys, monkeypatch, "--data-dir", d, "db", "restore", str(backup),
                        "--user", "root")
    assert code == 0 and out.startswith(f"Restored {backup}.") and "pana-replaced-" in out
    code, out, _ = pana(capsys, monkeypatch, "--data-dir", d, "case", "list", "--format", "json",
                        "--user", "officer", password=OFFICER_PASSWORD)
    assert len(json.loads(out)) == 32
    code, out, _ = pana(capsys, monkeypatch, "--data-dir", d, "db", "verify", "--user", "root")
    assert code == 0


def test_db_verify_on_a_healthy_store(capsys, monkeypatch, data_dir):
    code, out, _ = pana(capsys, monkeypatch, "--data-dir", str(data_dir), "db", "verify",
                        "--user", "root")
    assert code == 0
    assert "PROBLEM" not in out
    for check in ("SQLite integrity: ok", "references: ok", "audit chain: ok",
                  "evidence hashes: ok", "search index: ok"):
        assert check in out


def test_db_verify_reports_damaged_pages(capsys, monkeypatch, data_dir):
    db = data_dir / "pana.db"
    data = bytearray(db.read_bytes())
    assert len(data) > 40 * 4096
    offset = (len(data) // 4096 // 2) * 4096 + 2048  # inside a data page, not the header
    for i in range(16):
        data[offset + i] ^= 0xFF
    db.write_bytes(bytes(data))
    code, out, _ = pana(capsys, monkeypatch, "--data-dir", str(data_dir), "db", "verify",
                        "--user", "root")
    assert code != 0
    assert re.search(r"^PROBLEM", out, re.MULTILINE), out
    assert all(line.startswith(("ok ", "PROBLEM")) for line in out.splitlines()), out


def test_db_verify_reports_an_altered_audit_entry(capsys, monkeypatch, data_dir):
    keyfile = KeyFile.load(data_dir / "pana.keys")
    raw = connect_raw(data_dir / "pana.db", keyfile.unlock("root", ROOT_PASSWORD))
    try:
        seq = raw.execute("SELECT seq FROM audit_log WHERE action = 'case.register' "
                          "ORDER BY seq LIMIT 1").fetchone()[0]
        raw.execute("UPDATE audit_log SET new_values = replace(new_values, 'Серікұлы', "
                    "'Someone else') WHERE seq = ?", (seq,))
        assert raw.execute("SELECT changes()").fetchone()[0] == 1
    finally:
        raw.close()
    code, out, _ = pana(capsys, monkeypatch, "--data-dir", str(data_dir), "db", "verify",
                        "--user", "root")
    assert code == 1
    assert f"PROBLEM  audit chain broken at entry {seq}: entry {seq} was altered" in out


# ---- errors a person can act on


def test_wrong_password_is_one_generic_line(capsys, monkeypatch, data_dir):
    for user in ("root", "nobody"):
        code, out, err = pana(capsys, monkeypatch, "--data-dir", str(data_dir), "case", "list",
                              "--user", user, password="wrong password")
        assert (code, out, err) == (1, "", f"pana: {GENERIC}\n")


def test_usage_problems_exit_2(capsys, monkeypatch, data_dir):
    code, _, err = pana(capsys, monkeypatch, "--data-dir", str(data_dir), "case", "list")
    assert code == 2 and "--user" in err
    code, _, err = pana(capsys, monkeypatch, "--data-dir", str(data_dir), "case", "list",
                        "--user", "root", password=None)
    assert code == 2 and "PANA_PASSWORD" in err


def test_a_folder_without_a_database(capsys, monkeypatch, tmp_path):
    code, _, err = pana(capsys, monkeypatch, "--data-dir", str(tmp_path / "empty"), "db",
                        "status", "--user", "root")
    assert code == 1 and "There is no Pana database" in err


def test_python_m_app_help():
    result = subprocess.run([sys.executable, "-m", "app", "--help"], capture_output=True,
                            text=True, timeout=60, cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("usage: pana")
    for command in ("demo", "init", "user", "db", "case"):
        assert command in result.stdout


def test_settings_list_and_set_change_the_statutory_periods(tmp_path, monkeypatch, capsys):
    from app.cli.main import main

    data = tmp_path / "d"
    monkeypatch.setenv("PANA_NEW_PASSWORD", "adminpass1")
    assert main(["--data-dir", str(data), "init", "--admin", "root", "--region", "AQM",
                 "--commission", "X"]) == 0
    monkeypatch.setenv("PANA_PASSWORD", "adminpass1")
    capsys.readouterr()
    assert main(["--data-dir", str(data), "settings", "list", "--user", "root"]) == 0
    assert "deadline.decision_months" in capsys.readouterr().out
    assert main(["--data-dir", str(data), "settings", "set", "deadline.decision_months", "4",
                 "--user", "root"]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(data), "settings", "list", "--user", "root"]) == 0
    listed = capsys.readouterr().out
    assert any(line.split() == ["deadline.decision_months", "4"] for line in listed.splitlines())
    assert main(["--data-dir", str(data), "settings", "set", "deadline.nonsense", "4",
                 "--user", "root"]) == 1
    assert "no deadline setting" in capsys.readouterr().err
