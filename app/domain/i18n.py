"""Marking strings for translation without depending on Qt.

The domain layer must not import Qt, yet its messages are shown to users in
Kazakh, Russian and English. Strings are marked with ``QT_TRANSLATE_NOOP`` so
that ``pyside6-lupdate`` collects them; the UI translates the template with
``QCoreApplication.translate(context, template)`` and then fills in the
parameters.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
