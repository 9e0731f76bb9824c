"""``pana checkout`` and ``pana laptop``: the whole round trip on the command line, with a
conflict chosen by --keep."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from app.cli.main import main
from app.db.models import Applicant, Case
from app.services import checkout
from tests.conftest import PASSWORD
from tests.helpers import builders


def _religion(store, number):
    with store.uow(readonly=True) as uow:
        return uow.session.execute(select(Applicant.religion).join(
            Case, Case.id == Applicant.case_id).where(Case.number == number)).scalar()


def _set_religion(store, actor, number, value):
    builders.edit_applicant(store, actor, number, religion=value)


def test_round_trip_with_a_conflict(store_fixture, tmp_path, monkeypatch, capsys):
    fx = store_fixture
    builders.make_laptop(tmp_path / "laptop")[0].close()
    laptop_dir = str(tmp_path / "laptop")
    office = ["--data-dir", str(fx.data_dir)]
    lap = ["--data-dir", laptop_dir]
    monkeypatch.setenv("PANA_PASSWORD", PASSWORD)
    number = builders.register(fx).number
    fx.store.close()

    request, package = tmp_path / "req.json", tmp_path / "out.pana"
    assert main([*lap, "laptop", "request", "--out", str(request), "--user", "officer"]) == 0
    assert main([*office, "checkout", "out", number, "--request", str(request),
                 "--until", (date.today() + timedelta(days=9)).isoformat(), "--quota", "1", "--out", str(package),
                 "--user", "officer"]) == 0
    assert oct(package.stat().st_mode & 0o777) == "0o600"
    assert main([*lap, "laptop", "take", str(package), "--user", "officer"]) == 0
    assert main([*office, "checkout", "list", "--user", "supervisor"]) == 0
    assert main([*office, "checkout", "release", number, "--reason", "urgent",
                 "--user", "supervisor"]) == 0
    out = capsys.readouterr().out
    assert number in out and "released" in out

    from app.db.keyfile import KeyFile
    from app.db.store import Store, StorePaths

    def opened(folder):
        paths = StorePaths(folder)
        keys = KeyFile.load(paths.keys)
        return Store.open_with_key(paths, keys, keys.unlock("officer", PASSWORD))

    office_store, lap_store = opened(fx.data_dir), opened(tmp_path / "laptop")
    try:
        _set_religion(office_store, fx.officer, number, "Islam")
        with lap_store.uow(readonly=True) as uow:
            from app.db.models import User

            user = uow.session.execute(select(User).where(User.username == "officer")).scalar()
            from app.db.audit import Actor

            lap_officer = Actor(user.id, "officer", "officer")
        _set_religion(lap_store, lap_officer, number, "Christianity")
    finally:
        office_store.close()
        lap_store.close()

    checkin, receipt = tmp_path / "in.pana", tmp_path / "receipt.pana"
    assert main([*lap, "laptop", "checkin", "--out", str(checkin), "--user", "officer"]) == 0
    capsys.readouterr()
    assert main([*office, "checkout", "in", str(checkin), "--receipt", str(receipt),
                 "--user", "officer"]) == 3
    listed = capsys.readouterr().out
    assert "Christianity" in listed and "Islam" in listed and not receipt.exists()
    key = next(line.split()[1] for line in listed.splitlines()
               if line.strip().startswith(number))
    assert main([*office, "checkout", "in", str(checkin), "--receipt", str(receipt),
                 "--keep", f"{key}=laptop", "--user", "officer"]) == 0
    assert main([*lap, "laptop", "receipt", str(receipt), "--user", "officer"]) == 0
    assert "removed from this laptop" in capsys.readouterr().out
    office_store = opened(fx.data_dir)
    try:
        assert _religion(office_store, number) == "Christianity"
        with office_store.uow(readonly=True) as uow:
            assert not checkout.list_checkouts(uow, fx.officer)
    finally:
        office_store.close()
    assert main([*lap, "checkout", "list", "--user", "officer"]) == 0
