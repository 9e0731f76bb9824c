"""Names in any script inside sentences and headers, without turning them around.

A name in Arabic script (or one holding direction marks) placed at the start
of a rich-text label makes Qt lay the whole paragraph out right to left: the
header moves to the other side and the facts after the name run backwards.
``isolate`` wraps the name in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE
(it keeps its own direction and leaves its neighbours alone); ``case_header``
also fixes the paragraph to the interface's direction.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

FSI, PDI = "\u2068", "\u2069"


def isolate(text: str) -> str:
    return f"{FSI}{text}{PDI}" if text else text


def case_header(widget: QWidget, name: str, facts: str) -> str:
    """The rich text of a case's header: the name (escaped, isolated, large) over
    ``facts`` (already rich text), in the direction of ``widget``."""
    direction = "rtl" if widget.layoutDirection() == Qt.LayoutDirection.RightToLeft else "ltr"
    return (f"<div dir='{direction}'><span style='font-size:14pt'>"
            f"{isolate(html.escape(name, quote=False))}</span><br>{facts}</div>")
