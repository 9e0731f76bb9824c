"""Reading the audit trail: search by user, case, action and day; export; the chain's state.

Entries are written by the real services (registering cases, logging in); the
days are set by a clock the audit module reads, so the chain stays intact.
"""

from __future__ import annotations

import csv
import json
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from app.db import audit
from app.db.models import AuditEntry
from app.domain.errors import PermissionDenied, StoreError, ValidationError
from app.services import accounts, audit_log
from app.services.audit_log import AuditFilter
from tests.conftest import PASSWORD
from tests.helpers import builders


class _Clock(datetime):
    """``datetime`` whose ``now`` is set by the test (for the audit module only)."""

    current: datetime | None = None

    @classmethod
    def now(cls, tz=None):
        return cls.current if cls.current is not None else datetime.now(tz)


@pytest.fixture
def clock(monkeypatch):
    monkeypatch.setattr(audit, "datetime", _Clock)
    yield _Clock
    _Clock.current = None


def search(fx, actor=None, **filters) -> list[audit_log.AuditRow]:
    with fx.uow(readonly=True) as uow:
        return audit_log.search(uow, actor or fx.supervisor, AuditFilter(**filters))


def last_seq(fx) -> int:
    with fx.uow(readonly=True) as uow:
        return uow.session.execute(select(func.max(AuditEntry.seq))).scalar_one()


def entries_after(fx, seq: int) -> set[int]:
    return {row.seq for row in builders.audit_since(fx, seq)}


def test_search_by_user_gives_only_their_entries_newest_first(store_fixture):
    fx = store_fixture
    start = last_seq(fx)
    builders.register(fx, fx.officer)
    builders.register(fx, fx.officer2)
    builders.register(fx, fx.officer)

    rows = search(fx, username="officer2")

    assert rows and {r.username for r in rows} == {"officer2"}
    mine = [r for r in builders.audit_since(fx, start) if r.username == "officer2"]
    assert [r.seq for r in rows if r.seq > start] == sorted((r.seq for r in mine), reverse=True)
    everything = search(fx)
    assert [r.seq for r in everything] == sorted((r.seq for r in everything), reverse=True)
    assert all(r.at.tzinfo is not None and r.at.utcoffset() == timedelta(0) for r in everything)


def test_search_by_case_number_whole_or_part(store_fixture):
    fx = store_fixture
    first = builders.register(fx).number
    second = builders.register(fx).number
    builders.schedule(fx, first)

    rows = search(fx, case_number=first)
    assert rows and {r.case_number for r in rows} == {first}
    assert {r.action for r in rows} >= {"case.register", "interview.schedule"}

    part = second[-5:].lower()  # "00002", typed in any case
    assert {r.case_number for r in search(fx, case_number=part)} == {second}
    assert search(fx, case_number="NOPE-0000") == []


def test_search_by_action_prefix(store_fixture):
    fx = store_fixture
    number = builders.register(fx).number
    builders.schedule(fx, number)

    family = search(fx, action="case.")
    assert family and all(r.action.startswith("case.") for r in family)
    assert "interview.schedule" not in {r.action for r in family}
    exact = search(fx, action="interview.schedule")
    assert [r.action for r in exact] == ["interview.schedule"]
    # The prefix is taken literally: "_" and "%" are not wildcards.
    assert search(fx, action="case_") == []
    with fx.uow(readonly=True) as uow:
        listed = audit_log.actions(uow, fx.supervisor)
    assert {"case.register", "interview.schedule", "user.add", "store.init"} <= set(listed)
    assert listed == sorted(set(listed))


def test_search_by_day_range_includes_both_days(store_fixture, clock):
    fx = store_fixture
    # Days after every entry the template store was made with.
    first = date.today() + timedelta(days=30)
    days = [first, first + timedelta(days=1), first + timedelta(days=2)]
    seqs: dict[date, set[int]] = {}
    for day in days:
        # Noon UTC is the same calendar day in every Kazakh (and nearly every) time zone.
        clock.current = datetime(day.year, day.month, day.day, 12, tzinfo=UTC)
        before = last_seq(fx)
        builders.register(fx)
        seqs[day] = entries_after(fx, before)

    def found(**filters) -> set[int]:
        return {r.seq for r in search(fx, **filters)}

    assert found(date_from=days[1], date_to=days[1]) == seqs[days[1]]
    assert found(date_from=days[1]) == seqs[days[1]] | seqs[days[2]]
    assert found(date_to=days[0]) >= seqs[days[0]]
    assert not found(date_to=days[0]) & (seqs[days[1]] | seqs[days[2]])
    assert found(date_from=days[2] + timedelta(days=1)) == set()
    combined = search(fx, date_from=days[0], date_to=days[1], action="case.register")
    assert {r.seq for r in combined} <= seqs[days[0]] | seqs[days[1]]
    assert len(combined) == 2
    with pytest.raises(ValidationError) as raised:
        search(fx, date_from=days[1], date_to=days[0])
    assert "date_to" in raised.value.errors


def test_limit_keeps_the_newest(store_fixture):
    fx = store_fixture
    builders.register(fx)
    everything = search(fx, limit=0)
    newest = search(fx, limit=3)
    assert [r.seq for r in newest] == [r.seq for r in everything[:3]]


def test_old_and_new_values_are_decoded(store_fixture):
    fx = store_fixture
    accounts.add_user(fx.store, fx.admin, "newclerk", "clerk", PASSWORD, display_name="Әлия")
    row = search(fx, action="user.add", username="admin")[0]
    assert row.new == {"username": "newclerk", "role": "clerk", "display_name": "Әлия"}
    assert row.old == {} and not row.withheld and row.case_number is None


def test_admin_sees_which_fields_changed_but_not_the_values_of_a_case(store_fixture):
    """An administrator may not read case files, so not through the audit either."""
    fx = store_fixture
    number = builders.register(fx).number
    for_supervisor = search(fx, fx.supervisor, case_number=number, action="case.register")[0]
    for_admin = search(fx, fx.admin, case_number=number, action="case.register")[0]

    assert "Серікұлы" in json.dumps(for_supervisor.new, ensure_ascii=False)
    assert for_admin.withheld and set(for_admin.new) == set(for_supervisor.new)
    assert all(value is None for value in for_admin.new.values())
    # Entries about no case are shown whole.
    assert not search(fx, fx.admin, action="user.add")[0].withheld


def test_searching_is_not_audited(store_fixture):
    fx = store_fixture
    before = builders.audit_count(fx)
    search(fx)
    with fx.uow(readonly=True) as uow:
        audit_log.actions(uow, fx.admin)
        audit_log.usernames(uow, fx.admin)
        audit_log.chain_status(uow, fx.admin)
    assert builders.audit_count(fx) == before


# ---- export


def read_csv(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to read UTF-8
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_export_writes_the_matching_rows_and_is_audited(store_fixture, tmp_path):
    fx = store_fixture
    number = builders.register(fx).number
    builders.schedule(fx, number)
    filt = AuditFilter(case_number=number, limit=0)
    expected = search(fx, case_number=number, limit=0)
    target = tmp_path / "audit-export.csv"

    with fx.uow() as uow:
        count = audit_log.export_csv(uow, fx.supervisor, filt, target)

    rows = read_csv(target)
    assert count == len(expected) == len(rows)
    assert [int(r["seq"]) for r in rows] == [e.seq for e in expected]
    assert {r["case"] for r in rows} == {number}
    register = next(r for r in rows if r["action"] == "case.register")
    assert "Серікұлы" in register["new_values"]  # Cyrillic survives the round trip
    assert json.loads(register["new_values"]) == next(
        e.new for e in expected if e.action == "case.register")
    assert not list(tmp_path.glob("*.partial"))
    exported = search(fx, action="audit.export")
    assert len(exported) == 1
    assert exported[0].username == "supervisor"
    assert exported[0].new == {"rows": count, "file": target.name, "filter": {
        "username": "", "case_number": number, "action": "", "date_from": None,
        "date_to": None, "limit": 0}}


def test_export_that_cannot_be_written_leaves_no_file_and_no_entry(store_fixture, tmp_path):
    fx = store_fixture
    before = builders.audit_count(fx)
    target = tmp_path / "missing-folder" / "audit.csv"
    with fx.uow() as uow, pytest.raises(StoreError):
        audit_log.export_csv(uow, fx.supervisor, AuditFilter(), target)
    assert not target.exists() and not target.with_suffix(".partial").exists()
    assert builders.audit_count(fx) == before


def test_export_by_an_admin_withholds_case_values(store_fixture, tmp_path):
    fx = store_fixture
    number = builders.register(fx).number
    target = tmp_path / "audit.csv"
    with fx.uow() as uow:
        audit_log.export_csv(uow, fx.admin, AuditFilter(case_number=number), target)
    rows = read_csv(target)
    assert rows and all(r["withheld"] == "yes" for r in rows if r["new_values"])
    assert "Серікұлы" not in target.read_text(encoding="utf-8-sig")


# ---- the chain


def chain(fx, actor=None):
    with fx.uow(readonly=True) as uow:
        return audit_log.chain_status(uow, actor or fx.supervisor)


def test_chain_intact_then_broken_at_the_altered_entry(store_fixture):
    fx = store_fixture
    builders.register(fx)
    total = builders.audit_count(fx)
    assert chain(fx) == (True, total, None)

    with fx.uow(readonly=True) as uow:
        seq = uow.session.execute(select(AuditEntry.seq).where(
            AuditEntry.action == "case.register")).scalar_one()
    with fx.store.engine.begin() as conn:
        changed = conn.execute(text("UPDATE audit_log SET new_values = :v WHERE seq = :s"),
                               {"v": '{"names": "Someone else"}', "s": seq})
        assert changed.rowcount == 1

    ok, checked, broken = chain(fx, fx.admin)
    assert (ok, broken) == (False, seq)
    assert checked == seq


# ---- who may


@pytest.mark.parametrize("role", ["clerk", "officer"])
def test_only_supervisors_and_admins_may_read_the_audit(store_fixture, tmp_path, role):
    fx = store_fixture
    actor = getattr(fx, role)
    target = tmp_path / "audit.csv"
    with fx.uow() as uow:
        for call in (lambda: audit_log.search(uow, actor, AuditFilter()),
                     lambda: audit_log.actions(uow, actor),
                     lambda: audit_log.usernames(uow, actor),
                     lambda: audit_log.chain_status(uow, actor),
                     lambda: audit_log.export_csv(uow, actor, AuditFilter(), target)):
            with pytest.raises(PermissionDenied):
                call()
    assert not target.exists()
    assert search(fx, fx.admin) and search(fx, fx.supervisor)
