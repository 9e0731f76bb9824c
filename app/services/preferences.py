"""A user's own preferences: the interface language Pana opens in for them."""

from __future__ import annotations

from sqlalchemy import select

from app.db.audit import Actor
from app.db.models import User
from app.db.store import Store
from app.domain.errors import FieldMessage, NotFound, ValidationError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N

#: The interface languages a user can choose.
INTERFACE_LANGUAGES = ("kk", "ru", "en")


def _own_account(session, actor: Actor) -> User:
    user = session.execute(select(User).where(User.username == actor.username)).scalar()
    if user is None:
        raise NotFound(_N("DomainError", "Your account “{user}” no longer exists; log in "
                                         "again."), user=actor.username)
    return user


def interface_language(store: Store, actor: Actor) -> str:
    """The language the user last chose for the interface."""
    with store.uow() as uow:
        language = _own_account(uow.session, actor).language
    return language if language in INTERFACE_LANGUAGES else "ru"


def set_interface_language(store: Store, actor: Actor, language: str) -> bool:
    """Remember the interface language for the acting user (their own account only).

    Returns False when nothing changed. Any role may do this for itself; the change is
    audited like other account changes.
    """
    if language not in INTERFACE_LANGUAGES:
        raise ValidationError({"language": FieldMessage(_N("Validation", "choose kk, ru or en."))})
    with store.uow() as uow:
        user = _own_account(uow.session, actor)
        if user.language == language:
            return False
        old = user.language
        user.language = language
        uow.audit(actor, "user.language", entity="user", entity_id=user.id,
                  old={"language": old}, new={"language": language})
        uow.commit()
    return True
