"""The growth table reads the runner's JSON and shows each figure per store size."""

from __future__ import annotations

import json

from benchmarks.growth import growth_table, main, newest_per_size


def _result(cases: int, search_ms: float) -> dict:
    return {"cases": cases, "figures": {
        "search": {"what": "name search (p95)", "compare": "p95_ms", "unit": "ms",
                   "pana": {"p95_ms": search_ms}, "baseline": {"p95_ms": 2.0}},
        "size": {"what": "bytes per case", "compare": "bytes_per_case", "unit": "B",
                 "pana": {"bytes_per_case": 18000.0}, "baseline": {"bytes_per_case": 17000.0}},
    }}


def test_table_per_size_with_growth():
    text = growth_table([_result(100_000, 12.0), _result(10_000, 10.0)])
    lines = text.splitlines()
    assert "10,000 cases" in lines[0] and lines[0].index("10,000") < lines[0].index("100,000")
    search = next(line for line in lines if line.startswith("name search"))
    assert "10.00 ms / 2.00 ms" in search and "12.00 ms / 2.00 ms" in search
    assert search.rstrip().endswith("1.20×")
    assert "18,000 B / 17,000 B" in text


def test_newest_result_of_each_size(tmp_path, capsys):
    for name, ms in (("20261101T000000-10000", 9.0), ("20261102T000000-10000", 11.0),
                     ("20261101T000000-1000000", 14.0), ("notes", 0.0),
                     ("20261103T000000-import-10000", 99.0)):
        cases = int(name.rsplit("-", 1)[1]) if "-" in name else 1
        (tmp_path / f"{name}.json").write_text(json.dumps(_result(cases, ms)))
    assert [p.stem for p in newest_per_size(tmp_path)] == [
        "20261102T000000-10000", "20261101T000000-1000000"]
    assert main(["--out", str(tmp_path)]) == 0
    assert "11.00 ms" in capsys.readouterr().out
    assert main(["--out", str(tmp_path / "none")]) == 1
