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
from pypdf import PdfReader

from briefing.errors import Problem
from briefing.reports import shard
from briefing.workspace import slug_of

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


# --keep-going: one invalid brief does not leave the other desks without their PDFs ------------------------------

BAD = "bravo"
BAD_SHOWN = f"briefs/{BAD}/brief.toml"


def without_as_of(workspace: Path, slug: str) -> None:
    """Break one brief as an officer's typo would: its [brief] table loses `as_of`."""
    path = workspace / "briefs" / slug / "brief.toml"
    path.write_text("".join(line for line in path.read_text().splitlines(keepends=True)
                            if not line.startswith("as_of")))


def statuses(report: Path) -> dict[str, str]:
    return {record["slug"]: record["status"] for record in json.loads(report.read_text())["briefs"]}


def failing_cases(junit: Path) -> dict[str, str]:
    """Each failing test case's name and its failure's message."""
    return {case.get("name"): case.find("failure").get("message")
            for case in ElementTree.parse(junit).getroot().iter("testcase") if case.find("failure") is not None}


def test_keep_going_builds_every_valid_brief_and_reports_the_invalid_one(run, many):
    assert run("build", "--all").exit_code == 0
    last_good = (many / "out" / f"{BAD}.pdf").read_bytes()
    good = [slug for slug in SLUGS if slug != BAD]
    for slug in good:
        (many / "out" / f"{slug}.pdf").unlink()
    without_as_of(many, BAD)
    result = run("build", "--all", "--keep-going", "--report", "r.json", "--junit", "j.xml")
    assert result.exit_code == 1
    problem = f"{BAD_SHOWN}: brief.as_of: field required [B102]"
    assert result.stderr.splitlines() == [problem, f"1 of {len(SLUGS)} briefs not built (1 invalid); "
                                                   f"{len(good)} written"]
    assert result.stdout.splitlines() == [f"out/{slug}.pdf" for slug in good]
    report = json.loads((many / "r.json").read_text())
    records = {record["slug"]: record for record in report["briefs"]}
    assert statuses(many / "r.json") == {slug: "invalid" if slug == BAD else "built" for slug in SLUGS}
    assert [(p["code"], p["file"], p["key"], p["severity"]) for p in records[BAD]["problems"]] == [
        ("B102", BAD_SHOWN, "brief.as_of", "error")]
    assert records[BAD]["output"] is None
    for slug in good:
        pdf = many / "out" / f"{slug}.pdf"
        assert len(PdfReader(pdf).pages) == records[slug]["pages"] > 0
        assert records[slug]["sha256"] == hashlib.sha256(pdf.read_bytes()).hexdigest()
        assert f"Brief {slug}" in PdfReader(pdf).pages[0].extract_text()
    assert report["summary"] == {"built": len(good), "failed": 0, "invalid": 1, "skipped": 0}
    assert failing_cases(many / "j.xml") == {BAD_SHOWN: problem}
    assert ElementTree.parse(many / "j.xml").getroot().get("failures") == "1"
    assert (many / "out" / f"{BAD}.pdf").read_bytes() == last_good  # its last good PDF stays
    assert sorted(p.name for p in (many / "out").iterdir()) == sorted(f"{slug}.pdf" for slug in SLUGS)


def test_without_keep_going_one_invalid_brief_still_stops_the_build(run, many):
    without_as_of(many, BAD)
    result = run("build", "--all", "--report", "r.json", "--junit", "j.xml")
    assert result.exit_code == 1
    assert result.stderr == f"{BAD_SHOWN}: brief.as_of: field required [B102]\n"
    assert statuses(many / "r.json") == {slug: "invalid" if slug == BAD else "skipped" for slug in SLUGS}
    assert list(failing_cases(many / "j.xml")) == [BAD_SHOWN]
    assert not (many / "out").exists()


def test_keep_going_with_shards_and_jobs(run, many):
    without_as_of(many, BAD)
    everything = [f"briefs/{slug}/brief.toml" for slug in SLUGS]
    built = []
    for k in (1, 2):
        part = shard(everything, f"{k}/2")
        result = run("build", "--all", "--keep-going", "--shard", f"{k}/2", "--jobs", "2", "--report", f"r{k}.json")
        assert result.exit_code == (1 if BAD_SHOWN in part else 0), result.output
        assert statuses(many / f"r{k}.json") == {slug_of(brief): "invalid" if brief == BAD_SHOWN else "built"
                                                 for brief in part}
        built += [slug for slug, status in statuses(many / f"r{k}.json").items() if status == "built"]
    assert sorted(built) == sorted(p.stem for p in (many / "out").glob("*.pdf")) == sorted(set(SLUGS) - {BAD})


def test_strict_keep_going_refuses_only_the_brief_with_a_warning(run, many):
    warned = "charlie"
    path = many / "briefs" / warned / "brief.toml"
    path.write_text(path.read_text() + '\n[[sources]]\nid = "s2"\npublisher = "P"\ntitle = "Cited by nothing"\n')
    shown = f"briefs/{warned}/brief.toml"
    result = run("build", "--all", "--strict", "--keep-going", "--report", "r.json", "--junit", "j.xml")
    assert result.exit_code == 1
    problem = f"{shown}: sources[1]: 's2' is cited by nothing [B204]"
    assert result.stderr.splitlines()[:2] == [f"warning: {problem}",
                                              f"{shown}: --strict: not written because of the warnings above"]
    assert statuses(many / "r.json") == {slug: "invalid" if slug == warned else "built" for slug in SLUGS}
    assert failing_cases(many / "j.xml") == {shown: problem}
    assert sorted(p.stem for p in (many / "out").glob("*.pdf")) == sorted(set(SLUGS) - {warned})
    assert run("build", "--all", "--keep-going").exit_code == 0  # without --strict a warning fails nothing


def test_keep_going_with_briefs_given_and_a_slug_clash(run, many):
    """Of two briefs with one output name only the one given first can be built, valid or not: which one is
    built does not change when the other is mended."""
    other = write_brief(many, MINIMAL.replace("Minimal brief", "Another alpha"), slug="elsewhere/alpha")
    given = [f"briefs/{BAD}/brief.toml", "briefs/alpha/brief.toml", str(other.relative_to(many)),
             "briefs/charlie/brief.toml"]
    without_as_of(many, BAD)
    result = run("build", *given, "--keep-going", "--report", "r.json")
    assert result.exit_code == 1
    records = {record["brief"]: record for record in json.loads((many / "r.json").read_text())["briefs"]}
    assert {brief: record["status"] for brief, record in records.items()} == {
        given[0]: "invalid", given[1]: "built", given[2]: "invalid", given[3]: "built"}
    assert [str(Problem(**p)) for p in records[given[2]]["problems"]] == [
        f"{given[2]}: writes the same output name 'alpha' as {given[1]} [B205]"]
    assert "Brief alpha" in PdfReader(many / "out" / "alpha.pdf").pages[0].extract_text()
    without_as_of(many, "elsewhere/alpha")
    result = run("build", given[2], given[1], "--keep-going", "--report", "r.json")
    records = {record["brief"]: record for record in json.loads((many / "r.json").read_text())["briefs"]}
    assert (result.exit_code, records[given[1]]["status"], records[given[2]]["status"]) == (1, "invalid", "invalid")
    assert [p["code"] for p in records[given[1]]["problems"]] == ["B205"]


@pytest.mark.parametrize("keep_going", [(), ("--keep-going",)], ids=["stop", "keep-going"])
def test_a_brief_invalid_for_its_data_file_is_reported_with_its_problem(run, many, keep_going):
    folder = many / "briefs" / BAD
    (folder / "brief.toml").write_text((folder / "brief.toml").read_text() +
                                       '\n[[series]]\nfile = "losses.csv"\ntitle = "Losses"\nsources = ["s1"]\n')
    (folder / "losses.csv").write_text("date,party,kind,value,source\n2025-09-01,Russia,killed,nan,s1\n")
    result = run("build", "--all", *keep_going, "--report", "r.json")
    assert result.exit_code == 1
    records = {record["slug"]: record for record in json.loads((many / "r.json").read_text())["briefs"]}
    assert records[BAD]["status"] == "invalid"
    assert [(p["code"], p["file"]) for p in records[BAD]["problems"]] == [("B502", f"briefs/{BAD}/losses.csv")]
