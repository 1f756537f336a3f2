"""The one cache: maps, charts and resolved places, kept in the workspace's figures folder under a key that
hashes everything that makes them: the inputs, the source of the code that produces them, and the versions of
the libraries it uses. Change any of the three and the artefact is made again; nothing else invalidates.
Each brief's build lists what it used (.built-<slug>.json), and the next build of that brief removes what it
no longer uses: the one pruning rule. What belongs to the machine rather than a workspace (the place index,
which characters the fonts cover) is kept in `user_dir()` under the same kind of key, its name."""

from __future__ import annotations

import functools
import hashlib
import importlib.util
import json
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from briefing.files import write_atomic


def user_dir() -> Path:
    """This machine's cache folder: BRIEFING_CACHE_DIR, else the platform's user cache folder."""
    from platformdirs import user_cache_dir

    return Path(os.environ.get("BRIEFING_CACHE_DIR") or user_cache_dir("briefing"))


def key(kind: str, inputs: Any, code: Sequence[str], libraries: Sequence[str] = ()) -> str:
    """A stable hash of JSON-able inputs, the source of the named modules or packages, and library versions."""
    blob = json.dumps([kind, inputs, [code_digest(name) for name in code], [version(name) for name in libraries]],
                      sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@functools.cache
def code_digest(module: str) -> str:
    """A hash of a module's source, or of every module of a package (its folder, recursively)."""
    spec = importlib.util.find_spec(module)
    if spec is None or spec.origin is None:
        raise LookupError(f"no module named {module}")
    origin = Path(spec.origin)
    files = sorted(origin.parent.rglob("*.py")) if origin.name == "__init__.py" else [origin]
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.relative_to(origin.parent).as_posix().encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@functools.cache
def version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "absent"


def file_digest(path: Path) -> str:
    """The hash of a file's bytes ("missing" if it cannot be read: reading it reports the problem)."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return "missing"


@dataclass(frozen=True)
class Cached:
    image: Path
    sidecar: Path
    drawn: bool  # False when an earlier build's files were reused


def paths(folder: Path, stem: str, digest: str, extension: str) -> tuple[Path, Path]:
    image = folder / f"{stem}-{digest[:12]}.{extension}"
    return image, image.with_suffix(".json")


def figure(folder: Path, stem: str, digest: str, extension: str,
           draw: Callable[[], tuple[bytes, dict]]) -> Cached:
    """Reuse folder/stem-digest.extension and its .json sidecar, or draw both and write them atomically."""
    image, sidecar = paths(folder, stem, digest, extension)
    if image.is_file() and sidecar.is_file():
        return Cached(image, sidecar, drawn=False)
    data, facts = draw()
    write_atomic(image, data)
    write_json(sidecar, facts)
    return Cached(image, sidecar, drawn=True)


def write_json(path: Path, data: Any) -> None:
    write_atomic(path, (json.dumps(data, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8"))


def read_json(path: Path) -> Any | None:
    """A cached JSON file, or None if it is missing or unreadable (then it is made again)."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def _manifest(folder: Path, slug: str) -> Path:
    return folder / f".built-{slug}.json"


def prune(folder: Path, slug: str, used: list[Path]) -> None:
    """Delete what the previous build of `slug` used and this one no longer does, so figures/ does not grow
    without end. Other briefs' files are never touched, even by a build of theirs running at the same time."""
    manifest = _manifest(folder, slug)
    names = sorted({path.name for path in used})
    previous = read_json(manifest)
    previous = set(previous) if isinstance(previous, list) else set()
    for stale in previous - set(names):
        if isinstance(stale, str) and "/" not in stale and not stale.startswith(".built-"):
            (folder / stale).unlink(missing_ok=True)
    if names or previous:
        write_atomic(manifest, json.dumps(names).encode("utf-8"))


def has_map(folder: Path, slug: str) -> bool:
    """Whether the last build of `slug` drew a map that is still there (a cheap guess whether the next will
    reuse it)."""
    used = read_json(_manifest(folder, slug))
    maps = [name for name in used if isinstance(name, str) and "-map-" in name] if isinstance(used, list) else []
    return bool(maps) and all((folder / name).is_file() for name in maps)
