"""A reader that stops early (``pana case list | head -1``) is not an error."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import PASSWORD
from tests.helpers import builders


def test_case_list_into_a_closed_pipe_exits_quietly(store_fixture):
    fx = store_fixture
    for _ in range(3):
        builders.register(fx)
    env = dict(os.environ, PANA_PASSWORD=PASSWORD)
    process = subprocess.Popen(
        [sys.executable, "-m", "app", "--data-dir", str(fx.data_dir), "case", "list",
         "--user", "clerk"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    # Like ``head`` that has read enough: the reader is gone before pana writes (it
    # spends a second starting and logging in first).
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=60) == 0
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr
