"""Events in ACLED's layout as point overlays on the situation map, one layer per event type."""

from __future__ import annotations

from shapely.geometry import Point

from briefing.brief.datafiles import Event
from briefing.brief.geojson import Feature
from briefing.config import MapStyle
from briefing.figures.maps.layers import Overlay
from briefing.figures.maps.style import HOSTILE, INK, MUTED

# ACLED's six event types, each a shape that survives greyscale printing.
EVENT_STYLES = {
    "Battles": MapStyle(facecolor=HOSTILE, edgecolor=INK, marker="X", markersize=5.5),
    "Explosions/Remote violence": MapStyle(facecolor="#f4a582", edgecolor=INK, marker="*", markersize=6.5),
    "Violence against civilians": MapStyle(facecolor="white", edgecolor=HOSTILE, marker="v", markersize=5),
    "Strategic developments": MapStyle(facecolor=MUTED, edgecolor=INK, marker="s", markersize=4),
    "Protests": MapStyle(facecolor="white", edgecolor=INK, marker="o", markersize=4),
    "Riots": MapStyle(facecolor=INK, edgecolor=INK, marker="P", markersize=4.5),
}
OTHER = MapStyle(facecolor="white", edgecolor=INK, marker="D", markersize=4)


def event_overlays(events: list[list[Event]], credits: list[str], first_index: int) -> list[Overlay]:
    """One point layer per event type across all event files, unlabelled (the key names the type)."""
    by_type: dict[str, list[Event]] = {}
    credit_of: dict[str, list[str]] = {}
    for rows, credit in zip(events, credits):
        for event in rows:
            by_type.setdefault(event.event_type, []).append(event)
            credit_of.setdefault(event.event_type, [])
            if credit not in credit_of[event.event_type]:
                credit_of[event.event_type].append(credit)
    overlays = []
    for offset, (kind, rows) in enumerate(sorted(by_type.items())):
        features = tuple(Feature(Point(e.lon, e.lat), "") for e in rows)
        label = f"{kind} ({len(rows)} reported)"
        overlays.append(Overlay(first_index + offset, "point", label, f"event: {kind}", EVENT_STYLES.get(kind, OTHER),
                                features, "", "; ".join(credit_of[kind])))
    return overlays
