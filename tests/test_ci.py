"""CI: --all, --shard, --report, --junit, and the two example CI files, run here as their jobs would run them."""

from __future__ import annotations

import hashlib
import json
import re
import shlex
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
import yaml
from conftest import MINIMAL, write_brief

from briefing.reports import shard

ROOT = Path(__file__).resolve().parent.parent
SLUGS = ["alpha", "bravo", "charlie"]  # two shards: two briefs and one


@pytest.fixture
def many(workspace) -> Path:
    """A workspace of three sound briefs."""
    for slug in SLUGS:
        write_brief(workspace, MINIMAL.replace("Minimal brief", f"Brief {slug}"), slug=slug)
    return workspace


def run_line(line: str, cwd: Path) -> subprocess.CompletedProcess:
    """A CI file's command line, with its .venv/bin/briefing run as this interpreter's briefing."""
    words = shlex.split(line)
    assert words[0] == ".venv/bin/briefing"
    return subprocess.run([sys.executable, "-m", "briefing", *words[1:]], cwd=cwd, capture_output=True, text=True)


def github_lines() -> list[str]:
    document = yaml.safe_load((ROOT / "examples" / "ci" / "github-actions.yml").read_text())
    job = document["jobs"]["build"]
    build = next(step["run"] for step in job["steps"] if "briefing build" in step.get("run", ""))
    assert any("upload-artifact" in step.get("uses", "") and step["with"]["path"] == "out/" for step in job["steps"])
    return [build.replace("${{ matrix.shard }}", str(value)) for value in job["strategy"]["matrix"]["shard"]]


def gitlab_lines() -> list[str]:
    document = yaml.safe_load((ROOT / "examples" / "ci" / "gitlab-ci.yml").read_text())
    job = document["briefs"]
    build = next(line for line in job["script"] if "briefing build" in line)
    assert "out/" in job["artifacts"]["paths"] and job["artifacts"]["reports"]["junit"] == "out/junit-*.xml"
    total = job["parallel"]
    return [build.replace("$CI_NODE_INDEX", str(index)).replace("$CI_NODE_TOTAL", str(total))
            for index in range(1, total + 1)]


@pytest.mark.parametrize("lines", [github_lines, gitlab_lines], ids=["github", "gitlab"])
def test_the_ci_examples_build_every_brief_exactly_once(many, lines):
    commands = lines()
    assert len(commands) == 2 and all("--strict" in command and "--all" in command for command in commands)
    built = []
    for command in commands:
        result = run_line(command, many)
        assert result.returncode == 0, result.stderr
        report = json.loads((many / re.search(r"--report (\S+)", command)[1]).read_text())
        for record in report["briefs"]:
            assert record["status"] == "built" and record["problems"] == []
            pdf = many / record["output"]
            assert (hashlib.sha256(pdf.read_bytes()).hexdigest(), pdf.stat().st_size) == (record["sha256"],
                                                                                          record["bytes"])
            assert record["pages"] == 1
            built.append(record["slug"])
        junit = ElementTree.parse(many / re.search(r"--junit (\S+)", command)[1]).getroot()
        assert sorted(case.get("name") for case in junit.iter("testcase")) == sorted(r["brief"] for r in report["briefs"])
    assert sorted(built) == SLUGS  # each brief once, in one shard or the other
    assert sorted(p.stem for p in (many / "out").glob("*.pdf")) == SLUGS


def test_shards_split_by_slug_whatever_the_order():
    briefs = [f"briefs/{slug}/brief.toml" for slug in ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf")]
    for n in (1, 2, 3, 7):
        parts = [shard(briefs, f"{k}/{n}") for k in range(1, n + 1)]
        assert sorted(b for part in parts for b in part) == sorted(briefs)
        assert parts == [shard(list(reversed(briefs)), f"{k}/{n}") for k in range(1, n + 1)]
        assert max(map(len, parts)) - min(map(len, parts)) <= 1


@pytest.mark.parametrize("spec", ["0/2", "3/2", "1/0", "a/b", "1-2"])
def test_a_bad_shard_is_a_usage_error(run, many, spec):
    result = run("build", "--all", "--shard", spec)
    assert result.exit_code == 2
    assert f"expected K/N with 1 <= K <= N, e.g. 1/2, got {spec!r}" in result.stderr


def test_report_and_junit_of_an_invalid_brief(run, many):
    write_brief(many, MINIMAL.replace('sources = ["s1"]', 'sources = ["s9"]'), slug="bravo")
    result = run("build", "--all", "--report", "report.json", "--junit", "junit.xml")
    assert result.exit_code == 1
    records = {r["slug"]: r for r in json.loads((many / "report.json").read_text())["briefs"]}
    assert {slug: r["status"] for slug, r in records.items()} == {
        slug: "invalid" if slug == "bravo" else "skipped" for slug in SLUGS}
    assert [p["code"] for p in records["bravo"]["problems"]] == ["B204", "B201"]
    cases = {case.get("name"): case for case in ElementTree.parse(many / "junit.xml").getroot().iter("testcase")}
    failure = cases["briefs/bravo/brief.toml"].find("failure")
    assert failure.get("message") == ("briefs/bravo/brief.toml: facts[0].sources[0]: unknown source 's9' "
                                      "(did you mean 's1'?) [B201]")
    assert cases["briefs/alpha/brief.toml"].find("skipped") is not None
    assert not (many / "out").exists()


def test_all_and_briefs_together_is_a_usage_error(run, many):
    result = run("build", "--all", "briefs/alpha/brief.toml")
    assert result.exit_code == 2 and "give BRIEF... or --all (not both)" in result.stderr
