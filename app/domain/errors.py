"""Errors the domain and the services raise for a person to read.

Each carries an English template plus parameters; ``str(error)`` gives the
English text, and the UI can translate ``error.template`` in ``error.context``
before formatting it with ``error.params``. The messages of a ``ValidationError``
are made the same way, as ``FieldMessage``s (context "Validation").
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Mapping
from typing import Any

from app.domain.i18n import QT_TRANSLATE_NOOP as _N


def _english_param(value: Any) -> str:
    """A parameter as the English text shows it: whole numbers with thousands
    separators (as the messages always wrote them), other numbers with one decimal,
    dates as ISO dates, members of the vocabularies as their value in words ("birth
    certificate")."""
    if isinstance(value, enum.Enum):
        return str(value.value).replace("_", " ")
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):  # sizes in MB: one decimal
        return f"{value:,.1f}"
    if isinstance(value, int):
        try:
            return f"{value:,}"
        except ValueError:  # an integer of thousands of digits
            return "…"
    if isinstance(value, datetime.date):
        return value.isoformat()
    return str(value)


class FieldMessage(str):
    """What is wrong with one field, translatable.

    Made as ``FieldMessage(_N("Validation", "must be at most {limit} characters."),
    limit=300)``. The string itself is the English text, so code and tests that compare
    messages keep working; the UI translates ``template`` in ``context`` and fills in
    ``params`` in the interface locale (``app.ui.messages.field_message_text``). A
    parameter may be another ``FieldMessage``; it is translated too.
    """

    context = "Validation"
    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> FieldMessage:
        try:
            english = template.format(**{k: _english_param(v) for k, v in params.items()})
        except (KeyError, IndexError, ValueError):
            english = template
        self = super().__new__(cls, english)
        self.template = template
        self.params = params
        return self

    @classmethod
    def marked(cls, context: str, text: str) -> FieldMessage:
        """A text marked for translation elsewhere, with ``_N(context, text)``, used as a
        message or as a parameter of one (e.g. the assessment's "Choose the legal basis.")."""
        message = str.__new__(cls, text)
        message.context = context
        message.template = text
        message.params = {}
        return message

    def __reduce__(self):  # pickle and copy keep the template, not just the English text
        return (_rebuild_field_message, (self.context, self.template, self.params))

    def __repr__(self) -> str:
        return f"FieldMessage({str.__repr__(self)})"


def join_messages(messages: list[str]) -> FieldMessage:
    """Several messages (at least one) as one, separated by a space, each translated on
    its own. A plain string among them is shown as it is."""
    parts = [m if isinstance(m, FieldMessage) else FieldMessage.marked("Validation", m)
             for m in messages]
    joined = parts[0]
    for part in parts[1:]:
        joined = FieldMessage(_N("Validation", "{first} {second}"), first=joined, second=part)
    return joined


def _rebuild_field_message(context: str, template: str, params: dict[str, Any]
                           ) -> FieldMessage:
    if context != FieldMessage.context:
        return FieldMessage.marked(context, template)
    return FieldMessage(template, **params)


class DomainError(Exception):
    """A rule of the process was broken; the message says which and what to do."""

    context = "DomainError"

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params: dict[str, Any] = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template


class PermissionDenied(DomainError):
    """The acting user may not do this.

    ``action`` (a ``permissions.Action`` value) or ``step`` (a ``workflow.Step``
    value) names what the *role* was refused; the unit of work audits such a
    refusal as ``access.denied``. Both stay empty when the refusal is about the
    case rather than the role (a frozen case file, the four-eyes rule).
    """

    def __init__(self, template: str, *, refused_action: str = "", refused_step: str = "",
                 **params: Any) -> None:
        self.action = refused_action
        self.step = refused_step
        super().__init__(template, **params)

    @property
    def role_refused(self) -> bool:
        return bool(self.action or self.step)


class TransitionNotAllowed(DomainError):
    """The case is in a state from which this step is not possible."""


class NotFound(DomainError):
    """The record asked for does not exist."""


class ConflictError(DomainError):
    """Somebody else saved a newer version; nothing was overwritten."""

    def __init__(self, template: str, *, entity: str, entity_id: str,
                 expected_version: int, current_version: int | None, **params: Any) -> None:
        self.entity = entity
        self.entity_id = entity_id
        self.expected_version = expected_version
        self.current_version = current_version
        super().__init__(template, entity=entity, **params)


class ValidationError(DomainError):
    """One or more fields hold values that cannot be stored.

    ``errors`` maps a field path (e.g. ``applicant.birth_date``) to a message, a
    ``FieldMessage`` (whose string is the English text).
    """

    def __init__(self, errors: Mapping[str, str], template: str | None = None, **params: Any) -> None:
        self.errors = dict(errors)
        if template is None:
            template = "; ".join(f"{field}: {message}" for field, message in self.errors.items())
            template = template.replace("{", "{{").replace("}", "}}")
        super().__init__(template, **params)


class AuthenticationError(DomainError):
    """Unknown user, wrong password, or an account that may not log in."""


class KeyFileError(DomainError):
    """The key file beside the database is missing, damaged or does not match."""


class StoreError(DomainError):
    """The database cannot be opened or written for a reason in the environment."""
