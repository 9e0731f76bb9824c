"""The statistics: every figure checked against a count made here, in plain Python over
the ORM rows of a demo register (made through the services), for several periods and
offices.

The demo is built once for the module (every scenario of ``demo.MANDATORY`` is in it). A second office ("KRG") is added by changing
the commission's region code and registering two more petitions, one of a stateless
applicant left without an officer, one of an applicant with two citizenships, refused.
"""

from __future__ import annotations

import statistics as pystats
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from types import SimpleNamespace

import pytest
from sqlalchemy import select, update

from app.db.audit import Actor
from app.db.models import (
    Appeal,
    Applicant,
    AuditEntry,
    Case,
    CaseClosure,
    CommissionProfile,
    Decision,
    User,
)
from app.domain.deadlines import add_months
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.workflow import PRE_DECISION, CaseStatus
from app.services import demo
from app.services.statistics import (
    PENDING_BUCKETS,
    StatsFilter,
    month_range,
    statistics,
)
from tests.helpers import builders

SIZE = 24
TODAY = date.today()
IN_FORCE = {"granted", "extension_requested", "extension_pending_approval"}


@dataclass
class Register:
    store: object
    actors: dict
    today: date


@pytest.fixture(scope="module")
def register(tmp_path_factory):
    # The statistics read the workflow's history, not the papers printed or the case file's
    # relatives and documents: leaving those out of the demo takes 5 s instead of 13.
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(demo._CaseRun, "print", lambda self, doc_type, day: None)
        patch.setattr(demo._CaseRun, "file", lambda self: None)
        made = demo.make_demo(tmp_path_factory.mktemp("stats") / "data", cases=SIZE, seed=1)
    store = made.store
    with store.uow(readonly=True) as uow:  # the demo's accounts, without their argon2 logins
        actors = {u.username: Actor(u.id, u.username, u.role)
                  for u in uow.session.execute(select(User)).scalars()}
    with store.uow() as uow:  # a second office: numbers are made from the region code
        uow.session.execute(update(CommissionProfile).values(region_code="KRG"))
        uow.commit()
    fx = SimpleNamespace(uow=store.uow, **actors)
    stateless = builders.register(
        fx, citizenships=[], stateless=True, ethnicity="Dungan",
        registered_on=TODAY - timedelta(days=40), arrived_on=TODAY - timedelta(days=45))
    with store.uow() as uow:
        uow.session.execute(update(Case).where(Case.id == stateless.id)
                            .values(assigned_officer_id=None))
        uow.commit()
    builders.case_in(fx, CaseStatus.REFUSED, citizenships=["AFG", "PAK"], ethnicity="Pashtun")
    yield Register(store, actors, TODAY)
    store.close()


def _stats(register: Register, flt: StatsFilter, actor: str = "supervisor"):
    with register.store.uow(readonly=True) as uow:
        return statistics(uow, register.actors[actor], flt, today=register.today)


# ---------------------------------------------------------------------------
# the same figures, counted in Python from the rows


def _month(day: date) -> date:
    return day.replace(day=1)


def _region(number: str) -> str:
    return number.split("-")[0]


def _expected(register: Register, flt: StatsFilter) -> dict:
    with register.store.uow(readonly=True) as uow:
        return _count(uow.session, flt, register.today)


def _count(session, flt: StatsFilter, today: date) -> dict:
    every_case = session.execute(select(Case)).scalars().all()
    applicants = {a.case_id: a for a in session.execute(select(Applicant)).scalars()}
    usernames = {u.id: u.username for u in session.execute(select(User)).scalars()}
    decisions = session.execute(select(Decision)).scalars().all()
    closures = session.execute(select(CaseClosure)).scalars().all()
    appeals = session.execute(select(Appeal)).scalars().all()
    profile_region = session.execute(select(CommissionProfile.region_code)).scalar()
    offices = sorted({_region(c.number) for c in every_case} | {profile_region})
    cases = {c.id: c for c in every_case
             if flt.office is None or _region(c.number) == flt.office}

    def in_period(day: date | None) -> bool:
        return day is not None and flt.date_from <= day <= flt.date_to

    status_decisions = [d for d in decisions if d.case_id in cases and d.kind == "status"]
    period = [d for d in status_decisions if in_period(d.decided_on)]
    months = {m: {"registered": 0, "recognised": 0, "refused": 0, "closed": 0, "days": []}
              for m in month_range(flt.date_from, flt.date_to)}
    for case in cases.values():
        if in_period(case.registered_on):
            months[_month(case.registered_on)]["registered"] += 1
    for d in period:
        row = months[_month(d.decided_on)]
        row[{"recognise": "recognised", "refuse": "refused", "close": "closed"}[d.outcome]] += 1
        row["days"].append((d.decided_on - cases[d.case_id].registered_on).days)
    for k in closures:
        if (k.case_id in cases and k.action == "close" and k.reason in ("withdrawn", "abandoned")
                and in_period(k.on_date)):
            months[_month(k.on_date)]["closed"] += 1
    outcomes = Counter(d.outcome for d in period)
    recognised, refused = outcomes["recognise"], outcomes["refuse"]
    extensions = Counter(d.outcome for d in decisions if d.case_id in cases
                         and d.kind == "extension" and in_period(d.decided_on))

    # Pending at the day, from the history alone: registered by then, and the last of
    # its decisions and closures by then, if any, was a reopening.
    day = min(flt.date_to, today)
    ends, reopens = defaultdict(list), defaultdict(list)
    for d in status_decisions:
        ends[d.case_id].append(d.decided_on)
    for k in closures:
        (ends if k.action == "close" else reopens)[k.case_id].append(k.on_date)

    def pending_at(case) -> bool:
        ended = max((e for e in ends[case.id] if e <= day), default=None)
        reopened = max((r for r in reopens[case.id] if r <= day), default=None)
        return case.registered_on <= day and (
            ended is None or (reopened is not None and reopened >= ended))

    bounds = [add_months(day, -m) for m in (1, 3, 6, 12)]
    ages = Counter()
    for case in cases.values():
        if pending_at(case):
            ages[next((i for i, b in enumerate(bounds) if case.registered_on > b), 4)] += 1

    groups = [defaultdict(lambda: [0, 0, 0, 0]) for _ in range(3)]

    def keys(case_id):
        applicant, case = applicants[case_id], cases[case_id]
        return (applicant.citizenships.split(",")[0] if applicant.citizenships else "",
                applicant.ethnicity, usernames.get(case.assigned_officer_id, ""))

    for case in cases.values():
        for dimension, key in enumerate(keys(case.id)):
            groups[dimension][key][0] += in_period(case.registered_on)
            groups[dimension][key][3] += case.status in PRE_DECISION
    for d in period:
        if d.outcome in ("recognise", "refuse"):
            for dimension, key in enumerate(keys(d.case_id)):
                groups[dimension][key][1 if d.outcome == "recognise" else 2] += 1

    first = _month(flt.date_to + timedelta(days=1))
    until = add_months(first, 12) - timedelta(days=1)
    expiring = Counter(_month(c.status_valid_to) for c in cases.values()
                       if c.status in IN_FORCE and c.status_valid_to
                       and flt.date_to < c.status_valid_to <= until)
    lodged = [a for a in appeals if a.case_id in cases and in_period(a.lodged_on)]
    return {
        "months": [(m, r["registered"], r["recognised"], r["refused"], r["closed"],
                    pystats.median(r["days"]) if r["days"] else None)
                   for m, r in months.items()],
        "outcomes": dict(outcomes),
        "extensions": dict(extensions),
        "recognition_rate": recognised / (recognised + refused) if recognised + refused
        else None,
        "median_days": pystats.median([(d.decided_on - cases[d.case_id].registered_on).days
                                       for d in period]) if period else None,
        "pending_by_age": [(bucket, ages[i]) for i, bucket in enumerate(PENDING_BUCKETS)],
        "groups": [{k: tuple(v) for k, v in g.items() if any(v)} for g in groups],
        "expiring": [(add_months(first, i), expiring[add_months(first, i)])
                     for i in range(12)],
        "appeals_lodged": len(lodged),
        "appeal_outcomes": Counter(a.outcome for a in lodged),
        "offices": offices,
        "pending_at_day": {c.number for c in cases.values() if pending_at(c)},
        "pending_now": {c.number for c in cases.values() if c.status in PRE_DECISION},
    }


def _check(register: Register, flt: StatsFilter):
    """statistics() for the filter equals the count made here, figure by figure."""
    got = _stats(register, flt)
    want = _expected(register, flt)
    assert got.filter == flt
    assert [(m.month, m.registered, m.recognised, m.refused, m.closed, m.median_days)
            for m in got.months] == want["months"]
    assert dict(got.outcomes) == {o: want["outcomes"].get(o, 0)
                                  for o in ("recognise", "refuse", "close")}
    assert [n for _o, n in got.outcomes] == sorted((n for _o, n in got.outcomes), reverse=True)
    assert dict(got.extension_outcomes) == {o: want["extensions"].get(o, 0)
                                            for o in ("recognise", "refuse", "close")}
    assert got.recognition_rate == pytest.approx(want["recognition_rate"]) \
        if want["recognition_rate"] is not None else got.recognition_rate is None
    assert got.median_days == want["median_days"]
    assert got.pending_by_age == want["pending_by_age"]
    for rows, expected in zip((got.by_citizenship, got.by_ethnicity, got.by_officer),
                              want["groups"], strict=True):
        assert {r.key: (r.registered, r.recognised, r.refused, r.pending)
                for r in rows} == expected
        assert len(rows) == len(expected)
        assert [r.registered for r in rows] == sorted((r.registered for r in rows),
                                                      reverse=True)
    assert got.expiring == want["expiring"]
    assert got.appeals_lodged == want["appeals_lodged"]
    assert [o for o, _n in got.appeal_outcomes] == ["pending", "upheld", "successful",
                                                    "withdrawn"]
    assert dict(got.appeal_outcomes) == {o: want["appeal_outcomes"].get(o, 0)
                                         for o, _n in got.appeal_outcomes}
    assert got.offices == want["offices"]
    return got, want


def _last_year(register: Register) -> StatsFilter:
    return StatsFilter(add_months(_month(register.today), -11), register.today)


# ---------------------------------------------------------------------------
# tests


def test_every_figure_of_the_last_year_matches_the_rows(register):
    got, want = _check(register, _last_year(register))
    # The register is rich enough for every figure to be tested by something.
    assert got.registered and got.recognised and got.refused and got.closed
    assert got.median_days and got.appeals_lodged and sum(n for _m, n in got.expiring)
    assert {"", "CHN", "AFG"} <= {r.key for r in got.by_citizenship}
    assert {"", "officer", "officer2"} <= {r.key for r in got.by_officer}
    assert got.offices == ["AQM", "KRG"]
    assert len(got.months) == 12 and got.months[-1].month == _month(register.today)
    # Pending today is what the workflow calls pending.
    assert want["pending_at_day"] == want["pending_now"]
    assert got.pending == len(want["pending_now"]) and got.pending_on == register.today


def test_a_period_in_the_past_counts_the_cases_pending_then(register):
    """At the end of a past period, cases decided since were pending, and a case closed
    then and reopened since was not."""
    with register.store.uow(readonly=True) as uow:
        rows = uow.session.execute(select(CaseClosure.case_id, CaseClosure.action,
                                          CaseClosure.on_date)).all()
    closes = {(case_id, day) for case_id, action, day in rows if action == "close"}
    reopens = [SimpleNamespace(case_id=case_id, on_date=day)
               for case_id, action, day in rows if action == "reopen"]
    closed_then = [(day, r.on_date) for case_id, day in closes for r in reopens
                   if r.case_id == case_id and r.on_date > day]
    assert closed_then, "the demo has a case closed and reopened later"
    day = min(closed_then)[0]
    got, want = _check(register, StatsFilter(add_months(_month(day), -5), day))
    assert got.pending_on == day
    assert want["pending_at_day"] - want["pending_now"], "a case pending then, decided since"
    assert want["pending_now"] - want["pending_at_day"], "a case pending now, not then"


@pytest.mark.parametrize("months", [1, 3, 30])
def test_other_periods_match_the_rows(register, months):
    _check(register, StatsFilter(add_months(_month(register.today), 1 - months),
                                 register.today))


def test_the_office_filter_counts_only_that_region(register):
    whole = _stats(register, _last_year(register))
    mine = _check(register, StatsFilter(whole.filter.date_from, whole.filter.date_to,
                                        "KRG"))[0]
    theirs = _check(register, StatsFilter(whole.filter.date_from, whole.filter.date_to,
                                          "AQM"))[0]
    assert mine.registered == 2 and mine.refused == 1 and mine.pending == 1
    assert {r.key for r in mine.by_citizenship} == {"", "AFG"}
    assert {r.key: r.registered for r in mine.by_officer} == {"": 1, "officer": 1}
    for figure in ("registered", "recognised", "refused", "closed", "pending"):
        assert getattr(mine, figure) + getattr(theirs, figure) == getattr(whole, figure)
    assert mine.offices == whole.offices == ["AQM", "KRG"]
    nowhere = _stats(register, StatsFilter(whole.filter.date_from, whole.filter.date_to,
                                           "ZZZ"))
    assert nowhere.registered == nowhere.pending == nowhere.appeals_lodged == 0
    assert nowhere.by_citizenship == nowhere.by_ethnicity == nowhere.by_officer == []
    assert nowhere.median_days is None and nowhere.recognition_rate is None


def test_an_empty_period_gives_zeros_in_every_month(register):
    flt = StatsFilter(date(2001, 2, 15), date(2001, 4, 2))
    got, _want = _check(register, flt)
    assert [m.month for m in got.months] == [date(2001, 2, 1), date(2001, 3, 1),
                                             date(2001, 4, 1)]
    assert all((m.registered, m.recognised, m.refused, m.closed, m.median_days)
               == (0, 0, 0, 0, None) for m in got.months)
    assert got.recognition_rate is None and got.median_days is None
    assert got.outcomes == [("recognise", 0), ("refuse", 0), ("close", 0)]
    assert got.pending_by_age == [(bucket, 0) for bucket in PENDING_BUCKETS]
    assert got.appeals_lodged == 0 and all(n == 0 for _o, n in got.appeal_outcomes)
    # Cases pending now still show in their groups, with nothing registered in 2001.
    assert got.by_citizenship and all(r.registered == 0 and r.pending
                                      for r in got.by_citizenship)


@pytest.mark.parametrize("role", ["officer", "clerk"])
def test_officers_and_clerks_may_not_see_the_statistics(register, role):
    with register.store.uow(readonly=True) as uow:
        before = uow.session.execute(select(AuditEntry.seq).order_by(
            AuditEntry.seq.desc())).scalar()
    with pytest.raises(PermissionDenied):
        _stats(register, _last_year(register), actor=role)
    with register.store.uow(readonly=True) as uow:
        entries = uow.session.execute(select(AuditEntry.action, AuditEntry.username)
                                      .where(AuditEntry.seq > before)).all()
    assert entries == [("access.denied", role)]


def test_an_administrator_may(register):
    assert _stats(register, _last_year(register), actor="admin").registered


def test_a_filter_that_makes_no_sense_is_refused(register):
    with pytest.raises(ValidationError) as caught:
        _stats(register, StatsFilter(date(2026, 3, 2), date(2026, 3, 1)))
    assert set(caught.value.errors) == {"date_to"}
    with pytest.raises(ValidationError) as caught:
        _stats(register, StatsFilter(date(2026, 3, 1), date(2026, 3, 1), "A-%"))
    assert set(caught.value.errors) == {"office"}
    lower = _stats(register, StatsFilter(date(2026, 3, 1), date(2026, 3, 31), " krg "))
    assert lower.filter.office == "KRG"
    assert _stats(register, StatsFilter(date(2026, 3, 1), date(2026, 3, 31), "")).filter \
        .office is None


def test_month_range():
    assert month_range(date(2026, 1, 31), date(2026, 1, 31)) == [date(2026, 1, 1)]
    assert month_range(date(2025, 11, 30), date(2026, 2, 1)) == [
        date(2025, 11, 1), date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1)]
    assert len(month_range(date(2020, 1, 1), date(2024, 12, 31))) == 60
    assert month_range(date(2026, 3, 1), date(2026, 2, 28)) == []
