"""Map styles, place symbols and basemap layers as data, configured in config.toml under [map]."""

from __future__ import annotations

from dataclasses import dataclass

from briefing.messages import N_
from briefing.palette import ACCENT, HOSTILE, INK, MUTED, RULE  # noqa: F401  (the brief's CSS palette)

# Every symbol also differs in shape or pattern, so that it reads when printed in greyscale.

PAPER = "#ffffff"


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
    "focus": PlaceSymbol("*", 13.0, ACCENT, N_("Focus of this brief"), 8.5, "bold"),
    "objective": PlaceSymbol("D", 6.0, ACCENT, N_("Reported objective"), 7.5, "bold"),
    "city": PlaceSymbol("o", 6.5, INK, N_("Place named in the brief"), 7.5, "bold"),
    "site": PlaceSymbol("s", 6.0, ACCENT, N_("Site named in the brief"), 7.5),
    "town": PlaceSymbol("o", 3.2, MUTED, N_("Other town (GeoNames)"), 6.5, "normal", MUTED),
}
APPROXIMATE_LEGEND = N_("%(symbol)s, approximate location (hollow)")


def place_symbol(role: str) -> PlaceSymbol:
    """The symbol of a role; roles without their own symbol are drawn as named cities."""
    if role in PLACE_SYMBOLS:
        return PLACE_SYMBOLS[role]
    city = PLACE_SYMBOLS["city"]
    return PlaceSymbol(city.marker, city.size, city.color, city.legend, city.label_size, city.label_weight)
