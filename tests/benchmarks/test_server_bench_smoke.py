"""The server benchmark runs end to end at a tiny size: every figure with its baseline,
and the laptop's time for the same calls."""

from __future__ import annotations

import json

from benchmarks.server import run
from tests.helpers import pg

FIGURES = {"server_search", "server_registry_first", "server_case_file",
           "server_statistics", "server_checkout_round"}


def test_server_benchmark_writes_every_figure(tmp_path, pg_admin_url):
    name = f"pana_bench_smoke_{tmp_path.name[-12:]}".replace("-", "_").lower()
    try:
        path = run(30, 1, tmp_path / "data", tmp_path / "out", pg_admin_url,
                   database=name, log=lambda *_: None)
    finally:
        pg.drop_database(pg_admin_url, name)
    result = json.loads(path.read_text())
    assert path.name.endswith("-server-30.json")
    assert set(result["figures"]) == FIGURES
    for key, figure in result["figures"].items():
        stat = figure["compare"]
        assert figure["pana"][stat] > 0 and figure["baseline"][stat] > 0, key
    for key in FIGURES - {"server_checkout_round"}:
        assert result["figures"][key]["notes"]["server_vs_laptop"] > 0, key
    assert result["info"]["moved"]["migrate_seconds"] > 0
