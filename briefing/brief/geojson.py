"""GeoJSON files a brief names ([[map.layers]]): read, split into simple geometries, checked against the
layer's kind."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import shapely
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry

from briefing.brief import contained
from briefing.config import Limits
from briefing.errors import BriefingError
from briefing.schema import shape_problem, unsafe_character

GEOMETRIES = {
    "area": ("Polygon", "MultiPolygon"),
    "line": ("LineString", "MultiLineString"),
    "arrow": ("LineString", "MultiLineString"),
    "point": ("Point", "MultiPoint"),
}
GEOJSON_GEOMETRIES = ("Point", "MultiPoint", "LineString", "MultiLineString", "Polygon", "MultiPolygon",
                      "GeometryCollection")
NAME_KEYS = ("name", "label", "title")


@dataclass(frozen=True)
class Feature:
    """One simple geometry (never Multi*) of an overlay, in lon/lat, with the name it carries, if any."""

    geometry: BaseGeometry
    name: str


def read_features(folder: Path, name: str, limits: Limits, kind: str | None = None) -> list[Feature]:
    """The features of the GeoJSON file `name` inside `folder`, split into simple geometries; `kind` (if given)
    must match them. Bounded by the limits on bytes, nesting, features and vertices."""
    try:
        document = json.loads(contained.read(folder, name, limits.max_file_bytes))
    except contained.Refused as refused:
        raise BriefingError(str(refused)) from None
    except UnicodeDecodeError:
        raise BriefingError(f"{name}: not a GeoJSON file (not UTF-8 text)") from None
    except json.JSONDecodeError as exc:
        raise BriefingError(f"{name}: not a GeoJSON file: {exc.msg} at line {exc.lineno}, "
                            f"column {exc.colno}") from None
    except RecursionError:
        raise BriefingError(f"{name}: is nested more than {limits.max_depth} levels deep "
                            "(limits.max_depth in config.toml)") from None
    oversize = shape_problem(document, limits.max_depth)
    if oversize:
        raise BriefingError(f"{name}: {oversize[1]}")
    raw = _raw_features(document, name)
    _check_counts(raw, name, limits)
    features: list[Feature] = []
    for key, geometry, label in raw:
        try:
            parsed = shape(geometry)
        except (AttributeError, KeyError, TypeError, ValueError, IndexError, shapely.errors.ShapelyError) as exc:
            raise BriefingError(f"{name}: {key}: not a valid GeoJSON geometry ({exc})") from None
        for part in _simple_parts(parsed):
            _check_part(part, kind, name, key)
            repaired = _simple_parts(shapely.make_valid(part)) if not part.is_valid else [part]
            features.extend(Feature(p, label) for p in repaired if p.geom_type == part.geom_type)
    if not features:
        raise BriefingError(f"{name}: the GeoJSON file has no features to draw")
    return features


def _check_counts(raw: list[tuple[str, dict, str]], name: str, limits: Limits) -> None:
    """Features and vertices within limits, counted before any geometry is built."""
    if len(raw) > limits.max_features:
        raise BriefingError(f"{name}: has {len(raw):,} features; the limit is {limits.max_features:,} "
                            "(limits.max_features in config.toml)")
    vertices = 0
    for _, geometry, _ in raw:
        vertices += _positions(geometry)
        if vertices > limits.max_vertices:
            raise BriefingError(f"{name}: has more than {limits.max_vertices:,} vertices "
                                "(limits.max_vertices in config.toml)")


def _positions(geometry: dict) -> int:
    """How many positions (coordinate pairs) a GeoJSON geometry lists, collections included."""
    count = 0
    stack: list[object] = [geometry]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(value.get("geometries") or [])
            stack.append(value.get("coordinates"))
        elif isinstance(value, list):
            if value and all(isinstance(n, (int, float)) for n in value):
                count += 1
            else:
                stack.extend(value)
    return count


def _raw_features(document: object, shown: str) -> list[tuple[str, dict, str]]:
    """(key path, geometry mapping, name) for each feature of a FeatureCollection, Feature or geometry."""
    table: dict = document if isinstance(document, dict) else {}
    kind = table.get("type")
    if kind == "FeatureCollection" and isinstance(table.get("features"), list):
        raw = [(f"features[{i}]", f) for i, f in enumerate(table["features"])]
    elif kind == "Feature":
        raw = [("feature", table)]
    elif kind in GEOJSON_GEOMETRIES:
        return [("geometry", table, "")]
    else:
        raise BriefingError(f"{shown}: not GeoJSON: expected a FeatureCollection, a Feature or a geometry "
                            f"object with a \"type\", found {_describe(document)}")
    found = []
    for key, feature in raw:
        if not isinstance(feature, dict) or feature.get("type") != "Feature":
            raise BriefingError(f"{shown}: {key}: expected a GeoJSON Feature, found {_describe(feature)}")
        geometry = feature.get("geometry")
        if geometry is None:
            continue  # a feature without a location is allowed by RFC 7946: nothing to draw
        if not isinstance(geometry, dict) or geometry.get("type") not in GEOJSON_GEOMETRIES:
            raise BriefingError(f"{shown}: {key}.geometry: expected a GeoJSON geometry, found {_describe(geometry)}")
        given = feature.get("properties")
        properties = given if isinstance(given, dict) else {}
        label = next(((k, str(properties[k])) for k in NAME_KEYS if properties.get(k)), ("", ""))
        unsafe = unsafe_character(label[1], allowed="")
        if unsafe:
            raise BriefingError(f"{shown}: {key}.properties.{label[0]}: {unsafe}")
        found.append((key, geometry, label[1]))
    return found


def _describe(value: object) -> str:
    if isinstance(value, dict):
        return f"an object of type {value.get('type')!r}" if "type" in value else "an object without \"type\""
    return f"a JSON {type(value).__name__}"


def _simple_parts(geometry) -> list:
    if geometry.is_empty:
        return []
    if hasattr(geometry, "geoms"):
        return [part for member in geometry.geoms for part in _simple_parts(member)]
    return [geometry]


def _check_part(part, kind: str | None, shown: str, key: str) -> None:
    if kind is not None and part.geom_type not in GEOMETRIES[kind]:
        wanted = " or ".join(GEOMETRIES[kind])
        raise BriefingError(f"{shown}: {key}: a layer of kind \"{kind}\" needs {wanted} geometries, "
                            f"found {part.geom_type}")
    west, south, east, north = part.bounds
    if not (-180 <= west <= east <= 180 and -90 <= south <= north <= 90):
        raise BriefingError(f"{shown}: {key}: coordinates outside ±180° longitude, ±90° latitude "
                            f"(GeoJSON is [longitude, latitude], in that order)")
