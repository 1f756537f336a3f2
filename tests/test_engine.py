"""The engine's shared mechanisms: the one cache, and notices about the machine kept apart from the brief."""

from __future__ import annotations

import importlib
import json
import sys

import pytest
from conftest import MINIMAL, write_brief
from pypdf import PdfReader

from briefing import cache

SHOWN = "briefs/test/brief.toml"
TWO_CLAIMS = MINIMAL + "".join(
    f'\n[[figures]]\nlabel = "Trapped"\nvalue = {value}\nunit = "people"\nkind = "trapped"\nparty = "Civilians"\n'
    f'claimed_by = "{claimant}"\nstatus = "claimed"\nsources = ["s1"]\n' for claimant, value in (("A", 250000), ("B", 260000)))


@pytest.fixture
def fake_package(tmp_path, monkeypatch):
    folder = tmp_path / "lib" / "fakecharts"
    folder.mkdir(parents=True)
    (folder / "__init__.py").write_text("")
    (folder / "draw.py").write_text("COLOUR = 'blue'\n")
    monkeypatch.syspath_prepend(str(tmp_path / "lib"))
    importlib.invalidate_caches()
    yield folder
    sys.modules.pop("fakecharts", None)
    cache.code_digest.cache_clear()


def test_the_key_follows_the_source_of_the_producing_code(fake_package):
    before = cache.key("chart", {"a": 1}, code=("fakecharts",))
    cache.code_digest.cache_clear()
    assert cache.key("chart", {"a": 1}, code=("fakecharts",)) == before  # unchanged code, same key
    (fake_package / "draw.py").write_text("COLOUR = 'red'\n")
    cache.code_digest.cache_clear()
    assert cache.key("chart", {"a": 1}, code=("fakecharts",)) != before
    assert cache.key("chart", {"a": 2}, code=("fakecharts",)) != cache.key("chart", {"a": 1}, code=("fakecharts",))


def test_changing_the_chart_drawing_code_redraws_the_chart(run, workspace, monkeypatch):
    write_brief(workspace, TWO_CLAIMS)
    assert run("build", SHOWN).exit_code == 0
    [first] = (workspace / "figures").glob("test-chart-*.svg")
    assert run("build", SHOWN).exit_code == 0
    assert list((workspace / "figures").glob("test-chart-*.svg")) == [first]  # reused
    digest = cache.code_digest

    def edited(module: str) -> str:  # as if figures/charts/draw.py had been edited
        return "edited" + digest(module) if module == "briefing.figures.charts" else digest(module)

    monkeypatch.setattr(cache, "code_digest", edited)
    assert run("build", SHOWN).exit_code == 0
    [second] = (workspace / "figures").glob("test-chart-*.svg")
    assert second != first  # drawn anew under a new key; the old one pruned


@pytest.mark.usefixtures("figures_drawn")
def test_without_harfbuzz_subset_strict_builds_and_the_notice_shows_once(run, example_copy, workspace, monkeypatch):
    """WeasyPrint falls back to fontTools; that is about the machine, not the brief: --strict is not failed by it."""
    import weasyprint.pdf.fonts

    monkeypatch.setattr(weasyprint.pdf.fonts, "harfbuzz_subset", None)  # the build's workers are forked from here
    result = run("build", example_copy, "--strict")
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    assert lines[0] == "about this machine (not the brief):"
    assert [line for line in lines if "HarfBuzz-Subset" in line] == [
        "  WeasyPrint subsets fonts with fontTools because the HarfBuzz-Subset library is missing: PDFs take "
        "longer to make (install libharfbuzz-subset0, or run scripts/system-deps) [E101]"]
    assert len(lines) == 2
    assert len(PdfReader(workspace / "out" / "pokrovsk.pdf").pages) >= 4


def test_the_fonts_coverage_is_kept_for_the_machine_and_a_damaged_copy_is_read_again(tmp_path, monkeypatch):
    from briefing import fonts

    monkeypatch.setenv("BRIEFING_CACHE_DIR", str(tmp_path))
    fonts.coverage.cache_clear()
    read = fonts._read_coverage()
    assert fonts.coverage() == read
    [kept] = tmp_path.glob("coverage-*.json")
    runs = json.loads(kept.read_text())
    assert sum(last - first + 1 for first, last in runs) == len(read)
    fonts.coverage.cache_clear()
    kept.write_text(json.dumps([[0x41, 0x41]]))  # the kept answer is the one used ...
    assert fonts.coverage() == frozenset({0x41})
    for damaged in ("not json", json.dumps([[0, 0x7FFFFFFF]]), json.dumps([["a", 3]]), json.dumps({"a": 1})):
        fonts.coverage.cache_clear()
        kept.write_text(damaged)  # ... unless it is not a list of runs of code points
        assert fonts.coverage() == read
    fonts.coverage.cache_clear()
