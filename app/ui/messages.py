"""Turning errors into text a person can act on, in the interface language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.domain.errors import DomainError, ValidationError


def error_text(exc: BaseException) -> str:
    from app.ui.tasks import ExpectedFailure

    if isinstance(exc, ExpectedFailure):
        return exc.message
    if isinstance(exc, ValidationError):
        return "\n".join(f"{field}: {message}" for field, message in exc.errors.items())
    if isinstance(exc, DomainError):
        template = QCoreApplication.translate(exc.context, exc.template)
        try:
            return template.format(**exc.params)
        except (KeyError, IndexError, ValueError):
            return exc.message
    incident = getattr(exc, "pana_incident", None)
    if incident:
        return QCoreApplication.translate(
            "Errors", "Something went wrong inside Pana (incident {id}); this was not done. "
                      "What you typed is still here; try again, and if it happens again tell "
                      "your administrator the incident number.").format(id=incident)
    return QCoreApplication.translate(
        "Errors", "Something went wrong inside Pana. Your data is safe; please report this "
                  "to your administrator with the time it happened.")
