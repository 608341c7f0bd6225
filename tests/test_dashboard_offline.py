"""`streamlit run dashboard.py` as the README starts it makes no request off the machine at start-up."""
from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from events.bench.dashboard import free_port
from events.store import ensure_bundled_database

pytestmark = pytest.mark.slow
REPO = Path(__file__).resolve().parent.parent


def test_start_up_does_not_look_up_the_external_address(tmp_path):
    # Headless with no server address set, Streamlit fetches checkip.amazonaws.com to print an "External URL" (and logs
    # "Did not auto detect external IP" when that fails). The project's .streamlit/config.toml must prevent it: only
    # the port is given here, nothing that would set the address.
    db = ensure_bundled_database(tmp_path / "events.duckdb")
    port = free_port()
    log_path = tmp_path / "streamlit.log"
    with open(log_path, "wb") as log:
        process = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.port", str(port)],
                                   cwd=REPO, env=dict(os.environ, EVENTS_DB=str(db)), stdout=log, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + 60
            while True:
                try:
                    with urllib.request.urlopen(f"http://localhost:{port}/_stcore/health", timeout=1) as response:
                        if response.status == 200:
                            break
                except OSError:
                    pass
                assert process.poll() is None and time.monotonic() < deadline, log_path.read_text()
                time.sleep(0.2)
            time.sleep(2)  # the start-up banner, printed once the server listens
        finally:
            process.terminate()
            process.wait(timeout=10)
    output = log_path.read_text()
    assert "You can now view your Streamlit app" in output
    assert "External URL" not in output and "external IP" not in output, output
