"""Overlay layers as data: the GeoJSON features of each [[map.layers]] entry, styled by name."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from briefing.brief.geojson import Feature, read_features
from briefing.brief.model import MapLayer
from briefing.config import Limits, MapConfig, MapStyle
from briefing.errors import BriefingError


@dataclass(frozen=True)
class Overlay:
    index: int
    kind: str  # area, line, arrow, point
    label: str
    style_name: str
    style: MapStyle
    features: tuple[Feature, ...]
    file: str
    credit: str


def load_overlays(layers: list[MapLayer], folder: Path, config: MapConfig, credits: dict[int, str],
                  limits: Limits) -> list[Overlay]:
    """Every [[map.layers]] entry read and checked; the first problem raises, naming the file."""
    overlays = []
    for index, layer in enumerate(layers):
        style = config.style(layer.style)
        if style is None:
            raise BriefingError(f"map.layers[{index}].style: unknown style '{layer.style}' "
                                f"(known: {', '.join(config.style_names())})")
        features = read_features(folder, layer.file, limits, layer.kind)
        overlays.append(Overlay(index, layer.kind, layer.label, layer.style, style, tuple(features),
                                layer.file, credits.get(index, "")))
    return overlays
