"""``pana user``, ``pana init --recovery-sheet``, ``pana recovery-sheet`` and the lockout, as a
script runs them. Passwords and the recovery key come from the environment."""

from __future__ import annotations

import contextlib
import hashlib
import io
import re
import shutil
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.cli.main import main
from app.db import keyfile as keyfile_module
from app.db.keyfile import KeyFile, format_recovery_key
from tests.documents import pdf as pdf_reader

ROOT_PASSWORD = "root password 1"
OFFICER_PASSWORD = "officer password"
NEW_PASSWORD = "a brand new passphrase"
RECOVERY = re.compile(r"^\s+([A-Z2-7]{4}(?:-[A-Z2-7]{4}){12})$", re.MULTILINE)
T0 = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def pana(capsys, monkeypatch, *args: str, password: str | None = ROOT_PASSWORD,
         new_password: str | None = None, recovery_key: str | None = None
         ) -> tuple[int, str, str]:
    """Run ``pana ARGS`` in-process; return (exit status, stdout, stderr)."""
    for name, value in (("PANA_PASSWORD", password), ("PANA_NEW_PASSWORD", new_password),
                        ("PANA_RECOVERY_KEY", recovery_key)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> tuple[Path, str]:
    """A store made by ``pana init`` with an officer; and its recovery key."""
    folder = tmp_path_factory.mktemp("cli-accounts") / "data"
    out = io.StringIO()
    with pytest.MonkeyPatch.context() as mp, contextlib.redirect_stdout(out):
        mp.setenv("PANA_NEW_PASSWORD", ROOT_PASSWORD)
        mp.delenv("PANA_RECOVERY_KEY", raising=False)
        assert main(["--data-dir", str(folder), "init", "--admin", "root", "--region", "aqm",
                     "--commission", "Akmola regional commission"]) == 0
        mp.setenv("PANA_PASSWORD", ROOT_PASSWORD)
        mp.setenv("PANA_NEW_PASSWORD", OFFICER_PASSWORD)
        assert main(["--data-dir", str(folder), "user", "add", "officer", "--role", "officer",
                     "--user", "root"]) == 0
    return folder, RECOVERY.findall(out.getvalue())[0]


@pytest.fixture
def data(template, tmp_path, monkeypatch) -> tuple[str, str]:
    folder, key = template
    copy = tmp_path / "data"
    shutil.copytree(folder, copy)
    monkeypatch.setattr(keyfile_module, "utcnow", lambda: T0)  # the login guard's clock
    return str(copy), key


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _case_list(capsys, monkeypatch, d: str, user: str, password: str) -> tuple[int, str, str]:
    return pana(capsys, monkeypatch, "--data-dir", d, "case", "list", "--user", user,
                password=password)


# ---- the recovery sheet


def test_init_writes_the_recovery_sheet_with_the_key_it_prints(capsys, monkeypatch, tmp_path):
    folder, sheet = tmp_path / "new", tmp_path / "sheet.pdf"
    code, out, err = pana(capsys, monkeypatch, "--data-dir", str(folder), "init", "--admin",
                          "root", "--region", "AQM", "--commission", "Akmola commission",
                          "--recovery-sheet", str(sheet), "--lang", "en",
                          new_password=ROOT_PASSWORD)
    assert (code, err) == (0, "")
    key = RECOVERY.findall(out)[0]
    assert f"Recovery sheet written to {sheet}" in out and "delete the file" in out
    pdf = sheet.read_bytes()
    text = pdf_reader.text(pdf)
    assert all(group in text for group in key.split("-"))
    assert "Akmola commission (AQM)" in text and KeyFile.load(folder / "pana.keys").db_id in text
    assert all(pdf_reader.fonts(pdf).values())
    assert stat.S_IMODE(sheet.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".partial")] == []


def test_init_refuses_a_sheet_it_cannot_write_before_making_anything(capsys, monkeypatch,
                                                                       tmp_path):
    folder = tmp_path / "new"
    code, out, err = pana(capsys, monkeypatch, "--data-dir", str(folder), "init", "--admin",
                          "root", "--region", "AQM", "--commission", "X", "--recovery-sheet",
                          str(tmp_path / "no such folder" / "sheet.pdf"),
                          new_password=ROOT_PASSWORD)
    assert code == 2 and "existing folder" in err and out == ""
    assert not folder.exists()


def test_recovery_sheet_later_needs_the_right_key_and_an_admin(capsys, monkeypatch, data,
                                                               tmp_path):
    d, key = data
    sheet = tmp_path / "sheet.pdf"
    code, _, err = pana(capsys, monkeypatch, "--data-dir", d, "recovery-sheet", str(sheet),
                        "--user", "root", recovery_key=format_recovery_key(bytes(32)))
    assert (code, err.strip()) == (1, "pana: The recovery key does not open this database.")
    assert not sheet.exists()
    code, _, err = pana(capsys, monkeypatch, "--data-dir", d, "recovery-sheet", str(sheet),
                        "--user", "officer", password=OFFICER_PASSWORD, recovery_key=key)
    assert code == 1 and "does not allow" in err and not sheet.exists()
    code, _, err = pana(capsys, monkeypatch, "--data-dir", d, "recovery-sheet", str(sheet),
                        "--user", "root")
    assert code == 2 and "PANA_RECOVERY_KEY" in err and not sheet.exists()
    code, out, err = pana(capsys, monkeypatch, "--data-dir", d, "recovery-sheet", str(sheet),
                          "--user", "root", "--lang", "kk", recovery_key=key.lower())
    assert (code, err) == (0, "") and "Recovery sheet written" in out
    text = pdf_reader.text(sheet.read_bytes())
    assert "Қалпына келтіру кілті" in text and all(g in text for g in key.split("-"))


# ---- lockout and the recovery key


def test_lockout_then_reset_with_the_recovery_key(capsys, monkeypatch, data):
    d, key = data
    for _ in range(5):
        code, _, err = _case_list(capsys, monkeypatch, d, "officer", "not my password")
        assert (code, err.strip()) == (1, "pana: Unknown user or wrong password.")
    code, out, err = _case_list(capsys, monkeypatch, d, "officer", OFFICER_PASSWORD)
    assert code == 1 and out == ""
    assert "locked" in err and "Try again in 0 min 30 s" in err

    code, out, _ = pana(capsys, monkeypatch, "--data-dir", d, "user", "list", "--user", "root")
    row = next(line for line in out.splitlines() if line.startswith("officer"))
    assert "locked" in row and " 5 " in row and "2026-11-26 09:00" in row
    assert out.splitlines()[0].split() == ["user", "role", "name", "state", "last", "login",
                                          "failed", "locked", "until"]

    code, out, err = pana(capsys, monkeypatch, "--data-dir", d, "user", "reset", "officer",
                          "--recovery-key", password=None, recovery_key=key,
                          new_password=NEW_PASSWORD)
    assert (code, err) == (0, "")
    assert "Password of officer reset with the recovery key; its lockout is cleared." in out
    assert "user.reset" in out
    assert _case_list(capsys, monkeypatch, d, "officer", NEW_PASSWORD)[0] == 0
    assert _case_list(capsys, monkeypatch, d, "officer", OFFICER_PASSWORD)[0] == 1


def test_a_wrong_recovery_key_changes_nothing(capsys, monkeypatch, data):
    d, _key = data
    files = {name: _sha(Path(d) / name) for name in ("pana.db", "pana.keys")}
    code, out, err = pana(capsys, monkeypatch, "--data-dir", d, "user", "reset", "officer",
                          "--recovery-key", password=None,
                          recovery_key=format_recovery_key(bytes(32)))
    # Refused before asking for a new password (none is set here).
    assert (code, out, err.strip()) == (
        1, "", "pana: The recovery key does not open this database.")
    code, _, err = pana(capsys, monkeypatch, "--data-dir", d, "user", "reset", "officer",
                        "--recovery-key", password=None, recovery_key="ABCD-EFGH")
    assert code == 1 and "13 groups" in err
    assert {name: _sha(Path(d) / name) for name in files} == files
    assert _case_list(capsys, monkeypatch, d, "officer", OFFICER_PASSWORD)[0] == 0


def test_the_failure_limit_setting(capsys, monkeypatch, data):
    d, _ = data
    code, out, _ = pana(capsys, monkeypatch, "--data-dir", d, "settings", "list", "--user", "root")
    assert re.search(r"^security\.max_failed_logins\s+5$", out, re.MULTILINE)
    code, out, err = pana(capsys, monkeypatch, "--data-dir", d, "settings", "set",
                          "security.max_failed_logins", "3", "--user", "root")
    assert (code, out.strip(), err) == (0, "security.max_failed_logins = 3", "")
    code, _, err = pana(capsys, monkeypatch, "--data-dir", d, "settings", "set",
                        "security.max_failed_logins", "1", "--user", "root")
    assert code == 1 and "from 3 to 100" in err
    code, _, err = pana(capsys, monkeypatch, "--data-dir", d, "settings", "set",
                        "security.max_failed_logins", "many", "--user", "root")
    assert code == 2 and "not a whole number" in err
    code, out, _ = pana(capsys, monkeypatch, "--data-dir", d, "settings", "list", "--user", "root")
    assert re.search(r"^security\.max_failed_logins\s+3$", out, re.MULTILINE)
    for _ in range(3):
        _case_list(capsys, monkeypatch, d, "officer", "not my password")
    code, _, err = _case_list(capsys, monkeypatch, d, "officer", OFFICER_PASSWORD)
    assert code == 1 and "locked" in err


# ---- an administrator's account work


def test_role_disable_enable_and_admin_reset(capsys, monkeypatch, data):
    d, _ = data

    def run(*args: str, new_password: str | None = None) -> tuple[int, str, str]:
        return pana(capsys, monkeypatch, "--data-dir", d, *args, "--user", "root",
                    new_password=new_password)

    code, out, _ = run("user", "role", "officer", "supervisor")
    assert (code, out.strip()) == (
        0, "officer is now supervisor; it takes effect at their next login.")
    code, _, err = run("user", "role", "root", "officer")
    assert code == 1 and "last administrator" in err
    with pytest.raises(SystemExit) as usage:  # argparse's own usage error
        run("user", "role", "officer", "director")
    assert usage.value.code == 2 and "invalid choice" in capsys.readouterr().err

    assert run("user", "disable", "officer")[0] == 0
    code, _, err = run("user", "enable", "officer")
    assert code == 2 and "PANA_NEW_PASSWORD" in err
    code, out, _ = run("user", "enable", "officer", new_password=NEW_PASSWORD)
    assert (code, out.strip()) == (0, "officer is enabled again, with the new password.")
    assert _case_list(capsys, monkeypatch, d, "officer", NEW_PASSWORD)[0] == 0

    for _ in range(2):
        _case_list(capsys, monkeypatch, d, "officer", "not my password")
    code, out, _ = run("user", "list")
    row = next(line for line in out.splitlines() if line.startswith("officer"))
    assert row.split()[:2] == ["officer", "supervisor"] and "active" in row
    assert row.rstrip().endswith(" 2")

    code, out, _ = run("user", "reset", "officer", new_password="yet another password")
    assert (code, out.strip()) == (0, "Password of officer reset; any lockout is cleared.")
    assert _case_list(capsys, monkeypatch, d, "officer", "yet another password")[0] == 0
    code, out, _ = run("user", "list")
    row = next(line for line in out.splitlines() if line.startswith("officer"))
    assert "active" in row and not row.rstrip().endswith(" 2")

    code, _, err = pana(capsys, monkeypatch, "--data-dir", d, "user", "role", "root", "clerk",
                        "--user", "officer", password="yet another password")
    assert code == 1 and "does not allow" in err
