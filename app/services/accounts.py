"""Accounts: logging in, adding users, passwords, disabling.

A user's password unwraps their key slot; the database cannot be opened
without one. So user changes touch two places: the ``users`` table (role,
state, audit) and the key file (the slot).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select

from app.db.audit import Actor
from app.db.keyfile import DEFAULT_KDF
from app.db.models import User
from app.db.store import Store
from app.domain import validation as v
from app.domain.errors import AuthenticationError, ValidationError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.domain.permissions import Action, require
from app.domain.vocab import Role
from app.services.common import user_by_name


@dataclass(frozen=True)
class UserInfo:
    username: str
    display_name: str
    role: str
    disabled: bool
    language: str
    last_login_at: datetime | None


def _info(user: User) -> UserInfo:
    return UserInfo(user.username, user.display_name, user.role, user.disabled, user.language,
                    user.last_login_at)


def _min_password(store: Store) -> int:
    return v.DEMO_MIN_PASSWORD if store.keyfile.demo else v.MIN_PASSWORD


def actor_for(user: User) -> Actor:
    return Actor(user.id, user.username, user.role)


def authenticate(store: Store, username: str, password: str) -> Actor:
    """Check the password against the user's slot and the account's state.

    Used when the store is already open (re-entering the password to approve
    or to unlock) — the same generic message as at login.
    """
    store.keyfile.unlock(username, password)
    return _finish_login(store, username, password)


def _finish_login(store: Store, username: str, password: str) -> Actor:
    with store.uow() as uow:
        user = uow.session.execute(select(User).where(User.username == username)).scalar()
        if user is None or user.disabled:
            raise AuthenticationError(_N("DomainError", "Unknown user or wrong password."))
        user.last_login_at = datetime.now(UTC)
        actor = actor_for(user)
        uow.audit(actor, "user.login", entity="user", entity_id=user.id)
        uow.commit()
    params = store.keyfile.slot_params(username)
    if params is not None and params.is_weaker_than(DEFAULT_KDF):
        # The cost was raised since this password was set: rewrap with the new cost.
        store.keyfile.set_user_password(username, password, store.db_key)
        store.keyfile.save()
    return actor


def login(data_dir, username: str, password: str) -> tuple[Store, Actor]:
    store = Store.open(data_dir, username, password)
    try:
        return store, _finish_login(store, username, password)
    except Exception:
        store.close()
        raise


def add_user(store: Store, actor: Actor, username: str, role: str, password: str,
             display_name: str = "", language: str = "ru") -> UserInfo:
    require(actor.role, Action.MANAGE_USERS)
    errors = v.Collector()
    name = errors.check(v.username, username)
    role_value = errors.check(v.choice, role, Role, "role")
    errors.check(v.password, password, min_length=_min_password(store))
    display = errors.check(v.text, display_name, "display_name", max_len=200)
    if language not in ("kk", "ru", "en"):
        errors.add("language", "choose kk, ru or en.")
    errors.raise_if_any()
    with store.uow() as uow:
        if uow.session.execute(select(User).where(User.username == name)).scalar():
            raise ValidationError({"username": f"the user “{name}” already exists."})
        user = User(id=uuid.uuid4(), username=name, role=role_value.value,
                    display_name=display or name, language=language,
                    password_changed_at=datetime.now(UTC))
        uow.session.add(user)
        uow.session.flush()
        uow.audit(actor, "user.add", entity="user", entity_id=user.id,
                  new={"username": name, "role": role_value.value, "display_name": user.display_name})
        info = _info(user)
        uow.commit()
    store.keyfile.set_user_password(name, password, store.db_key)
    store.keyfile.save()
    return info


def change_password(store: Store, actor: Actor, username: str, new_password: str) -> None:
    """A user changes their own password, or an admin resets another's."""
    if actor.username != username:
        require(actor.role, Action.MANAGE_USERS)
    v.password(new_password, "new_password", min_length=_min_password(store))
    with store.uow() as uow:
        user = user_by_name(uow.session, username)
        if user.disabled:
            raise ValidationError({"username": f"the user “{username}” is disabled."})
        user.password_changed_at = datetime.now(UTC)
        uow.audit(actor, "user.password", entity="user", entity_id=user.id)
        uow.commit()
    store.keyfile.set_user_password(username, new_password, store.db_key)
    store.keyfile.save()


def disable_user(store: Store, actor: Actor, username: str) -> None:
    """Disable the account and remove its key slot, so the password opens nothing."""
    require(actor.role, Action.MANAGE_USERS)
    if username == actor.username:
        raise ValidationError({"username": "you cannot disable your own account."})
    with store.uow() as uow:
        user = user_by_name(uow.session, username)
        if user.role == Role.ADMIN:
            admins = uow.session.execute(select(User).where(
                User.role == Role.ADMIN.value, ~User.disabled)).scalars().all()
            if len(admins) <= 1:
                raise ValidationError({"username": "this is the last administrator."})
        user.disabled = True
        uow.audit(actor, "user.disable", entity="user", entity_id=user.id,
                  old={"disabled": False}, new={"disabled": True})
        uow.commit()
    store.keyfile.remove_user(username)
    store.keyfile.save()


def list_users(store: Store, actor: Actor) -> list[UserInfo]:
    require(actor.role, Action.MANAGE_USERS)
    with store.uow(readonly=True) as uow:
        return [_info(u) for u in uow.session.execute(
            select(User).order_by(User.username)).scalars()]
