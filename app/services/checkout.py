"""Offline laptops: check cases out of the office, work on them anywhere, check them in.

The office (a commission server, or any Pana store) and a laptop (its own encrypted
SQLite store) exchange three sealed files (``app.services.sealed``): on a USB stick
when there is no network between them, or in memory when the laptop can reach the
server. The same functions run either way.

1. **Request** (laptop): who the laptop is — its id, name, public keys, and the officer
   it is for (``device_request``).
2. **Check-out** (office, ``check_out``): the cases are marked out to that laptop and
   officer until a date (``checkouts``), and go into a package sealed for the laptop,
   each with the case as it left (the *base*). A quota lets the officer register new
   petitions in the field. From now on the office can read these cases but nobody can
   change them (``guard_flush``) until they are checked in or an administrator
   (or supervisor) releases them.
3. **Accept** (laptop, ``accept_checkout``): the cases are imported into the laptop's
   store, which works as usual, offline. New petitions get *provisional* numbers
   (``T`` + region, e.g. TAQM-2026-00001) within the quota.
4. **Check-in file** (laptop, ``checkin_file``): every case with the base it left with,
   the new cases, and the laptop's audit entries of them.
5. **Check-in** (office, ``read_checkin`` then ``apply_checkin``): each case is merged
   three ways (``app.domain.merge``): what only the laptop changed is taken; what only
   the office changed (after a forced release) is kept; where both changed the same
   value differently, the officer chooses each one on the conflict screen — nothing is
   overwritten silently. Both versions are kept (``case_versions``), the laptop's audit
   entries are added to the office's chain, and new cases get their permanent numbers.
   The office answers with a sealed **receipt**.
6. **Finish** (laptop, ``finish_checkin``): the laptop removes the cases it handed back,
   so its case files go. (Its own audit trail stays, encrypted, with the values its
   entries recorded: the chain forbids removing them; see app.services.retention.)
"""

from __future__ import annotations

import hashlib
import json
import socket
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db import audit as audit_mod
from app.db.audit import Actor
from app.db.guard import (
    HELD,
    KIND_CASE,
    KIND_QUOTA,
    LINK_SETTING,
    OUT,
    RELEASED,
    RETURNED,
    CheckedOut,  # noqa: F401 - callers catch it from here
)
from app.db.models import AuditEntry, Case, CaseVersion, Checkout, Setting, User
from app.db.uow import UnitOfWork
from app.domain import merge as merging
from app.domain.errors import DomainError, NotFound, ValidationError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.domain.numbering import CaseNumber
from app.domain.permissions import Action, require
from app.domain.vocab import Role
from app.services import exchange, sealed
from app.services.cases import next_case_number
from app.services.common import load_case
from app.services.settings import profile

REQUEST_FORMAT = "pana-device-request"
PACKAGE_KIND, CHECKIN_KIND, RECEIPT_KIND = "checkout", "checkin", "receipt"
#: At most this many new petitions per quota, and this long out.
MAX_QUOTA = 500
MAX_DAYS_OUT = 366


class CheckinConflicts(DomainError):
    """A check-in whose conflicts have not all been decided."""


def _digest(document: dict) -> str:
    return hashlib.sha256(exchange.encode_document(document)).hexdigest()


def _now() -> datetime:
    return datetime.now(UTC)


# ---------------------------------------------------------------------------
# who the laptop is


@dataclass(frozen=True)
class DeviceRequest:
    device_id: str
    device_name: str
    username: str
    keys: sealed.PublicKeys

    @property
    def fingerprint(self) -> str:
        return self.keys.fingerprint()


def device_request(store, actor: Actor, *, device_name: str | None = None) -> bytes:
    """The laptop's request file: its id, name and public keys, for ``actor``. Holds no
    case data and no secret, so it is plain JSON."""
    keys = sealed.Keys.of_store(store)
    name = (device_name or socket.gethostname() or "laptop").strip()[:100]
    return json.dumps({"format": REQUEST_FORMAT, "device_id": store.keyfile.db_id,
                       "device_name": name, "username": actor.username,
                       "keys": keys.public.text()}, indent=1).encode("utf-8")


def read_request(data: bytes) -> DeviceRequest:
    try:
        raw = json.loads(data.decode("utf-8"))
        if not isinstance(raw, dict) or raw.get("format") != REQUEST_FORMAT:
            raise ValueError
        return DeviceRequest(str(raw["device_id"])[:64], str(raw["device_name"])[:100],
                             str(raw["username"])[:64], sealed.PublicKeys.parse(raw["keys"]))
    except (ValueError, KeyError, UnicodeDecodeError, sealed.SealedFileError):
        raise ValidationError({"request": _N(
            "Validation", "this is not a laptop's request file; on the laptop, choose "
                          "Offline → Ask for cases… and bring the file it writes.")}) from None


# ---------------------------------------------------------------------------
# check-out (at the office)


@dataclass(frozen=True)
class CheckoutResult:
    package: bytes
    numbers: list[str]
    quota: int
    due_on: date


def _officer(session: Session, username: str) -> User:
    user = session.execute(select(User).where(User.username == username)).scalar()
    if user is None or user.disabled or user.role not in (Role.OFFICER.value,
                                                          Role.SUPERVISOR.value):
        raise ValidationError({"username": exchange.FieldMessage(_N(
            "Validation", "the laptop's request is for “{name}”, who is not an active "
                          "officer or supervisor here; the laptop's user must have the "
                          "same user name as at the office."), name=username)})
    return user


def check_out(uow: UnitOfWork, actor: Actor, store, request: DeviceRequest,
              numbers: list[str], due_on: date, *, quota: int = 0,
              today: date | None = None) -> CheckoutResult:
    """Mark ``numbers`` out to the laptop of ``request`` until ``due_on`` (plus a quota of
    new petitions), and return the package sealed for that laptop. One transaction."""
    require(actor.role, Action.CHECK_OUT_CASES)
    session = uow.session
    today = today or date.today()
    errors: dict[str, Any] = {}
    if not isinstance(due_on, date) or due_on < today:
        errors["due_on"] = exchange.FieldMessage(_N(
            "Validation", "the return date must be today or later."))
    elif (due_on - today).days > MAX_DAYS_OUT:
        errors["due_on"] = exchange.FieldMessage(_N(
            "Validation", "cases can be out for at most {days} days; choose an earlier "
                          "return date."), days=MAX_DAYS_OUT)
    if not isinstance(quota, int) or not 0 <= quota <= MAX_QUOTA:
        errors["quota"] = exchange.FieldMessage(_N(
            "Validation", "the quota of new petitions must be between 0 and {limit}."),
            limit=MAX_QUOTA)
    wanted = list(dict.fromkeys(n.strip().upper() for n in numbers if n and n.strip()))
    if not wanted and not quota:
        errors["numbers"] = exchange.FieldMessage(_N(
            "Validation", "choose at least one case, or give a quota of new petitions."))
    if errors:
        raise ValidationError(errors)
    officer = _officer(session, request.username)
    if actor.role == Role.OFFICER.value and officer.username != actor.username:
        raise ValidationError({"username": exchange.FieldMessage(_N(
            "Validation", "an officer checks cases out to their own laptop only; this "
                          "request is for “{name}”."), name=request.username)})
    cases = [load_case(session, number, for_update=True) for number in wanted]
    for case in cases:
        held = session.execute(select(Checkout).where(
            Checkout.case_id == case.id, Checkout.state == OUT)).scalar()
        if held is not None:
            raise ValidationError({"numbers": exchange.FieldMessage(_N(
                "Validation", "case {number} is already checked out (to “{device}” until "
                              "{until}); check it in first."),
                number=case.number, device=held.device_name, until=held.due_on)})
    rows = []
    items = []
    for case in cases:
        document = exchange.writer_document(session, [case])
        row = Checkout(id=uuid.uuid4(), case_id=case.id, kind=KIND_CASE,
                       device_id=request.device_id, device_name=request.device_name,
                       device_key=request.keys.text(), user_id=officer.id, due_on=due_on,
                       state=OUT, base_digest=_digest(document),
                       base_document=json.dumps(document, ensure_ascii=False, sort_keys=True))
        rows.append(row)
        items.append({"id": str(row.id), "case_id": str(case.id), "number": case.number,
                      "due_on": due_on.isoformat(), "base": document})
    quota_item = None
    if quota:
        row = Checkout(id=uuid.uuid4(), case_id=None, kind=KIND_QUOTA,
                       device_id=request.device_id, device_name=request.device_name,
                       device_key=request.keys.text(), user_id=officer.id, due_on=due_on,
                       state=OUT, quota=quota)
        rows.append(row)
        quota_item = {"id": str(row.id), "quota": quota, "due_on": due_on.isoformat()}
    session.add_all(rows)
    session.flush()
    for row, case in zip(rows, cases, strict=False):
        uow.audit(actor, "case.checkout", entity="case", entity_id=case.id, case_id=case.id,
                  new={"number": case.number, "device": request.device_name,
                       "device_id": request.device_id, "officer": officer.username,
                       "due_on": due_on, "checkout": row.id})
    if quota_item is not None:
        uow.audit(actor, "checkout.quota", entity="checkout", entity_id=rows[-1].id,
                  new={"device": request.device_name, "officer": officer.username,
                       "quota": quota, "due_on": due_on})
    commission = profile(session)
    keys = sealed.Keys.of_store(store)
    payload = {
        "server": {"db_id": store.keyfile.db_id, "name": commission.name,
                   "region": commission.region_code, "keys": keys.public.text()},
        "device_id": request.device_id, "username": officer.username,
        "user": {"username": officer.username, "role": officer.role,
                 "display_name": officer.display_name},
        "checkouts": items, "quota": quota_item,
        "profile": {"name": commission.name, "address": commission.address,
                    "signatory_name": commission.signatory_name},
    }
    package = sealed.seal(PACKAGE_KIND, payload, sender=keys, recipient=request.keys)
    uow.commit()
    return CheckoutResult(package, [c.number for c in cases], quota, due_on)


def release(uow: UnitOfWork, actor: Actor, number: str, reason: str) -> None:
    """Force a case back to the office before its laptop checks it in (a lost laptop, an
    urgent decision). The laptop's later check-in is still taken, and every value both
    sides changed goes to the conflict screen."""
    require(actor.role, Action.RELEASE_CHECKOUT)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError({"reason": exchange.FieldMessage(_N(
            "Validation", "say why the case is released before its laptop brings it back."))})
    session = uow.session
    case = load_case(session, number, for_update=False)
    row = session.execute(select(Checkout).where(
        Checkout.case_id == case.id, Checkout.state == OUT)).scalar()
    if row is None:
        raise NotFound(_N("DomainError", "Case {number} is not checked out."),
                       number=case.number)
    row.state, row.closed_at, row.closed_by_id = RELEASED, _now(), actor.user_id
    uow.audit(actor, "case.checkout_release", entity="case", entity_id=case.id,
              case_id=case.id, new={"number": case.number, "device": row.device_name,
                                    "reason": reason[:500], "checkout": row.id})
    uow.commit()


@dataclass(frozen=True)
class OutRow:
    checkout_id: uuid.UUID
    number: str
    kind: str
    device_name: str
    username: str
    out_at: datetime
    due_on: date
    state: str
    quota: int
    quota_used: int


def list_checkouts(uow: UnitOfWork, actor: Actor, *, open_only: bool = True) -> list[OutRow]:
    """What is out (or was), newest first: for the office's list and the laptop's."""
    require(actor.role, Action.VIEW_CASE_LIST)
    query = (select(Checkout, Case.number, User.username)
             .outerjoin(Case, Case.id == Checkout.case_id)
             .join(User, User.id == Checkout.user_id)
             .order_by(Checkout.out_at.desc(), Case.number))
    if open_only:
        query = query.where(Checkout.state.in_((OUT, HELD)))
    return [OutRow(row.id, number or "", row.kind, row.device_name, username, row.out_at,
                   row.due_on, row.state, row.quota, row.quota_used)
            for row, number, username in uow.session.execute(query).all()]


def out_record(uow: UnitOfWork, number: str) -> OutRow | None:
    """The check-out holding case ``number`` at the office now, or None (for the case
    file's banner: whoever may open the case may know it is out)."""
    found = uow.session.execute(
        select(Checkout, Case.number, User.display_name, User.username)
        .join(Case, Case.id == Checkout.case_id)
        .join(User, User.id == Checkout.user_id)
        .where(Case.number == number.strip().upper(), Checkout.state == OUT)).first()
    if found is None:
        return None
    row, case_number, display_name, username = found
    return OutRow(row.id, case_number, row.kind, row.device_name, display_name or username,
                  row.out_at, row.due_on, row.state, row.quota, row.quota_used)


# ---------------------------------------------------------------------------
# on the laptop


def _link(session: Session) -> dict | None:
    row = session.get(Setting, LINK_SETTING)
    return json.loads(row.value) if row is not None else None


def provisional_region(region: str) -> str:
    """The region code of numbers given on a laptop: T(emporary) + the region."""
    return ("T" + region)[:5]


@dataclass(frozen=True)
class Accepted:
    numbers: list[str]
    quota: int
    server_name: str
    due_on: date | None


def accept_checkout(uow: UnitOfWork, actor: Actor, store, data: bytes) -> Accepted:
    """Take a check-out package into this laptop's store: its cases, their check-out
    records (with the base each left with), the quota, and the office's keys."""
    session = uow.session
    keys = sealed.Keys.of_store(store)
    link = _link(session)
    pinned = sealed.PublicKeys.parse(link["keys"]) if link else None
    opened = sealed.unseal(data, kind=PACKAGE_KIND, recipient=keys, sender=pinned)
    payload = opened.payload
    if payload.get("device_id") != store.keyfile.db_id:
        raise DomainError(sealed._NOT_FOR_US)
    if payload.get("username") != actor.username:
        raise DomainError(_N(
            "DomainError", "These cases were checked out to “{name}”: log in on this laptop "
                           "as that user to take them."), name=payload.get("username", ""))
    server = payload["server"]
    if link is None:
        link = {"db_id": server["db_id"], "name": server["name"], "region": server["region"],
                "keys": opened.sender.text()}
        session.add(Setting(key=LINK_SETTING, value=json.dumps(link)))
        commission = profile(session)
        commission.name = payload["profile"]["name"] or commission.name
        commission.address = payload["profile"]["address"] or commission.address
        commission.signatory_name = (payload["profile"]["signatory_name"]
                                     or commission.signatory_name)
        commission.region_code = provisional_region(server["region"])
    elif link["db_id"] != server["db_id"]:
        raise DomainError(sealed._WRONG_SENDER)
    if session.execute(select(Checkout.id).where(Checkout.state == HELD)).first() is None:
        # A new round of offline work: the office gets this laptop's audit entries from
        # here on (the entries of taking this package in included).
        link["audit_from"] = session.execute(select(func.max(AuditEntry.seq))).scalar() or 0
        session.get(Setting, LINK_SETTING).value = json.dumps(link)
    user_id = actor.user_id
    numbers = []
    for item in payload["checkouts"]:
        checkout_id = uuid.UUID(item["id"])
        if session.get(Checkout, checkout_id) is not None:
            raise DomainError(_N("DomainError", "This package was taken into this laptop "
                                                "already. Nothing was changed."))
        exchange.import_document(uow, actor, item["base"], source="check-out",
                                 commit=False, audit_action="case.checkout_accept")
        session.add(Checkout(
            id=checkout_id, case_id=uuid.UUID(item["case_id"]), kind=KIND_CASE,
            device_id=store.keyfile.db_id, device_name=payload.get("server", {}).get("name",
                                                                                      "")[:100],
            device_key=opened.sender.text(), user_id=user_id,
            due_on=date.fromisoformat(item["due_on"]), state=HELD,
            base_digest=_digest(item["base"]),
            base_document=json.dumps(item["base"], ensure_ascii=False, sort_keys=True)))
        numbers.append(item["number"])
    quota = payload.get("quota")
    due = None
    if quota:
        session.add(Checkout(
            id=uuid.UUID(quota["id"]), case_id=None, kind=KIND_QUOTA,
            device_id=store.keyfile.db_id, device_name=server["name"][:100],
            device_key=opened.sender.text(), user_id=user_id,
            due_on=date.fromisoformat(quota["due_on"]), state=HELD, quota=int(quota["quota"])))
        due = date.fromisoformat(quota["due_on"])
    if payload["checkouts"]:
        due = date.fromisoformat(payload["checkouts"][0]["due_on"])
    uow.audit(actor, "checkout.accept", entity="checkout",
              new={"server": server["name"], "numbers": numbers,
                   "quota": int(quota["quota"]) if quota else 0})
    uow.commit()
    return Accepted(numbers, int(quota["quota"]) if quota else 0, server["name"], due)


def checkin_file(uow: UnitOfWork, actor: Actor, store) -> bytes:
    """Everything this laptop holds for the office, sealed for it: each checked-out case
    as it is now with the base it left with, the new petitions, and the laptop's audit
    entries about them. The cases stay here until the office's receipt is taken."""
    session = uow.session
    link = _link(session)
    if link is None:
        raise DomainError(_N("DomainError", "This laptop holds no checked-out cases: it has "
                                            "never taken a check-out package."))
    held = list(session.execute(select(Checkout).where(Checkout.state == HELD)
                                .order_by(Checkout.created_at)).scalars())
    if not held:
        raise DomainError(_N("DomainError", "This laptop holds no checked-out cases."))
    cases_out = {row.case_id for row in held if row.case_id is not None}
    items = []
    for row in held:
        if row.kind != KIND_CASE:
            continue
        case = session.get(Case, row.case_id)
        items.append({"id": str(row.id), "number": case.number,
                      "base": json.loads(row.base_document),
                      "current": exchange.writer_document(session, [case])})
    quotas = [row for row in held if row.kind == KIND_QUOTA]
    new_cases = []
    if quotas:
        for case in session.execute(select(Case).order_by(Case.number)).scalars():
            if case.id not in cases_out:
                new_cases.append({"number": case.number,
                                  "current": exchange.writer_document(session, [case])})
    entries = []
    for entry in session.execute(select(AuditEntry).where(
            AuditEntry.seq > int(link.get("audit_from", 0))).order_by(AuditEntry.seq)).scalars():
        entries.append({"seq": entry.seq, "at": audit_mod._aware(entry.at).isoformat(),
                        "username": entry.username, "action": entry.action,
                        "entity": entry.entity, "entity_id": entry.entity_id,
                        "case_id": str(entry.case_id) if entry.case_id else "",
                        "old": entry.old_values, "new": entry.new_values})
    payload = {"device_id": store.keyfile.db_id, "username": actor.username,
               "cases": items, "quotas": [str(q.id) for q in quotas], "new_cases": new_cases,
               "audit": entries}
    uow.audit(actor, "checkout.checkin_file", entity="checkout",
              new={"numbers": [i["number"] for i in items],
                   "new_cases": [c["number"] for c in new_cases]})
    uow.commit()
    return sealed.seal(CHECKIN_KIND, payload, sender=sealed.Keys.of_store(store),
                       recipient=sealed.PublicKeys.parse(link["keys"]))


# ---------------------------------------------------------------------------
# check-in (at the office)


@dataclass
class CaseCheckin:
    """One case of a check-in file as the office sees it."""

    checkout_id: uuid.UUID
    number: str
    state: str  # the office's record: out, released, returned
    laptop_changed: bool
    server_changed: bool
    conflicts: list[merging.Conflict]
    base: dict = field(repr=False)
    laptop: dict = field(repr=False)
    server: dict = field(repr=False)


@dataclass
class CheckinPlan:
    device_name: str
    username: str
    cases: list[CaseCheckin]
    new_cases: list[str]
    audit_entries: int

    @property
    def conflicts(self) -> int:
        return sum(len(c.conflicts) for c in self.cases)


def _open_checkin(session: Session, store, data: bytes) -> tuple[dict, list[Checkout]]:
    _kind, sender = sealed.peek_sender(data)
    opened = sealed.unseal(data, kind=CHECKIN_KIND, recipient=sealed.Keys.of_store(store),
                           sender=sender)
    payload = opened.payload
    rows = list(session.execute(select(Checkout).where(
        Checkout.device_id == str(payload.get("device_id", "")))).scalars())
    known = {row.device_key for row in rows}
    if opened.sender.text() not in known:
        raise DomainError(sealed._WRONG_SENDER)
    return payload, rows


def read_checkin(uow: UnitOfWork, actor: Actor, store, data: bytes,
                 choices: dict[str, dict[str, str]] | None = None) -> CheckinPlan:
    """What a check-in file would change, case by case, with the conflicts to decide.
    Changes nothing."""
    require(actor.role, Action.CHECK_OUT_CASES)
    session = uow.session
    payload, rows = _open_checkin(session, store, data)
    by_id = {str(row.id): row for row in rows}
    plan_cases = []
    for item in payload["cases"]:
        row = by_id.get(item["id"])
        if row is None:
            raise DomainError(sealed._WRONG_SENDER)
        case = session.get(Case, row.case_id)
        server_doc = exchange.writer_document(session, [case])
        base = json.loads(row.base_document)
        laptop = item["current"]
        _merged, conflicts = merging.merge(_comparable(base), _comparable(laptop),
                                           _comparable(server_doc),
                                           (choices or {}).get(item["id"]))
        plan_cases.append(CaseCheckin(
            row.id, case.number, row.state,
            laptop_changed=_changed(base, laptop),
            server_changed=_changed(base, server_doc),
            conflicts=conflicts, base=base, laptop=laptop, server=server_doc))
    device = rows[0].device_name if rows else ""
    return CheckinPlan(device, str(payload.get("username", "")), plan_cases,
                       [c["number"] for c in payload.get("new_cases", [])],
                       len(payload.get("audit", [])))


def _changed(base: dict, now: dict) -> bool:
    """Whether the case changed (not who exported it, nor when a record was touched)."""
    return merging.content(_comparable(base)) != merging.content(_comparable(now))


def _comparable(document: dict) -> dict:
    """The parts of a case document that are the case (not who exported it, nor the
    accounts list, which follows from the case)."""
    return {"cases": document["cases"]}


@dataclass(frozen=True)
class CheckinResult:
    receipt: bytes
    applied: list[str]
    unchanged: list[str]
    skipped: list[str]
    numbers: dict[str, str]
    conflicts_decided: int


def apply_checkin(uow: UnitOfWork, actor: Actor, store, data: bytes,
                  choices: dict[str, dict[str, str]] | None = None,
                  today: date | None = None) -> CheckinResult:
    """Take a check-in file: every case merged (every conflict decided in ``choices``:
    check-out id -> {conflict key -> "laptop" | "server"}), new petitions numbered, the
    laptop's audit entries added, both versions kept. One transaction; a receipt for
    the laptop."""
    require(actor.role, Action.CHECK_OUT_CASES)
    session = uow.session
    payload, rows = _open_checkin(session, store, data)
    by_id = {str(row.id): row for row in rows}
    ids = [item["id"] for item in payload["cases"]] + list(payload.get("quotas", []))
    if all(by_id[i].state == RETURNED for i in ids if i in by_id):
        # Taken in before (and its receipt perhaps lost): nothing changes, the receipt is
        # written again so that the laptop can let the cases go.
        numbers = {}
        for item in payload.get("new_cases", []):
            case_id = exchange.case_ids(item["current"]).get(item["number"])
            case = session.get(Case, case_id) if case_id is not None else None
            if case is not None:
                numbers[item["number"]] = case.number
        receipt = sealed.seal(RECEIPT_KIND, {
            "device_id": payload["device_id"], "returned": ids, "numbers": numbers},
            sender=sealed.Keys.of_store(store),
            recipient=sealed.PublicKeys.parse(rows[0].device_key))
        return CheckinResult(receipt, [], [], [item["number"] for item in payload["cases"]],
                             numbers, 0)
    choices = choices or {}
    applied, unchanged, skipped, returned = [], [], [], []
    decided = 0
    device = rows[0].device_name if rows else ""
    for item in payload["cases"]:
        row = by_id[item["id"]]
        if row.state == RETURNED:
            skipped.append(item["number"])
            returned.append(item["id"])
            continue
        case = session.get(Case, row.case_id)
        elsewhere = session.execute(select(Checkout).where(
            Checkout.case_id == case.id, Checkout.state == OUT,
            Checkout.id != row.id)).scalar()
        if elsewhere is not None:
            raise DomainError(_N(
                "DomainError", "Case {number} was released from this laptop and is now "
                               "checked out to the laptop “{device}” until {until}. Check it "
                               "in from there first, then take this file again. Nothing was "
                               "changed."),
                number=case.number, device=elsewhere.device_name, until=elsewhere.due_on)
        server_doc = exchange.writer_document(session, [case])
        base = json.loads(row.base_document)
        laptop = item["current"]
        merged, conflicts = merging.merge(_comparable(base), _comparable(laptop),
                                          _comparable(server_doc), choices.get(item["id"]))
        # Every value both sides changed, for the history (both values and which one was
        # kept): the merge without the choices, when there were any.
        conflicts_seen = merging.merge(_comparable(base), _comparable(laptop),
                                       _comparable(server_doc))[1] \
            if choices.get(item["id"]) else conflicts
        if conflicts:
            raise CheckinConflicts(_N(
                "DomainError", "Case {number}: {count} values were changed both on the "
                               "laptop and at the office. Choose which to keep for each, "
                               "then check in again. Nothing was changed."),
                number=case.number, count=len(conflicts))
        decided += len(choices.get(item["id"], {}))
        # The record first: the guard lets a returned case be written.
        previous_state = row.state
        row.state, row.closed_at, row.closed_by_id = RETURNED, _now(), actor.user_id
        session.flush()
        wanted = {**laptop, "cases": merged["cases"]}
        counts = {"inserted": 0, "updated": 0, "deleted": 0}
        if _comparable(wanted) != _comparable(server_doc):
            counts = exchange.replace_case(session, server_doc, wanted, source="check-in")
            applied.append(case.number)
        else:
            unchanged.append(case.number)
        for kind, document in (("server", server_doc), ("laptop", laptop)):
            session.add(CaseVersion(case_id=case.id, checkout_id=row.id, kind=kind,
                                    user_id=actor.user_id, digest=_digest(document),
                                    document=json.dumps(document, ensure_ascii=False,
                                                        sort_keys=True)))
        if choices.get(item["id"]):
            session.add(CaseVersion(case_id=case.id, checkout_id=row.id, kind="merged",
                                    user_id=actor.user_id, digest=_digest(wanted),
                                    document=json.dumps(wanted, ensure_ascii=False,
                                                        sort_keys=True)))
        uow.audit(actor, "case.checkin", entity="case", entity_id=case.id, case_id=case.id,
                  new={"number": case.number, "device": device, "checkout": row.id,
                       "was": previous_state, "rows": counts,
                       "conflicts": _decided(conflicts_seen, choices.get(item["id"], {}))})
        returned.append(item["id"])
    numbers = _take_new_cases(uow, actor, payload, by_id, device, today)
    _append_laptop_audit(uow, actor, payload, device, numbers)
    for quota_id in payload.get("quotas", []):
        row = by_id.get(quota_id)
        if row is not None and row.state != RETURNED:
            row.state, row.closed_at, row.closed_by_id = RETURNED, _now(), actor.user_id
            row.quota_used = len(numbers)
        returned.append(quota_id)
    session.flush()
    receipt = sealed.seal(RECEIPT_KIND, {
        "device_id": payload["device_id"], "returned": returned, "numbers": numbers},
        sender=sealed.Keys.of_store(store),
        recipient=sealed.PublicKeys.parse(rows[0].device_key))
    uow.commit()
    return CheckinResult(receipt, applied, unchanged, skipped, numbers, decided)


def _decided(conflicts: list[merging.Conflict], chosen: dict[str, str]) -> list[dict]:
    """Each value both sides changed: where, both values, and which one was kept."""
    def value(v):
        return None if v is merging.MISSING else v

    return [{"field": c.key, "laptop": value(c.laptop), "office": value(c.server),
             "kept": chosen.get(c.key, "")} for c in conflicts]


def _take_new_cases(uow: UnitOfWork, actor: Actor, payload: dict, by_id: dict,
                    device: str, today: date | None) -> dict[str, str]:
    """Number the laptop's new petitions for good and import them."""
    session = uow.session
    numbers: dict[str, str] = {}
    new_cases = payload.get("new_cases", [])
    if not new_cases:
        return numbers
    if not any(by_id.get(q) is not None for q in payload.get("quotas", [])):
        raise DomainError(sealed._WRONG_SENDER)
    region = profile(session).region_code
    for item in new_cases:
        provisional = item["number"]
        exists = exchange.case_ids(item["current"]).get(provisional)
        if exists is not None and session.get(Case, exists) is not None:
            continue  # taken in by an earlier check-in of the same file
        year = CaseNumber.parse(provisional).year
        permanent = next_case_number(uow, region, year)
        text = json.dumps(item["current"], ensure_ascii=False)
        document = json.loads(text.replace(provisional, permanent))
        document["commission"]["region_code"] = region
        exchange.import_document(uow, actor, document, source=f"laptop {device}",
                                 commit=False, audit_action="case.checkin_new")
        numbers[provisional] = permanent
    return numbers


def _append_laptop_audit(uow: UnitOfWork, actor: Actor, payload: dict, device: str,
                         numbers: dict[str, str]) -> None:
    """The laptop's audit entries, into the office's chain: each with its original time,
    user, action and values, and where it was made."""
    session = uow.session
    users = dict(session.execute(select(User.username, User.id)).all())
    entries = []
    for entry in payload.get("audit", []):
        case_id = uuid.UUID(entry["case_id"]) if entry.get("case_id") else None
        if case_id is not None and session.get(Case, case_id) is None:
            case_id = None
        new = json.loads(entry["new"]) if entry.get("new") else {}
        old = json.loads(entry["old"]) if entry.get("old") else {}
        new = {"offline": {"device": device, "at": entry["at"], "seq": entry["seq"],
                           "user": entry["username"]}, **(new if isinstance(new, dict)
                                                          else {"value": new})}
        if isinstance(new.get("number"), str) and new["number"] in numbers:
            new["number"] = numbers[new["number"]]
        entries.append({"entity": entry["entity"], "entity_id": entry["entity_id"],
                        "case_id": case_id, "old": old if isinstance(old, dict) else
                        {"value": old}, "new": new, "_user": entry["username"],
                        "_action": entry["action"]})
    for item in entries:
        user = item.pop("_user")
        action = item.pop("_action")
        who = Actor(users.get(user), user, "") if user in users else actor
        uow.audit(who, action[:64], **item)


# ---------------------------------------------------------------------------
# back on the laptop


@dataclass(frozen=True)
class Finished:
    removed: list[str]
    numbers: dict[str, str]


def finish_checkin(uow: UnitOfWork, actor: Actor, store, data: bytes) -> Finished:
    """Take the office's receipt: the cases it has back are removed from this laptop."""
    session = uow.session
    link = _link(session)
    if link is None:
        raise DomainError(sealed._WRONG_SENDER)
    opened = sealed.unseal(data, kind=RECEIPT_KIND, recipient=sealed.Keys.of_store(store),
                           sender=sealed.PublicKeys.parse(link["keys"]))
    returned = set(opened.payload.get("returned", []))
    numbers = dict(opened.payload.get("numbers", {}))
    removed = []
    held = list(session.execute(select(Checkout).where(Checkout.state == HELD)).scalars())
    cases_out = {row.case_id for row in held if row.case_id is not None}
    for row in held:
        if str(row.id) not in returned:
            continue
        case = session.get(Case, row.case_id) if row.case_id is not None else None
        row.state, row.closed_at, row.case_id = RETURNED, _now(), None
        session.flush()  # the record no longer points at the case it hands back
        if case is not None:
            number = case.number
            exchange.delete_case(session, exchange.writer_document(session, [case]))
            removed.append(number)
    if numbers:
        for case in list(session.execute(select(Case)).scalars()):
            if case.id not in cases_out and case.number in numbers:
                number = case.number
                exchange.delete_case(session, exchange.writer_document(session, [case]))
                removed.append(number)
    session.flush()
    uow.audit(actor, "checkout.returned", entity="checkout",
              new={"removed": removed, "numbers": numbers})
    uow.commit()
    return Finished(removed, numbers)


