"""The layout: folders name the pipeline's stages, data flows one way, and one module knows about processes."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "briefing"

# Shared helpers first, then the stages in pipeline order, then what drives them.
STAGES = [
    ({"__version__", "errors", "files", "formatting", "palette", "schema", "suggest", "fonts", "cache", "config", "workspace",
      "offload", "messages", "vocabulary"}, 0),
    ({"brief"}, 1),
    ({"places"}, 2),
    ({"figures"}, 3),
    ({"output"}, 4),
    ({"build"}, 5),
    ({"workers"}, 6),
    ({"cli", "__main__", "doctor", "reports", "preview"}, 7),
]
PROCESS_MODULES = {"multiprocessing", "concurrent.futures", "subprocess", "threading"}


def rank(module: str) -> int:
    """The stage of briefing.X.Y (X names it)."""
    top = module.split(".")[1] if module.count(".") else ""
    return next(number for names, number in STAGES if top in names)


def modules() -> list[tuple[str, Path]]:
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        if name != "briefing":
            found.append((name, path))
    return found


def imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            if node.module == "briefing":
                names.update(f"briefing.{alias.name}" for alias in node.names)
    return names


@pytest.mark.parametrize(("module", "path"), modules(), ids=[name for name, _ in modules()])
def test_no_module_imports_a_later_stage(module, path):
    later = sorted(name for name in imports(path)
                   if name.startswith("briefing.") and rank(name) > rank(module))
    assert later == [], f"{module} (stage {rank(module)}) imports a later stage"


def test_only_workers_knows_about_processes():
    knowing = sorted(name for name, path in modules()
                     if any(i == m or i.startswith(m + ".") for i in imports(path) for m in PROCESS_MODULES))
    assert knowing == ["briefing.workers"]


def test_every_stage_has_its_folder_or_module():
    names = {path.stem if path.is_file() else path.name for path in PACKAGE.iterdir() if not path.name.startswith("_")}
    assert {"brief", "places", "figures", "output", "build", "workers", "cli"} <= names


def test_every_imported_package_is_declared():
    """What briefing/ imports comes from a dependency of pyproject.toml; what tests/ imports, from it or [test]."""
    import re
    import sys
    import tomllib
    from importlib.metadata import packages_distributions

    project = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))["project"]

    def names(requirements: list[str]) -> set[str]:
        return {re.split(r"[<>=!~\[ ;]", r, maxsplit=1)[0].lower().replace("_", "-") for r in requirements}

    declared = names(project["dependencies"])
    for_tests = declared | names(project["optional-dependencies"]["test"])
    distributions = packages_distributions()
    for folder, allowed in ((PACKAGE, declared), (PACKAGE.parent / "tests", for_tests)):
        for path in folder.rglob("*.py"):
            for name in imports(path):
                top = name.split(".")[0]
                if top in sys.stdlib_module_names or top in ("briefing", "conftest") or top.startswith("test_"):
                    continue
                providers = {d.lower().replace("_", "-") for d in distributions.get(top, [top])}
                assert providers & allowed, f"{path.name} imports {top} ({', '.join(providers)}), not declared"
