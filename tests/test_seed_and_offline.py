"""The founding scenario, and the pipeline loading with no network."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

import accord
from tests.conftest import ROOT, SEED, dyads


@pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is not beside the checkout")
def test_seed_main_events(settings):
    events = accord.code_file(SEED, published="2025-08-28", settings=settings)
    got = dyads(events)
    for want in [("PRK", "CHN", "CONSULT"), ("BLR", "CHN", "CONSULT"), ("KOR", "CHN", "CONSULT"),
                 ("CHN", "RUS", "SUPPORT"), ("WST", "PRK", "SANCTION"), ("KOR", "JPN", "COOPERATE")]:
        assert want in got
    main = [e for e in events if e.source and e.source.country == "PRK" and e.target and e.target.country == "CHN"
            and e.date == "2025-09-03"]
    assert main and main[0].location.country == "CHN"
    assert not any("Leave a Reply" in e.quote or "email address" in e.quote for e in events)


def test_pipeline_loads_offline(tmp_path):
    script = textwrap.dedent("""
        import socket
        def refuse(*a, **k):
            raise OSError("network disabled in this test")
        socket.socket.connect = refuse
        socket.create_connection = refuse
        import accord
        events = accord.code_text("Iran condemned Israel on Monday.", published="2025-03-12")
        assert events and events[0].source.country == "IRN", events
        print("ok")
    """)
    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "ok"
