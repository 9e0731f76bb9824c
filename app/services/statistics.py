"""The commission's work at a glance: figures for a period, counted by SQL aggregates.

Every figure is a ``GROUP BY``/``COUNT`` or a window; nothing loads the cases into
Python, only the few grouped rows. What the statistics read of every case is in two
covering indexes in case-id order (``ix_cases_statistics``, ``ix_applicants_statistics``,
migration 0007), walked side by side: at a million generated cases, 600,000 of them
pending, a year's statistics take about 4 s (``benchmarks/README.md``). What the figures
mean:

* **registered** — petitions whose ``cases.registered_on`` lies in the period.
* **decisions** — first-instance decisions on refugee status (``decisions.kind`` =
  ``status``), dated by ``decided_on`` (the day the supervisor approved them).
  *recognised* = outcome ``recognise``, *refused* = ``refuse``. A decision on an
  extension of status is counted apart (``extension_outcomes``), never as a
  recognition or refusal; a new decision after a successful appeal counts again.
* **closed** — cases that ended without a decision on the merits: closures as
  withdrawn or abandoned (``case_closures``, by ``on_date``) plus decisions that
  terminated the examination (outcome ``close``, by ``decided_on``).
* **median_days** — the median of days from registration to decision over the status
  decisions (all three outcomes) dated in the month or period; the mean of the two
  middle values when their number is even. Computed with ``row_number()`` windows.
* **pending at a day D** (``pending_by_age``) — registered on or before D, and at D
  neither decided (a status decision) nor closed, unless reopened afterwards on or
  before D (``case_closures`` reopen rows, written by a reopening and a successful
  appeal). Cases pending now (``workflow.PRE_DECISION``) are the starting point; the
  history corrects it for a D in the past. D is ``date_to``, or today when
  ``date_to`` lies in the future. Ages are whole calendar months from the
  registration to D ("0-1m": registered less than a month before D).
* **groups** — citizenship is the applicant's first citizenship as stored ("" when
  none: stateless or not recorded); ethnicity as stored; officer is the username of
  the officer the case is assigned to now ("" when none). ``pending`` counts the
  group's cases pending now, whatever the period.
* **expiring** — cases whose refugee status is in force now (granted, or an
  extension requested or awaiting approval) and whose ``cases.status_valid_to`` (the
  end of the status as notified, the same date the refugee certificate carries)
  falls after ``date_to`` within the twelve months that follow, by month.
* **appeals** — appeals lodged in the period (``appeals.lodged_on``), and those same
  appeals by their outcome now ("pending" while the court has not ruled).
* **office** — a region code: the prefix of the case number before the first "-"
  (``AQM-2026-00042``); numbers are made from the commission's region code
  (``numbering.CaseNumber``) and imported cases keep theirs. The filter is a range of
  case numbers; none at all when every case is of that region.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app.db.audit import Actor
from app.db.models import Case, CommissionProfile
from app.db.uow import UnitOfWork
from app.domain.deadlines import add_months
from app.domain.errors import FieldMessage, ValidationError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.domain.numbering import REGION_CODE
from app.domain.permissions import Action, require
from app.domain.vocab import AppealOutcome, AssessmentKind, ClosureReason, Outcome
from app.domain.workflow import PRE_DECISION, CaseStatus

#: The age buckets of pending cases, in order, and the months that bound them.
PENDING_BUCKETS = ("0-1m", "1-3m", "3-6m", "6-12m", "12m+")
_BUCKET_MONTHS = (1, 3, 6, 12)

#: Statuses in which a refugee status is in force (its end is ``status_valid_to``).
IN_FORCE = (CaseStatus.GRANTED, CaseStatus.EXTENSION_REQUESTED,
            CaseStatus.EXTENSION_PENDING_APPROVAL)

#: Closures that end a case without a decision on the merits.
CLOSED_WITHOUT_DECISION = (ClosureReason.WITHDRAWN, ClosureReason.ABANDONED)

#: How many months ``expiring`` looks ahead of ``date_to``.
EXPIRING_MONTHS = 12


@dataclass(frozen=True)
class StatsFilter:
    date_from: date          # inclusive
    date_to: date            # inclusive
    office: str | None = None  # a region code (the case number's prefix, e.g. "AQM"); None = all


@dataclass(frozen=True)
class MonthRow:
    """One calendar month of the period."""

    month: date              # the 1st of the month
    registered: int          # petitions registered that month
    recognised: int          # status decisions that month recognising a refugee
    refused: int             # status decisions refusing
    closed: int              # closed without a decision on the merits (withdrawn, abandoned,
                             # examination terminated)
    median_days: float | None  # median days petition→decision of that month's decisions


@dataclass(frozen=True)
class GroupRow:
    """One citizenship, ethnicity or officer."""

    key: str                 # country code, ethnicity as stored, or officer username ("" = none)
    registered: int
    recognised: int
    refused: int
    pending: int             # cases of this group not yet decided (now, not in the period)


@dataclass(frozen=True)
class Statistics:
    filter: StatsFilter
    months: list[MonthRow]           # every month of the period, in order, zeros included
    outcomes: list[tuple[str, int]]  # status decisions in the period by Outcome value, most first
    recognition_rate: float | None   # recognised / (recognised + refused); None when 0 decisions
    median_days: float | None        # over all status decisions in the period
    pending_by_age: list[tuple[str, int]]  # PENDING_BUCKETS of cases pending at date_to
    by_citizenship: list[GroupRow]   # most registered first
    by_ethnicity: list[GroupRow]
    by_officer: list[GroupRow]
    expiring: list[tuple[date, int]]  # statuses ending in each of the 12 months after date_to
    appeals_lodged: int              # appeals lodged in the period
    appeal_outcomes: list[tuple[str, int]]  # those appeals by AppealOutcome value, incl. pending
    offices: list[str]               # every region code in the database (for the filter)
    #: Decisions on extending a status in the period, by Outcome value, most first.
    extension_outcomes: list[tuple[str, int]] = field(default_factory=list)
    #: The day the pending cases and their ages are counted at (date_to, or today).
    pending_on: date | None = None

    @property
    def registered(self) -> int:
        return sum(m.registered for m in self.months)

    @property
    def recognised(self) -> int:
        return sum(m.recognised for m in self.months)

    @property
    def refused(self) -> int:
        return sum(m.refused for m in self.months)

    @property
    def closed(self) -> int:
        return sum(m.closed for m in self.months)

    @property
    def pending(self) -> int:
        return sum(n for _bucket, n in self.pending_by_age)


def month_range(date_from: date, date_to: date) -> list[date]:
    """The 1st of every calendar month from ``date_from``'s to ``date_to``'s, in order."""
    months = []
    current = date_from.replace(day=1)
    while current <= date_to:
        months.append(current)
        current = add_months(current, 1)
    return months


#: The indexes the statistics read (migration 0007). Named in the SQL (``INDEXED BY``):
#: without statistics of its own SQLite prefers the unique index on the same first
#: column, which would make it read a table row per case.
CASES_INDEX = "ix_cases_statistics"
APPLICANTS_INDEX = "ix_applicants_statistics"


def _sql_list(values) -> str:
    """Stored vocabulary values as an SQL list. Only the code's own constants come here."""
    items = [str(getattr(value, "value", value)) for value in values]
    if not all(re.fullmatch(r"[a-z_]+", item) for item in items):
        raise ValueError("not a vocabulary value")
    return "(" + ", ".join(f"'{item}'" for item in items) + ")"


_PENDING = _sql_list(sorted(PRE_DECISION))
_IN_FORCE = _sql_list(IN_FORCE)
_CLOSED = _sql_list(CLOSED_WITHOUT_DECISION)
_MERITS = _sql_list((Outcome.RECOGNISE, Outcome.REFUSE))
_STATUS = f"'{AssessmentKind.STATUS.value}'"


@dataclass(frozen=True)
class _Dialect:
    """The pieces of the SQL that SQLite and PostgreSQL write differently. Dates are ISO
    text in SQLite and ``date`` in PostgreSQL; ids are hex text in SQLite and ``uuid`` in
    PostgreSQL (written as text here, so an officer's id is the same key in both)."""

    name: str
    cases: str          # the cases table, aliased c
    applicants: str     # the applicants table, aliased a
    join: str           # the join that keeps its left side as the outer loop
    no_day: str         # a day before every other, for max() over no rows
    number: str         # cases.number, compared byte by byte (region ranges)
    no_days: str        # NULL as a number of days (a UNION's columns have one type)

    @property
    def sqlite(self) -> bool:
        return self.name == "sqlite"

    def param(self, day: date) -> object:
        return day.isoformat() if self.sqlite else day

    def month(self, column: str) -> str:
        """The "YYYY-MM" of a date column."""
        return f"substr({column}, 1, 7)" if self.sqlite else f"to_char({column}, 'YYYY-MM')"

    def days(self, later: str, earlier: str) -> str:
        if self.sqlite:
            return f"julianday({later}) - julianday({earlier})"
        return f"({later} - {earlier})"

    def id_text(self, column: str) -> str:
        return column if self.sqlite else f"{column}::text"

    def count_if(self, condition: str) -> str:
        """How many rows meet ``condition`` (NULL over no rows in SQLite, 0 in PostgreSQL;
        the callers read both as 0)."""
        return f"sum({condition})" if self.sqlite else f"count(*) FILTER (WHERE {condition})"

    def greatest(self, first: str, second: str) -> str:
        return f"max({first}, {second})" if self.sqlite else f"greatest({first}, {second})"

    def status(self, column: str) -> str:
        """A status column that should not pick the status index (SQLite's ``+``)."""
        return f"+{column}" if self.sqlite else column


_SQLITE = _Dialect("sqlite", f"cases AS c INDEXED BY {CASES_INDEX}",
                   f"applicants AS a INDEXED BY {APPLICANTS_INDEX}", "CROSS JOIN", "''",
                   "c.number", "NULL")
# PostgreSQL plans its joins from its own statistics; the database's collation may not
# sort "-" and "." as bytes do, so the region ranges compare the numbers as bytes.
_POSTGRESQL = _Dialect("postgresql", "cases AS c", "applicants AS a", "JOIN",
                       "'-infinity'::date", 'c.number COLLATE "C"', "NULL::numeric")


def _dialect(session: Session) -> _Dialect:
    return _SQLITE if session.get_bind().dialect.name == "sqlite" else _POSTGRESQL


def statistics(uow: UnitOfWork, actor: Actor, flt: StatsFilter,
               *, today: date | None = None) -> Statistics:
    """Every figure of the statistics screen and the monthly report for ``flt``.

    ``today`` is for tests: the day pending cases are counted at when ``date_to`` is
    later."""
    require(actor.role, Action.VIEW_STATISTICS)
    flt = _checked(flt)
    session = uow.session
    case_offices = _case_offices(session)
    pending_on = min(flt.date_to, today or date.today())
    query = _Query(session, flt, _office_range(flt.office, case_offices), pending_on)
    sql = query.sql

    registered = query.by_month(
        f"SELECT {sql.month('c.registered_on')}, count(*) FROM cases AS c "
        "WHERE c.registered_on BETWEEN :date_from AND :date_to" + query.on_cases +
        " GROUP BY 1")
    closures = query.by_month(
        f"SELECT {sql.month('k.on_date')}, count(*) FROM case_closures AS k "
        f"WHERE k.action = 'close' AND k.reason IN {_CLOSED} "
        "AND k.on_date BETWEEN :date_from AND :date_to" + query.of_cases("k.case_id") +
        " GROUP BY 1")
    decided = query.decisions()
    groups = _Groups(query.officer_names())
    groups.add_decisions(decided.groups)
    buckets = groups.add_cases(query.cases())
    for sign, counts in ((-1, query.pending_then_decided()), (1, query.decided_since())):
        buckets = [b + sign * n for b, n in zip(buckets, counts, strict=True)]

    months = []
    for month in month_range(flt.date_from, flt.date_to):
        counts = decided.by_month.get(month, {})
        months.append(MonthRow(
            month=month, registered=registered.get(month, 0),
            recognised=counts.get(Outcome.RECOGNISE.value, 0),
            refused=counts.get(Outcome.REFUSE.value, 0),
            closed=closures.get(month, 0) + counts.get(Outcome.CLOSE.value, 0),
            median_days=decided.medians.get(month)))
    recognised = decided.totals.get(Outcome.RECOGNISE.value, 0)
    refused = decided.totals.get(Outcome.REFUSE.value, 0)
    appeals = dict(query.rows(
        "SELECT p.outcome, count(*) FROM appeals AS p "
        "WHERE p.lodged_on BETWEEN :date_from AND :date_to" + query.of_cases("p.case_id") +
        " GROUP BY 1"))
    return Statistics(
        filter=flt,
        months=months,
        outcomes=_most_first(decided.totals, Outcome),
        recognition_rate=recognised / (recognised + refused) if recognised + refused else None,
        median_days=decided.median,
        pending_by_age=list(zip(PENDING_BUCKETS, buckets, strict=True)),
        by_citizenship=groups.rows(0),
        by_ethnicity=groups.rows(1),
        by_officer=groups.rows(2),
        expiring=query.expiring(),
        appeals_lodged=sum(appeals.values()),
        appeal_outcomes=_in_order(appeals, AppealOutcome),
        offices=sorted(set(case_offices) | _profile_offices(session)),
        extension_outcomes=_most_first(decided.extensions, Outcome),
        pending_on=pending_on,
    )


# ---------------------------------------------------------------------------
# the filter and the offices


def _checked(flt: StatsFilter) -> StatsFilter:
    errors = {}
    if flt.date_from > flt.date_to:
        errors["date_to"] = FieldMessage(
            _N("Validation", "the end of the period cannot be before its start."))
    office = flt.office.strip().upper() if isinstance(flt.office, str) else flt.office
    if office == "":
        office = None
    if office is not None and not (isinstance(office, str) and REGION_CODE.match(office)
                                   and office.isascii()):
        errors["office"] = FieldMessage(
            _N("Validation", "The region code must be 2 to 5 Latin letters, e.g. AQM."))
    if errors:
        raise ValidationError(errors)
    return flt if office == flt.office else StatsFilter(flt.date_from, flt.date_to, office)


def _case_offices(session: Session) -> list[str]:
    """The region codes of the case numbers: one seek on the number's unique index per
    region ("AQM." sorts after every "AQM-…" and before the next region's numbers).

    PostgreSQL: one pass over the numbers instead (its collation need not sort "-" and
    "." as bytes do, which the seeks rely on)."""
    if not _dialect(session).sqlite:
        return sorted(session.execute(
            select(func.split_part(Case.number, "-", 1)).distinct()).scalars())
    found: list[str] = []
    after = ""
    while True:
        number = session.execute(select(func.min(Case.number))
                                 .where(Case.number > after)).scalar()
        if number is None:
            return found
        region = number.split("-", 1)[0]
        found.append(region)
        after = region + "."


def _profile_offices(session: Session) -> set[str]:
    return {code for code in session.execute(select(CommissionProfile.region_code)).scalars()
            if code}


def _office_range(office: str | None, case_offices: list[str]) -> tuple[str, str] | None:
    """The range of case numbers of one region; None (no condition) for all regions, and
    when every case is of that region anyway (the usual database of one commission)."""
    if office is None or case_offices == [office]:
        return None
    return f"{office}-", f"{office}."


# ---------------------------------------------------------------------------
# the queries


@dataclass
class _Decided:
    by_month: dict[date, dict[str, int]]   # status decisions: month -> outcome -> count
    totals: dict[str, int]                 # status decisions by outcome
    extensions: dict[str, int]             # extension decisions by outcome
    medians: dict[date, float]
    median: float | None
    groups: list[tuple]                    # (citizenships, ethnicity, officer, outcome, n)


class _Query:
    """The SQL of the figures, with the filter's parameters."""

    def __init__(self, session: Session, flt: StatsFilter, office: tuple[str, str] | None,
                 pending_on: date) -> None:
        self.session = session
        self.sql = sql = _dialect(session)
        self.office = office
        self.params: dict[str, object] = {
            "date_from": sql.param(flt.date_from), "date_to": sql.param(flt.date_to),
            "day": sql.param(pending_on)}
        for index, months in enumerate(_BUCKET_MONTHS):
            self.params[f"bound{index}"] = sql.param(add_months(pending_on, -months))
        if office:
            self.params["office_lo"], self.params["office_hi"] = office
        self.date_to = flt.date_to

    @property
    def on_cases(self) -> str:
        """The office condition on the cases aliased ``c``."""
        if not self.office:
            return ""
        return f" AND {self.sql.number} >= :office_lo AND {self.sql.number} < :office_hi"

    def of_cases(self, column: str) -> str:
        """The office condition on a table that names the case in ``column``."""
        if not self.office:
            return ""
        number = self.sql.number
        return (f" AND {column} IN (SELECT c.id FROM {self.sql.cases} "
                f"WHERE {number} >= :office_lo AND {number} < :office_hi)")

    def rows(self, sql: str, **params) -> list:
        return self.session.execute(text(sql), self.params | params).all()

    def by_month(self, sql: str, **params) -> dict[date, int]:
        return {_first_of(month): n for month, n in self.rows(sql, **params) if month}

    def officer_names(self) -> dict[str, str]:
        return dict(self.rows(f"SELECT {self.sql.id_text('id')}, username FROM users"))

    def decisions(self) -> _Decided:
        """Decisions of the period in one pass: those rows ordered by case id, joined to the
        two statistics indexes, then counted by month, by group, and ranked by days for
        the medians (``row_number`` windows; the mean of the middle one or two)."""
        sql = self.sql
        rows = self.rows(f"""
WITH d AS MATERIALIZED (
    SELECT case_id, kind, outcome, decided_on FROM decisions
    WHERE decided_on BETWEEN :date_from AND :date_to ORDER BY case_id),
r AS MATERIALIZED (
    SELECT d.kind, d.outcome, {sql.month('d.decided_on')} AS month,
           {sql.days('d.decided_on', 'c.registered_on')} AS days,
           coalesce(a.citizenships, '') AS citizenships, coalesce(a.ethnicity, '') AS ethnicity,
           coalesce({sql.id_text('c.assigned_officer_id')}, '') AS officer
    FROM d {sql.join} {sql.cases} ON c.id = d.case_id
    LEFT JOIN {sql.applicants} ON a.case_id = d.case_id
    WHERE 1 = 1{self.on_cases}),
k AS MATERIALIZED (
    SELECT month, days,
           row_number() OVER (PARTITION BY month ORDER BY days) AS rank_in_month,
           count(*) OVER (PARTITION BY month) AS in_month,
           row_number() OVER (ORDER BY days) AS rank_in_all,
           count(*) OVER () AS in_all
    FROM r WHERE kind = {_STATUS})
SELECT 'month', kind, outcome, month, '', '', '', count(*), {sql.no_days}
    FROM r GROUP BY kind, outcome, month
UNION ALL
SELECT 'group', kind, outcome, '', citizenships, ethnicity, officer, count(*), {sql.no_days}
    FROM r WHERE kind = {_STATUS} AND outcome IN {_MERITS}
    GROUP BY kind, outcome, citizenships, ethnicity, officer
UNION ALL
SELECT 'median', '', '', month, '', '', '', 0, avg(days) FROM k
    WHERE rank_in_month IN ((in_month + 1) / 2, (in_month + 2) / 2) GROUP BY month
UNION ALL
SELECT 'median', '', '', '', '', '', '', 0, avg(days) FROM k
    WHERE rank_in_all IN ((in_all + 1) / 2, (in_all + 2) / 2)""")
        found = _Decided(defaultdict(dict), defaultdict(int), defaultdict(int), {}, None, [])
        for part, kind, outcome, month, citizenships, ethnicity, officer, n, days in rows:
            if part == "month":
                if kind == AssessmentKind.STATUS.value:
                    found.by_month[_first_of(month)][outcome] = n
                    found.totals[outcome] += n
                else:
                    found.extensions[outcome] += n
            elif part == "group":
                found.groups.append((citizenships, ethnicity, officer, outcome, n))
            elif days is not None:
                if month:
                    found.medians[_first_of(month)] = float(days)
                else:
                    found.median = float(days)
        return found

    def cases(self) -> list[tuple]:
        """(citizenships, ethnicity, officer, age bucket, registered in the period, cases)
        per group and bucket, from one walk of the two indexes over the cases pending now
        or registered in the period. The bucket is -1 for a case not pending now, 0–4 for
        its age at the day, and 5 for one registered after the day."""
        sql = self.sql
        ages = " ".join(f"WHEN c.registered_on > :bound{index} THEN {index}"
                        for index in range(len(_BUCKET_MONTHS)))
        return self.rows(f"""
SELECT coalesce(a.citizenships, ''), coalesce(a.ethnicity, ''),
       coalesce({sql.id_text('c.assigned_officer_id')}, ''),
       CASE WHEN c.status NOT IN {_PENDING} THEN -1 WHEN c.registered_on > :day THEN 5
            {ages} ELSE {len(_BUCKET_MONTHS)} END,
       {sql.count_if('c.registered_on BETWEEN :date_from AND :date_to')}, count(*)
FROM {sql.cases} LEFT JOIN {sql.applicants} ON a.case_id = c.id
WHERE (c.status IN {_PENDING} OR c.registered_on BETWEEN :date_from AND :date_to)
      {self.on_cases}
GROUP BY 1, 2, 3, 4""")

    def pending_then_decided(self) -> list[int]:
        """Cases pending now that at the day had been decided or closed: only a reopened
        case can be one (a reopening and a successful appeal write a reopen row)."""
        sql = self.sql
        return self._ages(f"""
SELECT {_age_sums(sql, "c.registered_on <= :day")}
FROM (SELECT DISTINCT case_id FROM case_closures WHERE action = 'reopen') AS r
{sql.join} {sql.cases} ON c.id = r.case_id
WHERE c.status IN {_PENDING} AND c.registered_on <= :day{self.on_cases}
      AND {_ended(sql)}""")

    def decided_since(self) -> list[int]:
        """Cases decided or closed after the day that were pending at the day."""
        sql = self.sql
        return self._ages(f"""
SELECT {_age_sums(sql, "c.registered_on <= :day")}
FROM (SELECT DISTINCT case_id FROM (
          SELECT case_id FROM decisions WHERE kind = {_STATUS} AND decided_on > :day
          UNION ALL
          SELECT case_id FROM case_closures WHERE action = 'close' AND on_date > :day
      ) AS e) AS l
{sql.join} {sql.cases} ON c.id = l.case_id
WHERE c.status NOT IN {_PENDING} AND c.registered_on <= :day{self.on_cases}
      AND NOT ({_ended(sql)})""")

    def _ages(self, sql: str) -> list[int]:
        row = self.rows(sql)[0]
        return [n or 0 for n in row]

    def expiring(self) -> list[tuple[date, int]]:
        """Statuses in force ending after ``date_to``, by month, for the month of the day
        after ``date_to`` and the eleven after it. (``+c.status``: the range of the end
        date's index, not every granted case by the status index.)"""
        first = (self.date_to + timedelta(days=1)).replace(day=1)
        months = [add_months(first, i) for i in range(EXPIRING_MONTHS)]
        until = add_months(first, EXPIRING_MONTHS) - timedelta(days=1)
        sql = self.sql
        found = self.by_month(
            f"SELECT {sql.month('c.status_valid_to')}, count(*) FROM cases AS c "
            "WHERE c.status_valid_to > :date_to AND c.status_valid_to <= :until "
            f"AND {sql.status('c.status')} IN {_IN_FORCE}" + self.on_cases + " GROUP BY 1",
            until=sql.param(until))
        return [(month, found.get(month, 0)) for month in months]


def _ended(sql: _Dialect) -> str:
    """True for the case ``c`` when at ``:day`` it had been decided or closed and not
    reopened since. A reopening on the day of the closure wins."""
    def last(select_max: str) -> str:
        return f"coalesce(({select_max}), {sql.no_day})"

    decided = last("SELECT max(x.decided_on) FROM decisions AS x WHERE x.case_id = c.id "
                   f"AND x.kind = {_STATUS} AND x.decided_on <= :day")
    closed = last("SELECT max(y.on_date) FROM case_closures AS y WHERE y.case_id = c.id "
                  "AND y.action = 'close' AND y.on_date <= :day")
    reopened = last("SELECT max(z.on_date) FROM case_closures AS z WHERE z.case_id = c.id "
                    "AND z.action = 'reopen' AND z.on_date <= :day")
    return f"{sql.greatest(decided, closed)} > {reopened}"


def _age_sums(sql: _Dialect, condition: str) -> str:
    """One ``sum`` per age bucket of the cases meeting ``condition``: registered after
    ``:bound0`` (a month before the day), between it and ``:bound1`` (three months) …"""
    sums = []
    for index in range(len(PENDING_BUCKETS)):
        terms = [condition]
        if index < len(_BUCKET_MONTHS):
            terms.append(f"c.registered_on > :bound{index}")
        if index > 0:
            terms.append(f"c.registered_on <= :bound{index - 1}")
        sums.append(sql.count_if(" AND ".join(terms)))
    return ", ".join(sums)


def _first_of(month: str) -> date:
    return date(int(month[:4]), int(month[5:7]), 1)


def _in_order(counts: dict[str, int], values) -> list[tuple[str, int]]:
    """Every value of the vocabulary in its order (zeros included), then any other stored."""
    known = [v.value for v in values]
    return [(k, counts.get(k, 0)) for k in known + sorted(set(counts) - set(known))]


def _most_first(counts: dict[str, int], values) -> list[tuple[str, int]]:
    """``_in_order``, most first (a stable sort: ties keep the vocabulary's order)."""
    return sorted(_in_order(counts, values), key=lambda item: -item[1])


# ---------------------------------------------------------------------------
# citizenship, ethnicity, officer


def first_citizenship(stored: str) -> str:
    """The applicant's first citizenship: stored as ISO codes separated by commas."""
    return stored.split(",", 1)[0].strip()


class _Groups:
    """The per-group counts of the grouped rows (a few dozen), summed per dimension."""

    def __init__(self, officer_names: dict[str, str]) -> None:
        self.officer_names = officer_names
        # dimension -> key -> [registered, recognised, refused, pending]
        self.sums: list[dict[str, list[int]]] = [
            defaultdict(lambda: [0, 0, 0, 0]) for _ in range(3)]

    def _add(self, citizenships: str, ethnicity: str, officer: str, measure: int,
             n: int) -> None:
        keys = (first_citizenship(citizenships), ethnicity,
                self.officer_names.get(officer, "") if officer else "")
        for dimension, key in enumerate(keys):
            self.sums[dimension][key][measure] += n

    def add_decisions(self, rows: list[tuple]) -> None:
        measure = {Outcome.RECOGNISE.value: 1, Outcome.REFUSE.value: 2}
        for citizenships, ethnicity, officer, outcome, n in rows:
            self._add(citizenships, ethnicity, officer, measure[outcome], n)

    def add_cases(self, rows: list[tuple]) -> list[int]:
        """Add the registered and pending counts; return the cases pending now by their
        age at the day (see ``_Query.cases``)."""
        ages = [0] * len(PENDING_BUCKETS)
        for citizenships, ethnicity, officer, bucket, registered, n in rows:
            self._add(citizenships, ethnicity, officer, 0, registered or 0)
            if bucket >= 0:
                self._add(citizenships, ethnicity, officer, 3, n)
            if 0 <= bucket < len(ages):
                ages[bucket] += n
        return ages

    def rows(self, dimension: int) -> list[GroupRow]:
        """Groups with anything to show, most registered first."""
        found = [GroupRow(key, *numbers) for key, numbers in self.sums[dimension].items()
                 if any(numbers)]
        return sorted(found, key=lambda row: (-row.registered, -row.pending, row.key))


def record_report(uow, actor, stats: Statistics, language: str, path) -> None:
    """Audit a printed statistical report like any other export of the statistics: the
    period, the office and the language, never a figure."""
    from app.services import exports

    flt = stats.filter
    exports.record_export(uow, actor, "statistics", path, len(stats.months), False, fmt="pdf",
                          personal_data=False,
                          selection={"from": flt.date_from.isoformat(),
                                     "to": flt.date_to.isoformat(),
                                     "office": flt.office or "", "language": language})
