"""scripts/system-deps on a machine missing HarfBuzz-Subset: installs it with apt-get, or names it and stops."""

from __future__ import annotations

import subprocess
from pathlib import Path

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "system-deps"
CACHE = """\t4 libs found in cache `/etc/ld.so.cache'
\tlibpango-1.0.so.0 (libc6,x86-64) => /lib/x86_64-linux-gnu/libpango-1.0.so.0
\tlibpangoft2-1.0.so.0 (libc6,x86-64) => /lib/x86_64-linux-gnu/libpangoft2-1.0.so.0
\tlibfontconfig.so.1 (libc6,x86-64) => /lib/x86_64-linux-gnu/libfontconfig.so.1
\tlibharfbuzz.so.0 (libc6,x86-64) => /lib/x86_64-linux-gnu/libharfbuzz.so.0
"""


def machine(tmp_path: Path, apt: bool) -> tuple[dict[str, str], Path]:
    """A PATH of stand-ins: ldconfig whose cache lacks libharfbuzz-subset, id saying root, and apt-get (which
    records what it was asked) only if `apt`."""
    bin_dir, log = tmp_path / "bin", tmp_path / "apt.log"
    bin_dir.mkdir()
    (tmp_path / "ld.so.cache.txt").write_text(CACHE)
    tools = {"ldconfig": f'echo "$(<{tmp_path / "ld.so.cache.txt"})"', "id": "echo 0"}  # bash builtins only
    if apt:
        tools["apt-get"] = f'echo "$*" >> {log}'
    for name, body in tools.items():
        (bin_dir / name).write_text(f"#!/bin/bash\n{body}\n")
        (bin_dir / name).chmod(0o755)
    return {"PATH": str(bin_dir), "HOME": str(tmp_path)}, log


def test_without_apt_get_it_names_the_package_and_stops(tmp_path):
    env, log = machine(tmp_path, apt=False)
    result = subprocess.run(["/bin/bash", str(SCRIPT)], env=env, capture_output=True, text=True)
    assert result.returncode == 1
    assert "libharfbuzz-subset0" in result.stderr.splitlines()[-1]
    assert "installing libharfbuzz-subset0 with apt-get" in result.stderr
    assert not log.exists()


def test_with_apt_get_it_installs_only_what_is_missing(tmp_path):
    env, log = machine(tmp_path, apt=True)
    result = subprocess.run(["/bin/bash", str(SCRIPT)], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert log.read_text().splitlines() == ["update -qq",
                                            "install -y -qq --no-install-recommends libharfbuzz-subset0"]
