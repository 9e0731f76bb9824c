"""``pana demo``: a realistic, fictional demo database, made through the services only.

Every row, search key and audit entry is written by the same service
functions the app calls, each in its own unit of work, so the demo shows
exactly what real use would store — and exercises the services on the way.

How a demo is made:

1. Each case gets a *scenario* (the path it has taken through the workflow)
   and a timeline of steps with day offsets from its registration. A fixed
   list of scenarios comes first, so that every case state and every notable
   path (late appeal, extension, returned draft, reopening …) is present for
   any ``cases`` of at least ``len(MANDATORY)``; the rest are drawn with
   realistic weights.
2. The timeline is anchored to today: registration dates fall within the
   past eighteen months, and every later date follows from the earlier ones
   (registration < interview < decision < notification < appeal …), none in
   the future except a scheduled interview.
3. People, families, documents and stories are drawn for each case
   (``demo_people`` holds the material), then all petitions are registered in
   date order, so case numbers run with the registration dates, and finally
   each case is walked through its steps.

One ``random.Random(seed)`` drives everything: the same seed on the same day
gives the same numbers, names, statuses, texts and dates.
"""

from __future__ import annotations

import random
import struct
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

from app.bootstrap import Initialised, init_store
from app.db.audit import Actor
from app.db.engine import connect_raw
from app.db.server import is_server_location
from app.domain.deadlines import DeadlineSettings, add_months
from app.domain.names import detect_script
from app.domain.vocab import DocType, NameUse, Outcome, Script
from app.services import (
    accounts,
    cases,
    claims,
    decisions,
    interviews,
    printing,
    settings,
)
from app.services import demo_people as P

DEMO_PASSWORD = "demo"
REGION = "AQM"
#: Interview times are chosen in local time (Kazakhstan keeps UTC+5 all year) and
#: stored in UTC like every other time in the database.
LOCAL_TIME = timezone(timedelta(hours=5))

KK, RU, LAT = Script.KAZAKH_CYRILLIC.value, Script.RUSSIAN_CYRILLIC.value, Script.LATIN.value
HANS, ARAB = Script.CHINESE.value, Script.ARABIC.value
PASSPORT = NameUse.PASSPORT.value
ALIAS = NameUse.ALIAS.value


# ---------------------------------------------------------------------------
# timelines: the steps of one case, in days after its registration


@dataclass
class Event:
    offset: int
    action: str
    params: dict = field(default_factory=dict)


class Timeline:
    """Steps with random gaps; anchored to today once the whole path is known."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.events: list[Event] = []
        self.cursor = 0
        self.labels: dict[str, Event] = {}
        self._anchor: tuple[str, int, int, int] = ("slack", 1, 1, 1)

    def then(self, action: str, lo: int, hi: int, *, label: str = "", **params) -> Event:
        self.cursor += self.rng.randint(lo, hi)
        return self._add(action, label, params)

    def since(self, label: str, action: str, lo: int, hi: int, **params) -> Event:
        """A step a set time after an earlier one (never before the previous step)."""
        self.cursor = max(self.cursor, self.labels[label].offset + self.rng.randint(lo, hi))
        return self._add(action, "", params)

    def not_before(self, action: str, lo: int, hi: int, **params) -> Event:
        """A step on a day counted from registration (never before the previous step)."""
        self.cursor = max(self.cursor, self.rng.randint(lo, hi))
        return self._add(action, "", params)

    def _add(self, action: str, label: str, params: dict) -> Event:
        event = Event(self.cursor, action, params)
        self.events.append(event)
        if label:
            self.labels[label] = event
        return event

    def slack(self, lo: int, hi: int) -> None:
        """Today is ``lo``–``hi`` days after the last step."""
        self._anchor = ("slack", lo, hi, lo)

    def age(self, lo: int, hi: int, min_slack: int = 1) -> None:
        """The case was registered ``lo``–``hi`` days ago; steps are squeezed to fit."""
        self._anchor = ("age", lo, hi, min_slack)

    def has(self, action: str) -> bool:
        return any(e.action == action for e in self.events)

    def anchor(self, today: date) -> date:
        """The registration date; from here on ``offset`` days count from it."""
        mode, lo, hi, min_slack = self._anchor
        last = self.events[-1].offset if self.events else 0
        if mode == "slack":
            return today - timedelta(days=last + self.rng.randint(lo, hi))
        age = self.rng.randint(lo, hi)
        room = max(age - min_slack, 0)
        if last > room:
            # Only pre-decision paths use an age; their gaps have no legal meaning.
            for event in self.events:
                event.offset = event.offset * room // last
        return today - timedelta(days=age)


# ---------------------------------------------------------------------------
# scenarios: the paths cases take through app/domain/workflow.py


def _intake(t: Timeline) -> None:
    t.then("fingerprints", 0, 3)


def _interview(t: Timeline, *, lo: int = 10, hi: int = 30) -> None:
    if t.rng.random() < 0.2:
        t.then("interview", 5, 25)  # held at once, without an appointment
    else:
        scheduled = t.then("schedule", 2, 12)
        scheduled.params["target"] = t.then("interview", lo, hi)
    t.then("claim", 0, 4)


def _no_show(t: Timeline) -> None:
    scheduled = t.then("schedule", 2, 10)
    scheduled.params["target"] = t.then("no_show", 10, 20)


def _decide(t: Timeline, outcome: str, *, returned: bool = False) -> None:
    t.then("draft", 5, 25, outcome=outcome)
    t.then("submit", 0, 3)
    if returned:
        t.then("return", 1, 6)
        t.then("draft", 2, 10, outcome=outcome, revision=True)
        t.then("submit", 0, 2)
    t.then("approve", 2, 12, label="approve")


def _grant(t: Timeline) -> None:
    t.then("notify", 2, 10)
    t.then("certificate", 0, 3)


def _to_grant(t: Timeline) -> None:
    _intake(t)
    _interview(t)
    _decide(t, "recognise", returned=t.rng.random() < 0.15)
    _grant(t)


def _to_refusal(t: Timeline) -> None:
    _intake(t)
    _interview(t)
    _decide(t, "refuse", returned=t.rng.random() < 0.1)
    t.then("notify", 2, 10, label="notify")


def s_registered(t: Timeline) -> None:
    _intake(t)
    t.age(0, 14, min_slack=0)


def s_registered_no_show(t: Timeline) -> None:
    _intake(t)
    _no_show(t)
    t.age(30, 60)


def s_interview_scheduled(t: Timeline) -> None:
    _intake(t)
    if t.rng.random() < 0.3:
        _no_show(t)
    t.then("schedule", 1, 6, future=t.rng.randint(2, 20))
    t.age(5, 40)


def s_under_assessment(t: Timeline) -> None:
    _intake(t)
    if t.rng.random() < 0.15:
        t.then("reassign", 1, 5)
    _interview(t)
    if t.rng.random() < 0.5:
        t.then("draft", 3, 15, outcome=None)
    t.age(25, 100)


def s_under_assessment_overdue(t: Timeline) -> None:
    _intake(t)
    _interview(t)
    t.then("draft", 3, 15, outcome=None)
    t.age(95, 130)


def s_under_assessment_returned(t: Timeline) -> None:
    _intake(t)
    _interview(t)
    t.then("draft", 5, 25, outcome=t.rng.choice(("recognise", "recognise", "refuse")))
    t.then("submit", 0, 3)
    t.then("return", 1, 6)
    t.age(50, 100)


def s_pending_approval(t: Timeline) -> None:
    _intake(t)
    _interview(t)
    outcome = t.rng.choice(("recognise", "recognise", "refuse"))
    t.then("draft", 5, 25, outcome=outcome)
    t.then("submit", 0, 3)
    if t.rng.random() < 0.25:
        t.then("return", 1, 6)
        t.then("draft", 2, 10, outcome=outcome, revision=True)
        t.then("submit", 0, 2)
    t.age(40, 89)


def s_pending_due_this_week(t: Timeline) -> None:
    """Returned with comments, resubmitted, and due within the week."""
    _intake(t)
    _interview(t)
    t.then("draft", 5, 20, outcome="recognise")
    t.then("submit", 0, 3)
    t.then("return", 1, 6)
    t.then("draft", 2, 8, outcome="recognise", revision=True)
    t.then("submit", 0, 2)
    # Three months are 89–92 days: registered 86–89 days ago, due in 0–6 days.
    t.age(86, 89)


def s_decided(t: Timeline) -> None:
    _intake(t)
    _interview(t)
    _decide(t, t.rng.choice(("recognise", "recognise", "refuse")))
    t.slack(1, 6)


def _granted(t: Timeline, newborn: bool) -> None:
    _to_grant(t)
    if newborn:
        t.then("newborn", 20, 150)
    # Still valid today: at most 355 days since the decision.
    used = t.cursor - t.labels["approve"].offset
    t.slack(1, max(1, 355 - used))


def s_granted(t: Timeline) -> None:
    _granted(t, newborn=t.rng.random() < 0.25)


def s_granted_family(t: Timeline) -> None:
    _granted(t, newborn=True)


def _extension_request(t: Timeline, lo: int, hi: int) -> None:
    _to_grant(t)
    t.then("request_extension", lo, hi)


def s_granted_extended(t: Timeline) -> None:
    _extension_request(t, 290, 315)
    t.then("draft", 5, 15, outcome="recognise", extension=True)
    t.then("submit", 0, 2)
    t.then("approve", 2, 10, label="approve")
    _grant(t)
    t.slack(1, 40)


def s_extension_requested(t: Timeline) -> None:
    _extension_request(t, 300, 335)
    if t.rng.random() < 0.5:
        t.then("draft", 1, 5, outcome=None, extension=True)
    t.slack(1, 8)


def s_extension_pending(t: Timeline) -> None:
    _extension_request(t, 290, 320)
    t.then("draft", 3, 12, outcome="recognise", extension=True)
    t.then("submit", 0, 2)
    t.slack(1, 8)


def s_status_expired(t: Timeline) -> None:
    _to_grant(t)
    t.since("approve", "end_status", 366, 368, kind="expiry")
    t.slack(1, 60)


def s_cessation(t: Timeline) -> None:
    _to_grant(t)
    t.then("end_status", 60, 250, kind="cessation")
    t.slack(1, 100)


def s_refused(t: Timeline) -> None:
    _to_refusal(t)
    t.slack(1, 90)


def s_refused_appeal_window_open(t: Timeline) -> None:
    _to_refusal(t)
    t.slack(1, 25)


def s_refused_final(t: Timeline) -> None:
    _to_refusal(t)
    t.then("close", 33, 60, reason="final_refusal")
    t.slack(1, 200)


def s_appeal_lodged(t: Timeline) -> None:
    _to_refusal(t)
    t.then("appeal", 5, 27)
    t.slack(1, 90)


def s_appeal_late(t: Timeline) -> None:
    """Closed as a final refusal after the window, then an appeal more than a month late."""
    _to_refusal(t)
    t.then("close", 33, 45, reason="final_refusal")
    t.then("appeal", 10, 45)
    t.slack(1, 60)


def s_appeal_upheld(t: Timeline) -> None:
    _to_refusal(t)
    t.then("appeal", 5, 27)
    t.then("appeal_outcome", 30, 120, outcome="upheld")
    t.slack(1, 200)


def s_appeal_successful(t: Timeline) -> None:
    _to_refusal(t)
    t.then("appeal", 5, 27)
    t.then("appeal_outcome", 30, 100, outcome="successful")
    if t.rng.random() < 0.5:
        scheduled = t.then("schedule", 3, 10)
        scheduled.params["target"] = t.then("interview", 7, 20, supplementary=True)
    t.slack(1, 40)


def s_appeal_redecided(t: Timeline) -> None:
    _to_refusal(t)
    t.then("appeal", 5, 27)
    t.then("appeal_outcome", 30, 100, outcome="successful")
    scheduled = t.then("schedule", 3, 10)
    scheduled.params["target"] = t.then("interview", 7, 20, supplementary=True)
    _decide(t, "recognise")
    _grant(t)
    t.slack(1, 60)


def s_withdrawn(t: Timeline) -> None:
    _intake(t)
    if t.rng.random() < 0.5:
        _interview(t)
    t.then("close", 10, 60, reason="withdrawn")
    t.slack(1, 300)


def _abandon(t: Timeline) -> None:
    _intake(t)
    _no_show(t)
    _no_show(t)
    t.then("close", 5, 30, reason="abandoned")


def s_abandoned(t: Timeline) -> None:
    _abandon(t)
    t.slack(1, 300)


def s_abandoned_reopened(t: Timeline) -> None:
    _abandon(t)
    t.then("reopen", 20, 90)
    _interview(t, lo=7, hi=20)
    t.slack(1, 30)


def s_decision_closed(t: Timeline) -> None:
    _intake(t)
    _interview(t)
    _decide(t, "close")
    t.then("notify", 2, 10)
    t.slack(1, 300)


def s_deadline_extended(t: Timeline) -> None:
    _intake(t)
    _interview(t)
    # The supervisor extends before the three months run out.
    t.not_before("extend_deadline", 70, 85)
    if t.rng.random() < 0.5:
        t.then("draft", 3, 10, outcome=None)
    t.age(100, 170)


SCENARIOS: dict[str, Callable[[Timeline], None]] = {
    "registered": s_registered, "registered_no_show": s_registered_no_show,
    "interview_scheduled": s_interview_scheduled, "under_assessment": s_under_assessment,
    "under_assessment_overdue": s_under_assessment_overdue,
    "under_assessment_returned": s_under_assessment_returned,
    "pending_approval": s_pending_approval, "pending_due_this_week": s_pending_due_this_week,
    "decided": s_decided, "granted": s_granted, "granted_family": s_granted_family,
    "granted_extended": s_granted_extended, "extension_requested": s_extension_requested,
    "extension_pending": s_extension_pending, "status_expired": s_status_expired,
    "cessation": s_cessation, "refused": s_refused,
    "refused_appeal_window_open": s_refused_appeal_window_open,
    "refused_final": s_refused_final, "appeal_lodged": s_appeal_lodged,
    "appeal_late": s_appeal_late, "appeal_upheld": s_appeal_upheld,
    "appeal_successful": s_appeal_successful, "appeal_redecided": s_appeal_redecided,
    "withdrawn": s_withdrawn, "abandoned": s_abandoned,
    "abandoned_reopened": s_abandoned_reopened, "decision_closed": s_decision_closed,
    "deadline_extended": s_deadline_extended,
}

#: First, in this order, so that a demo of this many cases shows every state
#: (the first eleven) and every notable path (the rest).
MANDATORY = (
    "registered", "interview_scheduled", "under_assessment_returned",
    "pending_due_this_week", "decided", "granted_family", "extension_requested",
    "extension_pending", "refused_appeal_window_open", "appeal_lodged", "withdrawn",
    "appeal_late", "granted_extended", "abandoned_reopened", "deadline_extended",
    "under_assessment_overdue", "appeal_upheld", "appeal_redecided", "status_expired",
    "decision_closed", "cessation", "refused_final", "registered_no_show",
)

#: The rest of the register, roughly as a commission's caseload looks.
FILLER = {
    "granted": 14, "under_assessment": 9, "interview_scheduled": 6, "registered": 5,
    "pending_approval": 5, "refused": 6, "refused_final": 3, "appeal_lodged": 3,
    "appeal_upheld": 2, "granted_extended": 4, "extension_requested": 2,
    "extension_pending": 1, "decided": 2, "withdrawn": 3, "abandoned": 2,
    "status_expired": 2, "cessation": 1, "under_assessment_returned": 2,
    "registered_no_show": 1, "appeal_successful": 1, "decision_closed": 1,
    "deadline_extended": 1,
}

GROUPS = {"kazakh": 70, "uyghur": 12, "kyrgyz": 7, "han": 6, "afghan": 3}


# ---------------------------------------------------------------------------
# people


@dataclass
class Person:
    group: str
    sex: str
    given: P.Given
    line: P.Given  # the father's name (Kazakh, Uyghur, Kyrgyz) or the family name
    born: date
    birth_text: str
    names: list[cases.NameInput]
    latin: str

    @property
    def male(self) -> bool:
        return self.sex == "male"


@dataclass
class Relative:
    relation: str
    person: Person
    names: list[cases.NameInput]
    whereabouts: str
    included: bool = False
    own_case: CasePlan | None = None  # the relative's own case in this register
    notes: str = ""
    documents: list[cases.DocumentInput] = field(default_factory=list)
    member_id: uuid.UUID | None = None


@dataclass
class Entry:
    crossed: date
    place: str
    irregular: bool
    from_country: str
    point: P.BorderPoint
    notes: str


@dataclass
class CasePlan:
    index: int
    kind: str
    timeline: Timeline
    registered_on: date
    group: str = ""
    officer: str = "officer"
    person: Person | None = None
    husband: CasePlan | None = None  # set on a wife's own case: her husband's case
    spouse: Relative | None = None
    relatives: list[Relative] = field(default_factory=list)
    origin: P.Origin | None = None
    facts: P.StoryFacts | None = None
    entry: Entry | None = None
    documents: list[cases.DocumentInput] = field(default_factory=list)
    proceeding: cases.ProceedingInput | None = None
    ruling: cases.RulingInput | None = None
    lawyer: P.Lawyer | None = None
    poa_on: date | None = None
    language: str = "kk"
    dialect: str = ""
    interpreter: int | None = None  # index into P.INTERPRETERS
    petition: cases.PetitionInput | None = None
    story_relative: Relative | None = None  # the relative the story's incident concerns
    town: str = ""  # where the applicant lives now
    number: str = ""

    def day(self, event: Event) -> date:
        return self.registered_on + timedelta(days=event.offset)

    @property
    def newborn(self) -> bool:
        return self.timeline.has("newborn")

    @property
    def first_outcome(self) -> str | None:
        for event in self.timeline.events:
            if event.action == "draft" and event.params.get("outcome"):
                return event.params["outcome"]
        return None


def _years(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


_VOWELS = set("аәеиоөұүыіэюяу")


class _People:
    """Draws people, families, documents and stories for the plans."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        #: Given names already in the family being drawn: relatives do not share one.
        self.used: set[str] = set()

    # ---- one person

    def born(self, on: date, age: int) -> date:
        return on - timedelta(days=age * 365 + self.rng.randint(0, 360))

    def birth_text(self, born: date, precision: str) -> str:
        if precision == "year":
            return str(born.year)
        if precision == "estimate":
            return f"{born.year}~"
        if precision == "month":
            return f"{born.year}-{born.month:02d}"
        return born.isoformat()

    def person(self, group: str, sex: str, born: date, *, precision: str = "day",
               given: P.Given | None = None, line: P.Given | None = None,
               chinese: bool = False, applicant: bool = False) -> Person:
        rng = self.rng
        male = sex == "male"
        names: list[cases.NameInput]
        if group == "kazakh":
            given, line = self._pair(given, line, P.KAZAKH_MALE if male else P.KAZAKH_FEMALE,
                                     P.KAZAKH_ELDER + P.KAZAKH_MALE)
            patronymic = line.cyr + ("ұлы" if male else "қызы")
            patronymic_lat = line.lat + ("uly" if male else "kyzy")
            if applicant and rng.random() < 0.2:
                # A Russian-style family name taken from the grandfather, kept beside the -ұлы.
                grand = rng.choice(P.KAZAKH_ELDER)
                ending = "ев" if grand.cyr[-1] in _VOWELS else "ов"
                ending_lat = "ev" if ending == "ев" else "ov"
                suffix, suffix_lat = ("", "") if male else ("а", "a")
                names = [cases.NameInput(KK, grand.cyr + ending + suffix, given.cyr, patronymic),
                         cases.NameInput(LAT, grand.lat + ending_lat + suffix_lat, given.lat,
                                         patronymic_lat)]
            else:
                names = [cases.NameInput(KK, patronymic, given.cyr),
                         cases.NameInput(LAT, patronymic_lat, given.lat)]
            latin = f"{given.lat} {patronymic_lat}"
            if chinese:
                names += self._chinese_forms(given, line)
            if applicant and rng.random() < 0.3:
                names.append(cases.NameInput(RU, P.russian_spelling(names[0].surname),
                                             P.russian_spelling(given.cyr),
                                             P.russian_spelling(names[0].patronymic), ALIAS))
            if applicant and given.lat.startswith("E") and rng.random() < 0.5:
                names.append(cases.NameInput(LAT, names[1].surname,
                                             P.english_spelling(given.lat), names[1].patronymic,
                                             ALIAS))
        elif group in ("uyghur", "kyrgyz"):
            pool = {("uyghur", True): P.UYGHUR_MALE, ("uyghur", False): P.UYGHUR_FEMALE,
                    ("kyrgyz", True): P.KYRGYZ_MALE, ("kyrgyz", False): P.KYRGYZ_FEMALE}
            fathers = P.UYGHUR_MALE if group == "uyghur" else P.KYRGYZ_ELDER + P.KYRGYZ_MALE
            given, line = self._pair(given, line, pool[group, male], fathers)
            if group == "uyghur":
                surname, surname_lat = line.cyr, line.lat
            else:
                surname = line.cyr + (" уулу" if male else " кызы")
                surname_lat = line.lat + (" uulu" if male else " kyzy")
            names = [cases.NameInput(detect_script(f"{surname} {given.cyr}"), surname, given.cyr),
                     cases.NameInput(LAT, surname_lat, given.lat)]
            if group == "uyghur":
                names.append(cases.NameInput(ARAB, line.arab, given.arab))
            if chinese:
                names += self._chinese_forms(given, line)
            latin = f"{given.lat} {surname_lat}"
        elif group == "han":
            given = given or self._fresh(P.HAN_MALE if male else P.HAN_FEMALE)
            line = line or rng.choice(P.HAN_SURNAMES)
            names = [cases.NameInput(RU, line.cyr, given.cyr),
                     cases.NameInput(HANS, line.han, given.han),
                     cases.NameInput(LAT, line.lat, given.lat, use=PASSPORT)]
            latin = f"{line.lat} {given.lat}"
        else:
            given = given or self._fresh(P.AFGHAN_MALE if male else P.AFGHAN_FEMALE)
            line = line or rng.choice(P.AFGHAN_SURNAMES)
            names = [cases.NameInput(RU, line.cyr, given.cyr),
                     cases.NameInput(LAT, line.lat, given.lat, use=PASSPORT),
                     cases.NameInput(ARAB, line.arab, given.arab)]
            latin = f"{given.lat} {line.lat}"
        self.used.add(given.cyr)
        return Person(group, sex, given, line, born, self.birth_text(born, precision), names,
                      latin)

    def _fresh(self, pool: tuple[P.Given, ...], unlike: str = "") -> P.Given:
        """A name from ``pool`` not yet used in the family (if the pool allows)."""
        for _ in range(30):
            name = self.rng.choice(pool)
            if name.cyr != unlike and name.cyr not in self.used:
                return name
        while name.cyr == unlike:
            name = self.rng.choice(pool)
        return name

    def _pair(self, given: P.Given | None, line: P.Given | None,
              given_pool: tuple[P.Given, ...],
              line_pool: tuple[P.Given, ...]) -> tuple[P.Given, P.Given]:
        """A given name and a father's name that differ: a son is not named after his father."""
        line = line or self.rng.choice(line_pool)
        if given is None:
            return self._fresh(given_pool, unlike=line.cyr), line
        while given.cyr == line.cyr:
            line = self.rng.choice(line_pool)
        return given, line

    @staticmethod
    def _chinese_forms(given: P.Given, line: P.Given) -> list[cases.NameInput]:
        # A Chinese document writes a minority name as one transliteration, given·father.
        return [cases.NameInput(HANS, "", f"{given.han}·{line.han}", use=PASSPORT),
                cases.NameInput(LAT, P.pinyin(line.han), P.pinyin(given.han), use=PASSPORT)]

    # ---- the applicant and the family

    def applicant(self, plan: CasePlan) -> None:
        rng = self.rng
        group = plan.group
        self.used = set()
        plan.origin = rng.choice({
            "kazakh": P.KAZAKH_ORIGINS, "uyghur": P.UYGHUR_ORIGINS, "kyrgyz": P.KYRGYZ_ORIGINS,
            "han": P.HAN_ORIGINS, "afghan": P.AFGHAN_ORIGINS}[group])
        if plan.husband is not None:
            plan.person = plan.husband.spouse.person
            plan.town = plan.husband.town
        else:
            sex = "male" if rng.random() < (0.62 if plan.newborn else 0.72) else "female"
            age = min(60, max(20, int(rng.triangular(20, 60, 31))))
            if plan.newborn:
                sex, age = "male", rng.randint(24, 38)
            precision = "day"
            if group == "afghan":
                precision = rng.choice(("year", "estimate", "day"))
            elif rng.random() < 0.08:
                precision = "year"
            plan.person = self.person(group, sex, self.born(plan.registered_on, age),
                                      precision=precision, chinese=group != "afghan",
                                      applicant=True)

    def family(self, plan: CasePlan, plans: list[CasePlan], position: int) -> None:
        rng = self.rng
        p = plan.person
        age = _years(p.born, plan.registered_on)
        home = self.home(plan)
        town = plan.town
        here = f"With the applicant in {town}, Akmola region"
        rels: list[Relative] = []
        self.used = {p.given.cyr, p.line.cyr}
        if plan.husband is not None:
            husband = plan.husband
            self.used |= {r.person.given.cyr for r in husband.relatives
                          if r.relation in ("spouse", "child")} | {husband.person.given.cyr}
            rels.append(Relative("spouse", husband.person, husband.person.names[:2],
                                 f"In {town}; has his own case", own_case=husband))
            for child in husband.relatives:
                if child.relation == "child":
                    rels.append(Relative("child", child.person, child.names,
                                         child.whereabouts, included=False,
                                         notes=f"Included in the father's petition "
                                               f"(case of {husband.person.latin})."))
        else:
            married = age >= 22 and (plan.newborn or rng.random() < (0.8 if p.male else 0.65))
            if married:
                mode = "with" if plan.newborn else rng.choices(
                    ("home", "with"), (55, 45))[0]
                spouse_age = max(19, age + (-rng.randint(0, 6) if p.male else rng.randint(0, 6)))
                spouse_sex = "female" if p.male else "male"
                spouse = self.person(p.group, spouse_sex, self.born(plan.registered_on,
                                                                    spouse_age),
                                     chinese=p.group != "afghan", applicant=True)
                wife_case = None
                if p.group == "kazakh" and p.male and mode == "with" and rng.random() < 0.35:
                    wife_case = self._reserve_wife_case(plan, plans, position)
                where = (f"In {town}; has her own case" if wife_case else
                         here if mode == "with" else
                         f"{home}; " + rng.choice(("passport held by the police",
                                                   "cannot leave the county",
                                                   "no contact since the applicant left")))
                names = spouse.names[:2] if mode == "with" else self._home_names(spouse)
                relative = Relative("spouse", spouse, names, where,
                                    included=mode == "with" and wife_case is None,
                                    own_case=wife_case)
                if relative.included and p.group != "afghan" and rng.random() < 0.6:
                    relative.documents.append(self.chinese_passport(spouse, plan, original=True))
                rels.append(relative)
                plan.spouse = relative
                if wife_case is not None:
                    wife_case.husband = plan
                rels += self.children(plan, spouse, mode, here, home, town, age)
        # Siblings are at least a year apart from the applicant and from each other;
        # the parents are old enough for the eldest.
        gaps = rng.sample((*range(-10, 0), *range(1, 11)), rng.randint(1, 3))
        eldest = age + max(0, *gaps)
        if age < 48 and rng.random() < 0.75:
            kwargs = ({"given": p.line} if p.group in ("kazakh", "uyghur", "kyrgyz")
                      else {"line": p.line})
            father = self.person(p.group, "male", self.born(plan.registered_on,
                                                            eldest + rng.randint(22, 32)),
                                 precision="year", **kwargs)
            rels.append(Relative("parent", father, self._home_names(father), home))
        if age < 50 and rng.random() < 0.75:
            mother = self.person(p.group, "female", self.born(plan.registered_on,
                                                              eldest + rng.randint(20, 30)),
                                 precision=rng.choice(("year", "year", "estimate")))
            rels.append(Relative("parent", mother, self._home_names(mother), home))
        for gap in gaps:
            sibling = self.person(p.group, rng.choice(("male", "female")),
                                  self.born(plan.registered_on, age + gap),
                                  precision=rng.choice(("year", "day")), line=p.line)
            rels.append(Relative("sibling", sibling, self._home_names(sibling), home))
        plan.relatives = rels

    def _reserve_wife_case(self, plan: CasePlan, plans: list[CasePlan],
                           position: int) -> CasePlan | None:
        """A later Kazakh case becomes the wife's own (adults are assessed in their own right)."""
        for later in plans[position + 1:]:
            if (later.registered_on - plan.registered_on).days > 240:
                break
            if later.group == "kazakh" and later.husband is None and later.person is None \
                    and not later.newborn:
                return later
        return None

    def children(self, plan: CasePlan, spouse: Person, mode: str, here: str, home: str,
                 town: str, age: int) -> list[Relative]:
        rng = self.rng
        p = plan.person
        father = p if p.male else spouse
        younger = min(age, _years(spouse.born, plan.registered_on))
        count = rng.choice((0, 1, 1, 2) if younger < 28 else (1, 2, 2, 3, 4))
        out = []
        child_age = younger - rng.randint(20, 30)
        for _ in range(count):
            if child_age < 0:
                break
            child = self.child(p.group, father, self.born(plan.registered_on, child_age))
            minor = child_age < 18
            with_parent = minor and mode == "with"
            relative = Relative("child", child,
                                child.names[:2] if with_parent else self._home_names(child),
                                here if with_parent else home, included=with_parent)
            if with_parent and p.group != "afghan" and rng.random() < 0.5:
                relative.documents.append(cases.DocumentInput(
                    "birth_certificate", f"{rng.choice('MNOPQ')}65{rng.randint(0, 9999999):07d}",
                    issuing_country="CHN", issuer="Medical birth certificate (出生医学证明)",
                    issued_on=child.born + timedelta(days=rng.randint(1, 20)),
                    is_original=rng.random() < 0.5))
            out.append(relative)
            child_age -= rng.randint(2, 5)  # at least a year between children
        return out

    def child(self, group: str, father: Person, born: date, sex: str = "") -> Person:
        sex = sex or self.rng.choice(("male", "female"))
        if group in ("kazakh", "uyghur", "kyrgyz"):
            return self.person(group, sex, born, line=father.given)
        return self.person(group, sex, born, line=father.line)

    def _home_names(self, person: Person) -> list[cases.NameInput]:
        """How a relative at home is recorded: as the applicant says the name."""
        first = person.names[0]
        if person.group in ("uyghur",):
            return [first, person.names[2]]  # Cyrillic and Arabic
        if person.group == "han":
            return person.names[:2]  # Cyrillic and characters
        if person.group == "afghan":
            return [first, person.names[1]]
        return [first]

    def home(self, plan: CasePlan) -> str:
        country = "Afghanistan" if plan.group == "afghan" else "Xinjiang, China"
        if plan.group == "han" and "Xinjiang" not in plan.origin.place:
            country = plan.origin.place.split(", ", 1)[1]
        return f"{plan.origin.county}, {country}"

    # ---- documents, entry, proceedings

    def chinese_passport(self, person: Person, plan: CasePlan, *, original: bool,
                         before: date | None = None) -> cases.DocumentInput:
        rng = self.rng
        latest = before or plan.registered_on - timedelta(days=30)
        earliest = max(date(2013, 1, 1), person.born + timedelta(days=16 * 365))
        issued = earliest + timedelta(days=rng.randint(0, max(0, (latest - earliest).days)))
        number = (f"E{rng.randint(0, 99_999_999):08d}" if rng.random() < 0.6 else
                  f"E{rng.choice('ABCDEFGH')}{rng.randint(0, 9_999_999):07d}")
        issuer = ("National Immigration Administration of the PRC" if issued >= date(2018, 4, 1)
                  else "Exit and Entry Administration, Ministry of Public Security of the PRC")
        notes = "" if original else ("Surrendered to the local police in 2017 'for safekeeping'; "
                                     "the applicant holds a photocopy.")
        return cases.DocumentInput("passport", number, issuing_country="CHN", issuer=issuer,
                                   issued_on=issued, expires_on=add_months(issued, 120),
                                   is_original=original, notes=notes)

    def chinese_id(self, person: Person, plan: CasePlan) -> cases.DocumentInput:
        rng = self.rng
        body = (f"{plan.origin.area_code}{person.born:%Y%m%d}"
                f"{rng.randint(0, 49) * 2 + (1 if person.male else 0):03d}")
        issued = max(person.born + timedelta(days=16 * 365), date(2006, 1, 1)) + timedelta(
            days=rng.randint(0, 2000))
        issued = min(issued, plan.registered_on - timedelta(days=60))
        return cases.DocumentInput(
            "national_id", body + _id_check_digit(body), issuing_country="CHN",
            issuer=f"Public Security Bureau, {plan.origin.county}", issued_on=issued,
            expires_on=add_months(issued, 240), is_original=rng.random() < 0.6)

    def documents(self, plan: CasePlan) -> None:
        rng = self.rng
        p = plan.person
        docs = plan.documents
        if p.group == "afghan":
            docs.append(cases.DocumentInput(
                "national_id", f"{rng.randint(1396, 1400)}-{rng.randint(100, 1299):04d}-"
                               f"{rng.randint(0, 99999):05d}",
                issuing_country="AFG", issuer="National Statistics and Information Authority "
                                              "(e-tazkira)", is_original=True))
            if not plan.entry.irregular or rng.random() < 0.6:
                issued = date(2019, 1, 1) + timedelta(days=rng.randint(0, 900))
                docs.append(cases.DocumentInput(
                    "passport", f"P{rng.randint(0, 99_999_999):08d}", issuing_country="AFG",
                    issuer="Passport Department, Ministry of Interior Affairs, Kabul",
                    issued_on=issued, expires_on=add_months(issued, 60), is_original=True))
            return
        if p.birth_text.count("-") == 2 and rng.random() < 0.8:
            docs.append(self.chinese_id(p, plan))
        if not plan.entry.irregular:
            docs.append(self.chinese_passport(p, plan, original=True,
                                              before=plan.entry.crossed - timedelta(days=20)))
        elif rng.random() < 0.4 and p.born < date(2000, 1, 1):
            # Many passports were collected by the police in 2017.
            docs.append(self.chinese_passport(p, plan, original=False,
                                              before=date(2017, 3, 1)))

    def entry(self, plan: CasePlan, story: str) -> None:
        rng = self.rng
        point = P.BORDER_POINTS[plan.origin.border]
        irregular = bool(point.irregular) and (
            (story == "kazakh_camp" and rng.random() < 0.85)
            or (story == "uyghur_religion" and rng.random() < 0.5))
        if irregular:
            crossed = plan.registered_on - timedelta(days=rng.randint(45, 240))
            notes = rng.choice(P.CROSSING_NOTES_IRREGULAR).format(town=point.town)
            place = point.irregular
        else:
            back = rng.randint(30, 420) if story == "kazakh_pressure" else rng.randint(3, 40)
            crossed = plan.registered_on - timedelta(days=back)
            notes = rng.choice(P.CROSSING_NOTES_REGULAR)
            place = point.checkpoint
        country = point.from_country
        if plan.origin.border == "airport":
            country = "TUR" if plan.group == "afghan" else "CHN"
            notes = "Arrived by air with a passport and visa."
        plan.entry = Entry(crossed, place, irregular, country, point, notes)
        if irregular:
            self.proceedings(plan)

    def proceedings(self, plan: CasePlan) -> None:
        rng = self.rng
        entry = plan.entry
        gap = (plan.registered_on - entry.crossed).days
        days = rng.randint(20, min(150, gap - 10))
        verdict = min(entry.crossed + timedelta(days=days + rng.randint(0, 5)),
                      plan.registered_on - timedelta(days=2))
        plan.proceeding = cases.ProceedingInput(
            court=entry.point.court, article=P.ARTICLE_392, verdict_on=verdict,
            sentence=rng.choice(P.SENTENCES), pretrial_detention_days=days,
            notes=f"Held in pre-trial detention from {entry.crossed + timedelta(days=1)} for "
                  f"{days} days; counted toward the sentence.")
        if rng.random() < 0.7:
            appellate = rng.random() < 0.3
            ruled = verdict + timedelta(days=rng.randint(15, 40) if appellate else 0)
            ruled = min(ruled, plan.registered_on - timedelta(days=1))
            court = (entry.point.court.split(", ")[1].replace("Region", "Regional Court")
                     + ", appellate criminal panel") if appellate else entry.point.court
            plan.ruling = cases.RulingInput(
                court=court, ruled_on=ruled,
                reference=f"1-{rng.randint(100, 999)}/{ruled:%y}", deportation_barred=True,
                summary=P.RULING_SUMMARY)

    # ---- the story

    def story(self, plan: CasePlan) -> None:
        rng = self.rng
        p = plan.person
        group = plan.group
        story = {"kazakh": rng.choice(("kazakh_camp",) * 3 + ("kazakh_pressure",) * 2),
                 "uyghur": "uyghur_religion", "kyrgyz": "kyrgyz_camp",
                 "han": rng.choice(("han_church", "han_online")),
                 "afghan": rng.choice(("afghan_hazara",) * 3 + ("afghan_former_official",) * 2),
                 }[group]
        self.entry(plan, story)
        self.documents(plan)
        crossed = plan.entry.crossed
        adult = p.born.year + 18  # what happened to the applicant happened to an adult
        if story in ("kazakh_camp", "uyghur_religion", "kyrgyz_camp"):
            year, month, months = rng.randint(2017, 2019), rng.randint(1, 12), rng.randint(3, 14)
            year = max(year, adult)
            # Released at least two months before the crossing.
            while months > 1 and add_months(date(year, month, 1), months) > crossed - timedelta(
                    days=60):
                months -= 1
            if add_months(date(year, month, 1), months) > crossed - timedelta(days=60):
                start = add_months(crossed, -(months + 3))
                year, month = start.year, start.month
        elif story == "kazakh_pressure":
            year = min(max(rng.randint(2018, 2022), adult), crossed.year)
            month, months = rng.randint(1, 12), 0
        elif story == "han_online":
            year, month, months = 2022, rng.randint(4, 11), 0
        elif story == "han_church":
            year, month, months = rng.randint(2019, 2023), rng.randint(1, 12), 0
        else:
            year, month, months = rng.randint(2021, 2023), rng.randint(9, 12), 0
        end = add_months(date(year, month, 1), months)
        threat_year = min(crossed.year, max(end.year + 1, crossed.year - rng.randint(0, 2)))
        mark = "~" if rng.random() < 0.3 else ""
        sibling = next((r for r in plan.relatives if r.relation == "sibling"), None)
        relative = sibling or plan.relatives[0]
        rp = relative.person
        kin = {"sibling": "brother" if rp.male else "sister",
               "parent": "father" if rp.male else "mother",
               "spouse": "husband" if rp.male else "wife",
               "child": "son" if rp.male else "daughter"}[relative.relation]
        plan.facts = P.StoryFacts(
            story=story, name=p.latin, he="he" if p.male else "she",
            his="his" if p.male else "her", county=plan.origin.county,
            birthplace=plan.origin.place.split(",")[0],
            job=P.job(rng, "afghan" if group == "afghan" else "city" if group == "han"
                      else rng.choice(("rural", "rural", "city")), p.male),
            event_year=year, event_start=f"{year}-{month:02d}{mark}",
            event_end=f"{end.year}-{end.month:02d}", event_months=months or 1,
            threat_year=threat_year, crossing=plan.entry.place,
            crossing_month=P.month_text(crossed.year, crossed.month),
            irregular=plan.entry.irregular, town=plan.entry.point.town,
            family=self.family_text(plan),
            kin=kin, kin_name=rp.given.lat,
            relative_fate=rng.choice(P.RELATIVE_FATES).format(
                he="he" if rp.male else "she", his="his" if rp.male else "her"),
            has_interpreter=False,
            weak=plan.first_outcome == "refuse" and not plan.timeline.has("appeal_outcome")
            and rng.random() < 0.5)
        plan.story_relative = relative

    def family_text(self, plan: CasePlan) -> str:
        p = plan.person
        wife = "wife" if p.male else "husband"
        parts = []
        spouse = next((r for r in plan.relatives if r.relation == "spouse"), None)
        children = [r for r in plan.relatives if r.relation == "child"]
        if spouse is None:
            parts.append("I am not married.")
        elif spouse.own_case is not None:
            parts.append(f"My {wife} is here and has {'her' if p.male else 'his'} own case.")
        elif spouse.included:
            parts.append(f"My {wife} is with me in Kazakhstan.")
        else:
            parts.append(f"My {wife} is still in {plan.origin.county}.")
        if children:
            here = sum(1 for c in children if c.included or c.whereabouts.startswith("With"))
            count = f"{len(children)} {'child' if len(children) == 1 else 'children'}"
            they = "they are" if len(children) > 1 else "the child is"
            if here == len(children):
                parts.append(f"We have {count}; {they} with us.")
            elif here == 0:
                parts.append(f"We have {count}; {they} at home.")
            else:
                parts.append(f"We have {count}; {here} with us, the others at home.")
        if any(r.relation == "parent" for r in plan.relatives):
            parts.append(f"My parents are in {plan.origin.county}.")
        return " ".join(parts)

    def setting(self, plan: CasePlan, lawyers: tuple[P.Lawyer, ...]) -> None:
        """Languages, interpreter, lawyer and the petition itself."""
        rng = self.rng
        p = plan.person
        group = plan.group
        plan.language, plan.dialect = {
            "kazakh": ("kk", "Kazakh (Altay)" if "Altay" in plan.origin.place else
                       "Kazakh (Tarbagatai)" if "Tacheng" in plan.origin.place else
                       "Kazakh (Ili)" if "Ili Kazakh" in plan.origin.place else ""),
            "uyghur": ("ug", rng.choice(("Uyghur (Kashgar)", "Uyghur (Ili)", "Uyghur"))),
            "kyrgyz": ("ky", "Kyrgyz (Kizilsu)"),
            "han": ("zh", "Mandarin"),
            "afghan": ("fa", rng.choice(("Dari (Hazaragi)", "Dari"))),
        }[group]
        speakers = [i for i, x in enumerate(P.INTERPRETERS)
                    if x.languages.split(",")[0] == plan.language]
        if group != "kazakh" or rng.random() < 0.15:
            plan.interpreter = rng.choice(speakers)
        plan.facts.has_interpreter = plan.interpreter is not None
        if plan.proceeding is not None or rng.random() < 0.45:
            plan.lawyer = rng.choice(lawyers)
            plan.poa_on = plan.registered_on - timedelta(days=rng.randint(0, 10))
        languages = {"kazakh": ["kk", "zh"] if rng.random() < 0.7 else ["kk"],
                     "uyghur": ["ug", "zh"] + (["kk"] if rng.random() < 0.4 else []),
                     "kyrgyz": ["ky", "zh", "kk"],
                     "han": ["zh"] + (["ru"] if rng.random() < 0.3 else []),
                     "afghan": ["fa"] + (["ps"] if rng.random() < 0.3 else [])
                     + (["en"] if rng.random() < 0.3 else [])}[group]
        if group in ("kazakh", "kyrgyz") and rng.random() < 0.15:
            languages.append("ru")
        religion = {"han_church": "Christianity (Protestant)", "han_online": "None",
                    "afghan_hazara": "Islam (Shia)"}.get(plan.facts.story, "Islam (Sunni)")
        ethnicity = {"kazakh": "Kazakh", "uyghur": "Uyghur", "kyrgyz": "Kyrgyz", "han": "Han",
                     "afghan": "Hazara" if plan.facts.story == "afghan_hazara" else "Tajik"}
        town = plan.town
        notes = ""
        if plan.proceeding is not None and plan.lawyer is not None:
            notes = "Petition filed by the representative after the applicant's release."
        elif plan.entry.irregular:
            notes = "Referred by the Border Service after the criminal case."
        plan.petition = cases.PetitionInput(
            names=p.names, sex=p.sex, birth_date=p.birth_text,
            place_of_birth=plan.origin.place,
            citizenships=["AFG" if group == "afghan" else "CHN"],
            ethnicity=ethnicity[group], religion=religion, languages=languages,
            phone=(f"+7 7{rng.choice('0125778')}{rng.randint(0, 9)} 555 "
                   f"{rng.randint(10, 99)} {rng.randint(10, 99)}") if rng.random() < 0.8 else "",
            address=f"{town}, {rng.choice(P.STREETS)} {rng.randint(1, 120)}, "
                    f"apt {rng.randint(1, 90)}",
            consent_given=rng.random() < 0.95, arrived_on=plan.entry.crossed,
            registered_on=plan.registered_on,
            petition_language="kk" if group == "kazakh" else rng.choice(("ru", "kk"))
            if group in ("uyghur", "kyrgyz") else "ru",
            document_language="kk+ru" if group in ("kazakh", "uyghur", "kyrgyz")
            else rng.choice(("ru", "en")),
            assigned_officer=plan.officer, notes=notes)


def _id_check_digit(body: str) -> str:
    """The ISO 7064 MOD 11-2 check character of a Chinese resident identity number."""
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return "10X98765432"[sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 11]


# ---------------------------------------------------------------------------
# small valid files, made by hand


def png(width: int, height: int, pixel: Callable[[int, int], tuple[int, int, int]]) -> bytes:
    """An RGB PNG from a pixel function."""
    raw = b"".join(b"\x00" + bytes(c for x in range(width) for c in pixel(x, y))
                   for y in range(height))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + tag + data
                + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF))

    return (b"\x89PNG\r\n\x1a\n"
            + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def portrait(rng: random.Random) -> bytes:
    """A tiny passport-style placeholder: a head and shoulders on a plain background."""
    background = rng.choice(((222, 230, 240), (235, 235, 228), (214, 226, 232)))
    skin = rng.choice(((224, 188, 160), (201, 160, 128), (176, 134, 104)))
    clothes = rng.choice(((40, 52, 72), (70, 70, 70), (96, 64, 48)))

    def pixel(x: int, y: int) -> tuple[int, int, int]:
        if (x - 18) ** 2 + (y - 19) ** 2 <= 81:
            return skin
        if y >= 32 and (x - 18) ** 2 / 256 + (y - 52) ** 2 / 400 <= 1:
            return clothes
        return background

    return png(36, 48, pixel)


def paper_scan(rng: random.Random) -> bytes:
    """A photographed page: text lines and a round stamp."""
    stamp_x, stamp_y = rng.randint(30, 50), rng.randint(26, 34)

    def pixel(x: int, y: int) -> tuple[int, int, int]:
        if 6 <= (x - stamp_x) ** 2 + (y - stamp_y) ** 2 <= 30:
            return (190, 40, 40)
        if y % 5 == 2 and 4 <= x <= 56 - (y * 7) % 13:
            return (60, 60, 60)
        return (246, 244, 236)

    return png(60, 40, pixel)


def pdf(lines: list[str]) -> bytes:
    """A one-page PDF with lines of Helvetica text; every byte offset computed."""

    def escape(text: str) -> str:
        return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")

    body = ["BT", "/F1 12 Tf", "16 TL", "72 770 Td"]
    body += [f"({escape(line)}) Tj T*" for line in lines]
    body.append("ET")
    stream = "\n".join(body).encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, content in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + content + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n" % (len(objects) + 1, xref)
    out += b"%%EOF\n"
    return bytes(out)


# ---------------------------------------------------------------------------
# making the demo


def make_demo(data_dir: Path | str, *, cases: int = 60, seed: int = 1) -> Initialised:
    """A new demo database in ``data_dir`` (or on an empty server database, given its
    ``postgresql://`` address) with ``cases`` fictional cases.

    Raises the store's StoreError when ``data_dir`` already holds a database.
    The accounts admin, officer, officer2, supervisor, supervisor2 and clerk
    all have the password ``demo``.
    """
    if cases < 0:
        raise ValueError("the number of cases cannot be negative")
    server = is_server_location(data_dir)
    made = init_store(data_dir if server else Path(data_dir), admin="admin",
                      password=DEMO_PASSWORD, region=REGION, commission=P.COMMISSION_NAME,
                      demo=True, address=P.COMMISSION_ADDRESS, signatory=P.SIGNATORY)
    try:
        if server:
            _Demo(made, random.Random(seed), date.today()).build(cases)
        else:
            # An idle connection held open meanwhile: SQLite checkpoints the WAL whenever
            # the last connection to the database closes, which every unit of work would
            # otherwise pay for (about a third of the time taken).
            keeper = connect_raw(made.store.paths.db, made.store.db_key)
            try:
                _Demo(made, random.Random(seed), date.today()).build(cases)
            finally:
                keeper.close()
    except BaseException:
        store = made.store
        store.close()
        if not server:
            # Leave no half-made database behind: a second ``pana demo`` would refuse the
            # folder. (A server database is the server's to drop.)
            for path in (store.paths.db, store.paths.keys,
                         store.paths.db.with_name(store.paths.db.name + "-wal"),
                         store.paths.db.with_name(store.paths.db.name + "-shm")):
                path.unlink(missing_ok=True)
        raise
    return made


class _Demo:
    def __init__(self, made: Initialised, rng: random.Random, today: date) -> None:
        self.store = made.store
        self.admin = made.admin
        self.rng = rng
        self.today = today
        self.people = _People(rng)
        self.actors: dict[str, Actor] = {}
        self.display: dict[str, str] = {}
        self.interpreter_ids: list[uuid.UUID] = []
        self.deadlines = DeadlineSettings()
        self.basis: dict[str, list[str]] = {}

    def call(self, service, *args, **kwargs):
        """One service call in its own unit of work, as the app makes it."""
        with self.store.uow() as uow:
            return service(uow, *args, **kwargs)

    # ---- set-up

    def build(self, count: int) -> None:
        self.add_accounts()
        with self.store.uow(readonly=True) as uow:
            self.deadlines = settings.deadline_settings(uow.session)
            bases = settings.legal_bases(uow.session)
        self.basis = _pick_bases(bases)
        for name, texts in P.DOCUMENT_TEXTS.items():
            for language, text in texts.items():
                self.call(settings.set_document_text, self.admin,
                          f"{settings.DOCUMENT_PREFIX}{name}.{language}", text)
        for data in P.INTERPRETERS:
            self.interpreter_ids.append(self.call(interviews.add_interpreter, self.admin,
                                                  interviews.InterpreterInput(
                                                      data.full_name, data.languages,
                                                      data.gender, data.organisation,
                                                      data.phone)))
        plans = self.plan(count)
        for plan in plans:  # in date order, so the numbers follow the registration dates
            plan.number = self.call(cases.register_petition, self.actors[plan.officer],
                                    plan.petition).number
        for plan in plans:
            _CaseRun(self, plan).run()

    def add_accounts(self) -> None:
        for username, role, display in P.ACCOUNTS:
            accounts.add_user(self.store, self.admin, username, role, DEMO_PASSWORD,
                              display_name=display, language="kk" if role != "clerk" else "ru")
            self.display[username] = display
        for username, _role, _display in P.ACCOUNTS:
            # Each account signs in once, as its owner would before working.
            self.actors[username] = accounts.authenticate(self.store, username, DEMO_PASSWORD)

    def plan(self, count: int) -> list[CasePlan]:
        rng = self.rng
        kinds = list(MANDATORY[:count])
        kinds += rng.choices(list(FILLER), list(FILLER.values()), k=max(0, count - len(kinds)))
        plans = []
        for index, kind in enumerate(kinds):
            timeline = Timeline(rng)
            SCENARIOS[kind](timeline)
            plans.append(CasePlan(index, kind, timeline, timeline.anchor(self.today)))
        plans.sort(key=lambda p: (p.registered_on, p.index))
        forced = ["uyghur", "kyrgyz", "han", "afghan"] if count >= 8 else []
        groups = forced + rng.choices(list(GROUPS), list(GROUPS.values()),
                                      k=count - len(forced))
        rng.shuffle(groups)
        for plan, group in zip(plans, groups, strict=True):
            plan.group = group
            plan.officer = "officer" if rng.random() < 0.6 else "officer2"
            plan.town = rng.choice(P.AKMOLA_TOWNS)
        for position, plan in enumerate(plans):
            if plan.husband is not None:
                plan.group = "kazakh"
            self.people.applicant(plan)
            self.people.family(plan, plans, position)
            self.people.story(plan)
            self.people.setting(plan, P.LAWYERS)
        return plans


def _pick_bases(bases: list[tuple[str, str, str]]) -> dict[str, list[str]]:
    """The articles for each kind of decision, from the commission's list."""
    found: dict[str, list[str]] = {}
    for code, title, outcome in bases:
        key = outcome
        if outcome == Outcome.RECOGNISE and ("EXT" in code.upper() or "extension" in title):
            key = "extension"
        found.setdefault(key, []).append(code)
    found.setdefault("extension", found.get(Outcome.RECOGNISE.value, [""]))
    return found


class _CaseRun:
    """Walks one case through the steps of its timeline."""

    def __init__(self, demo: _Demo, plan: CasePlan) -> None:
        self.demo = demo
        self.plan = plan
        self.rng = demo.rng
        self.number = plan.number
        self.officer = demo.actors[plan.officer]
        self.scheduled: tuple[uuid.UUID, datetime, str] | None = None
        self.valid_to: date | None = None
        self.pending_valid_to: date | None = None
        self.drafted: tuple[str | None, bool] = (None, False)  # outcome, extension

    def call(self, service, *args, **kwargs):
        return self.demo.call(service, *args, **kwargs)

    def supervisor(self) -> Actor:
        return self.demo.actors[self.rng.choice(("supervisor", "supervisor2"))]

    def print(self, doc_type: DocType, day: date) -> None:
        self.call(printing.issue_document, self.clerk, doc_type, self.number, on=day)

    @property
    def clerk(self) -> Actor:
        return self.demo.actors["clerk"]

    def run(self) -> None:
        self.file()
        # The clerk prints the receipt the day the petition is registered; the last
        # few days' receipts still wait on the print desk.
        if self.plan.registered_on < self.demo.today - timedelta(days=2):
            self.print(DocType.RECEIPT, self.plan.registered_on)
        for event in self.plan.timeline.events:
            getattr(self, "do_" + event.action)(event, self.plan.day(event))

    # ---- the case file, as recorded at registration

    def file(self) -> None:
        plan, rng = self.plan, self.rng
        number, officer = self.number, self.officer
        for rel in plan.relatives:
            rel.member_id = self.call(cases.add_family_member, officer, number,
                                      cases.FamilyMemberInput(
                                          names=rel.names, sex=rel.person.sex,
                                          birth_date=rel.person.birth_text,
                                          relation=rel.relation, whereabouts=rel.whereabouts,
                                          included_in_petition=rel.included,
                                          own_case=rel.own_case.number if rel.own_case else None,
                                          notes=rel.notes))
            for doc in rel.documents:
                self.call(cases.add_identity_document, officer, number,
                          replace(doc, family_member_id=rel.member_id))
        for doc in plan.documents:
            self.call(cases.add_identity_document, officer, number, doc)
        entry = plan.entry
        self.call(cases.add_entry_record, officer, number, cases.EntryInput(
            crossed_on=entry.crossed, place=entry.place, irregular=entry.irregular,
            from_country=entry.from_country, notes=entry.notes))
        if plan.proceeding is not None:
            self.call(cases.add_criminal_proceeding, officer, number, plan.proceeding)
        if plan.ruling is not None:
            self.call(cases.add_court_ruling, officer, number, plan.ruling)
        if plan.lawyer is not None:
            lawyer = plan.lawyer
            self.call(cases.set_representative, officer, number, cases.RepresentativeInput(
                full_name=lawyer.full_name, organisation=lawyer.organisation,
                licence_number=lawyer.licence, phone=lawyer.phone, email=lawyer.email,
                power_of_attorney=f"Power of attorney No. {rng.randint(10, 999)} "
                                  f"of {plan.poa_on:%d.%m.%Y}",
                power_of_attorney_on=plan.poa_on))
        if rng.random() < 0.6:
            self.call(cases.set_photo, officer, number, portrait(rng), "image/png")
        if not plan.timeline.has("interview"):
            # Without an interview yet, the claim is what the petition says.
            self.call(claims.save_claim, officer, number, claims.ClaimInput(
                summary=P.claim_summary(plan.facts), actor_type="state",
                actor_description=P.ACTORS[plan.facts.story]))

    # ---- steps

    def do_fingerprints(self, event: Event, day: date) -> None:
        self.call(cases.record_fingerprints, self.officer, self.number, day)

    def do_reassign(self, event: Event, day: date) -> None:
        other = "officer2" if self.officer.username == "officer" else "officer"
        self.call(cases.assign_officer, self.supervisor(), self.number, other)
        self.officer = self.demo.actors[other]

    def _interpreter(self) -> uuid.UUID | None:
        index = self.plan.interpreter
        return None if index is None else self.demo.interpreter_ids[index]

    def do_schedule(self, event: Event, day: date) -> None:
        rng = self.rng
        if "future" in event.params:
            when = self.demo.today + timedelta(days=event.params["future"])
        else:
            when = self.plan.day(event.params["target"])
        at = datetime(when.year, when.month, when.day, rng.choice((9, 10, 11, 14, 15)),
                      rng.choice((0, 30)), tzinfo=LOCAL_TIME).astimezone(UTC)
        location = rng.choice(P.OFFICES)
        interview_id = self.call(interviews.schedule_interview, self.officer, self.number, at,
                                 location, self._interpreter(), self.plan.language)
        self.scheduled = (interview_id, at, location)

    def do_no_show(self, event: Event, day: date) -> None:
        self.call(interviews.record_no_show, self.officer, self.number, self.scheduled[0])
        self.scheduled = None

    def do_interview(self, event: Event, day: date) -> None:
        rng, plan = self.rng, self.plan
        if self.scheduled is not None:
            interview_id, at, location = self.scheduled
            start = at + timedelta(minutes=rng.randint(0, 25))
        else:
            interview_id, location = None, rng.choice(P.OFFICES)
            start = datetime(day.year, day.month, day.day, rng.randint(9, 14),
                             rng.choice((0, 15, 30)), tzinfo=LOCAL_TIME).astimezone(UTC)
        if event.params.get("supplementary"):
            picks = sorted(rng.sample(range(len(P.SUPPLEMENTARY) - 1), rng.randint(4, 5)))
            entries = [P.SUPPLEMENTARY[i] for i in picks] + [P.SUPPLEMENTARY[-1]]
        else:
            entries = P.interview_entries(rng, plan.facts)
        lawyer_present = plan.lawyer is not None and rng.random() < 0.7
        attendees = [f"Officer {self.demo.display[self.officer.username]}"]
        if plan.interpreter is not None:
            attendees.append(f"interpreter {P.INTERPRETERS[plan.interpreter].full_name}")
        if lawyer_present:
            attendees.append(f"lawyer {plan.lawyer.full_name}")
        signed = rng.random() < 0.95
        self.call(interviews.record_interview, self.officer, self.number,
                  interviews.InterviewRecordInput(
                      started_at=start, ended_at=start + timedelta(minutes=rng.randint(80, 230)),
                      language=plan.language, dialect=plan.dialect,
                      interpreter_id=self._interpreter(), location=location,
                      representative_present=lawyer_present, attendees="; ".join(attendees),
                      entries=[interviews.QAInput(q, a) for q, a in entries],
                      demeanour_notes=rng.choice(P.DEMEANOUR), read_back_done=True,
                      applicant_signed=signed),
                  interview_id=interview_id)
        self.scheduled = None

    def do_claim(self, event: Event, day: date) -> None:
        plan, rng, facts = self.plan, self.rng, self.plan.facts
        grounds = P.GROUNDS[facts.story]
        self.call(claims.save_claim, self.officer, self.number, claims.ClaimInput(
            summary=P.claim_summary(facts), actor_type="state",
            actor_description=P.ACTORS[facts.story],
            grounds=[claims.GroundInput(g, note) for g, note in grounds.items()]))
        photo_id = None
        if plan.proceeding is not None:
            self.attach(f"Copy of the verdict, {plan.proceeding.court}", "court_paper",
                        "Provided by the lawyer" if plan.lawyer else "Provided by the applicant",
                        "verdict.pdf", [f"Verdict of {plan.proceeding.verdict_on:%d.%m.%Y}",
                         plan.proceeding.court, P.ARTICLE_392, plan.proceeding.sentence])
        if facts.story.endswith("camp") and not facts.weak and rng.random() < 0.6:
            photo_id = self.attach("Photo of a release certificate (in Chinese)", "photo",
                                   "Sent to the applicant by a relative via messenger",
                                   "release-certificate.png", None)
        if rng.random() < 0.5:
            source = ("UNHCR guidance on Afghanistan (excerpt)" if plan.group == "afghan" else
                      "OHCHR assessment on Xinjiang, 2022 (excerpt)")
            self.attach("Country-of-origin information excerpt", "country_report", source,
                        "coi-excerpt.pdf", [source, f"Relevant to: {facts.county}"])
        if rng.random() < 0.15:
            self.attach("Identity verification request and reply", "other",
                        "Migration Service (internal)", "identity-verification.pdf",
                        ["Identity verification", f"Case {self.number}"],
                        applicant_may_see=False)
        for incident, started, ended, days in P.incidents(facts):
            member = None
            if incident.kind == "family_targeted" and plan.story_relative is not None:
                member = plan.story_relative.member_id
            evidence = [photo_id] if photo_id and incident.kind in ("camp", "detention") else []
            self.call(claims.add_incident, self.officer, self.number, claims.IncidentInput(
                kind=incident.kind, description=incident.description,
                actor=P.ACTORS[facts.story], actor_type=incident.actor_type,
                started=started, ended=ended, duration_days=days,
                place=facts.county, family_member_id=member, evidence_ids=evidence))

    def attach(self, title: str, kind: str, source: str, filename: str,
               lines: list[str] | None, applicant_may_see: bool = True) -> uuid.UUID:
        """A small valid file: a PDF page with ``lines``, or without lines a photographed page."""
        if lines is None:
            content, mime = paper_scan(self.rng), "image/png"
        else:
            content, mime = pdf(["DEMO - fictional document", title, *lines]), "application/pdf"
        return self.call(claims.attach_evidence, self.officer, self.number, claims.EvidenceInput(
            title=title, content=content, mime_type=mime, kind=kind, filename=filename,
            source=source, applicant_may_see=applicant_may_see))

    def do_draft(self, event: Event, day: date) -> None:
        facts = self.plan.facts
        outcome = event.params.get("outcome")
        if event.params.get("extension"):
            data = decisions.AssessmentInput(
                well_founded_fear="established" if outcome else "not_assessed",
                well_founded_fear_note="The situation in the country of origin is unchanged.",
                recommended_outcome=outcome,
                legal_basis_code=self._basis("extension") if outcome else "",
                reasons=self.rng.choice(P.EXTENSION_REASONS) if outcome else "")
        elif outcome is None:
            # Work in progress: the first findings, no recommendation yet.
            texts = P.assessment_texts(facts, "recognise")
            data = decisions.AssessmentInput(
                internal_consistency=texts["internal_consistency"],
                internal_consistency_note=texts["internal_consistency_note"])
        else:
            texts = P.assessment_texts(facts, outcome)
            reasons = texts["reasons"]
            if event.params.get("revision"):
                reasons += (" Revised after the supervisor's comments: the dates were checked "
                            "against the interview record and the nexus is now reasoned.")
            findings = {k: v for k, v in texts.items() if k != "reasons"}
            data = decisions.AssessmentInput(
                **findings, recommended_outcome=outcome,
                legal_basis_code=self._basis(outcome), reasons=reasons,
                grounds=dict(P.GROUNDS[facts.story]) if outcome == "recognise" else {})
        self.call(decisions.draft_assessment, self.officer, self.number, data)
        self.drafted = (outcome, bool(event.params.get("extension")))

    def _basis(self, outcome: str) -> str:
        return self.rng.choice(self.demo.basis[outcome])

    def do_submit(self, event: Event, day: date) -> None:
        self.call(decisions.submit_for_approval, self.officer, self.number)

    def do_return(self, event: Event, day: date) -> None:
        comments = [c for c in P.RETURN_COMMENTS
                    if self.plan.proceeding is not None or "verdict" not in c]
        self.call(decisions.return_for_revision, self.supervisor(), self.number,
                  self.rng.choice(comments))

    def do_approve(self, event: Event, day: date) -> None:
        self.call(decisions.approve_decision, self.supervisor(), self.number, day)
        outcome, extension = self.drafted
        if outcome == "recognise":
            # As the service computes it: an extension runs on from the current validity.
            start = self.valid_to + timedelta(days=1) if extension and self.valid_to else day
            self.pending_valid_to = self.demo.deadlines.status_until(start)

    def do_notify(self, event: Event, day: date) -> None:
        rng = self.rng
        method = rng.choices(("in_person", "representative", "post"),
                             (6, 2 if self.plan.lawyer else 0, 1))[0]
        actor = self.clerk if rng.random() < 0.7 else self.officer
        self.print(DocType.LETTER, day)  # the letter is what serves the decision
        self.call(decisions.record_notification, actor, self.number, day, method)
        if self.pending_valid_to is not None:
            self.valid_to, self.pending_valid_to = self.pending_valid_to, None

    def do_certificate(self, event: Event, day: date) -> None:
        self.print(DocType.CERTIFICATE, day)  # issues the certificate, then prints it

    def do_request_extension(self, event: Event, day: date) -> None:
        self.call(decisions.request_extension, self.officer, self.number, day)

    def do_end_status(self, event: Event, day: date) -> None:
        kind = event.params["kind"]
        if kind == "expiry":
            self.call(decisions.end_status, self.officer, self.number, kind,
                      self.valid_to + timedelta(days=1), P.EXPIRY_REASON)
        else:
            reasons = [P.CESSATION_THIRD_COUNTRY]
            if self.plan.group == "kazakh":
                reasons.append(P.CESSATION_CITIZENSHIP)
            self.call(decisions.end_status, self.officer, self.number, kind, day,
                      self.rng.choice(reasons))
            self.print(DocType.LETTER, day)

    def do_appeal(self, event: Event, day: date) -> None:
        actor = self.officer if self.rng.random() < 0.5 else self.clerk
        self.call(decisions.lodge_appeal, actor, self.number, day, P.APPEAL_COURT,
                  f"7110-{day:%y}-00-4/{self.rng.randint(100, 999)}")

    def do_appeal_outcome(self, event: Event, day: date) -> None:
        self.call(decisions.record_appeal_outcome, self.officer, self.number,
                  event.params["outcome"], day)

    def do_close(self, event: Event, day: date) -> None:
        reason = event.params["reason"]
        if reason == "final_refusal":
            actor, note = self.supervisor(), "The appeal period ended without an appeal."
        elif reason == "withdrawn":
            notes = P.WITHDRAWAL_NOTES if self.plan.group == "kazakh" else P.WITHDRAWAL_NOTES[1:]
            actor, note = self.officer, self.rng.choice(notes)
        else:
            actor, note = self.officer, P.ABANDONED_NOTE
        self.call(decisions.close_case, actor, self.number, reason, note, day)

    def do_reopen(self, event: Event, day: date) -> None:
        reason = P.REOPEN_REASON if self.plan.person.male else P.REOPEN_REASON.replace(
            " he ", " she ")
        self.call(decisions.reopen_case, self.supervisor(), self.number, reason, day)
        self.attach("Medical certificate, Kokshetau city hospital", "medical",
                    "Provided by the applicant", "medical-certificate.pdf",
                    ["Certificate of in-patient treatment", f"Issued {day:%d.%m.%Y}"])

    def do_extend_deadline(self, event: Event, day: date) -> None:
        registered = self.plan.registered_on
        new_due = min(add_months(registered, 6),
                      self.demo.deadlines.decision_latest_possible(registered))
        self.call(decisions.extend_decision_deadline, self.supervisor(), self.number, new_due,
                  self.rng.choice(P.DEADLINE_REASONS))

    def do_newborn(self, event: Event, day: date) -> None:
        plan, rng = self.plan, self.rng
        spouse = plan.spouse
        if spouse is None or not (spouse.included or spouse.own_case):
            return
        born = day - timedelta(days=rng.randint(12, 60))
        father = plan.person if plan.person.male else spouse.person
        people = self.demo.people
        people.used = {r.person.given.cyr for r in plan.relatives} | {plan.person.given.cyr}
        child = people.child(plan.group, father, born)
        town = plan.town
        member = self.call(cases.add_family_member, self.officer, self.number,
                           cases.FamilyMemberInput(
                               names=child.names[:2], sex=child.sex, birth_date=born.isoformat(),
                               relation="child", whereabouts=f"With the parents in {town}",
                               included_in_petition=True,
                               notes=f"Born in {town} during the procedure."))
        self.call(cases.add_identity_document, self.officer, self.number, cases.DocumentInput(
            "birth_certificate", f"№ {rng.randint(0, 9_999_999):07d}", issuing_country="KAZ",
            issuer=f"Registry office (AKhAZh), {town}",
            issued_on=min(day, born + timedelta(days=rng.randint(5, 12))), is_original=True,
            family_member_id=member))
