"""Map styles, place symbols and basemap layers as data, configured in config.toml under [map]."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.palette import ACCENT, HOSTILE, INK, MUTED, RULE  # noqa: F401  (the brief's CSS palette)
from briefing.validation import Strict, Text

# Every symbol also differs in shape or pattern, so that it reads when printed in greyscale.

PAPER = "#ffffff"


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
    "front-line": MapStyle(edgecolor=HOSTILE, linewidth=1.6),
    "route": MapStyle(edgecolor=ACCENT, linewidth=1.2, linestyle="dashed"),
    "axis": MapStyle(facecolor=HOSTILE, edgecolor=HOSTILE, linewidth=1.4),
    "control": MapStyle(facecolor="#d6604d", edgecolor=HOSTILE, alpha=0.35),
    "grey-zone": MapStyle(facecolor="none", edgecolor="#555555", hatch="////", linewidth=0.6),
    "point": MapStyle(facecolor=INK, edgecolor=INK, marker="^", markersize=5),
}

# The basemap, drawn under every map; a workspace may restyle these by name under [map.styles].
BASEMAP_STYLES: dict[str, MapStyle] = {
    "basemap-sea": MapStyle(facecolor="#dfe7ef", edgecolor="none", linewidth=0),
    "basemap-land": MapStyle(facecolor="#f5f3ee", edgecolor="none", linewidth=0),
    "basemap-lake": MapStyle(facecolor="#dfe7ef", edgecolor="none", linewidth=0),
    "basemap-coast": MapStyle(edgecolor="#6d7f93", linewidth=0.5),
    "basemap-river": MapStyle(edgecolor="#7d9cbc", linewidth=0.6),
    "basemap-border": MapStyle(edgecolor=MUTED, linewidth=1.0, linestyle="dashdot"),
    "basemap-admin1": MapStyle(edgecolor=RULE, linewidth=0.6, linestyle="dotted"),
    "basemap-road": MapStyle(edgecolor="#a08f7a", linewidth=0.6),
    "basemap-railway": MapStyle(edgecolor=MUTED, linewidth=0.7, linestyle="dashed"),
    "basemap-graticule": MapStyle(edgecolor=RULE, linewidth=0.3, alpha=0.6),
    "inset-box": MapStyle(edgecolor=HOSTILE, linewidth=1.1),
}


@dataclass(frozen=True)
class PlaceSymbol:
    """How a place of one role is marked and labelled; `legend` names the symbol in the key."""

    marker: str
    size: float  # points
    color: str
    legend: str
    label_size: float
    label_weight: str = "normal"
    label_color: str = INK


PLACE_SYMBOLS: dict[str, PlaceSymbol] = {
    "focus": PlaceSymbol("*", 13.0, ACCENT, "Focus of this brief", 8.5, "bold"),
    "objective": PlaceSymbol("D", 6.0, ACCENT, "Reported objective", 7.5, "bold"),
    "city": PlaceSymbol("o", 6.5, INK, "Place named in the brief", 7.5, "bold"),
    "site": PlaceSymbol("s", 6.0, ACCENT, "Site named in the brief", 7.5),
    "town": PlaceSymbol("o", 3.2, MUTED, "Other town (GeoNames)", 6.5, "normal", MUTED),
}
APPROXIMATE_LEGEND = "approximate location (hollow)"


def place_symbol(role: str) -> PlaceSymbol:
    """The symbol of a role; roles without their own symbol are drawn as named cities."""
    if role in PLACE_SYMBOLS:
        return PLACE_SYMBOLS[role]
    city = PLACE_SYMBOLS["city"]
    return PlaceSymbol(city.marker, city.size, city.color, city.legend, city.label_size, city.label_weight)


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
        """A workspace style, else a built-in one (overlay styles, then the basemap's)."""
        return self.styles.get(name) or DEFAULT_STYLES.get(name) or BASEMAP_STYLES.get(name)

    def style_names(self) -> list[str]:
        return sorted({*DEFAULT_STYLES, *self.styles})
