"""How each figure grows with the number of cases: one table from the runner's JSON.

``python -m benchmarks.growth [--out benchmarks/results] [FILE.json ...]`` takes, for
each store size, the newest result (or the files given) and prints every figure's
Pana value and baseline per size, and Pana's growth from the smallest size to the
largest. Nothing is measured here.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from benchmarks.run import DEFAULT_OUT, _fmt


def newest_per_size(folder: Path) -> list[Path]:
    """The newest ``<timestamp>-<cases>.json`` of each size, smallest size first."""
    newest: dict[int, Path] = {}
    for path in sorted(folder.glob("*-*.json")):
        match = re.fullmatch(r"\d{8}T\d{6}-(\d+)", path.stem)
        if match is None:  # e.g. a result of benchmarks.importing alone
            continue
        cases = int(match.group(1))
        newest[cases] = path  # names sort by time: the last one is the newest
    return [newest[c] for c in sorted(newest)]


def growth_table(results: list[dict]) -> str:
    results = sorted(results, key=lambda r: r["cases"])
    sizes = [r["cases"] for r in results]
    keys: list[str] = []
    for r in results:
        keys += [k for k in r["figures"] if k not in keys]
    head = ["figure (Pana / baseline)"] + [f"{n:,} cases" for n in sizes] + ["growth"]
    rows = [head]
    for key in keys:
        cells, values = [], []
        what = key
        for r in results:
            f = r["figures"].get(key)
            if f is None:
                cells.append("–")
                continue
            what = f["what"]
            stat, unit = f["compare"], f["unit"]
            pana, base = f["pana"][stat], f["baseline"][stat]
            values.append(pana)
            cells.append(f"{_fmt(pana, unit)} / {_fmt(base, unit)}")
        grown = (f"{values[-1] / values[0]:.2f}×" if len(values) > 1 and values[0] else "–")
        rows.append([what, *cells, grown])
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
             for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.growth")
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help="where the runner wrote its JSON (default: benchmarks/results)")
    args = parser.parse_args(argv)
    files = args.files or newest_per_size(args.out)
    if not files:
        print(f"no results in {args.out}: run `make bench` first", file=sys.stderr)
        return 1
    print(growth_table([json.loads(p.read_text()) for p in files]))
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
