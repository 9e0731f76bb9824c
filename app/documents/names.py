"""Which written form of a name a document prints, and how it is written out."""

from __future__ import annotations

from collections.abc import Iterable

from app.documents.model import NameForm
from app.domain.vocab import Script

# The preferred scripts for each document language, best first; after these, any form.
_PREFERENCE: dict[str, tuple[str, ...]] = {
    "kk": (Script.KAZAKH_CYRILLIC, Script.RUSSIAN_CYRILLIC, Script.LATIN),
    "ru": (Script.RUSSIAN_CYRILLIC, Script.KAZAKH_CYRILLIC, Script.LATIN),
    "en": (Script.LATIN, Script.RUSSIAN_CYRILLIC, Script.KAZAKH_CYRILLIC),
}


def written(form: NameForm) -> str:
    """The full name in one form: "Surname Given Patronymic"; Chinese with no spaces."""
    parts = [part.strip() for part in (form.surname, form.given_names, form.patronymic)]
    if form.script == Script.CHINESE:
        return "".join(parts)
    return " ".join(part for part in parts if part)


def printable_forms(names: Iterable[NameForm]) -> list[NameForm]:
    """The forms a document may print, in recorded order, without repeats.

    Arabic-script forms (Uyghur) are left out: ReportLab neither joins Arabic letters
    nor lays text out right to left, so it would print the letters isolated and in the
    wrong order — a name that looks wrong is worse than one not printed.
    """
    seen: set[tuple[str, str]] = set()
    forms = []
    for form in names:
        key = (form.script, written(form))
        if form.script == Script.ARABIC or not key[1] or key in seen:
            continue
        seen.add(key)
        forms.append(form)
    return forms


def choose_form(names: Iterable[NameForm], lang: str) -> NameForm | None:
    """The form to print in a document in ``lang`` ("kk", "ru" or "en")."""
    forms = printable_forms(names)
    for script in _PREFERENCE[lang]:
        for form in forms:
            if form.script == script:
                return form
    return forms[0] if forms else None


def name_in(names: Iterable[NameForm], lang: str) -> str:
    form = choose_form(names, lang)
    return written(form) if form is not None else ""
