"""What the commands' modules load at import: the renderers' and the network's libraries
only when a build renders or fetches (`feeds list` and `feeds check` start without them)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("icalendar", "dateutil", "feedgen", "lxml", "requests", "urllib3", "arxiv")


@pytest.mark.parametrize("module", ["feeds.cli", "feeds.build", "feeds.check", "feeds.enrich"])
def test_importing_a_command_loads_no_renderer_or_network_library(module: str) -> None:
    code = f"import json, sys, {module}; print(json.dumps(sorted(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(json.loads(out.stdout))
    assert [name for name in HEAVY if name in loaded] == []
