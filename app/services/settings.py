"""Commission settings: the profile, deadline periods and other values."""

from __future__ import annotations

import json
import secrets
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.audit import Actor
from app.db.models import CommissionProfile, LegalBasis, Setting
from app.db.uow import UnitOfWork
from app.domain import validation as v
from app.domain.deadlines import DeadlineSettings
from app.domain.errors import NotFound, ValidationError
from app.domain.numbering import validate_region_code
from app.domain.permissions import Action, require
from app.domain.vocab import Outcome

DEADLINE_PREFIX = "deadline."
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I look-alikes

#: The articles offered by default; an admin edits the list.
DEFAULT_LEGAL_BASES = [
    ("LR-12", "Law “On Refugees”, article 12: recognition as a refugee", Outcome.RECOGNISE),
    ("LR-13", "Law “On Refugees”, article 13: grounds for refusal", Outcome.REFUSE),
    ("LR-13-1", "Law “On Refugees”, article 13: no well-founded fear of persecution",
     Outcome.REFUSE),
    ("LR-12-EXT", "Law “On Refugees”, article 12: extension of refugee status", Outcome.RECOGNISE),
    ("LR-14", "Law “On Refugees”, article 14: termination of the examination", Outcome.CLOSE),
]


def new_certificate_code() -> str:
    """A random verification code: printed on the certificate, checked against the register."""
    return "".join(secrets.choice(_CODE_ALPHABET) for _ in range(10))


@dataclass
class ProfileInput:
    name: str
    region_code: str
    address: str = ""
    signatory_name: str = ""
    signatory_title: str = ""


def create_profile(session: Session, data: ProfileInput, *, demo: bool = False) -> CommissionProfile:
    errors = v.Collector()
    name = errors.check(v.text, data.name, "commission.name", required=True)
    region = errors.check(validate_region_code, data.region_code)
    address = errors.check(v.long_text, data.address, "commission.address")
    errors.raise_if_any()
    profile = CommissionProfile(name=name, region_code=region, address=address,
                                signatory_name=data.signatory_name,
                                signatory_title=data.signatory_title, is_demo=demo)
    session.add(profile)
    for key, value in asdict(DeadlineSettings()).items():
        session.add(Setting(key=DEADLINE_PREFIX + key, value=json.dumps(value)))
    for code, title, outcome in DEFAULT_LEGAL_BASES:
        session.add(LegalBasis(code=code, title=title, outcome=outcome.value))
    session.flush()
    return profile


def profile(session: Session) -> CommissionProfile:
    found = session.execute(select(CommissionProfile)).scalar()
    if found is None:
        raise NotFound("This database has no commission profile; run “pana init”.")
    return found


def commission_region(session: Session) -> str:
    return profile(session).region_code


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    return json.loads(row.value) if row is not None else default


def deadline_settings(session: Session) -> DeadlineSettings:
    rows = session.execute(
        select(Setting).where(Setting.key.startswith(DEADLINE_PREFIX))).scalars()
    return DeadlineSettings.from_mapping(
        {row.key[len(DEADLINE_PREFIX):]: json.loads(row.value) for row in rows})


def set_deadline(uow: UnitOfWork, actor: Actor, name: str, value: int) -> None:
    require(actor.role, Action.EDIT_SETTINGS)
    if name not in asdict(DeadlineSettings()):
        raise ValidationError({"setting": f"there is no deadline setting “{name}”."})
    value = v.non_negative(value, f"setting.{name}")
    if value == 0:
        raise ValidationError({f"setting.{name}": "a period must be at least 1."})
    key = DEADLINE_PREFIX + name
    row = uow.session.get(Setting, key)
    old = json.loads(row.value) if row else None
    if row is None:
        row = Setting(key=key, value="")
        uow.session.add(row)
    row.value = json.dumps(value)
    uow.audit(actor, "setting.change", entity="setting", entity_id=key,
              old={key: old}, new={key: value})
    uow.commit()


def legal_bases(session: Session, outcome: str | None = None) -> list[tuple[str, str, str]]:
    query = select(LegalBasis).where(LegalBasis.active).order_by(LegalBasis.code)
    if outcome:
        query = query.where(LegalBasis.outcome == outcome)
    return [(b.code, b.title, b.outcome) for b in session.execute(query).scalars()]
