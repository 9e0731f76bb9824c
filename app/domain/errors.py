"""Errors the domain and the services raise for a person to read.

Each carries an English template plus parameters; ``str(error)`` gives the
English text, and the UI can translate ``error.template`` in ``error.context``
before formatting it with ``error.params``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


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

    ``errors`` maps a field path (e.g. ``applicant.birth_date``) to a message.
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
