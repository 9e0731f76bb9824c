"""``pana checkout …`` (at the office) and ``pana laptop …`` (on the laptop).

The files are the same sealed files the desktop writes (``app.services.checkout``),
so a USB stick can go between a command line and a desktop either way.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path

from app.domain import merge as merging


class OfflineError(Exception):
    """A problem to print (the main module turns it into its own error)."""


def add_parsers(sub, common: Callable[[argparse.ArgumentParser], None]) -> dict:
    """The ``checkout`` and ``laptop`` commands; ``common`` adds ``--user`` to each."""
    p = sub.add_parser("checkout", help="cases out to laptops, and back (at the office)")
    csub = p.add_subparsers(dest="checkout_command", required=True)
    x = csub.add_parser("out", help="check cases out to the laptop of a request file")
    x.add_argument("numbers", nargs="*", metavar="NUMBER")
    x.add_argument("--request", required=True, metavar="FILE",
                   help="the laptop's request file (pana laptop request)")
    x.add_argument("--until", required=True, metavar="YYYY-MM-DD", help="the return date")
    x.add_argument("--quota", type=int, default=0, help="new petitions the laptop may register")
    x.add_argument("--out", required=True, metavar="FILE.pana", help="the package to write")
    x = csub.add_parser("in", help="take a laptop's check-in file; writes the receipt")
    x.add_argument("file", metavar="FILE.pana")
    x.add_argument("--receipt", required=True, metavar="FILE.pana")
    x.add_argument("--keep", action="append", default=[], metavar="KEY=laptop|server",
                   help="the choice for one conflict (KEY as listed); may repeat")
    x.add_argument("--keep-all", choices=(merging.LAPTOP, merging.SERVER),
                   help="the same choice for every conflict")
    csub.add_parser("list", help="cases out now")
    x = csub.add_parser("release", help="force a case back before its laptop returns it")
    x.add_argument("number")
    x.add_argument("--reason", required=True)

    p = sub.add_parser("laptop", help="work offline: request, take, check in (on the laptop)")
    lsub = p.add_subparsers(dest="laptop_command", required=True)
    x = lsub.add_parser("request", help="write this laptop's request file for the office")
    x.add_argument("--out", required=True, metavar="FILE.json")
    x.add_argument("--name", help="the laptop's name (default: the computer's)")
    x = lsub.add_parser("take", help="take a check-out package from the office")
    x.add_argument("file", metavar="FILE.pana")
    x = lsub.add_parser("checkin", help="write the check-in file for the office")
    x.add_argument("--out", required=True, metavar="FILE.pana")
    x = lsub.add_parser("receipt", help="take the office's receipt: the cases leave the laptop")
    x.add_argument("file", metavar="FILE.pana")
    for group in (csub, lsub):
        for leaf in group.choices.values():
            common(leaf)
    return {"checkout": sub.choices["checkout"], "laptop": sub.choices["laptop"]}


def _read(path: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise OfflineError(f"cannot read {path}: {exc.strerror}") from None


def cmd_checkout(args, login, write_file) -> int:
    from app.services import checkout

    store, actor = login(args)
    try:
        if args.checkout_command == "out":
            try:
                until = date.fromisoformat(args.until)
            except ValueError:
                raise OfflineError(f"--until {args.until}: give a date as YYYY-MM-DD") from None
            request = checkout.read_request(_read(args.request))
            with store.uow() as uow:
                done = checkout.check_out(uow, actor, store, request, args.numbers, until,
                                          quota=args.quota)
            write_file(args.out, done.package)
            print(f"Checked out to “{request.device_name}” ({request.username}) until "
                  f"{done.due_on.isoformat()}: {', '.join(done.numbers) or 'no cases'}"
                  + (f"; quota of {done.quota} new petitions" if done.quota else "") + ".")
            print(f"Laptop fingerprint {request.fingerprint}; package written to {args.out}.")
            return 0
        if args.checkout_command == "in":
            return _check_in(args, store, actor, write_file)
        if args.checkout_command == "list":
            with store.uow(readonly=True) as uow:
                rows = checkout.list_checkouts(uow, actor)
            for row in rows:
                what = row.number or f"quota {row.quota_used}/{row.quota}"
                print(f"{what:20} {row.device_name:24} {row.username:16} "
                      f"until {row.due_on.isoformat()}  {row.state}")
            if not rows:
                print("Nothing is checked out.")
            return 0
        with store.uow() as uow:
            checkout.release(uow, actor, args.number, args.reason)
        print(f"Case {args.number.upper()} released; the laptop's changes will come to the "
              "conflict screen at its check-in.")
        return 0
    finally:
        store.close()


def _check_in(args, store, actor, write_file) -> int:
    from app.services import checkout

    data = _read(args.file)
    chosen: dict[str, str] = {}
    for item in args.keep:
        key, _, side = item.rpartition("=")
        if side not in (merging.LAPTOP, merging.SERVER) or not key:
            raise OfflineError(f"--keep {item}: write KEY=laptop or KEY=server")
        chosen[key] = side
    with store.uow(readonly=True) as uow:
        plan = checkout.read_checkin(uow, actor, store, data)
    choices: dict[str, dict[str, str]] = {}
    open_conflicts = []
    for case in plan.cases:
        for conflict in case.conflicts:
            side = chosen.get(conflict.key) or args.keep_all
            if side is None:
                open_conflicts.append((case.number, conflict))
            else:
                choices.setdefault(str(case.checkout_id), {})[conflict.key] = side
    if open_conflicts:
        print(f"{len(open_conflicts)} values were changed both on the laptop and at the "
              "office. Nothing was changed. Choose each with --keep KEY=laptop|server "
              "(or --keep-all):")
        for number, conflict in open_conflicts:
            print(f"  {number}  {conflict.key}")
            print(f"      laptop: {_shown(conflict.laptop)}")
            print(f"      office: {_shown(conflict.server)}")
        return 3
    with store.uow() as uow:
        done = checkout.apply_checkin(uow, actor, store, data, choices)
    write_file(args.receipt, done.receipt)
    print(f"Checked in from “{plan.device_name}”: {len(done.applied)} changed, "
          f"{len(done.unchanged)} unchanged"
          + (f", {len(done.skipped)} taken in before" if done.skipped else "")
          + (f", {done.conflicts_decided} conflicts decided" if done.conflicts_decided else "")
          + ".")
    for provisional, permanent in done.numbers.items():
        print(f"  new petition {provisional} is now {permanent}")
    print(f"Receipt for the laptop written to {args.receipt}.")
    return 0


def _shown(value) -> str:
    if value is merging.MISSING:
        return "(removed)"
    text = str(value)
    return text if len(text) <= 200 else text[:199] + "…"


def cmd_laptop(args, login, write_file) -> int:
    from app.services import checkout, sealed

    store, actor = login(args)
    try:
        if args.laptop_command == "request":
            write_file(args.out, checkout.device_request(store, actor, device_name=args.name))
            print(f"Request written to {args.out}. This laptop's fingerprint: "
                  f"{sealed.Keys.of_store(store).public.fingerprint()}")
            return 0
        if args.laptop_command == "take":
            with store.uow() as uow:
                done = checkout.accept_checkout(uow, actor, store, _read(args.file))
            print(f"Taken from “{done.server_name}”: {', '.join(done.numbers) or 'no cases'}"
                  + (f"; {done.quota} new petitions may be registered" if done.quota else "")
                  + (f"; back by {done.due_on.isoformat()}" if done.due_on else "") + ".")
            return 0
        if args.laptop_command == "checkin":
            with store.uow() as uow:
                data = checkout.checkin_file(uow, actor, store)
            write_file(args.out, data)
            print(f"Check-in file written to {args.out}. The cases stay on this laptop until "
                  "the office's receipt is taken (pana laptop receipt FILE).")
            return 0
        with store.uow() as uow:
            done = checkout.finish_checkin(uow, actor, store, _read(args.file))
        print(f"Back at the office, removed from this laptop: {', '.join(done.removed)}.")
        for provisional, permanent in done.numbers.items():
            print(f"  new petition {provisional} is now {permanent}")
        return 0
    finally:
        store.close()
