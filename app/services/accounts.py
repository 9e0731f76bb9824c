"""Accounts: logging in, adding users, passwords, roles, disabling, recovery.

A user's password unwraps their key slot; the database cannot be opened
without one. So user changes touch two places: the ``users`` table (role,
state, audit) and the key file (the slot, and the login guard: failure
counters, lockout and the failed attempts waiting for the audit log).

Changes that take access away write the database first and the key file
after; so do changes that grant it, so that a failure between the two leaves
an account without access rather than with access it should not have.
"""

from __future__ import annotations

import unicodedata
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import select

from app.db.audit import SYSTEM, Actor
from app.db.keyfile import (
    MAX_FAILED_LOGINS_RANGE,
    KeyFile,
    format_recovery_key,
    parse_recovery_key,
)
from app.db.models import User
from app.db.server import ServerStore, is_server_location
from app.db.store import Store, StorePaths, load_keyfile
from app.db.uow import UnitOfWork
from app.domain import validation as v
from app.domain.errors import AuthenticationError, FieldMessage, NotFound, ValidationError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.domain.permissions import Action
from app.domain.vocab import Role
from app.services.common import require_recorded, user_by_name

#: The setting kept in the key file's header (the database is closed when it is needed).
MAX_FAILED_LOGINS_SETTING = "security.max_failed_logins"

#: Who acts when the recovery key opens the database.
RECOVERY = Actor(None, "recovery", Role.ADMIN.value)


@dataclass(frozen=True)
class UserInfo:
    username: str
    display_name: str
    role: str
    disabled: bool
    language: str
    last_login_at: datetime | None
    locked_until: datetime | None = None  # set while the account waits after failed logins
    failed_attempts: int = 0  # consecutive failed logins since the last success


@dataclass(frozen=True)
class RecoveryReset:
    """What ``reset_with_recovery_key`` did."""

    username: str
    enabled_again: bool
    was_locked: bool


def _info(user: User, keyfile: KeyFile | None = None) -> UserInfo:
    state = keyfile.login_state(user.username) if keyfile is not None else None
    return UserInfo(user.username, user.display_name, user.role, user.disabled, user.language,
                    user.last_login_at, state.locked_until if state else None,
                    state.failures if state else 0)


def _min_password(store: Store) -> int:
    return v.DEMO_MIN_PASSWORD if store.keyfile.demo else v.MIN_PASSWORD


def _account(session, username: object) -> User:
    """The account named exactly ``username``. A name no account can have (not text, too
    long, or holding characters that cannot be stored) is not looked up at all."""
    if not (isinstance(username, str) and 0 < len(username) <= 64
            and not any(unicodedata.category(ch) == "Cs" for ch in username)):
        raise NotFound(_N("DomainError", "There is no user “{name}”."), name=v.shown(username))
    return user_by_name(session, username)


def actor_for(user: User) -> Actor:
    return Actor(user.id, user.username, user.role)


# ---------------------------------------------------------------------------
# logging in


def typed_credentials(username: object, password: object) -> tuple[str, str]:
    """A username and password as typed, made safe to derive keys from, queue and audit.

    A character that cannot be encoded (a lone surrogate) becomes U+FFFD, which no
    username holds; so the attempt simply fails, and is counted and audited like any
    wrong password. A username is read no further than any can be long.
    """
    def encodable(value: object, limit: int) -> str:
        text = value[:limit] if isinstance(value, str) else ""
        if text.isascii():
            return text
        return "".join("\ufffd" if unicodedata.category(ch) == "Cs" else ch for ch in text)

    return encodable(username, 100), encodable(password, 4096)


def authenticate(store: Store, username: str, password: str) -> Actor:
    """Check the password against the user's slot and the account's state.

    Used when the store is already open (re-entering the password to approve
    or to unlock) — the same generic message and the same lockout as at login.
    """
    username, password = typed_credentials(username, password)
    store.keyfile.unlock(username, password)
    return _finish_login(store, username)


def _finish_login(store: Store, username: str) -> Actor:
    with store.uow() as uow:
        written = _audit_failed_attempts(uow, store)
        user = uow.session.execute(select(User).where(User.username == username)).scalar()
        if user is None or user.disabled:
            raise AuthenticationError(_N("DomainError", "Unknown user or wrong password."))
        user.last_login_at = datetime.now(UTC)
        actor = actor_for(user)
        uow.audit(actor, "user.login", entity="user", entity_id=user.id)
        uow.commit()
    _forget_failed_attempts(store, written)
    return actor


def _audit_failed_attempts(uow: UnitOfWork, store: Store) -> tuple[set[str], int]:
    """Write the failed logins waiting in the key file into the audit log, oldest first."""
    attempts, dropped = store.keyfile.failed_attempts(store.db_key)
    if dropped:
        uow.audit(SYSTEM, "user.login_failed", entity="user",
                  new={"earlier_attempts_not_kept": dropped})
    # What was typed as the username is kept, but only as text the audit log can hold
    # (a queue written by an older Pana may hold a lone surrogate or a pasted page).
    typed = {a.attempt_id: typed_credentials(a.username or "", "")[0] for a in attempts}
    names = {name for name in typed.values() if name}
    ids = {user.username: user.id for user in uow.session.execute(
        select(User).where(User.username.in_(names))).scalars()} if names else {}
    for attempt in attempts:
        username = typed[attempt.attempt_id] if attempt.username is not None else None
        details: dict[str, object] = {"username": username, "reason": attempt.reason,
                                      "attempted_at": attempt.at}
        if attempt.failures is not None:
            details["consecutive_failures"] = attempt.failures
        if attempt.locked_until is not None:
            details["locked_until"] = attempt.locked_until
        uow.audit(SYSTEM, f"user.{attempt.event}", entity="user",
                  entity_id=ids.get(username or "", ""), new=details)
    return {a.attempt_id for a in attempts}, dropped


def _forget_failed_attempts(store: Store, written: tuple[set[str], int]) -> None:
    ids, dropped = written
    if ids or dropped:
        # After the commit: a crash in between writes them twice rather than never.
        with store.keyfile.updating():
            store.keyfile.forget_attempts(ids, dropped)


def login(data_dir, username: str, password: str) -> tuple[Store, Actor]:
    username, password = typed_credentials(username, password)
    if is_server_location(data_dir):
        store = ServerStore.open(str(data_dir), username, password)
    else:
        store = Store.open(data_dir, username, password)
    try:
        return store, _finish_login(store, username)
    except Exception:
        store.close()
        raise


# ---------------------------------------------------------------------------
# managing accounts


# Changes to an account that touch both the key file and the database write the key
# file first, inside the database transaction: a full disk or a read-only folder stops
# the key file (it writes a new file), and the transaction then rolls back. The other
# order left an account in the database without a password slot, or an audit entry of
# a password change that never happened.


def add_user(store: Store, actor: Actor, username: str, role: str, password: str,
             display_name: str = "", language: str = "ru") -> UserInfo:
    require_recorded(store, actor, Action.MANAGE_USERS)
    errors = v.Collector()
    name = errors.check(v.username, username)
    role_value = errors.check(v.choice, role, Role, "role")
    errors.check(v.password, password, min_length=_min_password(store))
    display = errors.check(v.text, display_name, "display_name", max_len=200)
    if language not in ("kk", "ru", "en"):
        errors.add("language", FieldMessage(_N("Validation", "choose kk, ru or en.")))
    errors.raise_if_any()
    with store.uow() as uow:
        if uow.session.execute(select(User).where(User.username == name)).scalar():
            raise ValidationError({"username": FieldMessage(
                _N("Validation", "the user “{name}” already exists."), name=v.shown(name))})
        user = User(id=uuid.uuid4(), username=name, role=role_value.value,
                    display_name=display or name, language=language,
                    password_changed_at=datetime.now(UTC))
        uow.session.add(user)
        uow.session.flush()
        uow.audit(actor, "user.add", entity="user", entity_id=user.id,
                  new={"username": name, "role": role_value.value, "display_name": user.display_name})
        info = _info(user)
        with store.keyfile.updating():  # the key file first: see above add_user
            store.keyfile.set_user_password(name, password, store.db_key)
        uow.commit()
    return info


def change_password(store: Store, actor: Actor, username: str, new_password: str) -> None:
    """A user changes their own password, or an admin resets another's."""
    if actor.username != username:
        require_recorded(store, actor, Action.MANAGE_USERS)
    v.password(new_password, "new_password", min_length=_min_password(store))
    with store.uow() as uow:
        user = _account(uow.session, username)
        if user.disabled:
            raise ValidationError({"username": FieldMessage(
                _N("Validation", "the user “{name}” is disabled."), name=v.shown(username))})
        user.password_changed_at = datetime.now(UTC)
        uow.audit(actor, "user.password", entity="user", entity_id=user.id)
        with store.keyfile.updating():  # the key file first: see above add_user
            store.keyfile.set_user_password(username, new_password, store.db_key)
        uow.commit()


def reset_password(store: Store, actor: Actor, username: str, new_password: str) -> None:
    """An administrator sets a new password for another user; their lockout ends.

    The new slot wraps the open store's key, so the old password is not needed.
    A disabled account is enabled with ``enable_user`` instead: a slot must not
    open the database for somebody the commission has shut out.
    """
    require_recorded(store, actor, Action.MANAGE_USERS)
    v.password(new_password, "new_password", min_length=_min_password(store))
    store.keyfile.reload()
    state = store.keyfile.login_state(username)
    with store.uow() as uow:
        user = _account(uow.session, username)
        if user.disabled:
            raise ValidationError({"username": FieldMessage(
                _N("Validation", "the user “{name}” is disabled; enable the account with a new "
                                 "password instead."), name=v.shown(username))})
        user.password_changed_at = datetime.now(UTC)
        uow.audit(actor, "user.reset_password", entity="user", entity_id=user.id,
                  old={"consecutive_failures": state.failures,
                       "locked_until": state.locked_until})
        with store.keyfile.updating():  # the key file first: see above add_user
            store.keyfile.set_user_password(username, new_password, store.db_key)
        uow.commit()


def set_role(store: Store, actor: Actor, username: str, role: str) -> None:
    """Change a user's role; the last enabled administrator stays one.

    The new role applies from the user's next login: a session already open
    keeps the role it started with.
    """
    require_recorded(store, actor, Action.MANAGE_USERS)
    new_role = v.choice(role, Role, "role")
    with store.uow() as uow:
        user = _account(uow.session, username)
        old_role = user.role
        if old_role == new_role.value:
            return
        if old_role == Role.ADMIN.value and not user.disabled:
            _check_not_last_admin(uow, "role")
        user.role = new_role.value
        uow.audit(actor, "user.role", entity="user", entity_id=user.id,
                  old={"role": old_role}, new={"role": new_role.value})
        uow.commit()


def _check_not_last_admin(uow: UnitOfWork, field_name: str) -> None:
    admins = uow.session.execute(select(User.id).where(
        User.role == Role.ADMIN.value, ~User.disabled)).scalars().all()
    if len(admins) <= 1:
        raise ValidationError({field_name: FieldMessage(
            _N("Validation", "this is the last administrator; make another account an "
                             "administrator first."))})


def disable_user(store: Store, actor: Actor, username: str) -> None:
    """Disable the account and remove its key slot, so the password opens nothing."""
    require_recorded(store, actor, Action.MANAGE_USERS)
    if username == actor.username:
        raise ValidationError({"username": FieldMessage(
            _N("Validation", "you cannot disable your own account."))})
    with store.uow() as uow:
        user = _account(uow.session, username)
        if user.role == Role.ADMIN and not user.disabled:
            _check_not_last_admin(uow, "username")
        user.disabled = True
        uow.audit(actor, "user.disable", entity="user", entity_id=user.id,
                  old={"disabled": False}, new={"disabled": True})
        with store.keyfile.updating():  # the key file first: see above add_user
            store.keyfile.remove_user(username)
        uow.commit()


def enable_user(store: Store, actor: Actor, username: str, new_password: str) -> None:
    """Enable a disabled account again, with a new password.

    Disabling removed the account's key slot (its old password opens nothing
    any more), so enabling needs a new password to make a new slot.
    """
    require_recorded(store, actor, Action.MANAGE_USERS)
    v.password(new_password, "new_password", min_length=_min_password(store))
    with store.uow() as uow:
        user = _account(uow.session, username)
        if not user.disabled:
            raise ValidationError({"username": FieldMessage(
                _N("Validation", "the user “{name}” is not disabled."), name=v.shown(username))})
        user.disabled = False
        user.password_changed_at = datetime.now(UTC)
        uow.audit(actor, "user.enable", entity="user", entity_id=user.id,
                  old={"disabled": True}, new={"disabled": False})
        with store.keyfile.updating():  # the key file first: see above add_user
            store.keyfile.set_user_password(username, new_password, store.db_key)
        uow.commit()


def list_users(store: Store, actor: Actor) -> list[UserInfo]:
    """Every account, with its lockout state as the key file holds it now."""
    require_recorded(store, actor, Action.MANAGE_USERS)
    store.keyfile.reload()
    with store.uow(readonly=True) as uow:
        return [_info(u, store.keyfile) for u in uow.session.execute(
            select(User).order_by(User.username)).scalars()]


# ---------------------------------------------------------------------------
# the login guard's setting


def max_failed_logins(store: Store) -> int:
    store.keyfile.reload()
    return store.keyfile.max_failed_logins


def set_max_failed_logins(store: Store, actor: Actor, value: int) -> None:
    """How many consecutive failed logins an account may have before it must wait.

    Kept in the key file, which is read before the database can be opened.
    """
    require_recorded(store, actor, Action.EDIT_SETTINGS)
    low, high = MAX_FAILED_LOGINS_RANGE
    if type(value) is not int or not low <= value <= high:
        raise ValidationError({MAX_FAILED_LOGINS_SETTING: FieldMessage(
            _N("Validation", "must be a whole number from {low} to {high}."), low=low, high=high)})
    old = max_failed_logins(store)
    if old == value:
        return
    with store.uow() as uow:
        uow.audit(actor, "setting.change", entity="setting", entity_id=MAX_FAILED_LOGINS_SETTING,
                  old={MAX_FAILED_LOGINS_SETTING: old}, new={MAX_FAILED_LOGINS_SETTING: value})
        with store.keyfile.updating():  # the key file first: see above add_user
            store.keyfile.set_max_failed_logins(value)
        uow.commit()


# ---------------------------------------------------------------------------
# the recovery key


def reset_with_recovery_key(data_dir: Path, recovery_key: str, username: str,
                            new_password: str) -> RecoveryReset:
    """Open the database with the recovery key and give ``username`` a new password.

    Enables the account if it was disabled and ends its lockout. A wrong
    recovery key, an invalid password or an unknown user change nothing.
    """
    if is_server_location(data_dir):  # a commission server: its accounts are in it
        server = ServerStore.open_with_key(str(data_dir), b"")
        try:
            keyfile = server.keyfile
            db_key = keyfile.unlock_with_recovery(recovery_key)
            v.password(new_password, "new_password",
                       min_length=v.DEMO_MIN_PASSWORD if keyfile.demo else v.MIN_PASSWORD)
        finally:
            server.close()
        store = ServerStore.open_with_key(str(data_dir), db_key)
        keyfile = store.keyfile
    else:
        paths = StorePaths(Path(data_dir))
        keyfile = load_keyfile(paths)
        db_key = keyfile.unlock_with_recovery(recovery_key)
        v.password(new_password, "new_password",
                   min_length=v.DEMO_MIN_PASSWORD if keyfile.demo else v.MIN_PASSWORD)
        store = Store.open_with_key(paths, keyfile, db_key)
    try:
        keyfile.reload()
        was_locked = keyfile.login_state(username).locked_until is not None
        with store.uow() as uow:
            written = _audit_failed_attempts(uow, store)
            user = _account(uow.session, username)
            enabled_again = user.disabled
            user.disabled = False
            user.password_changed_at = datetime.now(UTC)
            uow.audit(RECOVERY, "user.reset", entity="user", entity_id=user.id,
                      old={"disabled": enabled_again, "locked": was_locked},
                      new={"disabled": False, "locked": False})
            with keyfile.updating():  # the key file first: see above add_user
                keyfile.set_user_password(username, new_password, db_key)
            uow.commit()
        _forget_failed_attempts(store, written)
    finally:
        store.close()
    return RecoveryReset(username, enabled_again, was_locked)


def recovery_sheet(store: Store, actor: Actor, recovery_key: str, *, language: str = "ru",
                   made_on: date | None = None) -> bytes:
    """The printable recovery sheet (PDF) for this database.

    The key is checked against the recovery slot first, so a mistyped key is
    never printed. Printing is audited; the key is not.
    """
    from app.documents.recovery import RecoverySheet, render_recovery_sheet
    from app.services.settings import profile

    require_recorded(store, actor, Action.MANAGE_USERS)
    if store.keyfile.unlock_with_recovery(recovery_key) != store.db_key:
        raise AuthenticationError(_N("DomainError",
                                     "The recovery key does not open this database."))
    recovery_key = format_recovery_key(parse_recovery_key(recovery_key))
    with store.uow() as uow:
        commission = profile(uow.session)
        sheet = RecoverySheet(commission=commission.name, region=commission.region_code,
                              db_id=store.keyfile.db_id, recovery_key=recovery_key,
                              made_on=made_on or date.today())
        uow.audit(actor, "recovery.sheet", entity="store", entity_id=store.keyfile.db_id,
                  new={"language": language})
        pdf = render_recovery_sheet(sheet, language)
        uow.commit()
    return pdf
