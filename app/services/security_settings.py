"""Security settings kept in the database: how long an idle Pana stays unlocked."""

from __future__ import annotations

from app.db.audit import Actor
from app.db.uow import UnitOfWork
from app.domain.errors import FieldMessage, ValidationError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.domain.permissions import Action, require
from app.services.settings import change_setting, get_setting

IDLE_MINUTES = "security.idle_minutes"
DEFAULT_IDLE_MINUTES = 10
IDLE_MINUTES_RANGE = (1, 240)


def idle_minutes(uow: UnitOfWork) -> int:
    """Minutes without keyboard or mouse input after which the screen locks."""
    value = get_setting(uow.session, IDLE_MINUTES, DEFAULT_IDLE_MINUTES)
    low, high = IDLE_MINUTES_RANGE
    # A value outside the range was not written by ``set_idle_minutes``: keep the default.
    if type(value) is not int or not low <= value <= high:
        return DEFAULT_IDLE_MINUTES
    return value


def set_idle_minutes(uow: UnitOfWork, actor: Actor, minutes: int) -> None:
    """Set the idle time before the screen locks (administrators, 1–240 minutes)."""
    require(actor.role, Action.EDIT_SETTINGS)
    low, high = IDLE_MINUTES_RANGE
    if type(minutes) is not int or not low <= minutes <= high:
        raise ValidationError({f"setting.{IDLE_MINUTES}": FieldMessage(
            _N("Validation", "give a whole number of minutes from {low} to {high}."),
            low=low, high=high)})
    change_setting(uow, actor, IDLE_MINUTES, minutes)
