"""Three-way merge of a case document: what changed on the laptop, what changed at the
office, and where both changed the same thing differently.

A case travels as the exchange document (``app.services.exchange``): nested objects,
and lists of records that carry an ``"id"``. The merge compares each side with the
version both started from (``base``: the case as it left for the laptop):

- a value only one side changed is taken from that side;
- a value both sides changed to the same thing is taken;
- a value both changed differently is a **conflict**, left to the officer;
- records are matched by id: a record added on one side is kept; a record one side
  removed and the other left alone is removed; a record one side removed while the
  other changed it is a conflict about the whole record.

Nothing is decided silently: ``merge`` returns every conflict, and a merged document
only once each conflict has a choice (``LAPTOP`` or ``SERVER``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

LAPTOP = "laptop"
SERVER = "server"


class _Missing:
    """A value that is not there (a record removed, a key absent)."""

    _instance: _Missing | None = None

    def __new__(cls) -> _Missing:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False


MISSING: Any = _Missing()

Path = tuple[str, ...]

#: Fields that say when a record last changed (ISO times): both sides changing them is
#: no conflict, the later one stands.
NEWEST_WINS = frozenset({"updated_at"})


@dataclass(frozen=True)
class Conflict:
    """One place both sides changed differently. ``path`` names it: keys, and
    ``id:<record id>`` for a record of a list; a side that removed the record (or the
    key) has ``MISSING``."""

    path: Path
    base: Any
    laptop: Any
    server: Any

    @property
    def key(self) -> str:
        return "/".join(self.path)

    @property
    def whole_record(self) -> bool:
        return self.laptop is MISSING or self.server is MISSING


def path_key(path: Path) -> str:
    return "/".join(path)


def _is_records(value: Any) -> bool:
    return isinstance(value, list) and all(
        isinstance(item, Mapping) and "id" in item for item in value)


def merge(base: Any, laptop: Any, server: Any, choices: Mapping[str, str] | None = None,
          ) -> tuple[Any, list[Conflict]]:
    """The merged value and the conflicts left without a choice.

    ``choices`` maps ``Conflict.key`` to ``LAPTOP`` or ``SERVER``. A conflict without a
    choice is listed and, in the returned value, holds the server's side for now.
    """
    conflicts: list[Conflict] = []
    merged = _merge((), base, laptop, server, choices or {}, conflicts)
    return merged, conflicts


def _merge(path: Path, base: Any, laptop: Any, server: Any, choices: Mapping[str, str],
           conflicts: list[Conflict]) -> Any:
    if laptop == server:
        return laptop
    if laptop == base:
        return server
    if server == base:
        return laptop
    if isinstance(laptop, Mapping) and isinstance(server, Mapping) and (
            base is MISSING or isinstance(base, Mapping)):
        base_map = base if isinstance(base, Mapping) else {}
        out: dict[str, Any] = {}
        for key in dict.fromkeys([*laptop, *server]):
            value = _merge((*path, str(key)), base_map.get(key, MISSING),
                           laptop.get(key, MISSING), server.get(key, MISSING),
                           choices, conflicts)
            if value is not MISSING:
                out[key] = value
        return out
    if _is_records(laptop) and _is_records(server) and (
            base is MISSING or _is_records(base)):
        return _merge_records(path, base if base is not MISSING else [], laptop, server,
                              choices, conflicts)
    if path and path[-1] in NEWEST_WINS and isinstance(laptop, str) and isinstance(server, str):
        return max(laptop, server)  # bookkeeping: when the record last changed
    chosen = choices.get(path_key(path))
    if chosen == LAPTOP:
        return laptop
    if chosen == SERVER:
        return server
    conflicts.append(Conflict(path, base, laptop, server))
    return server


def content(value: Any) -> Any:
    """A value as people see it: without record ids and change times."""
    if isinstance(value, Mapping):
        return {k: content(v) for k, v in value.items()
                if k != "id" and k not in NEWEST_WINS and not k.endswith("_id")}
    if isinstance(value, list):
        return [content(v) for v in value]
    return value


def _merge_records(path: Path, base: list, laptop: list, server: list,
                   choices: Mapping[str, str], conflicts: list[Conflict]) -> list:
    ids = [{str(item["id"]) for item in side} for side in (base, laptop, server)]
    if ids[1] != ids[0] and ids[2] != ids[0] and ids[1] != ids[2]:
        # Both sides added or removed records (a list saved anew, say): matching by id
        # would keep both sides' records. Either the same content, or one conflict.
        if content(laptop) == content(server):
            return server
        chosen = choices.get(path_key(path))
        if chosen == LAPTOP:
            return laptop
        if chosen == SERVER:
            return server
        conflicts.append(Conflict(path, base, laptop, server))
        return server
    by_id = {side: {str(item["id"]): item for item in items}
             for side, items in (("base", base), ("laptop", laptop), ("server", server))}
    # The laptop's order, with the records only the server has where the server has them.
    order: list[str] = [str(item["id"]) for item in laptop]
    for index, item in enumerate(server):
        record_id = str(item["id"])
        if record_id not in order:
            before = [str(other["id"]) for other in server[:index]]
            at = max((order.index(b) + 1 for b in before if b in order), default=len(order))
            order.insert(at, record_id)
    for item in base:  # removed on both sides: stays removed (never reaches the result)
        record_id = str(item["id"])
        if record_id not in order:
            order.append(record_id)
    out = []
    for record_id in order:
        value = _merge((*path, f"id:{record_id}"), by_id["base"].get(record_id, MISSING),
                       by_id["laptop"].get(record_id, MISSING),
                       by_id["server"].get(record_id, MISSING), choices, conflicts)
        if value is not MISSING:
            out.append(value)
    return out
