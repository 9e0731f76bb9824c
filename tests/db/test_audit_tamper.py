"""Every kind of tampering with the audit trail is detected and named: an edited,
deleted, reordered or inserted entry, and entries cut off the end."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from app.db.audit import verify_chain
from app.services import maintenance
from tests.helpers import builders


def _report(fx):
    with fx.uow(readonly=True) as uow:
        return verify_chain(uow.session, uow.audit_key)


def _sql(fx, statement: str, **params) -> None:
    with fx.store.engine.begin() as conn:
        conn.execute(text(statement), params)


@pytest.fixture
def chained(store_fixture):
    for _ in range(3):
        builders.register(store_fixture)
    total = builders.audit_count(store_fixture)
    assert total >= 8 and _report(store_fixture).ok
    return store_fixture, total


def test_an_untouched_chain_holds_and_verify_says_so(chained):
    fx, total = chained
    report = _report(fx)
    assert (report.ok, report.entries) == (True, total)
    assert "audit chain: ok" in " ".join(maintenance.verify_store(fx.store).checks)


def test_an_edited_entry_is_named(chained):
    fx, _ = chained
    _sql(fx, "UPDATE audit_log SET username = 'nobody' WHERE seq = 4")
    report = _report(fx)
    assert (report.ok, report.first_broken_seq) == (False, 4) and "altered" in report.problem


def test_a_deleted_entry_is_named(chained):
    fx, _ = chained
    _sql(fx, "DELETE FROM audit_log WHERE seq = 5")
    report = _report(fx)
    assert (report.ok, report.first_broken_seq) == (False, 6) and "5 is missing" in \
        report.problem


def test_reordered_entries_are_named(chained):
    fx, _ = chained
    _sql(fx, "UPDATE audit_log SET seq = -1 WHERE seq = 3")
    _sql(fx, "UPDATE audit_log SET seq = 3 WHERE seq = 4")
    _sql(fx, "UPDATE audit_log SET seq = 4 WHERE seq = -1")
    report = _report(fx)
    assert (report.ok, report.first_broken_seq) == (False, 3)


def test_entries_cut_off_the_end_are_detected(chained):
    fx, total = chained
    _sql(fx, "DELETE FROM audit_log WHERE seq > :keep", keep=total - 2)
    report = _report(fx)
    assert (report.ok, report.first_broken_seq) == (False, total - 1)
    assert f"entries {total - 1} to {total} were removed" in report.problem
    problems = " ".join(maintenance.verify_store(fx.store).problems)
    assert "removed from the end" in problems


def test_removing_or_forging_the_sealed_record_is_detected(chained):
    fx, total = chained
    _sql(fx, "UPDATE audit_head SET seq = :seq", seq=total - 1)
    assert "altered" in _report(fx).problem
    _sql(fx, "DELETE FROM audit_head")
    report = _report(fx)
    assert not report.ok and "missing" in report.problem


def test_the_next_entry_extends_the_sealed_record(chained):
    fx, total = chained
    builders.register(fx)
    report = _report(fx)
    assert report.ok and report.entries > total


def test_a_store_from_before_the_sealed_record_gets_one_on_upgrade(chained):
    from app.db import migrate

    fx, total = chained
    migrate.downgrade(fx.store.engine, "0003")
    fx.store.upgrade_schema()
    report = _report(fx)
    assert (report.ok, report.entries) == (True, total)
