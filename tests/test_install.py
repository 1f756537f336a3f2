"""Set-up as a new user or a desk's CI meets it: the lock installs exactly, whatever the registry publishes later, and
the wheel carries what the tool needs to run in a folder that is not this repository."""

from __future__ import annotations

import base64
import hashlib
import importlib.metadata
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
# The locks this venv was installed from: the repository's, or the scratch ones of `make upgrade-check`.
LOCKS = Path(os.environ.get("BRIEFING_LOCKS", ROOT))
RUN_LOCK = LOCKS / "requirements-run.lock"
EXAMPLES = ROOT / "examples" / "ci"
WHEELHOUSE = Path(sys.prefix) / "wheelhouse"  # the locked files as `scripts/install-lock` fetched them for this venv
STOCK_PYTHON = Path(sys.base_prefix) / "bin" / "python3"  # the interpreter `python3 -m venv` made this venv from


def pins(lock: Path) -> dict[str, tuple[str, frozenset[str]]]:
    """name -> (version, hashes) of every requirement of a lock."""
    found: dict[str, tuple[str, frozenset[str]]] = {}
    for block in re.split(r"\n(?=[a-z0-9])", lock.read_text()):
        if head := re.match(r"([a-z0-9][a-z0-9._-]*)==(\S+)", block):
            found[head[1]] = (head[2], frozenset(re.findall(r"--hash=sha256:([0-9a-f]+)", block)))
    return found


def pip_env(index: Path) -> dict[str, str]:
    """pip told to take files from `index` alone: no pip.conf of this machine, no registry."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_")}
    env.update(PIP_CONFIG_FILE=os.devnull, PIP_NO_INDEX="1", PIP_FIND_LINKS=str(index),
               PIP_DISABLE_PIP_VERSION_CHECK="1", PYTHONDONTWRITEBYTECODE="1")
    return env


def normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def fake_wheel(folder: Path, name: str, version: str, metadata: list[str]) -> Path:
    """A pure-Python wheel of `name` that carries only its metadata, as a registry could publish it."""
    info = f"{name}-{version}.dist-info"
    files = {
        f"{name}/__init__.py": "",
        f"{info}/METADATA": "\n".join(["Metadata-Version: 2.1", f"Name: {name}", f"Version: {version}", *metadata]) + "\n",
        f"{info}/WHEEL": "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    }
    record = [f"{path},sha256={base64.urlsafe_b64encode(hashlib.sha256(text.encode()).digest()).rstrip(b'=').decode()},"
              f"{len(text.encode())}" for path, text in files.items()]
    files[f"{info}/RECORD"] = "\n".join([*record, f"{info}/RECORD,,"]) + "\n"
    path = folder / f"{name}-{version}-py3-none-any.whl"
    with zipfile.ZipFile(path, "w") as archive:
        for member, text in files.items():
            archive.writestr(member, text)
    return path


def newer(version: str) -> str:
    major, minor = (int(part) for part in version.split(".")[:2])
    return f"{major}.{minor + 1}.0"


@pytest.fixture(scope="module")
def index(tmp_path_factory) -> Path:
    """A package index in a folder: every file of the lock, plus a newer lxml than the lock's whose html-clean extra
    justext asks for (`lxml[html_clean]`), as lxml 6.2.0 was published after the lock pinned 6.1.3."""
    if not WHEELHOUSE.is_dir():
        pytest.skip(f"no {WHEELHOUSE}: run the tests through `make test`, which installs the lock with its files")
    folder = tmp_path_factory.mktemp("index")
    for wheel in WHEELHOUSE.iterdir():
        os.link(wheel, folder / wheel.name)
    lxml = importlib.metadata.distribution("lxml")
    fake_wheel(folder, "lxml", newer(pins(RUN_LOCK)["lxml"][0]),
               [f"Provides-Extra: {extra}" for extra in lxml.metadata.get_all("Provides-Extra")]
               + [f"Requires-Dist: {requirement}" for requirement in lxml.requires or []])
    return folder


def stock_venv(folder: Path) -> Path:
    """A virtualenv as `python3 -m venv` makes it, with the pip it brings; returns its python."""
    subprocess.run([STOCK_PYTHON, "-m", "venv", folder], check=True)
    return folder / "bin" / "python"


def installed(python: Path, name: str) -> str:
    return subprocess.run([python, "-c", f"import importlib.metadata as m; print(m.version({name!r}))"],
                          capture_output=True, text=True, check=True).stdout.strip()


@pytest.fixture(scope="module")
def locked_venv(index, tmp_path_factory) -> Path:
    """The run-time lock installed by `scripts/install-lock` (what `make install` runs) from that index."""
    python = stock_venv(tmp_path_factory.mktemp("locked") / "venv")
    result = subprocess.run([ROOT / "scripts" / "install-lock", python, RUN_LOCK, python.parent.parent / "wheelhouse"],
                            env=pip_env(index), capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "No broken requirements found."  # its pip check
    return python


def test_the_lock_installs_exactly_whatever_the_index_offers_later(locked_venv, index):
    locked = pins(RUN_LOCK)
    assert (index / f"lxml-{newer(locked['lxml'][0])}-py3-none-any.whl").exists()
    assert installed(locked_venv, "lxml") == locked["lxml"][0]
    listed = subprocess.run([locked_venv, "-m", "pip", "list", "--format", "freeze"], env=pip_env(index),
                            capture_output=True, text=True, check=True).stdout
    versions = dict(line.split("==") for line in listed.split())
    versions = {normal(name): version for name, version in versions.items() if normal(name) not in ("pip", "setuptools")}
    assert versions == {normal(name): version for name, (version, _) in locked.items()}  # the lock, nothing else
    check = subprocess.run([locked_venv, "-m", "pip", "check"], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout


def test_the_index_holds_the_trap_that_resolving_extras_falls_into(index, tmp_path):
    """The control: with that index, the install as it was (resolving the lock's requirements' extras against the
    index) stops as it did for every new user on 2026-12-05. Without this, the test above could pass on an index
    that sets no trap."""
    python = stock_venv(tmp_path / "venv")
    pip = installed(python, "pip")
    result = subprocess.run([python, "-m", "pip", "install", "--require-hashes", "-r", RUN_LOCK],
                            env=pip_env(index), capture_output=True, text=True)
    if result.returncode == 0:
        pytest.skip(f"pip {pip} from `python3 -m venv` does not resolve extras against the index")
    assert "all requirements must have their versions pinned with ==" in result.stderr
    assert f"lxml[html_clean]>=4.4.2 from {index.as_uri()}/lxml-{newer(pins(RUN_LOCK)['lxml'][0])}" in result.stderr


def test_the_run_time_lock_agrees_with_the_whole_lock():
    whole, run_time = pins(LOCKS / "requirements.lock"), pins(RUN_LOCK)
    assert run_time and set(run_time) < set(whole)
    assert {name: whole[name] for name in run_time} == run_time
    declared = {normal(re.match(r"[A-Za-z0-9._-]+", d)[0])
                for d in tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]}
    assert declared <= {normal(name) for name in run_time}


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The sdist built from a copy of the sources, and the wheel built from the sdist (as `make dist` does)."""
    source, dist = tmp_path_factory.mktemp("source"), tmp_path_factory.mktemp("dist")
    shutil.copy(ROOT / "pyproject.toml", source)
    shutil.copy(ROOT / "README.md", source)
    shutil.copytree(ROOT / "briefing", source / "briefing", ignore=shutil.ignore_patterns("__pycache__"))
    result = subprocess.run([sys.executable, "-m", "build", "--no-isolation", "--outdir", dist, source],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return next(dist.glob("briefing-*-py3-none-any.whl"))


def test_the_wheel_carries_every_file_of_the_package(wheel):
    expected = {str(p.relative_to(ROOT)) for p in (ROOT / "briefing").rglob("*")
                if p.is_file() and "__pycache__" not in p.parts}
    with zipfile.ZipFile(wheel) as archive:
        carried = {name for name in archive.namelist() if name.startswith("briefing/")}
    assert carried == expected


DESK_CONFIG = 'organisation = "Horn of Africa Desk"\nmarking = "OFFICIAL"\n'


def example_install_lines() -> dict[str, list[str]]:
    """The commands that install briefing in each CI example, as a desk's repository runs them."""
    github = yaml.safe_load((EXAMPLES / "github-actions.yml").read_text())["jobs"]["build"]["steps"]
    step = next(step["run"] for step in github if "requirements.lock" in step.get("run", ""))
    gitlab = yaml.safe_load((EXAMPLES / "gitlab-ci.yml").read_text())
    script = gitlab["default"]["before_script"] + gitlab["briefs"]["script"]
    return {"github": step.splitlines(), "gitlab": [line for line in script if "venv" in line and "briefing " not in line]}


def test_both_ci_examples_install_the_same_way():
    lines = example_install_lines()
    assert lines["github"] == lines["gitlab"]
    assert any("--no-deps --require-hashes -r requirements.lock" in line for line in lines["github"])


@pytest.fixture(scope="module")
def desk(index, wheel, tmp_path_factory) -> Path:
    """A desk's repository (config.toml, briefs/, and requirements.lock as briefing's `make dist` publishes it) with
    briefing installed by the CI example's own commands, from that index, and the wheel."""
    folder = tmp_path_factory.mktemp("desk-repository")
    (folder / "config.toml").write_text(DESK_CONFIG)
    shutil.copytree(ROOT / "briefs" / "pokrovsk", folder / "briefs" / "pokrovsk")
    shutil.copy(RUN_LOCK, folder / "requirements.lock")
    stock = folder.parent / f"{folder.name}-bin"
    stock.mkdir()
    (stock / "python").symlink_to(STOCK_PYTHON)
    env = pip_env(index) | {"BRIEFING_WHEEL": str(wheel), "PATH": f"{stock}:{os.environ['PATH']}"}
    script = "\n".join(["set -eu", *example_install_lines()["github"]])
    result = subprocess.run(["bash", "-c", script], cwd=folder, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    return folder


def test_a_desk_repository_installs_the_wheel_with_the_lock_and_uses_it(desk, index):
    """new, check, build, verify and doctor in a desk's repository, outside this one, with the installed wheel."""
    python = desk / ".venv" / "bin" / "python"
    assert installed(python, "lxml") == pins(RUN_LOCK)["lxml"][0]
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([desk / ".venv" / "bin" / "briefing", *args], cwd=desk, env=env, capture_output=True,
                              text=True, timeout=300)

    where = subprocess.run([python, "-c", "import briefing; print(briefing.__file__)"], cwd=desk, env=env,
                           capture_output=True, text=True, check=True).stdout
    assert Path(where).is_relative_to(desk / ".venv")  # the installed wheel, not this repository's sources
    assert run("new", "cyclone", "--country", "MW").stdout.strip() == "briefs/cyclone/brief.toml"
    refused = run("check", "briefs/cyclone/brief.toml")  # its template text, until an officer replaces it
    assert refused.returncode == 1 and refused.stderr.count("[B105]") == len(refused.stderr.splitlines()) > 0
    built = run("build", "--all", "--keep-going", "--report", "out/report.json")
    assert built.returncode == 1, built.stderr
    assert built.stdout.split() == ["out/pokrovsk.pdf"]
    report = json.loads((desk / "out" / "report.json").read_text())
    assert {r["slug"]: r["status"] for r in report["briefs"]} == {"cyclone": "invalid", "pokrovsk": "built"}
    assert (desk / "out" / "pokrovsk.pdf").read_bytes().startswith(b"%PDF-")
    verified = run("verify", "briefs/pokrovsk/brief.toml")
    assert verified.returncode == 0, verified.stdout + verified.stderr
    brief = tomllib.loads((desk / "briefs" / "pokrovsk" / "brief.toml").read_text())
    figures = len(brief["figures"])
    assert f"{figures} of {figures} figures" in verified.stdout
    doctor = run("doctor")
    assert doctor.returncode == 0, doctor.stdout
    assert re.search(r"^ok +out/ ", doctor.stdout, re.M)


def test_the_build_backend_pyproject_asks_for_reads_its_license_string():
    """`license = "MIT"` (an SPDX expression, PEP 639) is read by setuptools 77 and later only; the lock's is one."""
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text())
    assert isinstance(pyproject["project"]["license"], str)
    assert pyproject["build-system"]["requires"] == ["setuptools>=77"]
    assert int(pins(LOCKS / "requirements.lock")["setuptools"][0].split(".")[0]) >= 77


def test_a_failed_lock_leaves_the_locks_as_they_were_and_reads_pyproject_with_the_tools_python(tmp_path):
    """scripts/lock with a uv that writes half a lock and fails: the lock is untouched, no *.new or *.tmp is
    left, and [build-system] was read by the python beside uv (the tools venv's), not the first python3 on PATH."""
    tools, out, path = tmp_path / "tools", tmp_path / "out", tmp_path / "path"
    for folder in (tools, out, path):
        folder.mkdir()
    (out / "requirements.lock").write_text("# the lock as it was\n")
    log = tmp_path / "python.log"
    scripts = {tools / "uv": 'while [ "$1" != -o ]; do shift; done; echo half > "$2"; exit 1',
               tools / "python": f'echo "$@" >> {log}; exec {sys.executable} "$@"',
               path / "python3": "echo 'not this python' >&2; exit 1"}
    for script, body in scripts.items():
        script.write_text(f"#!/bin/sh\n{body}\n")
        script.chmod(0o755)
    env = {**os.environ, "PATH": f"{path}:/usr/bin:/bin"}
    env.pop("PYTHON", None)
    result = subprocess.run([ROOT / "scripts" / "lock", tools / "uv", out], capture_output=True, text=True, env=env)
    assert result.returncode == 1, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["requirements.lock"]
    assert (out / "requirements.lock").read_text() == "# the lock as it was\n"
    assert "tomllib" in log.read_text() and "not this python" not in result.stderr
