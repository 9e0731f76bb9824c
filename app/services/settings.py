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
from app.documents.pictures import check_picture
from app.domain import validation as v
from app.domain.deadlines import DeadlineSettings
from app.domain.errors import FieldMessage, NotFound, ValidationError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.domain.numbering import validate_region_code
from app.domain.permissions import Action, require
from app.domain.vocab import Outcome

DEADLINE_PREFIX = "deadline."
#: The longest period a deadline setting may have.
MAX_PERIOD_MONTHS, MAX_PERIOD_DAYS = 120, 365
_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I look-alikes

#: The articles offered by default; an admin edits the list. The titles are English
#: sources: the interface shows them in its language ("LegalBasis"), the letters in the
#: document's (``legal_basis_titles`` in resources/documents/texts); a title an admin
#: typed is shown as typed.
DEFAULT_LEGAL_BASES = [
    ("LR-12", _N("LegalBasis", "Law “On Refugees”, article 12: recognition as a refugee"),
     Outcome.RECOGNISE),
    ("LR-13", _N("LegalBasis", "Law “On Refugees”, article 13: grounds for refusal"),
     Outcome.REFUSE),
    ("LR-13-1", _N("LegalBasis", "Law “On Refugees”, article 13: no well-founded fear of "
                                 "persecution"), Outcome.REFUSE),
    ("LR-12-EXT", _N("LegalBasis", "Law “On Refugees”, article 12: extension of refugee "
                                   "status"), Outcome.RECOGNISE),
    ("LR-14", _N("LegalBasis", "Law “On Refugees”, article 14: termination of the "
                               "examination"), Outcome.CLOSE),
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
    address = errors.check(v.text, data.address, "commission.address", max_len=ADDRESS_MAX,
                           multiline=True)
    signatory = errors.check(v.text, data.signatory_name, "commission.signatory_name",
                             max_len=200)
    title = errors.check(v.text, data.signatory_title, "commission.signatory_title",
                         max_len=200)
    errors.raise_if_any()
    profile = CommissionProfile(name=name, region_code=region, address=address.strip(),
                                signatory_name=signatory, signatory_title=title,
                                is_demo=demo)
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
        raise NotFound(_N("DomainError", "This database has no commission profile; run "
                                         "“pana init”."))
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
    if not isinstance(name, str) or name not in asdict(DeadlineSettings()):
        raise ValidationError({"setting": FieldMessage(
            _N("Validation", "there is no deadline setting “{name}”."), name=v.shown(name))})
    # A period of thousands of years would make every deadline after it impossible to count.
    value = v.non_negative(value, f"setting.{name}",
                           MAX_PERIOD_MONTHS if name.endswith("_months") else MAX_PERIOD_DAYS)
    if value == 0:
        raise ValidationError({f"setting.{name}": FieldMessage(
            _N("Validation", "a period must be at least 1."))})
    change_setting(uow, actor, DEADLINE_PREFIX + name, value)


def store_setting(uow: UnitOfWork, key: str, value: Any) -> Any:
    """Write one setting (as JSON) in the unit of work; returns the value it replaced."""
    row = uow.session.get(Setting, key)
    old = json.loads(row.value) if row is not None else None
    if row is None:
        row = Setting(key=key, value="")
        uow.session.add(row)
    row.value = json.dumps(value)
    return old


def change_setting(uow: UnitOfWork, actor: Actor, key: str, value: Any) -> None:
    """Write one setting, audit the change and commit."""
    old = store_setting(uow, key, value)
    uow.audit(actor, "setting.change", entity="setting", entity_id=key,
              old={key: old}, new={key: value})
    uow.commit()


def legal_bases(session: Session, outcome: str | None = None) -> list[tuple[str, str, str]]:
    query = select(LegalBasis).where(LegalBasis.active).order_by(LegalBasis.code)
    if outcome:
        query = query.where(LegalBasis.outcome == outcome)
    return [(b.code, b.title, b.outcome) for b in session.execute(query).scalars()]


# --------------------------------------------------------------------------
# What printed documents say about the commission, per language

DOCUMENT_PREFIX = "documents."
#: Profile texts a document prints; each may be set per language (kk, ru, en).
DOCUMENT_FIELDS = ("name", "address", "signatory_title", "appeal_court")
DOCUMENT_LANGUAGES = ("kk", "ru", "en")
LETTERHEAD_MAX_BYTES = 1_000_000
#: The commission's address prints on a few lines of the letterhead.
ADDRESS_MAX = 1_000


def document_texts(session: Session) -> dict[str, dict[str, str]]:
    """Per field, the text by language: the settings first, the profile for the rest."""
    prof = profile(session)
    base = {"name": prof.name, "address": prof.address,
            "signatory_title": prof.signatory_title, "appeal_court": ""}
    texts: dict[str, dict[str, str]] = {name: {} for name in DOCUMENT_FIELDS}
    rows = session.execute(
        select(Setting).where(Setting.key.startswith(DOCUMENT_PREFIX))).scalars()
    for row in rows:
        name, _, language = row.key[len(DOCUMENT_PREFIX):].rpartition(".")
        if name in texts and language in DOCUMENT_LANGUAGES and json.loads(row.value):
            texts[name][language] = json.loads(row.value)
    for name, value in base.items():
        if value and "ru" not in texts[name]:
            texts[name]["ru"] = value
    return texts


def set_document_text(uow: UnitOfWork, actor: Actor, key: str, text: str) -> None:
    """Set ``documents.<field>.<language>``, e.g. ``documents.name.kk``; empty clears it."""
    require(actor.role, Action.EDIT_SETTINGS)
    name, _, language = (key.removeprefix(DOCUMENT_PREFIX).rpartition(".")
                         if isinstance(key, str) else ("", "", ""))
    if name not in DOCUMENT_FIELDS or language not in DOCUMENT_LANGUAGES:
        raise ValidationError({"setting": FieldMessage(
            _N("Validation", "there is no setting “{name}”; use documents.<field>.<language> "
                             "with field one of {fields} and language one of {languages}."),
            name=v.shown(key), fields=", ".join(DOCUMENT_FIELDS),
            languages=", ".join(DOCUMENT_LANGUAGES))})
    if name == "address":
        text = v.text(text, "setting." + key, max_len=ADDRESS_MAX, multiline=True).strip()
    else:  # one line of a letterhead, a signature or a sentence of a letter
        text = v.text(text, "setting." + key)
    change_setting(uow, actor, f"{DOCUMENT_PREFIX}{name}.{language}", text)


def set_letterhead(uow: UnitOfWork, actor: Actor, content: bytes | None) -> None:
    """The logo printed at the head of letters: a PNG or JPEG up to 1 MB; None removes it."""
    require(actor.role, Action.EDIT_SETTINGS)
    mime = None
    if content is not None and not isinstance(content, (bytes, bytearray)):
        raise ValidationError({"commission.letterhead": FieldMessage(
            _N("Validation", "the letterhead must be a PNG or JPEG image."))})
    if content is not None:
        content = bytes(content)
        if content.startswith(b"\x89PNG\r\n\x1a\n"):
            mime = "image/png"
        elif content.startswith(b"\xff\xd8\xff"):
            mime = "image/jpeg"
        else:
            raise ValidationError({"commission.letterhead": FieldMessage(
                _N("Validation", "the letterhead must be a PNG or JPEG image."))})
        if len(content) > LETTERHEAD_MAX_BYTES:
            raise ValidationError({"commission.letterhead": FieldMessage(
                _N("Validation", "the image has {size} bytes; the limit is {limit}. Save it "
                                 "smaller and try again."),
                size=len(content), limit=LETTERHEAD_MAX_BYTES)})
        check_picture(content, mime, "commission.letterhead", LETTERHEAD_MAX_BYTES,
                      "letterhead")
    prof = profile(uow.session)
    old = {"letterhead_bytes": len(prof.letterhead or b""), "letterhead_mime": prof.letterhead_mime}
    prof.letterhead, prof.letterhead_mime = content, mime
    uow.audit(actor, "setting.change", entity="commission_profile", entity_id=prof.id, old=old,
              new={"letterhead_bytes": len(content or b""), "letterhead_mime": mime})
    uow.commit()
