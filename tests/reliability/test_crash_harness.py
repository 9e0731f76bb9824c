"""The crash harness in the suite: a few SIGKILLs of a writer of real service calls.

The long run (200 kills and more) is ``make crash-harness``; here a handful of
kills with a fixed seed must lose nothing and find nothing damaged, and the
checks must report a store that was damaged or lost an acknowledged step, so
that the harness is not a test that cannot fail.
"""

from __future__ import annotations

import copy
import shutil
import uuid

import pytest

from app.db.engine import connect_raw
from tests.reliability.crash_harness import Ack, run_harness, verify
from tests.reliability.crash_writer import OPS

SEED = 8
KILLS = 6
#: More kills, if needed, until every kind of step was acknowledged at least once.
MORE_FOR_ALL_KINDS = 6

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def quick_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("crash")
    summary, ledger = run_harness(KILLS, SEED, folder, max_run=1.5, progress=None,
                                  more_for_all_kinds=MORE_FOR_ALL_KINDS)
    key = bytes.fromhex((folder / "key.hex").read_text())
    return summary, ledger, folder / "data", key


def test_kills_lose_nothing_and_damage_nothing(quick_run):
    summary, ledger, _data, _key = quick_run
    assert summary.problems == []
    assert (summary.lost, summary.integrity_failures, summary.audit_failures,
            summary.open_failures, summary.half_done, summary.writer_failures) == (0,) * 6
    assert summary.ok
    assert KILLS <= summary.kills <= KILLS + MORE_FOR_ALL_KINDS
    assert set(summary.acked) == set(OPS), "every kind of step was acknowledged"
    assert sum(summary.acked.values()) == len(ledger.acks)


@pytest.fixture
def damaged(quick_run, tmp_path):
    """A copy of the store after the quick run, to damage, with its ledger and key."""
    _summary, ledger, data, key = quick_run
    copy_dir = tmp_path / "data"
    shutil.copytree(data, copy_dir)
    return copy_dir, copy.deepcopy(ledger), key


def _sql(data_dir, key, sql: str, *params) -> None:
    conn = connect_raw(data_dir / "pana.db", key)
    try:
        conn.execute(sql, params)
    finally:
        conn.close()


def test_the_intact_copy_passes(damaged):
    data_dir, ledger, key = damaged
    check = verify(data_dir, key, ledger)
    assert check.ok, check.problems()
    assert check.checked_acks == len(ledger.acks)


def test_an_acknowledged_step_that_is_not_there_is_lost(damaged):
    data_dir, ledger, key = damaged
    number = next(a.details["case"] for a in ledger.acks if a.op == "register")
    ledger.add(Ack(99, 1, "attach_evidence", {
        "case": number, "evidence_id": str(uuid.uuid4()), "size": 1000, "sha256": "0" * 64}))
    check = verify(data_dir, key, ledger)
    assert len(check.lost) == 1 and "run 99 step 1 attach_evidence" in check.lost[0]
    assert not check.ok


def test_an_answer_removed_from_an_interview_is_found(damaged):
    data_dir, ledger, key = damaged
    recorded = next(a for a in ledger.acks if a.op == "record_interview")
    _sql(data_dir, key, "DELETE FROM interview_entries WHERE rowid = (SELECT max(rowid) FROM "
                        "interview_entries WHERE interview_id = ?)",
         uuid.UUID(recorded.details["interview_id"]).hex)
    check = verify(data_dir, key, ledger)
    assert any(f"step {recorded.seq} record_interview" in p for p in check.lost)
    assert any("answers; its audit entry says otherwise" in p for p in check.half)


def test_a_row_without_its_audit_entry_is_half_done(damaged):
    data_dir, ledger, key = damaged
    case_id = uuid.UUID(next(a.details["case_id"] for a in ledger.acks if a.op == "register"))
    _sql(data_dir, key, "INSERT INTO incidents (id, case_id, kind, actor, actor_type, started, "
                        "ended, place, description, version, created_at, updated_at) VALUES "
                        "(?, ?, 'other', '', 'unknown', '', '', '', 'x', 1, "
                        "'2026-01-01 00:00:00', '2026-01-01 00:00:00')",
         uuid.uuid4().hex, case_id.hex)
    check = verify(data_dir, key, ledger)
    assert any("has no audit entry" in p for p in check.half)
    assert any("incidents in the store" in p for p in check.half)
    assert check.lost == [] and not check.ok


def test_an_altered_audit_entry_breaks_the_chain(damaged):
    data_dir, ledger, key = damaged
    _sql(data_dir, key, "UPDATE audit_log SET username = 'somebody' WHERE seq = 5")
    check = verify(data_dir, key, ledger)
    assert check.audit_failures and "entry 5 was altered" in check.audit_failures[0]


def test_a_damaged_page_is_an_integrity_failure(damaged):
    data_dir, ledger, key = damaged
    db = data_dir / "pana.db"
    assert not (data_dir / "pana.db-wal").exists() or \
        (data_dir / "pana.db-wal").stat().st_size == 0
    with open(db, "r+b") as handle:
        handle.seek(db.stat().st_size // 2)
        handle.write(b"\x00" * 64)
    check = verify(data_dir, key, ledger)
    assert check.integrity_failures or check.open_failures
    assert not check.ok


def test_a_key_that_is_not_the_stores_does_not_pass(damaged):
    data_dir, ledger, _key = damaged
    check = verify(data_dir, bytes(32), ledger)
    assert check.open_failures == ["the officer's password unlocks a different key"]


def test_the_summary_counts_what_the_reviewers_count(quick_run):
    summary = quick_run[0]
    text = "\n".join(summary.lines())
    for label in ("kills:", "operations acknowledged:", "lost: 0", "integrity failures: 0",
                  "audit chain failures: 0", "half-done operations: 0", "time:"):
        assert label in text
