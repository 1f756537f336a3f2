"""Map styles and basemap layers as data, configured in config.toml under [map]."""

from __future__ import annotations

from briefing.validation import Strict, Text


class MapStyle(Strict):
    """How one overlay or basemap layer is drawn."""

    facecolor: str = "none"
    edgecolor: str = "#333333"
    linewidth: float = 1.0
    linestyle: str = "solid"
    hatch: str = ""
    alpha: float = 1.0
    marker: str = "o"
    markersize: float = 5.0


DEFAULT_STYLES: dict[str, MapStyle] = {
    "front-line": MapStyle(edgecolor="#b2182b", linewidth=1.6),
    "route": MapStyle(edgecolor="#1f3a5f", linewidth=1.2, linestyle="dashed"),
    "axis": MapStyle(facecolor="#b2182b", edgecolor="#b2182b", linewidth=1.4),
    "control": MapStyle(facecolor="#d6604d", edgecolor="#b2182b", alpha=0.35),
    "grey-zone": MapStyle(facecolor="none", edgecolor="#555555", hatch="////", linewidth=0.6),
    "point": MapStyle(facecolor="#1a1a1a", edgecolor="#1a1a1a", marker="^", markersize=5),
}


class BasemapLayer(Strict):
    """An extra vector layer (GeoJSON or Shapefile) drawn under every map of the workspace."""

    file: Text
    style: Text
    label: Text
    credit: Text


class MapConfig(Strict):
    styles: dict[str, MapStyle] = {}
    layers: list[BasemapLayer] = []

    def style(self, name: str) -> MapStyle | None:
        """A workspace style, else a built-in one."""
        return self.styles.get(name) or DEFAULT_STYLES.get(name)

    def style_names(self) -> list[str]:
        return sorted({*DEFAULT_STYLES, *self.styles})
