"""The audit trail of the screen lock: when a user's Pana was locked and unlocked.

Unlocking checks the password through ``accounts.authenticate`` (which also
counts failed attempts towards the account's lockout); these entries only
record that the screen was locked and opened again.
"""

from __future__ import annotations

from app.db.audit import Actor
from app.db.uow import UnitOfWork

#: Why the screen was locked, as recorded.
IDLE = "idle"
BY_USER = "by_user"


def record_lock(uow: UnitOfWork, actor: Actor, reason: str) -> None:
    uow.audit(actor, "user.lock", entity="user", entity_id=actor.user_id,
              new={"reason": reason})
    uow.commit()


def record_unlock(uow: UnitOfWork, actor: Actor) -> None:
    uow.audit(actor, "user.unlock", entity="user", entity_id=actor.user_id)
    uow.commit()
