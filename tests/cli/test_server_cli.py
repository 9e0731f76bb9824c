"""``pana db migrate-to-server``, ``pana --server`` / ``$PANA_SERVER`` and ``pana server``,
run in-process as a script would, against the PostgreSQL test server."""

from __future__ import annotations

import re

import pytest
from sqlalchemy.engine import make_url

from app.cli import main as cli
from app.cli.main import main
from app.db import migrate
from app.services import cases
from tests.conftest import PASSWORD
from tests.helpers import pg
from tests.helpers.builders import register

RECOVERY = re.compile(r"^\s+([A-Z2-7]{4}(?:-[A-Z2-7]{4}){12})$", re.MULTILINE)
ROOT_PASSWORD = "root password 1"


@pytest.fixture
def server_url(pg_admin_url):
    name = pg.create_database(pg_admin_url, "cli")
    yield pg.url_for(pg_admin_url, name)
    pg.drop_database(pg_admin_url, name)


def pana(capsys, monkeypatch, *args: str, password: str | None = PASSWORD,
         new_password: str | None = None) -> tuple[int, str, str]:
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


def test_migrate_a_folder_then_work_on_the_server(store_fixture, server_url, capsys,
                                                  monkeypatch):
    fx = store_fixture
    monkeypatch.delenv("PANA_SERVER", raising=False)
    register(fx, names=[cases.NameInput("Latn", "Nurlanova", "Aruzhan")])
    register(fx)
    fx.store.close()  # as when the command runs: nobody else has the folder open
    secret = make_url(server_url).password
    monkeypatch.setattr(cli, "PROGRESS_ROWS", 10)

    code, out, err = pana(capsys, monkeypatch, "--server", server_url, "db",
                          "migrate-to-server", server_url, "--user", "admin")
    assert code == 2 and "--data-dir" in err
    code, out, err = pana(capsys, monkeypatch, "--data-dir", str(fx.data_dir), "db",
                          "migrate-to-server", server_url, "--user", "officer")
    assert code == 1 and "does not allow" in err

    code, out, err = pana(capsys, monkeypatch, "--data-dir", str(fx.data_dir), "db",
                          "migrate-to-server", server_url, "--user", "admin")
    assert code == 0, err
    assert secret not in out + err
    assert re.search(r"Copied \d+ tables \(\d+ of them empty\), [\d,]+ rows and 2 cases to "
                     r"postgresql\+psycopg://pana_test:\*\*\*@", out)
    assert re.search(r"audit chain \([\d,]+ entries, the last recording this move\)", out)
    assert f"Keep {fx.data_dir} as a backup" in out
    assert re.search(r"^audit_log +\d+$", out, re.MULTILINE)
    assert re.search(r"^  \d+ of \d+ rows copied \(\w+, \d+ s\)$", err, re.MULTILINE)
    code, out, err = pana(capsys, monkeypatch, "--data-dir", str(fx.data_dir), "db",
                          "migrate-to-server", server_url, "--user", "admin")
    assert code == 1 and "already holds Pana data" in err

    # Every command that opens a store works on the server, by option or environment.
    code, out, err = pana(capsys, monkeypatch, "--server", server_url, "case", "list",
                          "--search", "Nurlanova", "--user", "officer")
    assert code == 0, err
    assert "Nurlanova" in out and "1 cases" in out
    monkeypatch.setenv("PANA_SERVER", server_url)
    code, out, err = pana(capsys, monkeypatch, "db", "status", "--user", "admin")
    assert code == 0, err
    assert "server:      postgresql+psycopg://pana_test:***@" in out
    assert f"schema:      {migrate.head_revision()} (the app expects" in out
    assert "cases:       2" in out
    code, out, err = pana(capsys, monkeypatch, "db", "upgrade", "--user", "admin")
    assert (code, out) == (0, f"The schema is current ({migrate.head_revision()}).\n"
                              "Search index rebuilt for 2 cases.\n"), err
    for args, words in ((["db", "backup", "x.db", "--user", "admin"], "pg_dump"),
                        (["db", "restore", "x.db", "--user", "admin"], "pg_restore"),
                        (["db", "verify", "--user", "admin"],
                         "checks a data folder's database file"),
                        (["demo"], "Name a new folder with --data-dir")):
        code, out, err = pana(capsys, monkeypatch, *args)
        assert code == 1 and words in err, (args, err)
        assert secret not in err
    # --data-dir wins over the environment; both options at once is a usage error.
    code, out, err = pana(capsys, monkeypatch, "--data-dir", str(fx.data_dir), "db",
                          "status", "--user", "admin")
    assert code == 0 and f"data folder: {fx.data_dir}" in out
    with pytest.raises(SystemExit) as usage:
        main(["--data-dir", str(fx.data_dir), "--server", server_url, "db", "status"])
    assert usage.value.code == 2

    # Without a command the desktop app starts on the server.
    started = []
    monkeypatch.setattr("app.ui.application.run",
                        lambda location, qt_args: started.append((location, qt_args)) or 0)
    assert main([]) == 0
    assert main(["--server", server_url, "-reverse"]) == 0
    assert started == [(server_url, []), (server_url, ["-reverse"])]


def test_server_init_and_check(server_url, capsys, monkeypatch):
    monkeypatch.delenv("PANA_SERVER", raising=False)
    code, out, err = pana(capsys, monkeypatch, "server", "check", server_url)
    assert code == 0, err
    assert "connection:  encrypted (TLS" in out
    assert "schema:      none" in out

    code, out, err = pana(capsys, monkeypatch, "server", "init", server_url, "--admin", "root",
                          "--region", "aqm", "--commission", "Akmola regional commission",
                          new_password=ROOT_PASSWORD)
    assert code == 0, err
    assert "New Pana database on the server postgresql+psycopg://pana_test:***@" in out
    recovery = RECOVERY.search(out).group(1)
    assert make_url(server_url).password not in out
    code, out, err = pana(capsys, monkeypatch, "server", "init", server_url, "--admin", "root",
                          "--region", "aqm", "--commission", "Again",
                          new_password=ROOT_PASSWORD)
    assert code == 1 and "already holds Pana data" in err

    monkeypatch.setenv("PANA_SERVER", server_url)
    code, out, err = pana(capsys, monkeypatch, "user", "list", "--user", "root",
                          password=ROOT_PASSWORD)
    assert code == 0, err
    assert re.search(r"^root +admin", out, re.MULTILINE)
    # The recovery key opens the server's accounts too.
    monkeypatch.setenv("PANA_RECOVERY_KEY", recovery)
    code, out, err = pana(capsys, monkeypatch, "user", "reset", "root", "--recovery-key",
                          new_password="root password 2")
    assert code == 0, err
    code, out, err = pana(capsys, monkeypatch, "user", "list", "--user", "root",
                          password="root password 2")
    assert code == 0, err
    code, out, err = pana(capsys, monkeypatch, "server", "check")
    assert code == 0, err
    assert f"schema:      {migrate.head_revision()} (the app expects" in out
    assert "accounts:    set up" in out and "cases:       0" in out

    code, out, err = pana(capsys, monkeypatch, "server", "check",
                          "postgresql://someone@192.0.2.1/pana")
    assert code == 1 and "sslmode=verify-full" in err
