"""Case numbers: REGION-YEAR-SEQUENCE, e.g. AQM-2026-00042."""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.domain.errors import FieldMessage, ValidationError
from app.domain.i18n import QT_TRANSLATE_NOOP as _N
from app.domain.validation import shown

REGION_CODE = re.compile(r"^[A-Z]{2,5}$")
# At most 9 sequence digits: the whole number fits the 20-character column, and a
# pasted wall of digits is refused instead of overflowing int().
CASE_NUMBER = re.compile(r"^(?P<region>[A-Z]{2,5})-(?P<year>\d{4})-(?P<seq>\d{5,9})$")


@dataclass(frozen=True, order=True)
class CaseNumber:
    region: str
    year: int
    sequence: int

    def __str__(self) -> str:
        return f"{self.region}-{self.year:04d}-{self.sequence:05d}"

    @classmethod
    def parse(cls, text: str) -> CaseNumber:
        match = CASE_NUMBER.match(text.strip().upper()) if isinstance(text, str) else None
        if not match:
            raise ValidationError({"number": FieldMessage(
                _N("Validation", "“{value}” is not a case number; it looks like "
                                 "AQM-2026-00042."), value=shown(text))})
        return cls(match["region"], int(match["year"]), int(match["seq"]))


def validate_region_code(code: str) -> str:
    code = code.strip().upper() if isinstance(code, str) else ""
    if not (REGION_CODE.match(code) and code.isascii()):
        raise ValidationError({"region": FieldMessage(
            _N("Validation", "The region code must be 2 to 5 Latin letters, e.g. AQM."))})
    return code


def looks_like_case_number(text: str) -> bool:
    return bool(re.match(r"^[A-Za-z]{2,5}-\d{4}(-\d{1,})?$", text.strip()))
