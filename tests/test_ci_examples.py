"""The CI examples stay current: each validates offline against its service's schema (vendored in check-jsonschema)
and the GitHub ones pass actionlint, which knows which action versions run on a deprecated runtime. A new
deprecation then fails here, not in a desk's pipeline. (tests/test_ci.py runs their build lines.)"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "ci"
BIN = Path(sys.executable).parent
SCHEMAS = {"github": "vendor.github-workflows", "gitlab": "vendor.gitlab-ci"}


def schema_of(path: Path) -> str:
    return SCHEMAS[path.name.split("-")[0]]


def validate(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([BIN / "check-jsonschema", "--builtin-schema", schema_of(path), path],
                          capture_output=True, text=True, timeout=120)


def actionlint(path: Path) -> subprocess.CompletedProcess:
    return subprocess.run([BIN / "actionlint", "-oneline", "-no-color", path], capture_output=True, text=True,
                          timeout=120)


EVERY = sorted(EXAMPLES.glob("*.yml"))
GITHUB = [path for path in EVERY if schema_of(path) == SCHEMAS["github"]]


def test_there_are_examples_for_both_services():
    assert {schema_of(path) for path in EVERY} == set(SCHEMAS.values())


@pytest.mark.parametrize("path", EVERY, ids=lambda path: path.name)
def test_each_example_validates_against_its_schema(path):
    result = validate(path)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("path", GITHUB, ids=lambda path: path.name)
def test_each_github_example_passes_actionlint(path):
    result = actionlint(path)
    assert (result.returncode, result.stdout) == (0, ""), result.stdout + result.stderr


def test_actionlint_flags_an_action_on_a_deprecated_runtime(tmp_path):
    """What these tests catch: the example as it was, with actions/checkout@v4 (node20, removed 2026-09-23)."""
    old = tmp_path / GITHUB[0].name
    text = GITHUB[0].read_text()
    old.write_text(text.replace("actions/checkout@v7", "actions/checkout@v4"))
    result = actionlint(old)
    assert result.returncode == 1
    assert 'runtime "node20" is deprecated' in result.stdout and '"actions/checkout@v4"' in result.stdout


@pytest.mark.parametrize("service", sorted(SCHEMAS))
def test_the_schema_refuses_a_job_without_its_steps(tmp_path, service):
    """What these tests catch: a job the service would refuse (its steps or script renamed by a typo)."""
    path = next(path for path in EVERY if schema_of(path) == SCHEMAS[service])
    broken = tmp_path / path.name
    broken.write_text(path.read_text().replace("    steps:", "    step:").replace("  script:", "  scripts:"))
    assert broken.read_text() != path.read_text()
    assert validate(broken).returncode == 1
