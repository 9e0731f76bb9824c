"""Two users at once: two processes edit the same applicant through the services, one
database, conflicting on every other save — no update is lost and no "database is
locked" reaches either of them; a process reading all the while never fails.

Each child (``tests/reliability/edit_child.py``) reads the case file, appends its own
token to the address, sets the religion to it and saves with the version it read;
on a conflict it reloads and applies the edit again.
"""

from __future__ import annotations

import json
import os
from collections import Counter

import pytest
from sqlalchemy import select

from app.db.models import AuditEntry
from app.domain.errors import ConflictError
from app.services import casefile, claims, maintenance
from app.services.common import NOT_SEEN
from tests.helpers.builders import register
from tests.reliability.edit_child import Child, token

#: Edits per writer: 2 x 1,000 take about 30 s on two idle cores (60-85 s on busy
#: ones). PANA_TWO_WRITERS_EDITS sets another number.
EDITS = int(os.environ.get("PANA_TWO_WRITERS_EDITS", "1000"))
#: Edits of the writer beside the reader.
READER_TEST_EDITS = 300


def run_children(fx, tmp_path, specs: list[tuple], timeout: float) -> list[dict]:
    """Start the children, let them go at the same moment, return their reports."""
    children = [Child(fx.data_dir, fx.store.db_key, *spec,
                      stderr_path=tmp_path / f"child{i}.err")
                for i, spec in enumerate(specs)]
    try:
        for child in children:
            child.wait_for("READY")
        for child in children:
            child.go()
        return [child.report(timeout) for child in children]
    finally:
        for child in children:
            child.stop()


def applicant_updates(fx, case_id) -> list[tuple[dict, dict]]:
    """(old, new) values of the case's applicant saves, in the order they were made."""
    with fx.uow(readonly=True) as uow:
        return [(json.loads(old), json.loads(new)) for old, new in uow.session.execute(
            select(AuditEntry.old_values, AuditEntry.new_values).where(
                AuditEntry.case_id == case_id, AuditEntry.action == "applicant.update")
            .order_by(AuditEntry.seq))]


def check_nothing_lost(fx, number: str, version_before: int, tokens: list[str]) -> None:
    with fx.uow(readonly=True) as uow:
        after = casefile.load_case_file(uow, fx.officer, number, sensitive=False)
    lines = after.applicant.address.splitlines()
    assert Counter(lines) == Counter(tokens), "an edit is missing or was applied twice"
    assert after.applicant.version == version_before + len(tokens)

    entries = applicant_updates(fx, after.id)
    assert len(entries) == len(tokens)
    # Every save started from the one before it: its old address is the previous
    # save's new one, plus exactly one token.
    previous = ""
    for old, new in entries:
        assert old.get("address", "") == previous
        assert new["address"].startswith(previous)
        added = new["address"][len(previous):]
        assert added.count("\n") == 1 and added.strip() == new["religion"]
        previous = new["address"]
    assert previous == after.applicant.address
    assert after.applicant.religion == entries[-1][1]["religion"]

    report = maintenance.verify_store(fx.store)
    assert report.ok, report.problems
    assert "SQLite integrity: ok" in report.checks
    assert any(check.startswith("audit chain: ok") for check in report.checks)


def two_writers(fx, tmp_path, edits: int, timeout: float) -> list[dict]:
    number = register(fx).number
    with fx.uow(readonly=True) as uow:
        version_before = casefile.load_case_file(
            uow, fx.officer, number, sensitive=False).applicant.version
    reports = run_children(fx, tmp_path, [
        ("officer", "edit", number, "A", edits),
        ("officer2", "edit", number, "B", edits),
    ], timeout)
    for report in reports:
        assert report["errors"] == []
        assert report["edits"] == edits
    # They did get in each other's way, and each conflict was caught before writing.
    assert sum(r["conflicts"] for r in reports) > 0
    assert sum(r["stale_writes"] for r in reports) == 0
    tokens = [token(prefix, i) for prefix in "AB" for i in range(edits)]
    check_nothing_lost(fx, number, version_before, tokens)
    return reports


@pytest.mark.slow
def test_two_writers_a_thousand_conflicting_edits_each_lose_no_update(store_fixture, tmp_path):
    two_writers(store_fixture, tmp_path, EDITS, timeout=300)


def test_a_reader_beside_a_writer_never_fails(store_fixture, tmp_path):
    fx = store_fixture
    numbers = [register(fx).number for _ in range(3)]
    with fx.uow(readonly=True) as uow:
        version_before = casefile.load_case_file(
            uow, fx.officer, numbers[0], sensitive=False).applicant.version
    stop = tmp_path / "stop"
    writer = Child(fx.data_dir, fx.store.db_key, "officer", "edit", numbers[0], "W",
                   READER_TEST_EDITS,
                   stderr_path=tmp_path / "writer.err")
    reader = Child(fx.data_dir, fx.store.db_key, "officer2", "read", stop,
                   stderr_path=tmp_path / "reader.err")
    try:
        writer.wait_for("READY")
        reader.wait_for("READY")
        reader.go()
        writer.go()
        written = writer.report(timeout=120)
        stop.touch()
        read = reader.report(timeout=60)
    finally:
        writer.stop()
        reader.stop()
    assert written["errors"] == [] and written["edits"] == READER_TEST_EDITS
    assert read["errors"] == []
    assert read["reads"] > 10
    check_nothing_lost(fx, numbers[0], version_before,
                       [token("W", i) for i in range(READER_TEST_EDITS)])


def test_a_record_made_meanwhile_conflicts_with_a_save_that_saw_none(store_fixture, tmp_path):
    """A screen that showed no claim saves with ``NOT_SEEN``: a claim another process
    made in the meantime is a conflict, not overwritten."""
    fx = store_fixture
    number = register(fx).number
    with fx.uow(readonly=True) as uow:
        assert casefile.load_case_file(uow, fx.officer, number).claim.version is None
    assert run_children(fx, tmp_path, [("officer2", "claim", number, "Theirs")],
                        timeout=60)[0]["edits"] == 1

    with pytest.raises(ConflictError) as conflict, fx.uow() as uow:
        claims.save_claim(uow, fx.officer, number, claims.ClaimInput(summary="Mine"),
                          expected_version=NOT_SEEN)
    with fx.uow(readonly=True) as uow:
        stored = casefile.load_case_file(uow, fx.officer, number).claim
    assert stored.summary == "Theirs"
    assert str(conflict.value) == (f"Somebody else wrote the claim after you opened it (now "
                                   f"version {stored.version}). Nothing was overwritten.")
