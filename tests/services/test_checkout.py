"""Offline laptops: check-out, work offline, check-in, conflicts (office on both engines)."""

from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from app.bootstrap import init_store
from app.db import audit
from app.db.keyfile import derive_subkey
from app.db.models import AuditEntry, Case, CaseVersion, Checkout
from app.domain.errors import DomainError
from app.services import checkout, sealed
from app.services.casefile import load_case_file
from tests.conftest import PASSWORD
from tests.helpers import builders


def _religion(store, actor, number):
    with store.uow() as uow:
        return load_case_file(uow, actor, number).applicant.religion


def _set_religion(store, actor, number, religion):
    builders.edit_applicant(store, actor, number, religion=religion)


def _check_out(fx, lap_store, lap_officer, numbers, quota=0, actor=None):
    request = checkout.read_request(checkout.device_request(lap_store, lap_officer,
                                                            device_name="Field laptop 1"))
    with fx.uow() as uow:
        result = checkout.check_out(uow, actor or fx.officer, fx.store, request, numbers,
                                    date.today() + timedelta(days=10), quota=quota)
    with lap_store.uow() as uow:
        checkout.accept_checkout(uow, lap_officer, lap_store, result.package)
    return result


def _chain_ok(store):
    with store.uow(readonly=True) as uow:
        report = audit.verify_chain(uow.session, derive_subkey(store.db_key, "audit-chain"))
    return report


def test_round_trip_with_new_petitions(store_fixture, laptop):
    fx = store_fixture
    lap_store, lap_officer = laptop
    numbers = [builders.register(fx).number for _ in range(3)]
    other = builders.register(fx).number
    _check_out(fx, lap_store, lap_officer, numbers[:2], quota=2)

    # At the office the cases can be read, not changed; the other case can.
    with pytest.raises(checkout.CheckedOut):
        _set_religion(fx.store, fx.officer, numbers[0], "Islam")
    assert _religion(fx.store, fx.officer, numbers[0]) == ""
    _set_religion(fx.store, fx.officer, other, "Buddhism")
    with pytest.raises(Exception, match="already checked out"):
        _check_out(fx, lap_store, lap_officer, [numbers[0]])

    # Offline on the laptop: edit, and register a new petition within the quota.
    _set_religion(lap_store, lap_officer, numbers[0], "Christianity")
    new = builders.register(_Fx(lap_store), lap_officer).number
    assert new.startswith("TAQM-")
    with lap_store.uow() as uow:
        data = checkout.checkin_file(uow, lap_officer, lap_store)

    with fx.uow(readonly=True) as uow:
        plan = checkout.read_checkin(uow, fx.officer, fx.store, data)
    assert [c.number for c in plan.cases] == numbers[:2]
    assert plan.conflicts == 0 and plan.new_cases == [new]
    before = builders.audit_count(fx)
    with fx.uow() as uow:
        result = checkout.apply_checkin(uow, fx.officer, fx.store, data)
    assert result.applied == [numbers[0]] and result.unchanged == [numbers[1]]
    permanent = result.numbers[new]
    assert permanent.startswith("AQM-") and permanent not in numbers
    assert _religion(fx.store, fx.officer, numbers[0]) == "Christianity"
    assert _religion(fx.store, fx.officer, other) == "Buddhism"
    _set_religion(fx.store, fx.officer, numbers[0], "Islam")  # back at the office: editable
    with fx.uow(readonly=True) as uow:
        actions = [a for (a,) in uow.session.execute(
            select(AuditEntry.action).where(AuditEntry.seq > before))]
        offline = uow.session.execute(select(AuditEntry).where(
            AuditEntry.action == "applicant.update", AuditEntry.seq > before)).scalars()
        assert any(json.loads(e.new_values).get("offline", {}).get("device") for e in offline)
        cert = uow.session.execute(select(func.count()).select_from(Case).where(
            Case.number == permanent)).scalar()
    assert cert == 1
    assert "case.checkin" in actions and "case.checkin_new" in actions
    assert _chain_ok(fx.store).ok

    with lap_store.uow() as uow:
        finished = checkout.finish_checkin(uow, lap_officer, lap_store, result.receipt)
    assert sorted(finished.removed) == sorted([*numbers[:2], new])
    with lap_store.uow(readonly=True) as uow:
        assert uow.session.execute(select(func.count()).select_from(Case)).scalar() == 0
    # The same file again changes nothing, and gives the receipt again (one was lost).
    count = builders.audit_count(fx)
    with fx.uow() as uow:
        again = checkout.apply_checkin(uow, fx.officer, fx.store, data)
    assert again.applied == [] and again.skipped == numbers[:2]
    assert again.numbers == {new: permanent}
    assert builders.audit_count(fx) == count


class _Fx:
    def __init__(self, store):
        self.store = store

    def uow(self, **kwargs):
        return self.store.uow(**kwargs)


def test_forced_release_and_conflict(store_fixture, laptop):
    fx = store_fixture
    lap_store, lap_officer = laptop
    number = builders.register(fx).number
    _check_out(fx, lap_store, lap_officer, [number])
    with fx.uow() as uow:
        checkout.release(uow, fx.supervisor, number, "Urgent decision")
    _set_religion(fx.store, fx.officer, number, "Islam")
    _set_religion(lap_store, lap_officer, number, "Christianity")
    with lap_store.uow() as uow:
        data = checkout.checkin_file(uow, lap_officer, lap_store)
    with fx.uow(readonly=True) as uow:
        plan = checkout.read_checkin(uow, fx.officer, fx.store, data)
    conflicts = plan.cases[0].conflicts
    (conflict,) = conflicts
    assert (conflict.laptop, conflict.server) == ("Christianity", "Islam")
    with fx.uow() as uow, pytest.raises(checkout.CheckinConflicts):
        checkout.apply_checkin(uow, fx.officer, fx.store, data)
    assert _religion(fx.store, fx.officer, number) == "Islam"
    choices = {str(plan.cases[0].checkout_id): {conflict.key: "laptop"}}
    with fx.uow() as uow:
        result = checkout.apply_checkin(uow, fx.officer, fx.store, data, choices)
    assert result.conflicts_decided == 1
    assert _religion(fx.store, fx.officer, number) == "Christianity"
    with fx.uow(readonly=True) as uow:
        kinds = sorted(uow.session.execute(select(CaseVersion.kind)).scalars())
        versions = {v.kind: json.loads(v.document) for v in
                    uow.session.execute(select(CaseVersion)).scalars()}
        state = uow.session.execute(select(Checkout.state)).scalar()
    assert kinds == ["laptop", "merged", "server"]
    assert versions["server"]["cases"][0]["applicant"]["religion"] == "Islam"
    assert versions["laptop"]["cases"][0]["applicant"]["religion"] == "Christianity"
    assert state == "returned"
    assert _chain_ok(fx.store).ok
    # The history holds both values and which one was kept.
    (entry,) = [e for e in builders.audit_since(fx, 0) if e.action == "case.checkin"]
    (decided,) = entry.new["conflicts"]
    assert (decided["laptop"], decided["office"], decided["kept"]) == \
        ("Christianity", "Islam", "laptop")


def test_sealed_files_refuse_tampering_and_strangers(store_fixture, laptop, tmp_path):
    fx = store_fixture
    lap_store, lap_officer = laptop
    number = builders.register(fx).number
    request = checkout.read_request(checkout.device_request(lap_store, lap_officer))
    with fx.uow() as uow:
        result = checkout.check_out(uow, fx.officer, fx.store, request, [number],
                                    date.today() + timedelta(days=3))
    assert b"Serikuly" not in result.package and "Серікұлы".encode() not in result.package
    changed = bytearray(result.package)
    changed[len(changed) // 2] ^= 1
    with lap_store.uow() as uow, pytest.raises(sealed.SealedFileError):
        checkout.accept_checkout(uow, lap_officer, lap_store, bytes(changed))
    # Another laptop cannot open it.
    stranger = init_store(tmp_path / "other", admin="a2", password=PASSWORD, region="AQM",
                          commission="Other")
    try:
        with stranger.store.uow() as uow, pytest.raises(sealed.SealedFileError):
            checkout.accept_checkout(uow, stranger.admin, stranger.store, result.package)
    finally:
        stranger.store.close()
    # Officers check out only to their own laptop.
    other_request = checkout.DeviceRequest("x", "x", "officer2", request.keys)
    with fx.uow() as uow, pytest.raises(Exception, match="own laptop"):
        checkout.check_out(uow, fx.officer, fx.store, other_request, [number],
                           date.today() + timedelta(days=3))


def test_a_released_case_out_again_elsewhere_waits_for_that_laptop(store_fixture, laptop,
                                                                   tmp_path):
    fx = store_fixture
    lap_store, lap_officer = laptop
    number = builders.register(fx).number
    _check_out(fx, lap_store, lap_officer, [number])
    with fx.uow() as uow:
        checkout.release(uow, fx.supervisor, number, "Laptop left at the border post")
    other, second = builders.make_laptop(tmp_path / "second", commission="Second laptop")
    try:
        _check_out(fx, other, second, [number])
    finally:
        other.close()
    with lap_store.uow() as uow:
        data = checkout.checkin_file(uow, lap_officer, lap_store)
    before = builders.audit_count(fx)
    with fx.uow() as uow, pytest.raises(DomainError, match="now checked out to the laptop"):
        checkout.apply_checkin(uow, fx.officer, fx.store, data)
    assert builders.audit_count(fx) == before
